"""Benchmark: a fifteenth round's readers (tests/data/round15_heldout.yaml, written blind before they changed).

After the ninth blind exploratory rounds, five kinds of message the readers got wrong or did not read:
- `question_back`: at a yes/no question (the router questions, the password question), a question asked back
  ("how do I check that?", "how do I change the channel?") against an answer that only looks like one; a question is
  read as `help` (the bot explains what it asked), an answer as the answer;
- `password_unknown`: "no idea, my son set up the wifi" at the password question (`dont_know`) against yes / no;
- `hotspot_ack`: "ok", "sure", "one sec" at the hotspot set-up (`not_yet`: the wait must not start) against "it's on";
- `spoken_phone`: a call-back number said in words ("five five five, double seven ...") at the contact question;
- `green_speed`: the green light's speed told in the first message ("blinking green now, slowly").
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import contacts
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.reading import read_for_bench

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round15_heldout.yaml"

# The held-out set's names for the questions, as the reader calls them.
QUESTION = {"same_name": "same_name", "registration": "mac_filter", "guest": "guest", "many_devices": "many_devices",
            "internet": "internet", "password": "wifi_password"}
ANSWERS = ("yes", "no", "unsure", "one", "two")


def _question_back(case: dict[str, Any]) -> bool:
    label = read_for_bench(QUESTION[str(case["context"])], str(case["text"]))["label"]
    return label == "help" if case["label"] == "question" else label in ANSWERS


def _password_unknown(case: dict[str, Any]) -> bool:
    label = read_for_bench("wifi_password", str(case["text"]))["label"]
    want = str(case["label"])
    return label in ("no", "unsure") if want == "no_or_unsure" else label == want


def _hotspot_ack(case: dict[str, Any]) -> bool:
    label = read_for_bench("hotspot_ready", str(case["text"]))["label"]
    want = str(case["label"])
    return label == want if want in ("ready", "not_yet") else label not in ("ready", "not_yet")


def _spoken_phone(case: dict[str, Any]) -> bool:
    phones = [re.sub(r"\D", "", c) for c in contacts.contacts(str(case["text"])) if "@" not in c]
    want = str(case.get("digits") or "")
    return want in phones if case["label"] == "phone" else not phones


def _green_speed(case: dict[str, Any]) -> bool:
    led = parse_led(str(case["text"]))
    code = led.code if led else None
    want = {"steady": "led:blinking_green", "fast": "led:fast_green"}.get(str(case["label"]))
    if want:
        return code == want
    return bool(led) and code is None and led.need == "green_speed"


JUDGES = {"question_back": _question_back, "password_unknown": _password_unknown, "hotspot_ack": _hotspot_ack,
          "spoken_phone": _spoken_phone, "green_speed": _green_speed}


def run() -> list[dict[str, Any]]:
    if not DATA.exists():
        return []
    cases = heldout.cases(DATA)
    return [heldout.tally("round15_heldout", f"{len(cases)} messages at five questions", cases,
                          (lambda case: JUDGES[str(case["group"])](case)))]
