"""Intake's group commit: messages that arrive together are stored in one transaction, each caller returns only
once its rows are committed, a duplicate inside one batch is still caught, and one bad message loses no other."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.clock import FakeClock
from bot.engine.intake import Intake
from bot.flowkit import KeyMemory
from bot.messages import Inbound
from bot.store.store import Store


class StubFlow:
    """A flow that reads every text as an ordinary answer, and breaks on the text "boom"."""

    machine: Any = None

    def read(self, text: str, awaiting: str | None, memory: KeyMemory | None = None) -> tuple[str, dict[str, object]]:
        if text == "boom":
            raise ValueError("a reader bug")
        return text, {"word": None}

    def keyword(self, text: str) -> str | None:
        return None

    def warm(self, steps: bool = True) -> None:
        pass


def _intake(tmp_path: Path) -> tuple[Intake, Store, list[str], list[str]]:
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    kicked: list[str] = []
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    return Intake(store, StubFlow(), [], kicked.append), store, kicked, statements


def _sms(n: int, text: str = "hello", sid: str | None = None) -> Inbound:
    return Inbound(channel="sms", address=f"+1555000{n:04d}", text=text, external_id=sid or f"SM{n:032d}")


async def test_messages_arriving_together_share_one_commit_and_each_is_kicked_after_it(tmp_path: Path) -> None:
    intake, store, kicked, statements = _intake(tmp_path)
    receipts = await asyncio.gather(*(intake.receive(_sms(i)) for i in range(20)))
    assert all(r.conversation_id and not r.duplicate for r in receipts)
    assert statements.count("BEGIN IMMEDIATE") == 1 and statements.count("COMMIT") == 1
    assert sorted(kicked) == sorted(r.conversation_id for r in receipts)
    assert len({r.conversation_id for r in receipts}) == 20
    # alone, a message is committed at once (a batch of one)
    statements.clear()
    await intake.receive(_sms(99))
    assert statements.count("COMMIT") == 1
    assert sum(len(store.pending_inbound(c)) for c in {r.conversation_id for r in receipts if r.conversation_id}) == 20


async def test_a_duplicate_in_the_same_batch_is_stored_once(tmp_path: Path) -> None:
    intake, store, kicked, _ = _intake(tmp_path)
    first, again = await asyncio.gather(intake.receive(_sms(1, sid="SMsame")), intake.receive(_sms(1, sid="SMsame")))
    assert not first.duplicate and again.duplicate
    assert first.conversation_id is not None
    assert len(store.pending_inbound(first.conversation_id)) == 1
    assert kicked == [first.conversation_id]


async def test_one_bad_message_fails_alone_and_the_others_are_stored(tmp_path: Path) -> None:
    intake, store, kicked, _ = _intake(tmp_path)
    results = await asyncio.gather(intake.receive(_sms(1)), intake.receive(_sms(2, text="boom")),
                                   intake.receive(_sms(3)), return_exceptions=True)
    assert isinstance(results[1], ValueError)
    good = [r for r in results if not isinstance(r, BaseException)]
    assert len(good) == 2 and len(kicked) == 2
    assert store.latest_conversation("sms", "+15550000002") is None, "nothing of the bad one was kept"
    # its delivery ID was not used up: the provider's retry is stored
    assert (await intake.receive(_sms(2, text="hello again"))).conversation_id is not None


async def test_while_another_process_holds_the_write_lock_the_loop_stays_free_and_nothing_is_lost(
        tmp_path: Path) -> None:
    """The worker's step holds SQLite's write lock: intake does not sleep in SQLite's busy handler (that would
    stop every request of the web process); it tries again with the loop free, and what arrived meanwhile is
    stored in one transaction once the lock is released."""
    import sqlite3

    intake, store, kicked, statements = _intake(tmp_path)
    other = sqlite3.connect(str(tmp_path / "bot.db"), isolation_level=None)  # the worker, as SQLite sees it
    other.execute("BEGIN IMMEDIATE")
    pending = [asyncio.ensure_future(intake.receive(_sms(i))) for i in range(5)]
    ticks = 0
    for _ in range(200):  # the loop keeps running: these sleeps would not pass while a flush waited on the lock
        await asyncio.sleep(0.001)
        ticks += 1
    assert ticks == 200 and not any(f.done() for f in pending)
    assert statements.count("COMMIT") == 0
    other.execute("COMMIT")
    other.close()
    receipts = await asyncio.wait_for(asyncio.gather(*pending), 5)
    assert all(r.conversation_id and not r.duplicate for r in receipts)
    assert statements.count("COMMIT") == 1  # all five together, once the lock was free
    assert sorted(kicked) == sorted(r.conversation_id for r in receipts)


class CountingFlow(StubFlow):
    """Records each read and the question it was read against."""

    def __init__(self) -> None:
        self.reads: list[tuple[str, str | None]] = []

    def read(self, text: str, awaiting: str | None, memory: KeyMemory | None = None) -> tuple[str, dict[str, object]]:
        self.reads.append((text, awaiting))
        return text, {"word": None, "read_for": awaiting}


async def test_a_message_is_read_before_the_write_lock_and_once_however_long_the_lock_is_held(
        tmp_path: Path) -> None:
    """Reading (the answer readers, the redaction) happens before the transaction: the other process waits for
    the lock only while the rows are written. Retries while the lock is held do not read the message again."""
    import sqlite3

    flow = CountingFlow()
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    intake = Intake(store, flow, [], lambda _: None)
    other = sqlite3.connect(str(tmp_path / "bot.db"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    pending = asyncio.ensure_future(intake.receive(_sms(1, text="it blinks green")))
    for _ in range(50):  # the flush is tried again every half millisecond while the lock is held
        await asyncio.sleep(0.001)
    assert flow.reads == [("it blinks green", None)] and not pending.done()
    other.execute("COMMIT")
    other.close()
    receipt = await asyncio.wait_for(pending, 5)
    assert flow.reads == [("it blinks green", None)]
    assert store.pending_inbound(receipt.conversation_id)[0].facts["read_for"] is None


async def test_a_message_is_read_again_when_the_worker_moved_its_conversation_on_meanwhile(
        tmp_path: Path) -> None:
    """Read while the worker held the lock, the message may have been read against a question the worker's step
    then moved on from: it is read again, against the question its conversation waits on when it is stored."""
    import sqlite3

    flow = CountingFlow()
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    conv = store.create_conversation("sms", "+15550000001")
    store.update_conversation(conv.id, state="led", awaiting="led")
    intake = Intake(store, flow, [], lambda _: None)
    worker = sqlite3.connect(str(tmp_path / "bot.db"), isolation_level=None)
    worker.execute("BEGIN IMMEDIATE")
    pending = asyncio.ensure_future(intake.receive(_sms(1, text="yes")))
    for _ in range(10):
        await asyncio.sleep(0.001)
    assert flow.reads == [("yes", "led")]  # read while waiting for the lock
    worker.execute("UPDATE conversations SET state = 'wifi_password', awaiting = 'wifi_password' WHERE id = ?",
                   [conv.id])
    worker.execute("COMMIT")
    worker.close()
    receipt = await asyncio.wait_for(pending, 5)
    assert flow.reads == [("yes", "led"), ("yes", "wifi_password")]
    assert store.pending_inbound(receipt.conversation_id)[0].facts["read_for"] == "wifi_password"


async def test_with_the_lock_free_a_message_is_read_once_inside_the_transaction(tmp_path: Path) -> None:
    flow = CountingFlow()
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    await Intake(store, flow, [], lambda _: None).receive(_sms(1, text="hi"))
    assert flow.reads == [("hi", None)]
    assert sum("FROM conversations WHERE channel" in s for s in statements) == 1  # the conversation read once
