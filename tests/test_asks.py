"""The reader of common questions asked at any step (flows/troubleshoot/rules/asks.py), on phrasings of our own
(the held-out set is tests/data/round5_heldout.yaml, scored by bench/round5.py)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.asks import asks_duration


@pytest.mark.parametrize("text", [
    "how long will this take?",
    "How long's this gonna take",
    "how long does it usually take",
    "is this going to take long? i'm at work",
    "will this take long",
    "how much longer?",
    "how many more questions",
    "I've only got 5 mins, is that enough?",
    "got about 10 minutes is that ok",
    "how long till it's fixed",
    "how much time will this take",
    "is this gonna be quick",
    "are we nearly done?",
    "this going to take all day?",
    "how long?",
    "how many steps are there",
    "sorry i only have 10 min",
    "what's the eta on this",
])
def test_asks_how_long(text: str) -> None:
    assert asks_duration(text)


@pytest.mark.parametrize("text", [
    "it's been offline for a long time",
    "how long should the light blink for?",
    "how long has it been offline? about a week",
    "it took ages to set up last time",
    "I waited 10 minutes already",
    "long story short it stopped working",
    "how long does the hotspot need to stay on?",
    "blinking green for 5 mins now",
    "yes",
])
def test_time_only_mentioned(text: str) -> None:
    assert not asks_duration(text)
