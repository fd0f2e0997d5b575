"""Set phrases that frame a message and name nothing ("long story short", "the thing is", "at the end of the day"):
taken out before a first message is read for the units it names. explore11's n14 was told "You mentioned kitchen-hub
and long story short", up to its last message. Pure.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

__all__ = ["joined_phrase", "without_fillers"]

_FILLERS = lazy(
    r"(?i)\b(?:(?:so |and |well |ok |okay )?(?:to )?(?:make|cut) (?:a |the )?long story short|long story short"
    r"|long[- ]story[- ]short|(?:the )?long and (?:the )?short of it|in a nutshell|to cut to the chase"
    r"|(?:the )?(?:thing|problem|issue|deal|story|point|bottom line|short version|gist) is|bottom line"
    r"|first things first|first of all|first off|last but not least|at the end of the day|believe it or not"
    r"|to be (?:honest|fair|clear|frank)|truth be told|needless to say|for what it'?s worth|as (?:you )?(?:can|may)"
    r" (?:imagine|guess)|as usual|as always|once again|all of a sudden|out of (?:nowhere|the blue)|for some reason"
    r"|(?:so )?basically|by the way|on top of (?:that|it all)|all in all|quick question|just (?:wondering|checking)"
    r"|sorry to (?:bother|trouble) you|hope you(?:'re| are) well|good (?:morning|afternoon|evening|day)(?: team| all"
    r"| guys| there)?|hello (?:team|there|all|guys)|hi (?:team|there|all|guys)|dear (?:team|support|sir|madam)"
    r"|(?:well )?not so short(?: sorry)?|bear with me|here goes|fun fact|heads up|(?:the )?other day"
    r"|if that makes sense|you know what|what can i say|you see|mind you|for the record|in any case|anyway(?:s)?"
    r"|and so on|and all that|or whatever|or something|kind of|sort of)\b")


def without_fillers(text: str) -> str:
    """`text` with its set phrases, and the hyphenated ones ("up-to-date"), replaced by a comma (a clause's edge, as
    they stand)."""
    text = re.sub(r"[A-Za-z]+(?:[-\u2013][A-Za-z]+)+", lambda m: "," if joined_phrase(m.group(0)) else m.group(0), text)
    return re.sub(r"\s*,(?:\s*,)+", ",", _FILLERS.sub(",", text))


# Small words that join a set phrase's parts ("up-to-date", "face-to-face", "work-from-home", "check-in"), which no
# unit's name in the app has ("kitchen-hub", "shed-monitor", "living-room").
_JOINING = frozenset("to of the in on up out from a an and by for at off with".split())


def joined_phrase(word: str) -> bool:
    """A hyphenated set phrase of ordinary words ("up-to-date", "follow-up"), never a unit's name."""
    parts = [p for p in re.split(r"[-\u2013]", word.lower()) if p]
    return len(parts) >= 2 and not re.search(r"\d", word) and any(p in _JOINING for p in parts)
