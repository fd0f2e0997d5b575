"""The store: one `Store` facade over the parts of bot/store/, each holding the queries of some tables.

Callers get records (bot/store/records.py) with JSON columns decoded, call one verb per query, and see
`StoreError` when the database fails; SQL and SQLite stay inside bot/store/. The engine groups the writes of
one step with `store.atomic()`.
"""

from __future__ import annotations

from bot.store.conversations import ENDED, Conversations, new_id
from bot.store.directory import Directory
from bot.store.messages import Messages
from bot.store.outbox import OutboxAndTimers
from bot.store.records import Conversation, DueTimer, FlowEvent, Message, OutboxRow, Purge
from bot.store.retention import CONVERSATION_TABLES, DAY, DEVICELESS_WEB_DAYS, Retention

__all__ = [
    "CONVERSATION_TABLES", "DAY", "DEVICELESS_WEB_DAYS", "ENDED", "Conversation", "DueTimer", "FlowEvent", "Message",
    "OutboxRow", "Purge", "Store", "new_id",
]


class Store(Conversations, Messages, OutboxAndTimers, Directory, Retention):
    """All persistence. Every method is synchronous and fast; it runs on the event loop thread."""
