"""Benchmark: the thirteenth blind exploratory test's n07 and n09 (tests/data/round61_heldout.yaml: 65 messages written
blind by a helper who read no code, before any reader on these themes changed).

- router_cant: the router can't or won't be restarted, told at the light question after the fast-green fix (c01's "the
  router box is in my grandsons room and he locked it ... can i do something else?" got "Please tell me in your own
  words: what colour is the light"): the cause looked for another way (`remedy_cant_router`); router_other: other
  replies then: not that.
- name_as_said: the Wi-Fi's name given again with "like I said" (c11's "Casa Nest, like I just said" was asked for the
  name once more): that name taken; as_said_other: such remarks with no name: no name taken.

Before (the set's commit, round 60's readers): 47/65: router_cant 5/20, router_other 15/15, name_as_said 12/15,
as_said_other 15/15. One judge correction before any reader changed: as_said_other was first judged by the question
staying open; a remark with no name may rightly move on ("there are two of them"), so it is judged by no name taken.

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round61_heldout.yaml"


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("router_cant", "router_other"):
        d = Drive()
        d.to_led()
        d.say("blinking green")
        d.say("very fast")
        cant = heldout.said(d.say(text), "remedy_cant_router")
        ok = cant if group == "router_cant" else not cant
    else:
        d = Drive.route(("blinking green", "steady", "yes"), "wifi_network")
        d.say(text)
        taken = d.model.data.get("ssid")
        ok = taken == case["name"] if group == "name_as_said" else not taken
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round61_heldout", "{n} messages: the router that can't be restarted at the fast-green "
                                "fix, a Wi-Fi name given again with 'like I said'", DATA, judge)]
