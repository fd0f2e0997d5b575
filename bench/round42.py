"""Benchmark: another serial typed once a unit not on the account went to support (tests/data/round42_heldout.yaml,
written blind by a helper who read no code; "before" is the commit that added it). The ninth blind exploratory test's
n18: a unit not on the account is handed to support at once; a tenth look found "oh wait maybe i typed it wrong, its
PHHAAB830ABCDEF" read as a Wi-Fi password typed wrong, and a bare corrected serial only "added to your case".

- R: a different serial or device ID for the unit: it is looked up (a lookup query for that serial or ID).
- N: anything else (the same serial again, an order or tracking number, a MAC, a contact, a question): no lookup.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round42_heldout.yaml"

# The serial the customer typed first: a unit the demo account does not own (the set's context says so).
FIRST = "PHHAAB830GHJKLM"


def not_on_account() -> Drive:
    """A new web chat whose first message's serial is not on the account: handed to support, at the contact
    question."""
    d = Drive()
    d("begin", text=f"my photon wont connect in my dorm room. {FIRST}")
    d("lookup_result", error="not_in_account")
    if d.state != "handed_off":
        raise RuntimeError(f"the route ends at {d.state}, not with support")
    return d


def _normal(ref: str) -> str:
    return ref.lower() if len(ref) == 24 and all(c in "0123456789abcdefABCDEF" for c in ref) else ref.upper()


def judge(case: dict[str, Any]) -> str:
    d = not_on_account()
    looked = [_normal(str(e.get("ref", ""))) for e in d("message", text=str(case["text"]))
              if e["type"] == "query" and e.get("kind") == "lookup"]
    if case["group"] == "R":
        return "right" if _normal(str(case["serial"])) in looked else "wrong"
    return "wrong" if looked else "right"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round42_heldout",
                        "{n} messages once a unit not on the account went to support: another serial or device ID "
                        "for it, or anything else",
                        DATA, judge, lambda c: str(c["group"]))]
