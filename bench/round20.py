"""Benchmark: real descriptions of people's own Wi-Fi, as answers to the router questions
(tests/data/round20_real_heldout.yaml): found through search of stored public forum pages and GitHub issues and
labelled by a helper who read no code, committed before any reader changed for it.

Each text is given to the flow (tests/flowdrive.py's Drive, no I/O) at the question it answers:
- `same_name` ("does your Wi-Fi show up as just one name?"): `one` records wifi:same_ssid_both_bands (or names a mesh
  system), `two` rules it out, `unsure` does neither; each moves on to the next question;
- `mac_filter` (devices registered or approved first?) and `guest` (a sign-in web page?): `yes` records the cause
  (wifi:mac_filtering, wifi:captive_portal), `no` rules it out, `unsure` does neither, and the flow moves on.
Scored right, asked (the same question again: safe, the customer says it once more) or wrong (moved on with another
reading, or anything else). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round20_real_heldout.yaml"
# Real text of the same kind from other sources, gathered after the held-out figures were taken: the readers were
# tuned on it (its lines may be read), so it is reported apart.
TUNING = DATA.with_name("round20_real_tuning.yaml")

_ROUTE = ("blinking green", "steady", "yes", "HomeNet", "skip")  # to the first router question
_BEFORE = {"same_name": (), "mac_filter": ("two names",), "guest": ("two names", "no")}
_CODE = {"same_name": "wifi:same_ssid_both_bands", "mac_filter": "wifi:mac_filtering", "guest": "wifi:captive_portal"}
_YES = {"one", "yes"}
_NO = {"two", "no"}


def judge(case: dict[str, Any]) -> str:
    question = str(case["question"])
    d = Drive()
    d.to_led()
    for text in (*_ROUTE, *_BEFORE[question]):
        d("message", text=text)
    if (d.awaiting, d.model.data.get("rq_current")) != ("router_check", question):
        raise RuntimeError(f"the route to {question} ends at {d.awaiting}")
    d("message", text=str(case["text"]))
    if d.awaiting == "router_check" and d.model.data.get("rq_current") == question:
        return "asked"
    code = _CODE[question]
    found = code in d.model.findings or (question == "same_name" and "wifi:mesh_or_gateway" in d.model.findings)
    ruled_out = code in d.model.data.get("ruled_out", [])
    label = str(case["label"])
    got = "yes" if found else "no" if ruled_out else "unsure"
    want = "yes" if label in _YES else "no" if label in _NO else "unsure"
    return "right" if got == want else "wrong"


def run() -> list[dict[str, Any]]:
    return [score(DATA, "round20_real_router_answers"), score(TUNING, "round20_real_router_tuning")]


def score(path: Path, name: str) -> dict[str, Any]:
    return heldout.row(name,
                       "{n} real descriptions of people's own Wi-Fi (forums and GitHub issues)",
                       path, judge, lambda case: f"{case['question']}.{case['label']}", counts=("wrong", "asked"))
