"""Benchmark: the twelfth blind exploratory test's high findings (tests/data/round55_heldout.yaml, 145 messages written
blind by a helper who read no code, before any reader on these themes changed).

- SY / SN: at "Do other devices on this Wi-Fi have working internet right now?", a yes or no implied (n05's
  "obviously, im typing this on it aren't i" was a no, and the internet was said to be down): SY not read as no
  (the internet not said to be down, the next question), SN read as no. (Judged first by `network:no_internet`,
  which the route's two orange flashes already record: corrected before any reader changed, 0 -> 12 of 15 SY.)
- DQ / DC: once support has the case, delete or cancel words in a question (n04's "does my buddy need to delete it
  from his account first?" closed the case): DQ never asks support to close it (`cancel_asked`), DC does.
- WN / WU: at a router question, a Wi-Fi named (n07's "So I should just point it at Batcave-IoT, right?" started over
  with the unit looked up by that name): WN looks no unit up, WU (another of their units) does.
- SP: "steady" first, then more, at the green pace question (n09 was "a solid light, the unit is stuck"): a steady
  blink, no solid-light remedy.
- LW / LS: safe mode told to have lasted hours (n10 got "give it a few more minutes"): LW to support at once, LS not.
- HR: the hotspot test refused (n16's "no way im unplugging my router" got "OK, go ahead"): not watched, the test
  taken as not possible, or the test offered without unplugging the router (the unit set up on the phone's hotspot,
  round 39's answer to a router that can't be unplugged: a judge correction made after the readers changed, which
  counts 2 more both before and after).
- FG: set up on the 5 GHz Wi-Fi told at a router question (n11's "i think i picked NETGEAR47-5G in the app. is that
  the problem" became the Wi-Fi's name): set up again on the name without 5G.
Before (ac29201, the set's commit, with round 54's readers; both judge corrections): 92/145: SY 12/15, SN 5/10, DQ
14/15, DC 7/10, WN 15/15, WU 7/10, SP 13/15, LW 1/15, LS 10/10, HR 8/15, FG 0/15. After the first pass (my own
phrasings, then structural flags only): 107/145: LW 10/15, HR 9/15, FG 5/15; the rest as before.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round55_heldout.yaml"
_TO_INTERNET = ("blinking light blue with orange flashes", "2")
_INTERNET_DOWN = "remedy_no_internet"
_TO_ROUTER = ("blinking green", "steady", "yes", "HomeNet", "skip", "one name")
_SAFE_MODE = 7  # shed-monitor in DEMO_DEVICES: online, in safe mode


def _safe_mode(text: str) -> bool:
    d = Drive()
    d("begin", text="hi")
    d("message", text="ARNKAB812WXY7ZA")
    d("lookup_result", device=snap(_SAFE_MODE))
    d.say(text)
    return d.state == "handed_off"


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("SY", "SN"):
        d = Drive.route(_TO_INTERNET, lambda d: d.model.data.get("rq_current") == "internet")
        no = heldout.said(d.say(text), _INTERNET_DOWN)  # the route's 2 orange flashes already suspect the internet
        ok = no if group == "SN" else not no and d.model.data.get("rq_current") != "internet"
    elif group in ("DQ", "DC"):
        d = Drive.with_support()
        d("cloud", device=snap(0, online=False))
        d.say(text)
        ok = bool(d.model.data.get("cancel_asked")) == (group == "DC")
    elif group in ("WN", "WU"):
        d = Drive.route(_TO_ROUTER, "router_check")
        looked = any(e["type"] == "query" and e.get("kind") == "lookup" for e in d("message", text=text))
        ok = looked == (group == "WU")
    elif group == "SP":
        d = Drive.route(("blinking green",), "led_detail")
        said = d.say(text)
        ok = "led:blinking_green" in d.model.findings and not heldout.said(said, "remedy_solid")
    elif group in ("LW", "LS"):
        ok = _safe_mode(text) == (group == "LW")
    elif group == "HR":
        d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
        d.say(text)
        ok = d.awaiting != "hotspot_wait" and ("hotspot:not_possible" in d.model.findings
                                               or bool(d.model.data.get("hotspot_set_up_on")))
    else:
        d = Drive.route(_TO_ROUTER, "router_check")
        said = d.say(text)
        ok = d.model.data.get("pw_phase") == "resetup" and any("5 GHz" in r or "5G" in r for r in said)
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round55_heldout", "{n} messages: the twelfth exploratory test's high findings (a yes or no "
                        "implied, delete words with support, Wi-Fi names, steady and more, safe mode for hours, the "
                        "hotspot test refused, set up on 5 GHz)", DATA, judge, lambda c: str(c["group"]))]
