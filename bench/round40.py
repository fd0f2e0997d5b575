"""Benchmark: two of the ninth blind exploratory test's wording findings whose readers change, measured blind first
(tests/data/round40_heldout.yaml, written by a helper who read no code; "before" is the commit that added it).

- C, at the light question: a light-blue-family colour in the customer's own words ("blue-green and slowly glowing"
  was not taken as slowly pulsing light blue: explore9's n26). `pulsing_cyan`: the light is recorded as
  `led:breathing_cyan`; `blinking_cyan`: as a blinking light blue (its blinks asked next, or a cyan code recorded);
  `dark_blue`: as `led:blinking_blue`; `other`: as none of those.
- W, at the set-up-again, hotspot, light and scanner questions: "i do the setup again now, wait" (explore9's n26 was
  asked what the light was doing at once). `wait`: a short "take your time" (one of WAIT_KEYS) and the same question
  still standing; `answer`: taken as an answer (no such acknowledgement).
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round40_heldout.yaml"

# The acknowledgements of "give me a minute" at each question (copy keys). `hotspot_fixing` ("OK, go ahead. I'll tell
# you here as soon as it comes online", said to "I'm setting it up again now" at the hotspot test, the question left
# standing) is one too: a judge correction made before any of this group's readers changed, its misses unread.
WAIT_KEYS = ("brb_ok", "resetup_no_rush", "resetup_later", "network_no_rush", "scan_no_rush", "hotspot_no_rush",
             "remedy_take_your_time", "away_wait", "hotspot_fixing")

ROUTES: dict[str, tuple[tuple[str, ...], str]] = {
    "resetup": (("blinking green", "steady", "the wifi password was changed last week"), "wifi_password"),
    "hotspot": (HOTSPOT_ROUTE, "hotspot_ready"),
    "light": ((), "led"),
    "scan": (("blinking green", "steady", "yes", "HomeNet"), "wifi_scan"),
}


def _light(label: str, text: str) -> str:
    d = Drive()
    d.to_led()
    d.say(text)
    data = d.model.data
    history = data.get("led_history") or []
    code = history[-1]["code"] if history and d.awaiting != "led_detail" else None
    partial = data.get("led_partial") or {} if d.awaiting == "led_detail" else {}
    if code == "led:breathing_cyan":
        read = "pulsing_cyan"
    elif (code or "").startswith(("led:blinking_cyan", "led:cyan_")) or \
            (partial.get("colour") == "cyan" and partial.get("pattern") == "blinking"):
        read = "blinking_cyan"
    elif code == "led:blinking_blue" or (partial.get("colour") == "blue" and partial.get("pattern") == "blinking"):
        read = "dark_blue"
    else:
        read = "other"
    return "right" if read == label else "wrong"


def _wait(label: str, text: str, question: str) -> str:
    messages, awaiting = ROUTES[question]
    d = Drive.route(messages, awaiting)
    before = (d.awaiting, d.model.data.get("resetup_for"))
    said = d.say(text)
    acked = any(heldout.said(said, key) for key in WAIT_KEYS)
    if label == "wait":
        standing = (d.awaiting, d.model.data.get("resetup_for")) == before and d.model.status == "active"
        return "right" if acked and standing else "wrong"
    return "wrong" if acked else "right"


def judge(case: dict[str, Any]) -> str:
    label, text = str(case.get("label", "")), str(case["text"])
    if case["group"] == "C":
        return _light(label, text)
    return _wait(label, text, str(case["question"]))


def _key(case: dict[str, Any]) -> str:
    return f"{case['group']}.{case.get('question') or ''}.{case['label']}".replace("..", ".")


def run() -> list[dict[str, Any]]:
    return [heldout.row("round40_heldout",
                        "{n} messages: light-blue colours in free words at the light question; 'doing it now, wait' against "
                        "real answers at the set-up-again, hotspot, light and scanner questions",
                        DATA, judge, _key)]
