"""Held-out scanner-readout accuracy: `parse_scan` against tests/data/scans_heldout/expected.yaml.

The readouts were written and labelled without looking at the parser, so this figure tracks how well it
copes with readouts it was not tuned on. Scoring is the same as bench/scan_accuracy.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.scan_accuracy import FIELDS, load_expected, score_file
from flows.troubleshoot.rules.scan import detect_format, parse_scan

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "scans_heldout"
MAX_MISSES = 15


def _misses(name: str, text: str, label: dict[str, Any]) -> list[dict[str, Any]]:
    """Every field where the parse disagrees with the label, in readout order."""
    out: list[dict[str, Any]] = []
    fmt = detect_format(text)
    if fmt != label.get("format"):
        out.append({"file": name, "field": "format", "want": label.get("format"), "got": fmt})
    expected = list(label.get("networks") or [])
    parsed = parse_scan(text)
    for i in range(max(len(expected), len(parsed))):
        want = expected[i] if i < len(expected) else {}
        got = parsed[i] if i < len(parsed) else None
        for field in FIELDS:
            have = getattr(got, field) if got is not None else None
            if i >= len(expected) or got is None or want.get(field) != have:
                out.append({"file": name, "net": i, "field": field, "want": want.get(field), "got": have})
    return out


def run() -> dict[str, Any]:
    """Field-by-field accuracy over the held-out readouts, per file, with the first mismatches."""
    return score_dir("scan_heldout_accuracy", SAMPLES)


def score_dir(name: str, samples: Path) -> dict[str, Any]:
    """Field-by-field accuracy of parse_scan over the labelled readouts in `samples` (expected.yaml)."""
    expected = load_expected(samples)
    per_file: dict[str, dict[str, Any]] = {}
    misses: list[dict[str, Any]] = []
    for file, label in sorted(expected.items()):
        text = (samples / file).read_bytes().decode("utf-8")  # keep CRLF: pasted text arrives with it
        fields, correct = score_file(text, label)
        per_file[file] = {"fields": fields, "correct": correct, "accuracy": round(correct / fields, 3)}
        misses.extend(_misses(file, text, label))
    total = sum(e["fields"] for e in per_file.values())
    correct = sum(e["correct"] for e in per_file.values())
    return {
        "name": name,
        "files": len(per_file),
        "fields": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "per_file": per_file,
        "misses": misses[:MAX_MISSES],
    }
