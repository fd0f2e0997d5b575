"""Asking whether to leave the unit plugged in while support has the case: "should I leave the garage gadget plugged
in or switch it off at the wall in the meantime?", "do i unplug it till they get back to me". The unit keeps trying
by itself and connects on its own once the cause is fixed, so it stays plugged in (the twelfth blind exploratory
test's n08 got the signal-distance paragraph, twice). Not the router ("can i plug my router back in now?"), nor a
plug told ("i unplugged it, same thing"). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_leave_plugged"]

_ASKS = lazy(
    r"\b(?:leave|keep)\w* (?:\w+ ){1,3}(?:plugged|on|connected|running|powered)\b"
    r"|\b(?:stay|remain|be left|be kept) (?:plugged|powered|on|connected)\b|\b(?:cut|kill|turn off|switch off|shut off) (?:the )?"
    r"power\b|\b(?:ok|okay|alright|fine|safe|better|bad|wise) (?:to|if i|if we) (?:\w+ ){0,2}(?:unplug|switch|turn|power)\w*\b"
    r"|\b(?:should|do|can|must|shall|will|would)(?: i| we)? (?:\w+ ){0,2}(?:unplug|switch off|turn off|power off|shut off"
    r"|disconnect|take out|pull out|plug out)\w* (?:it|him|her|them|the \w+(?: \w+)?|my \w+(?: \w+)?)?\b"
    r"|\b(?:unplug|switch|turn)\w* (?:it|the \w+|my \w+)? ?(?:off )?(?:at the wall|at the socket|meanwhile|in the meantime"
    r"|for now|till|until|while)\b|\b(?:plugged in|unplugged) or (?:not|unplugged|plugged in|off)\b"
    r"|\b(?:leave|keep) (?:it )?(?:plugged in|on) or\b|^(?:so |and )?(?:unplug|switch off|turn off) (?:it )?or not\b")
# The router, the modem or the phone's hotspot: another question (hotspot.py answers the router's).
_OTHER = lazy(r"\b(?:router|modem|hub box|internet box|hotspot|phone|laptop|extender)\b")
# Told, not asked: "i unplugged it and plugged it back in".
_TOLD = lazy(r"\b(?:i|we) (?:already |just )?(?:unplugged|switched|turned|plugged|left|kept|disconnected)\b")


def asks_leave_plugged(text: str) -> bool:
    """Whether the message asks whether to leave the unit plugged in (or unplug it) while waiting."""
    msg = message(text)
    plain = msg.plain
    if _ASKS.search(plain) is None or _OTHER.search(plain) is not None:
        return False
    return msg.is_question or _TOLD.search(plain) is None
