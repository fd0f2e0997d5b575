"""Benchmark: a tenth round's readers (tests/data/round10_heldout.yaml, written blind before they were written).

Three groups, after the eighth blind exploratory round:
- after_remedy: answers to "Once you've done that, what is the light doing now?" after a remedy: the light now
  (`led`), no change (`same`), only done (`done`), or about the remedy itself: how to do it (`how`), where the router
  or a button is (`where_router`, `where_button`), whether it is safe (`worry`), cannot do it (`cant`), later or
  doing it now (`wait`); `other` for none. Read by `answers_after.after_remedy` (before it: `led_after`);
- hotspot_ready: answers to the hotspot set-up, `wrong_name` among them (a hotspot on under another name or
  password); read by `answers_hotspot.hotspot_ready` (None is `other`);
- with_support: a customer's message while support has the case that asks to cancel it (`cancel`) or not
  (`other`); read by `asks.cancel_case`.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import answers_after, answers_hotspot, asks
from flows.troubleshoot.rules.text import message

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round10_heldout.yaml"


def judge(case: dict[str, Any]) -> bool:
    group, text, label = str(case["group"]), str(case["text"]), str(case["label"])
    if group == "after_remedy":
        reader = getattr(answers_after, "after_remedy", answers_after.led_after)
        return (reader(message(text)).label or "other") == label
    if group == "hotspot_ready":
        reading = answers_hotspot.hotspot_ready(message(text))
        got = reading.label or "other"
        if got == "named":  # a name (or password) told: judged against the ones the set's prompt asked for
            asked = answers_hotspot.hotspot_as_asked(reading, "CyanRescue", "rescue-2024")
            got = "ready" if asked else "wrong_name"
        if got == "no_smartphone":
            got = "cant"  # a kind of can't (round 17): no smartphone, so no phone step at all from then on
        return got == label
    cancel = getattr(asks, "cancel_case", None)
    return ("cancel" if cancel and cancel(text) else "other") == label


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    return [heldout.tally("round10_heldout", f"{len(cases)} messages in three groups", cases, judge)]
