"""Questions and wishes beside the answer a step asked for (flows/troubleshoot/rules/side_asks.py) and what the flow
does with them: the ninth blind exploratory test's n11 (which extender), n12 and n16 (which mesh points to unplug), n04
(the phone's hotspot on a sign-in network), n21 (a goodbye opened a case) and n22 ("hmm maybe" closed it as fixed)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.side_asks import (
    asks_extender,
    asks_mesh_units,
    asks_move_closer,
    asks_portal_hotspot,
    hedged,
    says_goodbye,
)
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap


@pytest.mark.parametrize(("text", "asked"), [
    ("what extender should i get?", True), ("would a wifi booster help", True),
    ("yes its right. do i need a repeater or something", True), ("any recommendation for a mesh system?", True),
    ("yes", False), ("i already have an extender", False), ("my extender is in the hall", False),
])
def test_an_extender_asked_about(text: str, asked: bool) -> None:
    assert asks_extender(text) is asked


@pytest.mark.parametrize(("text", "asked"), [
    ("i only unplugged the main eero, is that ok?", True), ("do i need to unplug all 3 pucks", True),
    ("which one do i unplug, there are 3 nodes", True), ("still not working", False),
    ("the eero app says its fine", False), ("i unplugged the router", False),
])
def test_mesh_points_to_unplug(text: str, asked: bool) -> None:
    assert asks_mesh_units(text) is asked


@pytest.mark.parametrize(("text", "asked"), [
    ("can i just use my phone hotspot instead?", True), ("would tethering to my phone work?", True),
    ("the hotel wifi has a page", False), ("room 212", False),
])
def test_the_phones_hotspot_asked_about(text: str, asked: bool) -> None:
    assert asks_portal_hotspot(text) is asked


@pytest.mark.parametrize(("text", "bye"), [
    ("bye", True), ("ok bye", True), ("forget it im done", True), ("nevermind, cancel", True),
    ("no more questions thanks bye", True), ("i said bye. stop", True),
    ("it won't stop blinking", False), ("stop telling me to restart it", False),
    ("bye bye wifi lol it drops every hour", False), ("can you stop and explain", False),
])
def test_a_goodbye(text: str, bye: bool) -> None:
    assert says_goodbye(text) is bye


@pytest.mark.parametrize(("text", "hedge"), [
    ("hmm maybe", True), ("i think so?", True), ("kinda?", True), ("not sure, it flickered", True),
    ("yes", False), ("yep its pulsing blue", False), ("no", False), ("yes! i think it works now", False),
])
def test_a_hedged_answer(text: str, hedge: bool) -> None:
    assert hedged(text) is hedge


def test_which_extender_is_answered_and_the_answer_beside_it_taken() -> None:
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    said = d.say("yes its right. do i need a repeater or something")
    assert any(r.startswith("Any Wi-Fi extender or mesh point") for r in said), said
    assert d.awaiting == "wifi_network"  # the "yes" beside it answered the question
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    said = d.say("which extender should i buy?")
    assert any(r.startswith("Any Wi-Fi extender") for r in said) and not any("Sorry" in r for r in said), said
    assert d.awaiting == "wifi_password" and d.model.data.get("misses", 0) == 0  # asked again, uncounted


def test_an_argons_extender_advice_checks_its_antenna() -> None:
    d = Drive()
    d.to_led(snap(0, platform="argon"))
    said = d.say("would a wifi booster help?")
    assert any("antenna is plugged in" in r for r in said), said


def test_every_mesh_point_is_unplugged_for_the_hotspot_test() -> None:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say("do i need to unplug all 3 pucks or just the main one?")
    assert any(r.startswith("For the test, unplug every point of your mesh Wi-Fi") for r in said), said
    assert d.awaiting == "hotspot_ready"


def test_the_phones_hotspot_on_a_sign_in_network_is_a_yes() -> None:
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    d.say("its the hotel wifi, a page opens where i type my room number")
    said = d.say("can i just use my phone hotspot instead?")
    assert any(r.startswith("Yes: your phone's hotspot has no sign-in page") for r in said), said
    assert any("Maximize Compatibility" in r for r in said)  # a Photon uses 2.4 GHz only


def test_a_goodbye_at_a_question_opens_no_case_and_the_chat_closes_later() -> None:
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    said = d.say("i said bye. stop")
    assert any(r.startswith("OK, let's stop here") for r in said), said
    assert d.state == "wifi_password" and d.model.outcome is None  # nothing opened
    timers = {e["name"] for e in d.model.effects if e["type"] == "timer"}
    assert "abandon" in timers and "reply" not in timers  # no "are you still there?", only the closing later
    d.model.effects.clear()
    d("timer", name="abandon")
    assert d.model.outcome == "abandoned:no_reply"


def test_a_hedged_yes_once_online_gets_one_more_look_then_a_yes_resolves() -> None:
    d = Drive.route(("blinking dark blue",), "led")
    d("cloud", device={"online": True})
    said = d.say("hmm maybe")
    assert any(r.startswith("No rush: take one more look") for r in said), said
    assert d.awaiting == "confirm_fixed" and d.model.outcome is None
    d.say("yes")
    assert d.model.outcome == "resolved:device_online"


@pytest.mark.parametrize(("text", "sometimes"), [
    ("obviously the password is right, it connects sometimes??", True), ("it works sometimes then drops", True),
    ("it was online yesterday so the password has to be right", True), ("it keeps dropping off", True),
    ("yes", False), ("it never connected", False), ("not sure which one i typed", False),
])
def test_a_unit_that_connects_now_and_then(text: str, sometimes: bool) -> None:
    from flows.troubleshoot.rules.context import connects_sometimes

    assert connects_sometimes(text) is sometimes


def test_a_unit_that_connects_sometimes_has_the_right_password() -> None:
    # n11: "obviously the password is right, it connects sometimes??" was asked about the password twice, and "it
    # works sometimes then drops" was "great to hear".
    for text in ("obviously the password is right, it connects sometimes??", "it works sometimes then drops"):
        d = Drive.route(("blinking green", "steady"), "wifi_password")
        said = d.say(text)
        assert said[0].startswith("Then the password is right"), said
        assert d.awaiting == "wifi_network" and d.model.data.get("drops_told")
        assert "wifi:wrong_password_suspected" not in d.model.findings
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    d.say("it worked before we changed the router")  # the router changed: set up again, as before
    assert d.model.data.get("pw_phase") == "resetup"


@pytest.mark.parametrize(("text", "cant"), [
    ("i cant unplug the router its in the basement and belongs to the landlord", True),
    ("router is locked in a cabinet downstairs", True),
    # A refusal at home skips the test, as the eighth test asked (tests/test_rules_round35.py): not this.
    ("no i cant turn off the internet, my kids are on zoom", False),
    ("the router belongs to the apartment complex", True), ("ready", False), ("my phone cant do a hotspot", False),
    ("ok give me a minute", False),
])
def test_a_router_that_cant_be_unplugged(text: str, cant: bool) -> None:
    from flows.troubleshoot.rules.side_asks import cant_unplug

    assert cant_unplug(text) is cant


def test_the_hotspot_test_without_unplugging_a_router_that_isnt_theirs() -> None:
    # n17: "i cant unplug the router its in the basement and belongs to the landlord" was told to unplug it again.
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say("which box is the router? there are two and the landlord owns it")
    assert said[0].startswith("No need to unplug it, then"), said
    assert any("any name" in r for r in said) and d.model.data.get("hotspot_set_up_on")


@pytest.mark.parametrize(("text", "urgent_"), [
    ("one working day?? its urgent my freezer alarm is on it", True), ("i need this working asap", True),
    ("my dads fall sensor is on it, he lives alone", True), ("ok thanks, ill wait", False),
    ("its an arris router btw", False),
])
def test_it_cant_wait(text: str, urgent_: bool) -> None:
    from flows.troubleshoot.rules.side_asks import urgent

    assert urgent(text) is urgent_


def test_an_urgent_case_with_support_is_heard_once() -> None:
    # n19: "one working day?? its urgent my freezer alarm is on it" got the usual "support will reach you".
    d = Drive.with_support(contact="text me")
    said = d.say("one working day?? its urgent my freezer alarm is on it")
    assert said[0].startswith("I understand this can't wait"), said
    assert not any("can't wait" in r for r in d.say("hello?? its urgent"))  # heard once, not every message


def test_a_unit_with_them_on_the_road_is_not_away() -> None:
    # n14: "I am travelling for work and brought my sensor to the hotel" was told someone must be next to it.
    from flows.troubleshoot.rules.asks import away_from_unit

    assert not away_from_unit("Good evening, I am travelling for work and brought my sensor to the hotel to test it")
    assert away_from_unit("I'm travelling for work, the sensor is at home")
    assert away_from_unit("on vacation and my thermostat at home shows offline")


@pytest.mark.parametrize(("text", "asked"), [
    ("No. Should I move one of the nest points closer to the garage?", True),
    ("should i move the router closer to it?", True), ("can I put it nearer the router?", True),
    ("I moved it closer already", False), ("its close to the router", False),
])
def test_move_closer_asked(text: str, asked: bool) -> None:
    assert asks_move_closer(text) is asked  # explore11's n10 got the next question


def test_a_unit_that_worked_until_lately_is_asked_what_changed() -> None:
    # explore11's n16: "my grandson set it up last year, it worked fine until yesterday." was sent to find the password.
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    said = d.say("my grandson set it up last year, it worked fine until yesterday.")
    assert said[0].startswith("Then the password was right") and "something usually changed" in said[0], said
    assert d.awaiting == "wifi_network" and not d.model.data.get("drops_told")


def test_a_mesh_told_is_no_extender_asked() -> None:
    assert not asks_extender("hi, we got an eero mesh system last week (3 pucks) and since then the shed monitor acts "
                             "weird. the app doesnt show any readings.")  # explore11's n22
