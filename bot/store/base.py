"""What every part of the store shares: the connection, the clock, transactions, and the three ways SQL is run.

Every statement goes through `_rows`, `_exec` or `_one`, and every transaction through `atomic()`: each turns a
`sqlite3.Error` (locked, read-only, corrupt or closed database) into a `StoreError`, so callers above the store
never see SQLite (the server answers 503 store_unavailable).

The store's connection runs with busy_timeout 0: a statement that meets the other process's lock fails at once and
is tried again here (`_patiently`: short retries, then SQLite's busy handler for up to BUSY_TIMEOUT_MS). Turning
the timeout off and on around every transaction instead cost two statements each, a fifth of all the statements of
a conversation step.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self, TypeVar

from bot.clock import Clock
from bot.errors import StoreBusy, StoreError
from bot.store.checkpoint import Checkpointer
from bot.store.db import BUSY_TIMEOUT_MS, Db, open_db

Args = Sequence[Any]
T = TypeVar("T")
_savepoints = itertools.count()


class StoreBase:
    """The connection and clock every store part uses. Every method is synchronous and fast; it runs on the event
    loop thread."""

    def __init__(self, db: Db, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @classmethod
    def open(cls, path: str | None, clock: Clock) -> Self:
        """Open (and migrate) the database at `path`; None or ":memory:" gives an in-memory one."""
        try:
            db = open_db(path)
            db.execute("PRAGMA busy_timeout = 0")  # waits for a lock are the store's (module doc)
        except sqlite3.Error as exc:
            raise StoreError(f"could not open the database: {exc}") from exc
        return cls(db, clock)

    @classmethod
    def open_existing(cls, path: str | Path, clock: Clock) -> Self | None:
        """Open an existing database file read-only, without migrating or creating anything (the console reads
        the operator's customer directory this way); None when there is no such file."""
        p = Path(path)
        if not p.is_file():
            return None
        try:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"could not open the database: {exc}") from exc
        return cls(Db(conn), clock)

    def close(self) -> None:
        self.db.conn.close()

    def checkpointer(self) -> Checkpointer | None:
        """A checkpoint thread for this database file (not started), or None for an in-memory database."""
        try:
            row = self.db.conn.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc
        return Checkpointer(row[0]) if row and row[0] else None

    def _rows(self, sql: str, args: Args = ()) -> list[dict[str, Any]]:
        """Run a read on the raw connection (`Db.query`: no SAVEPOINT around it, as sqlite-utils' query() had, which
        tripled the statements of a conversation step)."""
        try:
            return _tried(self.db.conn, lambda: self.db.query(sql, args))
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    def _one(self, sql: str, args: Args = ()) -> tuple[Any, ...] | None:
        """The first row of a read, as a tuple (None when there is none)."""
        conn = self.db.conn
        try:
            row = _tried(conn, lambda: conn.execute(sql, args).fetchone())
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc
        return tuple(row) if row is not None else None

    def _exec(self, sql: str, args: Args = ()) -> sqlite3.Cursor:
        """Run a write; the cursor tells the rows changed and the new row's id. Outside a transaction it gets its
        own, so that it waits for the other process's lock as a transaction does (see `_begin`), not in SQLite's
        sleeping busy handler as a bare statement would."""
        conn = self.db.conn
        try:
            if conn.in_transaction:
                return conn.execute(sql, args)
            with self.atomic():
                return conn.execute(sql, args)
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    def _exec_many(self, sql: str, rows: Sequence[Args]) -> None:
        """Run one write for each row of arguments (in a transaction of its own when none is open)."""
        conn = self.db.conn
        try:
            if conn.in_transaction:
                conn.executemany(sql, rows)
                return
            with self.atomic():
                conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc

    @contextmanager
    def atomic(self, *, wait: bool = True) -> Iterator[None]:
        """One transaction (a savepoint when nested): everything inside is stored, or nothing.

        `BEGIN IMMEDIATE` takes the write lock first: with two processes on one database (web and worker), a
        deferred transaction that read and then wrote after the other process committed fails at once with
        "database is locked" (SQLite cannot wait for a snapshot that is already stale); an immediate one waits
        for the lock (`_begin`: short retries, then busy_timeout).
        https://www.sqlite.org/lang_transaction.html#deferred_immediate_and_exclusive_transactions

        `wait=False`: raise `StoreBusy` at once, having done nothing, when the other process holds the lock.
        SQLite waits for a lock by sleeping in the calling thread, which for the web process is its event loop:
        every request would wait with it. Intake retries instead, with the loop free.
        """
        conn = self.db.conn
        savepoint = f"sp{next(_savepoints)}"
        try:
            nested = conn.in_transaction
            if nested:
                conn.execute(f"SAVEPOINT {savepoint}")
            else:
                _begin(conn, wait)
            try:
                yield
            except BaseException:
                conn.execute(f"ROLLBACK TO {savepoint}" if nested else "ROLLBACK")
                if nested:
                    conn.execute(f"RELEASE {savepoint}")
                raise
            if nested:
                conn.execute(f"RELEASE {savepoint}")
            else:
                _commit(conn)
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from exc


# SQLite's own busy handler sleeps 1, 2, 5, 10, 15 ... ms between tries (sqliteDefaultBusyCallback:
# https://github.com/sqlite/sqlite/blob/master/src/main.c), and sleeps in the calling thread: the process's event
# loop. The other process's write transactions last a tenth of a millisecond as a rule, so the first sleep alone
# was ten times the wait. Measured in the SMS latency run: the engine worker slept 136 ms of 1.1 s in 49 waits for
# the web process's lock (median 1.4 ms, at most 11 ms), each a stall of every conversation it was serving.
# So a statement that meets the lock is first tried again every LOCK_RETRY_SLEEP for up to LOCK_RETRY_FOR, then
# waits in SQLite's handler (busy_timeout). Real time on purpose: this is a lock, not the product's clock.
LOCK_RETRY_FOR = 0.01
LOCK_RETRY_SLEEP = 0.00005


def _busy(exc: sqlite3.OperationalError) -> bool:
    """Whether SQLite refused because another connection holds a lock (SQLITE_BUSY / SQLITE_LOCKED)."""
    text = str(exc)
    return "locked" in text or "busy" in text


def _begin(conn: sqlite3.Connection, wait: bool) -> None:
    """BEGIN IMMEDIATE. Without `wait`, StoreBusy at once while the other process holds the write lock; with it,
    tried again at short intervals, then left to SQLite's busy handler."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        return
    except sqlite3.OperationalError as exc:
        if conn.in_transaction or not _busy(exc):
            raise
        if not wait:
            raise StoreBusy(str(exc)) from exc
    _patiently(conn, lambda: conn.execute("BEGIN IMMEDIATE"))


def _commit(conn: sqlite3.Connection) -> None:
    """COMMIT. In WAL mode it never waits for another connection; on a database left in rollback-journal mode (a file
    system where SQLite could not turn WAL on) it may wait for readers to finish, in SQLite's busy handler as every
    statement did before busy_timeout was 0. A COMMIT that still fails rolls back: the connection is never left
    inside a transaction nobody will end."""
    try:
        conn.execute("COMMIT")
        return
    except sqlite3.OperationalError as exc:
        if not _busy(exc) or not conn.in_transaction:
            raise
    try:
        _in_busy_handler(conn, lambda: conn.execute("COMMIT"))
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _tried(conn: sqlite3.Connection, run: Callable[[], T]) -> T:
    """`run()`, and `_patiently` again when another connection held the lock it needed."""
    try:
        return run()
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise
    return _patiently(conn, run)


def _patiently(conn: sqlite3.Connection, run: Callable[[], T]) -> T:
    """`run()` again while another connection holds the lock it needs: every LOCK_RETRY_SLEEP for up to
    LOCK_RETRY_FOR, then once more with SQLite's busy handler on (up to BUSY_TIMEOUT_MS)."""
    deadline = time.monotonic() + LOCK_RETRY_FOR
    while time.monotonic() < deadline:
        time.sleep(LOCK_RETRY_SLEEP)
        try:
            return run()
        except sqlite3.OperationalError as exc:
            if conn.in_transaction or not _busy(exc):
                raise
    return _in_busy_handler(conn, run)


def _in_busy_handler(conn: sqlite3.Connection, run: Callable[[], T]) -> T:
    """`run()` with SQLite's own busy handler on (up to BUSY_TIMEOUT_MS), off again after."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        return run()
    finally:
        conn.execute("PRAGMA busy_timeout = 0")
