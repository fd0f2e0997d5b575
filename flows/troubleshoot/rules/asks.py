"""Common questions customers ask at any step that are neither answers nor requests for a person: "how long will
this take?". Read on the plain text (lower case, no punctuation; see text.message). Pure functions.
"""

from __future__ import annotations

import re

from flows.troubleshoot.rules.text import message

__all__ = ["asks_duration"]

# What "this" is when a customer asks how long it takes: the help itself, not the light or the hotspot.
_THIS = (r"(?:this|it|that|all this|all of this|the whole thing|this whole thing|the (?:whole )?(?:process|fix|chat"
         r"|troubleshooting|repair|support)|this (?:chat|process|troubleshooting|stuff|thing)|these (?:steps|questions)"
         r"|we|you)")
_DURATION_RE = re.compile(
    r"(?<![a-z0-9])(?:"
    # "how long will this take", "how long's this gonna take", "how long does it usually take"
    rf"how (?:long|much time)(?: (?:is|will|does|would|should|do|can|could|s|ll|might))? {_THIS}(?: \w+){{0,3}}? "
    r"(?:take|last|be|need|go on)"
    rf"|how longs? {_THIS} (?:gonna|going to|gunna) (?:take|be|last)"
    r"|how long (?:till|til|until|before) (?:this|it|its|thats|we|you|were|we are|everything)(?: is| s)? (?:done|fixed"
    r"|finished"
    r"|sorted|working|over)"
    r"|how much (?:longer|more)|how many (?:more )?(?:questions|steps|things|minutes|mins)|^how long$|eta"
    r"|(?:are we|r we|we|is this|is it|are you) (?:nearly|almost|close to|near|about) (?:done|finished|there|over)"
    r"|how (?:quick|fast) (?:is|will|can) (?:this|it|we)"
    rf"|{_THIS} (?:gonna|going to|will) take (?:long|ages|forever|all day|hours|the whole day)"
    r"|(?:only|just) (?:got|have) (?:about |like )?(?:\d+|a few|few|five|ten|two|fifteen|twenty|a couple) (?:min|mins"
    r"|minutes|minute)"
    # "will this take long?", "is this gonna take ages", "is this going to be quick"
    rf"|(?:will|would|does|is|s|gonna|going to) {_THIS} (?:\w+ ){{0,2}}(?:take|be|last) (?:long|ages|forever|a while|much time"
    r"|more than|quick|quickly|fast|short|very long|all day|hours)"
    rf"|(?:is|will) {_THIS} (?:gonna |going to )?(?:be )?(?:quick|long|a quick one|a long one)"
    r"|(?:takes?|take) how long|long will (?:this|it) take|time (?:will|does|is) (?:this|it) (?:take|going to take)"
    # "I only have 5 minutes, is that enough?", "got 10 mins"
    r"|(?:i|ive|i have|i ve|i got|i ve got|i have got|i only have|i only got|got|have) (?:only )?(?:got )?"
    r"(?:about |like |maybe |just )?(?:\d+|a few|few|five|ten|two|three|fifteen|twenty|a couple|couple of) "
    r"(?:min|mins|minutes|minute)(?: \w+){0,6}? (?:enough|ok|okay|alright|fine|quick|time)"
    r"|(?:\d+|a few|five|ten|two|fifteen|twenty) (?:min|mins|minutes) (?:enough|is that enough|ok)"
    r")(?![a-z0-9])"
)
# About the light, the hotspot or the unit's own timing, not the help: "how long should the light blink?".
_OTHER_SUBJECT = re.compile(r"(?<![a-z0-9])(?:light|led|blink\w*|flash\w*|hotspot|hot spot|router|update|reboot|restart"
                            r"|offline|been|has it|had it|wait for (?:it|the))(?![a-z0-9])")


def asks_duration(text: str) -> bool:
    """Whether the customer asks how long the troubleshooting will take ("how long will this take?", "I've only
    got 5 mins, is that enough?"); not time only mentioned ("it's been offline for a long time")."""
    msg = message(text)
    # Clause by clause, then the whole ("I've only got 5 mins, is that enough?" is two clauses).
    for clause in (*msg.clauses, msg.plain):
        m = _DURATION_RE.search(clause)
        if m is None:
            continue
        # "how long should the light blink for?", "how long has it been offline?": about something else.
        if _OTHER_SUBJECT.search(clause[m.start():]) and not re.search(r"(?:this|the whole thing|all this) take",
                                                                        clause):
            continue
        return True
    return False
