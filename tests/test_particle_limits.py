"""Particle rate limits: serial lookups are cached in the database, each customer address makes
at most LOOKUPS_PER_ADDRESS_PER_HOUR lookups in the cloud, and all customers together at most
SERIAL_LOOKUPS_PER_HOUR calls to /v1/serial_numbers. Calls are counted where they arrive, at the simulated cloud;
time is the FakeClock."""

from __future__ import annotations

import asyncio
import copy
import logging
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.clock import FakeClock
from bot.cloud.client import LIST_TTL
from bot.cloud.service import (
    LOOKUP_WINDOW,
    LOOKUPS_PER_ADDRESS_PER_HOUR,
    PRUNE_EVERY,
    SERIAL_LOOKUPS_PER_HOUR,
    SERIAL_MISS_SECONDS,
)
from bot.cloud.simulated import DEMO_DEVICES, DEMO_OWNER
from bot.engine.case import build_case
from bot.errors import CloudNotFound
from bot.messages import Inbound
from bot.store.db import m001_initial, m002_case_thread_index, open_db
from bot.store.store import Store
from tests.harness import SEED_ID, SEED_SERIAL, Rig, make_settings

GARAGE_SERIAL = DEMO_DEVICES[1]["serial_number"]


def session(i: int | str) -> str:
    return f"web-session-{i}-0123456789abcdef"  # 22-64 characters, like the page's


def serial_calls(rig: Rig) -> list[dict[str, Any]]:
    return [r for r in rig.sim.requests if r["path"].startswith("/v1/serial_numbers/")]


def unknown(i: int) -> str:
    return f"PHHAAB830Q{i:05d}"  # serial-shaped, on no device


async def say(rig: Rig, address: str, text: str) -> list[str]:
    rig.address = address
    return await rig.say(text)


# ---------------------------------------------------------------------------------------------- the serial cache


async def test_sixty_web_customers_typing_the_same_serial_make_one_call(rig: Rig) -> None:
    rig.sim.set_delay(0.05)  # keep the first lookup in flight while the others arrive
    addresses = [session(i) for i in range(60)]
    await asyncio.gather(*(rig.engine.receive(Inbound("web", a, SEED_SERIAL)) for a in addresses))
    await rig.engine.wait_idle(20)
    rig.sim.set_delay(0)
    for a in addresses:
        conv = rig.store.latest_conversation("web", a)
        assert conv is not None and conv["device_id"] == SEED_ID and conv["awaiting"] == "led", conv
    assert len(serial_calls(rig)) == 1
    assert len(rig.sim.requests_for(SEED_ID)) == 1  # and one device GET: the 5 s rule holds too
    # A serial names one device for life: a day later it still costs no serial lookup.
    rig.clock.advance(24 * 3600)
    await say(rig, session("tomorrow"), f"my serial is {SEED_SERIAL.lower()}")
    assert rig.conversation()["awaiting"] == "led"
    assert len(serial_calls(rig)) == 1


async def test_the_serial_cache_survives_a_restart(rig: Rig) -> None:
    await say(rig, session("before"), SEED_SERIAL)
    assert rig.conversation()["awaiting"] == "led" and len(serial_calls(rig)) == 1
    await rig.restart()  # a new process on the same database
    rig.sim.requests.clear()
    await say(rig, session("after"), SEED_SERIAL)
    assert rig.conversation()["device_id"] == SEED_ID and rig.conversation()["awaiting"] == "led"
    assert serial_calls(rig) == []
    assert rig.store.serial_entry(SEED_SERIAL)["device_id"] == SEED_ID  # type: ignore[index]


async def test_not_found_is_remembered_for_ten_minutes_only(rig: Rig) -> None:
    late = unknown(1)
    said = await say(rig, session("a"), late)
    assert "couldn't find" in " ".join(said) and len(serial_calls(rig)) == 1
    # The same typo from anyone, in any case, inside the ten minutes: answered without asking Particle.
    rig.clock.advance(SERIAL_MISS_SECONDS - 1)
    said = await say(rig, session("b"), late.lower())
    assert "couldn't find" in " ".join(said) and len(serial_calls(rig)) == 1
    # Meanwhile the device is added to the account; after the ten minutes it is found.
    dev = copy.deepcopy(DEMO_DEVICES[1]) | {"id": "e00fce68aaaaaaaaaaaaaaaa", "serial_number": late,
                                             "name": "new-unit", "owner": DEMO_OWNER}
    rig.sim.devices[dev["id"]] = dev
    rig.clock.advance(2)
    await say(rig, session("c"), late)
    assert rig.conversation()["device_id"] == dev["id"] and rig.conversation()["awaiting"] == "led"
    assert len(serial_calls(rig)) == 2
    assert rig.store.serial_entry(late)["device_id"] == dev["id"]  # type: ignore[index]


def _kept(rig: Rig) -> tuple[int, int]:
    """The rows kept: lookups counted, and "not found" answers."""
    conn = rig.store.db.conn
    return (conn.execute("SELECT count(*) FROM cloud_lookups").fetchone()[0],
            conn.execute("SELECT count(*) FROM serial_numbers WHERE device_id IS NULL").fetchone()[0])


async def test_old_lookups_and_misses_are_deleted_at_most_once_a_minute(rig: Rig) -> None:
    await say(rig, session("a"), unknown(1))
    assert _kept(rig) == (1, 1)
    rig.clock.advance(LOOKUP_WINDOW - 10)  # the first is still counted
    await say(rig, session("b"), unknown(2))
    assert _kept(rig) == (2, 1)  # the first "not found" is past its ten minutes
    rig.clock.advance(PRUNE_EVERY / 2)  # the first lookup is past keeping now, but the rows were pruned just before
    await say(rig, session("c"), unknown(3))
    assert _kept(rig) == (3, 2)
    # Kept rows past the window are not counted (housekeeping only: the bounds and the cache read by age) ...
    now = rig.clock.now()
    assert rig.store.lookup_times(now - LOOKUP_WINDOW) == [now - PRUNE_EVERY / 2, now]
    # ... and the first lookup after the minute deletes them.
    rig.clock.advance(PRUNE_EVERY)
    await say(rig, session("d"), unknown(4))
    assert _kept(rig) == (3, 3)


# ---------------------------------------------------------------------------------------------- per address


async def test_a_customer_typing_ten_unknown_serials_is_bounded_and_the_chat_goes_on(rig: Rig) -> None:
    me = session("typist")
    assert LOOKUPS_PER_ADDRESS_PER_HOUR == 5
    await say(rig, me, "hi")
    answers = []
    for i in range(10):
        if i and i % 2 == 0:
            await say(rig, me, "restart")  # the flow hands off after 3 misses in a row; "restart" starts over
        said = await say(rig, me, unknown(i))
        assert said, f"serial {i} got no answer"
        answers.append(" ".join(said))
        conv = rig.conversation()
        assert conv["state"] == "device_id" and conv["status"] == "active", conv
    assert len(serial_calls(rig)) == LOOKUPS_PER_ADDRESS_PER_HOUR
    # User mode tries a serial-shaped word as a device name too: at most one more call per lookup.
    assert len(rig.sim.requests) <= 2 * LOOKUPS_PER_ADDRESS_PER_HOUR
    assert all("couldn't find" in a for a in answers[:5])
    assert all("can't look up any more numbers" in a for a in answers[5:]), answers[5:]
    assert "cloud:unavailable" not in rig.codes(), "Particle was never down: the bot held back"
    # Support sees that the bot, not Particle, refused the lookups.
    conv_id = rig.conversation()["id"]
    await say(rig, me, "can I talk to a person")
    assert rig.conversation()["status"] == "handed_off"
    timeline = [e["text"] for e in build_case(rig.store, conv_id)["cloud_timeline"]]
    assert timeline and all(t.startswith("device lookup limited (5 device lookups for this customer") for t in timeline)


async def test_the_bound_lifts_after_an_hour_and_a_known_serial_is_free(rig: Rig) -> None:
    await say(rig, session("other"), SEED_SERIAL)  # someone else's lookup put the seed serial in the cache
    me = session("limited")
    await say(rig, me, "hi")
    for i in range(LOOKUPS_PER_ADDRESS_PER_HOUR + 1):
        await say(rig, me, "restart")
        await say(rig, me, unknown(i))
    calls = len(serial_calls(rig))
    assert calls == 1 + LOOKUPS_PER_ADDRESS_PER_HOUR
    assert "can't look up any more numbers" in " ".join(await say(rig, me, unknown(50)))
    # An hour after the first lookups the customer may look up again (a sliding hour).
    rig.clock.advance(LOOKUP_WINDOW)
    await say(rig, me, "restart")
    assert "couldn't find" in " ".join(await say(rig, me, unknown(50)))
    assert len(serial_calls(rig)) == calls + 1
    # Past the bound again, a serial the database knows still works: it costs no call.
    for i in range(LOOKUPS_PER_ADDRESS_PER_HOUR):
        await say(rig, me, "restart")
        await say(rig, me, unknown(60 + i))
    assert len(serial_calls(rig)) == calls + LOOKUPS_PER_ADDRESS_PER_HOUR
    await say(rig, me, SEED_SERIAL)
    assert rig.conversation()["awaiting"] == "led" and rig.conversation()["device_id"] == SEED_ID
    assert len(serial_calls(rig)) == calls + LOOKUPS_PER_ADDRESS_PER_HOUR


async def test_name_lookups_count_toward_the_bound_too(rig: Rig) -> None:
    me = session("names")
    await say(rig, me, "hi")
    for i in range(LOOKUPS_PER_ADDRESS_PER_HOUR + 2):
        await say(rig, me, "restart")
        rig.clock.advance(LIST_TTL)  # the account's list is not the one kept from the last lookup
        await say(rig, me, f"it's called shed-{i}")
    lists = [r for r in rig.sim.requests if r["path"] == "/v1/devices"]
    assert len(lists) == LOOKUPS_PER_ADDRESS_PER_HOUR


async def test_customers_naming_their_units_together_share_one_list_of_the_account(rig: Rig) -> None:
    """Every name lookup reads the account's device list (user mode): it is asked for once per LIST_TTL for the
    whole bot, and lookups running at the same moment wait for the same call."""
    for i in range(6):
        await say(rig, session(f"namer-{i}"), "hi")
    for i in range(6):  # together: every answer is stored before the engine steps any of them
        await rig.engine.receive(Inbound(channel="web", address=session(f"namer-{i}"), text=f"it's called shed-{i}"))
    await rig.engine.receive(Inbound(channel="web", address=session("namer-0"), text="porch-sensor"))
    await rig.engine.wait_idle(10)
    lists = [r for r in rig.sim.requests if r["path"] == "/v1/devices"]
    assert len(lists) == 1
    assert rig.store.latest_conversation("web", session("namer-0"))["device_id"]  # found in the list kept
    rig.clock.advance(LIST_TTL)
    await say(rig, session("namer-1"), "porch-sensor")
    assert len([r for r in rig.sim.requests if r["path"] == "/v1/devices"]) == 2


# ---------------------------------------------------------------------------------------------- global ceiling


async def test_the_global_ceiling_holds_and_is_logged_once(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    assert SERIAL_LOOKUPS_PER_HOUR == 40
    answers = []
    for i in range(SERIAL_LOOKUPS_PER_HOUR + 5):  # each customer one lookup: the per-address bound is not the reason
        answers.append(" ".join(await say(rig, session(i), unknown(i))))
    assert len(serial_calls(rig)) == SERIAL_LOOKUPS_PER_HOUR
    assert all("couldn't find" in a for a in answers[:SERIAL_LOOKUPS_PER_HOUR])
    assert all("can't look up any more numbers" in a for a in answers[SERIAL_LOOKUPS_PER_HOUR:])
    assert rig.conversation()["state"] == "device_id"
    reached = [r for r in caplog.records if "particle.serial_ceiling_reached" in r.getMessage()]
    assert len(reached) == 1 and reached[0].levelno == logging.WARNING
    assert "lookups=40" in reached[0].getMessage() and "Particle allows 50" in reached[0].getMessage()
    # The ceiling also holds across a restart (the counts are in the database).
    await rig.restart()
    await say(rig, session("after-restart"), unknown(99))
    assert len(serial_calls(rig)) == SERIAL_LOOKUPS_PER_HOUR
    # An hour later the lookups are free again.
    rig.clock.advance(LOOKUP_WINDOW)
    await say(rig, session("next-hour"), GARAGE_SERIAL)
    assert rig.conversation()["awaiting"] == "led"
    assert len(serial_calls(rig)) == SERIAL_LOOKUPS_PER_HOUR + 1


async def test_product_mode_past_the_ceiling_looks_in_the_product_device_list(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "p.db", particle_product_id="acme-sensors"))
    try:
        now = rig.clock.now()
        for _ in range(SERIAL_LOOKUPS_PER_HOUR):
            rig.store.record_lookup(None, "serial", now)
        await say(rig, session("p"), GARAGE_SERIAL)
        assert rig.conversation()["awaiting"] == "led"
        assert serial_calls(rig) == []
        assert [r["query"] for r in rig.sim.requests if r["path"].endswith("/devices")] == \
            [{"serialNumber": GARAGE_SERIAL}]
    finally:
        await rig.stop()


async def test_an_operators_lookup_uses_the_cache_when_given_the_store(rig: Rig) -> None:
    cloud = rig.rt.cloud
    assert (await cloud.resolve(SEED_SERIAL, store=rig.store))["id"] == SEED_ID
    assert (await cloud.resolve(SEED_SERIAL, store=rig.store))["id"] == SEED_ID
    assert len(serial_calls(rig)) == 1
    await say(rig, session("customer"), SEED_SERIAL)  # and customers find it there too
    assert len(serial_calls(rig)) == 1
    for i in range(LOOKUPS_PER_ADDRESS_PER_HOUR + 1):  # no per-address bound for an operator
        with pytest.raises(CloudNotFound):
            await cloud.resolve(unknown(i), store=rig.store)
    assert len(serial_calls(rig)) == 2 + LOOKUPS_PER_ADDRESS_PER_HOUR
    assert len(rig.store.lookup_times(0.0, kind="serial")) == 2 + LOOKUPS_PER_ADDRESS_PER_HOUR


# ---------------------------------------------------------------------------------------------- the store


def test_an_older_database_gets_the_lookup_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(str(path))
    earlier = Migrations("cyanbot")
    earlier()(m001_initial)
    earlier()(m002_case_thread_index)
    earlier.apply(old)
    old.conn.close()
    store = Store(open_db(path), FakeClock())
    assert {"serial_numbers", "cloud_lookups"} <= set(store.db.table_names())
    assert store.serial_entry("PHHAAB830ABCDEF") is None


def test_a_found_serial_is_never_replaced_by_not_found(tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "s.db"), FakeClock())
    store.remember_serial("X1", None, 1.0)
    store.remember_serial("X1", "aaaaaaaaaaaaaaaaaaaaaaaa", 2.0)
    store.remember_serial("X1", None, 3.0)
    assert store.serial_entry("X1") == {"device_id": "aaaaaaaaaaaaaaaaaaaaaaaa", "checked_at": 2.0}
    store.remember_serial("X2", None, 1.0)
    store.record_lookup("web:s", "serial", 1.0)
    store.record_lookup("web:s", "name", 5.0)
    assert store.lookup_times(0.0, who="web:s") == [1.0, 5.0]
    assert store.lookup_times(0.0, kind="serial") == [1.0]
    store.prune_lookups(before=1.0, misses_before=1.0)
    assert store.lookup_times(0.0) == [5.0]
    assert store.serial_entry("X2") is None and store.serial_entry("X1") is not None
