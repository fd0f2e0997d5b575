"""Benchmark: the sixth blind exploratory test's themes, measured blind (tests/data/round33_heldout.yaml, written by a
helper who read no code). The fixes for them were made in the session before, without a held-out set: this set was
written after those fixes, so it measures their generalisation only ("before" is the commit before them, 76840b4's
parent line: see the README row).

- H, at the phone-hotspot question: the customer's own fix told instead (`own_fix`: not watching for a hotspot, and
  the unit then coming online is not called the hotspot's doing), the hotspot on (`ready`: watching), neither
  (`none`: not watching).
- W, at the light, Wi-Fi name, internet and hotspot questions: stepping away (`brb`: "No problem, I'll be here" and
  the question kept), back (`back`: "Welcome back!" and the question again), neither (`none`: neither said).
- R, at "Do other devices on this Wi-Fi have working internet?" (asked after a light-blue light): a new router told
  (`new_router`: taken in as the change since the set-up, `change_told`) or a router remark that is not one
  (`not_new`: not taken as a new router).
- K, at the password and Wi-Fi name questions: the Wi-Fi keys typed (`secrets`) hidden exactly, nothing else.
- U, first messages: the units named (serials, device IDs, hyphenated names), not Wi-Fi names or router models.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import heldout
from bench.redaction import replaced_positions, secret_positions
from flows.troubleshoot.rules import redact, units
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round33_heldout.yaml"
_ROUTES: dict[str, tuple[tuple[str, ...], Any]] = {
    "led": ((), "led"),
    "wifi_name": (("blinking green", "steady", "yes"), "wifi_network"),
    "internet": (("blinking light blue", "no, just light blue"), lambda d: d.model.data.get("rq_current") == "internet"),
    "hotspot": (HOTSPOT_ROUTE, "hotspot_ready"),
}
_AWAITING = {"password": "wifi_password", "wifi_name": "wifi_network"}


# The hotspot question the set's writer was shown names built-in test details (CyanRescue / rescue-2024), as a
# deployment with HOTSPOT_SSID set asks it.
_CFG = {"hotspot_ssid": "CyanRescue", "hotspot_password": "rescue-2024"}


def _at(question: str) -> Drive:
    messages, reached = _ROUTES[question]
    return Drive.route(messages, reached, **_CFG)


def _hotspot(label: str, text: str) -> str:
    d = _at("hotspot")
    d("message", text=text)
    watching = d.awaiting == "hotspot_wait"
    if label == "ready":
        return "right" if watching else "wrong"
    if watching:
        return "read_as_ready"
    if label == "none":
        return "right"
    online = d.replies(d("cloud", device=snap(0, online=True)))
    return "credited_hotspot" if any(heldout.said([r], "hotspot_connected") for r in online) else "right"


def _stepped(question: str, label: str, text: str) -> str:
    d = _at(question)
    before = d.awaiting
    said = d.say(text)
    # "Sure, here's where we were:" is the same answer to a recap asked with no pause before it (explore10's n29).
    brb = heldout.said(said, "brb_ok")
    back = heldout.said(said, "away_back") or heldout.said(said, "recap_asked")
    if label == "brb":
        # At the hotspot question the step's own wait ("Take your time", the test kept open) is the same answer.
        brb = brb or (question == "hotspot" and heldout.said(said, "hotspot_no_rush"))
        return "right" if brb and d.awaiting == before else "wrong"
    if label == "back":
        return "right" if back else "wrong"
    return "wrong" if brb or back else "right"


def _router(label: str, text: str) -> str:
    d = _at("internet")
    d("message", text=text)
    new = d.model.data.get("change_told") == "router"
    return "right" if new == (label == "new_router") else "wrong"


def _redaction(case: dict[str, Any]) -> str:
    text, secrets = str(case["text"]), [str(s) for s in case.get("secrets") or []]
    out, _ = redact.redact_secrets(text, _AWAITING[str(case["question"])])
    hidden, secret = replaced_positions(text, out), secret_positions(text, secrets)
    if secret - hidden:
        return "leak"
    return "right" if hidden == secret else "false_alarm"


def _key(ref: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ref.casefold())


def _units(case: dict[str, Any]) -> str:
    refs, _ = units.units_in_opener(str(case["text"]))
    return "right" if {_key(r) for r in refs} == {_key(str(u)) for u in case.get("units") or []} else "wrong"


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    label = str(case.get("label", ""))
    if group == "H":
        return _hotspot(label, text)
    if group == "W":
        return _stepped(str(case["question"]), label, text)
    if group == "R":
        return _router(label, text)
    if group == "K":
        return _redaction(case)
    return _units(case)


def _key_of(case: dict[str, Any]) -> str:
    group = str(case["group"])
    if group == "K":
        return f"K.{'key' if case.get('secrets') else 'none'}"
    if group == "U":
        return f"U.{'units' if case.get('units') else 'none'}"
    return f"{group}.{case['label']}"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round33_heldout",
                        "{n} messages: own fix at the hotspot test, brb and back, a new router or not, keys hidden "
                        "beside foreign words and quoted names, units in first messages",
                        DATA, judge, _key_of)]
