"""Benchmark: a sixteenth round's readers (tests/data/round16_heldout.yaml, written blind before they changed).

After the blind exploratory rounds 10 and 10B, three kinds of message the readers got wrong:
- `wifi_name`: at "what is your Wi-Fi called?", a name (kept exactly as typed, curly apostrophe and all) against a
  statement about the names ("there's only one name"; it must not become the name), "I don't know" (`unknown`), a
  question back (`help`) and "let me check" (`not_yet`);
- `light_where`: at the light question, "where is the light?" (`where`: where to look, then the question again)
  against a light described (its colour read) and no light at all (`led:off`);
- `sos_count`: the red light's count by SMS ("1", "two", "3 i think": `count`) against "can't count" (`skip`).
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.reading import read_for_bench

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round16_heldout.yaml"

_WIFI_WANT = {"unknown": ("unknown",), "question": ("help", "term"), "later": ("not_yet",)}


def _wifi_name(case: dict[str, Any]) -> bool:
    got = read_for_bench("wifi_network", str(case["text"]))
    if case["label"] == "name":
        return got["label"] == "name" and got["value"] == str(case["name"])
    if case["label"] == "statement":
        return got["label"] not in ("name", "five_ghz")
    return got["label"] in _WIFI_WANT[str(case["label"])]


def _light_where(case: dict[str, Any]) -> bool:
    label = read_for_bench("led", str(case["text"]))["label"]
    if case["label"] == "where":
        return label == "where"
    if label in ("where", "help", "term"):
        return False  # the light told would be lost
    seen = parse_led(str(case["text"]))
    if case["label"] == "none":
        return seen is not None and seen.code == "led:off"
    return seen is not None and seen.colour == str(case["colour"])


def _sos_count(case: dict[str, Any]) -> bool:
    got = read_for_bench("sos_count", str(case["text"]))
    if case["label"] == "count":
        return got["label"] == "count" and got["value"] == int(case["count"])
    return got["label"] == "skip"


JUDGES = {"wifi_name": _wifi_name, "light_where": _light_where, "sos_count": _sos_count}


def run() -> list[dict[str, Any]]:
    if not DATA.exists():
        return []
    cases = heldout.cases(DATA)
    return [heldout.tally("round16_heldout", f"{len(cases)} messages at three questions", cases,
                          (lambda case: JUDGES[str(case["group"])](case)))]
