"""Benchmark: the tenth blind exploratory test's themes (tests/data/round43_heldout.yaml, written blind by a helper who
read no code; "before" is the commit that added it).

- P, at the password question, a Wi-Fi key spelled out or described ("capital K then iwi then hash then 7 7 2 9"): none
  of the parts that give it away (`must_hide`) left in the stored text. Q: an answer about passwords with none in it,
  stored as typed.
- E, at the contact question, an e-mail address dictated ("john dot smith 58 at gmail dot com"): kept as written. F:
  none kept (no address in it).
- W, while the bot watches for the unit on the phone's hotspot, "i can't make a hotspot" (or didn't turn it on): the
  watch ends. X: anything else, the watch goes on.
- N, at the registration or sign-in page question, a no in any words ("no device registration", sarcasm then "no"):
  taken as no (no such finding). Y: a yes, taken (the finding recorded).
- L, at the light question, a green light that goes on and off in roundabout words: read as blinking green (its pace
  asked, or the code recorded). S: a green light on all the time: not read as blinking.
- C, at the scanner question, the Wi-Fi's name corrected ("wait no, it's Linksys00412_EXT"): that name kept, the unit
  not changed. D: anything else, the name as it was and the unit not changed.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.plugin import TROUBLESHOOT
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round43_heldout.yaml"
NETWORK = "Linksys00412"
# The router question each N and Y answer goes to, its route from the light question, and the finding a yes records.
ROUTER_QUESTIONS = {"registration": (HOTSPOT_ROUTE[:6], "mac_filter", "wifi:mac_filtering"),
                    "guest": (HOTSPOT_ROUTE[:7], "guest", "wifi:captive_portal")}


def _key(case: dict[str, Any]) -> str:
    stored, _ = TROUBLESHOOT.read(str(case["text"]), "wifi_password")
    if case["group"] == "Q":
        return "right" if stored == case["text"] else "wrong"
    shown = [s for s in case.get("must_hide") or [] if s in stored]
    secret = str(case.get("secret") or "")
    leaked = bool(shown) or (len(secret) >= 4 and secret in str(case["text"]) and secret in stored)
    return "wrong" if leaked else "right"


def _email(case: dict[str, Any]) -> str:
    d = Drive.with_support()
    d.say(str(case["text"]))
    kept = [str(c).lower() for c in d.model.data.get("callback") or []]
    if case["group"] == "F":
        return "wrong" if any("@" in c for c in kept) else "right"
    return "right" if str(case["email"]).lower() in kept else "wrong"


def _watch(case: dict[str, Any]) -> str:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    d("message", text="ready")
    d("message", text=str(case["text"]))
    ended = d.state != "hotspot_wait"
    return "right" if ended == (case["group"] == "W") else "wrong"


def _router(case: dict[str, Any]) -> str:
    route, asked, code = ROUTER_QUESTIONS[str(case["question"])]
    d = Drive.route(route, lambda dr: dr.awaiting == "router_check" and dr.model.data.get("rq_current") == asked)
    d("message", text=str(case["text"]))
    recorded = code in d.model.findings
    if case["group"] == "Y":
        return "right" if recorded else "wrong"
    moved_on = not (d.awaiting == "router_check" and d.model.data.get("rq_current") == asked)
    return "right" if not recorded and moved_on else "wrong"


def _light(case: dict[str, Any]) -> str:
    d = Drive()
    d.to_led()
    d("message", text=str(case["text"]))
    blinking = d.model.data.get("led_need") == "green_speed" or \
        bool({"led:blinking_green", "led:fast_green"} & set(d.model.findings))
    return "right" if blinking == (case["group"] == "L") else "wrong"


def _network(case: dict[str, Any]) -> str:
    d = Drive.route(("blinking green", "steady", "yes", NETWORK), "wifi_scan")
    effects = d("message", text=str(case["text"]))
    switched = d.awaiting == "device_id" or any(e["type"] == "query" and e.get("kind") == "lookup" for e in effects)
    want = str(case["network"]) if case["group"] == "C" else NETWORK
    kept = str(d.model.data.get("ssid") or "")
    same = kept.replace(" ", "").lower() == want.replace(" ", "").lower()
    return "right" if same and not switched else "wrong"


_JUDGES = {"P": _key, "Q": _key, "E": _email, "F": _email, "W": _watch, "X": _watch, "N": _router, "Y": _router,
           "L": _light, "S": _light, "C": _network, "D": _network}


def judge(case: dict[str, Any]) -> str:
    return _JUDGES[str(case["group"])](case)


def run() -> list[dict[str, Any]]:
    return [heldout.row("round43_heldout",
                        "{n} messages on the tenth blind exploratory test's themes: a Wi-Fi key spelled out, dictated "
                        "e-mail addresses, can't make a hotspot while the bot watches, a no at the router's questions, a "
                        "green light that goes on and off, the Wi-Fi's name corrected",
                        DATA, judge, lambda c: str(c["group"]))]
