"""Benchmark: the eleventh blind exploratory test's high findings n01-n05, n07 and n09 (tests/data/round50_heldout.yaml,
290 messages written blind by a helper who read no code; "before" is the commit that added it).

- NL: while the bot watches the hotspot test, the light unchanged or "I never said no light": never the no-power
  advice (explore11's n01 was told twice that its flashing unit had no power); OFF: the light really off: that advice.
- DB / LB: a dark blue light set against light blue ("dark blue, not the light blue"), and the other way round: the
  shade the customer chose (n02 was read as light blue).
- RQ: "do I need to buy a new router?": no new router read, in a first message or later (n03 was told "You mentioned a
  new router"); RN: a router, modem or internet box replaced, in any words ("the internet company man put in a new
  box", n09): read, in a first message and later.
- AE: an app's error quoted ("it said 'unable to connect to your device, make sure it's in setup mode'"): nothing
  hidden as a password, at the password question or elsewhere (n04); PW: a password typed: hidden at that question.
- SM: "how do I put it in setup mode?": the MODE-button step, at the light question and at the scanner's (n05 got the
  scanner explained).
- RB: "can I plug my router back in now?" after the hotspot test passed or failed: yes (n07 got "Added to your case").
Before (2ee9400, the set alone): 185/290: NL 28/35, OFF 21/25, DB 16/30, LB 18/25, RQ 23/30, RN 27/30, AE 27/30,
PW 25/25, SM 0/30, RB 0/30 (the judge first took a dark blue reading's "blue" for a miss: 176/290, DB 7/30).
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import context, led, redact
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round50_heldout.yaml"
HIDDEN = redact.REDACTED


def _watching(text: str) -> bool:
    """Whether the no-power advice is given to `text` while the bot watches the hotspot test."""
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    d.say("ready")
    return heldout.said(d.say(text), "hotspot_light_off")


def _shade(text: str) -> str | None:
    seen = led.parse_led(text)
    return seen.colour if seen is not None else None


def _new_router(text: str) -> tuple[bool, bool]:
    """A new router read in a first message, and in a message later in the chat."""
    return context.first_change(text) == "new_router", context.changed_since_setup(text) == "router"


def _setup_mode_told(text: str) -> bool:
    at_light = Drive.route((), "led")
    at_scan = Drive.route(("blinking green", "steady", "yes", "HomeNet"), "wifi_scan")
    return all(heldout.said(d.say(text), "aside_setup_mode") for d in (at_light, at_scan))


def _router_back_told(text: str) -> bool:
    passed = Drive.with_support(contact="no thanks")
    failed = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    for _ in range(2):
        failed.say("ready")
        failed("timer", name="hotspot")
    failed.say("no thanks")
    return all(heldout.said(d.say(text), "router_back_on") for d in (passed, failed))


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("NL", "OFF"):
        return "right" if _watching(text) == (group == "OFF") else "wrong"
    if group in ("DB", "LB"):
        # A dark blue reading is "blue" once its pattern is known (led:blinking_blue), "darkblue" while it is asked.
        return "right" if _shade(text) in (("darkblue", "blue") if group == "DB" else ("cyan",)) else "wrong"
    if group in ("RQ", "RN"):
        opener, later = _new_router(text)
        return "right" if (group == "RN") == opener == later else "wrong"
    if group in ("AE", "PW"):
        at_key = HIDDEN in redact.redact_secrets(text, "wifi_password")[0]
        if group == "PW":
            return "right" if at_key else "wrong"
        return "wrong" if at_key or HIDDEN in redact.redact_secrets(text, None)[0] else "right"
    if group == "SM":
        return "right" if _setup_mode_told(text) else "wrong"
    return "right" if _router_back_told(text) else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round50_heldout",
                        "{n} messages: light unchanged/off, dark/light blue, new router asked/told, app error/password, "
                        "setup mode asked, router back on (explore11's n01-n05, n07, n09)", DATA, judge,
                        lambda c: str(c["group"]))]
