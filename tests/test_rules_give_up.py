"""Customers giving up mid-troubleshooting (the developer's cases; the blind set is tests/data/give_up_heldout.yaml,
scored by `make bench`)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.intents import gives_up
from flows.troubleshoot.rules.reading import read

GIVE_UP = [
    "forget it, I'm returning this thing", "never mind, I give up", "this is useless, bye", "im done with this",
    "I'll just get a refund", "nah forget it", "screw this", "I'm going to return it", "nvm",
    "im over it, not bothering anymore", "cant be bothered with this", "ive had enough", "ill just buy a different one",
    "cancel my order", "this thing is junk", "done trying, ill stick with my old plug",
]
NOT_GIVING_UP = [
    "ugh this is annoying but ok, its blinking green", "I'll try again tomorrow", "brb", "can I talk to a human",
    "thanks bye!", "done, it's blinking green now", "the light stopped blinking", "I quit the app and reopened it",
    "should I just return it?", "give me a minute", "nvm it works now", "im done", "im out walking the dog",
    "ill buy a new router if needed", "enough signal? yes", "nvm, found it: its HomeNet",
]


@pytest.mark.parametrize("text", GIVE_UP)
def test_giving_up(text: str) -> None:
    assert gives_up(text)


@pytest.mark.parametrize("text", NOT_GIVING_UP)
def test_not_giving_up(text: str) -> None:
    assert not gives_up(text)


def test_forget_it_at_a_count_of_blinks_skips_the_count_not_the_unit() -> None:
    assert read("sos_count", "forget it, cant count them").label != "give_up"
    assert read("mac_filter", "forget it, cant be bothered").label == "give_up"


def test_held_out_give_ups_stay_above_the_floor() -> None:
    """A floor only (the figures are in `make bench`); the set was written blind and is never tuned on: 72/90 read,
    23/40 noticed, 1 false give-up when the reader was added (50/90 before: none noticed)."""
    import yaml

    from bench.give_up import DATA, score

    res = score(yaml.safe_load(DATA.read_text(encoding="utf-8")))
    assert res["accuracy_pct"] >= 75.0 and res["false_give_ups"] <= 2, res
