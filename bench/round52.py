"""Benchmark: the eleventh blind exploratory test's medium findings n11, n12, n13, n14, n15 and n18
(tests/data/round52_heldout.yaml, 275 messages written blind by a helper who read no code; "before" is the commit
that added it).

- SA: the red SOS back after the unplug the bot asked for: support (a unit that keeps crashing is no Wi-Fi matter;
  explore11's n18 got the phone-hotspot test); SO: another light, the red gone: not handed over.
- BW: a light that ends in a slow white breathing (after green flashes at start-up, or told again): led:breathing_white
  (n13 was told "a white flash then green, over and over ... not enough power"); WF: the white flash then green loop.
- UL: the unit's own light told beside the router ("restarted the router, the light on the unit is still flashing
  green"): read, never "those are your router's lights" (n12); RL: the router's lights alone: that answer.
- ID: a first message with a filler ("long story short") and one unit: no second unit (n14 was told "You mentioned
  kitchen-hub and long story short"); TD: two units named: both.
- NN: a Wi-Fi name in other words ("the sticker says Network: FRITZ!Box 7530 XQ i think thats it"): that name kept
  (n11 was asked for it again).
- NO / YES: "no" or "yes" in other words at the registration and sign-in-page questions: taken, and the next question
  asked (n11's "To answer your question: no." got the same question again).
- BK: back to the bot after the handoff, or what to try meanwhile: the bot carries on (n15 got "Your case is with our
  support team"); WT: anything else while waiting: the case stays with support.
Before (a32ca5f, the set alone): 212/275: SA 22/25, SO 15/15, BW 21/25, WF 13/15, UL 18/25, RL 11/15, ID 19/25,
TD 7/15, NN 19/30, NO 26/30, YES 10/10, BK 11/25, WT 20/20.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from bot.cloud.names import match_name
from bot.cloud.simulated import DEMO_DEVICES
from flows.troubleshoot.rules import units
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round52_heldout.yaml"
NAMES = [str(d["name"]) for d in DEMO_DEVICES]
_TO_NETWORK = ("blinking green", "steady", "yes")
_TO_REGISTER = (*_TO_NETWORK, "HomeNet", "skip", "one name")
_YES_FINDING = {"register": "wifi:mac_filtering", "guest": "wifi:captive_portal"}


def _sos_again(text: str) -> bool:
    d = Drive.route(("red SOS flashing", "skip"), "led")
    d.say(text)
    return d.state == "handed_off"


def _white(text: str) -> tuple[bool, bool]:
    """Breathing white read, and the restart loop read."""
    d = Drive.route((), "led")
    d.say(text)
    found = d.model.findings
    loop = "white flash" in str((found.get("led:blinking_green") or {}).get("detail") or "")
    return "led:breathing_white" in found and not loop, loop


def _unit_light(text: str) -> tuple[bool, bool]:
    """The router's lights answered, and a light of the unit's taken."""
    d = Drive.route((), "led")
    said = d.say(text)
    router = heldout.said(said, "aside_router_light")
    taken = d.awaiting != "led" or any(k.startswith("led:") for k in d.model.findings)
    return router, taken


def _units(text: str) -> set[str | None]:
    refs, _ = units.units_in_opener(text)
    return {match_name(r, NAMES) for r in refs}


def _opener(case: dict[str, Any]) -> bool:
    text, named = str(case["text"]), {str(n) for n in case["names"]}
    found = _units(text)
    if case["group"] == "TD":
        return named <= found
    one = units.unit_in_opener(text)
    return found <= named and one is not None and match_name(one, NAMES) in named


def _network(case: dict[str, Any]) -> bool:
    d = Drive.route(_TO_NETWORK, "wifi_network")
    d.say(str(case["text"]))
    return d.awaiting != "wifi_network" and str(d.model.data.get("ssid") or "") == str(case["name"])


def _yes_no(case: dict[str, Any]) -> bool:
    q = str(case["q"])
    route = _TO_REGISTER if q == "register" else (*_TO_REGISTER, "no")
    d = Drive.route(route, "router_check")
    asked = d.model.data.get("rq_current")
    d.say(str(case["text"]))
    moved = not (d.awaiting == "router_check" and d.model.data.get("rq_current") == asked)
    return moved and (_YES_FINDING[q] in d.model.findings) == (case["group"] == "YES")


def _back_to_bot(text: str) -> bool:
    d = Drive.route((), "led")
    d.say("talk to a person")
    d.say("skip")
    d.say(text)
    return d.state != "handed_off"


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("SA", "SO"):
        ok = _sos_again(text) == (group == "SA")
    elif group in ("BW", "WF"):
        breathing, loop = _white(text)
        ok = breathing if group == "BW" else loop
    elif group in ("UL", "RL"):
        router, taken = _unit_light(text)
        ok = router if group == "RL" else taken and not router
    elif group in ("ID", "TD"):
        ok = _opener(case)
    elif group == "NN":
        ok = _network(case)
    elif group in ("NO", "YES"):
        ok = _yes_no(case)
    else:
        ok = _back_to_bot(text) == (group == "BK")
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round52_heldout",
                        "{n} messages: SOS back, breathing white, unit light vs router's, fillers vs unit names, Wi-Fi "
                        "names and yes/no in other words, back to the bot (explore11's n11-n15, n18)", DATA, judge,
                        lambda c: str(c["group"]))]
