"""Benchmark: an eleventh round's readers (tests/data/round11_heldout.yaml, written blind before they were written).

Three groups, after the eighth blind exploratory round:
- changed_midchat: a message at a question after the password's (the Wi-Fi name, the scanner, the router questions,
  the hotspot set-up) that tells the router or provider was replaced (`router`), the Wi-Fi's password or name changed
  (`changed`) or the unit moved to another home (`new_home`) since it was set up, or none of these (`none`, near
  misses among them); read by `context.changed_since_setup`;
- light_blue, magenta: a light of that colour described as blinking, breathing (slowly fading in and out), solid, or
  by its colour alone (`colour_only`). Judged by what the light's reader decides: a breathing code, a blinking one
  (or the follow-up about the flashes between blinks), solid, or the question how it behaves (need `light_pattern`).
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import context, led

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round11_heldout.yaml"

_BREATHING = {"led:breathing_cyan", "led:breathing_magenta"}
_BLINKING = {"led:blinking_cyan", "led:cyan_orange_1", "led:cyan_orange_2", "led:cyan_orange_3", "led:cyan_red",
             "led:cyan_magenta", "led:blinking_magenta"}


def light_decision(text: str) -> str:
    """What the light's reader decided for a described light: breathing, blinking, solid, colour_only (it asks how the
    light behaves), or other."""
    reading = led.parse_led(text)
    if reading is None:
        return "other"
    if reading.solid:
        return "solid"
    if reading.need == "light_pattern":
        return "colour_only"
    if reading.code in _BREATHING:
        return "breathing"
    if reading.code in _BLINKING or reading.need in ("cyan_blinks", "blink_count"):
        return "blinking"
    return "other"


def judge(case: dict[str, Any]) -> bool:
    group, text, label = str(case["group"]), str(case["text"]), str(case["label"])
    if group == "changed_midchat":
        reader = getattr(context, "changed_since_setup", None)
        return ((reader(text) if reader else None) or "none") == label
    return light_decision(text) == label


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    return [heldout.tally("round11_heldout", f"{len(cases)} messages in three groups", cases, judge)]
