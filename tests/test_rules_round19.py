"""Round 19's readers, on phrasings written for these tests (not the held-out set's): what changed before the unit
went offline, read sentence by sentence, and when a first message's "off" is the unit's light."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.context import changed_since_setup, first_change
from flows.troubleshoot.rules.led import opener_led, parse_led
from tests.flowdrive import Drive

CHANGES = [
    ("I replaced my router with a new Asus and now the photon won't connect", "new_router"),
    ("after upgrading my router the plugs won't connect", "new_router"),
    ("we switched ISPs last week and none of my devices reconnect", "new_router"),
    ("after changing my router to a TP-Link Deco the sensor is offline", "new_router"),
    ("I had to factory reset my router and now it won't reconnect", "new_router"),
    ("My old router died so I bought a new one, now the device won't join", "new_router"),
    ("Since upgrading to a new Netgear Orbi, my Photon won't connect", "new_router"),
    ("A few days ago I upgraded the wireless access point in the barn. The relay no longer connects.", "new_router"),
    ("the unit stopped connecting after an enforced router change by the ISP", "new_router"),
    ("we got a new router, will that be a problem?", "new_router"),  # "will" after the change: it happened
    ("after the power came back on, the unit doesn't reconnect", "power_cut"),
    ("if there is a power loss it never reconnects", "power_cut"),
    ("after moving to a new apartment, my photon won't connect", "new_home"),
    ("I moved the camera to the garage (where it will live) and it can't connect", "moved"),
    ("I set it up on one network then moved it to a new location", "moved"),
    ("after changing the SSID, my plugs won't reconnect", "changed"),
    ("Initially it was on our wifi and I changed the password. It still looks for the same wifi.", "changed"),
]
NO_CHANGE = [
    "I rebooted the router and it still won't connect",
    "should I buy a new router?",
    "the power LED is on but it won't connect",
    "I tried moving it closer to the router",
    "I reset the password on the particle account",
    "I'm moving next month, will it work there?",
    "Another router was tested with the same result. It keeps restarting.",
    "I'd like to change the password for my mesh network. Is there a way?",
    "I can only restart it by switching off the breaker box for the whole floor",
    "we are moving house soon, the unit is offline",
]


@pytest.mark.parametrize(("text", "change"), CHANGES)
def test_a_change_told_in_a_first_message_is_kept(text: str, change: str) -> None:
    assert first_change(text) == change


@pytest.mark.parametrize("text", NO_CHANGE)
def test_troubleshooting_plans_and_questions_are_not_a_change(text: str) -> None:
    assert first_change(text) is None


def test_a_denial_in_another_sentence_does_not_hide_a_change() -> None:
    text = "Recently had to reset my wifi password. There's no way to easily change it on the unit."
    assert changed_since_setup(text) == "changed"


def test_the_flow_keeps_the_change_from_the_first_message() -> None:
    d = Drive()
    d("begin", text="we switched ISPs last week and the unit won't connect")
    assert d.model.data.get("context") == "new_router"


OFF = ["my unit has no lights at all", "the led doesn't come on", "it won't power on", "The led indicator no longer comes on",
       "it was blinking green yesterday, now no light at all", "it is not blinking, no lights at all",
       "it is powered off and the light wont come on", "I turned it off and on and now there is no light"]
NOT_OFF = [
    "the wifi led blinks twice and then turns off",  # lit between: ask what it does
    "the led flashes fast for 2 seconds, then goes off for a second, then resumes blinking",
    "After powering off and re-power on, it shows changing colours but no wifi",
    "after a power off it won't reconnect, the light is on",
    "POWER OFF then POWER ON and it still is offline, what is the light supposed to do",
    "I turned the router off and on again and nothing changed",
]


@pytest.mark.parametrize("text", OFF)
def test_no_light_in_a_first_message(text: str) -> None:
    reading = opener_led(text)
    assert reading is not None and reading.code == "led:off"


@pytest.mark.parametrize("text", NOT_OFF)
def test_off_words_about_actions_events_or_blinks_are_not_no_light(text: str) -> None:
    reading = opener_led(text)
    assert reading is None or reading.code != "led:off"


def test_not_turning_off_is_not_no_light() -> None:
    assert parse_led("the relay turns on but then doesn't turn it off") is None


@pytest.mark.parametrize(("text", "code"), [
    ("it breaths magenta", "led:breathing_magenta"),
    ("my photon is breathing green at the moment rather than cyan", "led:breathing_green"),
    ("pulsing green instead of the usual cyan", "led:breathing_green"),
])
def test_breaths_and_a_colour_it_is_not(text: str, code: str) -> None:
    reading = parse_led(text)
    assert reading is not None and reading.code == code
