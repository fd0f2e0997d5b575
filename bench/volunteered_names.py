"""Benchmark: the Wi-Fi network named in passing at an earlier question (tests/data/volunteered_names_heldout.yaml,
written blind).

"blinking green, my wifi is called HomeNet btw": the name is kept, and the Wi-Fi name question is not asked again.
The gadget's name, the router's make, the provider, a password, a hotspot or a neighbour's network are no network
name. Right when `volunteered_network` gives the labelled name (exactly, any letter case) or none when none is
labelled. Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.ssids import volunteered_network

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "volunteered_names_heldout.yaml"


def judge(case: dict[str, Any]) -> bool:
    got = volunteered_network(str(case["text"]))
    want = case.get("network")
    return (got is None) if not want else (got is not None and got.casefold() == str(want).casefold())


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    named = [judge(c) for c in cases if c.get("network")]
    none = [judge(c) for c in cases if not c.get("network")]
    return [{"name": "volunteered_names_heldout", "load": f"{len(cases)} messages at early questions",
             "names_kept": f"{sum(named)}/{len(named)}", "false_names": len(none) - sum(none),
             "read": f"{sum(named) + sum(none)}/{len(cases)}"}]
