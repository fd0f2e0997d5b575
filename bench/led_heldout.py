"""Benchmark: `parse_led` on a held-out set of customer LED descriptions (tests/data/led_heldout.yaml).

The held-out set was written from the LED facts and finding codes without looking at the parser or at its
tuning set (led_phrasings.yaml), so this figure estimates accuracy on phrasings the parser was not fitted to.
Scoring is the same as bench/led_accuracy.py: both the code and the follow-up need must match the label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.led_accuracy import evaluate, load_cases

DATASET = Path(__file__).resolve().parent.parent / "tests" / "data" / "led_heldout.yaml"


def run(path: Path = DATASET) -> dict[str, Any]:
    """Accuracy of parse_led on the held-out set, with every miss listed."""
    cases = load_cases(path)
    correct = 0
    misses: list[dict[str, Any]] = []
    for case in cases:
        expected = [case.get("code"), case.get("need")]
        got = list(evaluate(case["text"]))
        if got == expected:
            correct += 1
        else:
            misses.append({"text": case["text"], "expected": expected, "got": got})
    total = len(cases)
    return {
        "name": "led_heldout_accuracy",
        "cases": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "misses": misses,
    }
