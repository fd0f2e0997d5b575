"""Asking whether the unit works with WPA3 (or WPA2/WPA3 mixed): "Does the Photon support WPA3?" (the twelfth blind
exploratory test's c08 asked three times, unanswered), "will it work with the newer wifi security", "is wpa3 ok for
it". Which security the unit's platform can join answers it (docs/particle-facts.md section 2). Not WPA3 told ("my
router is set to wpa2/wpa3", "the scanner says WPA3"), which the flow reads as what the Wi-Fi uses. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_wpa3_support"]

_WPA3 = (r"(?:wpa ?3|wpa2 ?(?:/ ?|and |or |slash )?wpa ?3|wpa3 ?(?:/ ?|and |or )?wpa ?2|sae|(?:the )?(?:newer|newest|new"
         r"|latest|modern) (?:wifi |wi fi )?(?:security|encryption|standard|protocol)|wpa 3)")
_UNIT = (r"(?:it|this|the (?:unit|device|thing|sensor|hub|gadget|board|photon|argon|p2|photon 2)|my (?:unit|device"
         r"|sensor|hub|gadget)|(?:the |a )?(?:photon|argon|p2|photon 2)|your (?:device|unit|product)s?|they|these)")
_CAN = (r"(?:support|supports|supported|work|works|working|handle|handles|do|does|use|uses|connect|join|compatible"
        r"|ok|okay|fine|able|cope)")
_ASKS = lazy(
    # "does the photon support wpa3?", "will it work with wpa3", "can this handle the newer security"
    rf"\b(?:does|do|will|would|can|could|is|are|should)\b {_UNIT}(?: \w+){{0,3}}? {_CAN}\b(?: \w+){{0,3}}? {_WPA3}\b"
    # "is wpa3 supported", "is wpa3 ok for it", "will wpa3 work with it", "wpa3 compatible?"
    rf"|\b(?:is|does|will|would|can|could)\b (?:\w+ )?{_WPA3}(?: \w+){{0,2}}? (?:supported|ok|okay|fine|compatible|work"
    rf"|an issue|a problem|going to work|gonna work)\b"
    rf"|\b{_WPA3} (?:supported|support|compatible|compatibility)\b"
    # "which security should I use?", "what security does it need"
    r"|\b(?:what|which) (?:kind of |type of )?(?:wifi |wi fi )?(?:security|encryption|security (?:setting|type|mode))s?"
    r"(?: \w+){0,3}? (?:does|do|should|will|would|is|can|needs?)\b"
    # "does it matter that the security is wpa3?", "could wpa3 be the problem"
    rf"|\b(?:does|would|could|will) (?:it|that|this) matter\b(?: \w+){{0,5}}? {_WPA3}\b"
    rf"|\b{_WPA3}\b(?: \w+){{0,3}}? (?:matter|matters|the problem|the issue|the cause|to blame)\b"
    rf"|\b(?:support|supports|compatible with|work with|works with|handle) {_WPA3}\b(?= ?$| or| at all| too|\?)"
)
_QUESTION = lazy(r"^(?:(?:ok|okay|so|and|but|hmm|um|well|also|wait|quick question|question|btw|oh) )*(?:does|do|will"
                 r"|would|can|could|is|are|should|which|what)\b")


# WPA3 told, then asked about: "my router only does wpa3 will that work", "i have wpa3 on, do i need to change it".
_TOLD_THEN_ASKED = lazy(r"\b(?:will|would|does|is|could|can) (?:that|it|this|they) (?:still )?(?:work|be (?:ok|okay|fine"
                        r"|a problem|an issue)|matter|cause|a problem|an issue|ok|okay|fine|compatible)\b"
                        r"|\b(?:do|should|must|shall) (?:i|we) (?:need to |have to )?(?:change|switch|turn (?:it )?off"
                        r"|downgrade|set)\b")


def asks_wpa3_support(text: str) -> bool:
    """Whether the message asks if the unit can use WPA3 (or mixed WPA2/WPA3) Wi-Fi security."""
    msg = message(text)
    if re.search(rf"\b{_WPA3}\b", msg.plain) and _TOLD_THEN_ASKED.search(msg.plain):
        return True
    if not ("?" in text or _QUESTION.search(msg.plain)):
        return False
    return _ASKS.search(msg.plain) is not None
