"""Channel-neutral value types passed between channels, the engine and flows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CHANNELS = ("sms", "slack", "web", "console")


@dataclass(frozen=True)
class Inbound:
    """One customer message as it arrived.

    `address` identifies the customer on that channel: E.164 phone (sms), Slack user ID (slack),
    session string (web), or a console name. `external_id` is the provider's delivery ID
    (Twilio MessageSid, Slack event_id / action id) used to drop retries; None for web/console.
    """

    channel: str
    address: str
    text: str
    external_id: str | None = None
    media: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. {"slack_channel": "D123"}
    also_ids: tuple[str, ...] = ()  # other keys of the same message (Slack: channel and ts), each dropping a retry


@dataclass(frozen=True)
class Reply:
    """Something the bot says: plain text plus, for a question, the choice labels (in order)."""

    text: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Part:
    """One deliverable unit after channel rendering (one SMS, one Slack message, one web bubble)."""

    text: str
    choices: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. Slack blocks
