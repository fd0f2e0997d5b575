"""How to put the unit in set-up mode, and whether the router can go back on after the hotspot test, asked in the
customer's words (rules/mode_asks.py; explore11's n05 and n07); statements of either are no question."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.mode_asks import asks_router_back, asks_setup_mode


@pytest.mark.parametrize("text", [
    "how do I put the device into setup mode?", "How do I put it in setup mode?", "how do i make it blink blue",
    "which button do I hold", "how do i get it back into setup",
])
def test_setup_mode_asked(text: str) -> None:
    assert asks_setup_mode(text)


@pytest.mark.parametrize("text", ["its blinking blue", "setup mode", "i did the setup in the app"])
def test_no_setup_mode_asked(text: str) -> None:
    assert not asks_setup_mode(text)


@pytest.mark.parametrize("text", [
    "can I plug my router back in now or what", "Shall I now plug the router back in? And what should I change, then?",
    "my wife needs the wifi for zoom, can i turn the router on again", "can i turn off the hotspot now",
])
def test_router_back_asked(text: str) -> None:
    assert asks_router_back(text)


@pytest.mark.parametrize("text", ["i plugged the router back in", "the router is unplugged"])
def test_no_router_back_asked(text: str) -> None:
    assert not asks_router_back(text)
