"""Benchmark: "the unit works now" claims at any question (tests/data/works_now_heldout.yaml, written blind).

Each entry is a message at one of eleven questions, labelled works_now (the customer says the unit itself now
works) or other (something else works, a denial, the past, a question, an answer that only sounds like one).
`false_claims` counts others read as a claim: the costly mistake (the bot would answer "great news" to "the
internet works"). Before this reader (November 2026) no claim was noticed: 65/120, 0/55 claims. Never tune on this
set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bench import intent_sets
from flows.troubleshoot.rules.works_now import says_it_works

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "works_now_heldout.yaml"


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    return intent_sets.score(cases, lambda case: says_it_works(case["text"], case["q"]), "works_now", "claims_noticed", "false_claims")


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [{"name": "works_now_heldout", "load": f"{len(cases)} messages at eleven questions", **score(cases)}]
