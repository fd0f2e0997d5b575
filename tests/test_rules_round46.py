"""The tenth blind exploratory test's n16, n18 and n29 (tests/data/explore10_report.md): what unplugging the router
does to the rest of the home, which unit the chat is on, a button held long and now dark blue, a hedged yes at the
password question. Pinned on my own phrasings; the blind set (tests/data/round46_heldout.yaml) is never tuned on."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.hedged import hedged_yes
from flows.troubleshoot.rules.held_button import held_long
from flows.troubleshoot.rules.unplug_worry import worried
from flows.troubleshoot.rules.which_unit import asks_which_unit
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap

WORRIES = ["if i unplug the router wont the living room one go off too?", "will the router lose its settings if i unplug it",
           "does everything come back by itself after?", "im on a zoom call rn, will it cut me off",
           "my husband is working from home right now, will he lose the internet",
           "will my ring doorbell stop working while its unplugged", "the kids are watching netflix, can this wait",
           "we have a baby monitor on the wifi, will it drop?", "ugh my cameras will go dark",
           "the router also runs our phone line"]
NOT_WORRIES = ["ok hotspot is on", "unplugged the router, hotspot is on", "how do i make a hotspot on android",
               "i only have a flip phone", "ok unplugged the modem too", "the tv works fine on the wifi",
               "why do i need to unplug the router?", "my data plan is small, is that ok?", "ready"]


@pytest.mark.parametrize("text", WORRIES)
def test_a_worry_about_the_rest_of_the_home(text: str) -> None:
    assert worried(text), text


@pytest.mark.parametrize("text", NOT_WORRIES)
def test_the_test_itself_is_no_worry(text: str) -> None:
    assert not worried(text), text


def test_the_worry_is_answered_and_the_test_asked_again() -> None:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say("if i unplug the router wont the living room one go off too? i need that one to stay on")
    assert said[0].startswith("Unplugging the router takes everything on your Wi-Fi offline"), said
    assert not any("router's lights" in r for r in said)
    assert d.awaiting == "hotspot_ready"


WHICH = ["which one are we fixing?", "wait which unit is this for", "do you mean the garage one?",
         "the garage one or the kitchen one?", "are we still on the kitchen hub?", "im confused which one we are doing",
         "is this for the kitchen one", "hold on which one should i be looking at", "garage or kitchen?? which",
         "sorry i have two of them, which light do you mean", "the garage one right?"]
NOT_WHICH = ["the garage one is blinking green", "which light?", "its blinking green", "the kitchen one", "which password?",
             "which one is the wifi password, the sticker or the app?", "one of them is blinking green",
             "which button do i press?", "garage one is green, kitchen one is blue", "blinking or solid?"]


@pytest.mark.parametrize("text", WHICH)
def test_which_unit_asked(text: str) -> None:
    assert asks_which_unit(text), text


@pytest.mark.parametrize("text", NOT_WHICH)
def test_other_questions_are_not_which_unit(text: str) -> None:
    assert not asks_which_unit(text), text


def test_which_unit_is_answered_with_the_others_to_come() -> None:
    d = Drive()
    d("begin", text="the garage-door one and the kitchen-hub one are both offline")
    d("lookup_result", device=snap(1))
    said = d.say("wait which one are we fixing now?")
    assert said[0] == "We're looking at garage-door now; kitchen-hub comes next, and what fixes this one often " \
                      "fixes it too.", said
    assert d.awaiting == "led"


@pytest.mark.parametrize("text", ["held down both buttons for like 20 sec, now its blinking dark blue",
                                  "i held the setup button for about 15 seconds and now its flashing navy",
                                  "kept pressing the mode button till the light changed",
                                  "my husband held the button down for a long time"])
def test_a_button_held_long(text: str) -> None:
    assert held_long(text), text


@pytest.mark.parametrize("text", ["its blinking dark blue", "i pressed reset, now its blinking dark blue",
                                  "held it for 2 seconds", "i held my phone next to it", "hold on, checking"])
def test_no_button_held_long(text: str) -> None:
    assert not held_long(text), text


def test_dark_blue_after_a_long_hold_is_set_up_again_not_unplugged() -> None:
    d = Drive()
    d.to_led()
    said = d.say("held down both buttons for like 20 sec, now its blinking dark blue. did i wipe it??")
    assert "cleared the Wi-Fi details" in said[0] and "usually still has" not in said[0], said
    d = Drive()
    d.to_led()
    assert "usually still has your Wi-Fi details" in d.say("its blinking dark blue")[0]


@pytest.mark.parametrize("text", ["i think so", "yes but i think so", "probably?", "should have been the right one",
                                  "my wife typed it, as far as i know it was the wifi one", "yes?", "not 100% sure but yes",
                                  "hopefully lol"])
def test_a_hedged_yes(text: str) -> None:
    assert hedged_yes(text), text


@pytest.mark.parametrize("text", ["yes", "yes definitely", "yep the one on the sticker", "yes im sure", "pretty sure yes",
                                  "Yes, I copied it from the router label", "100% the wifi one"])
def test_a_confident_yes(text: str) -> None:
    assert not hedged_yes(text), text


def test_a_hedged_yes_keeps_the_key_in_doubt() -> None:
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    d.say("i think so")
    assert "wifi:wrong_password_suspected" not in (d.model.data.get("ruled_out") or [])  # still a possible cause
    assert d.awaiting == "wifi_network"  # on, with no set-up again asked for a likely yes
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    d.say("yes definitely the sticker one")
    assert d.awaiting == "wifi_network"
