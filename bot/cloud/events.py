"""The one Server-Sent-Events stream of `spark/status` (online/offline) events, kept open forever.

Particle's documentation says the stream may be closed by the server at any time and that events can repeat or
arrive out of order (docs/particle-facts.md 3.5, `docs: api.md`), so this module reconnects with backoff, drops
duplicates, and drops an event older than the last one applied for that device. httpx-sse has no reconnection of
its own (docs/library-notes.md 5). Failures are logged and retried, never recorded on conversations (design.md 6.1).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

import httpx
from httpx_sse import SSEError, aconnect_sse

from bot.cloud.client import RETRY_AFTER_CAP, STATUS_EVENT, parse_retry_after
from bot.cloud.models import StatusEvent

# A connection that stayed up this long counts as healthy: the next reconnect starts the backoff again even if
# no status event arrived (a quiet fleet must not push the delay to its maximum after a few server closes).
HEALTHY_SECONDS = 60.0
# How many (coreid, data, published_at) keys are remembered to drop duplicates.
DEDUP_MEMORY = 1024
# At most this much of an error body is read (it holds only `error_description`).
ERROR_BODY_LIMIT = 8192


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        ts = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return ts if ts.tzinfo is not None else None


class StatusStream:
    """Reads `spark/status` from `url` and calls `on_event` for each new online/offline."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        url: str,
        token: str,
        on_event: Callable[[StatusEvent], Awaitable[None]],
        *,
        backoff: Sequence[float] = (1, 2, 5, 10, 30),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        idle_timeout: float = 90.0,
        log: logging.Logger | None = None,
    ) -> None:
        self._http = http
        self.url = url
        self._token = token
        self._on_event = on_event
        self._backoff = tuple(backoff) or (1.0,)
        self._sleep = sleep
        # Particle's keep-alive interval is not confirmed (docs "about 60 s", apijs gives up after 15 s of
        # silence; facts 3.5 [U]). A read timeout above the documented 60 s turns a dead socket into a reconnect.
        self._timeout = httpx.Timeout(10.0, read=idle_timeout)
        self.log = log or logging.getLogger("bot.cloud.events")
        self.connected = asyncio.Event()
        self.connections = 0  # HTTP requests opened (including refused ones)
        self.sessions = 0  # of those, how many were answered 200 with an event stream
        self.events = 0  # events passed to on_event
        self.last_error: str | None = None
        self._failures = 0
        self._running = False
        self._seen: OrderedDict[tuple[str, str, str], None] = OrderedDict()
        self._latest: dict[str, datetime] = {}
        self._session_cond = asyncio.Condition()

    async def run(self) -> None:
        """Stream until cancelled. Only one connection is ever open: calls run strictly one after another."""
        if self._running:
            raise RuntimeError("StatusStream.run is already running")
        self._running = True
        try:
            while True:
                wait = await self._connect_once()
                self.connected.clear()
                delay = self._backoff[min(self._failures, len(self._backoff) - 1)]
                if wait is not None:
                    delay = max(delay, min(wait, RETRY_AFTER_CAP))
                self._failures += 1
                await self._sleep(delay)
        finally:
            self.connected.clear()
            self._running = False

    async def wait_sessions(self, n: int) -> None:
        """Return once at least `n` streams have been opened and one is open now (for tests and start-up)."""
        async with self._session_cond:
            await self._session_cond.wait_for(lambda: self.sessions >= n and self.connected.is_set())

    async def _connect_once(self) -> float | None:
        """One connection, read to its end. Returns a server-requested wait (Retry-After), if any."""
        loop = asyncio.get_running_loop()
        self.connections += 1
        opened_at = loop.time()
        headers = {"Authorization": f"Bearer {self._token}"}
        try:
            async with aconnect_sse(self._http, "GET", self.url, headers=headers, timeout=self._timeout) as es:
                resp = es.response
                if resp.status_code != 200:
                    return await self._refused(resp)
                self.sessions += 1
                self.connected.set()
                async with self._session_cond:
                    self._session_cond.notify_all()
                self.log.info("status stream connected (%s)", self.url)
                async for sse in es.aiter_sse():
                    if sse.event == STATUS_EVENT:
                        await self._handle(sse.data)
            self.last_error = "server closed the stream"
        except httpx.ReadTimeout:
            self.last_error = "no data for the idle timeout"
        except (httpx.HTTPError, SSEError) as e:
            self.last_error = f"{type(e).__name__}: {e}"[:200]
        except Exception as e:  # a bug must not stop the bot watching devices; log it and reconnect
            self.last_error = f"{type(e).__name__}: {e}"[:200]
            self.log.exception("status stream failed unexpectedly")
        finally:
            self.connected.clear()
        if loop.time() - opened_at >= HEALTHY_SECONDS:
            self._failures = 0
        self.log.warning("status stream ended: %s; reconnecting", self.last_error)
        return None

    async def _refused(self, resp: httpx.Response) -> float | None:
        """Non-200 (401 bad token, 529 too many streams, ...): log what the API said, never the token."""
        body = b""
        async for chunk in resp.aiter_bytes():
            body += chunk
            if len(body) >= ERROR_BODY_LIMIT:
                break
        description = ""
        try:
            parsed = json.loads(body[:ERROR_BODY_LIMIT])
            if isinstance(parsed, dict):
                description = str(parsed.get("error_description") or parsed.get("error") or "")[:200]
        except ValueError:
            pass
        self.last_error = f"HTTP {resp.status_code}" + (f": {description}" if description else "")
        self.log.warning("status stream refused: %s", self.last_error)
        return parse_retry_after(resp.headers.get("Retry-After"))

    async def _handle(self, data: str) -> None:
        """One `spark/status` event's data line; anything unreadable is ignored."""
        try:
            payload = json.loads(data)
        except ValueError:
            return
        if not isinstance(payload, dict):
            return
        coreid, value, published = payload.get("coreid"), payload.get("data"), payload.get("published_at")
        # `auto-update` also comes as spark/status before an intelligent OTA (facts 3.5): not a status change.
        if not isinstance(coreid, str) or not coreid or value not in ("online", "offline"):
            return
        published_s = published if isinstance(published, str) else ""
        key = (coreid, value, published_s)
        if key in self._seen:
            return
        self._seen[key] = None
        if len(self._seen) > DEDUP_MEMORY:
            self._seen.popitem(last=False)
        ts = _parse_time(published)
        if ts is not None:
            last = self._latest.get(coreid)
            if last is not None and ts < last:
                self.log.info("dropping out-of-order %s for %s", value, coreid)
                return
            self._latest[coreid] = ts
        self._failures = 0
        self.events += 1
        ev = StatusEvent(device_id=coreid, online=value == "online", published_at=published_s or None)
        try:
            await self._on_event(ev)
        except Exception:  # the consumer's bug must not tear down the stream for every other device
            self.log.exception("status event handler failed for %s", coreid)


async def cancel_and_wait(task: asyncio.Task[None]) -> None:
    """Stop a `run()` task and wait for it to finish closing its connection."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
