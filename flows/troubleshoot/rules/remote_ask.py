"""Asking the company to do it from its side: "can't you just reset it from your end?", "can u reboot it remotely",
"is there no way for you guys to fix it from there". Answered beside the question (rules/asks.py `aside`: from here
our system only sees whether the unit is connected); never the customer being away from the unit ("remotely" in
rules/away.py) nor asking if a button is safe to press ("push a reset"). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_remote"]

# "can't you just check it from your end?", "can you reset it remotely": the company doing it, from its side.
_CHECK_REMOTE_RE = lazy(
    r"(?<![a-z0-9])(?:(?:from|on|at) (?:your|ur|the companys|the company s|yours|support s|supports) (?:end|side|system"
    r"|server|servers|office)|remotely|remote (?:access|fix|reset|reboot|check|update|in|control of it)|(?:log|dial|remote)"
    r" (?:in|into) (?:it|the unit|the device|my \w+)|over the (?:internet|air)|push (?:a |an )?(?:fix|update|reset|patch)"
    r"|(?:see|check) (?:it |that )?(?:on|in) (?:your|ur) (?:system|end|computer|servers?|screen)"
    r"|(?:you|u) (?:should|must) be able to (?:see|check|fix|tell)|(?:cant|can t|couldnt|can|could|would) (?:you|u|someone"
    r"|an engineer|your team|support|they) (?:just |not just |please |not )?(?:fix|reset|reboot|restart) it (?:for me"
    r"|yourself|yourselves|from there))(?![a-z0-9])")
_ASK_VERB = lazy(r"(?<![a-z0-9])(?:can|could|cant|can t|couldnt|would|will|why|is there|do you|are you able|please"
                 r"|pls|just|should|must|isnt there|surely)(?![a-z0-9])")


def asks_remote(text: str) -> bool:
    """Whether the message asks the company to check, reset or fix the unit from its side."""
    plain = message(text).plain
    return _CHECK_REMOTE_RE.search(plain) is not None and (_ASK_VERB.search(plain) is not None or "?" in text)
