"""The light read from a customer's first message (`led.opener_led`), and words that are not typos of light words.

Tuning cases (written with the reader); the held-out set is tests/data/opener_heldout.yaml (bench/opener.py).
"""

from __future__ import annotations

import pytest

from bench.opener import colours
from flows.troubleshoot.rules.led import opener_led, parse_led
from flows.troubleshoot.rules.led_words import _correct


@pytest.mark.parametrize("text", [
    "hello, my unit is offline", "both units stopped reporting yesterday",
    "great product but it wont go online anymore", "it says offline in the app", "i want to get my sensor back online",
    "done everything the manual says, still no connection", "the black box on the wall wont connect",
    "the speed of my internet is fine but the thermostat is offline",
    "we switched internet providers and now the unit is offline",
    "my phone is on 5g, the device cant find the network",
    # "dead", "off", "nothing" about the connection, not the light
    "nothing happens when i tap connect in the app", "my plug has been dead all week, not reporting anything",
    "after the power cut the unit is dead to the app",
    "the wifi is off at night, could that be it?", "i turned it off and on again and it still wont connect",
    # other things' lights and colours
    "the router light is blinking orange and my hub is offline", "the app shows a red x next to my sensor",
    "my modem has a solid green light but the gadget wont connect",
    # "suddenly" (the idiom came up in a real owner's post)
    "out of the blue my controller dropped off the wifi",
])
def test_a_first_message_about_the_problem_describes_no_light(text: str) -> None:
    assert opener_led(text) is None


@pytest.mark.parametrize("text", [
    "my unit has no lights at all", "the unit is dead, no light on it", "it wont turn on",
    "the light on the sensor is off", "the led is dark", "it has no power", "it wont power on",
])
def test_a_first_message_can_say_the_light_is_off(text: str) -> None:
    reading = opener_led(text)
    assert reading is not None and reading.code == "led:off"


@pytest.mark.parametrize(("text", "colour"), [
    ("my unit is blinking green and never connects", "green"), ("the light on my unit just flashes blue", "blue"),
    ("its breathing cyan but the app says offline", "cyan"), ("unit light flashing red fast", "red"),
    ("the hub is blinking green, my router light is solid white", "green"),
])
def test_a_first_message_that_describes_the_light_is_read(text: str, colour: str) -> None:
    reading = opener_led(text)
    assert reading is not None and colour in colours(reading)


def test_a_solid_light_in_a_first_message_is_left_to_the_light_question() -> None:
    assert opener_led("the unit just stays solid blue") is None


@pytest.mark.parametrize("word", ["unit", "great", "says", "done", "speed", "black", "want", "agent", "note", "nine"])
def test_everyday_words_are_not_typos_of_light_words(word: str) -> None:
    assert _correct(word) == word


@pytest.mark.parametrize(("typo", "word"), [
    ("gren", "green"), ("flasing", "flashing"), ("breething", "breathing"), ("purpel", "purple"), ("yelow", "yellow"),
    ("blikning", "blinking"), ("flahing", "flashing"),
])
def test_typos_of_light_words_are_still_read(typo: str, word: str) -> None:
    assert _correct(typo) == word


def test_at_the_light_question_great_is_not_green() -> None:
    assert parse_led("great, the unit works") is None


@pytest.mark.parametrize("text", ["it has no power", "it wont power on", "not powering up"])
def test_at_the_light_question_no_power_is_no_light(text: str) -> None:
    reading = parse_led(text)
    assert reading is not None and reading.code == "led:off"
