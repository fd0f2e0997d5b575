"""The twelfth blind exploratory test's n08, n13 and n21 readers, on our own phrasings (the held-out set is
tests/data/round56_heldout.yaml, bench/round56.py)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.cause_asks import cause_asked
from flows.troubleshoot.rules.leave_plugged import asks_leave_plugged
from flows.troubleshoot.rules.reading import read
from flows.troubleshoot.rules.support_asks import easy_question
from flows.troubleshoot.rules.unit_answer import unit_in_answer


@pytest.mark.parametrize("text", [
    "Will they ring today? And should I leave the garage gadget plugged in or switch it off at the wall in the meantime?",
    "do i unplug it till they get back to me", "should it stay plugged in?", "is it ok to unplug it for now",
    "should i keep it plugged in?",
])
def test_leave_plugged_asked(text: str) -> None:
    assert asks_leave_plugged(text)


@pytest.mark.parametrize("text", ["i unplugged it and plugged it back in, same thing", "can i plug my router back in now?",
                                  "my number is 555 201 3344", "i kept it plugged in all night, still nothing"])
def test_leave_plugged_not_asked(text: str) -> None:
    assert not asks_leave_plugged(text)


def test_at_the_wall_is_no_distance() -> None:
    assert easy_question("should I switch it off at the wall in the meantime?") is None
    assert easy_question("will it reach through a brick wall?") == "distance"


@pytest.mark.parametrize(("text", "topic"), [
    ("oh wait we got a new router from the cable company in the summer. does that matter?", None),
    ("the cable guy swapped the modem, could that be it?", None),
    ("could it be the usb cable? its a really long one", "power"), ("is the cable the problem?", "power"),
])
def test_the_cable_company_is_no_power_cable(text: str, topic: str | None) -> None:
    assert cause_asked(text) == topic


def test_a_serial_beside_a_question_at_the_serial_question() -> None:
    reading = read("device_id", "what person button?? i dont see one. ok PHHAAB830ABCDEF", {})
    assert (reading.label, reading.value) == ("serial", "PHHAAB830ABCDEF")


@pytest.mark.parametrize(("text", "light_told", "unit"), [
    ("the garage one is blinking green", True, "garage"), ("the light on it is blinking red now", True, None),
    ("i have a few argons. the garage one", False, "garage"),
])
def test_a_unit_beside_a_light_only_by_kind_or_place(text: str, light_told: bool, unit: str | None) -> None:
    guess = unit_in_answer(text, "other", light_told)
    assert (guess is not None and unit in guess) if unit else guess is None


@pytest.mark.parametrize(("text", "term"), [
    ("what does offline even mean", "offline"), ("what is 1 A??", "amps"), ("whats an amp", "amps"),
    ("is it online?", None), ("my charger says 2A", None), ("the app says offline", None),
])
def test_offline_and_amps_asked(text: str, term: str | None) -> None:
    from flows.troubleshoot.rules.terms import asked_term

    assert asked_term(text) == term
