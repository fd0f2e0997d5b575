"""Password redaction precision and recall on tests/data/redaction_set.yaml (tuning) and redaction_heldout.yaml.

Both sets were written without seeing the rules; the first was then used to tune them, the second was not.

For every message the characters the redactor replaced are compared with the characters of the labelled
secrets (every occurrence). Precision: of the replaced characters, how many were secret; recall: of the secret
characters, how many were replaced. Also: messages whose output is exactly right, messages where some secret
survived (leaks), and messages without a secret where something was replaced (false alarms).
"""

from __future__ import annotations

import difflib
import importlib
import re
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {"tuning": "redaction_set.yaml", "tuning2": "redaction_tuning2.yaml", "heldout": "redaction_heldout.yaml"}
MARK = "[redacted]"


def _redactor() -> Any:
    try:
        return importlib.import_module("flows.troubleshoot.rules.redact").redact_secrets
    except ModuleNotFoundError:
        return importlib.import_module("flows.troubleshoot.rules.answers").redact_secrets


def replaced_positions(source: str, output: str) -> set[int]:
    """Indexes of `source` characters that do not survive into `output`."""
    out: set[int] = set()
    if MARK in output:
        # Align on the markers: the literal text between them must match the source exactly.
        parts = output.split(MARK)
        pattern = "(.+?)".join(re.escape(p) for p in parts)
        m = re.fullmatch(pattern, source, re.DOTALL)
        if m:
            for g in range(1, len(parts)):
                out.update(range(m.start(g), m.end(g)))
            return out
    sm = difflib.SequenceMatcher(None, source, output, autojunk=False)
    for op, i1, i2, _j1, _j2 in sm.get_opcodes():
        if op in ("replace", "delete"):
            out.update(range(i1, i2))
    return out


def secret_positions(text: str, secrets: list[str]) -> set[int]:
    out: set[int] = set()
    for s in secrets:
        start = text.find(s)
        while s and start != -1:
            out.update(range(start, start + len(s)))
            start = text.find(s, start + 1)
    return out


def expected_output(text: str, secrets: list[str]) -> str:
    out = text
    for s in sorted(secrets, key=len, reverse=True):
        out = out.replace(s, MARK)
    return out


def run() -> list[dict[str, Any]]:
    return [score_set(name) for name in SETS]


def score_set(name: str) -> dict[str, Any]:
    redact = _redactor()
    entries = yaml.safe_load((DATA / SETS[name]).read_text(encoding="utf-8"))
    tp = fp = fn = 0
    exact = leaks = false_alarms = 0
    misses: list[dict[str, Any]] = []
    for e in entries:
        text, secrets = e["text"], list(e.get("secrets") or [])
        awaiting = None if e.get("awaiting") == "agent" else e.get("awaiting")
        got, _facts = redact(text, awaiting)
        want_pos = secret_positions(text, secrets)
        got_pos = replaced_positions(text, got)
        tp += len(want_pos & got_pos)
        fp += len(got_pos - want_pos)
        fn += len(want_pos - got_pos)
        ok = got == expected_output(text, secrets)
        exact += ok
        leaked = any(s in got for s in secrets)
        leaks += leaked
        false_alarms += (not secrets) and got != text
        if not ok:
            misses.append({"text": text, "want": expected_output(text, secrets), "got": got})
    return {
        "name": f"redaction_{name}",
        "precision_pct": round(100 * tp / (tp + fp), 1) if tp + fp else 100.0,
        "recall_pct": round(100 * tp / (tp + fn), 1) if tp + fn else 100.0,
        "exact": f"{exact}/{len(entries)}",
        "leaks": leaks,
        "false_alarms": false_alarms,
        "misses": misses if name != "heldout" else [],  # held-out misses are not for tuning
    }
