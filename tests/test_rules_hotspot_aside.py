"""Questions about the hotspot test itself (flows/troubleshoot/rules/asks.py `hotspot_aside`), on phrasings of our own
(tests/data/round14_tuning.yaml; the held-out set is tests/data/round14_heldout.yaml, scored by bench/round14.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.round14 import aside_read

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "round14_tuning.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    assert aside_read(case["text"]) == case["label"]
