"""Benchmark: what changed before the unit went offline, told in the first message
(tests/data/opener_context_heldout.yaml, written blind).

"we got a new router yesterday" (set it up again on the new Wi-Fi), "I moved it to the garage" (the Wi-Fi may not
reach it), "we had a power cut" (is the router back?): each points to its own first fix; a message that only
mentions routers, moving or power does not. Right when `opener_context` gives the labelled one (or none). Never tune
on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.context import opener_context

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "opener_context_heldout.yaml"


# The set's "moved" covers moving house too; the flow tells the two apart since (new_home: set it up again there).
_SAME = {"moved": {"moved", "new_home"}}


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    told = [c for c in cases if c["context"] != "none"]
    right_told = sum(opener_context(str(c["text"])) in _SAME.get(c["context"], {c["context"]}) for c in told)
    false = sum(opener_context(str(c["text"])) is not None for c in cases if c["context"] == "none")
    return [{"name": "opener_context_heldout", "load": f"{len(cases)} first messages",
             "changes_read": f"{right_told}/{len(told)}", "false_changes": false,
             "read": f"{right_told + len(cases) - len(told) - false}/{len(cases)}"}]
