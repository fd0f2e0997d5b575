"""Benchmark: a light told at a later question (tests/data/light_later_heldout.yaml, written blind).

At the password, Wi-Fi name, scanner, router and hotspot questions, "wait, now it's blinking light blue" (or "sorry I
meant it's flickering fast") is a new light for the bot to act on; an answer to the question, the same light again,
the router's lights, the past or a question about a colour is not. Scored as the flow decides: what applies at any
question first (a question about a word, a person asked for), then `light_told` (an answer to the question counts
only with words that tell a change), then the question's own answer. Right when the light acted on is the one
labelled (its code, or the follow-up on its colour), or none when none is labelled. Never tune on this set: its
misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bench.intent_sets import split
from flows.troubleshoot.rules.led_later import light_told, told_now
from flows.troubleshoot.rules.reading import read

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "light_later_heldout.yaml"
# The reader of each question in the set (router_check: the registration question).
READER = {"wifi_password": "wifi_password", "wifi_network": "wifi_network", "wifi_scan": "wifi_scan",
          "router_check": "mac_filter", "hotspot_ready": "hotspot_ready"}
GLOBAL = ("help", "term", "agent", "works_now", "give_up", "restart", "stop", "start")
CODES = {"blinking_green": ("led:blinking_green", "green"), "fast_green": ("led:fast_green", None),
         "blinking_cyan": ("led:blinking_cyan", "cyan"), "breathing_cyan": ("led:breathing_cyan", None),
         # A dark blue told without its pattern gets the pattern asked (explore9's n15): that follow-up is on its colour.
         "blinking_blue": ("led:blinking_blue", "darkblue"), "breathing_magenta": ("led:breathing_magenta", None),
         "red": ("led:red_sos", "red"), "off": ("led:off", None)}


def acted_on(case: dict[str, Any]) -> Any:
    text = str(case["text"])
    reading = read(READER[case["at"]], text)
    label = reading.label
    if label == "term" and str(reading.value).startswith("light_"):
        # What a light means, asked: explained, and a new light told with change words acted on (round 27, machine.py)
        return light_told(text, f"led:{case['said_before']}", answered=True) if told_now(text) else None
    if label in GLOBAL:
        return None  # a question about a word, a person asked for...: the flow answers that first
    return light_told(text, f"led:{case['said_before']}", answered=label is not None)


def judge(case: dict[str, Any]) -> bool:
    reading = acted_on(case)
    want = case.get("new_light")
    if not want:
        return reading is None
    if reading is None:
        return False
    code, colour = CODES[want]
    if reading.code is not None:
        return reading.code == code or (want == "red" and reading.code.startswith("led:red"))
    return colour is not None and reading.colour == colour


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [{"name": "light_later_heldout", "load": f"{len(cases)} messages at later questions",
             **split(cases, judge, lambda c: bool(c.get("new_light")), "new_lights_read", "no_light_kept")}]
