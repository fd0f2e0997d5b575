"""Messages: every inbound message stored before it is processed, every reply stored as it is queued; the web
chat's numbered, paged view of one customer's messages across conversations."""

from __future__ import annotations

from typing import Any

from bot.store.base import StoreBase
from bot.store.records import Message, dump


class Messages(StoreBase):
    """Message rows, read as `Message` records."""

    def add_message(self, conv_id: str, direction: str, text: str, *, choices: list[str] | None = None,
                    awaiting: str | None = None, external_id: str | None = None, media: list[str] | None = None,
                    processed: bool = True, author: str | None = None, facts: dict[str, Any] | None = None) -> int:
        """Append a message to the conversation; returns its row id."""
        cur = self._exec(
            "INSERT INTO messages(conversation_id, idx, direction, text, choices, awaiting, at, external_id, media, "
            "processed, author, facts) VALUES (?, (SELECT COALESCE(MAX(idx), -1) + 1 FROM messages "
            "WHERE conversation_id = ?), ?,?,?,?,?,?,?,?,?,?)",
            [conv_id, conv_id, direction, text, dump(choices or []), awaiting, self.clock.now(),
             external_id, dump(media or []), 1 if processed else 0, author, dump(facts or {})],
        )
        return int(cur.lastrowid or 0)

    def pending_inbound(self, conv_id: str) -> list[Message]:
        """The conversation's customer messages not yet processed, oldest first."""
        return [Message.from_row(r) for r in self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? AND direction = 'in' AND processed = 0 ORDER BY idx",
            [conv_id])]

    def conversations_with_pending_inbound(self) -> list[str]:
        return [r["conversation_id"] for r in self._rows(
            "SELECT DISTINCT conversation_id FROM messages WHERE direction = 'in' AND processed = 0")]

    def mark_processed(self, message_id: int) -> None:
        self._exec("UPDATE messages SET processed = 1 WHERE id = ?", [message_id])

    def messages(self, conv_id: str, after: int = 0) -> list[Message]:
        """The conversation's messages from position `after`, in order."""
        return [Message.from_row(r) for r in self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? AND idx >= ? ORDER BY idx", [conv_id, after])]

    def messages_for_address(self, channel: str, address: str, after: int = 0,
                             limit: int | None = None) -> list[Message]:
        """Messages of every conversation of one customer, numbered (`index`) across conversations (web chat
        polling). Numbered and paged in SQL: a poll of a 2,000-message chat reads only the page it returns.
        """
        # Count each conversation's messages from the covering index, skip whole conversations before `after`,
        # then read only the page's rows: a poll costs about the same for a 20- or a 2,000-message chat.
        out: list[Message] = []
        want = -1 if limit is None else limit
        base = 0
        for r in self._rows(
                "SELECT c.id, (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id "
                "AND m.direction != 'note') AS n FROM conversations c WHERE c.channel = ? AND c.address = ? "
                "ORDER BY c.created_at, c.rowid", [channel, address]):
            conv_id, n = r["id"], r["n"]
            if base + n <= after:
                base += n
                continue
            skip = max(0, after - base)
            rows = self._rows(
                "SELECT * FROM messages WHERE conversation_id = ? AND direction != 'note' ORDER BY idx "
                "LIMIT ? OFFSET ?", [conv_id, want - len(out) if want >= 0 else -1, skip])
            out += [Message.from_row(m, index=base + skip + i) for i, m in enumerate(rows)]
            base += n
            if 0 <= want <= len(out):
                break
        return out

    def count_for_address(self, channel: str, address: str) -> int:
        """How many messages `messages_for_address` numbers for this customer."""
        row = self._one(
            "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.channel = ? AND c.address = ? AND m.direction != 'note'", [channel, address])
        return int(row[0]) if row else 0

    def has_conversation(self, channel: str, address: str) -> bool:
        return self._one("SELECT 1 FROM conversations WHERE channel = ? AND address = ? LIMIT 1",
                         [channel, address]) is not None

    def inbound_by_external_id(self, channel: str, address: str, external_id: str) -> int | None:
        """The numbered index (as in `messages_for_address`) of a customer's message with that delivery ID."""
        row = self._one(
            "SELECT \"index\" FROM (SELECT m.external_id, m.direction, ROW_NUMBER() OVER (ORDER BY c.created_at, "
            "c.rowid, m.idx) - 1 AS \"index\" FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.channel = ? AND c.address = ? AND m.direction != 'note') "
            "WHERE external_id = ? AND direction = 'in'", [channel, address, external_id])
        return int(row[0]) if row else None
