"""The store's records: typed rows with their JSON columns decoded, so no caller ever sees the storage format.

Each record is built from one database row by `from_row`; the JSON columns (data, meta, cloud, case_ref, choices,
media, facts, payload) arrive as Python values, decoded here and nowhere else. `rec["column"]` still reads a
field by its column name, for callers not yet moved to attributes (the console channel, some tests).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import orjson

# orjson, because a customer's turn decodes and encodes these columns a dozen times (json was a tenth of the engine
# worker's CPU; orjson is 4-8 times faster). The options keep what json.dumps(default=str) stored: non-string keys
# as strings, and datetimes and dataclasses through str() rather than orjson's own forms.
_DUMP_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dump(value: Any) -> str:
    """A value as stored in a JSON column."""
    return orjson.dumps(value, default=str, option=_DUMP_OPTIONS).decode()


def load(text: str | None, default: Any = None) -> Any:
    """A JSON column's value; `default` when the column is NULL or empty."""
    if text is None or text == "":
        return default
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)  # NaN or Infinity, which json wrote and orjson does not read


class _ByName:
    """Read access by column name (`rec["status"]`), the way rows were read before records."""

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


@dataclass
class Conversation(_ByName):
    """One conversation: who, which device, where the flow stands, and its decoded data, meta and cloud."""

    id: str
    channel: str
    address: str
    status: str
    customer_phone: str | None = None
    customer_slack: str | None = None
    customer_name: str | None = None
    device_id: str | None = None
    platform: str | None = None
    state: str | None = None
    awaiting: str | None = None
    assignee: str | None = None
    outcome: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    cloud: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    case_ref: dict[str, Any] | None = None
    created_at: float = 0.0
    updated_at: float = 0.0
    version: int = 0

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Conversation:
        return cls(
            id=row["id"], channel=row["channel"], address=row["address"], status=row["status"],
            customer_phone=row["customer_phone"], customer_slack=row["customer_slack"],
            customer_name=row["customer_name"], device_id=row["device_id"], platform=row["platform"],
            state=row["state"], awaiting=row["awaiting"], assignee=row["assignee"], outcome=row["outcome"],
            data=load(row["data"], {}), cloud=load(row["cloud"], {}), meta=load(row["meta"], {}),
            case_ref=load(row["case_ref"]), created_at=row["created_at"] or 0.0,
            updated_at=row["updated_at"] or 0.0, version=row["version"] or 0,
        )

    def data_copy(self) -> dict[str, Any]:
        """The flow's data, a copy the flow may change (the record keeps what was read, for a step run again).
        Through JSON, as stored: `copy.deepcopy` of a conversation's data was a tenth of a step's CPU."""
        copied: dict[str, Any] = load(dump(self.data), {})
        return copied

    @property
    def customer(self) -> dict[str, Any]:
        """Who the customer is, as the API and the case show it."""
        return {"phone": self.customer_phone, "slack_user": self.customer_slack, "name": self.customer_name}


@dataclass(frozen=True)
class ConversationHead:
    """What intake needs of a customer's newest conversation: which one, whether it is over, the question it
    waits on, and its meta (the flow's data, cloud and case are not decoded for every inbound message)."""

    id: str
    status: str
    awaiting: str | None
    meta: dict[str, Any]
    device_id: str | None = None
    outcome: str | None = None
    updated_at: float = 0.0


@dataclass
class Message(_ByName):
    """One message of a conversation (in, out, agent or note). `index` numbers a customer's messages across
    conversations (set only by `messages_for_address`)."""

    id: int
    conversation_id: str
    idx: int
    direction: str
    text: str
    at: float
    choices: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    awaiting: str | None = None
    external_id: str | None = None
    processed: bool = True
    author: str | None = None
    index: int | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any], index: int | None = None) -> Message:
        return cls(
            id=row["id"], conversation_id=row["conversation_id"], idx=row["idx"], direction=row["direction"],
            text=row["text"], at=row["at"], choices=load(row["choices"], []), media=load(row["media"], []),
            facts=load(row["facts"], {}), awaiting=row["awaiting"], external_id=row["external_id"],
            processed=bool(row["processed"]), author=row["author"], index=index,
        )


@dataclass
class OutboxRow(_ByName):
    """One effect waiting to be performed (message, query, case, case_update, mirror) and its delivery state."""

    id: int
    conversation_id: str
    kind: str
    status: str
    payload: dict[str, Any] = field(default_factory=dict)
    message_id: int | None = None
    attempts: int = 0
    next_at: float | None = None
    created_at: float | None = None
    last_error: str | None = None
    provider_id: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OutboxRow:
        return cls(
            id=row["id"], conversation_id=row["conversation_id"], kind=row["kind"], status=row["status"],
            payload=load(row["payload"], {}), message_id=row["message_id"], attempts=row["attempts"] or 0,
            next_at=row["next_at"], created_at=row["created_at"], last_error=row["last_error"],
            provider_id=row["provider_id"],
        )


@dataclass(frozen=True)
class FlowEvent(_ByName):
    """A stored flow event (an agent's give-back or resolve) waiting for its conversation's next step."""

    id: int
    conversation_id: str
    kind: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class DueTimer(_ByName):
    """A timer whose time has come."""

    conversation_id: str
    name: str
    due_at: float


@dataclass
class Purge:
    """What a retention purge removed (or, dry, would remove): one row per conversation (id, channel, status,
    last activity) and the number of rows per table, "conversations" and "deliveries" included."""

    conversations: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    kept: int = 0  # past retention but in `keep` (work in flight): left for the next purge

    @property
    def ids(self) -> list[str]:
        return [c["id"] for c in self.conversations]
