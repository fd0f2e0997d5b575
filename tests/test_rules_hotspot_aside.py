"""Questions about the hotspot test itself (flows/troubleshoot/rules/asks.py `hotspot_aside`), on phrasings of our own
(tests/data/round14_tuning.yaml; the held-out set is tests/data/round14_heldout.yaml, scored by bench/round14.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.round14 import aside_read
from flows.troubleshoot.rules.asks import hotspot_aside

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "round14_tuning.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_reads_as_labelled(case: dict[str, Any]) -> None:
    assert aside_read(case["text"]) == case["label"]


@pytest.mark.parametrize("text", [
    "does it even know my hotspot? i never put it in", "how will it find my phone?",
    "dont i need to put the hotspot password into it?", "do i have to pair it with my phone",
    "how does it know which hotspot",
])
def test_how_the_unit_knows_the_hotspot(text: str) -> None:
    # The fourth blind exploratory test's question was told "Take your time", then handed to support.
    assert hotspot_aside(text) == "knows"


@pytest.mark.parametrize("text", [
    "my samsung doesnt let me change the band, there's no option. what now", "there is no band setting on my phone",
    "my phone doesnt have an AP band",
])
def test_no_band_setting(text: str) -> None:
    assert hotspot_aside(text) == "no_band"  # explore11's n10 got "OK, go ahead"


@pytest.mark.parametrize("text", ["ok its on", "set the band to 2.4, ready", "no hotspot on this phone"])
def test_no_band_setting_not_read(text: str) -> None:
    assert hotspot_aside(text) != "no_band"
