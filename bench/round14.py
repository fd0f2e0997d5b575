"""Benchmark: a fourteenth round's reader (tests/data/round14_heldout.yaml, written blind before it was written).

Questions at the hotspot set-up that are not about setting it up, after the ninth blind exploratory round ("why do I
need a hotspot?", "will it cost me data?", "how long must it stay on?" got the set-up steps, then a handoff): why
(`why`), mobile data (`data`), how long (`how_long`), whether this chat keeps working (`chat`), or none (`other`).
Read by `asks.hotspot_aside`. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import asks

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round14_heldout.yaml"


def aside_read(text: str) -> str:
    reader = getattr(asks, "hotspot_aside", None)
    return (reader(text) if reader else None) or "other"


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    return [heldout.tally("round14_heldout", f"{len(cases)} messages at the hotspot set-up", cases, (lambda case: aside_read(str(case["text"])) == str(case["label"])))]
