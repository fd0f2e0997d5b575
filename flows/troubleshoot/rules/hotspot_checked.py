"""The hotspot's settings checked and found as asked, told after a failed hotspot test ("everything matches, i
checked twice. still green blinking", "I already checked all that!!"): nothing changed, so a second wait would end as
the first did (the ninth blind exploratory test's n12 waited 5 more minutes, twice). Pure functions over a message."""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import Message

__all__ = ["all_as_asked", "new_details", "ready_again"]

_SUBJECT = r"(?:every ?thing|all(?: of it| of that| that| the settings| settings| of them)?|it all|they all|both|" \
           r"name and (?:the )?password|(?:the )?password and (?:the )?name|(?:the )?settings?|(?:it|that|they|those)" \
           r" (?:was|were|is|are) all)"
_ALL_RIGHT = lazy(
    r"\b" + _SUBJECT + r"(?: \w+){0,3}? (?:match(?:es|ed|ing)?|(?:is|are|was|were|looks?|seems?) (?:all )?(?:correct|"
    r"right|fine|ok|okay|good|the same|already|exactly|identical|as you said|like you said)|same|correct|identical)"
    r"|\b(?:already|allready|alr) (?:check\w*|did|done|do|had|was|were|is|are|on|set|match\w*|like that|tried|verif\w*"
    r"|compared)"
    r"|\b(?:check\w*|verif\w*|compared|went over) (?:it |them |everything |all |that |this |those |the settings )?"
    r"(?:all |everything )?(?:twice|again|already|2 times|two times|three times|3 times|every ?thing|all of it|all)\b"
    r"|\bnothing (?:was |is |to )?(?:wrong|off|different|fix|change|to fix|to change)"
    r"|\b(?:did|done|tried) (?:all |every ?thing |all of )?(?:that|it|this|those)? ?(?:already|twice|you said)\b"
    r"|\b(?:exactly|all) (?:as|like) (?:you said|you asked|asked|said)")
_CHANGED = lazy(r"\b(?:fixed|fix it|was wrong|wasnt right|was off|changed|corrected|typo|turned (?:it )?on|forgot|"
                r"had (?:a|the) wrong|now (?:it is|its) on)\b")


# Ready for the test again, said beside it: "i typed the name exactly like you said ... its ready" (the tenth blind
# exploratory test's dictated name was wrong until then; no second wait, the unit was blamed at once).
_READY_AGAIN = lazy(r"\b(?:its|it is|it s|hotspot is|hotspots|thats|all|now) (?:ready|on now|back on)\b|\bready(?: now)?$"
                    r"|\btry (?:it |that |the test )?again\b|\b(?:test|watch|check) (?:it )?again\b|\bgo ahead\b")


def ready_again(msg: Message) -> bool:
    """Whether the customer says the hotspot is ready for the test again (a second wait is asked for)."""
    return not msg.is_question and bool(_READY_AGAIN.search(msg.plain))


def all_as_asked(msg: Message) -> bool:
    """Whether the customer says the hotspot already was as asked (nothing fixed), not asked as a question."""
    if _CHANGED.search(msg.plain) and not msg.has(r"nothing (?:was |is |to )?(?:fix\w*|chang\w*|wrong|off)"):
        return False
    if msg.is_question and not msg.has(r"already", r"twice", r"check\w*"):
        return False  # "does everything have to match?"
    return bool(_ALL_RIGHT.search(msg.plain))


# The hotspot set up with the new Wi-Fi's details when the old one's were asked for (after a change): "I don't remember
# the old password, so I named the hotspot with our new wifi name and password" (the thirteenth blind exploratory
# test's c11 was then told the unit "still has your old Wi-Fi's name and password", online on that very hotspot).
_NEW = r"(?:new|current|present|latest|real|actual|todays|today s|right now|now)"
_DETAILS = r"(?:wifi|wi fi|network|router|wifis|networks)?(?: s)? ?(?:name|password|pass|pw|details|ssid|info|credentials|key|one)s?"
_NEW_DETAILS = lazy(
    rf"\b(?:with|to|as|using|used|use|put|gave it|set it to|named it|called it|typed|entered|copied) (?:the |our |my |a )?"
    rf"{_NEW} (?:wifi |wi fi |network |router )?(?:name|password|pass|pw|details|ssid|info|credentials|key|one|wifi|network)"
    rf"|\b(?:hot ?spot|it)(?: \w+){{0,3}}? (?:has|have|got|uses|is on|with|matches) (?:the |our |my )?{_NEW} {_DETAILS}"
    rf"|\b(?:new|current) {_DETAILS} (?:instead|rather)\b|\binstead of (?:the )?old\b")


_WHICH = lazy(r"\b(?:new|current) (?:\w+ )?or (?:the |my |our )?old\b|\bold (?:\w+ )?or (?:the |my |our )?(?:new|current)\b")


def new_details(msg: Message) -> bool:
    """Whether the message says the hotspot was set up with the new Wi-Fi's name or password (not the old one's)."""
    # Not "the new one or the old one?": which to use, asked.
    return _NEW_DETAILS.search(msg.plain) is not None and _WHICH.search(msg.plain) is None
