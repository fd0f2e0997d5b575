"""Benchmark: questions about the help itself, asked beside the bot's question or after the hand-off
(tests/data/round18_heldout.yaml, written blind by a helper who read no code, committed before the readers changed).

A customer asks how support will reach them (`contact`), for a person (`human`), to return or replace the unit
(`return`), whether it is broken (`is_broken`), whether this is a bot (`is_bot`), or what happens next and whether to
stay (`what_next`); against `answer`: a real answer to the question asked that shares their words. Two contexts:
- `mid`, at the light, password, scanner, Wi-Fi list or hotspot question. A `human` is handed to support
  (`handoff:customer_request`). Any other kind is answered and the same question kept (no outcome, still awaiting it),
  with that kind's own text (`_MID`); a `return` may instead go to support with the give-up text, which offers a return.
  An `answer` gets none of those texts and no hand-off.
- `handed_off`, once the case is with support (the contact question skipped): each kind gets its own text (`_AFTER`).
Judged on the flow itself (tests/flowdrive.py's Drive, no I/O). A reply is a copy key's when it begins with that
text's first 60 characters (up to its first field). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot import copy
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round18_heldout.yaml"

_ROUTE = {"light": (), "password": ("blinking green", "steady"), "scan": ("blinking green", "steady", "yes", "HomeNet"),
          "router": ("blinking green", "steady", "yes", "HomeNet", "skip"),
          "hotspot": ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no", "no")}
_AWAITING = {"light": "led", "password": "wifi_password", "scan": "wifi_scan", "router": "router_check",
             "hotspot": "hotspot_ready"}
_MID = {"contact": ("about_contact",), "return": ("aside_return",), "is_broken": ("aside_is_broken",),
        "is_bot": ("about_bot",), "what_next": ("about_next",)}
_AFTER = {"contact": ("with_support_contact",), "human": ("with_support_human",), "return": ("with_support_return",),
          "is_broken": ("with_support_is_broken",), "is_bot": ("with_support_is_bot",),
          "what_next": ("with_support_what_next",)}
_ASIDE_KEYS = tuple(k for keys in _MID.values() for k in keys) + ("aside_check_remote", "aside_why_questions",
                                                                 "aside_cost", "about_duration", "about_wait")


def _said(replies: list[str], keys: tuple[str, ...]) -> bool:
    """Whether a reply is one of these copy keys' texts (compared on its first 60 characters, and never past its first
    field: a channel's wording may differ at the end, as the web chat's "tap Talk to a person" for "type AGENT")."""
    starts = [copy.TEXT[k].split("{", 1)[0][:60] for k in keys if k in copy.TEXT]
    return any(r.startswith(s) for r in replies for s in starts if s)


def _outcome(effects: list[dict[str, Any]]) -> str | None:
    return next((str(e["outcome"]) for e in effects if e["type"] == "outcome"), None)


def _mid(case: dict[str, Any]) -> bool:
    step = str(case["step"])
    d = Drive.route(_ROUTE[step], _AWAITING[step])
    effects = d("message", text=str(case["text"]))
    replies, outcome, kind = Drive.replies(effects), _outcome(effects), str(case["expect"])
    if kind == "human":
        return outcome == "handoff:customer_request"
    if kind == "answer":
        return outcome is None and not _said(replies, _ASIDE_KEYS)
    if kind == "return" and outcome == "handoff:other" and _said(replies, ("give_up_handoff", "give_up_fine")):
        return True
    return outcome is None and d.awaiting == _AWAITING[step] and _said(replies, _MID[kind])


def _after(case: dict[str, Any]) -> bool:
    d = Drive.route(("agent", "skip"), lambda d: d.state == "handed_off")
    return _said(Drive.replies(d("message", text=str(case["text"]))), _AFTER[str(case["expect"])])


def run() -> list[dict[str, Any]]:
    if not DATA.exists():
        return []
    cases = [{**c, "group": c["context"], "label": c["expect"]} for c in heldout.cases(DATA)]
    return [heldout.tally("round18_heldout", f"{len(cases)} messages, beside a question or after the hand-off", cases,
                          lambda case: _mid(case) if case["group"] == "mid" else _after(case))]
