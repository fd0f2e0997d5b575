"""Benchmark: an eighth round's readers (tests/data/round8_heldout.yaml, written blind before they changed).

Ten groups, after the seventh blind exploratory round:
- same_name: "I only see HomeNet and HomeNet-5G" is two names, "only HomeNet" one;
- wifi_network: a name, the 5 GHz one named as such ("Vodafone-ABC123 (the 5G one)": `five_ghz`), or no name at all
  ("please help me", "it's the one my phone is on": `other`);
- wifi_password: the Wi-Fi password changed since the set-up ("we got a new router since") is `no`;
- resetup: not knowing how to set the unit up again (`how`);
- opener: the unit moved to another home (`new_home`: a new Wi-Fi) or within the same one (`same_home`);
- opener_units: the units a first message names, among hyphenated words that are none ("re-did", "WPA2-PSK");
- with_support: "can we keep trying?" while support has the case (`intents.keep_trying`), against notes for support;
- blue_shade, green_speed, yes_no: unsure answers and SMS shorthand ("slw", "yh").
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bench.answers_accuracy import correct
from flows.troubleshoot.rules import context, intents, units
from flows.troubleshoot.rules.reading import read_for_bench

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round8_heldout.yaml"


def _key(ref: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ref.casefold())


def judge(case: dict[str, Any]) -> bool:
    q, text, label = str(case["q"]), str(case["text"]), str(case["label"])
    if q == "opener":
        got = context.opener_context(text)
        return got == {"new_home": "new_home", "same_home": "moved"}.get(label, got) and \
            (label != "none" or got not in ("moved", "new_home"))
    if q == "opener_units":
        refs, _ = units.units_in_opener(text)
        return {_key(r) for r in refs} == {_key(str(u)) for u in case.get("units") or []}
    if q == "with_support":
        reader = getattr(intents, "keep_trying", None)
        return bool(reader and reader(text)) == (label == "keep_trying")
    got = read_for_bench("internet" if q == "yes_no" else q, text)
    if label == "five_ghz":
        return got.get("label") == "five_ghz" and str(got.get("value") or "").lower() == str(case["value"]).lower()
    return correct(case, got)


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    per_q: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        per_q[str(case["q"])][0] += judge(case)
        per_q[str(case["q"])][1] += 1
    right = sum(a for a, _ in per_q.values())
    return [{"name": "round8_heldout", "load": f"{len(cases)} messages in ten groups", "read": f"{right}/{len(cases)}",
             **{q: f"{a}/{n}" for q, (a, n) in sorted(per_q.items())}}]
