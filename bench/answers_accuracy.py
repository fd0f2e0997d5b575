"""Answer-reading accuracy per question on the labelled sets (tests/data/answers_tuning.yaml, answers_heldout.yaml).

Each entry is a message a customer typed in reply to one question, labelled with what a support engineer would
conclude (tests/data/answers_schema.md). An answer counts as read when the reader's label matches and, for slot
labels (a serial, a device ID, a name, a count), the value matches too. Call-back contacts are scored apart.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {"tuning": "answers_tuning.yaml", "heldout": "answers_heldout.yaml"}
Reader = Callable[[str, str], dict[str, Any]]


def load(name: str) -> list[dict[str, Any]]:
    path = DATA / SETS[name]
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def _norm_value(label: str, v: Any) -> Any:
    if v is None:
        return None
    s = str(v).strip().strip("\"'")
    return s.lower() if label in ("serial", "device_id", "name") else s


def correct(entry: dict[str, Any], got: dict[str, Any]) -> bool:
    """True when `got` (a reader's answer) agrees with the labelled `entry`."""
    label = str(entry["label"])
    if str(got.get("label")) != label:
        return False
    if label in ("serial", "device_id", "name", "count"):
        if entry.get("values") and label == "name":
            want = {_norm_value(label, v) for v in entry["values"]}
            have = {_norm_value(label, v) for v in (got.get("values") or [got.get("value")])}
            return want == have
        return _norm_value(label, entry.get("value")) == _norm_value(label, got.get("value"))
    return True


def score(entries: list[dict[str, Any]], read: Reader) -> dict[str, Any]:
    per_q: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[dict[str, Any]] = []
    contacts = [0, 0]
    for e in entries:
        got = read(str(e["q"]), str(e["text"]))
        ok = correct(e, got)
        per_q[e["q"]][0] += ok
        per_q[e["q"]][1] += 1
        if not ok:
            misses.append({"q": e["q"], "text": e["text"], "want": e["label"], "got": got.get("label"),
                           "value": got.get("value")})
        if e.get("contact"):
            contacts[1] += 1
            contacts[0] += (got.get("contact") or "").replace(" ", "") == str(e["contact"]).replace(" ", "")
    right = sum(v[0] for v in per_q.values())
    total = sum(v[1] for v in per_q.values())
    return {
        "accuracy_pct": round(100 * right / total, 1) if total else None,
        "read": f"{right}/{total}",
        "per_question": {q: f"{a}/{n}" for q, (a, n) in sorted(per_q.items())},
        "contacts": f"{contacts[0]}/{contacts[1]}",
        "misses": misses,
    }


def current_reader() -> tuple[str, Reader]:
    """The flow's reader if it has the bench entry point, else the pre-issue-8 adapter."""
    try:
        mod = importlib.import_module("flows.troubleshoot.rules.reading")
        return "reading", mod.read_for_bench
    except (ModuleNotFoundError, AttributeError):
        mod = importlib.import_module("bench.answers_legacy")
        return "legacy", mod.read


def run() -> list[dict[str, Any]]:
    which, read = current_reader()
    out = []
    for name in SETS:
        entries = load(name)
        if not entries:
            continue
        res = score(entries, read)
        out.append({"name": f"answers_{name}", "reader": which, **res})
    return out
