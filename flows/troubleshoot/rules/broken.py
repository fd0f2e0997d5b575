"""Whether the customer asks if the unit is broken, or says it is: "is it broken?", "do I need a new one?", "did the
unit die?", "should I just get a replacement?", "i think it's faulty" (round 18's "is it broken" questions, and the
seventh blind exploratory test's "do i need to buy a new one", handed to support at once). Answered ("Probably not:
...") before the question again; the router's or the phone's state is not the unit's. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import help_asks
from flows.troubleshoot.rules.text import message

__all__ = ["asks_if_broken"]

# "is it broken?", "do I need a new one?": whether the unit is faulty.
_BROKEN_RE = lazy(
    r"(?<![a-z0-9])(?:is|s|has) (?:it|this|the (?:unit|device|thing|sensor)|my (?:unit|device|\w+)|the \w+ itself) (?:just |"
    r"simply |actually |completely |totally )?(?:broken|faulty|dead|defective|bricked|kaput|a dud|knackered|busted|fried"
    r"|broke|gone|damaged|died)|(?:do|will|should|shall) (?:i|we) (?:need|have|get|buy|order) (?:to (?:get|buy|order) )?"
    r"(?:a )?(?:new|replacement|another) (?:one|unit|device)|(?:does|do) (?:it|this|the unit) need (?:replacing|to be "
    r"replaced|repair\w*|fixing)|(?:need|should i) (?:to )?(?:return|send back|replace) (?:it|this|the unit)|is (?:it|the "
    r"unit) (?:a )?(?:hardware|faulty|manufacturing) (?:fault|problem|issue|defect)|(?:broken|faulty|dead) (?:unit|device"
    r"|one) (?:then|maybe|\?)")


# Asked as a question: a word for broken near the unit ("is this thing broken or what", "could it be faulty?").
_BROKEN_LOOSE_RE = lazy(
    r"(?<![a-z0-9])(?:(?:it|its|it s|this|this thing|the thing|the unit|the device|the hardware|hardware|my unit|the sensor)"
    r" (?:\w+ ){0,3}?(?:broken|faulty|dead|defective|bricked|kaput|a dud|knackered|busted|fried|damaged|rubbish|junk"
    r"|the problem|at fault)|(?:something|anything) wrong with (?:it|this|the unit|the device|the hardware)|send (?:it|this)"
    r" back|(?:return|replace) (?:it|this|the unit)|is it (?:the unit|the device|the hardware)(?: thats| that s)? (?:the "
    r"problem|at fault))(?![a-z0-9])")
_NOT_THE_UNIT_RE = lazy(r"(?<![a-z0-9])(?:router|modem|phone|app|wifi|internet|box|cable|charger|light) (?:is |s )?"
                        r"(?:broken|faulty|dead|the problem)(?![a-z0-9])")
# Round 34's tuning: a replacement asked for or about, the unit's death asked, a lemon.
_REPLACE_RE = lazy(
    r"(?<![a-z0-9])(?:(?:get|need|want|order|send me|sending|send|ship|buy) (?:me |us )?(?:a |an )?(?:replacement|new one"
    r"|new unit|new device|another one|different one)|(?:going to|gonna|have to|got to|gotta) (?:have to )?(?:buy|get"
    r"|order|replace) (?:a |an )?(?:new|another|replacement|it)|did (?:it|this|the (?:unit|device|thing|sensor)|my \w+)"
    r" (?:just )?(?:die|break|fry|brick|give up|conk out)|(?:a |the )?(?:lemon|dud)\b|(?:faulty|defective|bad|broken)"
    r" (?:unit|device|one|batch)|(?:time|need) to (?:replace|return|send back) (?:it|this|the unit)"
    r"|(?:under|covered by|on) (?:the )?warranty)(?![a-z0-9])")


def asks_if_broken(text: str) -> bool:
    """Whether the message asks if the unit is broken (or needs replacing), or says it is."""
    plain = message(text).plain
    question = "?" in text or re.match(r"(?:is|do|does|did|should|will|has|could|can|are|am|whats|what s)\b", plain) is not None
    asked = question and (_BROKEN_RE.search(plain) or _BROKEN_LOOSE_RE.search(plain) or _REPLACE_RE.search(plain))
    return bool(asked or help_asks.says_broken(text)) and not _NOT_THE_UNIT_RE.search(plain)
