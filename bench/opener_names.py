"""Benchmark: the unit a first message names in the customer's own words (tests/data/opener_names_heldout.yaml).

"hi my porch sensor is offline" names the unit the app calls porch-sensor: the flow looks it up instead of asking for
the serial. Each entry gives a first message, the account's units as the app names them, and the one unit a support
agent would be sure it means (or none). The flow's side (what it would look up from the first message) and the
cloud's side (which of the account's units that name finds) are scored together, as in service:
- found: the labelled unit; missed: none looked up or none found (the serial question comes, which is safe);
- wrong: another unit, or a unit where the message names none (the bot talks about the wrong unit).
The set was written blind, before the reader changed; never tune on it: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules import slots, units

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "opener_names_heldout.yaml"


def looked_up(text: str) -> str | None:
    """The name the flow would look up from a first message (its serial or ID count as none here)."""
    reader = getattr(units, "unit_in_opener", None)
    if reader is not None:
        return reader(text)
    # Before the reader: several units (the first), a name alone as the whole message, an app-style name.
    refs, _ = units.units_in_opener(text)
    if len(refs) >= 2:
        return refs[0]
    ref = slots.device_ref(text)
    if ref and ref[0] == "name" and len(text.split()) == 1:
        return ref[1]
    return slots.name_in_opener(text)


def _words(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s_\-.]+", name.casefold()) if w]
    while words and words[0] in ("the", "my", "our", "its", "it's", "it", "is"):
        words = words[1:]
    return words


def found(typed: str, names: list[str]) -> str | None:
    """The unit the cloud finds by that name among the account's (`bot.cloud.names.match_name` when there is one)."""
    try:
        from bot.cloud.names import match_name
    except ImportError:  # before: the same name in any case, or the same words
        for name in names:
            if name.casefold() == typed.strip().casefold():
                return name
        loose = [n for n in names if _words(n) == _words(typed)]
        return loose[0] if len(loose) == 1 else None
    return match_name(typed, names)


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    named = [c for c in cases if c["unit"]]
    none = [c for c in cases if not c["unit"]]
    got = {id(c): (found(ref, list(c["account"])) if (ref := looked_up(str(c["text"]))) else None) for c in cases}
    wrong = sum(got[id(c)] is not None and got[id(c)] != c["unit"] for c in cases)
    return [{
        "name": "opener_names_heldout",
        "load": f"{len(cases)} first messages with the account's units",
        "found": f"{sum(got[id(c)] == c['unit'] for c in named)}/{len(named)}",
        "none_kept": f"{sum(got[id(c)] is None for c in none)}/{len(none)}",
        "wrong": wrong,
    }]
