"""Benchmark: the twelfth blind exploratory test's n08, n13 and n21 (tests/data/round56_heldout.yaml, 80 messages
written blind by a helper who read no code, before any reader on these themes changed).

- LS: the unit's light told at the serial question after a serial was not found (c01's "green n its blinkin" was
  looked up as a unit's name, and the light asked again once the unit was found): no name looked up, the light kept.
- SQ: the serial beside a question or remark there (c01's "what person button?? i dont see one. ok PHHAAB830ABCDEF"
  got "I need to know which unit is yours"): that serial looked up.
- NR: a new router or internet box asked about at the password question (n08's "we got a new router from the cable
  company in the summer. does that matter?" got the charger answer): the change taken, not the power supply; CX: the
  power supply asked about: the charger answer (`guessed_power`).
- PM: "leave it plugged in meanwhile?" once support has the case (n08's c02 got the distance paragraph twice):
  answered (`with_support_leave_plugged`); PX: other plug words: not that.
Before (the set's commit, round 55's readers): 43/80: LS 6/15, SQ 14/15, NR 5/15, CX 8/10, PM 0/15, PX 10/10 (one judge
correction before any reader changed: a change told is set up again "for a change", not only "for a router").
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round56_heldout.yaml"
_POWER = "guessed_power"
_LEAVE = "with_support_leave_plugged"


def _after_not_found(text: str) -> tuple[Drive, list[dict[str, Any]]]:
    d = Drive()
    d("begin", text="hi")
    d("message", text="PHHAAB83OABCDEF")
    d("lookup_result", device=None)
    return d, d("message", text=text)


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("LS", "SQ"):
        d, effects = _after_not_found(text)
        query = next((e for e in effects if e["type"] == "query" and e.get("kind") == "lookup"), None)
        if group == "SQ":
            ok = query is not None and query.get("ref_kind") == "serial" and query.get("ref") == case["serial"]
        else:
            ok = query is None and bool(d.model.data.get("opener_led"))
    elif group in ("NR", "CX"):
        d = Drive.route(("blinking green", "steady"), "wifi_password")
        said = d.say(text)
        power = heldout.said(said, _POWER)
        changed = bool(d.model.data.get("change_told")) or d.model.data.get("context") == "new_router" or \
            d.model.data.get("resetup_for") in ("router", "changed")
        ok = power if group == "CX" else changed and not power
    else:
        d = Drive.with_support()
        ok = heldout.said(d.say(text), _LEAVE) == (group == "PM")
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round56_heldout", "{n} messages: a light or a serial at the serial question after a serial not "
                        "found, a new router asked about vs the power supply, leave it plugged in meanwhile", DATA,
                        judge, lambda c: str(c["group"]))]
