"""Scoring a labelled held-out set by group and label: the shared part of the round benches (bench/round9.py on).

A case has a `group` and a `label`; a bench's `judge` says whether its reader read the case as labelled. The figures
are the number right of all, per group, and per group and label, as "right/total". Misses are counted, never printed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml


def cases(path: Path) -> list[dict[str, Any]]:
    """The cases of a held-out set (a YAML list)."""
    loaded: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def tally(name: str, load: str, cases: list[dict[str, Any]], judge: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """One result row: `read` (right of all), then "group" and "group.label" counts."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        ok = judge(case)
        for key in (str(case["group"]), f"{case['group']}.{case['label']}"):
            per[key][0] += ok
            per[key][1] += 1
    right = sum(a for k, (a, _) in per.items() if "." not in k)
    return {"name": name, "load": load, "read": f"{right}/{len(cases)}",
            **{k: f"{a}/{n}" for k, (a, n) in sorted(per.items())}}


def verdicts(path: Path, judge: Callable[[dict[str, Any]], str],
             key: Callable[[dict[str, Any]], str]) -> tuple[int, dict[str, dict[str, int]], Counter[str]]:
    """For benches whose judge names a verdict ("right", "asked", "wrong", ...): the number of cases, each key's
    verdicts, and all verdicts summed. A judge that raises is "crashed": a reader failing on real text is a finding of
    its own, counted and never printed."""
    by: dict[str, Counter[str]] = {}
    loaded = cases(path)
    for case in loaded:
        try:
            verdict = judge(case)
        except Exception:  # noqa: BLE001 - counted, never printed
            verdict = "crashed"
        by.setdefault(key(case), Counter())[verdict] += 1
    total: Counter[str] = Counter()
    for c in by.values():
        total.update(c)
    return len(loaded), {k: dict(sorted(c.items())) for k, c in sorted(by.items())}, total


def row(name: str, load: str, path: Path, judge: Callable[[dict[str, Any]], str], key: Callable[[dict[str, Any]], str],
        counts: tuple[str, ...] = ()) -> dict[str, Any]:
    """A round bench's result row: `load` with {n} the number of cases, the right of all, the other verdicts named in
    `counts` (in that order), the crashes, and each key's verdicts."""
    n, by, total = verdicts(path, judge, key)
    return {"name": name, "load": load.format(n=n), "right": f"{total['right']}/{n}", **{c: total[c] for c in counts},
            "crashed": total["crashed"], "by_label": by}


def said(replies: list[str], key: str) -> bool:
    """Whether one of the flow's replies is the copy text `key` (the web chat's wording where it has its own: Drive is
    a web chat), by its start: its fixed words up to 50 characters, any fill-in between them. (Until 2 December it
    took the words before the first fill-in alone, and a text that starts with one, "{product} only joins ...",
    matched every reply.)"""
    from flows.troubleshoot import copy

    text = copy.WEB.get(key) or copy.TEXT.get(key)
    return text is not None and any(_start(text).match(r) for r in replies)


@cache
def _start(text: str) -> re.Pattern[str]:
    """A pattern for a copy text's start: its fixed parts, 50 characters of them at most, with any fill-in between."""
    pattern, fixed = "", 0
    for i, part in enumerate(re.split(r"\{[^}]*\}", text)):
        if i:
            pattern += ".+?"  # a fill-in (a name, a unit, a Wi-Fi's name)
        take = part[:max(0, 50 - fixed)]
        pattern += re.escape(take)
        fixed += len(take)
        if fixed >= 50:
            break
    # A text that starts with a fill-in may start with it in capitals ("{product} ..." -> "Your device ...").
    return re.compile(pattern, re.IGNORECASE if text.startswith("{") else 0)


def group_label(case: dict[str, Any]) -> str:
    """The usual key of a case's verdicts: its group and label ("T.howto")."""
    return f"{case['group']}.{case.get('label', '')}"


def grouped(path: Path) -> list[dict[str, Any]]:
    """The cases of a held-out set written as groups (a mapping of group to its messages, each a text or a mapping
    with `text` and what the judge needs), each with its `group`."""
    loaded: dict[str, list[Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [{"group": group, **(item if isinstance(item, dict) else {"text": item})}
            for group, items in loaded.items() for item in items]


def grouped_row(name: str, load: str, path: Path, judge: Callable[[dict[str, Any]], str]) -> dict[str, Any]:
    """A round bench's result row for a grouped set (`grouped`): `load` with {n} the number of cases, the right of
    all, the crashes (a judge that raises: counted, never printed), and each group's verdicts."""
    cases = grouped(path)
    by: dict[str, Counter[str]] = {}
    for case in cases:
        try:
            verdict = judge(case)
        except Exception:  # noqa: BLE001 - counted, never printed
            verdict = "crashed"
        by.setdefault(case["group"], Counter())[verdict] += 1
    return {"name": name, "load": load.format(n=len(cases)), "right": f"{sum(c['right'] for c in by.values())}/{len(cases)}",
            "crashed": sum(c["crashed"] for c in by.values()), "by_label": {g: dict(sorted(c.items())) for g, c in by.items()}}
