"""Benchmark: why a question matters, asked at it (tests/data/round41_heldout.yaml, written blind by a helper who read
no code; "before" is the commit that added it). The ninth blind exploratory test's n16: "why does that matter? is it
the mesh?" at the light question got the light question again, with no word of why it matters.

- `why`: the reason for that question (copy `why_<question>`), and the same question still standing, not counted
  as an answer the bot could not use.
- `other`: an answer, or another question (what a light means, how to do the step, a person): no such reason said.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round41_heldout.yaml"

# Each question of the set: the route to it from the light question, where it stands, and its reason's copy key.
QUESTIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "light": ((), "led", "why_light"),
    "password": (("blinking green", "steady"), "wifi_password", "why_password"),
    "network": (("blinking green", "steady", "yes"), "wifi_network", "why_network"),
    "scan": (("blinking green", "steady", "yes", "HomeNet"), "wifi_scan", "why_scan"),
    "same_name": (HOTSPOT_ROUTE[:5], "router_check", "why_router"),
    # The hotspot test's reason is the one its own questions get (hotspot_aside_why), not a second text: a judge
    # correction after the first measurement, when the two were merged (the key only; the same answer is asked for).
    "hotspot": (HOTSPOT_ROUTE, "hotspot_ready", "hotspot_aside_why"),
}
WHY_KEYS = tuple(key for _, _, key in QUESTIONS.values())


def judge(case: dict[str, Any]) -> str:
    route, awaiting, key = QUESTIONS[str(case["question"])]
    d = Drive.route(route, awaiting)
    standing = (d.awaiting, d.model.data.get("rq_current"))
    misses = int(d.model.data.get("misses") or 0)
    said = d.say(str(case["text"]))
    if case["label"] == "why":
        kept = (d.awaiting, d.model.data.get("rq_current")) == standing and d.model.status == "active"
        uncounted = int(d.model.data.get("misses") or 0) <= misses
        return "right" if heldout.said(said, key) and kept and uncounted else "wrong"
    return "wrong" if any(heldout.said(said, k) for k in WHY_KEYS) else "right"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round41_heldout",
                        "{n} messages: why a question matters, asked at the light, password, Wi-Fi name, scanner, one-name and "
                        "hotspot questions, against answers and other questions",
                        DATA, judge, lambda case: f"{case['question']}.{case['label']}")]
