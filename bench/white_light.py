"""Benchmark: answers to the white light's follow-up (tests/data/white_light_heldout.yaml, written blind).

"white" alone can be three lights that need different help: breathing white (the radio is off by the firmware),
white on all the time (the firmware hung: power-cycle) and a white flash then green, over and over (restarting
for want of power). The bot asks which (`white_pattern`). Scored on the follow-up's reader (`parse_led_detail`):
`breathing`, `solid` and `cycle` must read as that light; `other` (a question back, "no idea", another colour
now) as none of the three. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.led import LedReading, parse_led_detail

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "white_light_heldout.yaml"
WHITE = LedReading(code=None, need="white_pattern", colour="white")


def what(reading: LedReading | None) -> str:
    """The answer's label as the reader took it."""
    if reading is None:
        return "other"
    if reading.code == "led:breathing_white":
        return "breathing"
    if reading.solid and reading.colour == "white":
        return "solid"
    if reading.note == "white_green_cycle":
        return "cycle"
    return "other"


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    right = sum(what(parse_led_detail("white_pattern", str(c["text"]), WHITE)) == c["label"] for c in cases)
    return [{"name": "white_light_heldout", "load": f"{len(cases)} answers to 'fading, on all the time, or a flash "
             "then green?'", "read": f"{right}/{len(cases)}", "accuracy_pct": round(100 * right / len(cases), 1)}]
