"""Scoring shared by the held-out sets of one intent read at many questions ("it works now", giving up): each
entry is labelled with the intent or `other`, and the costly mistake is reading the intent into an `other`."""

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
