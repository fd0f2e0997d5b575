"""Benchmark: a twelfth round's readers (tests/data/round12_heldout.yaml, written blind before they were written).

One group, after the eighth blind exploratory round: the reply to "How can they reach you if you leave this page?"
once support has the case: an e-mail address, typed or said in words (`email`, with the address to keep), a phone
number (`phone`, with its digits), no thanks (`decline`), "you already have it" (`on_file`), "text me here"
(`this_number`), or none of these (`other`). Read by `contacts.contacts` (the address or number), then
`contacts.declines_contact`, `contacts.on_file` and `contacts.this_number`.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import contacts

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round12_heldout.yaml"


def _kept(found: str) -> tuple[str, str]:
    """(label, value) for a contact as the reader keeps it: an e-mail lowercased, a number's digits (and +)."""
    if "@" in found:
        return "email", found.strip().lower()
    return "phone", ("+" if found.strip().startswith("+") else "") + re.sub(r"\D", "", found)


def reply_read(text: str) -> tuple[str, str | None]:
    found = contacts.contacts(text)
    if found:
        return _kept(found[0])
    if contacts.declines_contact(text):
        return "decline", None
    for label, name in (("on_file", "on_file"), ("this_number", "this_number")):
        reader = getattr(contacts, name, None)
        if reader is not None and reader(text):
            return label, None
    return "other", None


def judge(case: dict[str, Any]) -> bool:
    label, value = reply_read(str(case["text"]))
    want = str(case["label"])
    if want in ("email", "phone"):
        return (label, value) == (want, str(case["value"]).lower() if want == "email" else str(case["value"]))
    return label == want


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    return [heldout.tally("round12_heldout", f"{len(cases)} replies to the contact question", cases, judge)]
