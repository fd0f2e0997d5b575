"""Benchmark: a Wi-Fi key hidden once, typed again later (tests/data/key_recall_heldout.yaml, written blind).

Each case is a message at the password question that carries a key, and a later message at another question.
The first is read as intake reads it, which gives the conversation's key memory (keyed fingerprints, never the
key); the later one is read with that memory. `repeats`: the later message has the same key again (any letter
case) and is right when the key is gone from what would be stored and every `keep` word is still there; otherwise
it is right when every `keep` word is still there (nothing else hidden). Never tune on this set: its misses are
counted, not printed.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Any

import yaml

from bot.flowkit import KeyMemory
from flows.troubleshoot.plugin import TROUBLESHOOT

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "key_recall_heldout.yaml"
# The question each later message answers, as the conversation's `awaiting` (None: with support, or not asked).
AWAITING = {"wifi_network": "wifi_network", "wifi_scan": "wifi_scan", "hotspot": "hotspot_ready", "led": "led",
            "support_contact": None, "free": None}


def _fingerprint(value: str) -> str:
    return hmac.new(b"bench", value.encode(), hashlib.sha256).hexdigest()[:16]


def judge(case: dict[str, Any]) -> tuple[bool, bool]:
    """(the first message's key was hidden, the later message was stored right)."""
    first, facts = TROUBLESHOOT.read(case["first"], "wifi_password", KeyMemory(_fingerprint))
    hidden = case["secret"] not in first
    known = frozenset(facts.get("key_prints") or ())  # type: ignore[arg-type]
    later, _ = TROUBLESHOOT.read(case["later"], AWAITING[case["later_at"]], KeyMemory(_fingerprint, known))
    kept = all(str(word) in later for word in case.get("keep") or ())
    gone = case["secret"].casefold() not in later.casefold()
    return hidden, kept and (gone or not case["repeats"])


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    results = [judge(c) for c in cases]
    repeats = [r for c, r in zip(cases, results, strict=True) if c["repeats"]]
    others = [r for c, r in zip(cases, results, strict=True) if not c["repeats"]]
    return [{"name": "key_recall_heldout", "load": f"{len(cases)} later messages after a key was hidden",
             "first_hidden": f"{sum(h for h, _ in results)}/{len(cases)}",
             "repeat_hidden": f"{sum(r for _, r in repeats)}/{len(repeats)}",
             "others_kept": f"{sum(r for _, r in others)}/{len(others)}",
             "read": f"{sum(r for _, r in results)}/{len(cases)}"}]
