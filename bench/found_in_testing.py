"""Benchmark: three held-out sets for misreads a blind exploratory test found (written before the readers changed).

- `led_others_heldout.yaml` (90): answers to the light question that also mention other things' lights (the
  router's, the modem's, the app's colours). right: the device's own light read (or nothing read when there is
  none to read); asked: a light described but not read (the question is asked again); wrong: the bot acts on a
  light the device does not show.
- `serial_heldout.yaml` (60): serials and device IDs as people type them from a label (spaces, dashes, lower case,
  a letter O for a zero). right: the intended unit is looked up.
- `password_shorthand_heldout.yaml` (70): short replies at the password question. right: exactly the password is
  hidden (nothing at all in a reply with none; "wdym" or "oui" is not a password).

Never tune on these sets: their misses are counted, not printed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench.opener import colours
from bench.redaction import MARK
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.redact import redact_secrets
from flows.troubleshoot.rules.slots import device_ref

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return cases


def led_others(case: dict[str, Any]) -> str:
    """right, asked or wrong for one answer to the light question."""
    reading = parse_led(case["text"])
    # "I can't see it" (led:unknown) is a right reading of an answer that tells nothing about the light.
    described = reading is not None and (reading.code not in (None, "led:unknown") or bool(reading.need)
                                         or reading.solid)
    if case["device"] == "none":
        return "wrong" if described else "right"
    if not described:
        return "asked"
    assert reading is not None
    want = "off" if case["device"] == "off" else case["colour"]
    return "right" if want in colours(reading) else "wrong"


def serial(case: dict[str, Any]) -> str:
    ref = device_ref(case["text"])
    return "right" if ref is not None and ref[0] in ("serial", "id") and ref[1].upper() == case["ref"].upper() \
        else "wrong"


def password(case: dict[str, Any]) -> str:
    out, _ = redact_secrets(case["text"], awaiting="wifi_password")
    want = case["text"].replace(case["password"], MARK, 1) if case.get("password") else case["text"]
    return "right" if out == want else "wrong"


def _figure(name: str, label: str, score: Any, group: Any) -> dict[str, Any]:
    cases = _load(label)
    outcome: dict[str, Counter[str]] = {}
    for case in cases:
        outcome.setdefault(group(case), Counter())[score(case)] += 1
    right = sum(c["right"] for c in outcome.values())
    return {
        "name": name,
        "cases": len(cases),
        "correct": right,
        "accuracy_pct": round(100 * right / len(cases), 1),
        "wrong": sum(c["wrong"] for c in outcome.values()),
        "per_label": {g: dict(sorted(c.items())) for g, c in sorted(outcome.items())},
    }


def run() -> list[dict[str, Any]]:
    return [
        _figure("led_others_heldout", "led_others_heldout.yaml", led_others, lambda c: c["device"]),
        _figure("serial_heldout", "serial_heldout.yaml", serial,
                lambda c: "separators or case" if c["text"].upper().count(c["ref"].upper()) == 0 else "as printed"),
        _figure("password_shorthand_heldout", "password_shorthand_heldout.yaml", password,
                lambda c: "with a password" if c.get("password") else "no password"),
    ]
