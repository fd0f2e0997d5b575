"""Questions the twelfth blind exploratory test's customers asked and got no answer to (n14, n15), on phrasings of our
own: the readers (rules/hotspot_why.py, charger_asks.py, wpa3_asks.py, case_asks.py) and the flow's answers. The
held-out set is tests/data/round57_heldout.yaml, scored by bench/round57.py."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.case_asks import asks_what_case, asks_when
from flows.troubleshoot.rules.charger_asks import asks_charger_enough
from flows.troubleshoot.rules.hotspot_why import asks_why_hotspot
from flows.troubleshoot.rules.wpa3_asks import asks_wpa3_support
from tests.flowdrive import Drive, snap


@pytest.mark.parametrize("text", [
    "so its working on the hotspot which has the NEW password... so why would it not work on my real wifi with the "
    "same password? makes no sense",
    "but i am confuse, the new wifi is already in the device no? the hotspot have the new name",
    "why does it only work on my phone", "whats the difference between my wifi and the hotspot", "so its my router then?",
    "so what is wrong with my router", "how can it work on the hotspot and not my network",
    "it connects to my phone fine but not the router", "so its not the device?",
    "my wifi works fine for everything else", "why cant it just connect to the router like my laptop does",
])
def test_why_the_hotspot_works_and_the_home_wifi_not_is_asked(text: str) -> None:
    assert asks_why_hotspot(text), text


@pytest.mark.parametrize("text", [
    "can i turn the hotspot off now?", "ok thanks", "how long will support take", "my phone battery is dying",
    "should i keep the router unplugged", "light is breathing blue now", "i will leave the hotspot on for now", "weird",
    "why do i need to keep the hotspot on", "i already turned the hotspot off",
])
def test_other_messages_after_the_test_are_not_that(text: str) -> None:
    assert not asks_why_hotspot(text), text


@pytest.mark.parametrize("text", [
    "its plugged into a power strip w a bunch of other stuff. i only got the little iphone cube charger is that enuf amps",
    "will my laptops usb port do?", "how do i know how many amps it is", "is a samsung fast charger ok",
    "can i use the usb on my tv?", "does it matter which cable?", "is this one fine? it says 5V 2A",
    "do i need a special charger", "what charger do you recommend", "is 2.1a too much?", "will a fast charger fry it",
])
def test_a_charger_asked_about(text: str) -> None:
    assert asks_charger_enough(text), text


@pytest.mark.parametrize("text", [
    "swapped the charger, now its blinking green", "i dont have another charger", "its plugged into the wall",
    "is it blinking green?", "ok i changed the cable, same thing", "is it ok now?", "does it work now?",
    "would a new router do it?", "i think the cheap charger fried it", "i used a different charger and cable, still white",
])
def test_a_charger_told_or_other_questions_are_not_that(text: str) -> None:
    assert not asks_charger_enough(text), text


@pytest.mark.parametrize("text", [
    "Does the Photon support WPA3?", "will it work with wpa3", "does it support wpa2/wpa3 mixed mode?",
    "can your device handle the newer security?", "is wpa3 supported", "wpa3 compatible?",
    "ok so does my sensor do WPA3 or not", "does it matter that the security is wpa3?", "could wpa3 be the problem?",
    "my router only does wpa3 will that work", "which security setting should i use",
])
def test_wpa3_asked(text: str) -> None:
    assert asks_wpa3_support(text), text


@pytest.mark.parametrize("text", [
    "my router is set to wpa2/wpa3", "the scanner says WPA3", "i turned off wpa3 like you said",
    "the security is wpa2 personal",
])
def test_wpa3_told_is_not_asked(text: str) -> None:
    assert not asks_wpa3_support(text), text


@pytest.mark.parametrize("text", [
    "will they ring today?", "when will someone call me", "how long until support answers",
    "is someone going to call me tomorrow?", "by when?", "how many days does it usually take",
    "do they work weekends", "will i hear back today", "will it take long",
])
def test_when_support_answers_asked(text: str) -> None:
    assert asks_when(text) and not asks_what_case(text), text


@pytest.mark.parametrize("text", [
    "what support case??", "what case? i never talked to support", "who is support", "i didnt ask for support",
    "why did you pass me to support", "what team?",
])
def test_what_case_asked(text: str) -> None:
    assert asks_what_case(text), text


@pytest.mark.parametrize("text", [
    "whats my case number again", "ok thanks", "never mind it works now", "can i talk to a person now",
    "can you cancel the case", "0171 555 2398", "how long does the test take?",
])
def test_other_messages_to_support_are_neither(text: str) -> None:
    assert not asks_what_case(text) and not asks_when(text), text


def test_why_the_hotspot_works_is_answered_with_the_likely_cause() -> None:
    # explore12's n15 (c18): "Yes, you can turn the hotspot off now".
    d = Drive.with_support(contact="skip")
    said = d.say("so why would it not work on my real wifi with the same password? makes no sense")
    assert any(s.startswith("Good question.") and "Most likely" in s for s in said), said
    assert not any("turn the hotspot off" in s for s in said), said
    assert d.state == "handed_off"


def test_the_test_hotspot_with_built_in_details_says_the_saved_ones_are_not_shown_right() -> None:
    d = Drive.route(("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no", "no"), "hotspot_ready",
                    hotspot_ssid="CyanRescue", hotspot_password="rescue-2024")
    d.say("ready")
    d("cloud", device=snap(0, online=True))
    d.say("skip")
    said = d.say("why does it only work on my phone")
    assert any("built into" in s for s in said), said


def test_a_charger_asked_after_the_power_advice_is_answered_then_the_light_asked() -> None:
    # explore12's n14 (c15): "Thanks. Now look at the light: what is it doing?"
    d = Drive()
    d.to_led()
    d.say("white flash then green, over and over")
    said = d.say("i only got the little iphone cube charger is that enuf amps")
    assert any("Most phone chargers give 1 A or more" in s for s in said), said
    assert d.awaiting == "led"


@pytest.mark.parametrize(("platform", "words"), [("photon", "can't join a Wi-Fi that uses WPA3 only"),
                                                 ("p2", "still experimental")])
def test_wpa3_asked_is_answered_for_the_units_platform(platform: str, words: str) -> None:
    # explore12's n14 (c08 asked three times).
    d = Drive()
    d.to_led(snap(0, platform=platform))
    d.say("blinking green")
    said = d.say("Does it support WPA3?")
    assert any(words in s for s in said), said
    assert d.awaiting == "led_detail"


def test_what_case_and_when_are_answered_with_support() -> None:
    d = Drive.with_support(contact="skip")
    d.model.conversation_id = "c_0123456789abcdef"
    said = d.say("what support case?? i never talked to support")
    assert any("c_0123456789abcdef" in s and "support team" in s for s in said), said
    said = d.say("will they ring today?")
    assert any("within one working day" in s for s in said), said

