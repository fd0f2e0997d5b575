"""Benchmark: the tenth blind exploratory test's n29, "what was the password i typed earlier? can you remind me"
(tests/data/round49_heldout.yaml, 110 messages written blind by a helper who read no code; "before" is the commit that
added it). explore10 was told "Welcome back! Here's where we were:".

At the hotspot test's question:
- R: the password typed earlier asked for again: told it is never kept (so it can't be shown) and where the Wi-Fi's
  password is found (`key_recall`), never "Welcome back";
- C: anything else (where the password is, whether it is kept, the question again, a password typed wrong): not
  answered as a password asked for again.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round49_heldout.yaml"


def judge(case: dict[str, Any]) -> str:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say(str(case["text"]))
    recalled = heldout.said(said, "key_recall")
    if case["group"] == "C":
        return "wrong" if recalled else "right"
    return "right" if recalled and not heldout.said(said, "welcome_back") else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round49_heldout",
                        "{n} messages at the hotspot test: the password typed earlier asked for again, and others "
                        "(explore10's n29)", DATA, judge, lambda c: str(c["group"]))]
