"""Benchmark: the customer's own guess at the cause, asked (the sixth blind exploratory test's "could the router be
running out of addresses?", "could it be channel 13?", "could the pi-hole be blocking it?" got "Take your time", the next
question, or "Your case is with our support team"), as a held-out set (tests/data/round32_heldout.yaml) written blind
by a helper who read no code, committed before the reader changed:

- A, at "Is this a guest network where you sign in on a web page first?", and B, once support has the case: a guess
  at the router's addresses (`dhcp`), the 2.4 GHz channel (`channel`), its width (`width`), something blocking the
  unit's way out (`firewall`) or an approved-devices list (`mac_filter`) gets its answer; `none` (a statement with the
  same words, a question about something else) gets none.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round32_heldout.yaml"
_TO_GUEST = ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no")
# Each guess's answer: its copy keys (a Photon's channel answer is its own).
_ANSWERS = {"dhcp": ("guessed_dhcp",), "channel": ("guessed_channel", "guessed_channel_photon"),
            "width": ("guessed_width",), "firewall": ("guessed_firewall",), "mac_filter": ("guessed_mac_filter",)}


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    if group == "A":
        d = Drive.route(_TO_GUEST, lambda d: d.model.data.get("rq_current") == "guest")
    else:
        d = Drive.with_support(contact="jo.miller@example.com")
    said = d.replies(d("message", text=text))
    answered = {topic for topic, keys in _ANSWERS.items() if any(heldout.said(said, key) for key in keys)}
    return "right" if answered == ({label} - {"none"}) else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round32_heldout",
                        "{n} messages: the customer's own guess at the cause, at a router question and with support",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
