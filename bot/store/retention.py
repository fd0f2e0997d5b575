"""Retention (design §3 RETENTION_DAYS): which conversations are past it, and their deletion with every row."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from bot.store.base import StoreBase
from bot.store.conversations import ENDED
from bot.store.records import Purge

DAY = 24 * 3600.0
DEVICELESS_WEB_DAYS = 7  # design §3: web chats that never named a device go after 7 days, whatever their status
# Every table whose rows belong to one conversation (a test checks this against the schema). Deliveries are keyed
# by the provider's message ID, not by conversation: those of the deleted messages go with them.
CONVERSATION_TABLES = ("messages", "findings", "cloud_events", "timers", "outbox", "steps", "flow_events")


class Retention(StoreBase):
    """`purgeable` and `purge`."""

    def purgeable(self, days: int) -> list[dict[str, Any]]:
        """Conversations past retention: ended (resolved or abandoned) with no activity for `days` days, and web
        chats that never named a device with none for 7 days, whatever their status.
        Activity is the last update or the last message (an opted-out customer's messages are still added to
        the ended conversation). Never purged: a case handed to support (open until someone resolves it) and a
        conversation with a customer message not yet processed."""
        now = self.clock.now()
        ended_before = now - days * DAY
        deviceless_before = now - DEVICELESS_WEB_DAYS * DAY
        return self._rows(
            "SELECT id, channel, status, last FROM (SELECT c.id, c.channel, c.status, c.device_id, c.rowid AS r, "
            "MAX(COALESCE(c.updated_at, c.created_at, 0), "
            "    COALESCE((SELECT MAX(m.at) FROM messages m WHERE m.conversation_id = c.id), 0)) AS last "
            "FROM conversations c WHERE c.status != 'handed_off' AND COALESCE(c.updated_at, c.created_at, 0) < ? "
            "AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.processed = 0)) "
            "WHERE (status IN (?, ?) AND last < ?) "
            "OR (channel = 'web' AND COALESCE(device_id, '') = '' AND last < ?) ORDER BY r",
            [max(ended_before, deviceless_before), *ENDED, ended_before, deviceless_before])

    def purge(self, days: int, *, dry_run: bool = False, keep: Collection[str] = ()) -> Purge:
        """Delete the `purgeable` conversations (but those in `keep`) with every row that belongs to them, in one
        transaction; with `dry_run`, only count what would go."""
        out = Purge()
        with self.atomic():  # the selection and the deletes see the same rows
            rows = self.purgeable(days)
            out.conversations = [r for r in rows if r["id"] not in keep]
            out.kept = len(rows) - len(out.conversations)
            ids = out.ids
            counts = dict.fromkeys(("conversations", *CONVERSATION_TABLES, "deliveries"), 0)
            for i in range(0, len(ids), 500):  # well under SQLite's limit on bound parameters
                for table, n in self._purge_chunk(ids[i:i + 500], dry_run).items():
                    counts[table] += n
            out.counts = counts
        return out

    def _purge_chunk(self, chunk: list[str], dry_run: bool) -> dict[str, int]:
        marks = ", ".join("?" for _ in chunk)
        where = {t: f"{t} WHERE conversation_id IN ({marks})" for t in CONVERSATION_TABLES}
        where["deliveries"] = (
            f"deliveries WHERE (source, key) IN (SELECT c.channel, m.external_id FROM messages m "
            f"JOIN conversations c ON c.id = m.conversation_id WHERE m.conversation_id IN ({marks}) "
            f"AND m.external_id IS NOT NULL)")
        where["conversations"] = f"conversations WHERE id IN ({marks})"
        counts: dict[str, int] = {}
        # Deliveries first (found through the messages), children before the conversations (foreign keys).
        for table in ("deliveries", *CONVERSATION_TABLES, "conversations"):
            if dry_run:
                row = self._one(f"SELECT COUNT(*) FROM {where[table]}", chunk)
                counts[table] = int(row[0]) if row else 0
            else:
                counts[table] = self._exec(f"DELETE FROM {where[table]}", chunk).rowcount
        return counts
