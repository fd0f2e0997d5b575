"""Benchmark: `parse_led` on a held-out set of customer LED descriptions (tests/data/led_heldout.yaml).

The held-out set was written from the LED facts and finding codes without looking at the parser or at its
tuning set (led_phrasings.yaml), so this figure estimates accuracy on phrasings the parser was not fitted to.
Scoring is the same as bench/led_accuracy.py: both the code and the follow-up need must match the label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.led_accuracy import score

DATASET = Path(__file__).resolve().parent.parent / "tests" / "data" / "led_heldout.yaml"


def run(path: Path = DATASET) -> dict[str, Any]:
    """Accuracy of parse_led on the held-out set, with every miss listed."""
    return score("led_heldout_accuracy", path)
