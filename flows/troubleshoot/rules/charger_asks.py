"""Asking whether a charger gives enough power, after the advice to try another USB charger and cable of at least
1 A: "i only got the little iphone cube charger is that enuf amps" (the twelfth blind exploratory test's n14 got
"Thanks. Now look at the light"), "will my laptop's usb port do?", "how do i know how many amps it is". How to read
the charger's print, and which ones give less, answers it. Not a charger told ("swapped the charger, now it's
green", "i don't have another charger"). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_charger_enough"]

_SUPPLY = (r"(?:charger|charging (?:block|brick|cube|plug)|cube|brick|block|adapter|adaptor|power (?:adapter|supply|bank"
           r"|brick|block|strip)|plug|wall plug|usb (?:port|socket|plug|slot|outlet)|port|socket|power strip|extension"
           r"|laptop|computer|pc|tv)")
# "is that enough?", "will this one do": only with a charger, a port or amps named in the message.
_THAT = r"(?:one|it|this|that|mine|these|those)"
_NAMED = lazy(rf"\b{_SUPPLY}s?\b|\bcable\b|\b(?:amps?|amperage|ma|1 ?a|2 ?a|watts?)\b|\d ?(?:ma|a|w|v)\b")
_ENOUGH = (r"(?:enough|enuf|enought|sufficient|strong enough|powerful enough|big enough|good enough|ok|okay|fine|alright"
           r"|good|do|do the job|work|be ok|be okay|be fine|be enough|cut it|suffice|the right (?:one|kind|type)|right)")
_AMPS = r"(?:amps?|amperage|ampere|ma|milliamps?|1 ?a|2 ?a|1 amp|one amp|watts?|power|juice)"
_ASKS = lazy(
    # "is the iphone cube enough?", "would my laptop's usb port be ok", "will a samsung fast charger work"
    rf"\b(?:is|are|would|will|can|could|does|do|should|isnt|wont|is it|does it)\b(?: \w+){{0,5}}? {_SUPPLY}\b"
    rf"(?: \w+){{0,4}}? {_ENOUGH}\b"
    # "how many amps", "what amps does it need"
    rf"|\b(?:how many|how much|what|which|how do i know(?: the| its| how many)?) {_AMPS}\b"
    rf"|\b{_AMPS} (?:is|does|do) (?:it|mine|my \w+|the \w+|this|that) (?:have|give|put out|output|do)\b"
    # "how do i tell if it's 1 amp", "how do i check the amps", "where does it say the amps"
    rf"|\bhow (?:do|can|would|will) (?:i|we|you) (?:know|tell|check|see|find out|figure out)\b(?: \w+){{0,6}}? {_AMPS}\b"
    rf"|\bwhere (?:does|do|is|would) (?:it|they|the \w+)?(?: \w+)? (?:say|show|written|printed)\b(?: \w+){{0,3}}? {_AMPS}\b"
    # "which charger should i use", "what kind of charger do i need"
    r"|\b(?:which|what) (?:kind of |sort of |type of )?(?:charger|cable|plug|adapter|power supply)s? (?:should|do|would"
    r"|can|is|are|will)\b"
    # "do i need a special charger", "what charger do you recommend", "how strong does the charger need to be"
    r"|\b(?:do|should|must|will|would|can|could|shall) (?:i|we|it|you) (?:\w+ )?(?:need|get|buy|use|have|take|require)"
    r" (?:a |an )?(?:special|different|new|better|stronger|bigger|certain|particular|specific"
    r"|proper|original|official) (?:kind of |type of )?(?:charger|plug|adapter|power supply|cable|usb)\b"
    r"|\brecommend\w*\b(?: \w+){0,3}? (?:charger|plug|adapter|power supply|cable)|\b(?:charger|plug|adapter|power supply"
    r"|cable)s? (?:\w+ ){0,3}?(?:recommend\w*|suggest\w*)\b"
    r"|\bhow (?:strong|powerful|big|many watts)\b(?: \w+){0,5}? (?:charger|plug|adapter|power supply|need|be)\b"
    # "is 2.1a too much?", "will a fast charger fry it"
    rf"|\btoo (?:much|strong|powerful|many)\b(?: \w+){{0,3}}? {_AMPS}\b|\b{_AMPS} (?:\w+ ){{0,2}}too (?:much|strong|high)\b"
    r"|\b(?:will|would|can|could|might|does|is) (?:a |an |the |my |this |that )?(?:fast |quick |big |strong |laptop "
    r"|\d+ ?w |usb c )?(?:charger|plug|adapter|power supply|brick|cube)s? (?:\w+ )?(?:fry|damage|hurt|harm|kill|burn"
    r"|overload|blow)\w*\b"
    # "does the cable matter?", "does it matter which cable?"
    r"|\b(?:does|do|would) (?:the |my |a )?(?:cable|cord|wire|lead) (?:matter|need|make a difference)\b"
    r"|\bmatters? (?:which|what) (?:kind of |sort of |type of )?(?:charger|cable|plug|adapter|cord)\b"
)
_ASKS_THAT = lazy(rf"\b(?:is|are|would|will|can|could|does|do|should|isnt|wont) {_THAT}\b(?: \w+){{0,2}}? {_ENOUGH}\b")
# Only in a question's form: "enough amps?", "can I use the usb on my tv?".
_ASKS_MARKED = lazy(rf"\b(?:enough|enuf) {_AMPS}\b|\b(?:can|could|should|may|do) (?:i|we) (?:just |still )?use (?:\w+ ){{0,4}}?"
                    rf"{_SUPPLY}\b")
# A question in form: a question mark, or a question's first word.
_QUESTION = lazy(r"^(?:(?:ok|okay|so|and|but|hmm|um|well|also|wait|quick question|question) )*(?:is|are|would|will|can"
                 r"|could|does|do|should|how|what|which|where|isnt|wont)\b")


def asks_charger_enough(text: str) -> bool:
    """Whether the message asks if a charger (or port, or cable) gives the unit enough power, or how to tell."""
    msg = message(text)
    if _ASKS.search(msg.plain) or (_ASKS_THAT.search(msg.plain) and _NAMED.search(msg.plain)):
        return True  # each way of it starts with a question's words ("... is that enuf amps")
    return ("?" in text or _QUESTION.search(msg.plain) is not None) and _ASKS_MARKED.search(msg.plain) is not None
