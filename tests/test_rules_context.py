"""What changed before the unit went offline (rules/context.py): a new router asked about is no new router told, and a
new router, modem or internet box told in other words is one; and the question is answered (rules/cause_asks.py)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.cause_asks import cause_asked
from flows.troubleshoot.rules.context import changed_since_setup, first_change


# explore11's n03: a new router asked about is none told; n09: a new box from the internet company is one.
@pytest.mark.parametrize("text", [
    "Do I need to buy a new router?", "do i need a new router or not", "would a new router help",
    "Steady, even blinking. But you didn't answer, do I need a new router or not?", "should i get a new modem",
])
def test_a_new_router_asked_about_is_none_told(text: str) -> None:
    assert first_change(text) is None and changed_since_setup(text) is None


@pytest.mark.parametrize("text", [
    "oh wait, now i remember the internet company man came yesterday and put in a new box for the internet. is that "
    "why?", "we got a new router, is that why?", "we had to get a new router last week",
    "They switched out the router last week",
])
def test_a_new_router_told_is_read(text: str) -> None:
    assert first_change(text) == "new_router" and changed_since_setup(text) == "router"


@pytest.mark.parametrize(("text", "topic"), [
    ("do I need to buy a new router?", "new_router"), ("would a new modem fix it", "new_router"),
    ("do i need a new charger?", "power"), ("my router is old", None),
])
def test_a_new_router_asked_for_is_a_guess(text: str, topic: str | None) -> None:
    assert cause_asked(text) == topic


# Real text found through search: a blog's "we upgraded our router and purchased Netgear Nighthawk AX6" is a new
# router told; "Should I replace my WiFi router?" is one asked about, and answered.
def test_real_router_sentences() -> None:
    assert first_change("Recently, we upgraded our router and purchased Netgear Nighthawk AX6.") == "new_router"
    asked = "Should I replace my WiFi router?"
    assert first_change(asked) is None and cause_asked(asked) == "new_router"


@pytest.mark.parametrize(("text", "topic"), [
    ("is it the eero's fault? should i turn off the eero band steering", "band_steering"),
    ("should i turn off smart connect?", "band_steering"),
])
def test_band_steering_asked(text: str, topic: str) -> None:
    assert cause_asked(text) == topic  # explore11's n10 got its router's lights explained


@pytest.mark.parametrize(("text", "topic"), [
    # Real text found through search: tasmota/docs#1434 (a fix told), RMerl/asuswrt-merlin#1566 (asked),
    # ratgdo/homekit-ratgdo#217 (advice given), gnuton/asuswrt-merlin.ng#936 (a symptom told).
    ("My Tasmota devices couldn't connect to the WiFi and disabling band steering solve my issues.", None),
    ("If the router has the same SSID between 2.4G and 5G, Can it switch between 2.4G and 5G according to the "
     "distance of router?", "band_steering"),
    ("I don't know what Smart Connect does, but try disabling this, or similar.", None),
    ("Pixel 9 kept dropping in and out (switching regularly between 2.4GHz and 5GHz) when Smart Connect is enabled.",
     None),
])
def test_band_steering_in_real_text(text: str, topic: str | None) -> None:
    assert cause_asked(text) == topic
