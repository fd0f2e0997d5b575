"""Round 27: what a light means, asked at the hotspot test, the Wi-Fi name question and once support has the case,
and which box to restart, on messages written for these tests (not the held-out set's), judged on the flow as
bench/round27.py judges the held-out set; and the light-meaning reader on its own."""

from __future__ import annotations

import pytest

from bench.round27 import judge
from flows.troubleshoot.copy import TEXT
from flows.troubleshoot.rules.light_means import LIGHTS, asked_light, light_of_code


@pytest.mark.parametrize(("context", "label", "text"), [
    ("hotspot_orange", "orange_flashes", "before i do that, what does the orange blinking even mean? is it broken"),
    ("hotspot_green", "blinking_green", "is the green blinking a bad thing"),
    ("name_green", "breathing_cyan", "what does slow breathing blue mean"),
    ("support_green", "dark_blue", "navy blue blinking means what"),
    ("support_green", "red", "it did a red sos thing earlier, what does that mean"),
    ("hotspot_green", "told", "so what does the blinking actually mean"),
    ("hotspot_orange", "told", "wait whats that light telling me"),
    ("name_green", "none", "what does maximize compatibility mean"),
    ("hotspot_green", "none", "its blinking green still"),
    ("support_green", "none", "where is the light"),
])
def test_what_a_light_means(context: str, label: str, text: str) -> None:
    assert judge({"group": "A", "context": context, "label": label, "text": text}) == "right"


@pytest.mark.parametrize(("label", "text"), [
    ("which_box", "unplug which one, i have 3 eeros"), ("which_box", "the modem or the router?"),
    ("which_box", "do i unplug all the mesh things"), ("which_box", "so just the one by the tv?"),
    ("which_box", "theres 2 boxes, the xfinity one and a netgear, which"),
    ("none", "done"), ("none", "how long do i wait"), ("none", "the router is in my landlords flat"),
    ("none", "where is it"),
])
def test_which_box_to_restart(label: str, text: str) -> None:
    assert judge({"group": "B", "context": "restart_router", "label": label, "text": text}) == "right"


def test_every_light_has_its_explanation() -> None:
    assert all(f"term_light_{key}" in TEXT for key in LIGHTS)


@pytest.mark.parametrize(("code", "key"), [
    ("led:cyan_orange_2", "orange_flashes"), ("led:blinking_blue", "dark_blue"), ("led:red_sos", "red"),
    ("led:off", "off"), ("led:blinking_yellow", None), (None, None),
])
def test_the_light_told_before(code: str | None, key: str | None) -> None:
    assert light_of_code(code) == key


@pytest.mark.parametrize(("text", "key"), [
    ("what does blinking blue mean", "blue"),  # no shade told: both blues are explained
    ("purple light = ?", "magenta"), ("green flashing = no internet?", "blinking_green"),
    ("what do you mean by 2.4", None), ("what light?", None), ("ok done", None),
])
def test_the_light_asked_about(text: str, key: str | None) -> None:
    assert asked_light(text) == key
