"""Scanner-readout accuracy: `parse_scan` against the labelled samples in tests/data/scans/expected.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.scan import ScannedNetwork, detect_format, parse_scan

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "scans"
FIELDS: tuple[str, ...] = (
    "ssid",
    "bssid",
    "freq_mhz",
    "band",
    "channel",
    "width_mhz",
    "security",
    "signal_dbm",
)


def load_expected(samples: Path = SAMPLES) -> dict[str, dict[str, Any]]:
    """The labelled extraction, keyed by sample file name."""
    data = yaml.safe_load((samples / "expected.yaml").read_text(encoding="utf-8"))
    return dict(data or {})


def score_file(text: str, label: dict[str, Any]) -> tuple[int, int]:
    """(fields, correct) for one readout: one field for the detected format plus every labelled network field.

    Networks are compared in readout order; a missing or extra network counts all its fields as wrong.
    """
    parsed: list[ScannedNetwork] = parse_scan(text)
    expected: list[dict[str, Any]] = list(label.get("networks") or [])
    fields = 1 + len(FIELDS) * max(len(expected), len(parsed))
    correct = int(detect_format(text) == label.get("format"))
    for want, got in zip(expected, parsed, strict=False):
        correct += sum(1 for name in FIELDS if want.get(name) == getattr(got, name))
    return fields, correct


def run() -> dict[str, Any]:
    """Field-by-field accuracy overall and per scanner format."""
    expected = load_expected()
    per_format: dict[str, dict[str, Any]] = {}
    for name, label in sorted(expected.items()):
        text = (SAMPLES / name).read_text(encoding="utf-8")
        fields, correct = score_file(text, label)
        entry = per_format.setdefault(str(label.get("format")), {"files": 0, "fields": 0, "correct": 0})
        entry["files"] += 1
        entry["fields"] += fields
        entry["correct"] += correct
    for entry in per_format.values():
        entry["accuracy"] = entry["correct"] / entry["fields"] if entry["fields"] else 0.0
    total = sum(e["fields"] for e in per_format.values())
    correct = sum(e["correct"] for e in per_format.values())
    return {
        "name": "scan_format_accuracy",
        "formats": len(per_format),
        "fields": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "per_format": per_format,
    }
