"""Scanner-readout accuracy on real pasted readouts (tests/data/scans_real: GitHub issues and forums, each with
its source on the first line), labelled by hand without looking at the parser. Scoring as bench/scan_accuracy.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.scan_heldout import score_dir

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "scans_real"


def run() -> dict[str, Any]:
    return score_dir("scan_real_accuracy", SAMPLES)
