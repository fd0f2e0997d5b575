"""The engine: one flow step at a time per conversation, state and effects stored together, then performed.

Life of a customer message: `receive()` stores it (deduplicated, secrets redacted) and kicks the conversation's
worker. The worker refreshes the device from the cloud (rate-limited), feeds the flow, commits the new state with
every effect in one transaction, then drains the outbox in order: replies to the channel, cloud queries whose
results come back as new flow events, and cases for support. Timers are rows; a scheduler fires them, also after
a restart. A crash between any two of these steps loses nothing: unprocessed inbound rows and pending outbox rows
are picked up again at start.
"""

from __future__ import annotations

import copy
import logging
from collections import defaultdict, deque
from dataclasses import dataclass, replace
from typing import Any

from bot.clock import Clock
from bot.engine.agents import AgentDesk
from bot.engine.delivery import Outbox
from bot.engine.ports import CaseSink, CloudPort, Renderer, Sender
from bot.engine.runner import FlowRunner
from bot.engine.scheduler import Scheduler
from bot.engine.workqueue import WorkQueue
from bot.errors import CloudNotFound, CloudUnavailable
from bot.flowkit import Flow, FlowConfig, FlowModel
from bot.messages import Inbound, Part, Reply
from bot.store.store import ENDED, Conversation, Message, Store

log = logging.getLogger("cyanbot.engine")


@dataclass(frozen=True)
class Receipt:
    conversation_id: str | None
    duplicate: bool = False


@dataclass
class ChannelBinding:
    renderer: Renderer
    sender: Sender | None  # None: nothing to push (web chat is polled)


class Engine:
    """Runs conversations. Construct, register channels, then `await start()`; `await stop()` at the end."""

    def __init__(self, store: Store, clock: Clock, cfg: FlowConfig, cloud: CloudPort | None = None,
                 case_sink: CaseSink | None = None, *, flow: Flow, secrets: list[str] | None = None,
                 tick_seconds: float = 0.5, worker_count: int = 32, retention_days: int = 365) -> None:
        self.store = store
        self.clock = clock
        self.cfg = cfg
        self.cloud = cloud
        self.channels: dict[str, ChannelBinding] = {}
        self.secrets = [s for s in (secrets or []) if s and len(s) >= 4]
        self._events: dict[str, deque[tuple[str, dict[str, Any]]]] = defaultdict(deque)
        self.work = WorkQueue(self._drain, worker_count)
        self.flow = flow
        self._runner = FlowRunner(flow.machine)
        self.scheduler = Scheduler(store, clock, self.work, self._events, retention_days=retention_days,
                                   tick_seconds=tick_seconds)
        self.desk = AgentDesk(store, clock, self._events, self._kick, self._emit_reply, self._scrub)
        self.outbox = Outbox(store, clock, self.channels, cloud, self.secrets, self._events, self._step,
                             self.scheduler.wake)
        self.outbox.case_sink = case_sink

    @property
    def case_sink(self) -> CaseSink | None:
        return self.outbox.case_sink

    @case_sink.setter
    def case_sink(self, sink: CaseSink | None) -> None:
        self.outbox.case_sink = sink

    async def reconcile_in_doubt(self) -> None:
        """After a crash, settle the replies that were being sent (see Outbox.reconcile_in_doubt)."""
        await self.outbox.reconcile_in_doubt()

    # ------------------------------------------------------------------ the agent desk (Slack calls these)
    async def agent_takeover(self, conv_id: str, agent: str) -> tuple[bool, str | None]:
        return await self.desk.takeover(conv_id, agent)

    async def agent_release(self, conv_id: str, agent: str) -> bool:
        return await self.desk.release(conv_id, agent)

    async def agent_resolve(self, conv_id: str, agent: str) -> bool:
        return await self.desk.resolve(conv_id, agent)

    async def agent_reply(self, conv_id: str, agent: str, text: str) -> str:
        return await self.desk.reply(conv_id, agent, text)

    def conversation_for_case(self, channel: str, thread_ts: str) -> str | None:
        return self.store.conversation_for_case(channel, thread_ts)

    # ------------------------------------------------------------------ wiring and lifecycle
    def register_channel(self, name: str, renderer: Renderer, sender: Sender | None) -> None:
        self.channels[name] = ChannelBinding(renderer, sender)

    async def start(self) -> None:
        """Pick up work a previous process left (unprocessed messages, pending outbox), start the scheduler."""
        await self.reconcile_in_doubt()
        self.work.start()
        for conv_id in set(self.store.conversations_with_pending_inbound()) | set(self.store.outbox_conversations()):
            self._kick(conv_id)
        self.scheduler.start()

    @property
    def stopped(self) -> bool:
        return self.work.stopped

    async def stop(self) -> None:
        await self.work.stop()
        await self.scheduler.stop()

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until no conversation has work in flight (tests and the web chat's synchronous replies)."""
        await self.work.wait_idle(timeout)

    async def wait_conversation(self, conv_id: str, timeout: float = 10.0) -> None:
        await self.work.wait_conversation(conv_id, timeout)

    def _kick(self, conv_id: str) -> None:
        self.work.kick(conv_id)

    # ------------------------------------------------------------------ inbound
    async def first_delivery(self, source: str, key: str) -> bool:
        return self.store.first_delivery(source, key)

    async def receive(self, inbound: Inbound) -> Receipt:
        """Store a customer message (once per provider delivery ID) and schedule its processing."""
        # Text that cannot be stored as UTF-8 (a lone surrogate) is refused with a 400 by every route that can say
        # so; a channel that cannot (a verified webhook) must still never fail here: keep it, made storable.
        inbound = replace(inbound, text=inbound.text.encode("utf-8", "replace").decode("utf-8"))
        st = self.store
        word = self.flow.keyword(inbound.text)
        with st.atomic():
            if inbound.external_id and not st.first_delivery(inbound.channel, inbound.external_id):
                return Receipt(None, duplicate=True)
            conv = st.latest_conversation(inbound.channel, inbound.address)
            opted_out = st.is_opted_out(inbound.channel, inbound.address)
            if opted_out and word != "start":
                # Nothing more is sent until START; keep the message for the record only.
                if conv:
                    st.add_message(conv.id, "in", self._scrub(inbound.text), external_id=inbound.external_id,
                                   media=list(inbound.media))
                return Receipt(conv.id if conv else None)
            fresh = conv is None or conv.status in ENDED
            if word == "start" and opted_out:
                st.set_opt_out(inbound.channel, inbound.address, False)
                fresh = True
            if fresh:
                # The first message opens the conversation; the worker reads it as the opener (see _handle_inbound).
                known = st.customer_for(inbound.channel, inbound.address)
                if known is None and inbound.meta.get("device_id"):
                    known = {"device_id": inbound.meta["device_id"], "name": None}
                conv = st.create_conversation(
                    inbound.channel, inbound.address, meta=dict(inbound.meta),
                    device_id=known["device_id"] if known else None, name=known["name"] if known else None)
            elif inbound.meta:
                assert conv is not None  # not fresh: the conversation exists
                meta = conv.meta
                if {**meta, **inbound.meta} != meta:
                    st.update_conversation(conv.id, meta={**meta, **inbound.meta})
            assert conv is not None
            text, facts = self.flow.read(inbound.text, conv.awaiting)
            if word == "stop":
                st.set_opt_out(inbound.channel, inbound.address, True)
                st.outbox_drop_for(inbound.channel, inbound.address)
            st.add_message(conv.id, "in", self._scrub(text), external_id=inbound.external_id,
                           media=list(inbound.media), processed=False, facts=facts)
        self._kick(conv.id)
        return Receipt(conv.id)

    def _scrub(self, text: str) -> str:
        for s in self.secrets:
            if s in text:
                text = text.replace(s, "[redacted]")
        return text

    # ------------------------------------------------------------------ cloud stream
    async def on_status(self, device_id: str, online: bool, published_at: str | None = None) -> None:
        for conv_id in self.store.active_for_device(device_id.lower()):
            self._events[conv_id].append(("cloud", {"device": {"online": online}, "_stream": True}))
            self._kick(conv_id)

    # ------------------------------------------------------------------ scheduler
    async def run_due(self) -> int:
        """One scheduler pass now (tests move a FakeClock, then call this)."""
        return await self.scheduler.run_due()

    # ------------------------------------------------------------------ the worker
    async def _drain(self, conv_id: str) -> None:
        for _ in range(10_000):
            progressed = False
            q = self._events.get(conv_id)
            while q:
                kind, payload = q.popleft()
                if kind in ("timer",):
                    await self._refresh(conv_id)
                await self._step(conv_id, kind, payload)
                progressed = True
            # Cloud queries run before anything else: a message that arrives while the device is being looked
            # up waits for the answer, so it is read against the step it was meant for.
            if await self.outbox.run_queries(conv_id):
                continue
            row = self.store.conversation_row(conv_id)
            if row is not None and row.state != "looking_up":
                for msg in self.store.pending_inbound(conv_id):
                    await self._handle_inbound(conv_id, msg)
                    progressed = True
                    if self._events.get(conv_id) or self.outbox.pending_queries(conv_id):
                        break
            if await self.outbox.deliver(conv_id):
                progressed = True
            if not progressed and not self._events.get(conv_id):
                self._events.pop(conv_id, None)
                return

    async def _handle_inbound(self, conv_id: str, msg: Message) -> None:
        row = self.store.conversation_row(conv_id)
        assert row is not None
        media = list(msg.media)
        if row.state is None:
            await self._step(conv_id, "begin", {"device_id": row.device_id, "text": msg.text,
                                                "media": media}, consume=msg.id)
            return
        if row.assignee and row.status == "handed_off" and self.flow.keyword(msg.text) != "stop":
            # An agent holds the case: the bot stays silent and support sees the message in the thread.
            # (STOP still ends the conversation: an opt-out is never something an agent can override.)
            self.store.mark_processed(msg.id)
            self.store.add_outbox(conv_id, "mirror", {"text": msg.text, "media": media})
            return
        if row.status == "handed_off" and row.case_ref:
            self.store.add_outbox(conv_id, "mirror", {"text": msg.text, "media": media})
        if row.state and row.device_id and row.state not in ("handed_off",):
            changed = await self._refresh(conv_id)
            if changed:
                # The cloud news (e.g. the device just came online) answers the moment better than the question did.
                self.store.mark_processed(msg.id)
                return
        await self._step(conv_id, "message",
                         {"text": msg.text, "facts": msg.facts, "media": media}, consume=msg.id)

    async def _refresh(self, conv_id: str) -> bool:
        """Ask the cloud about the conversation's device; feed changes to the flow. True if the state moved."""
        row = self.store.conversation_row(conv_id)
        if row is None or not row.device_id or self.cloud is None or row.status in ENDED:
            return False
        before = row.state
        try:
            snap = await self.cloud.get(row.device_id)
        except CloudNotFound:
            await self._step(conv_id, "cloud", {"error": "not_found"})
        except CloudUnavailable as exc:
            # design 6.1: recorded when a call fails after retries. The cache allows one call per device per
            # 5 s, so the retries are the next refreshes: a second failure in a row (or a refused token) counts.
            failures = self.cloud.failures(row.device_id)
            if (failures >= 2 or exc.kind == "unauthorized") and \
                    "cloud:unavailable" not in {f["code"] for f in self.store.findings(conv_id)}:
                await self._step(conv_id, "cloud", {"error": exc.kind})
            return False
        else:
            old = row.cloud
            if old.get("online") == snap.get("online") and old.get("claimed") == snap.get("claimed") \
                    and old.get("checked_at"):
                self.store.update_conversation(conv_id, cloud={**old, "checked_at": self.clock.now()})
                return False
            await self._step(conv_id, "cloud", {"device": snap})
        after = self.store.conversation_row(conv_id)
        return bool(after and after.state != before)

    def _load(self, row: Conversation) -> FlowModel:
        findings = {f["code"]: f for f in self.store.findings(row.id)}
        return FlowModel(state=row.state, data=copy.deepcopy(row.data), findings=findings, cfg=self.cfg,
                         channel=row.channel, now=self.clock.now(), status=row.status,
                         outcome=row.outcome, awaiting=row.awaiting)

    async def _step(self, conv_id: str, kind: str, payload: dict[str, Any], consume: int | None = None) -> None:
        row = self.store.conversation_row(conv_id)
        if row is None:
            return
        if row.status in ENDED and kind not in ("begin",):
            if consume:
                self.store.mark_processed(consume)
            return
        model = self._load(row)
        stream = payload.pop("_stream", False)
        try:
            self._runner.run(model, kind, payload)
        except Exception:
            # A flow bug must not lose the message or wedge the conversation: record it and hand off.
            log.exception("engine.step.failed conversation=%s event=%s", conv_id, kind)
            model = self._load(row)
            model.effects.clear()
            model.finish("handed_off", "handoff:other")
            model.state = "handed_off"
            model.data["resume"] = row.awaiting
            model.awaiting = None
        self._commit(row, model, consume, stream=stream)

    def _commit(self, row: Conversation, model: FlowModel, consume: int | None, stream: bool = False) -> None:
        st = self.store
        conv_id = row.id
        dev = model.data.get("device") or {}
        cloud = row.cloud
        if dev:
            new_cloud = {"online": dev.get("online"), "claimed": dev.get("claimed", cloud.get("claimed")),
                         "checked_at": self.clock.now()}
        else:
            new_cloud = cloud
        with st.atomic():
            if dev and dev.get("online") is not None and cloud.get("online") != dev.get("online"):
                st.add_cloud_event(conv_id, dev.get("id") or row.device_id or "",
                                   "online" if dev.get("online") else "offline",
                                   "event stream" if stream else "device lookup")
            if dev and "claimed" in dev and cloud.get("claimed") is not None and cloud.get("claimed") != dev["claimed"]:
                st.add_cloud_event(conv_id, dev.get("id") or "", "claimed" if dev["claimed"] else "unclaimed")
            opened_case = False
            for eff in self._merged(row.channel, model.effects):
                t = eff["type"]
                if t == "reply":
                    self._emit_reply(row, Reply(eff["text"], tuple(eff.get("choices") or ())),
                                     awaiting_after=model.awaiting, extra={k: v for k, v in eff.items()
                                                                          if k not in ("type", "text", "choices")})
                elif t == "finding":
                    st.add_finding(conv_id, eff["code"], eff["source"], eff.get("detail"), eff["at"])
                elif t == "timer":
                    st.set_timer(conv_id, eff["name"], eff["due_at"])
                elif t == "cancel_timer":
                    st.cancel_timer(conv_id, eff["name"])
                elif t == "query":
                    st.add_outbox(conv_id, "query", {k: v for k, v in eff.items() if k != "type"})
                elif t == "outcome" and eff["status"] == "handed_off":
                    opened_case = True
            if model.status == "resolved" and model.outcome and model.outcome.startswith("resolved:"):
                model.data["resolved_at"] = row.awaiting or model.data.get("resume")
            fields: dict[str, Any] = {
                "state": model.state, "awaiting": model.awaiting, "status": model.status,
                "outcome": model.outcome, "data": model.data, "cloud": new_cloud,
            }
            if dev.get("id"):
                fields["device_id"] = dev["id"]
            if dev.get("platform"):
                fields["platform"] = dev["platform"]
            if model.status != "handed_off":
                fields["assignee"] = None
            st.update_conversation(conv_id, **fields)
            if model.awaiting:
                st.mark_step(conv_id, model.awaiting)
            if opened_case:
                st.add_outbox(conv_id, "case", {})
            elif row.case_ref and (model.status != row.status or model.outcome != row.outcome):
                st.add_outbox(conv_id, "case_update", {})
            if consume:
                st.mark_processed(consume)

    def _merged(self, channel: str, effects: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A step's replies joined where the channel's renderer can (SMS), at the place of the first reply."""
        binding = self.channels.get(channel)
        merge = getattr(binding.renderer, "merge", None) if binding else None
        replies = [e for e in effects if e["type"] == "reply"]
        if merge is None or len(replies) < 2:
            return effects
        joined = merge([Reply(e["text"], tuple(e.get("choices") or ())) for e in replies])
        merged = [{"type": "reply", "text": r.text, "choices": list(r.choices)} for r in joined]
        first = effects.index(replies[0])
        rest = [e for e in effects if e["type"] != "reply"]
        return rest[:first] + merged + rest[first:]

    def _emit_reply(self, row: Conversation, reply: Reply, *, direction: str = "out", author: str | None = None,
                    awaiting_after: str | None = None, extra: dict[str, Any] | None = None) -> None:
        """Render for the conversation's channel, store each part as delivered, and queue it (inside a txn)."""
        st = self.store
        if st.is_opted_out(row.channel, row.address):
            return
        binding = self.channels.get(row.channel)
        parts = binding.renderer.render(reply) if binding else [Part(reply.text, reply.choices)]
        for part in parts:
            if extra:
                part = Part(part.text, part.choices, {**part.extra, **extra})
            mid = st.add_message(row.id, direction, part.text, choices=list(part.choices),
                                 awaiting=awaiting_after, author=author)
            st.add_outbox(row.id, "message", {"text": part.text, "choices": list(part.choices),
                                                 "extra": part.extra}, message_id=mid)
