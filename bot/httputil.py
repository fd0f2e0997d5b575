"""Small HTTP helpers shared by the outbound clients (Particle Cloud, Twilio): the shared client's transport and
Retry-After."""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from collections.abc import Mapping

    from bot.wire import WireTransport

__all__ = ["LazyWire", "WireReply", "outbound_client", "parse_retry_after", "send", "send_direct", "wire_transport"]


@dataclass(frozen=True, slots=True)
class WireReply:
    """A whole answer to `WireTransport.post_read` (bot/wire.py): status, raw headers and body, no httpx objects."""

    status: int
    raw_headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    def response(self) -> httpx.Response:
        """As an `httpx.Response`, for the rare answer that needs more than its status and body (an error)."""
        return httpx.Response(self.status, headers=list(self.raw_headers), content=self.body)


class LazyWire(httpx.AsyncBaseTransport):
    """The shared pool (bot/wire.py `WireTransport`), built at its first request.

    Why: aiohttp's import was about a quarter of the web process's start-up CPU (measured with py-spy during a
    restart), and a web process with the engine in its worker rarely sends anything; at a restart that CPU was
    taken from the worker draining the backlog on the same cores.
    """

    def __init__(self, max_connections: int = 50) -> None:
        self._limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=20)
        self._real: WireTransport | None = None

    def _wire(self) -> WireTransport:
        if self._real is None:
            from bot.wire import WireTransport

            self._real = WireTransport(limits=self._limits)
        return self._real

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._wire().handle_async_request(request)

    async def request_read(self, request: httpx.Request, content: bytes) -> httpx.Response:
        """See `WireTransport.request_read`."""
        return await self._wire().request_read(request, content)

    async def post_read(self, url: str, headers: Mapping[str, str], content: bytes,
                        timeout: Mapping[str, float | None]) -> WireReply:
        """See `WireTransport.post_read`."""
        return await self._wire().post_read(url, headers, content, timeout)

    async def aclose(self) -> None:
        if self._real is not None:
            await self._real.aclose()


def wire_transport(max_connections: int = 50) -> LazyWire:
    """The one connection pool for Particle Cloud and Twilio REST (aiohttp's, built at its first request)."""
    return LazyWire(max_connections)


def outbound_client(transport: httpx.AsyncBaseTransport | None = None, timeout: float = 10.0,
                    connect: float = 3.0) -> httpx.AsyncClient:
    """The one client for Particle Cloud and Twilio REST, over `transport` (by default a new `wire_transport()`)."""
    return httpx.AsyncClient(transport=transport or wire_transport(), timeout=httpx.Timeout(timeout, connect=connect))


async def send_direct(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """Send a complete `httpx.Request` straight to a transport and read the body: no client in between.

    Why: for the outbox's one POST per reply, httpx's client layer cost twice the transport itself (measured with
    py-spy in the engine worker: building and merging the URL again, the auth and redirect flows, and extracting
    cookies from every response through http.cookiejar's urllib wrappers; README "Where the time goes"). The
    request carries its own timeouts (`extensions["timeout"]`, as `httpx.Client.build_request` sets them).
    """
    request_read = getattr(transport, "request_read", None)  # LazyWire or WireTransport: aiohttp's pool
    if request_read is not None:
        try:
            content = request.content
        except httpx.RequestNotRead:
            pass  # a streamed body: the transport's usual way, below
        else:
            response: httpx.Response = await request_read(request, content)
            return response
    response = await transport.handle_async_request(request)
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


async def send(http: httpx.AsyncClient, transport: httpx.AsyncBaseTransport | None,
               request: httpx.Request) -> httpx.Response:
    """`request` straight to the shared pool when the caller has it (`send_direct`), else through `http` (tests
    pass a client over their own transport)."""
    if transport is not None:
        return await send_direct(transport, request)
    return await http.send(request)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 10.2.3).

    Returns None when the header is missing or unreadable, and never a negative number.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; parsedate gives naive for "-0000"
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
