"""The light question's answers that also mention other things' lights: the router's, the modem's, the app's red
cross. Only the device's own light is read.

Tuning cases (the first ones from a blind exploratory test of the bot); the held-out set is
tests/data/led_others_heldout.yaml (bench/found_in_testing.py).
"""

from __future__ import annotations

import pytest

from bench.opener import colours
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.led_off import lights_up
from flows.troubleshoot.rules.led_others import router_light, without_router_lights


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


@pytest.mark.parametrize("text", [
    "the eero is blinking white", "my BT hub light is flashing orange", "sky box lights are red now",
    "xfinity gateway is blinking amber", "the orbi ring is purple", "the deco is flashing red",
])
def test_routers_by_their_maker_or_provider_are_not_the_device(text: str) -> None:
    # Round 26: a router named by its maker or provider ("the eero", "my BT hub") was read as the unit's light.
    reading = parse_led(text)
    assert reading is None or reading.colour is None


@pytest.mark.parametrize(("text", "told"), [
    ("the router lights are all orange, is that bad", True),
    ("my modem has an orange light is that related", True),
    ("the eero is blinking blue", True),
    ("the unit next to the router is blinking green", False),
    ("restarted the router and now the sensor is flashing cyan", False),
    ("i restarted the router", False),
    ("the hub light is blinking green", False),  # a hub without a provider's name may be the unit
])
def test_the_router_s_lights_told(text: str, told: bool) -> None:
    assert router_light(text) is told


def test_the_router_s_lights_left_out_keep_the_rest() -> None:
    assert without_router_lights("HomeNet. the modem lights are flashing white") == "HomeNet."
    assert without_router_lights("the router lights are all orange") == ""


@pytest.mark.parametrize(("text", "up"), [
    ("ok the light is on now", True), ("it came on. blinking", True), ("theres a light now", True),
    ("power light came on", True), ("the led is on now", True),
    ("still no light", False), ("still nothing", False), ("the router light is on now", False),
    ("it's still off", False),
])
def test_the_light_on_again_after_no_light(text: str, up: bool) -> None:
    assert lights_up(text) is up


@pytest.mark.parametrize(("text", "router"), [
    ("I have switched the router off and on as you asked. The light on the unit is still flashing green.", False),
    ("restarted the router, its lights are all back. the device is blinking green", False),
    ("the router lights are all orange now, is that bad?", True),
    ("my modem has a red light", True),
])
def test_router_lights_beside_the_units(text: str, router: bool) -> None:
    assert router_light(text) is router  # explore11's n12: the unit's own light told apart


def test_a_router_switched_off_is_no_light() -> None:
    assert not router_light("is it the eero's fault? should i turn off the eero band steering")  # explore11's n10
