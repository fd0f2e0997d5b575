"""Benchmark: after the fourth blind exploratory test, as a held-out set (tests/data/round30_heldout.yaml), written
blind by a helper who read no code, committed before the readers changed:

- A, a first message that names the unit in everyday words ("garage opener says offline", "I set up a porch sensor
  for my mother", "kitchen hub is DEAD"), with the account's units as the app names them: the one unit an agent would
  be sure of is found (`right`), none is looked up (`missed`: the serial question comes, which is safe), or another
  unit, or one where the message names none (`wrong`). Scored as bench/opener_names.py scores: the flow's reader and
  the cloud's name match together. The test was asked for the serial three times for units it had named;
- B, once support has the case because the unit is not on the customer's account: asking what that means (`meaning`:
  "what mean not on account??") gets it explained; `other` does not. The test's question was never answered.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from bot.cloud import names
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round30_heldout.yaml"


def _not_on_account() -> Drive:
    d = Drive()
    d("begin", text="hi")
    d("message", text="PHHAAB830ABCDEF")
    d("lookup_result", error="not_in_account")
    if d.state != "handed_off":
        raise RuntimeError(f"the route ends at {d.state}")
    return d


def _found(text: str, account: list[str]) -> str | None:
    """The unit the service finds from a first message: what the flow asks the cloud to look up (its kind and words),
    then the cloud's choice among the account's units as `CloudClient.find_by_name` makes it in user mode (a word of
    one unit's name is enough only for a "name_word" look-up)."""
    d = Drive()
    lookups = [e for e in d("begin", text=text) if e["type"] == "query" and e.get("kind") == "lookup"]
    if not lookups or lookups[-1].get("ref_kind") not in ("name", "name_word"):
        return None
    kind, ref = lookups[-1]["ref_kind"], str(lookups[-1]["ref"])
    chosen = names.match_name(ref, account)
    return names.match_word(ref, account) if chosen is None and kind == "name_word" else chosen


def judge(case: dict[str, Any]) -> str:
    if case["group"] == "A":
        got = _found(str(case["text"]), [str(n) for n in case["account"]])
        if got == case["unit"]:
            return "right"
        return "missed" if got is None else "wrong"
    d = _not_on_account()
    told = heldout.said(d.replies(d("message", text=str(case["text"]))), "not_on_account_meaning")
    return "right" if told == (case["label"] == "meaning") else "wrong"


def _key(case: dict[str, Any]) -> str:
    if case["group"] == "A":
        return "A.unit" if case["unit"] else "A.none"
    return f"B.{case['label']}"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round30_heldout",
                        "{n} messages: a unit named in everyday words, what 'not on your account' means",
                        DATA, judge, _key, counts=("wrong",))]
