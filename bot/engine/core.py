"""The engine facade: the parts wired together, and the per-conversation drain that runs them in order.

Life of a customer message: intake stores it (deduplicated, secrets redacted, read once) and kicks the
conversation's worker. The worker (`_drain`) feeds pending events and messages to the stepper, which runs the flow
and commits the new state with every effect in one transaction; the outbox then performs them in order: replies to
the channel, cloud queries whose results come back as new flow events, and cases for support. Timers are rows; the
scheduler fires them, also after a restart. The agent desk is the one place agents act. A crash between any two of
these steps loses nothing: unprocessed inbound rows and pending outbox rows are picked up again at start.
"""

from __future__ import annotations

import logging
from collections import defaultdict, deque
from dataclasses import dataclass

from bot.clock import Clock
from bot.engine.agents import AgentDesk
from bot.engine.delivery import Outbox
from bot.engine.intake import Intake, Receipt
from bot.engine.ports import CaseSink, CloudPort, Renderer, Sender
from bot.engine.scheduler import Scheduler
from bot.engine.stepper import Stepper
from bot.engine.wake import WakeClient
from bot.engine.workqueue import Events, WorkQueue
from bot.flowkit import Flow, FlowConfig
from bot.messages import Inbound
from bot.store.store import Store

__all__ = ["ChannelBinding", "Engine", "Receipt"]

log = logging.getLogger("cyanbot.engine")


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
        self._events: Events = defaultdict(deque)
        self.work = WorkQueue(self._drain, worker_count)
        self.flow = flow
        self.intake = Intake(store, flow, self.secrets, self._kick)
        self.stepper = Stepper(store, clock, cfg, flow, cloud, self.channels)
        self.scheduler = Scheduler(store, clock, self.work, self._events, retention_days=retention_days,
                                   tick_seconds=tick_seconds)
        self.desk = AgentDesk(store, clock, self._kick, self.stepper.emit_reply, self.intake.scrub)
        self.outbox = Outbox(store, clock, self.channels, cloud, self.secrets, self._events, self.stepper.step,
                             self.scheduler.wake)
        self.outbox.case_sink = case_sink
        # Set by `take_in_only`: this process stores work and wakes a worker process that runs it.
        self.remote: WakeClient | None = None

    def take_in_only(self, wake: WakeClient) -> None:
        """Run nothing here: intake and the agent desk store their rows and `wake` the worker process."""
        self.remote = wake

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
        act = await self.desk.takeover(conv_id, agent)
        return act.ok, act.holder

    async def agent_release(self, conv_id: str, agent: str) -> bool:
        return (await self.desk.release(conv_id, agent)).ok

    async def agent_resolve(self, conv_id: str, agent: str) -> bool:
        return (await self.desk.resolve(conv_id, agent)).ok

    async def agent_reply(self, conv_id: str, agent: str, text: str) -> str:
        """A Slack thread reply: to the customer from the holder, otherwise an internal note."""
        return await self.desk.thread_reply(conv_id, agent, text)

    def conversation_for_case(self, channel: str, thread_ts: str) -> str | None:
        return self.store.conversation_for_case(channel, thread_ts)

    # ------------------------------------------------------------------ wiring and lifecycle
    def register_channel(self, name: str, renderer: Renderer, sender: Sender | None) -> None:
        self.channels[name] = ChannelBinding(renderer, sender)

    async def start(self) -> None:
        """Pick up work a previous process left (unprocessed messages, pending outbox), start the scheduler."""
        if self.remote is not None:
            await self.remote.start()
            return
        await self.reconcile_in_doubt()
        # Cloud queries left pending: their conversations' drains run them first (a drain looks for query rows only
        # after a step stored one).
        self.stepper.expect_queries(self.store.conversations_with_pending_queries())
        self.work.start()
        for conv_id in set(self.store.conversations_with_pending_inbound()) | set(self.store.outbox_conversations()) \
                | set(self.store.flow_event_conversations()):
            self._kick(conv_id)
        self.scheduler.start()

    @property
    def stopped(self) -> bool:
        return self.work.stopped

    async def stop(self) -> None:
        if self.remote is not None:
            await self.remote.close()
        await self.work.stop()
        self.outbox.flush_sent()  # replies sent just before the stop are marked, not left to reconcile
        await self.scheduler.stop()

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until no conversation has work in flight (tests and the web chat's synchronous replies)."""
        await self.work.wait_idle(timeout)

    async def wait_conversation(self, conv_id: str, timeout: float = 10.0) -> None:
        if self.remote is not None:
            await self.remote.wait(conv_id, timeout)
        else:
            await self.work.wait_conversation(conv_id, timeout)

    def _kick(self, conv_id: str) -> None:
        if self.remote is not None:
            self.remote.kick(conv_id)
        else:
            self.work.kick(conv_id)

    # ------------------------------------------------------------------ inbound
    async def first_delivery(self, source: str, key: str) -> bool:
        return self.store.first_delivery(source, key)

    async def receive(self, inbound: Inbound) -> Receipt:
        """Store a customer message (once per provider delivery ID) and schedule its processing."""
        return await self.intake.receive(inbound)

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
        try:
            await self._drain_passes(conv_id)
        finally:
            # A reply a step claimed for sending that this drain did not reach (it failed or was cancelled first)
            # goes back to the queue.
            claim = self.stepper.take_claim(conv_id)
            if claim is not None:
                self.outbox.unclaim(claim)

    async def _drain_passes(self, conv_id: str) -> None:
        # An agent's give-back or resolve, stored by any process: read once per drain, not on every pass of the
        # loop below (one stored while this drain runs kicks the conversation, which drains it again).
        for ev in self.store.flow_events(conv_id):
            await self.stepper.step(conv_id, ev.kind, ev.payload, event=ev.id)
        for _ in range(10_000):
            q = self._events.get(conv_id)
            while q:
                kind, payload = q.popleft()
                if kind != "timer":
                    await self.stepper.step(conv_id, kind, payload)
                else:
                    fired = (payload["name"], payload.pop("_fired"))
                    try:
                        check = await self.stepper.refresh(conv_id)
                        await self.stepper.step(conv_id, kind, payload, fired=fired, checked_at=check.checked_at)
                    finally:
                        self.scheduler.stepped(conv_id, *fired)
            # Cloud queries run before anything else: a message that arrives while the device is being looked
            # up waits for the answer, so it is read against the step it was meant for.
            if self.stepper.took_query(conv_id):
                try:
                    ran = await self.outbox.run_queries(conv_id)
                except BaseException:
                    self.stepper.expect_queries([conv_id])  # still pending: the next drain runs them
                    raise
                if ran:
                    self.stepper.expect_queries([conv_id])  # look again after their steps
                    continue
            msgs = self.store.pending_inbound(conv_id)
            row = self.store.conversation_row(conv_id) if msgs else None
            if row is not None and row.state != "looking_up":
                for msg in msgs:
                    await self.stepper.handle_inbound(conv_id, msg, row)
                    row = None  # the step wrote it: the next message reads it again
                    if self._events.get(conv_id) or self.stepper.queried(conv_id):
                        break
            await self.outbox.deliver(conv_id, self.stepper.take_claim(conv_id))
            # Another pass only for work this drain made itself: a query a step stored, or an event queued. Work
            # stored meanwhile by others (a message, an agent's action, a timer) kicks this conversation, which
            # then drains again; and a pass's replies were just sent.
            if not self._events.get(conv_id) and not self.stepper.queried(conv_id):
                self._events.pop(conv_id, None)
                return
