"""The unit named in an answer to "Which unit is it?" that is no serial: by what it is or where it is ("the garage
one", "it's the one in the shed"), and only that beside a light told. Pure functions (flows/troubleshoot/device.py).
"""

from __future__ import annotations

from flows.troubleshoot.rules import polarity, unit_words, units
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.unit_place import place_phrase

__all__ = ["unit_in_answer"]


def unit_in_answer(text: str, label: str | None, light_told: bool = False) -> str | None:
    """The unit named in an answer to the serial question that is no serial, not a bare yes or no ("i have a few
    argons. the garage one"); with a light too ("Kitchen hub. Light is blinking yellow.": round 11 lost it). After
    "I can't read the label" (`label` "unknown") only a place names it; beside a light told (`light_told`), only a
    unit's kind or place ("the garage one is blinking green"), not any words ("green n its blinkin": explore12's
    n13 was told no unit has that name)."""
    words = message(text).plain.split()
    if label == "unknown":
        return place_phrase(text)  # "can't read the label, it's the one in the shed" (explore11's n21)
    if len(words) < 2 or (polarity.verdict(message(text)) and len(words) <= 3):
        return None
    guess = units.unit_in_opener(text)
    if light_told and guess and not unit_words.names_a_device(guess) and guess != place_phrase(text):
        return None
    return guess
