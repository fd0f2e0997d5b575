"""Benchmark: the thirteenth blind exploratory test's n13 (tests/data/round63_heldout.yaml: 80 messages written blind
by a helper who read no code, before any reader on this theme changed).

At the light question, with the unit offline in our system: c13's "ok I unplugged it and now it's fine, thanks, bye"
got "OK, let's stop here" (the goodbye), and was never told the unit was still offline; "its fine now thanks" was
"Sorry, I didn't get that".

- fine_now: the unit told as fine, good or sorted now: right when the bot says it doesn't see it online yet
  (`works_now_not_online`) and the conversation goes on with no miss counted.
- fixed_bye: the same with a goodbye: right as for fine_now (the goodbye must not hide that the unit is offline).
- bye_only: a goodbye with no such claim: right when it is not taken for one (no `works_now_not_online`).
- not_claims: fine, good or works words that claim nothing about the unit: right when not taken for a claim.

Before (the set's commit, round 62's readers): 56/80: fine_now 14/25, fixed_bye 7/20, bye_only 15/15, not_claims
20/20.

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round63_heldout.yaml"


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    d = Drive()
    d.to_led()
    told = heldout.said(d.say(text), "works_now_not_online")
    if group in ("fine_now", "fixed_bye"):
        ok = told and d.model.status == "active" and not d.model.data.get("misses")
    else:
        ok = not told
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round63_heldout", "{n} messages at the light question, the unit offline: fine or fixed "
                                "now, with and without a goodbye, goodbyes alone, words that claim nothing", DATA, judge)]
