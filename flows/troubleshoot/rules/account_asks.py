"""Asking about "not on your account" once support has the case for a unit our system does not list under the
customer's login: what it means, why, how it gets onto their account. Pure functions.

The fourth blind exploratory test asked "what mean not on account??" twice and was told only that support had the
case.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_about_account"]

_ACCOUNT = r"(?:account|acct|acount|accnt|acc)"
_ASKS = lazy(
    r"\b(?:what|wat|wot|whats|how|hows|why|whys|whose|which|who|huh)\b[^.?!]*\b" + _ACCOUNT + r"\b"
    r"|\b" + _ACCOUNT + r"\b[^.?!]*\b(?:mean|means|meaning|meant)\b"
    r"|\bnot (?:on|in|under|linked (?:to|with)|registered (?:to|under)|connected to|tied to|attached to|part of) (?:my|our"
    r"|the|your|his|her|ma|me) (?:" + _ACCOUNT + r"|login|name|profile)\b"
    r"|\b(?:add|put|move|transfer|link|attach|register|claim|get|assign)(?:ed|ing|s|red|ring)? (?:it|this|that|the \w+"
    r"|them|him)? ?(?:back )?"
    r"(?:to|on|onto|into|in|under|with) (?:my|our|ma|me) (?:" + _ACCOUNT + r"|name|login|profile)\b"
    r"|\b(?:someone|somebody|some1) else ?s? (?:" + _ACCOUNT + r"|name|login)\b|\bregistered (?:to|under) (?:someone|somebody"
    r"|another|a different|the old|the previous)\b|\b(?:claim|claimed) (?:it|this|that|the \w+)\b"
    r"|\bshould be (?:on|in|under) (?:my|our) " + _ACCOUNT + r"\b|\b(?:belong|belongs) to\b"
    r"|\bregistered (?:it |this |that |the \w+ )?(?:to|under|on|with|in) (?:his|her|their|someone|somebody|another"
    r"|a different|the old|the previous|my|our)\b"
    r"|\b(?:transfer|move|give|assign|switch)\w* (?:it|this|that|the \w+) (?:over )?to (?:me|us)\b"
    r"|\bnot (?:mine|ours)\b|\b(?:its|it is|thats|that is) (?:mine|ours|my unit|my device)\b"
    r"|\b(?:but|i|we) (?:already |did |have |definitely )?(?:register|registered|claimed|added) (?:it|this|that|them)\b"
    r"|\blogged in (?:with|to|on|as) (?:the |my )?(?:right|same|correct|only|usual)\b"
    r"|\b(?:only|just) (?:have|got|use) (?:one|1|the one) " + _ACCOUNT + r"\b"
    # "does my buddy need to delete it from his account first?" (explore12's n04: read as closing the case)
    r"|\b(?:delete|remove|take|unclaim|release|unregister|unlink)\w* (?:it|this|that|the \w+|them)? ?(?:off |out )?(?:from|of|off)"
    r" (?:his|her|their|the old|the previous|the other|my (?:friend|buddy|mate|brother|sister|dad|mum|mom)s?) "
    + _ACCOUNT + r"\b"
)

# "my account??": the word itself asked back.
_ACCOUNT_ASKED = lazy(r"\b" + _ACCOUNT + r"\s*\?")


def asks_about_account(text: str) -> bool:
    """"what does not on my account mean?", "how can it not be on my account, I bought it", "can you add it to my
    account"; not an account's details given ("my account email is ...")."""
    msg = message(text)
    return _ASKS.search(msg.plain) is not None or _ACCOUNT_ASKED.search(msg.raw.lower()) is not None
