"""Set phrases in a first message name no unit (rules/fillers.py, rules/units.py; explore11's n14)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules import units
from flows.troubleshoot.rules.fillers import joined_phrase


@pytest.mark.parametrize(("text", "unit"), [
    ("Ok so long story short, well not so short sorry, my husband changed the wifi and now kitchen-hub is offline",
     "kitchen-hub"),
    ("to cut a long story short the porch sensor is offline", "porch sensor"),
    ("ok so heres the up-to-date story, my spare photon is offline", "spare photon"),
])
def test_one_unit_beside_a_filler(text: str, unit: str) -> None:
    refs, _ = units.units_in_opener(text)
    assert len(refs) <= 1
    assert units.unit_in_opener(text) == unit


def test_two_units_still_named() -> None:
    refs, _ = units.units_in_opener("long story short, garage door and shed monitor are both offline")
    assert refs == ["garage door", "shed monitor"]


@pytest.mark.parametrize(("word", "phrase"), [
    ("up-to-date", True), ("follow-up", True), ("face-to-face", True), ("kitchen-hub", False),
    ("living-room", False), ("pool-pump-2", False),
])
def test_joined_phrase(word: str, phrase: bool) -> None:
    assert joined_phrase(word) is phrase
