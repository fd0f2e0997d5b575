"""Benchmark: a ninth round's readers (tests/data/round9_heldout.yaml, written blind before they were written).

Three groups, after the seventh blind exploratory round:
- aside: mid-conversation asks the bot answers and then asks its question again: "can't you check it from your end?"
  (`check_remote`), "is it broken?" (`is_broken`), "why all these questions?" (`why_questions`), against messages that
  only share their words (`other`); read by `asks.aside`;
- password_told: a message before the password question that says the password typed was the Wi-Fi key (`yes`) or
  another one (`no`), or says nothing of it (`none`); read by `asks.password_told`;
- hotspot_tried: a message before the hotspot test that says a phone hotspot was tried already; `asks.hotspot_tried`.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import asks

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round9_heldout.yaml"


def judge(case: dict[str, Any]) -> bool:
    group, text, label = str(case["group"]), str(case["text"]), str(case["label"])
    if group == "aside":
        reader = getattr(asks, "aside", None)
        return (reader(text) if reader else None) == (None if label == "other" else label)
    if group == "password_told":
        reader = getattr(asks, "password_told", None)
        return (reader(text) if reader else None) == (None if label == "none" else label)
    reader = getattr(asks, "hotspot_tried", None)
    return bool(reader and reader(text)) == (label == "yes")


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    return [heldout.tally("round9_heldout", f"{len(cases)} messages in three groups", cases, judge)]
