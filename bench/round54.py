"""Benchmark: the eleventh blind exploratory test's small misses (tests/data/round54_heldout.yaml, 150 messages written
blind by a helper who read no code, before any reader on these themes changed).

- PL: at the serial question, a unit named by where it is or what it does ("the one in the shed", n21): the look-up
  the flow asks for finds that unit among the account's (`bot.cloud.names`, as the cloud client matches them); PX: a
  place no unit's name has: no unit found.
- RC: at the orange count, the flashes said to be red (n23's "I said RED not orange"): red and orange said to look
  alike (`count_red_is_orange`), and a definite count taken; CN: a count alone: taken, nothing said about red.
- CT: a time to call said with the contact (n24's "please call after 10 in the morning"): the contact kept, the time
  kept and said back (`contact_kept_when`); CX: a contact alone: kept, no time.
- PH: the phone named at the hotspot test with "how?" (n24's "I have an iPhone"): that phone's steps; PN: the phone
  named with the hotspot on, or blocked: no steps (on: the watch starts).
- GP: the green light's pace in numbers or comparisons (n24's "perhaps twice a second"): steady or fast as labelled.
- RF: a remote reset asked (n10's "can't you just reset it from your end?"), at the password question: answered
  (`aside_check_remote`); RX: a reset told, or asked how to do it oneself: not that answer.
Before (35f4f0d, the set's commit): 89/150: PL 4/20, PX 10/10, RC 0/15, CN 10/10, CT 0/15, CX 10/10, PH 13/15, PN 10/10,
GP 15/20, RF 7/15, RX 10/10.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from bot.cloud import names
from bot.cloud.simulated import DEMO_DEVICES
from tests.flowdrive import HOTSPOT_ROUTE, Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round54_heldout.yaml"
_ACCOUNT = [str(d["name"]) for d in DEMO_DEVICES if d.get("owner")]
_RED_ROUTE = ("blinking light blue with sometimes red in between",)


def _unit_found(text: str) -> str | None:
    """The unit the flow's look-up finds for `text` said at the serial question, or None."""
    d = Drive()
    d("begin", text="hi")
    effects = d("message", text=text)
    query = next((e for e in effects if e["type"] == "query" and e.get("kind") == "lookup"), None)
    if query is None or query.get("ref_kind") not in ("name", "name_word"):
        return None
    ref = str(query["ref"])
    chosen = names.match_name(ref, _ACCOUNT)
    if chosen is None and query["ref_kind"] == "name_word":
        chosen = names.match_word(ref, _ACCOUNT)
    return chosen


def _count(case: dict[str, Any]) -> bool:
    d = Drive.route(_RED_ROUTE, "led_detail")
    said = d.say(str(case["text"]))
    told = heldout.said(said, "count_red_is_orange")
    counted = case.get("count") is None or f"led:cyan_orange_{case['count']}" in d.model.findings
    return counted and told == (case["group"] == "RC")


def _contact(case: dict[str, Any]) -> bool:
    d = Drive.with_support()
    said = d.replies(d("message", text=str(case["text"])))
    kept = bool(d.model.data.get("callback"))
    when = bool(d.model.data.get("callback_when")) and heldout.said(said, "contact_kept_when")
    return kept and when == (case["group"] == "CT")


def _phone(case: dict[str, Any]) -> bool:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    said = d.say(str(case["text"]))
    steps = {p for p in ("iphone", "android") if heldout.said(said, f"hotspot_{p}")}
    if case["group"] == "PH":
        return steps == {str(case["phone"])}
    return not steps and (d.awaiting == "hotspot_wait") == (case.get("kind") == "ready")


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("PL", "PX"):
        ok = _unit_found(text) == case.get("unit")
    elif group in ("RC", "CN"):
        ok = _count(case)
    elif group in ("CT", "CX"):
        ok = _contact(case)
    elif group in ("PH", "PN"):
        ok = _phone(case)
    elif group == "GP":
        d = Drive.route(("blinking green",), "led_detail")
        d.say(text)
        fast = "led:fast_green" in d.model.findings
        ok = fast == (case["pace"] == "fast") and (fast or "led:blinking_green" in d.model.findings)
    else:
        d = Drive.route(("blinking green", "steady"), "wifi_password")
        ok = heldout.said(d.say(text), "aside_check_remote") == (group == "RF")
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round54_heldout", "{n} messages: a unit by place, red flashes, a time to call, the phone named, "
                        "the green pace in numbers, a remote reset asked (explore11's n10, n21, n23, n24)", DATA, judge,
                        lambda c: str(c["group"]))]
