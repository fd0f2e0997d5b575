"""Benchmark: a fourth blind exploratory round's readers (tests/data/round4_heldout.yaml, written blind).

Four groups, each scored on what the flow would do:
- bot_or_person: "are you a bot?" is answered (`bot`), "get me a human" hands off (`agent`): read at the light
  question;
- privacy: "do you store my wifi password?" is answered (`privacy`); a message that only mentions a password is
  not: read at the password question;
- password_question: yes / no / unsure to "was it the Wi-Fi password, not the app one?", with the app password
  often negated ("no, it wasn't the app one" is yes);
- upset: an angry or swearing message is acknowledged (`intents.upset`), a firm one is not.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.plugin import TROUBLESHOOT
from flows.troubleshoot.rules import intents
from flows.troubleshoot.rules.reading import read

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round4_heldout.yaml"


def _read(question: str, text: str) -> str | None:
    stored, facts = TROUBLESHOOT.read(text, question)
    return read(question, stored, facts).label


def judge(case: dict[str, Any]) -> bool:
    group, text, label = case["group"], str(case["text"]), str(case["label"])
    if group == "bot_or_person":
        return _read("led", text) == ("bot" if label == "asks_if_bot" else "agent")
    if group == "privacy":
        return (_read("wifi_password", text) == "privacy") == (label == "privacy")
    if group == "password_question":
        return _read("wifi_password", text) == label
    upset = getattr(intents, "upset", None)
    return bool(upset and upset(text)) == (label == "upset")


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out: dict[str, Any] = {"name": "round4_heldout", "load": f"{len(cases)} messages in four groups"}
    for group in ("bot_or_person", "privacy", "password_question", "upset"):
        mine = [c for c in cases if c["group"] == group]
        out[group] = f"{sum(judge(c) for c in mine)}/{len(mine)}"
    out["read"] = f"{sum(judge(c) for c in cases)}/{len(cases)}"
    return [out]
