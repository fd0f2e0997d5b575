"""Benchmark: the customer is not with the unit (tests/data/away_heldout.yaml, written blind before the reader).

"I'm on holiday, it's at the house" at a question that needs someone next to the unit is told so and the question
kept open (`asks.away_from_unit`); a unit hard to see at home, or being away in the past, is not.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bench.intent_sets import score
from flows.troubleshoot.rules import asks

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "away_heldout.yaml"


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    reader = getattr(asks, "away_from_unit", None)
    out = score(cases, lambda c: bool(reader and reader(str(c["text"]))), "away", "away_noticed", "false_away")
    return [{"name": "away_heldout", "load": f"{len(cases)} replies to questions that need someone at the unit",
             **out}]
