"""Benchmark: Wi-Fi keys typed in groups, as router stickers print them (tests/data/grouped_keys_heldout.yaml,
written blind).

"yes, sticker says WPA key 8841 2290 5531": the whole key is hidden, every group of it, and nothing else. Phone
numbers, serials, order numbers, times and network names in groups are no keys. A message with a key is right when
no group of the key is left in what would be stored and every `keep` word is; one without, when every `keep` word
is (nothing hidden). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bench.intent_sets import split
from flows.troubleshoot.plugin import TROUBLESHOOT

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "grouped_keys_heldout.yaml"


def judge(case: dict[str, Any]) -> bool:
    stored, _ = TROUBLESHOOT.read(str(case["text"]), case.get("awaiting"))
    kept = all(str(word) in stored.split() for word in case.get("keep") or ())
    key = case.get("key")
    if not key:
        return kept
    groups = [g for g in str(key).replace("-", " ").split() if g]
    return kept and not any(g in stored.replace("-", " ").split() for g in groups)


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [{"name": "grouped_keys_heldout", "load": f"{len(cases)} messages with keys in groups, or grouped numbers",
             **split(cases, judge, lambda c: bool(c.get("key")), "hidden", "nothing_hidden")}]
