"""`parse_led` on real LED descriptions by Particle device owners (tests/data/led_real.yaml: community forum
posts and GitHub issues, each with its source), labelled from the LED facts without looking at the parser.
Scoring as bench/led_accuracy.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.led_accuracy import score

DATASET = Path(__file__).resolve().parent.parent / "tests" / "data" / "led_real.yaml"


def run(path: Path = DATASET) -> dict[str, Any]:
    return score("led_real_accuracy", path)
