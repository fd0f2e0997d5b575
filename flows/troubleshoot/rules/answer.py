"""What every question's reader shares: the `Reading` it returns and the helpers that read cues clause by clause.

A reader per kind of question lives beside this module (answers_light, answers_wifi, answers_router,
answers_hotspot); reading.py picks the reader for the question the bot asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot.rules import led, polarity
from flows.troubleshoot.rules.choices import match_choice
from flows.troubleshoot.rules.text import Message, message, phrase_re


@dataclass(frozen=True)
class Reading:
    """What one answer says: `label` (None when unreadable), a slot `value` or `values`, and a call-back contact."""

    label: str | None
    value: str | int | None = None
    values: tuple[str, ...] = field(default_factory=tuple)
    contact: str | None = None
    led: led.LedReading | None = None
    networks: tuple[Any, ...] = ()  # a pasted scanner readout, parsed (scan.ScannedNetwork), read once


def choice(msg: Message, labels: tuple[str, ...]) -> str | None:
    """A numbered pick ("2", "option 2", "the second one") of the labels, in the order the bot shows them."""
    p = msg.plain
    m = re.fullmatch(r"(?:option |number |no |choice |#)?(\d{1,2})(?: please| pls| thanks)?", p)
    if m:
        n = int(m.group(1))
        return labels[n - 1] if 1 <= n <= len(labels) else None
    if not p or p.split()[0] not in ("option", "number", "the", "choice") or len(p.split()) > 5:
        # Only "the second one", "option two"...: other words are the readers' to read ("The 2.4GHz and 5GHz
        # networks have the same SSID" was picked as choice 2, round 20's real text).
        return None
    idx = match_choice(msg.raw, [f"{i + 1}" for i in range(len(labels))])
    return labels[idx] if idx is not None else None


def yes_no_unsure(msg: Message, yes: tuple[str, ...] = (), no: tuple[str, ...] = (),
                   unsure: tuple[str, ...] = ()) -> str | None:
    """Content cues first (they say more than a bare yes), then the yes/no/unsure words."""
    if unsure and msg.has(*unsure):
        return "unsure"
    v = polarity.verdict(msg)
    if v == "unsure":
        return "unsure"
    cue = polarity.cue_verdict(msg, yes, no) if (yes or no) else None
    return cue or v


def cue_pos(clause: str, cues: tuple[str, ...]) -> int | None:
    best = None
    for cue in cues:
        m = phrase_re(cue).search(clause)
        if m:
            pos = len(clause[: m.start()].split())
            best = pos if best is None else min(best, pos)
    return best


CORRECTIONS = ("wait", "actually", "i mean", "no wait", "sorry", "oh", "but", "i am wrong", "im wrong",
                "my mistake", "no sorry")


def combine(verdicts: list[tuple[str, str | None]]) -> str | None:
    """First decisive clause; after a correction ("wait no", "but", "i am wrong"), the first one after it."""
    if not verdicts:
        return None
    marks = [i for i, (c, _v) in enumerate(verdicts) if c.startswith(CORRECTIONS)]
    for mark in reversed(marks):
        after = [v for c, v in verdicts[mark:] if v is not None and v != "unsure"]
        if after:
            return after[0]
    decided = [v for _c, v in verdicts if v not in (None, "unsure")]
    if len(set(decided)) > 1 and any(c.startswith("sometimes") or " sometimes " in f" {c} " for c, _v in verdicts):
        return "unsure"  # "sometimes fast sometimes slow"
    if decided:
        return decided[0]
    return "unsure" if any(v == "unsure" for _c, v in verdicts) else None


def cue_clause(msg: Message, cues: tuple[str, ...]) -> str | None:
    """"yes" when a cue occurs in a clause where it is not negated, "no" when only negated, None when absent."""
    result = None
    for clause in msg.clauses:
        pos = cue_pos(clause, cues)
        if pos is None:
            continue
        if polarity.negated_at(clause.split(), pos, 4):
            result = result or "no"
        else:
            return "yes"
    return result


def negated_cue(msg: Message, cues: tuple[str, ...]) -> bool:
    for clause in msg.clauses:
        pos = cue_pos(clause, cues)
        if pos is not None and polarity.negated_at(clause.split(), pos, 4):
            return True
    return False


# Acknowledgements that answer nothing ("ok", "ok thanks", "alright", "got it"): at a yes/no question they are not
# a yes (a blind exploratory test: "ok" twice recorded a network that vets devices and a sign-in page).
# A time to do something later ("tomorrow", "when I'm home"): a question asked for it stays open until then.
LATER_TIME = (r"later", "tomorrow", "tonight", r"this (evening|afternoon|weekend)",
              r"when (i get|i am|im|i m) (home|back)", r"in an? (hour|bit|while)", r"another (day|time)")

ACK_WORDS = frozenset("ok okay k kk okie okey okk alright allright aight right got it gotcha cool thanks thank you "
                      "thx ty tysm".split())


def without_ack(msg: Message) -> Message | None:
    """The message without its leading acknowledgement ("ok no" -> "no"); None when that is all it says."""
    toks = msg.tokens
    i = 0
    while i < len(toks) and toks[i] in ACK_WORDS:
        i += 1
    if i == len(toks):
        return None
    return msg if i == 0 else message(" ".join(toks[i:]))


# Agreeing to do something, not saying it is done: "ok", "sure", "on it", "ok let me try", "oh ok then" (blind
# exploratory tests: "ok" at the hotspot set-up started the 5 minutes' wait before the hotspot was on; "sure" at the
# set-up-again step was thanked for trying; "ok" after a remedy was asked for the light as if it had been done).
_ACK_ONLY = lazy(r"^(?:oh |ah |um |well )?(?:(?:ok|okay|k|kk|sure|sure thing|alright|all right|right|fine|cool|got it"
                 r"|understood|no problem|np|sounds good|will do|on it|ok then|lets do (?:it|this|that)"
                 r"|let me (?:try|see|do (?:it|that|this)|find (?:it|my phone))|ill (?:try|do (?:it|that|this)))"
                 r"(?: |$))+(?:then|thanks|thank you|ty|thx|yes)?$")


def ack_only(msg: Message) -> bool:
    """The whole message agrees to do what was asked, without saying it is done."""
    return _ACK_ONLY.match(msg.plain) is not None
