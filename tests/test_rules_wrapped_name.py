"""A Wi-Fi name wrapped in ordinary words at the name question (rules/wrapped_name.py; explore11's n11), by the words
only a network's name has; none, or two, is no name."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.wrapped_name import name_run, wifi_network


@pytest.mark.parametrize(("text", "name"), [
    ("the sticker says  Network: FRITZ!Box 7530 XQ  i think thats it", "FRITZ!Box 7530 XQ"),
    ("BT-Hub-7A2C from the sticker on the router", "BT-Hub-7A2C"),
    ("It should be TP-Link_5E2A unless my husband changed it", "TP-Link_5E2A"),
    ("I'm connected to EE-Hub-9XRT right now on my phone", "EE-Hub-9XRT"),
    ("It's BELL492 why do you need that?", "BELL492"),
    ("its called Smith Family now, my son changed it", "Smith Family"),
    ("HomeNet", "HomeNet"),
])
def test_name_taken(text: str, name: str) -> None:
    reading = wifi_network(message(text))
    assert (reading.label, reading.value) == ("name", name)


@pytest.mark.parametrize("text", [
    "I NEVER changed it", "its the one on the sticker", "NETGEAR42 or NETGEAR42-5G", "wpa2 on 2.4ghz",
])
def test_no_single_run(text: str) -> None:
    assert name_run(text) is None
