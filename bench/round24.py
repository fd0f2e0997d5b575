"""Benchmark: two places a blind exploratory test (the third) found the bot not listening after a power cut, as a
held-out set (tests/data/round24_heldout.yaml), written blind by a helper who read no code, committed before the
readers changed:

- N, at the Wi-Fi name question: the Wi-Fi itself down or missing (`wifi_down`: "my phone isnt showing any wifi,
  its on 4g", "there is no name, the wifi is gone") gets the router restarted, and no name is kept (the exploratory
  test's "no name" became the network's name); a `name` is kept; `other` keeps none;
- O, after the no-power advice: the outlet checked but no other cable or charger tried (`outlet_ok_still_off`) gets
  those next, not support at once (it got "Take your time", then support); all tried and still dark
  (`tried_all_still_off`) goes to support; a light now (`light_now`) is read and the flow moves on.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round24_heldout.yaml"
_RESTART = re.compile(r"router.*\b(?:unplug|restart|turn it off)|\b(?:unplug|restart)\w* (?:your |the )?router", re.I)


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    if group == "N":
        d = Drive.route(("blinking green", "steady", "yes"), "wifi_network")
        said = d.replies(d("message", text=text))
        kept = bool(d.model.data.get("ssid"))
        if label == "name":
            return "right" if kept else "wrong"
        if label == "wifi_down":
            return "right" if not kept and any(_RESTART.search(s) for s in said) else "wrong"
        return "right" if not kept else "wrong"
    d = Drive.route(("no light at all",), lambda d: d.awaiting == "led" and bool(d.model.data.get("after_remedy")))
    said = d.replies(d("message", text=text))
    handed = d.state == "handed_off"
    if label == "tried_all_still_off":
        return "right" if handed else "wrong"
    if label == "outlet_ok_still_off":
        return "right" if not handed and any(re.search(r"\bcable\b", s, re.I) for s in said) else "wrong"
    return "right" if not handed and d.awaiting != "led" else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round24_heldout",
                        "{n} messages: the Wi-Fi itself down at the name question, after the no-power advice",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
