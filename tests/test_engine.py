"""The engine (design §8 and issue 3 item 3): ordering, idempotency, crash safety, delivery retries, cloud faults,
timers across restarts. Everything runs on the real runtime with a FakeClock and the simulated Particle Cloud.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.render import ConsoleRenderer
from bot.clock import FakeClock
from bot.cloud.simulated import DEMO_DEVICES, SimCloud, create_sim_app
from bot.config import Settings
from bot.errors import ChannelError
from bot.flowkit import KeyMemory
from bot.messages import Inbound, Part
from bot.server.runtime import build_runtime
from bot.store.store import Store
from flows.troubleshoot import copy
from tests.harness import SEED_SERIAL, Rig, make_settings

PHONE = "+15551230000"
LED_ANSWERS = ["blinking green", "normal speed", "yes", "HomeNet", "skip"]


async def _no_sleep(_: float) -> None:
    return None


class Recorder:
    """A channel sender that records what it delivered; `plan` lists what each attempt does (None = succeed)."""

    def __init__(self, plan: list[Exception | None] | None = None) -> None:
        self.plan = list(plan or [])
        self.attempts: list[str] = []
        self.sent: list[str] = []

    async def send(self, address: str, part: Part, meta: dict[str, Any]) -> str | None:
        self.attempts.append(part.text)
        if self.plan:
            exc = self.plan.pop(0)
            if exc is not None:
                raise exc
        self.sent.append(part.text)
        return f"prov-{len(self.sent)}"


async def boot(settings: Settings, *, clock: FakeClock | None = None, sim: SimCloud | None = None,
               channel: str = "web", address: str = "session-1", sender: Recorder | None = None) -> Rig:
    """Like Rig.start, but a console sender is registered before the engine picks up leftover work."""
    clock = clock or FakeClock()
    sim = sim or SimCloud(clock=clock, product_id=settings.particle_product_id)
    cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim)), base_url="http://sim")
    rt = build_runtime(settings, clock=clock, sim=sim, cloud_http=cloud_http, sim_base_url="http://sim",
                       cloud_sleep=_no_sleep)
    if sender is not None:
        rt.engine.register_channel("console", ConsoleRenderer(), sender)
    await rt.start(stream=False)
    return Rig(settings, clock, sim, rt, channel, address, cloud_http)


async def reboot(rig: Rig, sender: Recorder | None = None, between: Any = None) -> Rig:
    """Stop `rig` without finishing anything, optionally do something while it is down, start a new process."""
    await rig.stop()
    if between is not None:
        between()
    new = await boot(rig.settings, clock=rig.clock, sim=rig.sim, channel=rig.channel, address=rig.address,
                     sender=sender)
    await new.engine.run_due()
    await new.engine.wait_idle(10)
    return new


def messages(rig: Rig, conv_id: str | None = None) -> list[dict[str, Any]]:
    return rig.store.messages(conv_id or rig.conversation()["id"])


def outbox(rig: Rig, conv_id: str) -> list[dict[str, Any]]:
    return list(rig.store.db.query("SELECT * FROM outbox WHERE conversation_id = ? ORDER BY id", [conv_id]))


async def to_led(rig: Rig) -> None:
    await rig.say("hi")
    await rig.say(SEED_SERIAL)
    assert rig.conversation()["awaiting"] == "led"


def engine_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno >= logging.ERROR and r.name.startswith("cyanbot")]


# ---------------------------------------------------------------------------------------------- ordering


async def _arrive(rig: Rig, text: str, ticks: int) -> None:
    for _ in range(ticks):  # let the worker run part of a step first (no wall-clock wait)
        await asyncio.sleep(0)
    await rig.engine.receive(Inbound("web", rig.address, text))


@pytest.mark.parametrize("stagger", [0, 1, 7])
async def test_concurrent_messages_for_one_conversation_are_serialized(tmp_path: Path, stagger: int) -> None:
    """Five messages at once give exactly what the same five messages one after another give."""
    seq = await Rig.start(make_settings(tmp_path / "seq.db"))
    par = await Rig.start(make_settings(tmp_path / "par.db"))
    try:
        await to_led(seq)
        for text in LED_ANSWERS:
            await seq.say(text)
        await to_led(par)
        before = len(messages(par))
        await asyncio.gather(*(_arrive(par, t, i * stagger) for i, t in enumerate(LED_ANSWERS)))
        await par.engine.wait_idle(10)

        msgs = messages(par)
        assert [m["idx"] for m in msgs] == list(range(len(msgs))), "message indexes are contiguous"
        inbound = [m for m in msgs if m["direction"] == "in"]
        assert all(m["processed"] == 1 for m in inbound)
        assert [m["text"] for m in inbound][-5:] == LED_ANSWERS, "stored once each, in arrival order"
        assert len(inbound) == len({m["id"] for m in inbound})
        # The bot's replies are the sequential run's replies, in the same order: no interleaving, no repeats.
        got = [(m["direction"], m["text"]) for m in msgs[before:]]
        want = [(m["direction"], m["text"]) for m in messages(seq)[before:]]
        assert [t for d, t in got if d == "out"] == [t for d, t in want if d == "out"]
        assert par.conversation()["awaiting"] == seq.conversation()["awaiting"] == "router_check"
        assert par.codes() == seq.codes()
    finally:
        await seq.stop()
        await par.stop()


async def test_message_during_lookup_is_not_lost(tmp_path: Path) -> None:
    seq = await Rig.start(make_settings(tmp_path / "seq.db"))
    par = await Rig.start(make_settings(tmp_path / "par.db"))
    try:
        for r in (seq, par):
            await r.say("hi")
        await seq.say(SEED_SERIAL)
        await seq.say("blinking green")
        await asyncio.gather(*(par.engine.receive(Inbound("web", par.address, t))
                               for t in (SEED_SERIAL, "blinking green")))
        await par.engine.wait_idle(10)
        assert seq.conversation()["awaiting"] == "led_detail"
        assert par.conversation()["awaiting"] == seq.conversation()["awaiting"]
    finally:
        await seq.stop()
        await par.stop()


async def test_different_conversations_progress_in_parallel(rig: Rig) -> None:
    addresses = [f"parallel-{i}" for i in range(10)]
    for a in addresses:
        await rig.engine.receive(Inbound("web", a, "hi"))
    await rig.engine.wait_idle(10)
    claimed = [d for d in DEMO_DEVICES if d.get("owner") and not d["online"] and not d.get("quarantined")]
    rig.sim.set_delay(0.3)  # each REST answer takes 0.3 s of real time; a serial lookup is at least one call
    t0 = time.monotonic()
    await asyncio.gather(*(rig.engine.receive(Inbound("web", a, claimed[i % len(claimed)]["serial_number"]))
                           for i, a in enumerate(addresses)))
    await rig.engine.wait_idle(15)
    elapsed = time.monotonic() - t0
    rig.sim.set_delay(0)
    for a in addresses:
        conv = rig.store.latest_conversation("web", a)
        assert conv is not None and conv["awaiting"] == "led", conv
    assert elapsed < 2.0, f"10 lookups of >= 0.3 s each took {elapsed:.2f} s: not in parallel"


# ---------------------------------------------------------------------------------------------- idempotency


async def test_duplicate_delivery_is_stored_once_and_answered_once(rig: Rig) -> None:
    await rig.say("hi")
    conv_id = rig.conversation()["id"]
    before = len(rig.outbound())
    r1 = await rig.engine.receive(Inbound("web", rig.address, SEED_SERIAL, external_id="SM-dup-1"))
    await rig.engine.wait_idle(10)
    after_first = len(rig.outbound())
    r2 = await rig.engine.receive(Inbound("web", rig.address, SEED_SERIAL, external_id="SM-dup-1"))
    await rig.engine.wait_idle(10)
    assert r1.conversation_id == conv_id and not r1.duplicate
    assert r2.duplicate and r2.conversation_id is None
    assert [m["text"] for m in messages(rig) if m["direction"] == "in"].count(SEED_SERIAL) == 1
    assert after_first > before and len(rig.outbound()) == after_first


async def test_duplicate_deliveries_fired_together_are_stored_once(rig: Rig) -> None:
    await rig.say("hi")
    receipts = await asyncio.gather(*(rig.engine.receive(Inbound("web", rig.address, SEED_SERIAL,
                                                                 external_id="SM-dup-2")) for _ in range(4)))
    await rig.engine.wait_idle(10)
    assert sum(not r.duplicate for r in receipts) == 1
    assert [m["text"] for m in messages(rig) if m["direction"] == "in"].count(SEED_SERIAL) == 1
    assert sum("Found it" in m["text"] for m in rig.outbound()) == 1


# ---------------------------------------------------------------------------------------------- crash safety


async def test_unprocessed_inbound_row_is_processed_once_after_restart(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    await to_led(rig)
    conv_id = rig.conversation()["id"]
    out_before = len(rig.outbound())
    holder: dict[str, int] = {}

    def crash_after_store() -> None:
        # The process stored the message and died before its worker ran.
        st = Store.open(rig.settings.database_path, rig.clock)
        holder["id"] = st.add_message(conv_id, "in", "blinking green", processed=False)

    rig = await reboot(rig, between=crash_after_store)
    try:
        row = next(m for m in messages(rig, conv_id) if m["id"] == holder["id"])
        assert row["processed"] == 1
        new = [m["text"] for m in rig.outbound()[out_before:]]
        assert len(new) == 1 and "green light" in new[0], new
        assert rig.conversation()["awaiting"] == "led_detail"
        # A second restart does not process it again.
        rig = await reboot(rig)
        assert len(rig.outbound()) == out_before + 1
        assert rig.conversation()["awaiting"] == "led_detail"
    finally:
        await rig.stop()


async def test_a_fired_timer_survives_a_crash_before_its_step(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    await to_led(rig)
    conv_id = rig.conversation()["id"]
    out_before = len(rig.outbound())
    # The scheduler fires the reply timer, and the process dies before the conversation's worker runs the step.
    await rig.engine.work.stop()
    rig.clock.advance(rig.settings.reply_timeout_seconds + 1)
    await rig.engine.scheduler.run_due()
    assert [t["name"] for t in rig.store.timers(conv_id)] == ["reply"]  # still a row until its step commits
    rig = await reboot(rig)
    try:
        new = [m["text"] for m in rig.outbound()[out_before:]]
        # The check-in comes with the question it waits on (flow test: test_silence_reminds_once_then_abandons).
        assert len(new) == 2 and "still there" in new[0], new
        assert "reply" not in [t["name"] for t in rig.store.timers(conv_id)]
        rig = await reboot(rig)  # and a second restart does not remind again
        assert len(rig.outbound()) == out_before + 2
    finally:
        await rig.stop()


async def test_pending_outbox_message_is_delivered_once_after_restart(tmp_path: Path) -> None:
    first = Recorder()
    rig = await boot(make_settings(tmp_path / "bot.db"), channel="console", address=PHONE, sender=first)
    await rig.say("hi")
    conv_id = rig.conversation()["id"]
    assert len(first.sent) == 2 and not rig.store.pending_outbox(conv_id)

    def crash_before_send() -> None:
        st = Store.open(rig.settings.database_path, rig.clock)
        with st.atomic():
            mid = st.add_message(conv_id, "out", "A message committed but never sent")
            st.add_outbox(conv_id, "message", {"text": "A message committed but never sent", "choices": []},
                          message_id=mid)

    second = Recorder()
    rig = await reboot(rig, sender=second, between=crash_before_send)
    try:
        assert second.sent == ["A message committed but never sent"]
        assert not rig.store.pending_outbox(conv_id)
        await rig.engine.run_due()
        await rig.engine.wait_idle(10)
        third = Recorder()
        rig = await reboot(rig, sender=third)
        assert second.sent == ["A message committed but never sent"] and third.sent == []
        assert first.sent[:2] == [m["text"] for m in rig.outbound()[:2]]
    finally:
        await rig.stop()


# ---------------------------------------------------------------------------------------------- delivery


async def test_retryable_channel_error_holds_the_queue_until_retry_after(tmp_path: Path) -> None:
    sender = Recorder([ChannelError("rate limited", retryable=True, retry_after=30)])
    rig = await boot(make_settings(tmp_path / "bot.db"), channel="console", address=PHONE, sender=sender)
    try:
        await rig.say("hi")
        conv_id = rig.conversation()["id"]
        assert sender.sent == [] and len(sender.attempts) == 1
        # The customer keeps talking: replies queue behind the held message, in order, but the device lookup
        # is not a reply and runs at once, so the conversation moves on to the light question.
        await rig.say(SEED_SERIAL)
        assert sender.sent == [] and len(sender.attempts) == 1
        assert len(rig.store.pending_outbox(conv_id)) == 4
        assert rig.conversation()["awaiting"] == "led"
        await rig.advance(29.5)
        assert sender.sent == [] and len(sender.attempts) == 1, "nothing before Retry-After"
        await rig.advance(4)  # 33.5 s: past Retry-After plus the engine's jitter (at most 10 %)
        stored = [m["text"] for m in rig.outbound()]
        assert len(stored) == 4 and "Found it" in stored[2]
        assert sender.sent == stored, "sent once each, in order, the held one first"
        assert len(sender.attempts) == 5
        assert rig.conversation()["awaiting"] == "led"
        await rig.advance(600)
        assert sender.sent == stored
        rows = outbox(rig, conv_id)
        assert all(r["status"] == "done" for r in rows if r["kind"] == "message")
        assert rows[0]["attempts"] == 2 and "rate limited" in (rows[0]["last_error"] or "")
    finally:
        await rig.stop()


async def test_non_retryable_channel_error_marks_failed_and_the_next_message_goes(tmp_path: Path) -> None:
    sender = Recorder([ChannelError("invalid number", retryable=False)])
    rig = await boot(make_settings(tmp_path / "bot.db"), channel="console", address=PHONE, sender=sender)
    try:
        await rig.say("hi")
        conv_id = rig.conversation()["id"]
        stored = [m["text"] for m in rig.outbound()]
        assert len(stored) == 2
        assert sender.sent == stored[1:]
        rows = [r for r in outbox(rig, conv_id) if r["kind"] == "message"]
        assert [r["status"] for r in rows] == ["failed", "done"]
        assert "invalid number" in rows[0]["last_error"]
        await rig.advance(3600)
        assert stored[0] not in sender.sent, "a failed message is never retried"
        assert len(sender.attempts) == len(sender.sent) + 1
    finally:
        await rig.stop()


async def test_sender_bug_is_retried_with_backoff(tmp_path: Path) -> None:
    sender = Recorder([RuntimeError("boom")])
    rig = await boot(make_settings(tmp_path / "bot.db"), channel="console", address=PHONE, sender=sender)
    try:
        await rig.say("hi")
        assert sender.sent == []
        await rig.advance(2)
        assert len(sender.sent) == 2
    finally:
        await rig.stop()


# ---------------------------------------------------------------------------------------------- cloud faults


FAULTS = {
    "bad_json": (lambda sim: sim.set_bad_json(100), 6),
    "503": (lambda sim: sim.fail_next(100, 503), 6),
    "429_retry_after": (lambda sim: sim.fail_next(100, 429, 20), 21),
}


@pytest.mark.parametrize("fault", FAULTS)
async def test_cloud_faults_mid_conversation_never_crash(rig: Rig, fault: str,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    apply, wait = FAULTS[fault]
    await to_led(rig)
    apply(rig.sim)
    await rig.advance(wait)
    said = await rig.say("blinking green")
    assert rig.conversation()["awaiting"] == "led_detail" and said
    assert "cloud:unavailable" not in rig.codes(), "one failed refresh is not yet 'unavailable'"
    await rig.advance(wait)
    said = await rig.say("normal speed")
    conv = rig.conversation()
    assert conv["awaiting"] == "wifi_password" and said, "the conversation keeps asking its questions"
    assert "cloud:unavailable" in rig.codes(), "after two failing refreshes"
    assert conv["status"] == "active" and conv["outcome"] is None
    await rig.advance(wait)
    await rig.say("yes")
    assert rig.conversation()["awaiting"] == "wifi_network"
    assert engine_errors(caplog) == []


@pytest.mark.parametrize("fault", FAULTS)
async def test_cloud_fault_during_lookup_asks_again(rig: Rig, fault: str,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    apply, _wait = FAULTS[fault]
    await rig.say("hi")
    apply(rig.sim)
    said = await rig.say(SEED_SERIAL)
    assert said, "the customer gets an answer"
    assert rig.conversation()["awaiting"] == "device_id"
    assert "cloud:unavailable" in rig.codes()
    rig.sim.fail_next(0)
    rig.sim.set_bad_json(0)
    await rig.advance(30)
    await rig.say(SEED_SERIAL)
    assert rig.conversation()["awaiting"] == "led"
    assert engine_errors(caplog) == []


async def test_missing_fields_in_the_device_answer_do_not_crash(rig: Rig,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await to_led(rig)
    dev = rig.sim.devices[rig.conversation()["device_id"]]
    for key in ("name", "platform_id", "online", "connected", "last_heard", "mac_wifi", "status"):
        dev.pop(key, None)
    await rig.advance(6)
    said = await rig.say("blinking green")
    assert said and rig.conversation()["awaiting"] == "led_detail"
    assert engine_errors(caplog) == []


# ---------------------------------------------------------------------------------------------- timers


async def test_reply_reminder_fires_after_restart_once_then_one_closing_message(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    await to_led(rig)
    conv_id = rig.conversation()["id"]
    assert [t["name"] for t in rig.store.timers(conv_id)] == ["reply"]
    rig = await reboot(rig)
    try:
        assert await rig.advance(899) == []
        said = await rig.advance(2)
        assert len(said) == 2 and "still there" in said[0]
        # Firing again at the same moment, or soon after, sends nothing more.
        await rig.engine.run_due()
        await rig.engine.wait_idle(10)
        assert await rig.advance(10) == []
        assert [t["name"] for t in rig.store.timers(conv_id)] == ["abandon"]
        rig = await reboot(rig)
        said = await rig.advance(900)
        assert len(said) == 1 and "close this" in said[0]
        conv = rig.conversation()
        assert conv["status"] == "abandoned" and conv["outcome"] == "abandoned:no_reply"
        assert await rig.advance(5000) == []
        rig = await reboot(rig)
        assert await rig.advance(5000) == []
        assert rig.store.timers(conv_id) == []
        texts = [m["text"] for m in rig.outbound()]
        assert sum("still there" in t for t in texts) == 1 and sum("close this" in t for t in texts) == 1
    finally:
        await rig.stop()


async def test_timer_that_fell_due_while_down_fires_on_start(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    await to_led(rig)
    before = len(rig.outbound())
    rig = await reboot(rig, between=lambda: rig.clock.advance(950))
    try:
        said = [m["text"] for m in rig.outbound()[before:]]
        assert len(said) == 2 and "still there" in said[0]
        rig = await reboot(rig)
        assert len(rig.outbound()) == before + 2
    finally:
        await rig.stop()


async def test_hotspot_timer_survives_restart(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    await to_led(rig)
    for text in ("blinking light blue", "orange", "3"):
        await rig.say(text)
    assert rig.conversation()["awaiting"] == "hotspot_ready"
    await rig.say("ready")
    assert rig.conversation()["status"] == "waiting_device"
    rig = await reboot(rig)
    try:
        assert await rig.advance(250) == []
        said = await rig.advance(60)
        assert said and rig.conversation()["awaiting"] == "hotspot_ready"
        assert "hotspot:failed" in rig.codes()
    finally:
        await rig.stop()


async def test_reply_after_reminder_restarts_the_silence_clock(rig: Rig) -> None:
    await to_led(rig)
    await rig.advance(901)
    await rig.say("blinking green")
    assert rig.conversation()["awaiting"] == "led_detail"
    # The abandon timer of the first silence must not close the conversation now.
    assert await rig.advance(800) == []
    assert rig.conversation()["status"] == "active"


# ---------------------------------------------------------------------------------------------- claim rule (6.1)


@pytest.mark.parametrize(("serial", "awaiting", "finding", "outcome"), [
    (DEMO_DEVICES[4]["serial_number"], "led", "cloud:unclaimed", None),
    (DEMO_DEVICES[5]["serial_number"], None, "cloud:quarantined", "handoff:cloud_account"),
])
async def test_product_mode_claim_rule_end_to_end(tmp_path: Path, serial: str, awaiting: str | None,
                                                  finding: str, outcome: str | None) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db", particle_product_id="acme-sensors"))
    try:
        await rig.say("hi")
        await rig.say(serial)
        conv = rig.conversation()
        assert conv["awaiting"] == awaiting and conv["outcome"] == outcome
        assert finding in rig.codes()
        assert "cloud:not_found" not in rig.codes()
    finally:
        await rig.stop()


async def test_cloud_fault_after_the_serial_is_known_goes_on_with_the_unit(tmp_path: Path) -> None:
    """The serial's device ID is known (kept in the database from an earlier lookup), and the device's own call
    fails: the questions go on with that unit and the cloud is asked again later (design 5; an outside audit's
    serial was dropped and the unit asked for again until a handoff)."""
    settings = make_settings(tmp_path / "bot.db")
    first = await Rig.start(settings, address="first")
    try:
        await first.say("hi")
        await first.say(SEED_SERIAL)
    finally:
        await first.stop()
    rig = await Rig.start(settings, address="second")  # a new process: nothing cached but the serial's ID
    try:
        await rig.say("hi")
        rig.sim.fail_next(5, status=500)
        said = await rig.say(SEED_SERIAL)
        conv = rig.conversation()
        assert conv["awaiting"] == "led" and conv["device_id"] == DEMO_DEVICES[0]["id"], said
        assert "cloud:unavailable" in rig.codes()
    finally:
        await rig.stop()


async def test_user_mode_unowned_device_is_not_found(rig: Rig) -> None:
    # design 5 and 6.1: a 403/404 on the device is cloud:not_found, handed off at once (not "type it again")
    await rig.say("hi")
    said = await rig.say(DEMO_DEVICES[4]["serial_number"])
    conv = rig.conversation()
    assert conv["outcome"] == "handoff:cloud_account" and said
    assert "cloud:not_found" in {f["code"] for f in conv["findings"]}


async def test_stop_ends_a_case_an_agent_holds_and_release_twice_is_harmless(tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    try:
        await rig.say("hi")
        await rig.say(SEED_SERIAL)
        await rig.say("agent")
        conv_id = rig.conversation()["id"]
        assert (await rig.engine.agent_takeover(conv_id, "UAGENT"))[0]
        assert await rig.engine.agent_release(conv_id, "UAGENT")
        await rig.engine.wait_idle(10)
        assert rig.conversation()["awaiting"] == "led"
        assert await rig.engine.agent_release(conv_id, "UAGENT")  # a second click changes nothing
        await rig.engine.wait_idle(10)
        assert rig.conversation()["awaiting"] == "led" and rig.conversation()["status"] == "active"
        assert (await rig.engine.agent_takeover(conv_id, "UAGENT"))[0]
        # A web chat (the rig's channel): the stop is confirmed, as issue 9 asks; on SMS it is silent.
        said = await rig.say("STOP")
        assert len(said) == 1 and "I've stopped" in said[0]
        conv = rig.conversation()
        assert conv["status"] == "abandoned" and conv["outcome"] == "ended:opted_out"
    finally:
        await rig.stop()


class CountingFlow:
    """The troubleshooting flow, counting how often the engine asks it to read a message."""

    def __init__(self) -> None:
        from flows.troubleshoot.plugin import TROUBLESHOOT

        self.inner = TROUBLESHOOT
        self.machine = TROUBLESHOOT.machine
        self.reads: list[str] = []
        self.keywords: list[str] = []

    def read(self, text: str, awaiting: str | None, memory: KeyMemory | None = None) -> tuple[str, dict[str, object]]:
        self.reads.append(text)
        return self.inner.read(text, awaiting, memory)

    def keyword(self, text: str) -> str | None:
        self.keywords.append(text)
        return self.inner.keyword(text)

    def warm(self, steps: bool = True) -> None:
        self.inner.warm(steps)


async def test_each_message_is_read_once_and_its_word_travels_in_the_facts(tmp_path: Path) -> None:
    flow = CountingFlow()
    rig = await Rig.start(make_settings(tmp_path / "bot.db"), flow=flow)
    said = ["hi", SEED_SERIAL, "green blinking", "agent", "are you there?", "STOP"]
    try:
        for text in said[:4]:
            await rig.say(text)
        conv_id = rig.conversation()["id"]
        assert (await rig.engine.agent_takeover(conv_id, "UAGENT"))[0]
        for text in said[4:]:
            await rig.say(text)
        # Once per message at intake, never again by the engine (the stepper and the flow use the facts).
        assert flow.reads == said and flow.keywords == []
        words = [m.facts.get("word") for m in rig.rt.store.messages(conv_id) if m.direction == "in"]
        assert words == [None, None, None, "agent", None, "stop"]
        assert rig.conversation()["outcome"] == "ended:opted_out"
    finally:
        await rig.stop()


async def test_one_process_fires_timers_on_a_shared_database(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "bot.db")
    first = await Rig.start(settings)
    second = await Rig.start(settings, clock=first.clock, sim=first.sim)
    try:
        await to_led(first)
        out_before = len(first.outbound())
        assert second.store.lease_holder("scheduler") == first.engine.scheduler.lease.holder
        assert not second.engine.scheduler.lease.hold()
        # Both processes run their scheduler after the reply timeout: the reminder goes out once.
        first.clock.advance(settings.reply_timeout_seconds + 1)
        assert await first.engine.run_due() == 1
        assert await second.engine.run_due() == 0
        await first.engine.wait_idle(10)
        await second.engine.wait_idle(10)
        assert [m["text"] for m in first.outbound()[out_before:]][:1] == [copy.text("reminder")]  # then the question
        # The holder stops: its lease is released and the other process takes over at once.
        await first.stop()
        assert second.store.lease_holder("scheduler") != first.engine.scheduler.lease.holder
        await second.say("hmm")
        second.clock.advance(settings.reply_timeout_seconds + 1)
        assert await second.engine.run_due() >= 1
        assert second.store.lease_holder("scheduler") == second.engine.scheduler.lease.holder
    finally:
        await second.stop()


async def test_a_lease_runs_out_or_is_taken_from_a_dead_process(tmp_path: Path) -> None:
    from bot.engine.lease import Lease

    clock = FakeClock()
    store = Store.open(str(tmp_path / "bot.db"), clock)
    a, b = Lease(store, clock, "scheduler", ttl=15), Lease(store, clock, "scheduler", ttl=15)
    assert a.hold() and not b.hold() and a.hold()  # the holder renews; the other waits
    clock.advance(16)
    assert b.hold() and not a.hold()  # not renewed in time: taken
    # A holder on this machine whose process is gone (kill -9) is replaced at once, without waiting.
    dead = f"{socket.gethostname()}:{2**22 + 12345}:gone"  # above Linux's largest pid: no such process
    assert store.take_lease("scheduler", dead, clock.now(), 3600, stale=b.holder)
    assert a.hold() and store.lease_holder("scheduler") == a.holder
    a.release()
    assert store.lease_holder("scheduler") is None


async def test_a_ruled_out_cause_is_named_neither_on_the_case_nor_in_its_transcript(tmp_path: Path) -> None:
    from bot.engine.case import build_case
    from bot.engine.transcript import transcript_markdown

    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    try:
        # Two orange blinks say "no internet"; the customer says other devices are online; the hotspot works.
        for text in ("hi", SEED_SERIAL, "blinking cyan", "orange", "2", "yes everything else streams fine",
                     "no it's my own home wifi", "ready"):
            await rig.say(text)
        await rig.online(True)
        conv = rig.conversation()
        assert conv["outcome"] == "handoff:router_issue"
        codes = {f["code"] for f in rig.store.findings(conv["id"])}
        assert "network:no_internet" in codes
        case = build_case(rig.store, conv["id"])
        md = transcript_markdown(rig.store, conv["id"], [])
        assert case["cause"] == "A home network setting (the device works on a phone hotspot)"
        assert f"**Suspected cause:** {case['cause']}" in md
    finally:
        await rig.stop()


async def test_replies_left_unsent_go_out_in_order_with_one_read_of_the_outbox(tmp_path: Path) -> None:
    """Three committed replies (as after a crash) leave in order; the drain reads the conversation's pending rows
    once (no step stored a cloud query, so it does not look for one), marks them sent in one transaction, and stops
    after sending (sending makes no new work)."""
    sender = Recorder()
    rig = await boot(make_settings(tmp_path / "bot.db"), sender=sender, channel="console", address="+15550001234")
    try:
        conv = rig.store.create_conversation("console", "+15550001234")
        for text in ("one", "two", "three"):
            mid = rig.store.add_message(conv.id, "out", text)
            rig.store.add_outbox(conv.id, "message", {"text": text, "choices": [], "extra": {}}, mid)
        statements: list[str] = []
        rig.store.db.conn.set_trace_callback(statements.append)
        rig.engine.work.kick(conv.id)
        await rig.engine.wait_conversation(conv.id)
        rig.store.db.conn.set_trace_callback(None)
        assert sender.sent == ["one", "two", "three"]
        assert [r["status"] for r in outbox(rig, conv.id)] == ["done"] * 3
        reads = [s for s in statements if s.startswith("SELECT * FROM outbox WHERE status = 'pending'")]
        assert len(reads) == 1, reads
        # The three "done" marks share one transaction (sent in one loop pass).
        marks = [i for i, s in enumerate(statements) if "SET status = 'done'" in s]
        assert len(marks) == 3 and marks == list(range(marks[0], marks[0] + 3)), statements
        assert statements[marks[0] - 1] == "BEGIN IMMEDIATE" and statements[marks[-1] + 1] == "COMMIT"
    finally:
        await rig.stop()


async def test_a_customer_turn_records_the_cloud_check_in_its_own_step(tmp_path: Path) -> None:
    """Each answer asks the cloud about the device; when nothing changed, the time of that check is written by the
    answer's step (one transaction for the turn, not one more of its own), and still shows in the conversation."""
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    try:
        await to_led(rig)
        conv_id = rig.conversation()["id"]
        before = rig.store.conversation_row(conv_id).cloud["checked_at"]  # type: ignore[union-attr]
        rig.clock.advance(30)  # past the device cache's 5 s: the cloud is asked again
        statements: list[str] = []
        rig.store.db.conn.set_trace_callback(statements.append)
        await rig.say("it is blinking green")
        rig.store.db.conn.set_trace_callback(None)
        after = rig.store.conversation_row(conv_id).cloud["checked_at"]  # type: ignore[union-attr]
        assert after == before + 30
        assert rig.conversation()["cloud"]["checked_at"]  # and the API shows it
        updates = [s for s in statements if s.startswith("UPDATE conversations SET") and "cloud" in s]
        assert len(updates) == 1, updates
    finally:
        await rig.stop()


class HeldCloud:
    """The simulated cloud's app, except that a device lookup waits while `held` (a slow Particle answer)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.released = asyncio.Event()
        self.released.set()
        self.waiting = asyncio.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/devices/") and not self.released.is_set():
            self.waiting.set()
            await self.released.wait()
        await self.app(scope, receive, send)


async def test_a_takeover_while_a_step_waits_for_the_cloud_is_not_undone(tmp_path: Path) -> None:
    """The worker reads the conversation, asks the cloud about the device, runs the flow and commits. An agent who
    takes the case over (in the web process) while the cloud answers keeps it: the step runs again on the new row
    instead of writing the old state, status and assignee back."""
    settings = make_settings(tmp_path / "bot.db")
    clock = FakeClock()
    sim = SimCloud(clock=clock, product_id=settings.particle_product_id)
    held = HeldCloud(create_sim_app(sim))
    cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=held), base_url="http://sim")
    rt = build_runtime(settings, clock=clock, sim=sim, cloud_http=cloud_http, sim_base_url="http://sim",
                       cloud_sleep=_no_sleep)
    await rt.start(stream=False)
    rig = Rig(settings, clock, sim, rt, "web", "session-1", cloud_http)
    try:
        await to_led(rig)
        conv_id = rig.conversation()["id"]
        clock.advance(6)  # past the device cache: the answer's cloud check goes to the cloud
        held.released.clear()
        await rig.engine.receive(Inbound("web", rig.address, "blinking green"))
        await asyncio.wait_for(held.waiting.wait(), 5)
        assert (await rig.engine.agent_takeover(conv_id, "UAGENT"))[0]
        held.released.set()
        await rig.engine.wait_idle(10)
        conv = rig.conversation()
        assert (conv["status"], conv["assignee"], conv["state"]) == ("handed_off", "UAGENT", "handed_off")
        assert conv["outcome"] == "handoff:other"  # the customer asked for no one (not customer_request)
        # The bot stays quiet while an agent holds the case: no LED follow-up question went out.
        assert not any(m["direction"] == "out" and "steady" in m["text"] for m in messages(rig, conv_id))
        assert all(m["processed"] == 1 for m in messages(rig, conv_id) if m["direction"] == "in")
    finally:
        await rig.stop()


async def test_a_cloud_lookup_left_pending_by_a_crash_runs_after_the_restart(tmp_path: Path) -> None:
    """The step that stored the lookup committed, and the process died before running it: the next process runs
    it first (a drain otherwise looks for query rows only after one of its steps stored one)."""
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    await rig.say("hi")
    conv_id = rig.conversation()["id"]
    with rig.store.atomic():  # what that step wrote: the state, and the query row nobody ran
        rig.store.update_conversation(conv_id, state="looking_up", awaiting=None)
        rig.store.add_outbox(conv_id, "query", {"kind": "lookup", "ref_kind": "serial", "ref": SEED_SERIAL})
    rig = await reboot(rig)
    try:
        conv = rig.conversation()
        assert conv["awaiting"] == "led" and conv["device_id"]
        assert any("Found it" in m["text"] for m in messages(rig, conv_id) if m["direction"] == "out")
    finally:
        await rig.stop()


async def test_the_unit_coming_online_is_told_while_support_has_the_case_but_not_once_an_agent_holds_it(
        tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    try:
        await rig.say("hi")
        await rig.say(SEED_SERIAL)
        await rig.say("agent")
        said = await rig.online(True)
        assert any("online now" in s for s in said), said
        await rig.online(False)
        conv_id = rig.conversation()["id"]
        assert (await rig.engine.agent_takeover(conv_id, "UAGENT"))[0]
        said = await rig.online(True)
        assert not any("online now" in s for s in said), said  # the agent speaks for the team now
        assert rig.conversation()["status"] == "handed_off"
    finally:
        await rig.stop()
