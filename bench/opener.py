"""Benchmark: the light read from a customer's first message, on a held-out set (tests/data/opener_heldout.yaml).

When the first message already describes the status light ("my unit is just blinking green"), the flow does not
ask the light question again (`led.opener_led`, read in `_on_begin`). The set was written blind, before that
reading changed; never tune on it, so its misses are counted, not printed. Each message is labelled `none` (says
nothing about the device's own light), `off` or `described` (with the colour and pattern). Each is scored:

- right: the flow acts on what the message says (nothing, no light, or the light in the described colour; a solid
  light, which the flow always asks about, counts when it is left to the question);
- asked: a light was described but not read, so the light question is asked (safe: the customer says it again);
- wrong: the flow acts on a light the message did not describe (a misread: the bot answers the wrong problem).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.led import opener_led
from flows.troubleshoot.rules.led_patterns import LedReading

DATASET = Path(__file__).resolve().parent.parent / "tests" / "data" / "opener_heldout.yaml"

# The set's colour names for the reader's colours ("blue" in the set is the dark blue of listening mode).
_COLOURS = {"darkblue": "blue", "yellow": "orange"}
# Follow-up questions the flow asks next, and the colours each fits.
_NEEDS = {"green_speed": {"green"}, "cyan_blinks": {"cyan"}, "blue_shade": {"blue", "cyan"}, "sos_count": {"red"},
          "blink_count": {"red", "orange"}}


def colours(reading: LedReading) -> set[str]:
    """The set's colours a reading agrees with ("off" for no light)."""
    code = reading.code or ""
    if code == "led:off":
        return {"off"}
    if code.startswith("led:cyan_"):  # cloud errors: cyan blinking with orange, red or magenta flashes
        return {"orange" if "orange" in code else code.removeprefix("led:cyan_")}
    if code == "led:red_sos":
        return {"red"}
    if code:
        return {_COLOURS.get(code.rsplit("_", 1)[-1], code.rsplit("_", 1)[-1])}
    if reading.need in _NEEDS:
        return _NEEDS[reading.need]
    return {_COLOURS.get(reading.colour or "", reading.colour or "")}


def score(case: dict[str, Any]) -> str:
    """right, asked or wrong (see the module's docstring)."""
    return judge(case, opener_led(case["text"]))


def judge(case: dict[str, Any], reading: LedReading | None) -> str:
    """right, asked or wrong for the light a first message was read as (bench/round19.py judges the flow's)."""
    light = case["light"]
    if light == "none":
        return "right" if reading is None else "wrong"
    if reading is None:
        return "right" if case.get("pattern") == "solid" else "asked"
    want = "off" if light == "off" else case["colour"]
    return "right" if want in colours(reading) else "wrong"


def run(path: Path = DATASET) -> dict[str, Any]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    outcome: dict[str, Counter[str]] = {}
    for case in cases:
        outcome.setdefault(case["light"], Counter())[score(case)] += 1
    n = len(cases)
    right = sum(c["right"] for c in outcome.values())
    return {
        "name": "opener_light_heldout",
        "cases": n,
        "correct": right,
        "accuracy_pct": round(100 * right / n, 1),
        "wrong": sum(c["wrong"] for c in outcome.values()),
        "asked": sum(c["asked"] for c in outcome.values()),
        "per_label": {label: dict(sorted(c.items())) for label, c in sorted(outcome.items())},
    }
