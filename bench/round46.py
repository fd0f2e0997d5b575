"""Benchmark: the tenth blind exploratory test's open findings n16, n17, n18 and n29 (tests/data/round46_heldout.yaml,
written blind by a helper who read no code; "before" is the commit that added it).

- U, at the hotspot test's set-up (the router to be unplugged): a worry or question about what unplugging the router
  does to the other things in the home ("won't the living room one go off too?", n16; explore10 was told "Those are
  your router's lights"): answered (`hotspot_aside_unplug`), no word about router lights, the test's question kept.
  K: anything else there (ready, how, no smartphone): no such answer, no router lights.
- W, at the light question after two units were named: which unit this is, asked (n16: "which one are we fixing
  now?" got where the light is): the unit's name said, not where the light is, the light question kept.
- B, at the light question: a button held down a long time, and now blinking dark blue (n18): the Wi-Fi details
  are gone, so set up again, never "it usually still has your Wi-Fi details", and no "light or dark blue?". N:
  blinking dark blue with no button held: the usual advice (unplug first, it usually still has them).
- H, at the password question: a hedged yes ("i think so", "my husband typed it, should be right", n29): not a firm
  yes, the wrong key not ruled out, the chat not handed off. Y: a confident yes: ruled out, on to the Wi-Fi's name.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round46_heldout.yaml"
SUSPECTED = "wifi:wrong_password_suspected"
_STILL_HAS = "usually still has your Wi-Fi details"


def _unplug(case: dict[str, Any]) -> str:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say(str(case["text"]))
    answered = heldout.said(said, "hotspot_aside_unplug")
    lights = heldout.said(said, "aside_router_light")
    if case["group"] == "K":
        return "right" if not answered and not lights else "wrong"
    return "right" if answered and not lights and d.awaiting == "hotspot_ready" else "wrong"


def _which(case: dict[str, Any]) -> str:
    d = Drive()
    d("begin", text="the garage-door one and the kitchen-hub one are both offline")
    d("lookup_result", device=snap(1))
    assert d.awaiting == "led", d.model
    said = d.say(str(case["text"]))
    named = any("garage-door" in r for r in said)
    return "right" if named and not heldout.said(said, "where_light") and d.awaiting == "led" else "wrong"


def _dark_blue(case: dict[str, Any]) -> str:
    d = Drive()
    d.to_led()
    said = d.say(str(case["text"]))
    still_has = any(_STILL_HAS in r for r in said)
    if case["group"] == "N":
        return "right" if still_has else "wrong"
    again = any(w in r for r in said for w in ("setup again", "set it up again", "set up again"))
    return "right" if again and not still_has and d.awaiting != "led_detail" else "wrong"


def _hedged(case: dict[str, Any]) -> str:
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    d("message", text=str(case["text"]))
    ruled_out = SUSPECTED in (d.model.data.get("ruled_out") or [])
    if case["group"] == "Y":
        return "right" if ruled_out and d.awaiting == "wifi_network" else "wrong"
    return "right" if not ruled_out and d.state != "handed_off" else "wrong"


_JUDGES = {"U": _unplug, "K": _unplug, "W": _which, "B": _dark_blue, "N": _dark_blue, "H": _hedged, "Y": _hedged}


def judge(case: dict[str, Any]) -> str:
    return _JUDGES[str(case["group"])](case)


def run() -> list[dict[str, Any]]:
    return [heldout.row("round46_heldout",
                        "{n} messages on the tenth blind exploratory test's open findings: unplugging the router and "
                        "the other things at home, which unit this is, a button held and now dark blue, a hedged yes "
                        "at the password question", DATA, judge, lambda c: str(c["group"]))]
