"""Conversations and what they collect: findings, cloud events and the steps reached; and the counts the API shows."""

from __future__ import annotations

import secrets
from typing import Any

from bot.store.base import StoreBase
from bot.store.records import Conversation, ConversationHead, dump, load

ENDED = ("resolved", "abandoned")
JSON_COLUMNS = ("data", "cloud", "meta", "case_ref")
# A customer's newest conversation on a channel (parameters: channel, address).
_NEWEST = "WHERE channel = ? AND address = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"


def new_id() -> str:
    return "c_" + secrets.token_hex(8)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search(q: str) -> tuple[str, list[str]]:
    """`q` anywhere in the customer's phone or name, the device ID, the device's name or serial number (as the
    cloud or the serial cache knows them), or the text of any message (case-insensitive for ASCII)."""
    pat = f"%{_like_escape(q)}%"
    like = "LIKE ? ESCAPE '\\'"
    clause = (
        f"(customer_phone {like} OR customer_name {like} OR customer_slack {like} OR device_id {like} "
        f"OR json_extract(data, '$.device.name') {like} OR json_extract(data, '$.device.serial_number') {like} "
        f"OR device_id IN (SELECT device_id FROM serial_numbers WHERE serial {like}) "
        f"OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id AND m.text {like}))"
    )
    return clause, [pat] * clause.count("?")


class Conversations(StoreBase):
    """Conversation rows (read as `Conversation` records) and the findings, cloud events and steps of each."""

    def conversation_row(self, conv_id: str) -> Conversation | None:
        rows = self._rows("SELECT * FROM conversations WHERE id = ?", [conv_id])
        return Conversation.from_row(rows[0]) if rows else None

    def latest_conversation(self, channel: str, address: str) -> Conversation | None:
        """The customer's newest conversation on that channel, ended or not."""
        rows = self._rows(
            f"SELECT * FROM conversations {_NEWEST}", [channel, address])
        return Conversation.from_row(rows[0]) if rows else None

    def latest_head(self, channel: str, address: str) -> ConversationHead | None:
        """`latest_conversation`, only what intake needs of it."""
        row = self._one(
            f"SELECT id, status, awaiting, meta, device_id, outcome, updated_at FROM conversations {_NEWEST}",
            [channel, address])
        return ConversationHead(row[0], row[1], row[2], load(row[3], {}), row[4], row[5], row[6] or 0.0) \
            if row else None

    def create_conversation(self, channel: str, address: str, meta: dict[str, Any] | None = None,
                            device_id: str | None = None, name: str | None = None) -> Conversation:
        now = self.clock.now()
        conv = Conversation(
            id=new_id(), channel=channel, address=address, status="active",
            customer_phone=address if channel == "sms" else None,
            customer_slack=address if channel == "slack" else None,
            customer_name=name, device_id=device_id, meta=dict(meta or {}), created_at=now, updated_at=now,
        )
        row = {
            "id": conv.id, "channel": channel, "address": address, "customer_phone": conv.customer_phone,
            "customer_slack": conv.customer_slack, "customer_name": name, "device_id": device_id, "platform": None,
            "state": None, "awaiting": None, "status": conv.status, "assignee": None, "outcome": None,
            "data": "{}", "cloud": "{}", "meta": dump(conv.meta), "case_ref": None, "created_at": now,
            "updated_at": now, "version": 0,
        }
        self._exec(f"INSERT INTO conversations({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                   list(row.values()))
        return conv

    def claim_case(self, conv_id: str, agent: str, now: float) -> bool:
        """Give the case to `agent` unless another agent holds it (one holder at a time, decided here)."""
        cur = self._exec(
            "UPDATE conversations SET assignee = ?, status = 'handed_off', updated_at = ? WHERE id = ? AND "
            "(assignee IS NULL OR assignee = ?)", [agent, now, conv_id, agent])
        return cur.rowcount == 1

    def update_conversation(self, conv_id: str, *, unless_held: tuple[str | None, str, str | None] | None = None,
                            **fields: Any) -> bool:
        """Set columns by name; data, cloud, meta and case_ref are given as Python values. False when nothing was
        updated: no such conversation, or with `unless_held` (state, status, assignee as the caller read them), an
        agent's takeover or give-back from another process changed them since."""
        for k in JSON_COLUMNS:
            if k in fields and not isinstance(fields[k], str) and fields[k] is not None:
                fields[k] = dump(fields[k])
        fields["updated_at"] = self.clock.now()
        sets = ", ".join(f"{k} = ?" for k in fields)
        where = "id = ?"
        args: list[str | None] = [conv_id]
        if unless_held is not None:
            where += " AND state IS ? AND status = ? AND assignee IS ?"
            args += unless_held
        cur = self._exec(f"UPDATE conversations SET {sets}, version = version + 1 WHERE {where}",
                         [*fields.values(), *args])
        return cur.rowcount == 1

    def active_for_device(self, device_id: str) -> list[str]:
        """IDs of the open conversations (active, waiting for the device, or with support) about a device."""
        return [r["id"] for r in self._rows(
            "SELECT id FROM conversations WHERE device_id = ? AND status IN ('active', 'waiting_device', "
            "'handed_off')", [device_id])]

    def conversation_for_case(self, channel: str, ts: str) -> str | None:
        """The conversation whose support case card has this thread ts (on `channel`, when given)."""
        for r in self._rows(
                "SELECT id, case_ref FROM conversations WHERE json_extract(case_ref, '$.ts') = ?", [ts]):
            if not channel or (load(r["case_ref"]) or {}).get("channel") == channel:
                return str(r["id"])
        return None

    def find_conversations(self, *, status: str | None = None, channel: str | None = None,
                           customer: str | None = None, device_id: str | None = None,
                           assignee: str | None = None, outcome: str | None = None, q: str | None = None,
                           limit: int = 200, offset: int = 0) -> list[Conversation]:
        """Conversations matching every filter given, newest first (`customer`: phone, Slack user or address;
        `outcome`: a code, or its family such as "handoff"; `q`: see `_search`)."""
        where, args = [], []
        for column, value in (("status", status), ("channel", channel), ("assignee", assignee)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if customer:
            where.append("(customer_phone = ? OR customer_slack = ? OR address = ?)")
            args += [customer, customer, customer]
        if device_id:
            where.append("device_id = ?")
            args.append(device_id.lower())
        if outcome:
            where.append("(outcome = ? OR outcome LIKE ? ESCAPE '\\')")
            args += [outcome, _like_escape(outcome) + ":%"]
        if q and q.strip():
            clause, more = _search(q.strip())
            where.append(clause)
            args += more
        sql = "SELECT * FROM conversations" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?"
        return [Conversation.from_row(r) for r in self._rows(sql, [*args, limit, max(0, offset)])]

    # ------------------------------------------------------------------ counts (the API's stats)
    def count_by_status(self) -> dict[str, int]:
        return {r["status"]: r["n"] for r in self._rows(
            "SELECT status, COUNT(*) AS n FROM conversations GROUP BY status")}

    def count_by_outcome(self) -> dict[str, int]:
        return {r["outcome"]: r["n"] for r in self._rows(
            "SELECT outcome, COUNT(*) AS n FROM conversations WHERE outcome IS NOT NULL GROUP BY outcome")}

    def count_outcomes_by_day(self, since: float) -> list[dict[str, object]]:
        """{day (YYYY-MM-DD, UTC), outcome, n} for conversations with an outcome last updated since `since`."""
        return self._rows(
            "SELECT date(updated_at, 'unixepoch') AS day, outcome, COUNT(*) AS n FROM conversations "
            "WHERE outcome IS NOT NULL AND updated_at >= ? GROUP BY day, outcome ORDER BY day", [since])

    def count_steps_reached(self) -> dict[str, int]:
        """How many conversations reached each step."""
        return {r["step"]: r["n"] for r in self._rows("SELECT step, COUNT(*) AS n FROM steps GROUP BY step")}

    def count_resolved_at(self) -> dict[str, int]:
        """How many conversations were resolved at each step."""
        return {r["step"]: r["n"] for r in self._rows(
            "SELECT json_extract(data, '$.resolved_at') AS step, COUNT(*) AS n FROM conversations "
            "WHERE outcome LIKE 'resolved:%' GROUP BY step")}

    # ------------------------------------------------------------------ findings, cloud events, steps
    def add_finding(self, conv_id: str, code: str, source: str, detail: str | None, at: float) -> None:
        self._exec("INSERT OR IGNORE INTO findings(conversation_id, code, source, detail, at) VALUES (?,?,?,?,?)",
                   [conv_id, code, source, detail, at])

    def findings(self, conv_id: str) -> list[dict[str, Any]]:
        """{code, source, detail, at} in the order they were found (the flow reads them as dicts)."""
        return self._rows(
            "SELECT code, source, detail, at FROM findings WHERE conversation_id = ? ORDER BY at, id", [conv_id])

    def add_cloud_event(self, conv_id: str, device_id: str, kind: str, detail: str | None = None) -> None:
        self._exec("INSERT INTO cloud_events(conversation_id, device_id, kind, detail, at) VALUES (?,?,?,?,?)",
                   [conv_id, device_id, kind, detail, self.clock.now()])

    def cloud_events(self, conv_id: str) -> list[dict[str, Any]]:
        """{kind, detail, at}, oldest first."""
        return self._rows(
            "SELECT kind, detail, at FROM cloud_events WHERE conversation_id = ? ORDER BY at, id", [conv_id])

    def mark_step(self, conv_id: str, step: str) -> None:
        self._exec("INSERT OR IGNORE INTO steps(conversation_id, step, at) VALUES (?,?,?)",
                   [conv_id, step, self.clock.now()])

    def steps_reached(self, conv_id: str) -> list[str]:
        """The steps the conversation reached, in the order it reached them."""
        return [r["step"] for r in self._rows(
            "SELECT step FROM steps WHERE conversation_id = ? ORDER BY at, rowid", [conv_id])]

