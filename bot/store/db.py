"""Opens the SQLite database (WAL, foreign keys) and applies the schema migrations.

The migrations are sqlite-utils' (`Migrations`, its `_sqlite_migrations` table), but sqlite-utils is imported only
when one is pending: every process start opens the database, and importing sqlite-utils cost 80 ms of CPU in each
(the web process and the worker, on every restart) for a database that is almost always up to date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "cyanbot"  # the migration set's name in _sqlite_migrations


class Db:
    """The open connection (autocommit: transactions are the store's `atomic()`), with the two reads tests and
    tools use on it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, args)

    def query(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts of column name to value (the store's reads go through this too: `StoreBase._rows`)."""
        cur = self.conn.execute(sql, args)
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def m001_initial(db: Database) -> None:
    db.table("conversations").create(
        {
            "id": str, "channel": str, "address": str, "customer_phone": str, "customer_slack": str,
            "customer_name": str, "device_id": str, "platform": str, "state": str, "awaiting": str,
            "status": str, "assignee": str, "outcome": str, "data": str, "cloud": str, "meta": str,
            "case_ref": str, "created_at": float, "updated_at": float, "version": int,
        },
        pk="id", not_null={"channel", "address", "status"}, defaults={"version": 0},
    )
    db.table("conversations").create_index(["channel", "address", "created_at"])
    db.table("conversations").create_index(["device_id"])
    db.table("messages").create(
        {
            "id": int, "conversation_id": str, "idx": int, "direction": str, "text": str, "choices": str,
            "awaiting": str, "at": float, "external_id": str, "media": str, "processed": int, "author": str,
            "facts": str,
        },
        pk="id", foreign_keys=[("conversation_id", "conversations", "id")], defaults={"processed": 1},
    )
    db.table("messages").create_index(["conversation_id", "idx"], unique=True)
    db.table("messages").create_index(["processed"])
    db.table("findings").create(
        {"id": int, "conversation_id": str, "code": str, "source": str, "detail": str, "at": float},
        pk="id", foreign_keys=[("conversation_id", "conversations", "id")],
    )
    db.table("findings").create_index(["conversation_id", "code"], unique=True)
    db.table("cloud_events").create(
        {"id": int, "conversation_id": str, "device_id": str, "kind": str, "detail": str, "at": float},
        pk="id", foreign_keys=[("conversation_id", "conversations", "id")],
    )
    db.table("cloud_events").create_index(["conversation_id"])
    db.table("timers").create(
        {"conversation_id": str, "name": str, "due_at": float},
        pk=("conversation_id", "name"), foreign_keys=[("conversation_id", "conversations", "id")],
    )
    db.table("timers").create_index(["due_at"])
    db.table("outbox").create(
        {
            "id": int, "conversation_id": str, "kind": str, "message_id": int, "payload": str, "status": str,
            "attempts": int, "next_at": float, "created_at": float, "last_error": str, "provider_id": str,
        },
        pk="id", defaults={"attempts": 0, "status": "pending"},
    )
    db.table("outbox").create_index(["status", "next_at"])
    db.table("deliveries").create({"source": str, "key": str, "at": float}, pk=("source", "key"))
    db.table("customers").create(
        {"id": int, "phone": str, "slack_user": str, "device_id": str, "name": str, "created_at": float},
        pk="id", not_null={"device_id"},
    )
    db.table("customers").create_index(["phone"], unique=True)
    db.table("customers").create_index(["slack_user"], unique=True)
    db.table("opt_outs").create({"channel": str, "address": str, "at": float}, pk=("channel", "address"))
    db.table("steps").create(
        {"conversation_id": str, "step": str, "at": float}, pk=("conversation_id", "step"),
    )


def m002_case_thread_index(db: Database) -> None:
    # Slack thread replies find their case by the card's ts: index it instead of scanning every case.
    db.execute("CREATE INDEX IF NOT EXISTS idx_conversations_case_ts ON conversations(json_extract(case_ref, '$.ts'))")


def m003_particle_lookups(db: Database) -> None:
    # Serial number -> device ID as Particle Cloud answered it (device_id NULL: "not found" at checked_at), so a
    # known serial never costs a call again; and each lookup made in the cloud, for the hourly bounds.
    db.table("serial_numbers").create(
        {"serial": str, "device_id": str, "checked_at": float}, pk="serial", not_null={"checked_at"},
    )
    db.table("cloud_lookups").create(
        {"id": int, "at": float, "who": str, "kind": str}, pk="id", not_null={"at", "kind"},
    )
    db.table("cloud_lookups").create_index(["at"])
    db.table("cloud_lookups").create_index(["who", "at"])


def m004_web_poll_index(db: Database) -> None:
    # Web chat polls number a customer's messages across conversations: with (conversation, idx, direction) in
    # one index, SQLite numbers them from the index alone and reads only the page's rows.
    db.execute("CREATE INDEX IF NOT EXISTS idx_messages_conv_idx_dir ON messages(conversation_id, idx, direction)")


def m005_leases(db: Database) -> None:
    # Work that exactly one process may do (the scheduler): who holds it, until when it is held without renewal.
    db.execute("CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, "
               "expires_at REAL NOT NULL)")


def m006_flow_events(db: Database) -> None:
    # Flow events that must survive a restart and cross processes (an agent gives a case back or resolves it from
    # the web process, the CLI or Slack; the engine's worker steps them). Deleted by the step that handles them.
    db.execute("CREATE TABLE IF NOT EXISTS flow_events (id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL "
               "REFERENCES conversations(id), kind TEXT NOT NULL, payload TEXT NOT NULL, created_at REAL NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_flow_events_conv ON flow_events(conversation_id, id)")


def m007_outbox_by_conversation(db: Database) -> None:
    # A drain reads one conversation's pending rows several times; by status alone each read walked every pending
    # row of every conversation (500 of them after a restart, a third of the drain's database time).
    db.execute("CREATE INDEX IF NOT EXISTS idx_outbox_conv_status ON outbox(conversation_id, status, id)")


def m008_partial_indexes(db: Database) -> None:
    # The engine's work queries look only at rows in flight: pending or sending outbox rows, inbound messages not
    # yet processed. Indexes over every row (mostly "done", mostly processed) were rewritten on every mark; these
    # hold only the rows in flight, so a turn's writes touch a few small pages (a step's writes 10-25 % cheaper).
    # SQLite uses a partial index when the query's WHERE contains its condition:
    # https://www.sqlite.org/partialindex.html#queries_using_partial_indexes
    for name in ("idx_messages_processed", "idx_outbox_status_next_at", "idx_outbox_conv_status"):
        db.execute(f"DROP INDEX IF EXISTS {name}")
    db.execute("CREATE INDEX IF NOT EXISTS idx_messages_unprocessed ON messages(conversation_id) "
               "WHERE direction = 'in' AND processed = 0")
    db.execute("CREATE INDEX IF NOT EXISTS idx_outbox_pending ON outbox(conversation_id, id) WHERE status = 'pending'")
    db.execute("CREATE INDEX IF NOT EXISTS idx_outbox_due ON outbox(next_at) WHERE status = 'pending'")
    db.execute("CREATE INDEX IF NOT EXISTS idx_outbox_sending ON outbox(id) WHERE status = 'sending'")


def m009_console_sessions(db: Database) -> None:
    # Support console sign-ins, stored so that they outlive a restart of the web process and hold in every web
    # process on this database. `key` is an HMAC of the cookie's random ID (bot/server/console/auth.py): a copy of
    # the database signs nobody in.
    db.execute("CREATE TABLE IF NOT EXISTS console_sessions (key TEXT PRIMARY KEY, started REAL NOT NULL, "
               "agent TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE INDEX IF NOT EXISTS idx_console_sessions_started ON console_sessions(started)")


# In the order they are applied; a new one goes at the end (its function's name is its name in the database).
MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    m001_initial, m002_case_thread_index, m003_particle_lookups, m004_web_poll_index, m005_leases,
    m006_flow_events, m007_outbox_by_conversation, m008_partial_indexes, m009_console_sessions,
)

BUSY_TIMEOUT_MS = 10_000  # how long a write waits for the other process's lock before failing
# The log is copied into the database by the engine's checkpoint thread (bot/store/checkpoint.py); a commit does it
# only past this many pages (40 MB), when no such thread runs. After a burst the log file is cut back to
# JOURNAL_LIMIT_BYTES.
BACKSTOP_PAGES = 10_000
JOURNAL_LIMIT_BYTES = 32 * 1024 * 1024


def open_db(path: str | Path | None) -> Db:
    """Open (creating folders) and migrate. `None` or ":memory:" gives an in-memory database."""
    if path in (None, ":memory:"):
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        return _prepare(Db(conn), wal=False)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    # The web process and the worker open a new database side by side: switching to WAL and migrating are done
    # by one process at a time (SQLite refuses the second at once with "database is locked" instead of waiting).
    with _exclusive(p.with_name(p.name + ".open-lock")):
        conn = sqlite3.connect(str(p), check_same_thread=False, isolation_level=None, timeout=10)
        return _prepare(Db(conn), wal=True)


def _prepare(db: Db, *, wal: bool) -> Db:
    if wal and db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = wal")
    if wal:
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")
        db.execute(f"PRAGMA journal_size_limit = {JOURNAL_LIMIT_BYTES}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if pending(db):
        migrate(db)
    return db


def pending(db: Db) -> list[str]:
    """The names of the migrations not yet applied to this database (read without sqlite-utils)."""
    names = [m.__name__ for m in MIGRATIONS]
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return names
    done = {r[0] for r in db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return [n for n in names if n not in done]


def migrate(db: Db) -> None:
    """Apply the pending migrations with sqlite-utils, each in a transaction with its record."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        migrations()(fn)
    migrations.apply(Database(db.conn))


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """An advisory lock between processes on this machine (none where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # Windows: one process at a time is the operator's to ensure
        yield
        return
    with open(lock_path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
