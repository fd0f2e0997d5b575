"""Round 25: an answer then a question or remark at the router's yes/no questions, on replies written for these tests
(not the held-out set's), judged on the flow as bench/round25.py judges the held-out set."""

from __future__ import annotations

import pytest

from bench.round25 import judge


@pytest.mark.parametrize(("q", "label", "text"), [
    ("mac_filter", "no", "no. how many more questions is this gonna be"),
    ("mac_filter", "no", "nope. are you a bot?"),
    ("guest", "no", "no. how long will this take"),
    ("internet", "yes", "yes. how long is this going to take?"),
    ("mac_filter", "question", "how many more questions is this gonna be"),
    ("guest", "question", "how long will this take"),
])
def test_the_answer_said_first_is_kept(q: str, label: str, text: str) -> None:
    assert judge({"q": q, "label": label, "text": text}) == "right"
