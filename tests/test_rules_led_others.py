"""The light question's answers that also mention other things' lights: the router's, the modem's, the app's red
cross. Only the device's own light is read.

Tuning cases (the first ones from a blind exploratory test of the bot); the held-out set is
tests/data/led_others_heldout.yaml (bench/found_in_testing.py).
"""

from __future__ import annotations

import pytest

from bench.opener import colours
from flows.troubleshoot.rules.led import parse_led


@pytest.mark.parametrize(("text", "colour"), [
    ("blinking green, one orange light on the router", "green"),
    ("there's no light on the device, but the router's light is red", "off"),
    ("the unit next to the router is blinking green", "green"),
    ("router lights all green, the sensor is flashing blue", "blue"),
    ("flashing cyan since i restarted the modem", "cyan"),
    ("the app says offline in red but the light is breathing cyan", "cyan"),
])
def test_the_device_s_own_light_is_read(text: str, colour: str) -> None:
    reading = parse_led(text)
    assert reading is not None and colour in colours(reading)


@pytest.mark.parametrize("text", [
    "my router is showing a red light", "the app has a red cross next to it", "my modem is blinking orange",
    "the app shows the sensor in red", "my phone screen is green",
])
def test_other_things_lights_are_not_the_device_s(text: str) -> None:
    reading = parse_led(text)
    assert reading is None or not (reading.code or reading.need or reading.solid)
