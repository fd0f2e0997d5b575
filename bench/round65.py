"""Benchmark: the thirteenth blind exploratory test's n12 (tests/data/round65_heldout.yaml: 50 messages written blind
by a helper who read no code, before any reader on this theme changed).

The case went to support at the hotspot test because it could not be done then ("I can't make a hotspot", or "I don't
have a smartphone": the bench takes one or the other by the message's length). Later, before anyone at support
picked it up, c07's "Update: a colleague lent me a smartphone. I can do the hotspot test now after all" got "Your case
is with our support team", and "let's try again" started over at the light question.

- test_now: the test offered or asked for now: right when the bot takes it up at the hotspot step (active again,
  awaiting hotspot_ready), the answers before kept.
- other: anything else at that point: right when the case stays with support (handed_off).

Before (the set's commit, round 63's readers): 24/50: test_now 0/25, other 24/25.

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round65_heldout.yaml"
ROUTE = ("blinking green", "steady", "yes", "NETGEAR47", "skip", "no", "no", "no")


def handed_off_at_the_test(no_phone: bool) -> Drive:
    d = Drive.route(ROUTE, "hotspot_ready")
    d.say("I don't have a smartphone" if no_phone else "I can't make a hotspot")
    if d.model.state != "handed_off" or d.model.data.get("resume") != "hotspot_ready":
        raise RuntimeError(f"not handed off at the hotspot test: {d.model.state}")
    return d


def judge(case: dict[str, Any]) -> str:
    text = str(case["text"])
    d = handed_off_at_the_test(len(text) % 2 == 1)
    d.say(text)
    if case["group"] == "test_now":
        ok = d.model.status == "active" and d.awaiting == "hotspot_ready"
    else:
        ok = d.model.state == "handed_off"
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round65_heldout", "{n} messages with support after the hotspot test could not be done: "
                                "the test offered now, other messages", DATA, judge)]
