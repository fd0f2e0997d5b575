"""Benchmark: more of the tenth blind exploratory test's themes (tests/data/round45_heldout.yaml, written blind by a
helper who read no code; "before" is the commit that added it).

- O, a first message about one unit, named twice ("garage-door ARNKAB812MJ7RPC wont connect") or one of several owned
  ("one of my devices stopped working"): not told "When several units go offline at the same time ..." (no other
  units kept, no "several units" said). M: two or more broken units named: the others kept, as many as named.
- R, at the password question, after "no" and the advice to set the unit up again with the Wi-Fi key: the no
  corrected ("sorry i misread, it WAS the wifi password"): the suspicion withdrawn and the chat moves on. D: anything
  else there (done, doing it, a question, the no confirmed): the suspicion kept.
- C, at the light question, our system seeing the unit offline: slowly pulsing light blue for a long time ("for a
  week"): no few minutes' watch for our system to catch up; support at once. J: pulsing light blue just now, or for
  no time said: watched.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round45_heldout.yaml"
SUSPECTED = "wifi:wrong_password_suspected"


def _units(case: dict[str, Any]) -> str:
    d = Drive()
    replies = d.replies(d("begin", text=str(case["text"])))
    others = d.model.data.get("other_units") or []
    if case["group"] == "O":
        several = bool(others) or heldout.said(replies, "several_units_unnamed")
        return "wrong" if several else "right"
    return "right" if 1 + len(others) == int(case["units"]) else "wrong"


def _password(case: dict[str, Any]) -> str:
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    d("message", text="no")
    assert SUSPECTED in d.model.findings, d.model
    d("message", text=str(case["text"]))
    # Withdrawn: gone, or ruled out, the flow's way of recording an answer the customer corrected (changes.py
    # _withdraw_light): never named as a cause, and shown to support as ruled out.
    kept = SUSPECTED in d.model.findings and SUSPECTED not in (d.model.data.get("ruled_out") or [])
    if case["group"] == "D":
        return "right" if kept else "wrong"
    return "right" if not kept and d.awaiting != "wifi_password" else "wrong"


def _cyan(case: dict[str, Any]) -> str:
    d = Drive()
    d.to_led()
    d("message", text=str(case["text"]))
    watched = bool(d.model.data.get("cyan_watch")) and d.state != "handed_off"
    if case["group"] == "J":
        return "right" if watched else "wrong"
    return "right" if d.state == "handed_off" and not watched else "wrong"


_JUDGES = {"O": _units, "M": _units, "R": _password, "D": _password, "C": _cyan, "J": _cyan}


def judge(case: dict[str, Any]) -> str:
    return _JUDGES[str(case["group"])](case)


def run() -> list[dict[str, Any]]:
    return [heldout.row("round45_heldout",
                        "{n} messages on the tenth blind exploratory test's themes: one unit named twice or several "
                        "broken, a no at the password question corrected, pulsing light blue for days while offline",
                        DATA, judge, lambda c: str(c["group"]))]
