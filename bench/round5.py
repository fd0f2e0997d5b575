"""Benchmark: a fifth round's readers (tests/data/round5_heldout.yaml, written blind before they changed).

Four groups, each scored on what the flow would do:
- unit_switch: at a question about one unit, "sorry wrong one, it's the garage door" switches to the unit named
  (`units.unit_switch` gives ("switch", what names it)); "that's not the right one" asks which (`switch_unnamed`); a
  message that only mentions another unit or the word "wrong" switches nothing;
- several_units: a first message naming two or more units (`units.units_in_opener`: every one named), naming one,
  or saying "all my units" without names;
- how_long: "how long will this take?" is answered at any question (the `duration` intent); time only mentioned
  ("it's been offline for a long time", "how long should the light blink?") is not;
- online_app: answers to "our system shows it online; is its light slowly pulsing light blue?": yes, another light
  (no), the light fine but the app says offline (`app_offline`), or not the unit in front of them (`wrong_unit`).
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.plugin import TROUBLESHOOT
from flows.troubleshoot.rules import units
from flows.troubleshoot.rules.reading import read

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round5_heldout.yaml"
GROUPS = ("unit_switch", "several_units", "how_long", "online_app")


def _read(question: str, text: str) -> str | None:
    stored, facts = TROUBLESHOOT.read(text, question)
    return read(question, stored, facts).label


def _key(ref: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ref.casefold())


def _names(ref: str | None, unit: str) -> bool:
    """The reader's reference names the labelled unit: the same letters and digits, one within the other (the
    label keeps the fewest words: "shed" for "the one in the shed")."""
    if not ref:
        return False
    got, want = _key(ref), _key(unit)
    return bool(got and want) and (want in got or got in want)


def judge(case: dict[str, Any]) -> bool:
    group, text, label = case["group"], str(case["text"]), str(case["label"])
    if group == "unit_switch":
        reader = getattr(units, "unit_switch", None)
        got = reader(text) if reader else None
        if label == "switch":
            return got is not None and got[0] == "switch" and _names(got[1], str(case["unit"]))
        if label == "switch_unnamed":
            return got is not None and got[0] == "switch_unnamed"
        return got is None
    if group == "several_units":
        reader = getattr(units, "units_in_opener", None)
        refs, unnamed = reader(text) if reader else ([], False)
        if label == "several":
            wanted = [str(u) for u in case["units"]]
            return len(refs) == len(wanted) and all(any(_names(r, u) for r in refs) for u in wanted)
        if label == "several_unnamed":
            return unnamed and not refs
        return len(refs) <= 1 and not unnamed
    if group == "how_long":
        return (_read("led", text) == "duration") == (label == "asks_duration")
    got = _read("confirm_fixed", text)
    return got == {"yes": "yes", "other_light": "no"}.get(label, label)


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out: dict[str, Any] = {"name": "round5_heldout", "load": f"{len(cases)} messages in four groups"}
    for group in GROUPS:
        mine = [c for c in cases if c["group"] == group]
        out[group] = f"{sum(judge(c) for c in mine)}/{len(mine)}"
        for label in sorted({str(c["label"]) for c in mine}):
            of = [c for c in mine if str(c["label"]) == label]
            out[f"{group}.{label}"] = f"{sum(judge(c) for c in of)}/{len(of)}"
    out["read"] = f"{sum(judge(c) for c in cases)}/{len(cases)}"
    return [out]
