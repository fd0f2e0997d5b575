"""Benchmark: the unit already power-cycled by the customer before the bot asks (the twelfth blind exploratory test's
n13, c12: "I tried unplugging it and plugging it back in twice, same thing" was told "To clear it, please unplug it for
10 seconds and plug it back in"), in tests/data/round58_heldout.yaml: 70 messages written blind by a helper who read no
code, before any reader on this theme changed.

- restarted_first (in the first message) and restarted_at_light (with the light, at the light question): the restart
  kept (`unit_restarted`) and no restart asked for again (`remedy_sos`, `remedy_power_cycle`);
- not_restarted (the router restarted, a restart asked about or to come, a unit that reboots by itself, a power cut),
  judged as first messages: no restart kept.

Before (the set's commit, round 57's readers): 30/70: restarted_first 0/25, restarted_at_light 0/15, not_restarted 30/30.

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round58_heldout.yaml"
RESTART_ASKED = ("remedy_sos", "remedy_power_cycle")
SERIAL = "PHHAAB830ABCDEF"


def _first(text: str) -> tuple[Drive, list[str]]:
    d = Drive()
    said = d.replies(d("begin", text=text))
    if d.awaiting == "device_id":
        said += d.say(SERIAL)
    if d.state == "looking_up":
        said += d.replies(d("lookup_result", device=snap(0)))
    return d, said


def _at_light(text: str) -> tuple[Drive, list[str]]:
    d = Drive()
    d.to_led()
    return d, d.say(text)


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    d, said = _at_light(text) if group == "restarted_at_light" else _first(text)
    kept = bool(d.model.data.get("unit_restarted"))
    if group == "not_restarted":
        return "wrong" if kept else "right"
    asked_again = any(heldout.said(said, k) for k in RESTART_ASKED)
    return "right" if kept and not asked_again else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round58_heldout", "{n} messages: the unit already restarted by the customer, in the "
                                "first message or with the light, vs messages that only resemble it", DATA, judge)]
