"""A customer who would fix it themselves, once the cause is named: "I can log into my router, what exactly should I
change?", "what do I tell the landlord?", "what's the device's MAC address?". Pure functions.

A blind exploratory test (round 10) was told "Your case is with our support team" for both, with the cause known
and the change one setting away (docs/particle-facts.md section 4).
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_fix", "asks_mac"]

_FIX = lazy(
    r"\bwhat (?:exactly |setting |settings )?(?:should|do|would|must|can) (?:i|we) (?:need to |have to )?"
    r"(?:change|do|set|fix|turn|switch|tell|ask|say|look for)\b"
    r"|\bhow (?:do|can|would|should) (?:i|we) (?:fix|change|sort|solve|set|turn|switch) (?:it|this|that|the \w+|my \w+)\b"
    r"|\b(?:can|could) (?:i|we) (?:fix|change|sort|do) (?:it|this|that)(?: myself| ourselves)?\b"
    r"|\bwhat (?:do|should) i tell\b|\bwhich setting\b|\bwhat (?:is|s) the fix\b|\bhow to fix\b"
    r"|\b(?:fix|change) it (?:myself|ourselves)\b|\bwhere (?:do|can) i (?:change|find) (?:it|that|this|the setting)\b")
_MAC = lazy(r"\bmac\b(?: address)?|\b(?:wifi|wi fi|hardware|device s|devices|its) address\b")


def asks_fix(text: str) -> bool:
    """The customer asks what to change to fix it themselves."""
    return _FIX.search(message(text).plain) is not None


def asks_mac(text: str) -> bool:
    """The customer asks for the unit's Wi-Fi (MAC) address, to have it allowed on a network."""
    plain = message(text).plain
    return _MAC.search(plain) is not None and ("?" in text or plain.split()[:1] in (["what"], ["whats"], ["need"]))
