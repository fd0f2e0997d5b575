"""Benchmark: the thirteenth blind exploratory test's n11 (tests/data/round62_heldout.yaml: 70 messages written blind
by a helper who read no code, before any reader on this theme changed).

After a scan proves a cause the customer can change in the router's settings (WPA3 only, or 5 GHz only), the bot says
how, that it will tell them when the unit connects, and asks the router questions meanwhile. c03's "k switchd to
wpa2/wpa3" and c18's "ok, turned the 2.4 GHz back on ... and re-did the setup" at the registration question got
"Sorry, I didn't catch that" (a miss counted towards the hand-off).

- did_change: the change told as done, the question not answered: right when the change is noted (`fix_told`), no miss
  is counted and the same question is still open.
- did_change_and_answered: done, and the question answered: right when the change is noted and the answer read as
  labelled (yes: the network approves new devices, found; no: ruled out; unsure: neither), the question moving on.
- answer_only: the answer alone: read as labelled, and no change noted.
- not_done: the change not made (later, can't, how?): no change taken as done (`fix_done`).

Before (the set's commit, round 61's readers): 32/70: did_change 0/30, did_change_and_answered 4/10, answer_only 13/15,
not_done 15/15.

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round62_heldout.yaml"
SCANS = {"wpa3": "NETGEAR47  -61dBm  ch 6  WPA3", "band": "NETGEAR47 -45 dBm channel 100 (5GHz) WPA2"}
CODE = "wifi:mac_filtering"


def _at_router_question(fix: str) -> Drive:
    d = Drive.route(("blinking green", "steady", "yes", "NETGEAR47"), "wifi_scan")
    d.say(SCANS[fix])
    if d.awaiting != "router_check" or d.model.data.get("rq_current") != "mac_filter":
        raise RuntimeError(f"the {fix} scan ends at {d.awaiting}")
    return d


def _answered(d: Drive, answer: str) -> bool:
    data = d.model.data
    moved = d.awaiting != "router_check" or data.get("rq_current") != "mac_filter"
    found = CODE in d.model.findings or bool(data.get("approval_told"))
    ruled = CODE in (data.get("ruled_out") or ())
    return moved and {"yes": found and not ruled, "no": ruled and not found, "unsure": not found and not ruled}[answer]


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    d = _at_router_question(str(case["fix"]))
    d.say(text)
    data = d.model.data
    told = bool(data.get("fix_told"))
    if group == "did_change":
        ok = told and not data.get("misses") and d.awaiting == "router_check" and data.get("rq_current") == "mac_filter"
    elif group == "did_change_and_answered":
        ok = told and _answered(d, str(case["answer"]))
    elif group == "answer_only":
        ok = not told and _answered(d, str(case["answer"]))
    else:
        ok = not data.get("fix_done")
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round62_heldout", "{n} messages: a change in the router's settings told as done at the "
                                "registration question, with and without an answer, answers alone, changes not made",
                                DATA, judge)]
