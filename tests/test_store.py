"""Store: migrations apply to an empty or existing database, and one step's writes are one transaction."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.clock import FakeClock
from bot.store.db import MIGRATIONS, Db, m001_initial, open_db
from bot.store.store import Store


def _schema(db: Db) -> list[tuple[str, str]]:
    return sorted((r["name"], r["sql"] or "") for r in db.query("SELECT name, sql FROM sqlite_master"))


def test_migrations_on_empty_and_existing_databases(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    first = open_db(path)
    schema = _schema(first)
    applied = [r["name"] for r in first.query("SELECT name FROM _sqlite_migrations")]
    assert applied == [m.__name__ for m in MIGRATIONS]
    first.conn.close()
    again = open_db(path)
    assert _schema(again) == schema, "a second start changes nothing"


def test_an_older_database_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(str(path))
    first_release = Migrations("cyanbot")  # a database made before later migrations existed
    first_release()(m001_initial)
    first_release.apply(old)
    old.table("conversations").insert({"id": "c_old", "channel": "sms", "address": "+15550001111",
                                       "status": "handed_off", "case_ref": '{"channel": "C1", "ts": "1.2"}'})
    old.conn.close()
    store = Store(open_db(path), FakeClock())
    assert store.conversation_for_case("C1", "1.2") == "c_old"
    assert "idx_conversations_case_ts" in {r["name"] for r in store.db.query("SELECT name FROM sqlite_master")}


def test_atomic_rolls_back_every_write(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "a.db"), FakeClock())
    conv = store.create_conversation("web", "s1")
    with pytest.raises(RuntimeError), store.atomic():
        store.add_message(conv["id"], "in", "hello")
        store.set_timer(conv["id"], "reply", 10.0)
        store.add_outbox(conv["id"], "message", {"text": "x"})
        raise RuntimeError("crash mid-step")
    assert store.messages(conv["id"]) == []
    assert store.timers(conv["id"]) == []
    assert store.pending_outbox(conv["id"]) == []


def test_customer_directory_replaces_by_phone(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "c.db"), FakeClock())
    store.add_customer("aaaaaaaaaaaaaaaaaaaaaaaa", "+15550001111", None, "Pat")
    store.add_customer("bbbbbbbbbbbbbbbbbbbbbbbb", "+15550001111", None, "Pat")
    assert [c["device_id"] for c in store.customers()] == ["bbbbbbbbbbbbbbbbbbbbbbbb"]
    assert store.customer_for("sms", "+15550001111")["device_id"] == "bbbbbbbbbbbbbbbbbbbbbbbb"  # type: ignore[index]
    assert store.customer_for("web", "+15550001111") is None


def test_a_failing_database_raises_store_error_with_the_sqlite_cause(tmp_path: Path) -> None:
    import sqlite3

    from bot.errors import StoreError

    store = Store.open(str(tmp_path / "x.db"), FakeClock())
    conv = store.create_conversation("web", "s1")
    store.db.conn.close()
    for call in (lambda: store.conversation_row(conv.id), lambda: store.add_message(conv.id, "in", "hi"),
                 lambda: store.count_for_address("web", "s1"), lambda: store.pending_outbox()):
        with pytest.raises(StoreError) as info:
            call()
        assert isinstance(info.value.__cause__, sqlite3.Error)
    with pytest.raises(StoreError), store.atomic():
        pass


def test_records_arrive_decoded(tmp_path: Path) -> None:
    store = Store.open(None, FakeClock())
    conv = store.create_conversation("sms", "+15550001111", meta={"k": 1})
    store.update_conversation(conv.id, data={"led_history": []}, case_ref={"ts": "1.2", "channel": "C1"})
    row = store.conversation_row(conv.id)
    assert row is not None and row.meta == {"k": 1} and row.data == {"led_history": []}
    assert row.case_ref == {"ts": "1.2", "channel": "C1"} and row.cloud == {} and row["status"] == "active"
    mid = store.add_message(conv.id, "out", "hello", choices=["a", "b"], media=["u"])
    store.add_outbox(conv.id, "message", {"text": "hello"}, message_id=mid)
    (msg,) = store.messages(conv.id)
    assert (msg.choices, msg.media, msg.facts, msg.processed) == (["a", "b"], ["u"], {}, True)
    (ob,) = store.pending_outbox(conv.id)
    assert ob.payload == {"text": "hello"} and ob.message_id == mid
    assert store.conversation_for_case("C1", "1.2") == conv.id and store.conversation_for_case("C2", "1.2") is None


def test_open_existing_reads_without_creating_or_writing(tmp_path: Path) -> None:
    from bot.errors import StoreError

    assert Store.open_existing(tmp_path / "none.db", FakeClock()) is None
    assert not (tmp_path / "none.db").exists()
    Store.open(str(tmp_path / "x.db"), FakeClock()).add_customer("a" * 24, "+15550001111", None, "Pat")
    ro = Store.open_existing(tmp_path / "x.db", FakeClock())
    assert ro is not None and ro.customer_for("console", "+15550001111")["device_id"] == "a" * 24  # type: ignore[index]
    with pytest.raises(StoreError):
        ro.set_opt_out("sms", "+15550001111", True)
    ro.close()


def test_the_engines_work_queries_read_only_rows_in_flight(tmp_path: Path) -> None:
    """The queries the worker runs on every turn and at every start find their rows through an index (the partial
    indexes hold only pending or sending outbox rows and unprocessed inbound messages), never by reading every
    outbox row or message."""
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    conv = store.create_conversation("sms", "+15550001111")
    for i in range(3):
        mid = store.add_message(conv.id, "out", f"reply {i}")
        store.outbox_done(store.add_outbox(conv.id, "message", {"text": f"reply {i}"}, message_id=mid))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.pending_outbox(conv.id)
    store.pending_inbound(conv.id)
    store.outbox_in_doubt()
    store.outbox_conversations()
    store.outbox_due_conversations(0.0)
    store.conversations_with_pending_queries()
    store.conversations_with_pending_inbound()
    store.db.conn.set_trace_callback(None)
    assert len(statements) == 7
    for sql in statements:
        plan = [row[3] for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        full = [step for step in plan if step.startswith("SCAN") and "USING" not in step]
        assert not full, (sql, plan)


def test_a_write_waits_for_the_other_process_by_trying_again_not_in_sqlites_sleeping_handler(
        tmp_path: Path) -> None:
    """While another connection holds the write lock, a transaction tries BEGIN again at short intervals (SQLite's
    own handler sleeps 1, 2, 5 ... ms, blocking the event loop), and a bare write gets such a transaction of its
    own. Once the lock is free the write goes through."""
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    conv = store.create_conversation("sms", "+15550000001")
    statements: list[str] = []
    other = sqlite3.connect(str(tmp_path / "bot.db"), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    tried = threading.Event()

    releaser = commit_when(tried, other)
    def trace(statement: str) -> None:
        statements.append(statement)
        if statements.count("BEGIN IMMEDIATE") >= 3:  # tried thrice while held: let the other side commit
            tried.set()

    store.db.conn.set_trace_callback(trace)
    store.mark_step(conv.id, "led")  # a bare write: no transaction open
    releaser.join(5)
    assert statements.count("BEGIN IMMEDIATE") >= 3, statements  # tried again while the lock was held
    assert statements[-1] == "COMMIT" and any("INTO steps" in s for s in statements)
    # The tries do not sleep in SQLite's handler: the store's connection runs with busy_timeout 0, so no statement
    # turns it off (or on) around each transaction.
    assert not any(s.startswith("PRAGMA busy_timeout") for s in statements), statements
    assert store.db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 0


def commit_when(signal: threading.Event, other: sqlite3.Connection) -> threading.Thread:
    """A thread that ends `other`'s transaction (and closes it) once `signal` is set: the lock it held goes."""
    def end() -> None:
        signal.wait(5)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=end)
    thread.start()
    return thread


def rollback_journal_store(path: Path) -> Store:
    """A store on a database in rollback-journal mode (where a writer's lock keeps readers out and a COMMIT waits
    for readers), with its connection as `Store.open` leaves it (busy_timeout 0)."""
    db = open_db(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA busy_timeout = 0")
    return Store(db, FakeClock())


def test_a_read_refused_by_another_connections_lock_is_tried_again(tmp_path: Path) -> None:
    """With busy_timeout 0 a read that meets a lock fails at once in SQLite (in WAL mode, while another connection
    recovers the log after a crash); the store tries it again and answers once the lock is gone. Shown on a
    rollback-journal database, where a writer's exclusive lock keeps every reader out."""
    store = rollback_journal_store(tmp_path / "bot.db")
    conv = store.create_conversation("sms", "+15550000002")
    other = sqlite3.connect(str(tmp_path / "bot.db"), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    tries: list[str] = []
    tried = threading.Event()

    def trace(statement: str) -> None:
        tries.append(statement)
        if len(tries) >= 3:
            tried.set()

    releaser = commit_when(tried, other)
    store.db.conn.set_trace_callback(trace)
    row = store.conversation_row(conv.id)
    store.db.conn.set_trace_callback(None)
    releaser.join(5)
    assert row is not None and row.address == "+15550000002"
    assert len(tries) >= 3, tries  # refused while held, then read


def test_an_up_to_date_database_opens_without_importing_sqlite_utils(tmp_path: Path) -> None:
    """Every process start opens the database: sqlite-utils (80 ms of CPU to import) is for pending migrations."""
    import subprocess
    import sys

    path = tmp_path / "up.db"
    open_db(path).conn.close()
    probe = ("import sys; from bot.store.db import open_db, pending; db = open_db(sys.argv[1]); "
             "print(len(pending(db)), 'sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]
    fresh = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "new.db")], capture_output=True, text=True,
                           check=True)
    assert fresh.stdout.split() == ["0", "True"], "a new database is migrated with sqlite-utils"


def test_commits_leave_the_log_to_the_checkpoint_thread(tmp_path: Path) -> None:
    """A commit no longer copies the write-ahead log into the database at 1,000 pages (that stalled the committing
    process's event loop): the store's connections check only at BACKSTOP_PAGES, and the engine's checkpoint
    thread copies it, once more as it stops."""
    import os

    from bot.store.db import BACKSTOP_PAGES

    path = tmp_path / "bot.db"
    store = Store.open(str(path), FakeClock())
    assert store.db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BACKSTOP_PAGES
    conv = store.create_conversation("sms", "+15550000003")
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = os.path.getsize(path)
    for i in range(300):  # about 1,500 pages of log: past SQLite's own default of 1,000
        store.add_message(conv.id, "in", f"message {i} " + "x" * 3000)
    assert os.path.getsize(path) == before, "a commit copied the log into the database"
    checkpoints = store.checkpointer()
    assert checkpoints is not None and checkpoints.path == str(path)
    checkpoints.start()
    checkpoints.stop()
    assert checkpoints.passes >= 1
    assert os.path.getsize(path) > before + 300 * 3000
    assert Store.open(":memory:", FakeClock()).checkpointer() is None


def test_a_commit_waits_for_a_reader_on_a_database_not_in_wal_mode(tmp_path: Path) -> None:
    """Where SQLite could not turn WAL on, a COMMIT waits for readers to finish: with busy_timeout 0 it would fail at
    once, so the store lets SQLite's handler wait for it (as every statement did before), and the write is kept."""
    store = rollback_journal_store(tmp_path / "bot.db")
    conv = store.create_conversation("sms", "+15550000004")
    reader = sqlite3.connect(str(tmp_path / "bot.db"), isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM conversations").fetchone()  # a shared lock, held
    committing = threading.Event()

    def trace(statement: str) -> None:
        if statement == "COMMIT":
            committing.set()

    ender = commit_when(committing, reader)
    store.db.conn.set_trace_callback(trace)
    store.mark_step(conv.id, "led")
    store.db.conn.set_trace_callback(None)
    ender.join(5)
    assert not store.db.conn.in_transaction
    assert store.db.conn.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == 1
    assert store.db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 0
