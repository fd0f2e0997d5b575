"""Who is who, and what was already seen: delivery IDs (idempotency), customers, opt-outs, Particle lookups,
console sign-ins."""

from __future__ import annotations

from typing import Any

from bot.store.base import StoreBase


class Directory(StoreBase):
    """Deliveries, the customer directory, opt-outs, the serial cache and lookup counts of bot/cloud/, and the
    support console's sessions."""

    # ------------------------------------------------------------------ deliveries (idempotency)
    def first_delivery(self, source: str, key: str) -> bool:
        """True the first time a provider's delivery ID is seen (and from then on it is remembered)."""
        cur = self._exec("INSERT OR IGNORE INTO deliveries(source, key, at) VALUES (?, ?, ?)",
                         [source, key, self.clock.now()])
        return cur.rowcount == 1

    # ------------------------------------------------------------------ leases (one process does this work)
    def take_lease(self, name: str, holder: str, now: float, ttl: float, *, stale: str | None = None) -> bool:
        """Hold (or renew) the lease `name` until now + ttl; False while another holder's is unexpired.

        `stale`: a holder known to be gone (a process on this host that has died), whose lease is taken at once.
        """
        with self.atomic():
            self._exec(
                "INSERT INTO leases(name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                "holder = excluded.holder, expires_at = excluded.expires_at "
                "WHERE leases.holder = excluded.holder OR leases.expires_at <= ? OR leases.holder = ?",
                [name, holder, now + ttl, now, stale or ""])
            return self.lease_holder(name) == holder

    def lease_holder(self, name: str) -> str | None:
        rows = self._rows("SELECT holder FROM leases WHERE name = ?", [name])
        return rows[0]["holder"] if rows else None

    def release_lease(self, name: str, holder: str) -> None:
        self._exec("DELETE FROM leases WHERE name = ? AND holder = ?", [name, holder])

    # ------------------------------------------------------------------ console sessions (bot/server/console/auth.py)
    def add_console_session(self, key: str, started: float, *, expired_before: float, keep: int) -> None:
        """Store a signed-in console session under `key` (an HMAC of its cookie's ID, never the ID). Sessions
        started before `expired_before` go, and the oldest beyond `keep` (this one included)."""
        with self.atomic():
            self._exec("DELETE FROM console_sessions WHERE started < ?", [expired_before])
            self._exec("DELETE FROM console_sessions WHERE key IN (SELECT key FROM console_sessions "
                       "ORDER BY started DESC LIMIT -1 OFFSET ?)", [max(keep - 1, 0)])
            self._exec("INSERT INTO console_sessions(key, started, agent) VALUES (?, ?, '')", [key, started])

    def console_session(self, key: str) -> tuple[float, str] | None:
        """(started, agent name) of the session stored under `key`; None when there is none."""
        row = self._one("SELECT started, agent FROM console_sessions WHERE key = ?", [key])
        return (float(row[0]), str(row[1])) if row else None

    def set_console_agent(self, key: str, agent: str) -> None:
        self._exec("UPDATE console_sessions SET agent = ? WHERE key = ?", [agent, key])

    def end_console_session(self, key: str) -> None:
        self._exec("DELETE FROM console_sessions WHERE key = ?", [key])

    # ------------------------------------------------------------------ Particle lookups (serial cache, hourly bounds)
    def serial_entry(self, serial: str) -> dict[str, Any] | None:
        """What Particle Cloud last said about a serial number: {device_id (None: not found), checked_at}."""
        rows = self._rows("SELECT device_id, checked_at FROM serial_numbers WHERE serial = ?", [serial])
        return rows[0] if rows else None

    def remember_serial(self, serial: str, device_id: str | None, at: float) -> None:
        """Keep Particle's answer for a serial. A device ID is kept for good (a serial names one device for life):
        a later "not found" (None) never replaces it, while a "not found" is replaced by any newer answer."""
        self._exec(
            "INSERT INTO serial_numbers(serial, device_id, checked_at) VALUES (?, ?, ?) ON CONFLICT(serial) DO UPDATE "
            "SET device_id = excluded.device_id, checked_at = excluded.checked_at WHERE serial_numbers.device_id IS NULL",
            [serial, device_id, at])

    def record_lookup(self, who: str | None, kind: str, at: float) -> None:
        """A device lookup made in Particle Cloud on behalf of `who` (channel:address; None: no customer). `kind`
        "serial" is a call to /v1/serial_numbers (the hourly ceiling counts those); "list" and "name" are not."""
        self._exec("INSERT INTO cloud_lookups(at, who, kind) VALUES (?, ?, ?)", [at, who, kind])

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
            self._exec("DELETE FROM cloud_lookups WHERE at <= ?", [before])
            self._exec("DELETE FROM serial_numbers WHERE device_id IS NULL AND checked_at <= ?", [misses_before])

    # ------------------------------------------------------------------ customers and opt-outs
    def add_customer(self, device_id: str, phone: str | None = None, slack_user: str | None = None,
                     name: str | None = None) -> dict[str, Any]:
        """Name a customer's device; a phone or Slack user already in the directory moves to this entry."""
        row = {"device_id": device_id, "phone": phone, "slack_user": slack_user, "name": name,
               "created_at": self.clock.now()}
        with self.atomic():
            for col, val in (("phone", phone), ("slack_user", slack_user)):
                if val:
                    self._exec(f"DELETE FROM customers WHERE {col} = ?", [val])
            self._exec("INSERT INTO customers(device_id, phone, slack_user, name, created_at) VALUES (?,?,?,?,?)",
                       [device_id, phone, slack_user, name, row["created_at"]])
        return row

    def customers(self) -> list[dict[str, Any]]:
        """The customer directory, oldest entry first."""
        return self._rows("SELECT phone, slack_user, device_id, name, created_at FROM customers ORDER BY id")

    def customer_for(self, channel: str, address: str) -> dict[str, Any] | None:
        """The directory's entry for a channel address (None: unknown, or a channel the directory does not key)."""
        col = {"sms": "phone", "slack": "slack_user", "console": "phone"}.get(channel)
        if col is None:
            return None
        rows = self._rows(f"SELECT * FROM customers WHERE {col} = ?", [address])
        return rows[0] if rows else None

    def is_opted_out(self, channel: str, address: str) -> bool:
        return bool(self._rows("SELECT 1 FROM opt_outs WHERE channel = ? AND address = ?", [channel, address]))

    def set_opt_out(self, channel: str, address: str, on: bool) -> None:
        if on:
            self._exec("INSERT OR REPLACE INTO opt_outs(channel, address, at) VALUES (?, ?, ?)",
                       [channel, address, self.clock.now()])
        else:
            self._exec("DELETE FROM opt_outs WHERE channel = ? AND address = ?", [channel, address])
