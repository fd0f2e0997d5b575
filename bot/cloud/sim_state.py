"""The simulated cloud's state: its devices, the request log, open event streams and fault switches.

`SimCloud` is what tests and the demo panel change; `create_sim_app(sim)` (sim_app.py) serves it. It may be
changed from another thread than the one serving the app (tests run uvicorn in a thread), so events reach open
streams through `loop.call_soon_threadsafe`.
"""

from __future__ import annotations

import asyncio
import copy
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bot.clock import Clock, SystemClock, iso
from bot.cloud.models import StatusEvent
from bot.cloud.sim_devices import DEMO_DEVICES, PRODUCT_ONLY_FIELDS
from bot.cloud.sim_faults import FaultSwitches


@dataclass(eq=False)
class Subscriber:
    """One open event stream: the loop serving it, its queue (None closes it) and what it subscribed to."""

    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[str | None]
    prefix: str
    product: str | None  # None: a user stream (only devices with an owner)


class SimCloud:
    """In-memory state of the simulated cloud; `create_sim_app(sim)` serves it."""

    def __init__(
        self,
        devices: Iterable[dict[str, Any]] | None = None,
        *,
        token: str | None = None,
        product_id: str | None = None,
        serial_key: str = "deviceID",
        clock: Clock | None = None,
    ) -> None:
        """`token`: if set, the bearer token must equal it (otherwise any non-empty token is accepted).
        `product_id`: if set, product routes answer only for it. `serial_key`: the device ID key of the serial
        lookup answer, "deviceID" (API docs) or "device_id" (particle-api-js / Android SDK).
        """
        source = DEMO_DEVICES if devices is None else devices
        self.devices: dict[str, dict[str, Any]] = {d["id"]: copy.deepcopy(d) for d in source}
        self.requests: list[dict[str, Any]] = []
        self.token = token
        self.product_id = product_id
        self.serial_key = serial_key
        self.clock: Clock = clock or SystemClock()
        self._lock = threading.Lock()
        self._subs: set[Subscriber] = set()
        self.switches = FaultSwitches()
        # In-process subscribers (no SSE): httpx.ASGITransport buffers whole responses, so a bot that talks to
        # a mounted SimCloud in-process cannot read its stream; it can register here instead. Called in the
        # thread that changed the state.
        self.listeners: list[Callable[[StatusEvent], None]] = []

    # -- state changes ---------------------------------------------------------------------------------------

    def set_online(self, device_id: str, online: bool) -> bool:
        """Bring a device on- or offline as the cloud would see it; pushes `spark/status` to open streams.

        Returns False (and pushes nothing) when the device was already in that state. KeyError if unknown.
        """
        dev = self.devices[device_id]
        if bool(dev.get("online")) == online:
            return False
        now = iso(self.clock.now())
        dev["online"] = dev["connected"] = online
        dev["last_heard"] = now
        if online:
            dev["last_handshake_at"] = now
        self.publish(device_id, "online" if online else "offline", published_at=now)
        return True

    def publish(
        self, device_id: str, data: str, *, published_at: str | None = None, name: str = "spark/status"
    ) -> None:
        """Push one event to every open stream whose prefix and scope match (also for duplicates in tests)."""
        stamp = published_at or iso(self.clock.now())
        payload = {"data": data, "ttl": 60, "published_at": stamp, "coreid": device_id}
        if name == "spark/status" and data in ("online", "offline"):
            ev = StatusEvent(device_id=device_id, online=data == "online", published_at=stamp)
            for listener in list(self.listeners):
                listener(ev)
        dev = self.devices.get(device_id, {})
        for sub in self._snapshot_subs():
            if not name.startswith(sub.prefix):
                continue
            if sub.product is None:
                if not dev.get("owner"):
                    continue
                body = payload
            else:
                body = {**payload, "userid": "", "version": dev.get("firmware_version") or 0, "public": False,
                        "productID": int(sub.product) if sub.product.isdigit() else sub.product}
            self._push(sub, f"event: {name}\ndata: {json.dumps(body, separators=(',', ':'))}\n\n")

    def publish_raw(self, text: str) -> None:
        """Write raw text to every open stream (garbage, half events, CRLF framing) for robustness tests."""
        for sub in self._snapshot_subs():
            self._push(sub, text)

    def drop_streams(self) -> None:
        """Close every open stream from the server side, as Particle may do at any time (facts 3.5)."""
        for sub in self._snapshot_subs():
            self._push(sub, None)

    @property
    def open_streams(self) -> int:
        with self._lock:
            return len(self._subs)

    # -- fault switches ---------------------------------------------------------------------------------------

    def fail_next(self, n: int, status: int = 503, retry_after: float | None = None) -> None:
        """The next `n` API requests (REST or stream) answer `status` (with Retry-After if given)."""
        self.switches.fail_next(n, status, retry_after)

    def set_delay(self, seconds: float) -> None:
        """Every REST answer waits this long first (0 to stop), to provoke client timeouts."""
        self.switches.set_delay(seconds)

    def set_bad_json(self, n: int) -> None:
        """The next `n` successful REST answers have a body that is not JSON."""
        self.switches.set_bad_json(n)

    def faults(self) -> dict[str, Any]:
        return self.switches.snapshot()

    # -- views --------------------------------------------------------------------------------------------------

    def user_view(self, dev: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in dev.items() if k not in PRODUCT_ONLY_FIELDS}

    def requests_for(self, device_id: str) -> list[dict[str, Any]]:
        """Logged requests that named this device (the rate rule counts these)."""
        return [r for r in self.requests if r.get("device_id") == device_id]

    # -- streams ----------------------------------------------------------------------------------------------

    def _snapshot_subs(self) -> list[Subscriber]:
        with self._lock:
            return list(self._subs)

    @staticmethod
    def _push(sub: Subscriber, item: str | None) -> None:
        try:
            sub.loop.call_soon_threadsafe(sub.queue.put_nowait, item)
        except RuntimeError:  # that stream's loop is closed; it is going away
            pass

    def subscribe(self, prefix: str, product: str | None) -> Subscriber:
        """Register an event stream opened on the running loop (`product` None: a user stream)."""
        sub = Subscriber(asyncio.get_running_loop(), asyncio.Queue(), prefix, product)
        with self._lock:
            self._subs.add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        """Forget a stream that has closed."""
        with self._lock:
            self._subs.discard(sub)
