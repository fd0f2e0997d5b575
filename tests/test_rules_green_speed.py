"""The speed question ("steady pace, or flickering very fast?"): answers a blind exploratory test found misread.

"Not steady" with no word for fast was read as the fast flicker (people hear "steady" as "solid" and mean that it
blinks); "how fast is fast?" as fast; "constantly" as a solid light. The held-out set for this question is in
tests/data/answers_heldout.yaml (bench/answers_accuracy.py).
"""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.answers_light import green_speed
from flows.troubleshoot.rules.text import message


@pytest.mark.parametrize(("text", "label"), [
    ("it's not steady, it's flashing on and off", "slow"),
    ("not steady", "unsure"),
    ("how fast is fast?", "unsure"),
    ("it's constant", "slow"),
    ("constantly", "slow"),
    ("not steady at all, its super fast", "fast"),
    ("not slow", "fast"),
    ("its not normal, flickering like crazy", "fast"),
])
def test_an_answer_to_the_speed_question(text: str, label: str) -> None:
    assert green_speed(message(text)).label == label
