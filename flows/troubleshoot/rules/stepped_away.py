"""Stepping away or back mid-chat, with nothing else in the message: "brb" (the question stays open, nothing counted)
and "ok I'm back, where were we" (the question again). The sixth blind exploratory test got "Sorry, I didn't catch
that", a flash colour asked, and at the Wi-Fi name question its words taken as the network's name. Read on the plain
text (see text.message). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["stepped_away"]

_BRB_RE = lazy(r"^(?:(?:ok|okay|k|sorry|hold on|hang on|one sec|1 sec)\s+)*(?:brb|be right back|bbl|be back (?:soon|in a"
               r" (?:bit|sec|min|minute|moment)))(?:\s+(?:pls|please|sorry|lol))*$")
_RETURNED_RE = lazy(r"^(?:(?:ok|okay|k|hi|hello|hey|sorry|right|so|alright|and)\s+)*(?:(?:im|i m|i am|were|we re|we are)"
                    r" back|back(?: now)?|sorry (?:about|for) (?:that|the wait)|where were we|where was i|what was the"
                    r" question|what were we doing)(?:\s+(?:now|again|sorry))?(?:\s+(?:(?:ok|so|and)\s+)?(?:where were we|where"
                    r" was i|what was the question|what now|what next|sorry(?: about that)?))?$")
_RECAP = lazy(r"\b(?:where were we|where was i|what was the question|what were we doing|what now|what next)\b")


def stepped_away(text: str) -> str | None:
    """"brb" (stepping away) or "back" (back, and where were we); None when the message says anything more."""
    plain = message(text).plain
    if _BRB_RE.search(plain):
        return "brb"
    # Back alone is read where the customer said they were away (device.py); here only with "where were we".
    return "back" if _RETURNED_RE.search(plain) and _RECAP.search(plain) else None
