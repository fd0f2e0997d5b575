"""The tenth round's readers on phrasings of our own (tests/data/round10_tuning.yaml; the held-out set for the same
readers is tests/data/round10_heldout.yaml, scored by bench/round10.py): what a customer says about a remedy at the
light question after it, the hotspot on under another name, and asking support to cancel the case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from flows.troubleshoot.rules import answers_after, answers_hotspot, asks
from flows.troubleshoot.rules.text import message

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "round10_tuning.yaml").read_text(encoding="utf-8"))


def _read(group: str, text: str) -> str:
    if group == "after_remedy":
        return answers_after.after_remedy(message(text)).label or "other"
    if group == "hotspot_ready":
        reading = answers_hotspot.hotspot_ready(message(text))
        if reading.label == "named":
            return "ready" if answers_hotspot.hotspot_as_asked(reading, "CyanRescue", "rescue-2024") else "wrong_name"
        return reading.label or "other"
    return "cancel" if asks.cancel_case(text) else "other"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['group']}:{c['text']}" for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    assert _read(case["group"], case["text"]) == case["label"]


def test_every_group_has_both_kinds() -> None:
    """The tuning set holds what must be read and what must not, for each reader."""
    labels = {(c["group"], c["label"]) for c in CASES}
    assert {("after_remedy", "other"), ("hotspot_ready", "other"), ("with_support", "other")} <= labels
    assert {("after_remedy", "how"), ("hotspot_ready", "wrong_name"), ("with_support", "cancel")} <= labels


def test_wait_until_later_is_marked() -> None:
    assert answers_after.after_remedy(message("ill do it tonight")).value == "later"
    assert answers_after.after_remedy(message("one sec")).value is None


@pytest.mark.parametrize(("told", "name", "password", "ok"), [
    ("it's on, called cyanrescue", "CyanRescue", "rescue-2024", True),  # capitals typed casually in a chat
    ("it's on, called Cyan Rescue", "CyanRescue", "rescue-2024", False),  # a space makes another network name
    ("it's on, called CyanRescue2", "CyanRescue", "rescue-2024", False),
    ("on, password rescue2024", "CyanRescue", "rescue-2024", False),
    ("on, password rescue-2024", "CyanRescue", "rescue-2024", True),
    ("on, named it HomeNet", "HomeNet", None, True),  # the same-name test: the home Wi-Fi's name
])
def test_hotspot_as_asked(told: str, name: str, password: str | None, ok: bool) -> None:
    reading = answers_hotspot.hotspot_ready(message(told))
    assert reading.label == "named"
    assert answers_hotspot.hotspot_as_asked(reading, name, password) is ok
