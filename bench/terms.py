"""Benchmark: what a word the bot uses means (tests/data/terms_heldout.yaml, written blind).

Each message asks what a term means ("whats wpa2??", "ssid?", "-70 dbm?? what does that mean") or only mentions
one ("yes its WPA2", "should i change the channel"). Right when `terms.asked_term` names the term asked about, or
none for a mention. `false_terms` counts mentions read as questions. Before the reader (November 2026) no term was
ever explained: 18/60. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.terms import asked_term

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "terms_heldout.yaml"


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    right = false = 0
    for case in cases:
        got = asked_term(case["text"])
        right += got == case["term"]
        false += got is not None and case["term"] is None
    return [{"name": "terms_heldout", "load": f"{len(cases)} messages that ask what a word means, or mention one",
             "read": f"{right}/{len(cases)}", "accuracy_pct": round(100 * right / len(cases), 1),
             "false_terms": false}]
