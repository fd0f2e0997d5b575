"""Benchmark: what the fourth blind exploratory test left unbuilt, as a held-out set (tests/data/round29_heldout.yaml),
written blind by a helper who read no code, committed before the readers changed:

- A, at the light-blue follow-up ("between the blue blinks, any orange, red or purple flashes?"), and B, at "do other
  devices on this Wi-Fi have working internet?": a Wi-Fi with a sign-in page told in passing (`portal`: "on my laptop
  i gotta log in w my student id on a page before internet works") is noted and its fix told at once; `none` (the
  app's login, the router's settings page, a Wi-Fi password) is not. The test got the guest question it had already
  answered, then the hotspot test, and never heard that the unit can't use a sign-in page;
- C, at "set it up again with the new Wi-Fi's name and password" for a 2.4 GHz-only unit: "which one do I pick, one
  ends in -5G" (`pick`) gets "the one without 5G"; `none` does not. The test got the whole set-up text again, twice;
- D, at "your device just came online! Is the light slowly pulsing light blue?": a question beside the yes is
  answered: will it happen again (`again`), which button to avoid (`button`), what was wrong (`cause`); `none` gets
  none of those answers. The test got "Great, you're all set!" and its question ignored, three times.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.copy import TEXT
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round29_heldout.yaml"
_ROUTES = {
    "A": ("blinking light blue",),
    "B": ("blinking light blue", "no just light blue"),
    "C": ("blinking green", "steady", "no"),
    "D": ("blinking dark blue",),
}
# The answers' copy keys; what was wrong is told in one of the "cause_" texts (after_cause starts with it).
_TOPICS = {"again": ("after_again",), "button": ("after_button",),
           "cause": tuple(k for k in TEXT if k.startswith("cause_"))}


def _drive(group: str) -> Drive:
    d = Drive.route(_ROUTES[group], {
        "A": "led_detail", "B": lambda d: d.model.data.get("rq_current") == "internet",
        "C": lambda d: d.model.data.get("pw_phase") == "resetup", "D": "led"}[group])
    if group == "D":
        d("cloud", device={"online": True})  # it came online after the dark-blue advice
        if d.awaiting != "confirm_fixed":
            raise RuntimeError(f"the route of group D ends at {d.awaiting}")
    return d


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    d = _drive(group)
    said = d.replies(d("message", text=text))
    if group in ("A", "B"):
        told = "wifi:captive_portal" in d.model.findings and heldout.said(said, "portal_told")
        return "right" if told == (label == "portal") else "wrong"
    if group == "C":
        told = heldout.said(said, "resetup_pick_24")
        return "right" if told == (label == "pick") else "wrong"
    answered = {topic for topic, keys in _TOPICS.items() if any(heldout.said(said, key) for key in keys)}
    return "right" if answered == ({label} - {"none"}) else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round29_heldout",
                        "{n} messages: a sign-in page told in passing, which network to pick, a question beside the fix's yes",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
