"""Benchmark: real first messages from owners of Wi-Fi gadgets (tests/data/round19_real_heldout.yaml), found through
search of stored public forum pages and GitHub issues and labelled by a helper who read no code, before any reader
changed for it.

Each message is given to the flow as a customer's first message (tests/flowdrive.py's Drive, no I/O), and judged on
what the flow keeps from it:
- the device's own light (`light`: none / off / described with colour and pattern), scored as bench/opener.py scores
  its set: right, asked (a light was told but the light question comes anyway: safe) or wrong (a light the message
  did not describe is acted on);
- what changed just before it went offline (`context`: new_router, moved, power_cut, password_changed or none): read
  (the flow keeps that change), missed, or false (a change kept from a message that told none, or the wrong one).
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench.opener import judge
from flows.troubleshoot.rules.led_patterns import LedReading
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round19_real_heldout.yaml"
# Real text of the same kind from other sources, gathered after the held-out figures were taken: the readers were
# tuned on it (its lines may be read), so it is reported apart.
TUNING = DATA.with_name("round19_real_tuning.yaml")

# The set's change labels for the flow's (`context` in the flow's data): moving house or moving the unit are both moved.
_CONTEXT = {"new_router": {"new_router"}, "moved": {"moved", "new_home"}, "power_cut": {"power_cut"},
            "password_changed": {"changed"}}


def first_message(text: str) -> dict[str, Any]:
    """The flow's data after this first message."""
    d = Drive()
    d("begin", text=text)
    return d.model.data


def light_score(case: dict[str, Any], data: dict[str, Any]) -> str:
    told = data.get("opener_led")
    return judge(case, LedReading(**told) if told else None)


def context_score(case: dict[str, Any], data: dict[str, Any]) -> str:
    kept = data.get("context")
    label = str(case["context"])
    if label == "none":
        return "right" if kept is None else "false"
    if kept is None:
        return "missed"
    return "read" if kept in _CONTEXT[label] else "false"


def run() -> list[dict[str, Any]]:
    return [score(DATA, "round19_real_first_messages"), score(TUNING, "round19_real_tuning")]


def score(path: Path, name: str) -> dict[str, Any]:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    lights: dict[str, Counter[str]] = {}
    changes: dict[str, Counter[str]] = {}
    crashed = 0
    for case in cases:
        try:
            data = first_message(str(case["text"]))
        except Exception:  # a reader that fails on real text is a finding of its own: counted, never printed
            crashed += 1
            data = {}
        lights.setdefault(str(case["light"]), Counter())[light_score(case, data)] += 1
        changes.setdefault(str(case["context"]), Counter())[context_score(case, data)] += 1
    light_right = sum(c["right"] for c in lights.values())
    told = sum(sum(c.values()) for k, c in changes.items() if k != "none")
    read = sum(c["read"] for c in changes.values())
    false = sum(c["false"] for c in changes.values())
    return {
        "name": name,
        "load": f"{len(cases)} real first messages (forums and GitHub issues)",
        "crashed": crashed,
        "light_right": f"{light_right}/{len(cases)}",
        "light_wrong": sum(c["wrong"] for c in lights.values()),
        "light_asked": sum(c["asked"] for c in lights.values()),
        "light_by_label": {k: dict(sorted(c.items())) for k, c in sorted(lights.items())},
        "changes_read": f"{read}/{told}",
        "false_changes": false,
        "context_right": f"{read + changes.get('none', Counter())['right']}/{len(cases)}",
        "context_by_label": {k: dict(sorted(c.items())) for k, c in sorted(changes.items())},
    }
