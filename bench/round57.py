"""Benchmark: questions the twelfth blind exploratory test's customers asked and were not answered (n14, n15), in
tests/data/round57_heldout.yaml: 145 messages written blind by a helper who read no code, before any reader on these
themes changed.

- why_hotspot_asks: "why would it not work on my real wifi if it works on the hotspot?" once the hotspot test passed
  and support has the case (c18 got "Yes, you can turn the hotspot off now"): answered (`HOTSPOT_WHY`);
  why_hotspot_others: other messages then: not that.
- charger_asks: "is the iphone cube enough amps?" after the power advice (c15 got "Thanks. Now look at the light"):
  answered (`CHARGER`); charger_others: other charger words then: not that.
- wpa3_asks: "does the photon support wpa3?" during the checks (c08 asked three times): answered (`WPA3`);
  wpa3_others: WPA3 mentioned, not asked about: not the answer to that question (`WPA3_ANSWER`).
- support_when_asks: "will they ring today?" once support has the case (c02 got "I'm here"): when they answer
  (`WHEN`); support_case_asks: "what support case??" (c15, no answer): what the case is (`with_support_what_case`);
  support_others: neither.

Before (the set's commit, round 56's readers): 66/120: why_hotspot_asks 0/20, why_hotspot_others 15/15, charger_asks
4/15, charger_others 10/10, wpa3_asks 3/12, wpa3_others 8/8, support_when_asks 11/15, support_case_asks 0/10,
support_others 15/15. One judge correction after the readers changed, of names only: the bench named the charger and
WPA3 answers' copy keys before they were written ("charger_enough", "wpa3_asked"); they are `term_charger` and
`term_wpa3_support`. Neither name existed before, so the "before" is the same by either.

Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round57_heldout.yaml"
HOTSPOT_WHY = ("hotspot_why_builtin", "hotspot_why_same")
CHARGER = ("term_charger", "term_amps")
WPA3_ANSWER = ("term_wpa3_support", "term_wpa3_support_p2")
WPA3 = (*WPA3_ANSWER, "with_support_wpa3", "wpa3_told")
WHEN = ("with_support_waiting", "with_support_contact", "with_support_what_next")
WHAT_CASE = ("with_support_what_case",)
_ROUTER = ("blinking green", "steady", "yes", "HomeNet", "skip", "one name")


def _any(said: list[str], keys: tuple[str, ...]) -> bool:
    return any(heldout.said(said, k) for k in keys)


def _after_power_advice() -> Drive:
    d = Drive()
    d.to_led()
    d.say("white flash then green, over and over")
    return d


def _judges() -> dict[str, tuple[Callable[[], Drive], Callable[[list[str]], bool]]]:
    support = lambda: Drive.with_support(contact="skip")  # noqa: E731 - a table of contexts
    router = lambda: Drive.route(_ROUTER, "router_check")  # noqa: E731
    return {
        "why_hotspot_asks": (support, lambda s: _any(s, HOTSPOT_WHY)),
        "why_hotspot_others": (support, lambda s: not _any(s, HOTSPOT_WHY)),
        "charger_asks": (_after_power_advice, lambda s: _any(s, CHARGER)),
        "charger_others": (_after_power_advice, lambda s: not _any(s, CHARGER)),
        "wpa3_asks": (router, lambda s: _any(s, WPA3)),
        "wpa3_others": (router, lambda s: not _any(s, WPA3_ANSWER)),
        "support_when_asks": (support, lambda s: _any(s, WHEN)),
        "support_case_asks": (support, lambda s: _any(s, WHAT_CASE)),
        "support_others": (support, lambda s: not _any(s, WHEN + WHAT_CASE)),
    }


def judge(case: dict[str, Any]) -> str:
    start, ok = _judges()[case["group"]]
    return "right" if ok(start().say(str(case["text"]))) else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round57_heldout", "{n} messages: why the hotspot works and the home Wi-Fi not, a charger "
                                "enough, WPA3 asked, when support answers and what case", DATA, judge)]
