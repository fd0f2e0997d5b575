"""The engine's scheduler: fires due timers, retries due outbox rows, and purges past retention once a day.

Timers are rows, so they fire after a restart too. Every pass works on the injected clock; tests call `run_due()`
after moving a FakeClock instead of waiting.
"""

from __future__ import annotations

import asyncio
import logging

from bot.clock import Clock
from bot.engine.lease import Lease
from bot.engine.workqueue import Events, WorkQueue
from bot.store.store import DAY, Store

log = logging.getLogger("cyanbot.engine")


class Scheduler:
    """Runs `run_due()` every `tick_seconds`, or at once after `wake()`; events go to the conversations' queues.

    Only while it holds the "scheduler" lease: one process per database fires timers.
    """

    def __init__(self, store: Store, clock: Clock, work: WorkQueue, events: Events, *, retention_days: int = 365,
                 tick_seconds: float = 0.5) -> None:
        self.store, self.clock, self.work, self.events = store, clock, work, events
        self.retention_days = retention_days
        self.tick_seconds = tick_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._purged_at: float | None = None  # RETENTION_DAYS: once at start, then once a day by the clock
        # Timers handed to a conversation's worker and not yet stepped. Their rows stay until the step that
        # handles them commits (the stepper deletes them in that transaction), so a crash in between loses none.
        self._firing: set[tuple[str, str, float]] = set()
        # Exactly one process fires timers, retries and purges on a shared database (two `serve` on one file
        # would otherwise send every reminder twice).
        self.lease = Lease(store, clock, "scheduler")

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="cyanbot-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        try:
            self.lease.release()  # the next process need not wait for it to run out
        except Exception:  # a closed database at shutdown: the lease simply expires
            log.warning("engine.scheduler.lease_not_released")

    def wake(self) -> None:
        """Run a pass now (an outbox row became due sooner than the next tick)."""
        self._wake.set()

    async def _run(self) -> None:
        while not self.work.stopped:
            try:
                await self.run_due()
            except Exception:  # a bad row must not stop every other conversation's timers
                log.exception("engine.scheduler.failed")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.tick_seconds)
            except TimeoutError:
                pass
            self._wake.clear()

    async def run_due(self) -> int:
        """Purge past retention (daily), fire due timers and retry due outbox rows. Returns how many conversations
        were kicked."""
        now = self.clock.now()
        if not self.lease.hold():
            return 0  # another process runs the timers
        self._purge_if_due(now)  # first: a purged conversation's leftover timers are not fired
        kicked = set()
        # All at once, so thousands of timers due after a long outage fire in this pass.
        for t in self.store.due_timers(now, limit=None):
            key = (t.conversation_id, t.name, t.due_at)
            if key in self._firing:
                continue
            self._firing.add(key)
            self.events[t.conversation_id].append(("timer", {"name": t.name, "_fired": t.due_at}))
            kicked.add(t.conversation_id)
        kicked.update(self.store.outbox_due_conversations(now))
        kicked.update(self.store.flow_event_conversations())  # stored by a process that could not wake us
        # A message whose drain failed (a database error, a bug) is tried again on a later pass, never stranded.
        kicked.update(c for c in self.store.conversations_with_pending_inbound() if not self.work.busy(c))
        for c in kicked:
            self.work.kick(c)
        return len(kicked)

    def stepped(self, conv_id: str, name: str, due_at: float) -> None:
        """The step for a fired timer is over (committed, or failed and its row left to fire again)."""
        self._firing.discard((conv_id, name, due_at))

    def _purge_if_due(self, now: float) -> None:
        """Delete conversations past retention: at the first pass, then when a day has passed since the last."""
        if self._purged_at is not None and now - self._purged_at < DAY:
            return
        self._purged_at = now
        try:
            busy = self.work.busy_ids() | {c for c, q in self.events.items() if q}
            done = self.store.purge(self.retention_days, keep=busy)
        except Exception:  # timers must not wait on it; try again in an hour
            self._purged_at = now - DAY + 3600
            log.exception("engine.retention.failed")
            return
        if done.kept:  # a conversation past retention had work in flight: look again in a minute
            self._purged_at = now - DAY + 60
        if done.ids:
            c = done.counts
            log.info("engine.retention.purged conversations=%d messages=%d older_than_days=%d",
                     c["conversations"], c["messages"], self.retention_days)
