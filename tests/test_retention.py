"""Retention (design §3 RETENTION_DAYS, issue 10 item 9): ended conversations past the limit are deleted with every
row that belongs to them, web chats that never named a device after 7 days, a case waiting for support never; the
engine purges at start and once a day on its own clock; `cyanbot purge [--dry-run] [--days N]`."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlite_utils import Database

from bot.cli import main
from bot.clock import FakeClock
from bot.config import Settings
from bot.store.db import open_db
from bot.store.store import CONVERSATION_TABLES, DAY, Store
from tests.cli_env import run
from tests.harness import SEED_ID, SEED_SERIAL, Rig, make_settings

PHONE = "+15551230000"
TABLES = (*CONVERSATION_TABLES, "conversations")


def rows_of(store: Store, conv_id: str) -> dict[str, int]:
    """How many rows each table holds for one conversation (deliveries: those of its messages)."""
    out = {t: store.db.execute(f"SELECT COUNT(*) FROM {t} WHERE conversation_id = ?", [conv_id]).fetchone()[0]
           for t in CONVERSATION_TABLES}
    out["conversations"] = store.db.execute("SELECT COUNT(*) FROM conversations WHERE id = ?",
                                            [conv_id]).fetchone()[0]
    return out


def deliveries(store: Store) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in store.db.execute("SELECT source, key FROM deliveries").fetchall()}


def conversation(store: Store, channel: str, address: str, *, status: str = "active",
                 device: str | None = SEED_ID) -> str:
    """A conversation with a row in every table that belongs to one, as a real one collects them."""
    conv_id = str(store.create_conversation(channel, address, device_id=device)["id"])
    key = f"{address}/m1"
    assert store.first_delivery(channel, key)
    store.add_message(conv_id, "in", "my wifi is HomeNet", external_id=key)
    store.add_message(conv_id, "out", "Thanks! What is the light doing?")
    store.add_finding(conv_id, "led:green_blinking", "customer", None, store.clock.now())
    store.add_cloud_event(conv_id, device or "", "offline", "device lookup")
    store.set_timer(conv_id, "reply", store.clock.now() + 900)
    store.add_outbox(conv_id, "message", {"text": "Thanks!"})
    store.mark_step(conv_id, "led")
    store.update_conversation(conv_id, status=status)
    return conv_id


def test_every_table_with_a_conversation_id_is_purged() -> None:
    """A table added later with a conversation_id column must be added to CONVERSATION_TABLES (or this fails)."""
    db = Database(open_db(None).conn)
    with_column = {t.name for t in db.tables if "conversation_id" in t.columns_dict}
    assert with_column == set(CONVERSATION_TABLES)


def test_retention_days_setting() -> None:
    assert Settings(_env_file=None).retention_days == 365  # type: ignore[call-arg]
    assert Settings(_env_file=None, retention_days=30).retention_days == 30  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings(_env_file=None, retention_days=0)  # type: ignore[call-arg]


def test_ended_conversations_past_the_limit_go_with_all_their_rows(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store(open_db(tmp_path / "r.db"), clock)
    old: dict[str, str] = {
        "resolved": conversation(store, "sms", "+15550000001", status="resolved"),
        "abandoned": conversation(store, "sms", "+15550000002", status="abandoned"),
        "active": conversation(store, "sms", "+15550000003"),
        "waiting_device": conversation(store, "sms", "+15550000004", status="waiting_device"),
        "handed_off": conversation(store, "sms", "+15550000005", status="handed_off"),
        # A case with support that never named a device stays too (the 7-day web rule does not apply to it).
        "handed_off_web": conversation(store, "web", "w" * 30, status="handed_off", device=None),
        # Ended long ago, but an opted-out customer is still writing into it: not idle.
        "written_to": conversation(store, "sms", "+15550000006", status="abandoned"),
        # Ended long ago, but a customer message has not been processed yet.
        "unprocessed": conversation(store, "sms", "+15550000007", status="resolved"),
    }
    clock.advance(300 * DAY)
    recent = conversation(store, "sms", "+15550000008", status="resolved")
    clock.advance(60 * DAY)
    store.add_message(old["written_to"], "in", "why am I still getting texts")
    store.add_message(old["unprocessed"], "in", "hello again", processed=False)
    clock.advance(6 * DAY)  # the old ones are 366 days idle, `recent` 66

    dry = store.purge(365, dry_run=True)
    assert dry.ids == [old["resolved"], old["abandoned"]]
    assert dry.counts == {"conversations": 2, "messages": 4, "findings": 2, "cloud_events": 2, "timers": 2,
                          "outbox": 2, "steps": 2, "flow_events": 0, "deliveries": 2}
    assert all(rows_of(store, c)["messages"] == 2 for c in dry.ids), "a dry run deletes nothing"

    kept_deliveries = deliveries(store) - {("sms", "+15550000001/m1"), ("sms", "+15550000002/m1")}
    done = store.purge(365)
    assert done.ids == dry.ids and done.counts == dry.counts
    for conv_id in done.ids:
        assert rows_of(store, conv_id) == dict.fromkeys(TABLES, 0)
    assert deliveries(store) == kept_deliveries
    for name, conv_id in old.items():
        if name not in ("resolved", "abandoned"):
            assert rows_of(store, conv_id)["conversations"] == 1, name
            assert rows_of(store, conv_id)["messages"] >= 2, name
    assert store.conversation_row(recent) is not None
    assert store.purge(365).counts["conversations"] == 0, "nothing more to do"
    assert store.purge(60).ids == [recent]


def test_web_chats_that_never_named_a_device_go_after_7_days(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store(open_db(tmp_path / "w.db"), clock)
    deviceless = conversation(store, "web", "a" * 30, device=None)  # still "active": the customer just left
    with_device = conversation(store, "web", "b" * 30)
    sms_deviceless = conversation(store, "sms", PHONE, device=None)
    clock.advance(5 * DAY)
    younger = conversation(store, "web", "c" * 30, device=None)
    clock.advance(2 * DAY + 1)
    done = store.purge(365)
    assert done.ids == [deviceless]
    assert rows_of(store, deviceless) == dict.fromkeys(TABLES, 0)
    for conv_id in (with_device, sms_deviceless, younger):
        assert store.conversation_row(conv_id) is not None
    assert store.purge(1).ids == [], "an open chat: only the 7-day rule applies"
    store.update_conversation(younger, status="abandoned")
    clock.advance(DAY + 1)
    assert store.purge(1).ids == [younger], "ended: RETENTION_DAYS applies when it is the shorter"


def test_conversations_with_work_in_flight_are_kept(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store(open_db(tmp_path / "k.db"), clock)
    a = conversation(store, "sms", "+15550000001", status="resolved")
    b = conversation(store, "sms", "+15550000002", status="resolved")
    clock.advance(400 * DAY)
    done = store.purge(365, keep={a})
    assert done.ids == [b] and done.kept == 1
    assert store.conversation_row(a) is not None


# ---------------------------------------------------------------------------------------------- the engine


async def resolved_conversation(rig: Rig) -> str:
    """The seed device comes online during the chat and the customer confirms: resolved, with real rows."""
    await rig.say("hi")
    await rig.say(SEED_SERIAL)
    await rig.online(True)
    await rig.say("yes it works now")
    conv = rig.conversation()
    assert conv["status"] == "resolved", conv["status"]
    return str(conv["id"])


async def test_the_engine_purges_on_its_own_once_a_day(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="cyanbot")
    resolved = await resolved_conversation(rig)
    counts = rows_of(rig.store, resolved)
    assert counts["messages"] and counts["cloud_events"] and counts["steps"] and counts["outbox"]
    rig.address = "session-2"
    await rig.say("agent")
    handed_off = str(rig.conversation()["id"])
    assert rig.conversation()["status"] == "handed_off"
    rig.address = "session-3"
    await rig.say("hi")
    await rig.say(SEED_SERIAL)
    with_device = str(rig.conversation()["id"])

    await rig.advance(365 * DAY - 3600)  # a day has passed since the purge at start: it runs, nothing is old enough
    assert rig.store.conversation_row(resolved) is not None
    await rig.advance(2 * 3600)  # past the limit, but less than a day since the last purge
    assert rig.store.conversation_row(resolved) is not None
    await rig.advance(DAY)
    assert rows_of(rig.store, resolved) == dict.fromkeys(TABLES, 0)
    assert rig.store.conversation_row(handed_off) is not None, "a case waiting for support is never purged"
    # session-3's chat went quiet and ended only when the clock jumped a year: ended a day ago, kept.
    assert rig.store.conversation_row(with_device)["status"] in ("resolved", "abandoned")

    lines = [r.getMessage() for r in caplog.records if "retention" in r.getMessage()]
    assert len(lines) == 1 and re.fullmatch(r"engine\.retention\.purged conversations=1 messages=\d+ "
                                            r"older_than_days=365", lines[0]), lines
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "yes it works now" not in logged and resolved not in logged


async def test_the_engine_purges_at_start(tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store(open_db(tmp_path / "bot.db"), clock)
    quiet = conversation(store, "sms", PHONE, status="resolved")
    for ob in store.pending_outbox(quiet):
        store.outbox_done(ob["id"])
    busy = conversation(store, "sms", "+15550000009", status="resolved")
    clock.advance(366 * DAY)
    rig = await Rig.start(make_settings(tmp_path / "bot.db"), clock=clock)
    try:
        await rig.engine.run_due()  # the first pass (or the scheduler's, if it came first), same clock
        assert rig.store.conversation_row(quiet) is None
        # `busy` had a pending outbox row, picked up at start: while in flight it is left, then purged a minute on.
        await rig.engine.wait_idle(10)
        await rig.advance(61)
        assert rig.store.conversation_row(busy) is None
    finally:
        await rig.stop()


async def test_the_setting_reaches_the_engine(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db", retention_days=30))
    try:
        assert rig.engine.scheduler.retention_days == 30
    finally:
        await rig.stop()


# ---------------------------------------------------------------------------------------------- the CLI






def made_at(path: Path, days_ago: float, **kw: Any) -> str:
    """A conversation last touched `days_ago` days before now (the CLI runs on the system clock)."""
    store = Store(open_db(path), FakeClock(time.time() - days_ago * DAY))
    try:
        return conversation(store, **kw)
    finally:
        store.db.conn.close()


def test_cli_purge_dry_run_lists_and_deletes_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = made_at(db, 400, channel="sms", address="+15550000001", status="resolved")
    chat = made_at(db, 8, channel="web", address="d" * 30, device=None)
    recent = made_at(db, 30, channel="sms", address="+15550000002", status="abandoned")
    held = made_at(db, 400, channel="sms", address="+15550000003", status="handed_off")

    code, out, _ = run(capsys, "purge", "--dry-run")
    assert code == 0
    assert out.startswith("would delete 2 conversations")
    assert "4 messages" in out and "2 findings" in out and "2 cloud events" in out and "2 outbox rows" in out
    assert old in out and chat in out and recent not in out and held not in out
    assert "my wifi is HomeNet" not in out
    store = Store(open_db(db), FakeClock())
    assert all(rows_of(store, c)["messages"] == 2 for c in (old, chat, recent, held))

    code, out, _ = run(capsys, "purge", "--days", "10", "--dry-run")
    assert code == 0 and out.startswith("would delete 3 conversations") and recent in out

    code, out, _ = run(capsys, "purge")
    assert code == 0 and out.startswith("deleted 2 conversations") and "4 messages" in out
    assert old not in out, "only a dry run lists the conversations"
    assert rows_of(store, old) == dict.fromkeys(TABLES, 0) and rows_of(store, chat) == dict.fromkeys(TABLES, 0)
    assert store.conversation_row(recent) is not None and store.conversation_row(held) is not None

    code, out, _ = run(capsys, "purge", "--dry-run")
    assert code == 0 and out.startswith("would delete 0 conversations")


def test_cli_purge_uses_the_setting(db: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    recent = made_at(db, 30, channel="sms", address="+15550000002", status="abandoned")
    monkeypatch.setenv("RETENTION_DAYS", "20")
    code, out, _ = run(capsys, "purge")
    assert code == 0 and out.startswith("deleted 1 conversations")
    assert Store(open_db(db), FakeClock()).conversation_row(recent) is None


@pytest.mark.parametrize("days", ["0", "-3", "soon"])
def test_cli_purge_refuses_a_bad_number_of_days(db: Path, capsys: pytest.CaptureFixture[str], days: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["purge", "--days", days])
    assert exc.value.code == 2
    assert "days" in capsys.readouterr().err
