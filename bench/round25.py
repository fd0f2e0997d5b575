"""Benchmark: an answer followed by a question or remark at the router's yes/no questions ("no. how many more questions
is this gonna be"), as a held-out set (tests/data/round25_heldout.yaml) written blind by a helper who read no code after
the third blind exploratory test, committed before the flow changed: there the remark was answered and the same
question asked again, the "no" lost (three times, in three conversations).

Each reply is given to the flow (tests/flowdrive.py's Drive, no I/O) at its question: `yes`/`no` is right when the flow
moves on past that question with that answer (`no` rules the cause out, `yes` records it; the internet question's
`no` gives the internet remedy); `question` is right when the same question is still open.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round25_heldout.yaml"
# To each question: the light decides which router questions come (blinking green: registration and sign-in page;
# light blue: internet first).
_ROUTES = {"mac_filter": ("blinking green", "steady", "yes", "HomeNet", "skip", "two names"),
           "guest": ("blinking green", "steady", "yes", "HomeNet", "skip", "two names", "no"),
           "internet": ("blinking light blue", "no, just light blue")}
_CODE = {"mac_filter": "wifi:mac_filtering", "guest": "wifi:captive_portal", "internet": "network:no_internet"}


def judge(case: dict[str, Any]) -> str:
    q, label = str(case["q"]), str(case["label"])
    d = Drive.route(_ROUTES[q], lambda d: (d.awaiting, d.model.data.get("rq_current")) == ("router_check", q))
    d("message", text=str(case["text"]))
    still = d.awaiting == "router_check" and d.model.data.get("rq_current") == q
    if label == "question":
        return "right" if still else "wrong"
    if still:
        return "asked"
    found = _CODE[q] in d.model.findings
    ruled_out = _CODE[q] in d.model.data.get("ruled_out", [])
    if q == "internet":
        return "right" if (label == "no") == found else "wrong"
    return "right" if (found if label == "yes" else ruled_out) else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round25_answer_then_aside",
                        "{n} replies at the router's yes/no questions, written blind",
                        DATA, judge, lambda case: f"{case['q']}.{case['label']}", counts=("asked", "wrong"))]
