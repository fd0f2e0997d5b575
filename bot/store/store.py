"""Reads and writes of every table; the engine groups writes of one step with `store.atomic()`."""

from __future__ import annotations

import json
import secrets
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bot.clock import Clock, iso
from bot.store.db import open_db

ENDED = ("resolved", "abandoned")
DAY = 24 * 3600.0
DEVICELESS_WEB_DAYS = 7  # design §3: web chats that never named a device go after 7 days, whatever their status
# Every table whose rows belong to one conversation (a test checks this against the schema). Deliveries are keyed
# by the provider's message ID, not by conversation: those of the deleted messages go with them.
CONVERSATION_TABLES = ("messages", "findings", "cloud_events", "timers", "outbox", "steps")


def _j(v: Any) -> str:
    return json.dumps(v, separators=(",", ":"), default=str)


def _l(v: str | None, default: Any = None) -> Any:
    if v is None or v == "":
        return default
    return json.loads(v)


def new_id() -> str:
    return "c_" + secrets.token_hex(8)


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


class Store:
    """All persistence. Every method is synchronous and fast; it runs on the event loop thread."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @classmethod
    def open(cls, path: str | None, clock: Clock) -> Store:
        return cls(open_db(path), clock)

    def _rows(self, sql: str, args: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Run a read on the raw connection. (sqlite-utils' query() wraps each read in a SAVEPOINT, which
        tripled the statements of a conversation step.)"""
        cur = self.db.conn.execute(sql, args)
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    # ------------------------------------------------------------------ deliveries (idempotency)
    def first_delivery(self, source: str, key: str) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO deliveries(source, key, at) VALUES (?, ?, ?)", [source, key, self.clock.now()]
        )
        return cur.rowcount == 1

    # ------------------------------------------------------------------ Particle lookups (serial cache, hourly bounds)
    def serial_entry(self, serial: str) -> dict[str, Any] | None:
        """What Particle Cloud last said about a serial number: {device_id (None: not found), checked_at}."""
        rows = self._rows("SELECT device_id, checked_at FROM serial_numbers WHERE serial = ?", [serial])
        return rows[0] if rows else None

    def remember_serial(self, serial: str, device_id: str | None, at: float) -> None:
        """Keep Particle's answer for a serial. A device ID is kept for good (a serial names one device for life):
        a later "not found" (None) never replaces it, while a "not found" is replaced by any newer answer."""
        self.db.execute(
            "INSERT INTO serial_numbers(serial, device_id, checked_at) VALUES (?, ?, ?) ON CONFLICT(serial) DO UPDATE "
            "SET device_id = excluded.device_id, checked_at = excluded.checked_at WHERE serial_numbers.device_id IS NULL",
            [serial, device_id, at])

    def record_lookup(self, who: str | None, kind: str, at: float) -> None:
        """A device lookup made in Particle Cloud on behalf of `who` (channel:address; None: no customer). `kind`
        "serial" is a call to /v1/serial_numbers (the hourly ceiling counts those); "list" and "name" are not."""
        self.db.execute("INSERT INTO cloud_lookups(at, who, kind) VALUES (?, ?, ?)", [at, who, kind])

    def lookup_times(self, since: float, *, who: str | None = None, kind: str | None = None) -> list[float]:
        """Times of the lookups made after `since`, oldest first (all of them, or one address's, or one kind's)."""
        sql = "SELECT at FROM cloud_lookups WHERE at > ?"
        args: list[float | str] = [since]
        if who is not None:
            sql, args = sql + " AND who = ?", [*args, who]
        if kind is not None:
            sql, args = sql + " AND kind = ?", [*args, kind]
        return [r["at"] for r in self._rows(sql + " ORDER BY at", args)]

    def prune_lookups(self, before: float, misses_before: float) -> None:
        """Forget lookups made at or before `before` and "not found" answers at or before `misses_before`."""
        with self.atomic():
            self.db.execute("DELETE FROM cloud_lookups WHERE at <= ?", [before])
            self.db.execute("DELETE FROM serial_numbers WHERE device_id IS NULL AND checked_at <= ?", [misses_before])

    # ------------------------------------------------------------------ customers and opt-outs
    def add_customer(self, device_id: str, phone: str | None = None, slack_user: str | None = None,
                     name: str | None = None) -> dict[str, Any]:
        row = {"device_id": device_id, "phone": phone, "slack_user": slack_user, "name": name,
               "created_at": self.clock.now()}
        with self.atomic():
            for col, val in (("phone", phone), ("slack_user", slack_user)):
                if val:
                    self.db.execute(f"DELETE FROM customers WHERE {col} = ?", [val])
            self.db.execute("INSERT INTO customers(device_id, phone, slack_user, name, created_at) VALUES (?,?,?,?,?)",
                            [device_id, phone, slack_user, name, row["created_at"]])
        return row

    def customers(self) -> list[dict[str, Any]]:
        return self._rows("SELECT phone, slack_user, device_id, name, created_at FROM customers ORDER BY id")

    def customer_for(self, channel: str, address: str) -> dict[str, Any] | None:
        col = {"sms": "phone", "slack": "slack_user", "console": "phone"}.get(channel)
        if col is None:
            return None
        rows = self._rows(f"SELECT * FROM customers WHERE {col} = ?", [address])
        return rows[0] if rows else None

    def is_opted_out(self, channel: str, address: str) -> bool:
        return bool(self._rows(
            "SELECT 1 FROM opt_outs WHERE channel = ? AND address = ?", [channel, address]))

    def set_opt_out(self, channel: str, address: str, on: bool) -> None:
        if on:
            self.db.execute("INSERT OR REPLACE INTO opt_outs(channel, address, at) VALUES (?, ?, ?)",
                            [channel, address, self.clock.now()])
        else:
            self.db.execute("DELETE FROM opt_outs WHERE channel = ? AND address = ?", [channel, address])

    # ------------------------------------------------------------------ conversations
    def latest_conversation(self, channel: str, address: str) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT * FROM conversations WHERE channel = ? AND address = ? ORDER BY created_at DESC, rowid DESC "
            "LIMIT 1", [channel, address])
        return rows[0] if rows else None

    def create_conversation(self, channel: str, address: str, meta: dict[str, Any] | None = None,
                            device_id: str | None = None, name: str | None = None) -> dict[str, Any]:
        now = self.clock.now()
        row = {
            "id": new_id(), "channel": channel, "address": address,
            "customer_phone": address if channel == "sms" else None,
            "customer_slack": address if channel == "slack" else None,
            "customer_name": name, "device_id": device_id, "platform": None, "state": None, "awaiting": None,
            "status": "active", "assignee": None, "outcome": None, "data": "{}", "cloud": "{}",
            "meta": _j(meta or {}), "case_ref": None, "created_at": now, "updated_at": now, "version": 0,
        }
        cols = ", ".join(row)
        self.db.execute(f"INSERT INTO conversations({cols}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        return row

    def conversation_row(self, conv_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM conversations WHERE id = ?", [conv_id])
        return rows[0] if rows else None

    def claim_case(self, conv_id: str, agent: str, now: float) -> bool:
        """Give the case to `agent` unless another agent holds it (one holder at a time, decided here)."""
        cur = self.db.execute(
            "UPDATE conversations SET assignee = ?, status = 'handed_off', updated_at = ? WHERE id = ? AND "
            "(assignee IS NULL OR assignee = ?)", [agent, now, conv_id, agent])
        return cur.rowcount == 1

    def update_conversation(self, conv_id: str, **fields: Any) -> None:
        for k in ("data", "cloud", "meta", "case_ref"):
            if k in fields and not isinstance(fields[k], str) and fields[k] is not None:
                fields[k] = _j(fields[k])
        fields["updated_at"] = self.clock.now()
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE conversations SET {sets}, version = version + 1 WHERE id = ?",
                        [*fields.values(), conv_id])

    def active_for_device(self, device_id: str) -> list[str]:
        return [r["id"] for r in self._rows(
            "SELECT id FROM conversations WHERE device_id = ? AND status IN ('active', 'waiting_device', "
            "'handed_off')", [device_id])]

    def conversation_for_case(self, channel: str, ts: str) -> str | None:
        for r in self._rows(
                "SELECT id, case_ref FROM conversations WHERE json_extract(case_ref, '$.ts') = ?", [ts]):
            ref = _l(r["case_ref"], {})
            if not channel or ref.get("channel") == channel:
                return str(r["id"])
        return None

    # ------------------------------------------------------------------ messages
    def add_message(self, conv_id: str, direction: str, text: str, *, choices: list[str] | None = None,
                    awaiting: str | None = None, external_id: str | None = None, media: list[str] | None = None,
                    processed: bool = True, author: str | None = None, facts: dict[str, Any] | None = None) -> int:
        idx_row = self._rows(
            "SELECT COALESCE(MAX(idx), -1) + 1 AS n FROM messages WHERE conversation_id = ?", [conv_id])
        cur = self.db.execute(
            "INSERT INTO messages(conversation_id, idx, direction, text, choices, awaiting, at, external_id, media, "
            "processed, author, facts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [conv_id, idx_row[0]["n"], direction, text, _j(choices or []), awaiting, self.clock.now(), external_id,
             _j(media or []), 1 if processed else 0, author, _j(facts or {})],
        )
        return int(cur.lastrowid or 0)

    def pending_inbound(self, conv_id: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? AND direction = 'in' AND processed = 0 ORDER BY idx",
            [conv_id])

    def conversations_with_pending_inbound(self) -> list[str]:
        return [r["conversation_id"] for r in self._rows(
            "SELECT DISTINCT conversation_id FROM messages WHERE direction = 'in' AND processed = 0")]

    def mark_processed(self, message_id: int) -> None:
        self.db.execute("UPDATE messages SET processed = 1 WHERE id = ?", [message_id])

    def messages(self, conv_id: str, after: int = 0) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM messages WHERE conversation_id = ? AND idx >= ? ORDER BY idx", [conv_id, after])

    def messages_for_address(self, channel: str, address: str, after: int = 0,
                             limit: int | None = None) -> list[dict[str, Any]]:
        """Messages of every conversation of one customer, numbered across conversations (web chat polling).

        Numbered and paged in SQL: a poll of a 2,000-message chat reads only the page it returns.
        """
        # Count each conversation's messages from the covering index, skip whole conversations before `after`,
        # then read only the page's rows: a poll costs about the same for a 20- or a 2,000-message chat.
        out: list[dict[str, Any]] = []
        want = -1 if limit is None else limit
        base = 0
        for conv_id, n in self.db.execute(
                "SELECT c.id, (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id "
                "AND m.direction != 'note') FROM conversations c WHERE c.channel = ? AND c.address = ? "
                "ORDER BY c.created_at, c.rowid", [channel, address]).fetchall():
            if base + n <= after:
                base += n
                continue
            skip = max(0, after - base)
            rows = self._rows(
                "SELECT * FROM messages WHERE conversation_id = ? AND direction != 'note' ORDER BY idx "
                "LIMIT ? OFFSET ?", [conv_id, want - len(out) if want >= 0 else -1, skip])
            out += [dict(r, index=base + skip + i) for i, r in enumerate(rows)]
            base += n
            if 0 <= want <= len(out):
                break
        return out

    def count_for_address(self, channel: str, address: str) -> int:
        """How many messages `messages_for_address` numbers for this customer."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.channel = ? AND c.address = ? AND m.direction != 'note'", [channel, address]).fetchone()
        return int(row[0])

    def has_conversation(self, channel: str, address: str) -> bool:
        return self.db.execute("SELECT 1 FROM conversations WHERE channel = ? AND address = ? LIMIT 1",
                               [channel, address]).fetchone() is not None

    def inbound_by_external_id(self, channel: str, address: str, external_id: str) -> int | None:
        """The numbered index (as in `messages_for_address`) of a customer's message with that delivery ID."""
        row = self.db.execute(
            "SELECT \"index\" FROM (SELECT m.external_id, m.direction, ROW_NUMBER() OVER (ORDER BY c.created_at, "
            "c.rowid, m.idx) - 1 AS \"index\" FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.channel = ? AND c.address = ? AND m.direction != 'note') "
            "WHERE external_id = ? AND direction = 'in'", [channel, address, external_id]).fetchone()
        return int(row[0]) if row else None

    # ------------------------------------------------------------------ findings and cloud events
    def add_finding(self, conv_id: str, code: str, source: str, detail: str | None, at: float) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO findings(conversation_id, code, source, detail, at) VALUES (?,?,?,?,?)",
            [conv_id, code, source, detail, at])

    def findings(self, conv_id: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT code, source, detail, at FROM findings WHERE conversation_id = ? ORDER BY at, id", [conv_id])

    def add_cloud_event(self, conv_id: str, device_id: str, kind: str, detail: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO cloud_events(conversation_id, device_id, kind, detail, at) VALUES (?,?,?,?,?)",
            [conv_id, device_id, kind, detail, self.clock.now()])

    def cloud_events(self, conv_id: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT kind, detail, at FROM cloud_events WHERE conversation_id = ? ORDER BY at, id", [conv_id])

    def mark_step(self, conv_id: str, step: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO steps(conversation_id, step, at) VALUES (?,?,?)",
                        [conv_id, step, self.clock.now()])

    # ------------------------------------------------------------------ timers
    def set_timer(self, conv_id: str, name: str, due_at: float) -> None:
        self.db.execute("INSERT OR REPLACE INTO timers(conversation_id, name, due_at) VALUES (?,?,?)",
                        [conv_id, name, due_at])

    def cancel_timer(self, conv_id: str, name: str) -> None:
        self.db.execute("DELETE FROM timers WHERE conversation_id = ? AND name = ?", [conv_id, name])

    def due_timers(self, now: float, limit: int = 500) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT conversation_id, name, due_at FROM timers WHERE due_at <= ? ORDER BY due_at LIMIT ?",
            [now, limit])

    def timers(self, conv_id: str) -> list[dict[str, Any]]:
        return self._rows("SELECT name, due_at FROM timers WHERE conversation_id = ?", [conv_id])

    # ------------------------------------------------------------------ outbox
    def add_outbox(self, conv_id: str, kind: str, payload: dict[str, Any], message_id: int | None = None) -> int:
        cur = self.db.execute(
            "INSERT INTO outbox(conversation_id, kind, message_id, payload, status, attempts, next_at, created_at) "
            "VALUES (?,?,?,?, 'pending', 0, ?, ?)",
            [conv_id, kind, message_id, _j(payload), self.clock.now(), self.clock.now()])
        return int(cur.lastrowid or 0)

    def pending_outbox(self, conv_id: str | None = None) -> list[dict[str, Any]]:
        if conv_id:
            return self._rows(
                "SELECT * FROM outbox WHERE status = 'pending' AND conversation_id = ? ORDER BY id", [conv_id])
        return self._rows("SELECT * FROM outbox WHERE status = 'pending' ORDER BY id")

    def outbox_due_conversations(self, now: float) -> list[str]:
        """Conversations with an outbox row waiting to be (re)sent by now."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT conversation_id FROM outbox WHERE status = 'pending' AND next_at <= ?", [now]).fetchall()]

    def outbox_conversations(self) -> list[str]:
        return [r["conversation_id"] for r in self._rows(
            "SELECT DISTINCT conversation_id FROM outbox WHERE status IN ('pending', 'sending')")]

    def outbox_done(self, outbox_id: int, provider_id: str | None = None) -> None:
        self.db.execute("UPDATE outbox SET status = 'done', provider_id = ?, attempts = attempts + 1 WHERE id = ?",
                        [provider_id, outbox_id])

    def outbox_retry(self, outbox_id: int, next_at: float, error: str) -> None:
        self.db.execute("UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_at = ?, last_error = ? "
                        "WHERE id = ?", [next_at, error, outbox_id])

    def outbox_sending(self, outbox_id: int) -> None:
        """Marked before the provider call: after a crash, a 'sending' row may or may not have gone out."""
        self.db.execute("UPDATE outbox SET status = 'sending', next_at = ? WHERE id = ?", [self.clock.now(), outbox_id])

    def outbox_in_doubt(self) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM outbox WHERE status = 'sending' ORDER BY id")

    def outbox_requeue(self, outbox_id: int) -> None:
        self.db.execute("UPDATE outbox SET status = 'pending' WHERE id = ?", [outbox_id])

    def outbox_failed(self, outbox_id: int, error: str) -> None:
        self.db.execute("UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1 WHERE id = ?",
                        [error, outbox_id])

    def outbox_drop_for(self, channel: str, address: str) -> None:
        """Opt-out: pending customer messages to that address are never sent."""
        self.db.execute(
            "UPDATE outbox SET status = 'dropped' WHERE status = 'pending' AND kind = 'message' AND conversation_id "
            "IN (SELECT id FROM conversations WHERE channel = ? AND address = ?)", [channel, address])

    # ------------------------------------------------------------------ retention (design §3 RETENTION_DAYS)
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
                chunk = ids[i:i + 500]
                marks = ", ".join("?" for _ in chunk)
                where = {t: f"{t} WHERE conversation_id IN ({marks})" for t in CONVERSATION_TABLES}
                where["deliveries"] = (
                    f"deliveries WHERE (source, key) IN (SELECT c.channel, m.external_id FROM messages m "
                    f"JOIN conversations c ON c.id = m.conversation_id WHERE m.conversation_id IN ({marks}) "
                    f"AND m.external_id IS NOT NULL)")
                where["conversations"] = f"conversations WHERE id IN ({marks})"
                # Deliveries first (found through the messages), children before the conversations (foreign keys).
                for table in ("deliveries", *CONVERSATION_TABLES, "conversations"):
                    if dry_run:
                        counts[table] += int(self.db.execute(f"SELECT COUNT(*) FROM {where[table]}",
                                                             chunk).fetchone()[0])
                    else:
                        counts[table] += self.db.execute(f"DELETE FROM {where[table]}", chunk).rowcount
            out.counts = counts
        return out

    # ------------------------------------------------------------------ views for the API
    def summary(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": row["id"], "channel": row["channel"], "customer": self._customer(row),
            "device_id": row["device_id"], "status": row["status"], "awaiting": row["awaiting"],
            "outcome": row["outcome"], "assignee": row["assignee"],
            "created_at": iso(row["created_at"]), "updated_at": iso(row["updated_at"]),
        }

    def _customer(self, row: dict[str, Any]) -> dict[str, Any]:
        return {"phone": row["customer_phone"], "slack_user": row["customer_slack"], "name": row["customer_name"]}

    def list_conversations(self, status: str | None = None, channel: str | None = None,
                           customer: str | None = None, device_id: str | None = None,
                           limit: int = 200) -> list[dict[str, Any]]:
        where, args = [], []
        if status:
            where.append("status = ?")
            args.append(status)
        if channel:
            where.append("channel = ?")
            args.append(channel)
        if customer:
            where.append("(customer_phone = ? OR customer_slack = ? OR address = ?)")
            args += [customer, customer, customer]
        if device_id:
            where.append("device_id = ?")
            args.append(device_id.lower())
        sql = "SELECT * FROM conversations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, rowid DESC LIMIT ?"
        return [self.summary(r) for r in self._rows(sql, [*args, limit])]

    def get_conversation(self, conv_id: str) -> dict[str, Any] | None:
        row = self.conversation_row(conv_id)
        if row is None:
            return None
        cloud = _l(row["cloud"], {})
        data = _l(row["data"], {})
        return {
            "id": row["id"], "channel": row["channel"], "customer": self._customer(row),
            "device_id": row["device_id"], "platform": row["platform"], "state": row["state"],
            "awaiting": row["awaiting"], "status": row["status"], "assignee": row["assignee"],
            "outcome": row["outcome"],
            "findings": [{"code": f["code"], "source": f["source"], "at": iso(f["at"]),
                          **({"detail": f["detail"]} if f["detail"] else {})} for f in self.findings(conv_id)],
            "cloud": {"online": cloud.get("online"), "claimed": cloud.get("claimed"),
                      "checked_at": iso(cloud["checked_at"]) if cloud.get("checked_at") else None},
            "created_at": iso(row["created_at"]), "updated_at": iso(row["updated_at"]),
            "messages": [{"direction": m["direction"], "text": m["text"], "at": iso(m["at"])}
                         for m in self.messages(conv_id)],
            "led_history": [{"code": h["code"], "at": iso(h["at"])} for h in data.get("led_history", [])],
            "case_ref": _l(row["case_ref"]),
        }

    def stats(self) -> dict[str, Any]:
        by_status = {r["status"]: r["n"] for r in self._rows(
            "SELECT status, COUNT(*) AS n FROM conversations GROUP BY status")}
        by_outcome = {r["outcome"]: r["n"] for r in self._rows(
            "SELECT outcome, COUNT(*) AS n FROM conversations WHERE outcome IS NOT NULL GROUP BY outcome")}
        reached = {r["step"]: r["n"] for r in self._rows("SELECT step, COUNT(*) AS n FROM steps GROUP BY step")}
        resolved_at = {r["step"]: r["n"] for r in self._rows(
            "SELECT json_extract(data, '$.resolved_at') AS step, COUNT(*) AS n FROM conversations "
            "WHERE outcome LIKE 'resolved:%' GROUP BY step")}
        steps = {s: {"reached": n, "resolved": resolved_at.get(s, 0)} for s, n in reached.items()}
        total = sum(by_status.values())
        return {"total": total, "by_status": by_status, "by_outcome": by_outcome, "steps": steps}
