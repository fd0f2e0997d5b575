"""The eleventh blind exploratory test's small misses, on our own phrasings (the held-out set is
tests/data/round54_heldout.yaml, bench/round54.py): a unit named by where it is (n21), red flashes at the orange count
(n23), a time to call with the contact and the green light's pace in numbers (n24), a remote reset asked (n10)."""

from __future__ import annotations

import pytest

from bot.cloud.names import match_word
from flows.troubleshoot.rules.answers_light import green_speed
from flows.troubleshoot.rules.away import away_from_unit
from flows.troubleshoot.rules.contact_time import when_to_reach
from flows.troubleshoot.rules.contacts import contacts
from flows.troubleshoot.rules.reading import read
from flows.troubleshoot.rules.red_flashes import says_red
from flows.troubleshoot.rules.remote_ask import asks_remote
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.unit_place import place_phrase

UNITS = ["porch-sensor", "garage-door", "kitchen-hub", "shed-monitor", "living-room"]


@pytest.mark.parametrize(("text", "place"), [
    ("its the one in the shed", "shed"), ("hi my thing in the shed stopped working", "shed"),
    ("the porch thing", "porch"), ("the kitchen one", "kitchen"), ("its the living room one", "living room"),
    ("the one out in the back shed, cant read the label", "back shed"), ("its in the garage", "garage"),
])
def test_a_place_that_names_a_unit(text: str, place: str) -> None:
    assert place_phrase(text) == place


@pytest.mark.parametrize("text", ["the one on the label", "the one in the app", "i cant read the sticker",
                                  "the one upstairs", "my new one", "its the same one as before"])
def test_no_place(text: str) -> None:
    assert place_phrase(text) is None


@pytest.mark.parametrize(("typed", "name"), [
    ("back shed", "shed-monitor"), ("garden shed", "shed-monitor"), ("front porch", "porch-sensor"),
])
def test_where_in_a_place_beside_it(typed: str, name: str) -> None:
    assert match_word(typed, UNITS) == name


@pytest.mark.parametrize("typed", ["front door", "side gate", "back door", "attic", "front gate"])
def test_where_beside_a_thing_is_another_thing(typed: str) -> None:
    # "front door" is not garage-door's door; "back shed" is the shed
    assert match_word(typed, UNITS) is None


@pytest.mark.parametrize("text", ["I said RED not orange", "theyre red", "more red than orange, maybe 2",
                                  "reddish, 3 times", "red or orange, cant tell"])
def test_red_said(text: str) -> None:
    assert says_red(text)


@pytest.mark.parametrize("text", ["its orange not red", "orange", "2", "no red, just orange", "orange, well kind of red"])
def test_red_not_said(text: str) -> None:
    assert not says_red(text)


@pytest.mark.parametrize(("text", "when"), [
    ("please call after 10 in the morning, 0171 555 2398", "after 10 in the morning"),
    ("evenings only please jo@example.com", "evenings only"),
    ("weekdays between 2 and 5, (555) 201-3344", "weekdays, between 2 and 5"),
    ("im on night shift so text dont call +44 7700 900123", "night shift, text dont call"),
    ("not before noon 07700 900123", "not before noon"),
    ("my number 0171 555 2398, call anytime", "anytime"),
])
def test_a_time_to_call(text: str, when: str) -> None:
    assert when_to_reach(text) == when


@pytest.mark.parametrize("text", ["thanks, its 555 201 3344", "email me at jo@example.com cheers",
                                  "it went offline at 3pm, call 555 201 3344"])
def test_no_time_to_call(text: str) -> None:
    assert when_to_reach(text) is None


def test_a_number_at_the_contact_question_is_offered() -> None:
    text = "555 201 3344 but only after 6 in the evening please"
    assert contacts(text) == []  # said anywhere else, a number with words around it may be no contact
    assert contacts(text, asked=True) == ["555 201 3344"]
    assert contacts("12/05/2024", asked=True) == []  # a date is no number


@pytest.mark.parametrize(("text", "pace"), [
    ("about twice a second", "slow"), ("It flashes quite quickly, perhaps twice a second.", "slow"),
    ("once every second or so", "slow"), ("every 2 seconds", "slow"), ("5 or 6 times a second", "fast"),
    ("like 10 a second", "fast"), ("maybe 8 times in a second", "fast"),
])
def test_the_green_pace_in_numbers(text: str, pace: str) -> None:
    assert green_speed(message(text)).label == pace


@pytest.mark.parametrize("text", ["is there no way for you guys to fix it remotely", "can u push a reset to it",
                                  "cant you just reset it from your end?", "can you reboot it remotely?"])
def test_a_remote_reset_asked(text: str) -> None:
    assert asks_remote(text)
    assert not away_from_unit(text)  # "remotely" of the company, not of the customer
    assert read("wifi_password", text).label not in ("yes", "no")  # "no way" is no answer to the password question


@pytest.mark.parametrize("text", ["I reset the router already", "how do i reset it myself", "restarted it twice",
                                  "the tv remote works fine"])
def test_no_remote_reset_asked(text: str) -> None:
    assert not asks_remote(text)


def test_away_beside_a_remote_ask_is_still_away() -> None:
    assert away_from_unit("im on holiday, can you reset it remotely?")
