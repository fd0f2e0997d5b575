"""Benchmark: the thirteenth blind exploratory test's n10, c01's questions (tests/data/round67_heldout.yaml: 52 messages
written blind by a helper who read no code, before any reader on these themes changed).

With support holding her case, c01's "will somebody come to my house? and does this cost money?" got "Your case is with
our support team ..."; at a question, "will someone come to my house to fix it?" was "Sorry, I didn't get that" and "do
I have to pay for the repair?" got how to put the unit in set-up mode ("repair" read as "re-pair").

- visit: a home visit, a technician, taking the unit somewhere: right when that is answered (`aside_visit` at a
  question, `with_support_visit` with support).
- cost: anything costing money: right when that is answered (`aside_cost`, `with_support_cost`).
- other: anything else, some sharing their words: right when neither is.

Before (the set's commit, round 66's readers): 20/52: visit 0/16, cost 4/20, other 16/16.

Each message is sent at the light question or with support (`at`). Judged on the flow (tests/flowdrive.py's Drive, no
I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round67_heldout.yaml"
KEYS = {"question": {"visit": "aside_visit", "cost": "aside_cost"},
        "support": {"visit": "with_support_visit", "cost": "with_support_cost"}}


def at(moment: str) -> Drive:
    d = Drive()
    d.to_led()
    if moment == "support":
        d.say("talk to a person")
        d.say("skip")
        if d.model.state != "handed_off":
            raise RuntimeError("not with support")
    return d


def judge(case: dict[str, Any]) -> str:
    moment = str(case["at"])
    d = at(moment)
    said = d.say(str(case["text"]))
    answered = {kind for kind, key in KEYS[moment].items() if heldout.said(said, key)}
    group = str(case["group"])
    ok = group in answered if group in ("visit", "cost") else not answered
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round67_heldout", "{n} messages at the light question or with support: a home visit, a "
                                "cost, other questions and remarks", DATA, judge)]
