"""Benchmark: the thirteenth blind exploratory test's n16 (tests/data/round64_heldout.yaml: 24 scanner pastes written
blind by a helper who read no code, before the scanner reader changed).

c11 pasted AirPort Utility blocks of its mesh ("Casa Nest / BSSID / RSSI / Channel" twice) ending in "Security: WPA3
Personal", after skipping the Wi-Fi's name: "Thanks, that helps." and no finding, where the same WPA3 in a one-line
paste was caught (c03).

- wpa3_only: the home network shows WPA3 only: right when the scan step finds `wifi:wpa3_only`.
- not_wpa3_only: WPA2 allowed, or no security shown (a neighbour may be WPA3 only): right when it does not.

The Wi-Fi's name is told first as in the paste (`ssid`), or skipped (null; and for a name like a 5 GHz band's, which
the bot asks about first). Before (the set's commit, round 65's readers): 12/24: wpa3_only 0/12, not_wpa3_only 12/12 (a first run of this bench
counted one as crashed: the route with a "... 5G" name did not reach the scanner question; it skips the name now).

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses
are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round64_heldout.yaml"


def judge(case: dict[str, Any]) -> str:
    ssid = case.get("ssid")
    try:
        d = Drive.route(("blinking green", "steady", "yes", str(ssid) if ssid else "skip"), "wifi_scan")
    except RuntimeError:  # a name like a 5 GHz band's ("... 5G") is asked about first: the name skipped instead
        d = Drive.route(("blinking green", "steady", "yes", "skip"), "wifi_scan")
    d.say(str(case["text"]))
    found = "wifi:wpa3_only" in d.model.findings
    return "right" if found == (case["group"] == "wpa3_only") else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round64_heldout", "{n} scanner pastes (AirPort-style blocks with a Security line): WPA3 "
                                "only or not, the Wi-Fi's name told or skipped", DATA, judge)]
