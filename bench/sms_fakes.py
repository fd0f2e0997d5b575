"""The outside world for the SMS benchmarks, in its own process: fake Twilio REST API and simulated Particle Cloud.

`python -m bench.sms_fakes` serves both on free loopback ports and prints one JSON line with their URLs. Keeping
them out of the benchmark client's process means neither steals the client's interpreter lock.

The simulated cloud is wrapped by a counter of Particle REST calls that name a device (device GET, ping) and of
event-stream connections, exposed at `GET {sim}/_bench/particle`: the issue's "at most 1 call per device in any
5 s window; SSE connections: 1" are computed from it.
"""

from __future__ import annotations

import asyncio
import bisect
import json
import re
import socket
import sys
import time
from collections import defaultdict
from typing import Any

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

DEVICE_PATH = re.compile(r"^/v1/(?:products/[^/]+/)?devices/([0-9a-f]{24})(?:/ping)?$")
EVENTS_PATH = re.compile(r"^/v1/(?:products/[^/]+/)?(?:devices/)?events")


class ParticleCounter:
    """ASGI wrapper counting device-naming REST calls (per device, with times) and SSE connections."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.calls: dict[str, list[float]] = defaultdict(list)
        self.sse_open = 0
        self.sse_max = 0
        self.sse_total = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path == "/_bench/particle":
            await self._stats(send)
            return
        m = DEVICE_PATH.match(path)
        if m:
            self.calls[m.group(1)].append(time.monotonic())
        if EVENTS_PATH.match(path) and not m:
            self.sse_open += 1
            self.sse_total += 1
            self.sse_max = max(self.sse_max, self.sse_open)
            try:
                await self.app(scope, receive, send)
            finally:
                self.sse_open -= 1
            return
        await self.app(scope, receive, send)

    def max_in_window(self, window: float = 5.0) -> int:
        """The most calls naming one device inside any `window`-second interval."""
        best = 0
        for times in self.calls.values():
            ts = sorted(times)
            for i, t in enumerate(ts):
                # calls in [t, t + window): a call exactly `window` seconds later is allowed
                j = bisect.bisect_left(ts, t + window)
                best = max(best, j - i)
        return best

    def min_gap(self) -> float | None:
        """The shortest time between two calls naming the same device."""
        gaps = []
        for times in self.calls.values():
            ts = sorted(times)
            gaps += [ts[i + 1] - ts[i] for i in range(len(ts) - 1)]
        return round(min(gaps), 3) if gaps else None

    async def _stats(self, send: Send) -> None:
        body = json.dumps(
            {
                "devices": len(self.calls),
                "calls": sum(len(v) for v in self.calls.values()),
                "max_calls_per_device_5s": self.max_in_window(5.0),
                "min_gap_s": self.min_gap(),
                "sse_open": self.sse_open,
                "sse_max": self.sse_max,
                "sse_total": self.sse_total,
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _socket() -> socket.socket:
    # IPPROTO_TCP named, not left 0: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets whose proto
    # is IPPROTO_TCP, and accepted sockets inherit the listener's. With proto 0, uvicorn's separate writes of
    # headers and body waited for the client's delayed ACK: 44 ms per kept-alive request to the fake Twilio,
    # which bounded every figure that sends (a restart drained at 16 sends per 44 ms).
    # https://github.com/python/cpython/blob/3.11/Lib/asyncio/base_events.py (_set_nodelay)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    s.bind(("127.0.0.1", 0))
    return s


async def main() -> None:
    sys.path.insert(0, ".")
    from bot.cloud.simulated import SimCloud, create_sim_app
    from tests.fakes.twilio import FakeTwilio

    twilio = FakeTwilio()
    sim_app = ParticleCounter(create_sim_app(SimCloud(), keepalive_seconds=5))
    tw_sock, sim_sock = _socket(), _socket()
    servers = [
        uvicorn.Server(uvicorn.Config(twilio.app, log_level="warning", lifespan="off", access_log=False)),
        uvicorn.Server(uvicorn.Config(sim_app, log_level="warning", lifespan="off", access_log=False)),
    ]
    tasks = [
        asyncio.create_task(servers[0].serve(sockets=[tw_sock])),
        asyncio.create_task(servers[1].serve(sockets=[sim_sock])),
    ]
    while not all(s.started for s in servers):
        await asyncio.sleep(0.01)  # start-up only
    urls: dict[str, Any] = {
        "twilio": f"http://127.0.0.1:{tw_sock.getsockname()[1]}",
        "sim": f"http://127.0.0.1:{sim_sock.getsockname()[1]}",
    }
    print(json.dumps(urls), flush=True)
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
