"""The password typed earlier asked for again (rules/key_recall.py), on our own phrasings: the blind set
(tests/data/round49_heldout.yaml) is scored by bench/round49.py and never tuned on."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.key_recall import asks_key_recall


@pytest.mark.parametrize("text", [
    "what was the password i typed earlier? i forgot it lol can you remind me",  # explore10's n29
    "remind me what password i used",
    "what password did i put in?",
    "can you send me back the wifi password i gave you",
    "whats my pw again",
    "do you still have the code i typed before",
    "what did I type for the password?",
    "forgot what i entered as the wifi key",
    "cant remember which code we used",
    "can I see the password I entered",
    "I need the pw I put in earlier",
    "you have my wifi password right? whats it again",
])
def test_asks_key_recall(text: str) -> None:
    assert asks_key_recall(text)


@pytest.mark.parametrize("text", [
    "where do i find my wifi password",
    "do you store my password?",
    "sorry what was the question again",
    "remind me what you asked",
    "i typed the wrong password",
    "what password should i use for the hotspot",
    "the password is on the sticker",
    "you have my password? i thought you didn't keep it",
    "i forgot my router password",
])
def test_not_key_recall(text: str) -> None:
    assert not asks_key_recall(text)
