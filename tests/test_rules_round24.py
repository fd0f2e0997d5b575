"""Round 24's readers, on messages written for these tests (not the held-out set's): the Wi-Fi itself down at the Wi-Fi
name question, and what was checked after the no-power advice, judged on the flow as bench/round24.py judges the
held-out set."""

from __future__ import annotations

import pytest

from bench.round24 import judge
from tests.flowdrive import Drive

CASES = [
    ("N", "wifi_down", "my phone isnt showing any wifi actually, its on 4g. i think the router isnt working since the power cut"),
    ("N", "wifi_down", "there IS no name, the wifi is gone. nothing in the list"),
    ("N", "wifi_down", "nothing shows up, i think the router died in the storm"),
    ("N", "wifi_down", "the router has red lights"), ("N", "wifi_down", "no wifi at all since the power cut"),
    ("N", "wifi_down", "my phone doesnt show any networks"), ("N", "wifi_down", "im on mobile data cos the wifi is gone"),
    ("N", "name", "its SKY-8HF2"), ("N", "name", "BT-Hub6-X7Q2 i think"), ("N", "name", "we call it smithfamily"),
    ("N", "other", "no idea, my husband set it up"), ("N", "other", "where do i find that?"),
    ("N", "other", "the wifi works fine on my phone, why do you need the name?"),
    ("O", "outlet_ok_still_off", "its plugged into the wall, the plug has power cause the kettle works on it"),
    ("O", "outlet_ok_still_off", "the outlet works. the light is still off. what now"),
    ("O", "outlet_ok_still_off", "socket has power, still no light on the unit"),
    ("O", "tried_all_still_off", "tried 2 different chargers and cables, still nothing"),
    ("O", "tried_all_still_off", "swapped the cable and the plug, still dead"),
    ("O", "light_now", "pushed the cable in and now the light is on, flashing green"),
]


@pytest.mark.parametrize(("group", "label", "text"), CASES)
def test_the_flow_hears_it(group: str, label: str, text: str) -> None:
    assert judge({"group": group, "label": label, "text": text}) == "right"


def test_the_next_power_step_is_given_once_then_support() -> None:
    """"the outlet works" gets another cable and charger once; still dark after that, support (never a loop)."""
    d = Drive()
    d.to_led()
    d("message", text="no light at all")
    said = d.say("the outlet works, still no light")
    assert any("another USB cable and charger" in s for s in said)
    assert said[-1].startswith("Once you've done that")
    assert d.awaiting == "led"
    d.say("the outlet works, still no light")
    assert d.state == "handed_off"
