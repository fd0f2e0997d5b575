"""The fifteenth round's readers (a question asked back, "I don't know the Wi-Fi password", "ok" at the hotspot
set-up, a number said in words, the green light's speed), on phrasings of our own (tests/data/round15_tuning.yaml;
the held-out set is tests/data/round15_heldout.yaml, scored by bench/round15.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.round15 import JUDGES

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "round15_tuning.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['group']}: {c['text']}" for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    assert JUDGES[case["group"]](case)


@pytest.mark.parametrize(("text", "told"), [
    ("I already rebooted the router twice", True), ("we restarted the modem this morning", True),
    ("router has been reset", True), ("turned off and on the router, no change", True),
    ("should I reboot the router?", False), ("I haven't restarted the router yet", False),
    ("how do i restart the router", False), ("the unit restarted itself", False),
])
def test_router_restarted(text: str, told: bool) -> None:
    from flows.troubleshoot.rules.told_before import router_restarted

    assert router_restarted(text) is told
