"""Benchmark: replies to the phone-hotspot test (tests/data/round21_hotspot_heldout.yaml), written blind by a helper
who read no code, after a blind exploratory test found "no hotspot pls, im redoing the setup" and "ugh this is too
much" read as "Ready, it's on"; committed before the reader changed.

Each reply is given to the flow (tests/flowdrive.py's Drive, no I/O) at the hotspot question and judged by what the
flow does next:
- `ready`: it watches for the unit (hotspot_wait);
- `how`: the steps or the question again, not watching;
- `cant`: the test is skipped as not possible (hotspot:not_possible);
- `refuse`: not watching, and the bot knows there is no hotspot for now (the test skipped, or `hotspot_not_on` kept,
  so that the unit coming online is not called the hotspot's doing);
- `fixing_other`: not watching, and no hotspot assumed (as for refuse), or the news taken in;
- `question`: not watching, answered without counting it as a reply the bot could not use;
- `give_up`: handed to support with the give-up words (`give_up_handoff`).
Scored right, asked (the question again as a reply it could not use: safe), read_as_ready (watching for a hotspot
that is not on: the costly mistake) or wrong. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot import copy
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round21_hotspot_heldout.yaml"
# The give-up words; with a light of a working unit they start by saying it is likely not broken (give_up_fine).
_GIVE_UP = tuple(copy.TEXT[key].split("{", 1)[0][:60] for key in ("give_up_handoff", "give_up_fine"))


def judge(case: dict[str, Any]) -> str:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    replies = d.replies(d("message", text=str(case["text"])))
    data, label = d.model.data, str(case["label"])
    watching = d.awaiting == "hotspot_wait"
    missed = int(data.get("misses") or 0) > 0
    no_hotspot = "hotspot:not_possible" in d.model.findings or bool(data.get("hotspot_not_on"))
    if label == "ready":
        return "right" if watching else "asked" if missed else "wrong"
    if watching:
        return "read_as_ready"
    if label == "give_up":
        return "right" if any(r.startswith(_GIVE_UP) for r in replies) else "asked" if missed else "wrong"
    if label == "cant":
        return "right" if "hotspot:not_possible" in d.model.findings else "asked" if missed else "wrong"
    if missed:
        return "asked"
    if label in ("refuse", "fixing_other"):
        return "right" if no_hotspot or d.awaiting != "hotspot_ready" else "wrong"
    return "right" if d.awaiting == "hotspot_ready" and d.state != "handed_off" else "wrong"  # how, question


def run() -> list[dict[str, Any]]:
    return [heldout.row("round21_hotspot_replies",
                        "{n} replies to the hotspot test, written blind",
                        DATA, judge, lambda case: str(case["label"]), counts=("read_as_ready", "wrong", "asked"))]
