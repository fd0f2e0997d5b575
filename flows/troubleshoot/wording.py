"""How a reply is worded once its copy is filled in: sentence case where a field starts a sentence, and the buttons a
web reply names. Pure functions."""

from __future__ import annotations

import re


def named_buttons(text: str, asked: tuple[str, ...]) -> tuple[str, ...]:
    """`asked` (the standing question's buttons) when `text` tells the customer to tap one of them, else none."""
    return asked if any(re.search(rf"\b[Tt]ap {re.escape(label)}\b", text) for label in asked) else ()


_KEEP_CASE = ("iPhone", "iOS", "iPad", "eero", "e.g.", "i.e.")
# A sentence that starts with a field ("Thanks for checking. {name} is connected"): the unit's name as its owner
# wrote it, lower case ("living-room is connected ...", explore9's n26).
_SENTENCE_START = re.compile(r"(?<![ .][a-z]\.[a-z]\. )(?<=[.!?] )[a-z]")


def capital(text: str) -> str:
    """Sentence case when a template starts a sentence with a field such as "your device" or the unit's name; brand
    names keep their case."""
    if not text:
        return text
    text = _SENTENCE_START.sub(lambda m: m.group(0) if text.startswith(_KEEP_CASE, m.start()) else m.group(0).upper(),
                               text)
    return text if text.startswith(_KEEP_CASE) else text[:1].upper() + text[1:]
