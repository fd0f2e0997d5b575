"""Device cache that enforces the rate rule: at most one REST call naming a device per `min_interval` seconds.

design.md 6.1 "Rate rule" counts every REST call naming a device, failed ones included, so the cache makes a
single attempt per refresh (no in-call retries at 0.5/1/2 s, which would put three calls inside one window) and
keeps the outcome, value or error, for the window. The next refresh after the window is the retry. A 429's
Retry-After lengthens the window for that device. Status events from the stream update the cached `online` flag
without any call (event streams do not count toward the rule).
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.clock import Clock
from bot.cloud.client import ParticleClient
from bot.cloud.models import DeviceInfo, StatusEvent
from bot.errors import CloudError, CloudUnavailable

# rest_calls keeps this many recent timestamps per device.
CALL_HISTORY = 1000



T = TypeVar("T")


def in_flight(registry: dict[str, asyncio.Task[T]], key: str, call: Callable[[], Coroutine[Any, Any, T]],
              name: str) -> asyncio.Task[T]:
    """Start `call` as the one task for `key` that every caller joins; it leaves `registry` when done.

    Callers await it through asyncio.shield, so one caller giving up does not cancel it for the others.
    """
    task = asyncio.create_task(call(), name=name)
    registry[key] = task

    def done(t: asyncio.Task[T]) -> None:
        if registry.get(key) is t:
            del registry[key]
        if not t.cancelled():
            t.exception()  # mark retrieved: every waiter may have been cancelled

    task.add_done_callback(done)
    return task


@dataclass
class _Entry:
    at: float  # clock time the REST call started
    ttl: float
    info: DeviceInfo | None = None
    error: CloudError | None = None


class DeviceCache:
    """At most one REST call naming a device per `min_interval` seconds (design 6.1 rate rule)."""

    def __init__(self, client: ParticleClient, clock: Clock, min_interval: float = 5.0) -> None:
        self._client = client
        self._clock = clock
        self.min_interval = min_interval
        self._entries: dict[str, _Entry] = {}
        self._inflight: dict[str, asyncio.Task[DeviceInfo]] = {}
        self._calls: dict[str, list[float]] = {}
        self._failures: dict[str, int] = {}

    @property
    def clock(self) -> Clock:
        return self._clock

    async def get(self, device_id: str) -> DeviceInfo:
        """The device, from cache when the last call is less than the window old; a cached error is re-raised.

        Concurrent callers for one device share one in-flight call. The call runs in its own task, so a caller
        being cancelled neither cancels it nor lets a second call start inside the window.
        """
        entry = self._entries.get(device_id)
        if entry is not None and self._clock.now() - entry.at < entry.ttl:
            return _result(entry)
        task = self._inflight.get(device_id) or in_flight(
            self._inflight, device_id, lambda: self._fetch(device_id), f"device-cache:{device_id}")
        return await asyncio.shield(task)

    def peek(self, device_id: str) -> DeviceInfo | None:
        """The last known device object (any age), without a call; None if never fetched or last call failed."""
        entry = self._entries.get(device_id)
        return entry.info if entry is not None else None

    def apply_status(self, ev: StatusEvent) -> None:
        """The stream said online/offline: update the cached `online` flag without an API call."""
        entry = self._entries.get(ev.device_id)
        if entry is not None and entry.info is not None and entry.info.online != ev.online:
            entry.info = dataclasses.replace(entry.info, online=ev.online)

    def rest_calls(self, device_id: str) -> list[float]:
        """Clock times of the REST calls this cache made naming the device (one HTTP attempt each)."""
        return list(self._calls.get(device_id, ()))

    def consecutive_failures(self, device_id: str) -> int:
        """Failed refreshes in a row for the device (0 after a success), for deciding when to tell the agent."""
        return self._failures.get(device_id, 0)

    async def _fetch(self, device_id: str) -> DeviceInfo:
        now = self._clock.now()
        calls = self._calls.setdefault(device_id, [])
        calls.append(now)
        if len(calls) > CALL_HISTORY:  # only recent history is useful for proving the rule
            del calls[: len(calls) - CALL_HISTORY]
        try:
            info = await self._client.get_device(device_id, max_attempts=1)
        except CloudError as e:
            ttl = self.min_interval
            if isinstance(e, CloudUnavailable) and e.retry_after is not None:
                ttl = max(ttl, e.retry_after)
            self._entries[device_id] = _Entry(at=now, ttl=ttl, error=e)
            self._failures[device_id] = self._failures.get(device_id, 0) + 1
            raise
        self._entries[device_id] = _Entry(at=now, ttl=self.min_interval, info=info)
        self._failures[device_id] = 0
        return info



def _result(entry: _Entry) -> DeviceInfo:
    if entry.error is not None:
        # Fresh traceback each time: re-raising the stored object would grow its traceback on every hit.
        raise entry.error.with_traceback(None)
    assert entry.info is not None
    return entry.info
