"""Benchmark: the light question asked again after a remedy, on a held-out set (tests/data/led_after_heldout.yaml).

The set was written without seeing the reader (flows/troubleshoot/rules/answers_after.py) or its tuning cases
(tests/test_rules_led_after.py); never tune on it, so its misses are counted, not printed. Each answer is labelled
`same` (nothing changed), `done` (only says the remedy was done), `led` (describes the light) or `other` (none of
these: the bot asks again). The flow reads the answer with this reader alone, so the figure is the flow's.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.answers_after import led_after
from flows.troubleshoot.rules.text import message

DATASET = Path(__file__).resolve().parent.parent / "tests" / "data" / "led_after_heldout.yaml"


def run(path: Path = DATASET) -> dict[str, Any]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        want = case["label"] if case["label"] != "other" else None
        got = led_after(message(case["text"])).label
        total[case["label"]] += 1
        if got == want:
            right[case["label"]] += 1
    n = sum(total.values())
    return {
        "name": "led_after_remedy_heldout",
        "cases": n,
        "correct": sum(right.values()),
        "accuracy_pct": round(100 * sum(right.values()) / n, 1),
        "per_question": {label: f"{right[label]}/{total[label]}" for label in sorted(total)},
    }
