"""A serial number typed with a slip, read as the unit already found: "PHHAAB83OABCDEF" (a letter O for the zero) or
"PHHAA8830ABCDEF" (an 8 for the B) while porch-sensor, PHHAAB830ABCDEF, is being looked at. The seventh blind
exploratory test was told "OK, let's look at PHHAAB83OABCDEF instead", then "I couldn't find a unit with that number",
and lost the unit it had. Only against the unit already known: a new serial is never guessed. Pure functions.
"""

from __future__ import annotations

__all__ = ["lookalike", "typo_of"]

# Characters people confuse on a small printed label. Nothing else counts as a slip: units of one batch have serials
# a character apart ("...ABCDEF", "...ABCDEG"), and naming the other one is a switch.
_LOOKALIKE = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8", "G": "6"})


def typo_of(typed: str, serial: str) -> bool:
    """Whether `typed` is `serial` but for look-alike characters (O for 0, 8 for B), at least 12 characters."""
    a, b = _norm(typed), _norm(serial)
    return len(a) >= 12 and len(a) == len(b) and a.translate(_LOOKALIKE) == b.translate(_LOOKALIKE)


def _norm(ref: str) -> str:
    return "".join(c for c in ref.upper() if c.isalnum())


def lookalike(typed: str) -> bool:
    """A serial typed with a letter O or I, which a label's zero or one is easily read as ("P2MKAB43O9QXJ6W")."""
    return len(_norm(typed)) >= 12 and any(c in "OI" for c in _norm(typed))
