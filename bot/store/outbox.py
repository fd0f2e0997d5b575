"""Timers (durable: rows fired by the scheduler) and the outbox (every effect performed after its step commits)."""

from __future__ import annotations

from typing import Any

from bot.store.base import StoreBase
from bot.store.records import DueTimer, FlowEvent, OutboxRow, dump, load


class OutboxAndTimers(StoreBase):
    """Timer rows and outbox rows (read as `DueTimer` and `OutboxRow` records)."""

    # ------------------------------------------------------------------ timers
    def set_timer(self, conv_id: str, name: str, due_at: float) -> None:
        self._exec("INSERT OR REPLACE INTO timers(conversation_id, name, due_at) VALUES (?,?,?)",
                   [conv_id, name, due_at])

    def cancel_timer(self, conv_id: str, name: str) -> None:
        self._exec("DELETE FROM timers WHERE conversation_id = ? AND name = ?", [conv_id, name])

    def due_timers(self, now: float, limit: int | None = 500) -> list[DueTimer]:
        """Timers due by `now`, soonest first, at most `limit` (None: all)."""
        return [DueTimer(r["conversation_id"], r["name"], r["due_at"]) for r in self._rows(
            "SELECT conversation_id, name, due_at FROM timers WHERE due_at <= ? ORDER BY due_at LIMIT ?",
            [now, -1 if limit is None else limit])]

    def timer_stepped(self, conv_id: str, name: str, due_at: float) -> None:
        """Delete a timer that fired, unless it was set again since (then it has another due time)."""
        self._exec("DELETE FROM timers WHERE conversation_id = ? AND name = ? AND due_at = ?", [conv_id, name, due_at])

    def timers(self, conv_id: str) -> list[dict[str, Any]]:
        """{name, due_at} of the conversation's timers."""
        return self._rows("SELECT name, due_at FROM timers WHERE conversation_id = ?", [conv_id])

    # ------------------------------------------------------------------ stored flow events
    def add_flow_event(self, conv_id: str, kind: str, payload: dict[str, Any]) -> int:
        cur = self._exec("INSERT INTO flow_events(conversation_id, kind, payload, created_at) VALUES (?,?,?,?)",
                         [conv_id, kind, dump(payload), self.clock.now()])
        return int(cur.lastrowid or 0)

    def flow_events(self, conv_id: str) -> list[FlowEvent]:
        """The conversation's stored flow events, oldest first."""
        return [FlowEvent(r["id"], conv_id, r["kind"], load(r["payload"]) or {}) for r in self._rows(
            "SELECT id, kind, payload FROM flow_events WHERE conversation_id = ? ORDER BY id", [conv_id])]

    def flow_event_done(self, event_id: int) -> None:
        self._exec("DELETE FROM flow_events WHERE id = ?", [event_id])

    def flow_event_conversations(self) -> list[str]:
        return [r["conversation_id"] for r in self._rows("SELECT DISTINCT conversation_id FROM flow_events")]

    # ------------------------------------------------------------------ outbox
    def add_outbox(self, conv_id: str, kind: str, payload: dict[str, Any], message_id: int | None = None) -> int:
        cur = self._exec(
            "INSERT INTO outbox(conversation_id, kind, message_id, payload, status, attempts, next_at, created_at) "
            "VALUES (?,?,?,?, 'pending', 0, ?, ?)",
            [conv_id, kind, message_id, dump(payload), self.clock.now(), self.clock.now()])
        return int(cur.lastrowid or 0)

    def pending_outbox(self, conv_id: str | None = None) -> list[OutboxRow]:
        """Rows waiting to be performed (of one conversation, or all), in order."""
        if conv_id:
            rows = self._rows(
                "SELECT * FROM outbox WHERE status = 'pending' AND conversation_id = ? ORDER BY id", [conv_id])
        else:
            rows = self._rows("SELECT * FROM outbox WHERE status = 'pending' ORDER BY id")
        return [OutboxRow.from_row(r) for r in rows]

    def claim_first_reply(self, conv_id: str, outbox_id: int) -> bool:
        """Mark a reply the step just stored "sending" when nothing older of its conversation is queued or being
        sent (inside the step's transaction; cloud queries do not count, the drain runs them apart). The drain that
        committed the step sends it next, so its "sending" mark before the provider call is already written; see
        `Outbox.deliver`."""
        cur = self._exec(
            "UPDATE outbox SET status = 'sending' WHERE id = ? AND status = 'pending' AND NOT EXISTS "
            "(SELECT 1 FROM outbox WHERE status = 'pending' AND conversation_id = ? AND id < ? AND kind != 'query') "
            "AND NOT EXISTS "
            "(SELECT 1 FROM outbox WHERE status = 'sending' AND conversation_id = ?)",
            [outbox_id, conv_id, outbox_id, conv_id])
        return cur.rowcount == 1

    def outbox_queue(self, conv_id: str, claimed: int | None = None) -> list[OutboxRow]:
        """The conversation's rows to perform, in order: the pending ones and the reply its last step claimed."""
        if claimed is None:
            return self.pending_outbox(conv_id)
        rows = self._rows(
            "SELECT * FROM outbox WHERE status = 'pending' AND conversation_id = ? UNION ALL "
            "SELECT * FROM outbox WHERE id = ? AND status = 'sending' ORDER BY id", [conv_id, claimed])
        return [OutboxRow.from_row(r) for r in rows]

    def outbox_due_conversations(self, now: float) -> list[str]:
        """Conversations with an outbox row waiting to be (re)sent by now."""
        return [r["conversation_id"] for r in self._rows(
            "SELECT DISTINCT conversation_id FROM outbox WHERE status = 'pending' AND next_at <= ?", [now])]

    def conversations_with_pending_queries(self) -> list[str]:
        """Conversations with a cloud query row not yet run."""
        return [r["conversation_id"] for r in self._rows(
            "SELECT DISTINCT conversation_id FROM outbox WHERE status = 'pending' AND kind = 'query'")]

    def outbox_conversations(self) -> list[str]:
        return [r["conversation_id"] for r in self._rows(
            # Two lookups, one per partial index (a single IN would read every row).
            "SELECT conversation_id FROM outbox WHERE status = 'pending' UNION "
            "SELECT conversation_id FROM outbox WHERE status = 'sending'")]

    def outbox_done(self, outbox_id: int, provider_id: str | None = None) -> None:
        self.outbox_sent([(outbox_id, provider_id)])

    def outbox_sent(self, sent: list[tuple[int, str | None]]) -> None:
        """`outbox_done` for several rows (id, provider id) at once."""
        self._exec_many("UPDATE outbox SET status = 'done', provider_id = ?, attempts = attempts + 1 WHERE id = ?",
                        [(provider_id, outbox_id) for outbox_id, provider_id in sent])

    def outbox_retry(self, outbox_id: int, next_at: float, error: str) -> None:
        self._exec("UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_at = ?, last_error = ? "
                   "WHERE id = ?", [next_at, error, outbox_id])

    def outbox_sending(self, outbox_id: int) -> None:
        """Marked before the provider call: after a crash, a 'sending' row may or may not have gone out."""
        self._exec("UPDATE outbox SET status = 'sending', next_at = ? WHERE id = ?", [self.clock.now(), outbox_id])

    def outbox_in_doubt(self) -> list[OutboxRow]:
        return [OutboxRow.from_row(r) for r in self._rows("SELECT * FROM outbox WHERE status = 'sending' ORDER BY id")]

    def outbox_requeue(self, outbox_id: int) -> None:
        self._exec("UPDATE outbox SET status = 'pending' WHERE id = ?", [outbox_id])

    def outbox_failed(self, outbox_id: int, error: str) -> None:
        self._exec("UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1 WHERE id = ?",
                   [error, outbox_id])

    def outbox_drop_for(self, channel: str, address: str) -> None:
        """Opt-out: pending customer messages to that address are never sent."""
        self._exec(
            "UPDATE outbox SET status = 'dropped' WHERE status = 'pending' AND kind = 'message' AND conversation_id "
            "IN (SELECT id FROM conversations WHERE channel = ? AND address = ?)", [channel, address])
