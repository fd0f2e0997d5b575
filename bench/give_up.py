"""Benchmark: customers giving up mid-troubleshooting (tests/data/give_up_heldout.yaml, written blind).

Each entry is a message at one of twelve questions, labelled give_up (the customer stops trying: "forget it, I'm
returning this thing") or other (frustration that carries on, a pause, a question, a person asked for, thanks after
success, "done" or "quit" in another sense). `false_give_ups` counts others read as giving up: the costly mistake
(the case would go to support while the customer was still answering). Before `intents.gives_up` (November 2026)
none was noticed: 50/90. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bench import intent_sets
from flows.troubleshoot.rules.reading import read

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "give_up_heldout.yaml"


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    return intent_sets.score(cases, lambda case: read(case["q"], case["text"]).label == "give_up", "give_up", "give_ups_noticed", "false_give_ups")


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [{"name": "give_up_heldout", "load": f"{len(cases)} messages at twelve questions", **score(cases)}]
