"""Benchmark: light descriptions that change over time (tests/data/led_now_heldout.yaml, written blind).

"it was blinking green for ages but now its blinking light blue": the light that counts is the one it shows now.
Each entry says what the light does now (or `cycle` for a repeating sequence, `unclear` when the message does not
say). Scored on the light question's reading (`parse_led`): right when the light read is the one shown now (its
code, or the follow-up question on its colour); for `cycle` and `unclear`, right when no settled light is read
(the question is followed up or asked again). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.led import parse_led

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "led_now_heldout.yaml"
CODES = {"blinking_green": ("led:blinking_green", "green"), "blinking_cyan": ("led:blinking_cyan", "cyan"),
         "breathing_cyan": ("led:breathing_cyan", "cyan"), "blinking_blue": ("led:blinking_blue", "blue"),
         "breathing_magenta": ("led:breathing_magenta", "magenta"), "blinking_red": ("led:red", "red"),
         "off": ("led:off", None)}


def judge(case: dict[str, Any]) -> bool:
    """Whether the reading of one description is the light it shows now."""
    reading = parse_led(case["text"])
    now = "off" if case["now"] is False else case["now"]  # YAML reads a bare `off` as false
    if now in ("cycle", "unclear"):
        return reading is None or reading.code in (None, "led:unknown")
    code, colour = CODES[now]
    if reading is None:
        return False
    if reading.code is not None:
        return reading.code.startswith(code)
    return colour is not None and reading.colour == colour  # followed up on the colour shown now


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    right = sum(judge(c) for c in cases)
    return [{"name": "led_now_heldout", "load": f"{len(cases)} light descriptions that change over time",
             "read": f"{right}/{len(cases)}", "accuracy_pct": round(100 * right / len(cases), 1)}]
