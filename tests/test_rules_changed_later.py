"""A change since the set-up told later in the chat (flows/troubleshoot/rules/context.py `changed_since_setup`), on
phrasings of our own (tests/data/round11_tuning.yaml; the held-out set for it is tests/data/round11_heldout.yaml,
scored by bench/round11.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from flows.troubleshoot.rules.context import changed_since_setup

CASES: list[dict[str, Any]] = [c for c in yaml.safe_load(
    (Path(__file__).parent / "data" / "round11_tuning.yaml").read_text(encoding="utf-8"))
    if c["group"] == "changed_midchat"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    assert (changed_since_setup(case["text"]) or "none") == case["label"]


def test_the_set_holds_each_kind() -> None:
    assert {c["label"] for c in CASES} == {"router", "changed", "new_home", "none"}
