"""Counting the Slack work a request leaves running after its HTTP response."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")


class Inflight:
    """Counts Slack work still running after the HTTP response (action follow-ups, ephemeral notes). Bolt runs
    listeners as tasks (process_before_response=False), so without this nobody could tell when the work a
    request started is done: tests wait on it, and `stop()` gives in-flight clicks a moment to finish."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._tasks: set[asyncio.Task[None]] = set()

    def enter(self) -> None:
        self.count += 1
        self._idle.clear()

    def exit(self) -> None:
        self.count = max(0, self.count - 1)
        if self.count == 0:
            self._idle.set()

    def spawn(self, coro: Awaitable[None]) -> None:
        """Run `coro` in the background, counted until it ends (a strong reference keeps the task alive)."""
        self.enter()

        async def run() -> None:
            try:
                await coro
            except Exception:
                log.exception("slack: background work failed")
            finally:
                self.exit()

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait(self, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            await self._idle.wait()
