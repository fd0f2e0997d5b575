"""A simulated Particle Cloud: the REST endpoints and SSE stream the bot uses, in memory, as a Starlette app.

It runs the bot without a Particle account (design.md: no token => simulated cloud), backs the demo's device panel,
and is the fake the cloud tests talk to. Paths, bodies and SSE framing follow particle-facts.md 3.2, 3.3 and 3.5;
errors follow 3.6. Fault switches (`fail_next`, `set_delay`, `set_bad_json`) produce the failures the client must
survive. Control routes under `/_sim/` drive it from a browser; all routes are relative so the main server can
mount the whole app (it mounts it at /simcloud).

`SimCloud` may be changed from another thread than the one serving the app (tests run uvicorn in a thread), so
events reach open streams through `loop.call_soon_threadsafe`.
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from bot.clock import Clock, SystemClock, iso
from bot.cloud.models import PLATFORMS, StatusEvent

# Fields only the product endpoints return (particle-facts.md 3.3, "product endpoint only" / "product only").
PRODUCT_ONLY_FIELDS = frozenset({
    "quarantined", "denied", "development", "firmware_version", "desired_firmware_version",
    "targeted_firmware_release_version", "groups", "firmware_updates_enabled", "firmware_updates_forced",
})

# The real API's answer for a device the token cannot see; it says "Permission Denied" even as a 404 or 403.
PERMISSION_DENIED = {"ok": False, "error": "Permission Denied",
                     "info": "I didn't recognize that device name or ID"}
INVALID_TOKEN = {"error": "invalid_token", "error_description": "The access token provided is invalid."}

DEMO_OWNER = "customer@example.com"
REQUEST_LOG_LIMIT = 10_000

DEMO_DEVICES: list[dict[str, Any]] = [
    {   # 1. The seed case: provisioned fine, flashing green at a site with one name on 2.4 and 5 GHz.
        "id": "3c002a000c47363433353735", "name": "porch-sensor", "owner": DEMO_OWNER,
        "platform_id": 6, "product_id": 6, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "PHHAAB830ABCDEF", "mac_wifi": "6c:0b:84:4a:12:7e",
        "last_heard": "2026-11-20T18:04:11.532Z", "last_handshake_at": "2026-11-20T17:12:40.118Z",
        "last_ip_address": "73.162.40.18", "system_firmware_version": "2.3.1", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 2. Argon, offline, claimed.
        "id": "e00fce6812ab34cd56ef7890", "name": "garage-door", "owner": DEMO_OWNER,
        "platform_id": 12, "product_id": 12, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "ARNKAB812MJ7RPC", "mac_wifi": "a4:cf:12:8d:33:90",
        "last_heard": "2026-11-21T07:45:02.004Z", "last_handshake_at": "2026-11-21T07:40:55.610Z",
        "last_ip_address": "98.207.11.54", "system_firmware_version": "5.8.0", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 3. P2, offline, claimed.
        "id": "0a10aced202194944a0459c8", "name": "kitchen-hub", "owner": DEMO_OWNER,
        "platform_id": 32, "product_id": 32, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "P2MKAB4309QXJ6W", "mac_wifi": "f8:b5:4d:20:71:c3",
        "last_heard": "2026-11-19T22:10:37.880Z", "last_handshake_at": "2026-11-19T21:58:03.290Z",
        "last_ip_address": "24.5.188.201", "system_firmware_version": "5.9.0", "firmware_version": 6,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 4. Photon 2, ONLINE: the "it already works" case.
        "id": "0a10aced202194944a0466f1", "name": "living-room", "owner": DEMO_OWNER,
        "platform_id": 32, "product_id": 32, "online": True, "connected": True, "cellular": False,
        "status": "normal", "serial_number": "P2KHAC5127LMN3T", "mac_wifi": "f8:b5:4d:20:9a:14",
        "last_heard": "2026-11-24T09:31:26.415Z", "last_handshake_at": "2026-11-24T06:02:17.730Z",
        "last_ip_address": "73.162.40.18", "system_firmware_version": "5.9.0", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 5. Unclaimed Photon (no `owner` key at all, as in the product-list example), offline.
        "id": "3a0027001847363336383438", "name": "spare-photon",
        "platform_id": 6, "product_id": 6, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "PHHAAB830GHJKLM", "mac_wifi": "6c:0b:84:4a:5f:02",
        "last_heard": "2026-10-02T14:20:09.002Z", "last_handshake_at": "2026-10-02T14:19:51.774Z",
        "last_ip_address": "50.201.77.12", "system_firmware_version": "2.3.1", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": [], "notes": None, "functions": [], "variables": {},
    },
    {   # 6. Quarantined product device (an Argon the product has not approved yet), offline.
        "id": "e00fce68a7c3d9e1b2f40577", "name": "lab-prototype", "owner": DEMO_OWNER,
        "platform_id": 12, "product_id": 12, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "ARNKAB812QRT5VW", "mac_wifi": "a4:cf:12:8d:40:1b",
        "last_heard": "2026-11-22T11:02:45.310Z", "last_handshake_at": "2026-11-22T11:02:40.006Z",
        "last_ip_address": "174.52.9.230", "system_firmware_version": "5.8.0", "firmware_version": None,
        "targeted_firmware_release_version": None, "development": False, "quarantined": True, "denied": False,
        "groups": [], "notes": None, "functions": [], "variables": {},
    },
    {   # 7. Boron (cellular), offline.
        "id": "e00fce68b91d2c3e4f5a6b7c", "name": "field-tracker", "owner": DEMO_OWNER,
        "platform_id": 13, "product_id": 13, "online": False, "connected": False, "cellular": True,
        "status": "normal", "serial_number": "B40KAB819XYZ12A", "iccid": "89014103271234567890",
        "imei": "352753091234567", "last_heard": "2026-11-23T03:15:44.120Z",
        "last_handshake_at": "2026-11-23T01:47:12.905Z", "last_ip_address": "176.83.143.73",
        "system_firmware_version": "5.8.0", "firmware_version": 7, "targeted_firmware_release_version": 7,
        "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 8. Argon in safe mode (breathing magenta): online, but its application is not running.
        "id": "e00fce68c4d5e6f708192a3b", "name": "shed-monitor", "owner": DEMO_OWNER,
        "platform_id": 12, "product_id": 12, "online": True, "connected": True, "cellular": False,
        "status": "safe_mode", "serial_number": "ARNKAB812WXY7ZA", "mac_wifi": "a4:cf:12:8d:52:e6",
        "last_heard": "2026-11-24T09:30:58.007Z", "last_handshake_at": "2026-11-24T09:29:31.442Z",
        "last_ip_address": "98.207.11.54", "system_firmware_version": "4.2.0", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
]


@dataclass(eq=False)
class _Subscriber:
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
        self._subs: set[_Subscriber] = set()
        self._fail_left = 0
        self._fail_status = 503
        self._fail_retry_after: float | None = None
        self._bad_json_left = 0
        self._delay = 0.0
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
        self._fail_left, self._fail_status, self._fail_retry_after = max(0, n), status, retry_after

    def set_delay(self, seconds: float) -> None:
        """Every REST answer waits this long first (0 to stop), to provoke client timeouts."""
        self._delay = max(0.0, seconds)

    def set_bad_json(self, n: int) -> None:
        """The next `n` successful REST answers have a body that is not JSON."""
        self._bad_json_left = max(0, n)

    def faults(self) -> dict[str, Any]:
        return {"fail_next": self._fail_left, "status": self._fail_status, "retry_after": self._fail_retry_after,
                "delay": self._delay, "bad_json": self._bad_json_left}

    # -- views --------------------------------------------------------------------------------------------------

    def user_view(self, dev: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in dev.items() if k not in PRODUCT_ONLY_FIELDS}

    def requests_for(self, device_id: str) -> list[dict[str, Any]]:
        """Logged requests that named this device (the rate rule counts these)."""
        return [r for r in self.requests if r.get("device_id") == device_id]

    # -- internals --------------------------------------------------------------------------------------------

    def _snapshot_subs(self) -> list[_Subscriber]:
        with self._lock:
            return list(self._subs)

    @staticmethod
    def _push(sub: _Subscriber, item: str | None) -> None:
        try:
            sub.loop.call_soon_threadsafe(sub.queue.put_nowait, item)
        except RuntimeError:  # that stream's loop is closed; it is going away
            pass

    def _subscribe(self, prefix: str, product: str | None) -> _Subscriber:
        sub = _Subscriber(asyncio.get_running_loop(), asyncio.Queue(), prefix, product)
        with self._lock:
            self._subs.add(sub)
        return sub

    def _unsubscribe(self, sub: _Subscriber) -> None:
        with self._lock:
            self._subs.discard(sub)

    def _take_failure(self) -> Response | None:
        if self._fail_left <= 0:
            return None
        self._fail_left -= 1
        status = self._fail_status
        headers = {}
        if self._fail_retry_after is not None:
            headers["Retry-After"] = str(math.ceil(self._fail_retry_after))
        if status == 401:
            return JSONResponse(INVALID_TOKEN, status, headers=headers)
        return JSONResponse({"ok": False, "error": f"simulated HTTP {status}"}, status, headers=headers)

    def _take_bad_json(self) -> bool:
        if self._bad_json_left <= 0:
            return False
        self._bad_json_left -= 1
        return True

    def _authorized(self, request: Request) -> bool:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return False
        return self.token is None or token == self.token

    def _visible(self, device_id: str, product: str | None) -> dict[str, Any] | JSONResponse:
        """The raw device, or the error the real API gives: 404 unknown, 403 not this user's."""
        dev = self.devices.get(device_id)
        if dev is None:
            return JSONResponse(PERMISSION_DENIED, 404)
        if product is None and not dev.get("owner"):
            return JSONResponse(PERMISSION_DENIED, 403)
        return dev


# -- the app ------------------------------------------------------------------------------------------------------


def create_sim_app(sim: SimCloud | None = None, *, keepalive_seconds: float = 15.0) -> Starlette:
    """The Starlette app serving `sim` (a fresh demo SimCloud if None); `app.state.sim` holds it."""
    sim = sim or SimCloud()

    async def gate(request: Request, *, rest: bool = True) -> Response | None:
        """Log the request, then apply delay, injected failures and auth, in that order."""
        params = request.path_params
        sim.requests.append({
            "method": request.method, "path": request.url.path, "query": dict(request.query_params),
            "at": sim.clock.now(), "device_id": params.get("device_id"),
        })
        if len(sim.requests) > REQUEST_LOG_LIMIT:  # a demo server left running must not grow forever
            del sim.requests[: REQUEST_LOG_LIMIT // 2]
        if rest and sim._delay:
            await asyncio.sleep(sim._delay)
        failure = sim._take_failure()
        if failure is not None:
            return failure
        if not sim._authorized(request):
            return JSONResponse(INVALID_TOKEN, 401)
        product = params.get("product")
        if product is not None and sim.product_id is not None and product != sim.product_id:
            return JSONResponse({"ok": False, "error": "Product not found"}, 404)
        return None

    def reply(body: Any, status: int = 200) -> Response:
        if sim._take_bad_json():
            return Response('{"ok": true, "devices": [', status, media_type="application/json")
        return JSONResponse(body, status)

    async def list_devices(request: Request) -> Response:
        if (r := await gate(request)) is not None:
            return r
        mine = [sim.user_view(d) for d in sim.devices.values() if d.get("owner")]
        mine.sort(key=lambda d: d.get("last_handshake_at") or "", reverse=True)
        return reply(mine)

    async def get_device(request: Request) -> Response:
        if (r := await gate(request)) is not None:
            return r
        dev = sim._visible(request.path_params["device_id"], None)
        return dev if isinstance(dev, Response) else reply(sim.user_view(dev))

    async def get_product_device(request: Request) -> Response:
        if (r := await gate(request)) is not None:
            return r
        dev = sim._visible(request.path_params["device_id"], request.path_params["product"])
        return dev if isinstance(dev, Response) else reply(dev)

    async def list_product_devices(request: Request) -> Response:
        if (r := await gate(request)) is not None:
            return r
        q = request.query_params
        try:
            page = int(q.get("page", "1"))
            per_page = int(q.get("perPage") or q.get("per_page") or "25")  # apijs sends per_page (facts 3.2)
        except ValueError:
            return JSONResponse({"ok": False, "error": "page and perPage must be numbers"}, 400)
        if page < 1 or per_page < 1:
            return JSONResponse({"ok": False, "error": "page and perPage must be positive"}, 400)
        found = list(sim.devices.values())
        # deviceId, deviceName and serialNumber are partial matches (facts 3.2).
        for param, key in (("deviceId", "id"), ("deviceName", "name"), ("serialNumber", "serial_number")):
            wanted = (q.get(param) or "").casefold()
            if wanted:
                found = [d for d in found if wanted in str(d.get(key) or "").casefold()]
        if q.get("quarantined") in ("true", "false"):
            found = [d for d in found if bool(d.get("quarantined")) == (q["quarantined"] == "true")]
        total_pages = max(1, math.ceil(len(found) / per_page))
        chunk = found[(page - 1) * per_page: page * per_page]
        return reply({"devices": chunk, "customers": [],
                      "meta": {"total_pages": total_pages, "page": page, "per_page": per_page,
                               "total": len(found)}})

    async def lookup_serial(request: Request) -> Response:
        if (r := await gate(request)) is not None:
            return r
        serial = request.path_params["serial"].strip().upper()
        for dev in sim.devices.values():
            if str(dev.get("serial_number") or "").upper() == serial:
                body: dict[str, Any] = {"ok": True, sim.serial_key: dev["id"], "platform_id": dev.get("platform_id")}
                if dev.get("iccid"):
                    body["iccid"] = dev["iccid"]
                return reply(body)
        return JSONResponse({"ok": False, "error": "Serial number not found"}, 404)

    async def ping(request: Request) -> Response:
        if (r := await gate(request)) is not None:
            return r
        dev = sim._visible(request.path_params["device_id"], request.path_params.get("product"))
        if isinstance(dev, Response):
            return dev
        if dev.get("online"):
            dev["last_heard"] = iso(sim.clock.now())
        return reply({"online": bool(dev.get("online")), "ok": True})

    async def stream(request: Request) -> Response:
        if (r := await gate(request, rest=False)) is not None:
            return r
        # The prefix arrives percent-decoded ("spark%2Fstatus" -> "spark/status"), so both forms work.
        prefix = request.path_params.get("prefix", "")
        sub = sim._subscribe(prefix, request.path_params.get("product"))

        async def body() -> AsyncIterator[str]:
            try:
                yield ":ok\n\n"
                while True:
                    try:
                        item = await asyncio.wait_for(sub.queue.get(), keepalive_seconds)
                    except TimeoutError:
                        yield ":keepalive\n\n"  # comment line; Particle's own interval is unconfirmed (facts 3.5)
                        continue
                    if item is None:
                        return
                    yield item
            finally:
                sim._unsubscribe(sub)

        return StreamingResponse(body(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    # -- control routes for demos and the web chat panel --------------------------------------------------------

    def summary(dev: dict[str, Any]) -> dict[str, Any]:
        pid = dev.get("platform_id")
        return {"id": dev["id"], "name": dev.get("name"), "platform": PLATFORMS.get(pid) if pid else None,
                "online": bool(dev.get("online")), "serial": dev.get("serial_number"),
                "claimed": bool(dev.get("owner")), "status": dev.get("status"),
                "quarantined": bool(dev.get("quarantined"))}

    async def read_json(request: Request) -> dict[str, Any] | Response:
        try:
            data = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"ok": False, "error": "body must be a JSON object"}, 400)
        if not isinstance(data, dict):
            return JSONResponse({"ok": False, "error": "body must be a JSON object"}, 400)
        return data

    async def sim_devices(request: Request) -> Response:
        return JSONResponse({"devices": [summary(d) for d in sim.devices.values()]})

    async def sim_set_device(request: Request) -> Response:
        device_id = request.path_params["device_id"]
        if device_id not in sim.devices:
            return JSONResponse({"ok": False, "error": "unknown device"}, 404)
        data = await read_json(request)
        if isinstance(data, Response):
            return data
        online = data.get("online")
        if not isinstance(online, bool):
            return JSONResponse({"ok": False, "error": '"online" must be true or false'}, 400)
        sim.set_online(device_id, online)
        return JSONResponse({"ok": True, "device": summary(sim.devices[device_id])})

    async def sim_faults(request: Request) -> Response:
        data = await read_json(request)
        if isinstance(data, Response):
            return data
        spec: dict[str, type | tuple[type, ...]] = {"fail_next": int, "status": int, "retry_after": (int, float), "delay": (int, float),
                "bad_json": int}
        for key, value in data.items():
            if key not in spec:
                return JSONResponse({"ok": False, "error": f"unknown field {key!r}"}, 400)
            if value is not None and (isinstance(value, bool) or not isinstance(value, spec[key])):
                return JSONResponse({"ok": False, "error": f"{key!r} must be a number"}, 400)
        status = data.get("status") or 503
        if not 400 <= status <= 599:
            return JSONResponse({"ok": False, "error": '"status" must be 400-599'}, 400)
        if "fail_next" in data:
            sim.fail_next(data["fail_next"] or 0, status, data.get("retry_after"))
        if "delay" in data:
            sim.set_delay(data["delay"] or 0.0)
        if "bad_json" in data:
            sim.set_bad_json(data["bad_json"] or 0)
        return JSONResponse({"ok": True, "faults": sim.faults()})

    async def sim_requests(request: Request) -> Response:
        return JSONResponse({"requests": sim.requests[-500:]})

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return JSONResponse({"ok": False, "error": "Not Found" if status == 404 else "Method Not Allowed"}, status)

    routes = [
        Route("/v1/devices", list_devices),
        Route("/v1/devices/events", stream),
        Route("/v1/devices/events/{prefix:path}", stream),
        Route("/v1/devices/{device_id}", get_device),
        Route("/v1/devices/{device_id}/ping", ping, methods=["PUT"]),
        Route("/v1/events/{prefix:path}", stream),
        Route("/v1/products/{product}/devices", list_product_devices),
        Route("/v1/products/{product}/devices/{device_id}", get_product_device),
        Route("/v1/products/{product}/devices/{device_id}/ping", ping, methods=["PUT"]),
        Route("/v1/products/{product}/events", stream),
        Route("/v1/products/{product}/events/{prefix:path}", stream),
        Route("/v1/serial_numbers/{serial}", lookup_serial),
        Route("/_sim/devices", sim_devices),
        Route("/_sim/devices/{device_id}", sim_set_device, methods=["POST"]),
        Route("/_sim/faults", sim_faults, methods=["POST"]),
        Route("/_sim/requests", sim_requests),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})
    app.state.sim = sim
    return app
