"""Benchmark: the thirteenth blind exploratory test's n10, c21's question (tests/data/round66_heldout.yaml: 55 messages
written blind by a helper who read no code, before any reader on this theme changed).

The unit came online away from home (on a hotspot, at a hotel, at a show) and the bot asked "Is the light now slowly
pulsing light blue?". c21's "yes! breathing cyan. when I get home will it go back to my home wifi by itself?" got
"Great, you're all set!", and asked again, "Sorry, I didn't get that".

- rejoin: whether it will go back to (or remember) the home Wi-Fi by itself: right when the bot answers that
  (`after_rejoin`).
- other_question: another question then (will it happen again, what caused it, the case, a button): right when
  `after_rejoin` is not said.
- plain: a confirmation or thanks alone: right when `after_rejoin` is not said and the conversation is resolved.

Before (the set's commit, round 65's readers): 30/55: rejoin 0/25, other_question 20/20, plain 10/10.

Judged on the flow (tests/flowdrive.py's Drive, no I/O), at the confirmation after the unit came online at the light
question. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round66_heldout.yaml"


def at_confirmation() -> Drive:
    d = Drive()
    d.to_led()
    d("cloud", device={"online": True})
    if d.awaiting != "confirm_fixed":
        raise RuntimeError(f"online did not ask the confirmation: {d.awaiting}")
    return d


def judge(case: dict[str, Any]) -> str:
    d = at_confirmation()
    answered = heldout.said(d.say(str(case["text"])), "after_rejoin")
    if case["group"] == "rejoin":
        ok = answered
    elif case["group"] == "plain":
        ok = not answered and d.model.status == "resolved"
    else:
        ok = not answered
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round66_heldout", "{n} messages at the confirmation after the unit came online away from "
                                "home: will it go back to the home Wi-Fi by itself, other questions, plain yeses", DATA,
                                judge)]
