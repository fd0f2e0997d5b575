"""Back home, will the unit rejoin that Wi-Fi by itself? (explore13's n10, c21), asked at the confirmation after it came
online away from home, in our own phrasings: unit tests of rules/aftercare.topic and the flow's answer. The blind set
is bench/round66.py's."""

from __future__ import annotations

import pytest

from bench.round66 import at_confirmation
from flows.troubleshoot.rules.aftercare import topic

REJOIN = [
    "yes! breathing cyan. when I get home will it go back to my home wifi by itself?",
    "yes. will it remember my home wifi?",
    "yep. do I have to set it up again when I get back home?",
    "yes pulsing. can it switch between the hotspot and my router on its own?",
    "yes, will it reconnect to my office network on monday automatically?",
    "yes - does it keep both networks?",
    "ok and when I turn off the hotspot does it go back to the router?",
    "yes, just wondering if it'll find my home wifi again later",
    "will it automatically connect to my home network when I'm back?",
    "so when I'm home it connects to the home wifi again right?",
    "do I need to do all this again at home?",
    "yes. will it grab my wifi when I get home?",
    "not sure yet, but will it go back to my home wifi later?",
    "do I have to set it up again when I get home?",
]
OTHER = {
    "yes! will this happen again?": "again",
    "yes, what caused it?": "cause",
    "yes, is my case closed?": "case",
    "yes. will it reconnect by itself after a power cut?": "again",
    "yes, what if I change my router?": "again",
    "yes pulsing, thanks!": None,
    # At home, "remember the wifi" is whether it stays connected (round 29's), not another network.
    "Yes it is. Will it remember the wifi now?": "again",
    "will it remember my wifi now?": "again",
}


@pytest.mark.parametrize("text", REJOIN)
def test_rejoin_asked(text: str) -> None:
    assert topic(text) == "rejoin"


@pytest.mark.parametrize("text", OTHER)
def test_other_topics_stay(text: str) -> None:
    assert topic(text) == OTHER[text]


def test_the_yes_and_the_answer() -> None:
    d = at_confirmation()
    said = d.say("yes! breathing cyan. when I get home will it go back to my home wifi by itself?")
    assert any(s.startswith("Yes: your device keeps the Wi-Fi networks it has been set up on") for s in said)
    assert d.model.status == "resolved"


def test_asked_without_a_yes_it_is_answered_and_the_question_asked_again() -> None:
    d = at_confirmation()
    said = d.say("will it remember my home wifi?")
    assert said[0].startswith("Yes: your device keeps") and d.awaiting == "confirm_fixed"


def test_a_rejoin_question_read_as_unsure_is_answered_and_the_question_asked_again() -> None:
    # The confirmation's reader takes "not sure" for an unsure answer: the question is answered first.
    d = at_confirmation()
    said = d.say("not sure yet, but will it go back to my home wifi later?")
    assert said[0].startswith("Yes: your device keeps") and d.awaiting == "confirm_fixed"


def test_a_rejoin_question_that_names_set_up_mode_is_answered_not_read_as_the_light() -> None:
    d = at_confirmation()
    said = d.say("when I get home do I put it in setup mode to go back to my wifi?")
    assert said[0].startswith("Yes: your device keeps") and d.awaiting == "confirm_fixed"
