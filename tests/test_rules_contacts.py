"""The contact question's readers (flows/troubleshoot/rules/contacts.py) on phrasings of our own
(tests/data/round12_tuning.yaml; the held-out set is tests/data/round12_heldout.yaml, scored by bench/round12.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.round12 import reply_read
from flows.troubleshoot.rules.contacts import contacts

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "round12_tuning.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    assert reply_read(case["text"]) == (case["label"], case.get("value"))


@pytest.mark.parametrize("text", [
    "my email is at the bottom of my order", "he is at work. com", "meet me at the cafe", "its at 5 pm",
    "the router is at the back dot",
])
def test_sentences_with_at_are_no_address(text: str) -> None:
    assert contacts(text) == []
