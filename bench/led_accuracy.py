"""Benchmark: how many labelled customer LED descriptions `parse_led` reads to the expected code and follow-up.

The dataset is tests/data/led_phrasings.yaml. `run()` returns a summary dict; wiring it into `make bench` (and
printing) is done elsewhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.led import parse_led

DATASET = Path(__file__).resolve().parent.parent / "tests" / "data" / "led_phrasings.yaml"


def load_cases(path: Path = DATASET) -> list[dict[str, Any]]:
    """The labelled phrasings: dicts with "text", "code" and "need" (code/need may be None)."""
    with path.open(encoding="utf-8") as fh:
        cases = yaml.safe_load(fh) or []
    return [dict(c) for c in cases]


def evaluate(text: str) -> tuple[str | None, str | None]:
    """(code, need) that parse_led reads from `text`; (None, None) when it cannot read it at all."""
    reading = parse_led(text)
    if reading is None:
        return None, None
    return reading.code, reading.need


def score(name: str, path: Path, max_misses: int | None = None) -> dict[str, Any]:
    """Accuracy of parse_led on a labelled file: both the code and the need must match the label."""
    cases = load_cases(path)
    misses: list[dict[str, Any]] = []
    for case in cases:
        expected = [case.get("code"), case.get("need")]
        got = list(evaluate(case["text"]))
        if got != expected:
            misses.append({"text": case["text"], "expected": expected, "got": got})
    total = len(cases)
    correct = total - len(misses)
    return {
        "name": name,
        "cases": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "misses": misses[:max_misses],
    }


def run(path: Path = DATASET) -> dict[str, Any]:
    """Accuracy on the tuning set (first 10 misses)."""
    return score("led_phrasing_accuracy", path, max_misses=10)
