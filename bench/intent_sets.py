"""Scoring shared by the held-out sets of one intent read at many questions ("it works now", giving up): each
entry is labelled with the intent or `other`, and the costly mistake is reading the intent into an `other`. Also
the split count of sets with two kinds of entry (keys and no keys, new lights and none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def score(cases: list[dict[str, Any]], read: Callable[[dict[str, Any]], bool], label: str,
          noticed_key: str, false_key: str) -> dict[str, Any]:
    """`read(case)`: whether the reader finds the intent; `label`: the entries that have it."""
    right = wanted = noticed = false = 0
    for case in cases:
        got = read(case)
        want = case["label"] == label
        right += got == want
        wanted += want
        noticed += got and want
        false += got and not want
    return {"read": f"{right}/{len(cases)}", "accuracy_pct": round(100 * right / len(cases), 1),
            noticed_key: f"{noticed}/{wanted}", false_key: false}


def split(cases: list[dict[str, Any]], judge: Callable[[dict[str, Any]], bool], has: Callable[[dict[str, Any]], bool],
          has_key: str, other_key: str) -> dict[str, Any]:
    """Right answers among the entries that `has` the thing (`has_key`), among the others (`other_key`), and all."""
    with_it = [judge(c) for c in cases if has(c)]
    without = [judge(c) for c in cases if not has(c)]
    return {has_key: f"{sum(with_it)}/{len(with_it)}", other_key: f"{sum(without)}/{len(without)}",
            "read": f"{sum(with_it) + sum(without)}/{len(cases)}"}
