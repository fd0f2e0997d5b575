"""Benchmark: three more of the ninth blind exploratory test's open findings, measured blind before their readers change
(tests/data/round39_heldout.yaml, written by a helper who read no code; "before" is the commit that added it).

- A, a first message with the serial: the customer has the unit with them somewhere unusual (`with_unit`, n14: the
  hotel traveller was told someone must be next to it; the light question comes as usual) or is away from it
  (`away`: the light question waits, copy `away_opener`).
- U, at the hotspot test's set-up: the router can't be unplugged (`cant_unplug`, n17: the test without unplugging it,
  copy `hotspot_no_unplug` or the set-up-on test's `hotspot_set_up_on_ok`) or anything else (`other`: not that
  answer).
- R, once support has the case: it is urgent (`urgent`, n19: the urgency acknowledged and the quick checks offered,
  copy `with_support_urgent`) or anything else (`other`: not that answer).
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round39_heldout.yaml"


def _first(label: str, text: str) -> str:
    d = Drive()
    said = d.replies(d("begin", text=text.replace("SERIAL", snap(0)["serial_number"])))
    said += d.replies(d("lookup_result", device=snap(0)))
    away = heldout.said(said, "away_opener")
    if label == "away":
        return "right" if away else "wrong"
    return "right" if not away and d.state in ("led", "led_detail") else "wrong"


def _unplug(label: str, text: str) -> str:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say(text)
    # The set-up-on test (any name, set up again on the hotspot: copy hotspot_set_up_on_ok) is that answer too: a judge
    # correction before any reader changed (the first judge knew only the key named when the set was written).
    told = heldout.said(said, "hotspot_no_unplug") or heldout.said(said, "hotspot_set_up_on_ok")
    return "right" if told == (label == "cant_unplug") else "wrong"


def _urgent(label: str, text: str) -> str:
    d = Drive.with_support(contact="text me")
    told = heldout.said(d.say(text), "with_support_urgent")
    return "right" if told == (label == "urgent") else "wrong"


_JUDGES = {"A": _first, "U": _unplug, "R": _urgent}


def judge(case: dict[str, Any]) -> str:
    return _JUDGES[str(case["group"])](str(case.get("label", "")), str(case["text"]))


def run() -> list[dict[str, Any]]:
    return [heldout.row("round39_heldout",
                        "{n} messages: the unit with them somewhere unusual or away from it, a router that can't be "
                        "unplugged for the hotspot test, an urgent case with support",
                        DATA, judge, heldout.group_label)]
