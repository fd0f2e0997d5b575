"""A home visit or a cost asked at a question or with support (explore13's n10, c01), in our own phrasings: unit tests
of rules/help_asks.asks_visit and asks_cost, "repair" no longer read as "re-pair", and the flow's answers. The blind set
is bench/round67.py's."""

from __future__ import annotations

import pytest

from bench.round67 import at
from flows.troubleshoot.rules import help_asks, mode_asks

VISITS = [
    "will somebody come to my house?",
    "do you send a technician out",
    "can an engineer come and look at it?",
    "do I need to take it to a shop?",
    "is someone coming out to look at it?",
    "can I book a technician",
    "does someone need to come out to my flat",
    "do I have to send it in?",
]
COSTS = [
    "does this cost money?",
    "do I have to pay for the repair?",
    "is support free?",
    "how much is this going to cost me",
    "am I going to be charged for this?",
    "will it cost anything to fix",
    "is there a fee",
]
NEITHER = [
    "how do I pair it again?",
    "my router needs repairing maybe?",
    "is my data plan the problem?",
    "I paid for fast internet so why is it so slow",
    "free wifi at the cafe works fine",
    "my son will come over later to help",
    "when will support reply?",
    "can I send it back and get a refund?",
]


@pytest.mark.parametrize("text", VISITS)
def test_a_visit_asked(text: str) -> None:
    assert help_asks.asks_visit(text)


@pytest.mark.parametrize("text", COSTS)
def test_a_cost_asked(text: str) -> None:
    assert help_asks.asks_cost(text) and not help_asks.asks_visit(text)


@pytest.mark.parametrize("text", NEITHER)
def test_neither(text: str) -> None:
    assert not help_asks.asks_visit(text) and not help_asks.asks_cost(text)


def test_repair_is_not_re_pair() -> None:
    assert not mode_asks.asks_setup_mode("do I have to pay for the repair?")
    assert mode_asks.asks_setup_mode("how do I re-pair it?")


@pytest.mark.parametrize("moment", ["question", "support"])
def test_c01s_questions_are_answered(moment: str) -> None:
    d = at(moment)
    said = d.say("will somebody come to my house?")
    assert said[0].startswith("No one needs to come to your home")
    said = d.say("do I have to pay for the repair?")
    assert said[0].startswith("This help is free.") and not any("set-up mode" in s for s in said)
    assert d.model.state == ("led" if moment == "question" else "handed_off")


def test_a_visit_asked_is_no_request_for_a_person_but_a_person_asked_beside_it_is() -> None:
    d = at("question")
    d.say("can an engineer come and look at it?")
    assert d.model.state == "led"
    d.say("can someone come and fix it, I want a person")
    assert d.model.state == "handed_off"


def test_a_visit_wanted_not_asked_is_a_request_for_a_person() -> None:
    from flows.troubleshoot.rules.intents import asks_for_person
    from flows.troubleshoot.rules.text import message

    assert asks_for_person(message("I need someone to come out and look at it"))
    assert not asks_for_person(message("will someone come out to look at it?"))
