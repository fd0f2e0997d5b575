"""The thirteenth blind exploratory test's n03, n06 and n17 on phrasings of our own: readings that don't arrive
(rules/app_offline.py), the hotspot set up with the new Wi-Fi's details (rules/hotspot_checked.py's `new_details`), and
a wait told to be over (rules/waited.py's `waited_past`). The held-out set is tests/data/round60_heldout.yaml, scored by
bench/round60.py."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.app_offline import app_says_offline
from flows.troubleshoot.rules.hotspot_checked import new_details
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.waited import waited_past
from tests.flowdrive import Drive, snap


@pytest.mark.parametrize("text", [
    "now its breathing cyan but the temperatures still dont show up in the app",
    "How would I know, its on top of a bookshelf. The app hasnt shown a new reading since yesterday.", "graph is flat",
    "its not sending anything", "nothing is coming through on the app", "the app still shows yesterdays temperature",
    "app says last updated 14 hours ago", "no temps at all",
])
def test_readings_that_do_not_arrive(text: str) -> None:
    assert app_says_offline(text), text


@pytest.mark.parametrize("text", ["yes its pulsing", "the readings are back", "does it send readings every minute?",
                                  "the temperature is 21 degrees now", "will i lose the old readings?", "ok thanks"])
def test_other_replies_about_readings(text: str) -> None:
    assert not app_says_offline(text), text


@pytest.mark.parametrize(("text", "told"), [
    ("I dont remember the old password so i named the hotspot with our new wifi name and new password, its on now", True),
    ("named the hotspot Casa Nest with our new password instead and unplugged all 3 nest points. its on", True),
    ("used the new name and password, its on", True), ("ok i used the old name and password, its on", False),
    ("which password do i use, the new one or the old one?", False), ("i dont remember the old password", False),
])
def test_the_hotspot_on_the_new_wifis_details(text: str, told: bool) -> None:
    assert new_details(message(text)) is told


@pytest.mark.parametrize(("text", "past"), [
    ("waited 10 mins, still the same purple pulsing", True), ("its been 20 minutes", True), ("been an hour", True),
    ("still purple after 5 min", True), ("only been a minute", False), ("its been 2 minutes, still pink", False),
    ("ill check again in 10 minutes", False), ("give it 10 more minutes?", False), ("how long should i wait", False),
])
def test_a_wait_told_to_be_over(text: str, past: bool) -> None:
    assert waited_past(text, 5) is past


def test_safe_mode_after_ten_minutes_goes_to_support() -> None:
    # explore13's n17 (c09): "waited 10 mins, still the same purple pulsing" got "That can take up to 5 minutes".
    d = Drive()
    d("begin", text="hi")
    d("message", text="ARNKAB812WXY7ZA")
    d("lookup_result", device=snap(7))
    said = d.say("waited 10 mins, still the same purple pulsing")
    assert d.state == "handed_off" and not any("up to 5 minutes" in s for s in said), said


def test_online_on_a_hotspot_with_the_new_details_is_no_old_details_verdict() -> None:
    # explore13's n03 (c11): told, online on that hotspot, that the unit "still has your old Wi-Fi's name and password".
    d = Drive(hotspot_ssid="", hotspot_password="")
    d("begin", text="we got a new router last week and now the sensor is offline")
    d.say("PHHAAB830ABCDEF")
    d("lookup_result", device=snap(0))
    for text in ("blinking green", "steady", "it didnt work", "HomeNet", "skip", "one name", "no", "no"):
        d.say(text)
    d.say("named the hotspot with our new wifi name and password instead, its on")
    assert d.awaiting == "hotspot_wait"
    said = d.replies(d("cloud", device=snap(0, online=True)))
    assert not any("old Wi-Fi's name and password" in s for s in said), said


def test_readings_missing_at_the_confirmation_are_not_all_set() -> None:
    # explore13's n06 (c04): "The app hasn't shown a new reading since yesterday" closed the case as fixed.
    d = Drive()
    d.to_led()
    d.say("blinking green")
    d("cloud", device=snap(0, online=True))
    d.say("How would I know, it's on top of a bookshelf. The app hasn't shown a new reading since yesterday.")
    assert d.model.outcome != "resolved:device_online" and d.model.data.get("app_refresh_asked")
