"""The shared outbound connection pool's transport: httpx's client API over aiohttp's pool.

Its own module so that aiohttp (about a quarter of a web process's start-up imports) is loaded only by a process
that sends something: bot/httputil.py builds this at the pool's first request.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport
from httpx_aiohttp.transport import map_aiohttp_exceptions

from bot.httputil import WireReply

__all__ = ["WireTransport"]

# Errors of aiohttp that httpx-aiohttp passes through unmapped (it maps the common ones to httpx's); every caller
# catches httpx's errors only.
_AIOHTTP_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError)


class _MappedStream(httpx.AsyncByteStream):
    """A response body whose read errors are httpx errors too."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.HTTPError:
            raise
        except _AIOHTTP_ERRORS as e:
            raise httpx.ReadError(f"{type(e).__name__}: {e}", request=self._request) from e

    async def aclose(self) -> None:
        await self._inner.aclose()


def _client_timeout(timeout: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's timeouts (`Timeout.as_dict()`) as aiohttp's."""
    return aiohttp.ClientTimeout(sock_connect=timeout.get("connect"), sock_read=timeout.get("read"),
                                 connect=timeout.get("pool"))


class WireTransport(AiohttpTransport):
    """httpx's client API over aiohttp's connection pool (httpx-aiohttp, by httpx's maintainer).

    Why: on this stack an httpx request costs 1.0-1.6 ms of CPU in httpcore and h11, the same request through
    aiohttp about 0.35 ms (measured against a local server; README "Where the time goes"). The outbox's sends
    were most of a restart's CPU. Callers keep httpx's `AsyncClient`, `Response` and errors; any aiohttp error the
    library leaves unmapped becomes an `httpx.TransportError` here, so a caller's `except httpx.HTTPError` holds.
    aiohttp sets TCP_NODELAY on its sockets (a POST's body is not held back by Nagle's algorithm).
    """

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except httpx.HTTPError:
            raise
        except _AIOHTTP_ERRORS as e:
            raise httpx.TransportError(f"{type(e).__name__}: {e}", request=request) from e
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedStream(response.stream, request)
        return response

    async def request_read(self, request: httpx.Request, content: bytes) -> httpx.Response:
        """`request` (whose body is `content`) on aiohttp's session, its whole answer read: an `httpx.Response`, or
        an httpx error.

        The same request and error mapping as `handle_async_request`, without its streaming wrappers (an
        `AsyncByteStream` around the aiohttp response, read back chunk by chunk): for a short JSON answer they cost
        as much again as aiohttp itself.
        """
        reply = await self._read(request.method, str(request.url), request.headers, content or None,
                                 request.extensions.get("timeout", {}), request)
        return httpx.Response(reply.status, headers=list(reply.raw_headers), content=reply.body, request=request)

    async def post_read(self, url: str, headers: Mapping[str, str], content: bytes,
                        timeout: Mapping[str, float | None]) -> WireReply:
        """POST `content` and read the whole answer, with no httpx `Request` or `Response` built around it; errors
        are httpx errors, as in `request_read`.

        Why: the outbox's one POST per reply spent as much CPU building those two objects (URL parsing, header
        normalisation) as in aiohttp itself (cProfile of the engine worker in the SMS latency run).
        """
        return await self._read("POST", url, headers, content, timeout)

    async def _read(self, method: str, url: str, headers: Mapping[str, str], data: bytes | None,
                    timeout: Mapping[str, float | None], request: httpx.Request | None = None) -> WireReply:
        """One request on aiohttp's session, its whole answer read; aiohttp's errors as httpx's (about `request`)."""
        if not isinstance(self.client, aiohttp.ClientSession):
            self.client = self.get_client()
        try:
            with map_aiohttp_exceptions():
                async with self.client.request(
                    method, url, headers=headers, data=data, allow_redirects=False, auto_decompress=False,
                    compress=False, timeout=_client_timeout(timeout),
                ) as r:
                    body = await r.read()
        except httpx.HTTPError as e:
            if request is not None:
                e.request = request
            raise
        except _AIOHTTP_ERRORS as e:
            raise httpx.TransportError(f"{type(e).__name__}: {e}", request=request) from e
        return WireReply(r.status, tuple(r.raw_headers), body)
