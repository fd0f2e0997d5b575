"""Questions about the help itself (flows/troubleshoot/rules/help_asks.py), and the flow's answers to them beside a
question and once support has the case. Phrasings are our own; bench/round18.py scores a blind held-out set."""

from __future__ import annotations

import pytest

from flows.troubleshoot import copy
from flows.troubleshoot.rules import asks, help_asks, intents
from tests.flowdrive import Drive


@pytest.mark.parametrize("text", [
    "will someone call me?", "how will they contact me", "is somebody going to ring me about this",
    "will i get an email or a call", "how will i hear back?", "when will you get back to me",
    "do you need my phone number?", "should i give you my email", "by phone or email?",
    "will they reply here or by email", "will you let me know when its fixed",
])
def test_contact_questions(text: str) -> None:
    assert help_asks.help_question(text) == "contact"


@pytest.mark.parametrize("text", [
    "can someone call me", "please call me on 0412 555 123", "yes i rang my internet company and they gave me the password",
    "the app emailed me a code", "i texted my husband the password",
])
def test_not_contact_questions(text: str) -> None:
    assert not help_asks.contact_question(text)


@pytest.mark.parametrize("text", [
    "can i just return it", "i want a refund", "could you send me a new one", "is it still under warranty?",
    "can i exchange it for a different model", "i'd like my money back",
])
def test_return(text: str) -> None:
    assert help_asks.help_question(text) == "return"


@pytest.mark.parametrize("text", [
    "it returns to green after a while", "i got a replacement router from my isp", "i replaced my router last week",
])
def test_not_return(text: str) -> None:
    assert not help_asks.asks_return(text)


@pytest.mark.parametrize("text", [
    "what happens now?", "what happens after this", "do i need to keep this page open?", "can i close the chat",
    "is it ok if i close this window", "then what?", "what are the next steps",
])
def test_what_next(text: str) -> None:
    assert help_asks.help_question(text) == "next"


def test_what_next_about_a_step_is_not_the_help() -> None:
    assert help_asks.help_question("what do i do next with the router?") is None


@pytest.mark.parametrize("text", ["did i break it?", "i think its faulty", "is the hardware bad?",
                                  "pretty sure the unit is defective"])
def test_broken_said(text: str) -> None:
    assert asks.aside(text) == "is_broken"


@pytest.mark.parametrize("text", ["blinking red, i think its faulty", "no light at all, i think its dead"])
def test_broken_with_a_light_is_the_light(text: str) -> None:
    assert not help_asks.says_broken(text)


@pytest.mark.parametrize("text", ["are these automated messages?", "is this an auto reply", "is a human reading this?",
                                  "is there a person on the other end"])
def test_bot_questions(text: str) -> None:
    assert intents.step_free_intent(text) == "bot"


@pytest.mark.parametrize("text", ["is it automatic or do i need to press something?", "is that automatic"])
def test_automatic_unit_is_not_a_bot_question(text: str) -> None:
    assert intents.step_free_intent(text) != "bot"


@pytest.mark.parametrize("text", ["escalate this", "no more bot please", "i dont want to talk to a bot"])
def test_person_asked(text: str) -> None:
    assert intents.step_free_intent(text) == "agent"


def _starts(reply: str, key: str) -> bool:
    return reply.startswith(copy.TEXT[key].split("{", 1)[0][:60])


@pytest.mark.parametrize(("text", "key"), [("will someone call me?", "about_contact"),
                                           ("can i just return it?", "aside_return"),
                                           ("what happens after this?", "about_next")])
def test_beside_a_question_answered_and_the_question_kept(text: str, key: str) -> None:
    d = Drive()
    d.to_led()
    effects = d("message", text=text)
    replies = Drive.replies(effects)
    assert _starts(replies[0], key)
    assert not any(e["type"] == "outcome" for e in effects)
    assert d.awaiting == "led" and replies[-1].startswith("Look at the small light")


@pytest.mark.parametrize(("text", "key"), [
    ("will someone call me?", "with_support_contact"), ("can i talk to a real person?", "with_support_human"),
    ("can i send it back for a refund?", "with_support_return"), ("did i break it?", "with_support_is_broken"),
    ("are you a bot?", "with_support_is_bot"), ("do i need to keep this page open?", "with_support_what_next"),
])
def test_with_support_each_question_has_its_answer(text: str, key: str) -> None:
    d = Drive()
    d.to_led()
    d("message", text="agent")
    d("message", text="skip")
    assert d.state == "handed_off"
    replies = d.say(text)
    assert len(replies) == 1 and _starts(replies[0], key)
