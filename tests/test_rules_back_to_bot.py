"""Back to the bot once support has the case: the person called off, the bot asked to help after all, or what to try
meanwhile (rules/back_to_bot.py; explore11's n15); waiting, thanks and contact details are none of these."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.back_to_bot import tries_meanwhile, wants_bot


@pytest.mark.parametrize("text", [
    "no, i want the bot help now. cancel the agent. start again please", "ok maybe the robot can help",
    "never mind the human, lets do it with the bot", "forget the person", "can we start again from the beginning",
    "i dont need a technician anymore", "let's try it together now",
])
def test_bot_wanted(text: str) -> None:
    assert wants_bot(text)


@pytest.mark.parametrize("text", [
    "ok thanks", "how long will it take?", "my number is 0171 555 2398", "is anyone there?", "the bot was useless",
    "i'll wait for the person", "cancel my order", "will they call me?",
    "no need for a support case, you can close it", "please cancel the case",
])
def test_no_bot_wanted(text: str) -> None:
    assert not wants_bot(text)


@pytest.mark.parametrize("text", [
    "in the meantime should I try unplugging the sensor? anything I can try today?",
    "is there something I could do myself while I wait", "any tips for now?",
])
def test_meanwhile_asked(text: str) -> None:
    assert tries_meanwhile(text)


@pytest.mark.parametrize("text", ["I can wait", "what happens now?", "I tried everything already today"])
def test_no_meanwhile_asked(text: str) -> None:
    assert not tries_meanwhile(text)


@pytest.mark.parametrize("text", [
    "no need for a person, it works now", "nevermind the callback, email is fine", "no need for someone to call, just "
    "email", "ok the bot was no help",
])
def test_not_back_to_the_bot(text: str) -> None:
    assert not wants_bot(text)  # it works (answered from our system), a way to reach them, a complaint
