"""Benchmark: scanner readouts typed as a line about the customer's own network (tests/data/scan_lines_heldout.yaml).

The bot asked the network's name first, then for what the scanner shows for it: "channel 1 20MHz -75dBm WPA2",
"its on ch 6, signal is -81". Each entry lists the radios the text describes (band, channel, width, security,
signal). An entry is read when `readout_networks` gives exactly those radios for the customer's network, in
order; fields are also counted one by one. The set was written blind, before the reader changed: never tune on
it (its misses are counted, not printed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.scan import networks_named, parse_scan, readout_networks

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "scan_lines_heldout.yaml"
FIELDS = ("band", "channel", "width_mhz", "security", "signal_dbm")


def own_lines(text: str, network: str) -> list[dict[str, Any]]:
    """The radios of `network` the flow would judge after this readout."""
    nets = readout_networks(text, network, parse_scan(text))
    return [{f: getattr(n, f) for f in FIELDS} for n in networks_named(nets, network)]


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    right = fields_right = fields_total = 0
    for case in cases:
        want = [{f: line.get(f) for f in FIELDS} for line in case["lines"]]
        got = own_lines(case["text"], case["network"])
        right += got == want
        for i, line in enumerate(want):
            have = got[i] if i < len(got) else {}
            fields_total += len(FIELDS)
            fields_right += sum(have.get(f) == line[f] for f in FIELDS)
    return {"read": f"{right}/{len(cases)}", "fields": f"{fields_right}/{fields_total}",
            "accuracy_pct": round(100 * right / len(cases), 1)}


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [{"name": "scan_lines_heldout", "load": f"{len(cases)} typed readouts of the customer's own network",
             **score(cases)}]
