"""Benchmark: a thirteenth round's readers (tests/data/round13_heldout.yaml, written blind before they were written).

Two groups, after the ninth blind exploratory round:
- opener_person: a first message that asks for a person (`asks_person`), only asks whether this is the help line or
  who is answering (`channel_question`; "hello is this the help line?" was handed to support at once), or neither
  (`other`). Read by `intents.word` ("agent") and `asks.channel_question`;
- flash_count: the answer to "between the light blue blinks, do you see quick orange, red or purple flashes?",
  with the count of orange flashes when it is given ("two orange flashes": `orange_2`; the count was asked again).
  Read by the question's reader (`reading.read("cyan_blinks", ...)`: label, and the count as its value).
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules import asks, intents
from flows.troubleshoot.rules.reading import read

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round13_heldout.yaml"


def opener_read(text: str) -> str:
    channel = getattr(asks, "channel_question", None)
    if channel is not None and channel(text):
        return "channel_question"
    return "asks_person" if intents.word(text, None) == "agent" else "other"


def flashes_read(text: str) -> str:
    reading = read("cyan_blinks", text)
    if reading.label == "orange" and reading.value in (1, 2, 3):
        return f"orange_{reading.value}"
    return str(reading.label)


def judge(case: dict[str, Any]) -> bool:
    text, label = str(case["text"]), str(case["label"])
    got = opener_read(text) if case["group"] == "opener_person" else flashes_read(text)
    return got == label


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    return [heldout.tally("round13_heldout", f"{len(cases)} messages in two groups", cases, judge)]
