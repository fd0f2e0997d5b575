"""The hotspot test offered after all while support has the case (explore13's n12), in our own phrasings: unit tests
of rules/back_to_bot.test_now, and the flow taking it up at that step. The blind set is bench/round65.py's."""

from __future__ import annotations

import pytest

from bench.round65 import handed_off_at_the_test
from flows.troubleshoot.rules import back_to_bot

OFFERS = [
    "I can do the hotspot test now",
    "a colleague lent me a smartphone, let's do the hotspot thing",
    "my son is home with his iphone, can we try the phone test now?",
    "ok I changed my mind, I'll do the hotspot test",
    "everyone's off the wifi now so I can unplug the router, want me to try the test?",
    "I have my phone now. ready for the hotspot",
    "got a phone now, can we do the tethering test?",
    "can we do the test now?",
    "I'm ready to try the hotspot",
    "let's do the hotspot test after all",
    "ok I'm home now with my phone",
    "my daughter brought her iPhone over, let's try",
]
NOT_OFFERS = [
    "I'll do the hotspot test tomorrow",
    "I still can't do the hotspot test",
    "why do you need a hotspot test?",
    "when will support reply?",
    "I don't have a phone, sorry",
    "the hotspot test won't work, my phone is too old",
    "what's my case number?",
    "can someone call me instead of the test?",
    "I did the hotspot test yesterday and it didn't work",
    "the hotspot test is too complicated for me right now",
    "is the hotspot test really needed now?",
    "ok so can I turn off the hotspot now and change my phone name back?",
]


@pytest.mark.parametrize("text", OFFERS)
def test_the_test_offered_now(text: str) -> None:
    assert back_to_bot.test_now(text)


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_no_offer(text: str) -> None:
    assert not back_to_bot.test_now(text)


@pytest.mark.parametrize("no_phone", [False, True])
def test_the_offer_is_taken_up_at_the_hotspot_step_with_the_answers_kept(no_phone: bool) -> None:
    d = handed_off_at_the_test(no_phone)
    ssid = d.model.data.get("ssid")
    said = d.say("a colleague lent me a smartphone, I can do the hotspot test now after all")
    assert said[0].startswith("Great, let's do the hotspot test now.")
    assert d.model.status == "active" and d.awaiting == "hotspot_ready"
    assert d.model.data.get("ssid") == ssid and not d.model.data.get("no_smartphone")
    assert not any("What is it doing right now" in s for s in said)  # not the light question again


def test_an_offer_after_an_agent_took_the_case_is_left_to_the_agent() -> None:
    d = handed_off_at_the_test(False)
    d.model.assignee = "U-AGENT"
    d.say("I can do the hotspot test now")
    assert d.model.state == "handed_off"
