"""The engine's work queue: one drain per conversation at a time, run by a fixed pool of workers.

A conversation that gets work while its drain runs is queued again when that drain ends, so work is never lost
and never runs twice at once. A fixed pool keeps memory flat when thousands of conversations get work together
(a task per conversation cost ~10 KB each in a burst).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

# Per conversation, the flow events (cloud results, timers, agent actions) waiting for its next drain.
Events = dict[str, deque[tuple[str, dict[str, Any]]]]

log = logging.getLogger("cyanbot.engine")


class WorkQueue:
    """`kick(conversation)` schedules `drain(conversation)`; `wait_idle` / `wait_conversation` wait for quiet."""

    def __init__(self, drain: Callable[[str], Awaitable[None]], worker_count: int = 32) -> None:
        self._drain = drain
        self.worker_count = worker_count
        # An asyncio.Queue, not a deque and an Event: a put wakes one idle worker of the pool, where Event.set woke
        # all of them to find one item (about 30 wake-ups per drain in a quiet moment).
        self._ready: asyncio.Queue[str] = asyncio.Queue()
        self._queued: set[str] = set()
        self._running: set[str] = set()
        self._pending: set[str] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self._pool: list[asyncio.Task[None]] = []
        self.stopped = False
        # Told when a conversation's drain ends with nothing more queued for it (the wake line answers waiters).
        self.on_idle: Callable[[str], None] | None = None

    def start(self) -> None:
        if not self._pool:
            self._pool = [asyncio.create_task(self._worker(), name=f"cyanbot-worker-{i}")
                          for i in range(self.worker_count)]

    async def stop(self) -> None:
        self.stopped = True
        for t in self._pool:
            t.cancel()
        await asyncio.gather(*self._pool, return_exceptions=True)

    def kick(self, conv_id: str) -> None:
        if self.stopped:
            return
        self.start()
        if conv_id in self._running:
            self._pending.add(conv_id)
        elif conv_id not in self._queued:
            self._queued.add(conv_id)
            self._ready.put_nowait(conv_id)

    def busy(self, conv_id: str | None = None) -> bool:
        if conv_id is None:
            return bool(self._queued or self._running or self._pending)
        return conv_id in self._queued or conv_id in self._running or conv_id in self._pending

    def busy_ids(self) -> set[str]:
        """Every conversation queued, draining, or due to drain again."""
        return self._queued | self._running | self._pending

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until no conversation has work in flight."""
        async with asyncio.timeout(timeout):
            while self.busy():
                self._idle.clear()
                await self._idle.wait()

    async def wait_conversation(self, conv_id: str, timeout: float = 10.0) -> None:
        async with asyncio.timeout(timeout):
            while self.busy(conv_id):
                self._idle.clear()
                await self._idle.wait()

    async def _worker(self) -> None:
        while True:
            conv_id = await self._ready.get()
            self._queued.discard(conv_id)
            self._running.add(conv_id)
            try:
                await self._drain(conv_id)
            except asyncio.CancelledError:
                raise
            except Exception:  # one broken conversation must not stop the others
                log.exception("engine.worker.failed conversation=%s", conv_id)
            finally:
                self._running.discard(conv_id)
                if conv_id in self._pending:
                    self._pending.discard(conv_id)
                    self.kick(conv_id)
                elif self.on_idle is not None:
                    self.on_idle(conv_id)
                self._idle.set()  # wake waiters to re-check
