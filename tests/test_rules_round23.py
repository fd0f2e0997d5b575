"""Round 23's readers, on messages written for these tests (not the held-out set's): a Wi-Fi password changed since
the set-up told at the password question (with a question beside it), a correction of the light that names the wrong
colour again, and "it worked for a year" against "it works now"."""

from __future__ import annotations

import pytest

from bench.opener import colours
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.works_now import says_it_works
from tests.flowdrive import Drive


def _at_password() -> Drive:
    d = Drive()
    d.to_led()
    d("message", text="blinking green")
    d("message", text="steady")
    assert d.awaiting == "wifi_password"
    return d


@pytest.mark.parametrize("text", [
    "it worked for a year so yes? tho my son may have changed the wifi password for gaming stuff, let me ask him",
    "the wifi password got changed so the hub has the old one. what do i do",
    "whats a router? we changed the wifi password last week",
])
def test_a_changed_password_at_the_password_question_is_setting_it_up_again(text: str) -> None:
    d = _at_password()
    said = d.say(text)
    assert d.model.data.get("pw_phase") == "resetup"
    assert any(s.startswith("When the Wi-Fi password or router changes") for s in said)


@pytest.mark.parametrize("text", ["yes it was working fine until tuesday", "yep its been working for months"])
def test_it_worked_before_is_a_yes_not_it_works_now(text: str) -> None:
    d = _at_password()
    said = d.say(text)
    assert d.awaiting == "wifi_network" and not any("great to hear" in s for s in said)


@pytest.mark.parametrize(("text", "want"), [
    ("its green not blue", "green"), ("sorry its green not blue, the kitchen light made it look blue", "green"),
    ("sorry my bad, i looked again its green not blue. kitchen light was making it look blue. i havent done any setup",
     "green"),
    ("no wait, it's not purple, it's light blue flashing", "cyan"), ("not dark blue, its more like a teal, blinking", "cyan"),
    ("correction: orange not red", "orange"), ("i was wrong, its blinking green. the blue was my phone screen reflecting",
                                                "green"),
    ("my mistake, it's purple, not blue", "magenta"), ("green, i said blue earlier", "green"),
])
def test_a_light_correction_reads_the_colour_meant(text: str, want: str) -> None:
    reading = parse_led(text)
    assert reading is not None and want in colours(reading)


@pytest.mark.parametrize("text", [
    "it worked for a year, then stopped", "was working fine till the storm", "my other plug works fine",
    "it worked great for months", "its been working for ages until tuesday", "it had been online for weeks",
    "worked fine for 2 years", "is it online?", "its not online",
])
def test_it_worked_before_is_not_a_claim(text: str) -> None:
    assert not says_it_works(text)


@pytest.mark.parametrize("text", [
    "oh it just connected!", "its working now, the app shows it online", "nvm its back online", "it works!",
    "omg it worked", "the app says its online now", "its online",
])
def test_it_works_now_is_a_claim(text: str) -> None:
    assert says_it_works(text)
