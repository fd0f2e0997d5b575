"""What flows may use from the bot: the model a flow runs on, and the effects it records instead of doing I/O.

A flow never sends, stores or calls anything. Its actions append effects to `model.effects`; the engine stores
the new state and those effects in one transaction and then performs them (deliver a reply, ask the cloud,
start or cancel a timer, open a case). Results come back to the flow as new events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class FlowConfig:
    """The settings a flow needs, copied from Settings by the engine (flows never read the environment)."""

    product: str = "your device"
    hotspot_ssid: str | None = None
    hotspot_password: str | None = None
    hotspot_wait_seconds: int = 300
    reply_timeout_seconds: int = 900
    product_mode: bool = False


@dataclass
class FlowModel:
    """One conversation as a flow sees it. `state` is the machine's stored state value."""

    state: str | None
    data: dict[str, Any]
    findings: dict[str, dict[str, Any]]
    cfg: FlowConfig
    channel: str = "web"
    now: float = 0.0
    conversation_id: str = ""  # shown to the customer as their case number at a handoff
    status: str = "active"
    outcome: str | None = None
    awaiting: str | None = None
    assignee: str | None = None  # the support agent who holds the case, if one does (the bot then stays silent)
    effects: list[dict[str, Any]] = field(default_factory=list)

    # --- effect recorders -------------------------------------------------------------------
    def reply(self, text: str, choices: tuple[str, ...] | list[str] = (), **extra: Any) -> None:
        self.effects.append({"type": "reply", "text": text, "choices": list(choices), **extra})

    def finding(self, code: str, source: str, detail: str | None = None) -> bool:
        """Record `code` once per conversation; returns False when it was already known."""
        if code in self.findings:
            return False
        rec = {"code": code, "source": source, "detail": detail, "at": self.now}
        self.findings[code] = rec
        self.effects.append({"type": "finding", **rec})
        return True

    def start_timer(self, name: str, seconds: float) -> None:
        self.effects.append({"type": "timer", "name": name, "due_at": self.now + seconds})

    def cancel_timer(self, name: str) -> None:
        self.effects.append({"type": "cancel_timer", "name": name})

    def query(self, kind: str, **params: Any) -> None:
        self.effects.append({"type": "query", "kind": kind, **params})

    def finish(self, status: str, outcome: str) -> None:
        self.status = status
        self.outcome = outcome
        self.effects.append({"type": "outcome", "status": status, "outcome": outcome})


@dataclass(frozen=True)
class KeyMemory:
    """The Wi-Fi keys hidden earlier in one conversation, as keyed fingerprints (never the keys themselves), so
    that the same key typed again at a later question is hidden too.

    `fingerprint` makes one from a piece of text (the engine's keyed hash); `known` are those of the keys hidden so
    far. A flow's `read` returns the fingerprints of the keys it hid in `facts["key_prints"]`.
    """

    fingerprint: Callable[[str], str]
    known: frozenset[str] = frozenset()


class Flow(Protocol):
    """What the engine needs from a flow: the state machine to run, and how to read an inbound message once.

    The server plugs a flow in (flows/troubleshoot/plugin.py); the engine never imports one.
    """

    machine: Any  # a python-statemachine StateMachine class whose states have stable values (they are stored)

    def read(self, text: str, awaiting: str | None,
             memory: KeyMemory | None = None) -> tuple[str, dict[str, object]]:
        """The text as it may be stored (secrets replaced) and facts about it, read once per message.

        Facts include `word`: "stop" / "start" when the whole message is an opt-out / opt-in keyword (the engine
        acts on those), or the flow's own word for what applies at any step; None for an ordinary answer. With
        `memory`, the keys hidden before are hidden again, and `key_prints` lists the fingerprints of those hidden
        now.
        """
        ...

    def keyword(self, text: str) -> str | None:
        """"stop" / "start" for a message stored before facts carried `word` (older rows), else None."""
        ...

    def warm(self, steps: bool = True) -> None:
        """Load what reading a message needs (word lists and the like), so the first customer does not wait.
        `steps`: also what the flow's steps read answers with (the engine's worker); intake needs only the rest."""
        ...
