"""A first message that only asks whether this is support, and the orange count told with the colour, on phrasings of
our own (tests/data/round13_tuning.yaml; the held-out set is tests/data/round13_heldout.yaml, scored by
bench/round13.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.round13 import flashes_read, opener_read

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "round13_tuning.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['group']}:{c['text']}" for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    read = opener_read if case["group"] == "opener_person" else flashes_read
    assert read(case["text"]) == case["label"]
