"""Benchmark: three misreadings a blind exploratory test (the third) found, as a held-out set
(tests/data/round23_heldout.yaml), written blind by a helper who read no code, committed before the readers changed:

- P, at the password question: a Wi-Fi password changed since the set-up (`changed`) gets setting it up again because
  of the change (`resetup_changed`), "yes" in many words (`yes`, some saying it worked for a year) moves on to the
  Wi-Fi's name, and `no` gets setting it up again ("it worked for a year so yes? but my son changed the wifi password"
  was taken for "it works now");
- L, a correction of the light ("sorry its green not blue, the kitchen light made it look blue"): the light read is
  the colour the label says (bench/opener.py's colours; "green not blue" was read as light blue);
- W, "it worked before" (`not_now`) is not a claim that it works now; `works_now` is (rules/works_now.py).
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from bench.opener import colours
from flows.troubleshoot import copy
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.works_now import says_it_works
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round23_heldout.yaml"
_CHANGED = (copy.WEB.get("resetup_changed") or copy.TEXT["resetup_changed"]).split("{", 1)[0][:60]
_SET_COLOURS = {"blue": "blue", "cyan": "cyan", "green": "green", "magenta": "magenta", "orange": "orange"}


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    if group == "P":
        d = Drive.route(("blinking green", "steady"), "wifi_password")
        said = d.replies(d("message", text=text))
        if label == "changed":
            return "right" if any(r.startswith(_CHANGED) for r in said) else "wrong"
        if label == "yes":
            return "right" if d.awaiting == "wifi_network" else "wrong"
        return "right" if d.model.data.get("pw_phase") == "resetup" else "wrong"
    if group == "L":
        reading = parse_led(text)
        return "right" if reading is not None and _SET_COLOURS[label] in colours(reading) else "wrong"
    return "right" if says_it_works(text) == (label == "works_now") else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round23_heldout",
                        "{n} messages: a changed password at the password question, light corrections, worked before",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
