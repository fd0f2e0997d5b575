"""Round 26: words of the advice asked about once support has the case, the unit's light after a no-light hand-off,
and the router's lights at the Wi-Fi name question, on messages written for these tests (not the held-out set's),
judged on the flow as bench/round26.py judges the held-out set."""

from __future__ import annotations

import pytest

from bench.round26 import judge


@pytest.mark.parametrize(("group", "label", "text"), [
    ("A", "mac", "whats a MAC lol"), ("A", "channel", "20 mhz what??"), ("A", "dhcp", "i dont speak computer, whats dhcp"),
    ("A", "security", "is WPA2 like the password?"), ("A", "captive_portal", "whats a sign-in page"),
    ("A", "value", "which address do i give them"), ("A", "value", "whats the mac again"),
    ("A", "none", "ok ill look for the dhcp thing"), ("A", "none", "where do i find the dhcp setting"),
    ("B", "changed", "pushed the cable in and now its flashing green"), ("B", "changed", "ok the light is on now"),
    ("B", "same", "still nothing"), ("B", "router", "the eero is blinking blue"),
    ("B", "router", "my modem has an orange light is that related"),
    ("C", "router", "the router lights are all orange, is that bad"), ("C", "router", "my BT hub light is flashing orange"),
    ("C", "unit", "oh the sensor is blinking blue now"),
    ("C", "unit", "restarted the router and now my thingy is flashing cyan"),
])
def test_round_26(group: str, label: str, text: str) -> None:
    assert judge({"group": group, "label": label, "text": text}) == "right"
