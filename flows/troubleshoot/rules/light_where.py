""""Where is the light?": a customer who cannot find the status light, or asks which light is meant, at a question
about it. They get where to look, then the question again (blind exploratory round 10B got "Sorry, I didn't get
that"). A light described in the same message is the answer instead ("which light? the green one is blinking").
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.slots import labelled_ref
from flows.troubleshoot.rules.text import message

_LIGHT = r"(?:light|lights|led|leds|lamp|bulb|indicator)"
_WHERE = lazy(
    rf"\bwhere\b(?:.*\b(?:{_LIGHT}|look|looking|find)\b|\s+(?:is|s) (?:it|that|this)\b)|\bwheres (?:it|that|the|this)\b"
    rf"|\b(?:which|what|wat|wich) (?:{_LIGHT}|one)\b(?! is (?:on|blinking|flashing))"
    rf"|\b(?:cant|cannot|can not|couldnt|unable to|dont know how to|struggling to|trying to) (?:find|locate|spot)\b"
    rf"|\b(?:two|2|three|3|several|multiple|a few|many|couple of|bunch of) (?:little |small |different )?{_LIGHT}\b"
    rf"|\bis (?:it|the {_LIGHT}|that|this) (?:the (?:little |small |tiny )?(?:one|{_LIGHT}) )?(?:on|at|by|near|next to"
    rf"|inside|under|underneath|behind)"
    rf" (?:the )?(?:back|front|top|bottom|side|plug|button|port|usb|cable|board|inside|corner|sticker|cover|lid|label"
    rf"|case|box|charging|power)\b|\bis it the one (?:on|at|by|near|next to|under|behind)\b"
    rf"|\bwhat am i (?:looking|meant to be looking|supposed to be looking) (?:at|for)\b|\b(?:supposed|meant) to be"
    rf" (?:looking|seeing)\b|\bwhich (?:bit|part|side|end|spot)\b|^(?:nope |no |i )?cant see it$"
    rf"|\b(?:doesnt|does not|dont|don t) (?:seem to )?have (?:a|any|one)(?: {_LIGHT})?$"
    rf"|\bthe one (?:on|at|by|near|next to) the\b.*\?"
    rf"|\b(?:open|take apart|unscrew|remove the (?:cover|lid|case))\b.*\b(?:see|find|get to|look)\b"
    rf"|\bno (?:window|hole|opening|see through)\b|\b(?:supposed|meant) to (?:look|see)\b"
    rf"|\bis there (?:supposed to be |meant to be |even )?(?:a|any) {_LIGHT}\b|\bdoes (?:it|this|the \w+) (?:even )?have"
    rf" (?:a|any) {_LIGHT}\b|\b(?:dont|do not|didnt) (?:know|see) where\b|\b(?:no idea|not sure) where\b"
    rf"|\b(?:do you |you )mean the (?:power|little|small|router|front|back|top|green|blue|one)\b"
    rf"|\bthe {_LIGHT} (?:on|of) the (?:router|modem|device|unit|box|plug|phone) or\b"
    rf"|\bhow (?:do|can|would) (?:i|you) (?:see|find|check|tell) (?:the|which|what|where)\b"
    rf"|\b(?:on|at) the (?:back|front|top|bottom|side) or\b|^where exactly\b|^where$")


_COLOURS = r"(?:green|cyan|blue|red|orange|yellow|white|purple|magenta|pink|teal|turquoise)"
_TOLD = lazy(rf"\b{_COLOURS}\b.*\b(?:blink|flash|puls|breath|solid|steady|fad|glow)\w*"
             rf"|\b(?:blink|flash|puls|breath|solid|steady|fad|glow)\w* {_COLOURS}\b")


# The colour of the case, not of a light: "it's a white box", "the BOX is white" (blind exploratory round 11 got the
# white light's questions three times, then support).
_CASING = lazy(rf"\b{_COLOURS} (?:plastic )?(?:box|case|casing|cover|lid|shell|unit|device|thing|housing)\b"
               rf"|\b(?:box|case|casing|cover|lid|shell|housing) (?:is|s) {_COLOURS}\b", re.IGNORECASE)


def without_casing(text: str) -> str:
    """`text` without the case's colour, which is no light."""
    return _CASING.sub(" ", text)


def asks_where(text: str, about_light: bool = True) -> bool:
    """The customer asks where the status light is, or which light is meant. At a question not about the light, only
    when they name a light ("where do I find that?" at the Wi-Fi name question is about the name)."""
    plain = message(text).plain
    if _TOLD.search(plain) or labelled_ref(text) is not None:
        return False  # "where the cable goes in there's a blue light blinking": the light told; a serial: the unit
    if not about_light and not re.search(rf"\b{_LIGHT}\b", plain):
        return False
    return _WHERE.search(plain) is not None
