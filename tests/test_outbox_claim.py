"""A step's first reply is marked "sending" in the step's own transaction (the claim), not in one more of its own:
what that saves, and that a claimed reply is never stranded (a drain that fails first puts it back in the queue; a
crash leaves it to the restart's reconciliation, which sends it once)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from bot.channels.render import ConsoleRenderer
from bot.clock import FakeClock
from bot.cloud.simulated import SimCloud, create_sim_app
from bot.messages import Inbound, Part
from bot.server.runtime import build_runtime
from bot.store.store import Store
from tests.harness import SEED_SERIAL, Rig, make_settings

PHONE = "+15551230000"


class Recorder:
    """A channel sender that records what it sent."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, address: str, part: Part, meta: dict[str, Any]) -> str | None:
        self.sent.append(part.text)
        return f"prov-{len(self.sent)}"


class FailingSecondCheck:
    """The simulated cloud's app. Once armed, it answers the next device check and moves the clock past the device
    cache (so the check after it goes to the cloud too), and the check after that fails with a bug, not a cloud
    error."""

    def __init__(self, app: Any, clock: FakeClock) -> None:
        self.app, self.clock = app, clock
        self.armed = False
        self.checks = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.armed and scope["type"] == "http" and scope["path"].startswith("/v1/devices/"):
            self.checks += 1
            if self.checks == 2:
                raise RuntimeError("a bug in the cloud client")
            await self.app(scope, receive, send)
            self.clock.advance(CACHE_PAST)
            return
        await self.app(scope, receive, send)


CACHE_PAST = 6  # seconds: past the device cache's 5 s


async def _boot(db: Path, sender: Recorder, cloud_app: Any = None, clock: FakeClock | None = None) -> Rig:
    settings = make_settings(db)
    clock = clock or FakeClock()
    sim = SimCloud(clock=clock, product_id=settings.particle_product_id)
    app = cloud_app(create_sim_app(sim), clock) if cloud_app else create_sim_app(sim)
    cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sim")
    rt = build_runtime(settings, clock=clock, sim=sim, cloud_http=cloud_http, sim_base_url="http://sim")
    rt.engine.register_channel("console", ConsoleRenderer(), sender)
    await rt.start(stream=False)
    return Rig(settings, clock, sim, rt, "console", PHONE, cloud_http)


def _statuses(store: Store, conv_id: str) -> list[str]:
    return [r["status"] for r in store.db.query("SELECT status FROM outbox WHERE conversation_id = ? ORDER BY id",
                                                [conv_id])]


# ---------------------------------------------------------------------------------------------- the store


def test_only_a_reply_first_in_its_queue_is_claimed(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    conv = store.create_conversation("sms", PHONE)
    other = store.create_conversation("sms", "+15551239999")
    busy = store.add_outbox(other.id, "message", {"text": "x"})
    store.outbox_sending(busy)  # another conversation's reply in flight does not matter
    first = store.add_outbox(conv.id, "message", {"text": "one"})
    assert store.claim_first_reply(conv.id, first)
    second = store.add_outbox(conv.id, "message", {"text": "two"})
    assert not store.claim_first_reply(conv.id, second)  # one of its conversation's is being sent
    store.outbox_requeue(first)
    assert not store.claim_first_reply(conv.id, second)  # an older one waits
    assert not store.claim_first_reply(conv.id, first + 1000)  # no such row
    assert [r.id for r in store.pending_outbox(conv.id)] == [first, second]


def test_the_queue_is_the_claimed_reply_then_the_pending_rows_in_order(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "bot.db"), FakeClock())
    conv = store.create_conversation("sms", PHONE)
    first = store.add_outbox(conv.id, "message", {"text": "one"})
    assert store.claim_first_reply(conv.id, first)
    second = store.add_outbox(conv.id, "message", {"text": "two"})
    queue = store.outbox_queue(conv.id, first)
    assert [(r.id, r.status) for r in queue] == [(first, "sending"), (second, "pending")]
    assert [r.id for r in store.outbox_queue(conv.id)] == [second]
    store.outbox_done(first)
    assert [r.id for r in store.outbox_queue(conv.id, first)] == [second]  # sent already: not again


# ---------------------------------------------------------------------------------------------- the engine


async def test_a_turn_marks_its_first_reply_sending_inside_the_step(tmp_path: Path) -> None:
    sender = Recorder()
    rig = await _boot(tmp_path / "bot.db", sender)
    try:
        await rig.say("hi")
        conv_id = rig.conversation()["id"]
        statements: list[str] = []
        rig.store.db.conn.set_trace_callback(statements.append)
        await rig.say(SEED_SERIAL)
        rig.store.db.conn.set_trace_callback(None)
        assert sender.sent[-3:] == [m["text"] for m in rig.outbound()[-3:]]
        assert set(_statuses(rig.store, conv_id)) == {"done"}
        # The lookup's answer ("Found it", then the light question): its step claimed the first reply.
        claims = [i for i, s in enumerate(statements) if s.startswith("UPDATE outbox SET status = 'sending' WHERE")]
        assert len(claims) == 1, claims
        opened = max(j for j, s in enumerate(statements[: claims[0]]) if s == "BEGIN IMMEDIATE")
        assert "COMMIT" not in statements[opened : claims[0]]  # inside the step's transaction
        assert any(s.startswith("INSERT INTO outbox") for s in statements[opened : claims[0]])
        # Only the second reply was marked on its own, in a transaction just before its provider call.
        marks = [s for s in statements if s.startswith("UPDATE outbox SET status = 'sending', next_at")]
        second = rig.store.db.execute("SELECT MAX(id) FROM outbox WHERE conversation_id = ?", [conv_id]).fetchone()[0]
        assert len(marks) == 1 and marks[0].endswith(f"WHERE id = {second}"), marks
    finally:
        await rig.stop()


async def test_a_claimed_reply_the_drain_did_not_reach_goes_back_to_the_queue(tmp_path: Path) -> None:
    """Two answers arrive together. The first one's step claims its reply; the device check before the second one
    fails with a bug, so the drain ends before delivering. The reply is pending again (not left "sending" until a
    restart), and the scheduler's next pass sends everything once, in order."""
    sender = Recorder()
    cloud: list[FailingSecondCheck] = []

    def wrap(app: Any, clock: FakeClock) -> FailingSecondCheck:
        cloud.append(FailingSecondCheck(app, clock))
        return cloud[0]

    rig = await _boot(tmp_path / "bot.db", sender, wrap)
    try:
        await rig.say("hi")
        await rig.say(SEED_SERIAL)
        conv_id = rig.conversation()["id"]
        sent_before = len(sender.sent)
        rig.clock.advance(CACHE_PAST)
        cloud[0].armed = True
        await asyncio.gather(rig.engine.receive(Inbound("console", PHONE, "blinking green")),
                             rig.engine.receive(Inbound("console", PHONE, "normal speed")))
        await rig.engine.wait_idle(10)
        assert cloud[0].checks == 2
        new = rig.outbound()[sent_before:]
        assert [m["awaiting"] for m in new] == ["led_detail"], new  # the first answer's step, committed
        assert sender.sent[sent_before:] == []  # and not delivered
        assert "sending" not in _statuses(rig.store, conv_id)
        assert [r.payload["text"] for r in rig.store.pending_outbox(conv_id)] == [new[0]["text"]]
        cloud[0].armed = False
        await rig.advance(1)  # the scheduler's pass: the due reply, then the second answer
        assert sender.sent == [m["text"] for m in rig.outbound()]
        assert len(rig.outbound()) > sent_before + 1 and set(_statuses(rig.store, conv_id)) == {"done"}
    finally:
        await rig.stop()


async def test_a_claimed_reply_left_by_a_crash_is_sent_once_after_the_restart(tmp_path: Path) -> None:
    """The step committed with its reply claimed, and the process died before sending it: the restart's
    reconciliation finds it "sending", and the channel (which cannot tell) gets it once."""
    first = Recorder()
    rig = await _boot(tmp_path / "bot.db", first)
    await rig.say("hi")
    conv_id = rig.conversation()["id"]
    clock = rig.clock
    await rig.stop()
    store = Store.open(str(tmp_path / "bot.db"), clock)
    with store.atomic():  # what that step wrote before the crash
        row = store.conversation_row(conv_id)
        assert row is not None
        mid = store.add_message(conv_id, "out", "Committed and claimed, never sent")
        ob = store.add_outbox(conv_id, "message", {"text": "Committed and claimed, never sent", "choices": []}, mid)
        assert store.claim_first_reply(conv_id, ob)
    store.close()
    second = Recorder()
    rig = await _boot(tmp_path / "bot.db", second, clock=clock)
    try:
        await rig.engine.run_due()
        await rig.engine.wait_idle(10)
        assert second.sent == ["Committed and claimed, never sent"]
        assert set(_statuses(rig.store, conv_id)) == {"done"}
    finally:
        await rig.stop()
