"""The engine's scheduler: fires due timers, retries due outbox rows, and purges past retention once a day.

Timers are rows, so they fire after a restart too. Every pass works on the injected clock; tests call `run_due()`
after moving a FakeClock instead of waiting.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import Any

from bot.clock import Clock
from bot.engine.workqueue import WorkQueue
from bot.store.store import DAY, Store

log = logging.getLogger("cyanbot.engine")

Events = dict[str, deque[tuple[str, dict[str, Any]]]]


class Scheduler:
    """Runs `run_due()` every `tick_seconds`, or at once after `wake()`; events go to the conversations' queues."""

    def __init__(self, store: Store, clock: Clock, work: WorkQueue, events: Events, *, retention_days: int = 365,
                 tick_seconds: float = 0.5) -> None:
        self.store, self.clock, self.work, self.events = store, clock, work, events
        self.retention_days = retention_days
        self.tick_seconds = tick_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._purged_at: float | None = None  # RETENTION_DAYS: once at start, then once a day by the clock

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="cyanbot-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

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
        self._purge_if_due(now)  # first: a purged conversation's leftover timers are not fired
        kicked = set()
        while True:  # in batches, so thousands of timers due after a long outage all fire in this pass
            due = self.store.due_timers(now)
            if not due:
                break
            with self.store.atomic():
                for t in due:
                    self.store.cancel_timer(t.conversation_id, t.name)
            for t in due:
                self.events[t.conversation_id].append(("timer", {"name": t.name}))
                kicked.add(t.conversation_id)
        kicked.update(self.store.outbox_due_conversations(now))
        for c in kicked:
            self.work.kick(c)
        return len(kicked)

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
