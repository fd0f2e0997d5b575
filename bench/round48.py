"""Benchmark: the tenth blind exploratory test's n05, the Wi-Fi name question answered with the phone's Wi-Fi list
(tests/data/round48_heldout.yaml, 150 answers written blind by a helper who read no code; "before" is the commit that
added it).

At "What is the name of your Wi-Fi network?":
- L: the list described, the customer's own network marked (a tick, "connected", "ours is") among others, often a
  provider's public hotspot ("xfinitywifi"): the own network's name taken as written, and no sign-in page recorded
  (explore10's n05 was told its network needs a sign-in page, and its Wi-Fi's name became "Front desk");
- S: the customer's own network is a public or sign-in one: the sign-in page recorded;
- K: a plain name: taken as written, no sign-in page.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round48_heldout.yaml"
PORTAL = "wifi:captive_portal"


def judge(case: dict[str, Any]) -> str:
    d = Drive.route(("blinking green", "steady", "yes"), "wifi_network")
    d.say(str(case["text"]))
    portal = PORTAL in d.model.findings
    if case["group"] == "S":
        return "right" if portal else "no_portal"
    if portal:
        return "portal"
    taken = d.model.data.get("ssid")
    if taken is None:
        return "not_taken"
    return "right" if str(taken) == str(case["name"]) else "other_name"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round48_heldout",
                        "{n} answers to the Wi-Fi name question that describe the phone's Wi-Fi list (explore10's n05)",
                        DATA, judge, lambda c: str(c["group"]), counts=("portal", "not_taken", "other_name",
                                                                         "no_portal"))]
