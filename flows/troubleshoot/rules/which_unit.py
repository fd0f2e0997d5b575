"""Which unit the chat is about now, asked: "wait which one are we fixing now, living room or kitchen? im confused",
"do you mean the garage one?", "are we still on the kitchen hub".

The tenth blind exploratory test named two units, then asked three times which one they were on: it got where the
light is, the registration question and the hotspot test, never an answer. `asks_which_unit` is true for such a
question; the flow answers with the unit looked at now and the others still to come, then asks its question again.
Not for "which light?", "which password?", "is that the one?", "the modem or the router?": those ask about something
else, so a unit must be named (by a place or a unit's noun) or asked for as one.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_which_unit"]

_NOUN = r"(?:unit|units|device|devices|sensor|sensors|hub|hubs|gadget|gadgets|monitor|door|opener)"
_PLACE = (r"(?:garage|kitchen|living ?room|lounge|bed ?room|basement|cellar|attic|porch|hall|hallway|office|shed|barn"
          r"|garden|yard|upstairs|downstairs|nursery|den|study|loft|patio|pool|greenhouse|workshop"
          r"|bathroom|laundry|dining ?room|guest ?room)")
# Not a unit's name: "the admin one", "the router one", "by other devices".
_STOP = (r"(?:same|right|wrong|correct|other|first|last|that|this|only|new|old|wifi|wi fi|app|sticker|password|admin"
         r"|account|email|5g|big|small|little|main|modem|router|blue|green|red|white|orange|dark|light|fast|slow|second"
         r"|one|which|what|a|an|the|my|your|our|it|its|is|by|of|for|with|to|in|on|at|all|any|some|every|each|these|those"
         r"|them|no|not|and|or|but|so|do|did|mean|about|than|from|up|down|off)")
# A unit named: "the garage one", "the living room one", "kitchen hub", "garage door", "the one in the kitchen".
_UNIT = (rf"(?:\b(?:the |my )?{_PLACE}(?: \w+)?(?: one| {_NOUN})?\b|\b(?:the |my )?(?!{_STOP}\b)\w+(?: (?!{_STOP}\b)\w+)?"
         rf" {_NOUN}\b|\b(?:the )?one (?:in|on|by|at) (?:the |my )?{_PLACE}\b)")
# "which unit", "what device", "which of the two", "to which of my devices", "which one are we on"
_WHICH = lazy(
    rf"\b(?:which|wich|whcih|what) (?:{_NOUN}\b|of (?:the|my|them|these|those|your)\b)"
    r"|\bwhich one(?:s)?\b(?= (?:are we|r we|is this|is it for|should i|do i|do you|did you|you mean|u mean|now|first"
    r"|again|light|s light|are you|r u|am i|we re|we are|were we|were)\b|\s*\?*\s*$)")
# A unit named in a question that points at it: "is this about the garage one", "we're doing the kitchen one now?",
# "you want me to look at the garage door unit", "garage one first?", "the garage or the kitchen?"
_POINTING = lazy(
    rf"\b(?:is (?:this|it|that) (?:about|for|the)|are we|r we|were|we re|we are|(?:do|did)? ?(?:you|u) mean|you want me to"
    rf" (?:look|check)|should i (?:look|check)|talking about|referring to|asking about)\b.{{0,30}}{_UNIT}"
    rf"|{_UNIT} first\b|{_UNIT}(?: now| first)? or {_UNIT}(?: which)?\s*$|{_UNIT} (?:right|yes|correct|yeah)\s*$")
# Two units, and which one's light: "i have two of them, which light do you mean"
_TWO = lazy(r"\b(?:have|got|there are|there s|theres|own) (?:two|2|both|three|3|several|multiple|a couple)\b.*\bwhich\b")
# About networks or keys: "which one do you mean, the 2.4 or the 5g?"
_NETWORKISH = lazy(r"\b(?:2 ?4|5 ?g|ghz|network|password|passcode|key|wifi name|sticker|band|ssid)\b")
_OPENERS = ("which", "wich", "what", "wait", "hold on", "hang on", "sorry", "so ", "ok", "im lost", "i m lost",
            "confused", "excuse me", "is this", "is it", "are we", "do you mean", "did you mean", "you mean",
            "you want")


def asks_which_unit(text: str) -> bool:
    """Whether the customer asks which of their units the chat is about now."""
    msg = message(text)
    plain = msg.plain
    if not (msg.is_question or plain.startswith(_OPENERS) or "confused" in plain or "lost" in plain) or \
            _NETWORKISH.search(plain):
        return False
    return bool(_WHICH.search(plain) or _TWO.search(plain) or _POINTING.search(plain))
