"""Benchmark: after the fourth blind exploratory test, as a held-out set (tests/data/round30_heldout.yaml), written
blind by a helper who read no code, committed before the readers changed:

- A, a first message that names the unit in everyday words ("garage opener says offline", "I set up a porch sensor
  for my mother", "kitchen hub is DEAD"), with the account's units as the app names them: the one unit an agent would
  be sure of is found (`right`), none is looked up (`missed`: the serial question comes, which is safe), or another
  unit, or one where the message names none (`wrong`). Scored as bench/opener_names.py scores: the flow's reader and
  the cloud's name match together. The test was asked for the serial three times for units it had named;
- B, once support has the case because the unit is not on the customer's account: asking what that means (`meaning`:
  "what mean not on account??") gets it explained; `other` does not. The test's question was never answered.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout, opener_names
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round30_heldout.yaml"


def _not_on_account() -> Drive:
    d = Drive()
    d("begin", text="hi")
    d("message", text="PHHAAB830ABCDEF")
    d("lookup_result", error="not_in_account")
    if d.state != "handed_off":
        raise RuntimeError(f"the route ends at {d.state}")
    return d


def judge(case: dict[str, Any]) -> str:
    if case["group"] == "A":
        typed = opener_names.looked_up(str(case["text"]))
        got = opener_names.found(typed, list(case["account"])) if typed else None
        if got == case["unit"]:
            return "right"
        return "missed" if got is None else "wrong"
    d = _not_on_account()
    told = heldout.said(d.replies(d("message", text=str(case["text"]))), "not_on_account_meaning")
    return "right" if told == (case["label"] == "meaning") else "wrong"


def _key(case: dict[str, Any]) -> str:
    if case["group"] == "A":
        return "A.unit" if case["unit"] else "A.none"
    return f"B.{case['label']}"


def run() -> list[dict[str, Any]]:
    n, by, total = heldout.verdicts(DATA, judge, _key)
    return [{
        "name": "round30_heldout",
        "load": f"{n} messages: a unit named in everyday words, what 'not on your account' means",
        "right": f"{total['right']}/{n}",
        "wrong": total["wrong"],
        "crashed": total["crashed"],
        "by_label": by,
    }]
