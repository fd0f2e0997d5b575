"""Benchmark: the eleventh blind exploratory test's n06, a loop when the app's Wi-Fi list doesn't show the customer's
network (tests/data/round51_heldout.yaml, 80 messages written blind by a helper who read no code; "before" is the
commit that added it). explore11's c03 said three times "The app don't show my wifi in the list" and was asked each
time to set the unit up again.

At the set-up-again step ("set it up again in our app ... Tap Done when you have tried"):
- L: the app's list without the customer's network: why the unit may not see it, and the Wi-Fi checks next
  (`resetup_not_listed`), never the set-up asked again;
- O: anything else (done, the app can't find the unit, a wrong password, no app, later, which name to pick): not that.
Before (the set alone): 40/80: L 0/40, O 40/40.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round51_heldout.yaml"


def judge(case: dict[str, Any]) -> str:
    d = Drive.route(("blinking green", "steady", "no"), "wifi_password")
    said = d.say(str(case["text"]))
    told = heldout.said(said, "resetup_not_listed") or heldout.said(said, "resetup_not_listed_dual")
    if case["group"] == "O":
        return "wrong" if told else "right"
    return "right" if told and d.awaiting != "wifi_password" else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round51_heldout", "{n} answers at the set-up-again step: the app's Wi-Fi list without the "
                        "customer's network, and others (explore11's n06)", DATA, judge, lambda c: str(c["group"]))]
