"""The shared outbound client (bot/httputil.py, bot/wire.py): httpx's API over aiohttp's pool, on a real loopback socket.

What callers rely on: a request and its answer as httpx gives them (auth, form body, headers, JSON), a streamed
body arriving as it is sent (Particle's event stream), and every network failure raised as an httpx error, so
`except httpx.HTTPError` in the Twilio sender and the Particle client still holds. Each holds both through the
client, for a request sent straight to the pool (`send_direct`, the Particle client's path) and for bytes posted to
it (`post_read`, the Twilio sender's).
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest

from bot.httputil import outbound_client, send_direct, wire_transport

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def loopback(handler: Handler) -> AsyncIterator[str]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()


async def read_request(reader: asyncio.StreamReader) -> tuple[bytes, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return lines[0].encode(), headers, body


Post = Callable[..., Awaitable[httpx.Response]]


@asynccontextmanager
async def poster(how: str) -> AsyncIterator[Post]:
    """POST through the shared client ("client"), as a built request straight to its pool ("direct"), or as bytes
    to the pool with no httpx request at all ("post", the Twilio sender's path: `post_read`)."""
    wire = wire_transport()
    async with outbound_client(wire) as client:

        async def post(url: str, data: dict[str, str], auth: tuple[str, str] | None = None,
                       timeout: float = 10.0) -> httpx.Response:
            if how == "client":
                return await client.post(url, data=data, auth=auth, timeout=timeout)
            headers = {"authorization": "Basic " + base64.b64encode(":".join(auth).encode()).decode()} if auth else {}
            if how == "post":
                headers["content-type"] = "application/x-www-form-urlencoded"
                reply = await wire.post_read(url, headers, urlencode(data).encode(), httpx.Timeout(timeout).as_dict())
                return reply.response()
            return await send_direct(wire, client.build_request("POST", url, data=data, headers=headers,
                                                                timeout=timeout))

        yield post


@pytest.mark.parametrize("how", ["client", "direct", "post"])
async def test_a_form_post_with_basic_auth_round_trips(how: str) -> None:
    seen: dict[str, object] = {}

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line, headers, body = await read_request(reader)
        seen.update(line=line, auth=headers.get("authorization"), type=headers.get("content-type"),
                    form=dict(parse_qsl(body.decode())))
        payload = b'{"sid": "SM123", "status": "queued"}'
        writer.write(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Twilio-Request: 1\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (len(payload), payload))
        await writer.drain()
        writer.close()

    async with loopback(handler) as base, poster(how) as post:
        r = await post(f"{base}/2010-04-01/Accounts/AC1/Messages.json",
                       data={"To": "+15550001111", "Body": "Hi ü"}, auth=("AC1", "tok"))
    assert r.status_code == 201
    assert r.json() == {"sid": "SM123", "status": "queued"}
    assert r.headers["x-twilio-request"] == "1"
    assert seen["line"] == b"POST /2010-04-01/Accounts/AC1/Messages.json HTTP/1.1"
    assert seen["auth"] == "Basic " + base64.b64encode(b"AC1:tok").decode()
    assert seen["type"] == "application/x-www-form-urlencoded"
    assert seen["form"] == {"To": "+15550001111", "Body": "Hi ü"}


async def test_a_streamed_body_arrives_before_the_response_ends() -> None:
    """Particle's event stream: each event must reach the reader while the connection stays open."""
    release = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        event = b"event: spark/status\ndata: {\"data\":\"online\"}\n\n"
        writer.write(b"%x\r\n%s\r\n" % (len(event), event))
        await writer.drain()
        await release.wait()
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        writer.close()

    async with loopback(handler) as base, outbound_client() as client:
        async with client.stream("GET", f"{base}/v1/devices/events") as r:
            first = await asyncio.wait_for(anext(r.aiter_bytes()), timeout=5)
            release.set()
    assert b"spark/status" in first


@pytest.mark.parametrize("how", ["client", "direct", "post"])
@pytest.mark.parametrize("kind", ["reset", "closed_early", "garbage"])
async def test_network_failures_are_httpx_errors(kind: str, how: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        if kind == "garbage":
            writer.write(b"this is not HTTP\r\n\r\n")
            await writer.drain()
        elif kind == "closed_early":  # headers promise a body that never comes
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"sid\"")
            await writer.drain()
        else:
            writer.transport.abort()
            return
        writer.close()

    async with loopback(handler) as base, poster(how) as post:
        with pytest.raises(httpx.TransportError):
            await post(f"{base}/x", data={"a": "b"})


@pytest.mark.parametrize("how", ["client", "direct", "post"])
async def test_a_refused_connection_and_a_read_timeout_are_httpx_errors(how: str) -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(10)

    async with loopback(silent) as base, poster(how) as post:
        with pytest.raises(httpx.TimeoutException):
            await post(f"{base}/x", data={"a": "b"}, timeout=0.2)
    async with loopback(silent) as base:
        pass  # closed: nothing listens on that port any more
    async with poster(how) as post:
        with pytest.raises(httpx.TransportError):
            await post(f"{base}/x", data={"a": "b"})
