"""Time for the whole bot goes through a Clock, so tests can move it by hand."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch."""
        ...


class SystemClock:
    def now(self) -> float:
        return time.time()


class FakeClock:
    """A clock that only moves when told; `advance` wakes whoever waits on `changed`."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._t = start
        self.changed = asyncio.Event()

    def now(self) -> float:
        return self._t

    def advance(self, seconds: float) -> None:
        self._t += seconds
        self.changed.set()


def iso(ts: float) -> str:
    """ISO 8601 in UTC with a Z, to the millisecond."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
