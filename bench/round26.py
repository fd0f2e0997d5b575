"""Benchmark: what a blind exploratory test (the third) found the bot missing around the hand-off and the router's
lights, as a held-out set (tests/data/round26_heldout.yaml), written blind by a helper who read no code, committed
before the readers changed:

- A, once support has the case: asking what a word of the bot's advice means (`mac`, `dhcp`, `channel`,
  `security`, `band`, `captive_portal`, `router`) gets that word explained; `value` (the MAC address itself) gets
  the address; `none` (the word only mentioned) gets no explanation (the exploratory test's "whats a MAC lol" got
  the address again, and "20 mhz what??" nothing);
- B, with support after "no light at all": the unit's light now on (`changed`) carries on troubleshooting, while
  support keeps the case; `same` (still no light) and `router` (the router's lights) stay with support, and the
  router's lights are not put on the case as the unit's (its "pushed it in and now the light is on, flashing green"
  was only added to the case);
- C, at the Wi-Fi name question after blinking green: the router's lights (`router`) are not taken as the unit's,
  the unit's new light (`unit`) is (its "the lights are white now" about the router got the white-light question).
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.copy_explain import TERM_TEXT
from tests.flowdrive import Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round26_heldout.yaml"
_TO_SUPPORT = ("no light at all", "the outlet works, the kettle runs on it",
               "tried another cable and charger, still nothing", "skip")
_TO_NAME = ("blinking green", "steady", "yes")


def _leds(d: Drive) -> set[str]:
    return {k for k in d.model.findings if k.startswith("led:")}


def _with_support() -> Drive:
    return Drive.route(_TO_SUPPORT, lambda d: d.state == "handed_off" and not d.model.data.get("contact_pending"))


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    if group == "A":
        d = _with_support()
        said = d.replies(d("message", text=text))
        explained = {key for key in TERM_TEXT if heldout.said(said, key)}
        if label == "value":
            return "right" if any(snap(0)["mac_wifi"] in r for r in said) else "wrong"
        if label == "none":
            return "right" if not explained else "wrong"
        return "right" if f"term_{label}" in explained else "wrong"
    if group == "B":
        d = _with_support()
        before = _leds(d)
        said = d.replies(d("message", text=text))
        resumed = d.state != "handed_off"
        if label == "changed":
            return "right" if resumed else "wrong"
        if label == "same":
            return "right" if not resumed else "wrong"
        unit_light = _leds(d) != before or heldout.said(said, "with_support_light")
        return "right" if not resumed and not unit_light else "wrong"
    d = Drive.route(_TO_NAME, "wifi_network")
    before = _leds(d)
    said = d.replies(d("message", text=text))
    taken = _leds(d) != before or heldout.said(said, "light_changed")
    return "right" if taken == (label == "unit") else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round26_heldout",
                        "{n} messages: words of the advice asked with support, the light after the hand-off, router lights",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
