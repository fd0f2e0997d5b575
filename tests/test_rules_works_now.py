"""The customer says the unit works now, at a question about something else (written by the developer; the
blind set is tests/data/works_now_heldout.yaml, scored by `make bench`)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.reading import read
from flows.troubleshoot.rules.works_now import says_it_works


@pytest.mark.parametrize(("question", "text"), [
    ("mac_filter", "fixed"),
    ("guest", "Fixed!"),
    ("same_name", "never mind, it's connected now"),
    ("wifi_scan", "omg it just came online"),
    ("resetup", "done and it works now, thanks"),
    ("many_devices", "no. oh hang on, the light is breathing cyan now"),
    ("wifi_password", "yes. and the app says it's online"),
    ("internet", "yes, and the plug is working now too"),
    ("green_speed", "its slowly pulsing light blue now"),
    ("hotspot_ready", "ready. got it working!"),
    ("wifi_network", "all sorted, my husband fixed it"),
    ("led", "never mind it's working now"),  # a blind exploratory test: "never" was read as a denial
])
def test_a_claim_that_the_unit_works(question: str, text: str) -> None:
    assert says_it_works(text, question)


@pytest.mark.parametrize(("question", "text"), [
    ("internet", "yes its working"),
    ("internet", "everything else works fine"),
    ("internet", "yes, internet is working now"),
    ("hotspot_ready", "hotspot is on and working"),
    ("hotspot_ready", "my hotspot works now"),
    ("resetup", "done, still not working"),
    ("resetup", "did it, not fixed"),
    ("mac_filter", "it was working fine last week"),
    ("guest", "will it work now?"),
    ("same_name", "is it fixed?"),
    ("wifi_scan", "if it connects ill let you know"),
    ("green_speed", "steady, looks ok"),
    ("green_speed", "it's blinking green at a normal pace"),
    ("many_devices", "no, only a few, they all work"),
    ("wifi_password", "yes the one on the sticker"),
    ("mac_filter", "no, my phone is on the wifi now and that works"),
])
def test_not_a_claim(question: str, text: str) -> None:
    assert not says_it_works(text, question)


def test_held_out_claims_stay_above_the_floor() -> None:
    """A floor only (the figures are in `make bench`); the set was written blind and is never tuned on: 109/120
    read, 46/55 claims noticed, 2 false claims when the reader was added (none noticed before)."""
    import yaml

    from bench.works_now import DATA, score

    res = score(yaml.safe_load(DATA.read_text(encoding="utf-8")))
    assert res["accuracy_pct"] >= 88.0 and res["false_claims"] <= 3, res


def test_at_the_light_question_a_light_told_is_its_answer_not_a_claim() -> None:
    assert read("led", "never mind it's working now").label == "works_now"
    assert read("led", "its breathing cyan now, working").label != "works_now"
