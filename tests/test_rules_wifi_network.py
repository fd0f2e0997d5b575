"""Replies to "what is your Wi-Fi called?" that are no name: going to look, a question back, "I can't", "it's on the
sticker"; and the name after a complaint ("I already told you it's HomeNet").

Tuning cases (from a blind exploratory test of the bot: each of these became the network's "name"); the held-out
set for this question is in tests/data/answers_heldout.yaml (bench/answers_accuracy.py).
"""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.answers_wifi import wifi_network
from flows.troubleshoot.rules.text import message


@pytest.mark.parametrize(("text", "label", "value"), [
    ("hang on let me check", "not_yet", None),
    ("one sec", "not_yet", None),
    ("brb checking", "not_yet", None),
    ("why do you need that", "help", None),  # why the name is needed, then the question again
    ("what do you mean", "help", None),  # the question explained
    ("I CAN'T", "unknown", None),
    ("its on the sticker I think", "unknown", None),
    ("I already told you it's HomeNet", "name", "HomeNet"),
    ("like i said, HomeNet", "name", "HomeNet"),
    ("checking... its NETGEAR47", "name", "NETGEAR47"),
    ('hold on its "Casa Lopez"', "name", "Casa Lopez"),
    ("FBI Surveillance Van", "name", "FBI Surveillance Van"),
])
def test_a_reply_to_the_network_name_question(text: str, label: str | None, value: str | None) -> None:
    reading = wifi_network(message(text))
    assert (reading.label, reading.value) == (label, value)
