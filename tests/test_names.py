"""Which of an account's units a typed name means (bot/cloud/names.py), on names of our own; the held-out set is
tests/data/opener_names_heldout.yaml (bench/opener_names.py)."""

from __future__ import annotations

import pytest

from bot.cloud.names import match_name, match_word, search_word

UNITS = ["porch-sensor", "garage-door", "kitchen-hub", "shed-monitor", "living-room"]
ACCOUNT = ["porch-sensor", "garage-door", "Kitchen Hub", "BackGate", "Unit 3", "Hub", "thermostat", "Pool Pump 2",
           "office-1", "office-2", "Door"]


@pytest.mark.parametrize(("typed", "name"), [
    ("porch-sensor", "porch-sensor"),
    ("porch sensor", "porch-sensor"),
    ("the Porch Sensor unit", "porch-sensor"),
    ("porch sensors", "porch-sensor"),          # "my porch sensor's light"
    ("garage door unit", "garage-door"),        # the longest name that fits wins over Door
    ("kitchen hub", "Kitchen Hub"),
    ("kitchin hub", "Kitchen Hub"),              # one letter wrong
    ("back gate opener", "BackGate"),
    ("unit 3", "Unit 3"),
    ("the hub", "Hub"),
    ("hub thingy", "Hub"),
    ("thermostat", "thermostat"),
    ("pool pump 2", "Pool Pump 2"),
    ("office 1", "office-1"),
])
def test_a_name_as_customers_type_it(typed: str, name: str) -> None:
    assert match_name(typed, ACCOUNT) == name


@pytest.mark.parametrize("typed", [
    "porch",              # a part of a name
    "garage",
    "office 3",           # digits are never mended: not office-1 or office-2
    "office",             # two fit alike
    "front door",         # a one-word name (Door) must be all there is
    "pool pump",          # a part of "Pool Pump 2"
    "wifi",
    "",
])
def test_no_unit_or_not_sure(typed: str) -> None:
    assert match_name(typed, ACCOUNT) is None


def test_the_word_a_server_side_filter_is_asked_for() -> None:
    assert search_word("porch-sensor") == "porch-sensor"   # as the app shows it: all of it
    assert search_word("spare photon") == "photon"
    assert search_word("the garage door unit") == "garage"  # no filler word ("unit")


@pytest.mark.parametrize(("typed", "name"), [
    ("garage", "garage-door"), ("the kitchen one", "kitchen-hub"), ("its the one in the shed", "shed-monitor"),
    ("porch", "porch-sensor"), ("my garage thing is offline", "garage-door"),
])
def test_a_word_of_one_units_name(typed: str, name: str) -> None:
    assert match_word(typed, UNITS) == name


@pytest.mark.parametrize("typed", ["the sensor", "the door", "offline again", "garage and kitchen", "hi"])
def test_no_word_or_two_units(typed: str) -> None:
    # "sensor" names no unit of its own (a filler word); two doors, or two units named, are none.
    assert match_word(typed, [*UNITS, "front-door"]) is None


@pytest.mark.parametrize("typed", ["front door", "it's called shed-7", "the porch light thing wont connect now xyz"])
def test_a_word_that_names_no_unit_of_the_account(typed: str) -> None:
    # Every word that could name a unit must be one of the unit's: "front door" is not garage-door.
    assert match_word(typed, UNITS) is None


def test_a_unit_called_by_its_kind() -> None:
    from bot.cloud.names import platforms_named

    assert platforms_named("my photon") == {"photon"}
    assert platforms_named("my Photon 2") == {"p2"}
    assert platforms_named("the argon") == {"argon"}
    assert platforms_named("spare photon") == set()  # a name with the kind in it: no other unit of that kind
    assert platforms_named("the porch sensor") == set()
