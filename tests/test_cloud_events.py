"""StatusStream against real local servers: the simulated cloud, and a tiny SSE app that sends garbage.

SSE needs a real socket (httpx.ASGITransport buffers whole responses), so the apps run in a ServerThread.
Every wait is bounded; nothing sleeps to wait for work.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route

from bot.cloud.client import ParticleClient
from bot.cloud.events import StatusStream, cancel_and_wait
from bot.cloud.models import StatusEvent
from bot.cloud.simulated import SimCloud, create_sim_app
from tests.fakes.serve import ServerThread

WAIT = 5.0
TOKEN = "stream-token-abcdef"
PORCH = "3c002a000c47363433353735"
UNCLAIMED = "3a0027001847363336383438"
LIVING = "0a10aced202194944a0466f1"
BACKOFF = (0.01, 0.02, 0.03)


class Recorder:
    """on_event target plus an injected sleep that records waits (and yields briefly so reconnects happen)."""

    def __init__(self, want_sleeps: int = 0) -> None:
        self.events: asyncio.Queue[StatusEvent] = asyncio.Queue()
        self.waits: list[float] = []
        self.want_sleeps = want_sleeps
        self.enough_sleeps = asyncio.Event()

    async def on_event(self, ev: StatusEvent) -> None:
        await self.events.put(ev)

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.want_sleeps and len(self.waits) >= self.want_sleeps:
            self.enough_sleeps.set()
        await asyncio.sleep(0.005)

    async def next(self) -> StatusEvent:
        return await asyncio.wait_for(self.events.get(), WAIT)


@pytest.fixture
def sim() -> SimCloud:
    return SimCloud(token=TOKEN)


@pytest.fixture
def server(sim: SimCloud) -> Iterator[ServerThread]:
    with ServerThread(create_sim_app(sim, keepalive_seconds=0.1)) as srv:
        yield srv


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


@contextlib.asynccontextmanager
async def running(stream: StatusStream) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(stream.run())
    try:
        yield task
    finally:
        await cancel_and_wait(task)


def user_url(server: ServerThread) -> str:
    return f"{server.url}/v1/devices/events/spark%2Fstatus"


async def test_online_and_offline_reach_on_event(server: ServerThread, sim: SimCloud, http: httpx.AsyncClient) -> None:
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        assert sim.set_online(PORCH, True)
        ev = await rec.next()
        assert ev.device_id == PORCH and ev.online and ev.published_at
        sim.set_online(PORCH, False)
        assert (await rec.next()).online is False
        assert stream.connections == 1 and sim.open_streams == 1


async def test_product_stream_from_client_url(server: ServerThread, sim: SimCloud, http: httpx.AsyncClient) -> None:
    client = ParticleClient(http, base_url=server.url, token=TOKEN, product_id="12345")
    rec = Recorder()
    stream = StatusStream(http, client.events_url(), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        sim.set_online(UNCLAIMED, True)  # product streams include unclaimed product devices
        assert (await rec.next()).device_id == UNCLAIMED
    assert sim.requests[0]["path"] == "/v1/products/12345/events/spark/status"


async def test_user_stream_skips_devices_the_user_does_not_own(
    server: ServerThread, sim: SimCloud, http: httpx.AsyncClient
) -> None:
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        sim.set_online(UNCLAIMED, True)
        sim.set_online(LIVING, False)
        assert (await rec.next()).device_id == LIVING


async def test_reconnects_after_server_drops_the_stream(
    server: ServerThread, sim: SimCloud, http: httpx.AsyncClient
) -> None:
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        sim.drop_streams()
        await asyncio.wait_for(stream.wait_sessions(2), WAIT)
        sim.set_online(PORCH, True)
        assert (await rec.next()).online
        assert stream.connections == 2 and stream.last_error == "server closed the stream"
        assert sim.open_streams == 1  # one connection at a time


async def test_backoff_grows_and_resets_after_an_event(
    server: ServerThread, sim: SimCloud, http: httpx.AsyncClient
) -> None:
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        sim.set_online(PORCH, True)
        await rec.next()
        sim.drop_streams()  # after an event: first delay
        await asyncio.wait_for(stream.wait_sessions(2), WAIT)
        sim.drop_streams()  # no event on that session: the delay grows
        await asyncio.wait_for(stream.wait_sessions(3), WAIT)
        sim.set_online(PORCH, False)
        await rec.next()
        sim.drop_streams()  # an event again: back to the first delay
        await asyncio.wait_for(stream.wait_sessions(4), WAIT)
    assert rec.waits == [0.01, 0.02, 0.01]


async def test_duplicates_and_out_of_order_are_dropped(
    server: ServerThread, sim: SimCloud, http: httpx.AsyncClient
) -> None:
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        sim.publish(PORCH, "online", published_at="2026-11-24T10:00:01.000Z")
        sim.publish(PORCH, "online", published_at="2026-11-24T10:00:01.000Z")  # duplicate
        sim.publish(PORCH, "offline", published_at="2026-11-24T10:00:00.000Z")  # older than the last applied
        sim.publish(LIVING, "offline", published_at="2026-11-24T09:00:00.000Z")  # other device: own ordering
        sim.publish(PORCH, "offline", published_at="2026-11-24T10:05:00.000Z")
        got = [await rec.next() for _ in range(3)]
    assert [(e.device_id, e.online, e.published_at) for e in got] == [
        (PORCH, True, "2026-11-24T10:00:01.000Z"),
        (LIVING, False, "2026-11-24T09:00:00.000Z"),
        (PORCH, False, "2026-11-24T10:05:00.000Z"),
    ]
    assert rec.events.empty() and stream.events == 3


def frame(name: str, payload: object, nl: str = "\n") -> str:
    return f"event: {name}{nl}data: {json.dumps(payload)}{nl}{nl}"


GARBAGE = [
    ":ok\n\n",
    "this is not a field line\n\n",
    "data: no event name, not json\n\n",
    "event: spark/status\ndata: {not json}\n\n",
    frame("spark/status", {"data": "online", "published_at": "2026-11-24T10:00:00.000Z"}),  # no coreid
    frame("spark/status", ["online"]),
    frame("spark/status", {"data": "auto-update", "coreid": PORCH}),  # not a status change (facts 3.5)
    frame("spark/other", {"data": "online", "coreid": PORCH}),
    "retry: 100\n\n",
    ":keepalive\n\n",
    # CRLF framing and ttl as a string, as in older examples (facts 3.5)
    frame("spark/status", {"data": "online", "ttl": "60", "published_at": "2026-11-24T10:00:02.000Z",
                           "coreid": PORCH}, nl="\r\n"),
    frame("spark/status", {"data": "offline", "ttl": 60, "published_at": "2026-11-24T10:00:03.000Z",
                           "coreid": LIVING}),
]


def garbage_app() -> Starlette:
    async def events(request: Request) -> StreamingResponse:
        async def body() -> AsyncIterator[str]:
            for chunk in GARBAGE:
                yield chunk
            await asyncio.Event().wait()  # then stay open, silent

        return StreamingResponse(body(), media_type="text/event-stream")

    return Starlette(routes=[Route("/v1/devices/events/{prefix:path}", events)])


async def test_garbage_is_ignored(http: httpx.AsyncClient) -> None:
    rec = Recorder()
    with ServerThread(garbage_app()) as srv:
        stream = StatusStream(http, user_url(srv), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
        async with running(stream):
            first, second = await rec.next(), await rec.next()
    assert (first.device_id, first.online) == (PORCH, True)
    assert (second.device_id, second.online) == (LIVING, False)
    assert rec.events.empty() and stream.connections == 1


async def test_401_is_logged_without_token_and_retried_with_backoff(
    server: ServerThread, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    rec = Recorder(want_sleeps=4)
    bad = "wrong-token-must-not-be-logged"
    stream = StatusStream(http, user_url(server), bad, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(rec.enough_sleeps.wait(), WAIT)
    assert stream.connections >= 4 and stream.sessions == 0
    assert rec.waits[:4] == [0.01, 0.02, 0.03, 0.03]
    assert stream.last_error == "HTTP 401: The access token provided is invalid."
    assert "HTTP 401" in caplog.text and bad not in caplog.text


async def test_529_honours_retry_after_then_connects(
    server: ServerThread, sim: SimCloud, http: httpx.AsyncClient
) -> None:
    sim.fail_next(1, 529, retry_after=2)
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
    assert rec.waits == [2.0] and stream.connections == 2


async def test_idle_stream_times_out_and_reconnects(http: httpx.AsyncClient) -> None:
    sim = SimCloud(token=TOKEN)
    with ServerThread(create_sim_app(sim, keepalive_seconds=30)) as srv:  # silent after ":ok"
        rec = Recorder()
        stream = StatusStream(http, user_url(srv), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep,
                              idle_timeout=0.2)
        async with running(stream):
            await asyncio.wait_for(stream.wait_sessions(2), WAIT)
        assert stream.last_error == "no data for the idle timeout"


async def test_run_twice_is_refused(server: ServerThread, http: httpx.AsyncClient) -> None:
    rec = Recorder()
    stream = StatusStream(http, user_url(server), TOKEN, rec.on_event, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        with pytest.raises(RuntimeError):
            await stream.run()
        assert stream.connections == 1


async def test_failing_handler_does_not_stop_the_stream(
    server: ServerThread, sim: SimCloud, http: httpx.AsyncClient
) -> None:
    rec = Recorder()

    async def flaky(ev: StatusEvent) -> None:
        if ev.online:
            raise ValueError("consumer bug")
        await rec.on_event(ev)

    stream = StatusStream(http, user_url(server), TOKEN, flaky, backoff=BACKOFF, sleep=rec.sleep)
    async with running(stream):
        await asyncio.wait_for(stream.wait_sessions(1), WAIT)
        sim.set_online(PORCH, True)
        sim.set_online(PORCH, False)
        assert (await rec.next()).online is False
        assert stream.connections == 1
