"""The reader of common questions asked at any step (flows/troubleshoot/rules/asks.py), on phrasings of our own
(the held-out set is tests/data/round5_heldout.yaml, scored by bench/round5.py)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.asks import asks_duration, asks_wait, away_from_unit, other_language


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


@pytest.mark.parametrize("text", [
    "I'm on holiday, can we do this when I'm back?", "im away for work till friday", "its at my mums place 2 hours away",
    "I'm at work right now, it's at home", "im in spain atm", "my tenant has it", "wont be home till sunday",
    "its in a truck in Nevada",
])
def test_away_from_the_unit(text: str) -> None:
    assert away_from_unit(text)


@pytest.mark.parametrize("text", [
    "it stopped working while we were on holiday", "it's up in the ceiling, can't see it", "I'm at home now",
    "I work from home so no rush", "no light at all", "hang on let me go look",
    "came back from vacation and it was offline",
])
def test_with_the_unit_or_away_before(text: str) -> None:
    assert not away_from_unit(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("hola, mi aparato no funciona", "es"), ("bonjour, mon appareil ne marche pas", "fr"),
    ("mein Gerät funktioniert nicht mehr", "de"), ("ciao, il mio dispositivo non funziona", "it"),
    ("hello", None), ("my porch sensor is offline", None), ("the light is off", None), ("si", None),
])
def test_other_language(text: str, lang: str | None) -> None:
    assert other_language(text) == lang


@pytest.mark.parametrize(("text", "wait"), [
    ("how long should I wait?", True), ("done, how long until it comes back online?", True), ("should I wait?", True),
    ("how long should the light blink for?", False), ("how long does the hotspot need to stay on?", False),
    ("I waited 10 minutes already", False), ("how long will this take?", False),
])
def test_asks_how_long_to_wait(text: str, wait: bool) -> None:
    assert asks_wait(text) == wait
