"""The Starlette app serving a `SimCloud`: the Particle REST endpoints and SSE streams, plus the `/_sim/` routes.

Paths, bodies and SSE framing follow docs/particle-facts.md 3.2, 3.3 and 3.5; errors follow 3.6. Every API request
passes `_ParticleApi.gate` (log, delay, injected failure, auth, product) first. All routes are relative so the
main server can mount the whole app (it mounts it at /simcloud). The control routes live in sim_control.py.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from bot.clock import iso
from bot.cloud.sim_control import control_routes
from bot.cloud.sim_faults import INVALID_TOKEN
from bot.cloud.sim_state import SimCloud, Subscriber

# The real API's answer for a device the token cannot see; it says "Permission Denied" even as a 404 or 403.
PERMISSION_DENIED = {"ok": False, "error": "Permission Denied",
                     "info": "I didn't recognize that device name or ID"}
REQUEST_LOG_LIMIT = 10_000


def create_sim_app(sim: SimCloud | None = None, *, keepalive_seconds: float = 15.0) -> Starlette:
    """The Starlette app serving `sim` (a fresh demo SimCloud if None); `app.state.sim` holds it."""
    sim = sim or SimCloud()
    api = _ParticleApi(sim, keepalive_seconds)
    routes = [
        Route("/v1/devices", api.list_devices),
        Route("/v1/devices/events", api.stream),
        Route("/v1/devices/events/{prefix:path}", api.stream),
        Route("/v1/devices/{device_id}", api.get_device),
        Route("/v1/devices/{device_id}/ping", api.ping, methods=["PUT"]),
        Route("/v1/events/{prefix:path}", api.stream),
        Route("/v1/products/{product}/devices", api.list_product_devices),
        Route("/v1/products/{product}/devices/{device_id}", api.get_product_device),
        Route("/v1/products/{product}/devices/{device_id}/ping", api.ping, methods=["PUT"]),
        Route("/v1/products/{product}/events", api.stream),
        Route("/v1/products/{product}/events/{prefix:path}", api.stream),
        Route("/v1/serial_numbers/{serial}", api.lookup_serial),
        *control_routes(sim),
    ]
    app = Starlette(routes=routes, exception_handlers={404: _not_found, 405: _not_found})
    app.state.sim = sim
    return app


async def _not_found(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return JSONResponse({"ok": False, "error": "Not Found" if status == 404 else "Method Not Allowed"}, status)


def _authorized(sim: SimCloud, request: Request) -> bool:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return False
    return sim.token is None or token == sim.token


def _visible(sim: SimCloud, device_id: str, product: str | None) -> dict[str, Any] | JSONResponse:
    """The raw device, or the error the real API gives: 404 unknown, 403 not this user's."""
    dev = sim.devices.get(device_id)
    if dev is None:
        return JSONResponse(PERMISSION_DENIED, 404)
    if product is None and not dev.get("owner"):
        return JSONResponse(PERMISSION_DENIED, 403)
    return dev


def _page_args(q: Any) -> tuple[int, int] | Response:
    """(page, per_page) from the query, or the 400 answer."""
    try:
        page = int(q.get("page", "1"))
        per_page = int(q.get("perPage") or q.get("per_page") or "25")  # apijs sends per_page (facts 3.2)
    except ValueError:
        return JSONResponse({"ok": False, "error": "page and perPage must be numbers"}, 400)
    if page < 1 or per_page < 1:
        return JSONResponse({"ok": False, "error": "page and perPage must be positive"}, 400)
    return page, per_page


def _filtered(devices: list[dict[str, Any]], q: Any) -> list[dict[str, Any]]:
    """The product device list's filters: deviceId, deviceName and serialNumber match partially (facts 3.2)."""
    found = devices
    for param, key in (("deviceId", "id"), ("deviceName", "name"), ("serialNumber", "serial_number")):
        wanted = (q.get(param) or "").casefold()
        if wanted:
            found = [d for d in found if wanted in str(d.get(key) or "").casefold()]
    if q.get("quarantined") in ("true", "false"):
        found = [d for d in found if bool(d.get("quarantined")) == (q["quarantined"] == "true")]
    return found


class _ParticleApi:
    """The Particle API routes over one SimCloud."""

    def __init__(self, sim: SimCloud, keepalive_seconds: float) -> None:
        self.sim = sim
        self.keepalive_seconds = keepalive_seconds

    async def gate(self, request: Request, *, rest: bool = True) -> Response | None:
        """Log the request, then apply delay, injected failures and auth, in that order."""
        sim = self.sim
        params = request.path_params
        sim.requests.append({
            "method": request.method, "path": request.url.path, "query": dict(request.query_params),
            "at": sim.clock.now(), "device_id": params.get("device_id"),
        })
        if len(sim.requests) > REQUEST_LOG_LIMIT:  # a demo server left running must not grow forever
            del sim.requests[: REQUEST_LOG_LIMIT // 2]
        if rest and sim.switches.delay:
            await asyncio.sleep(sim.switches.delay)
        failure = sim.switches.take_failure()
        if failure is not None:
            return failure
        if not _authorized(sim, request):
            return JSONResponse(INVALID_TOKEN, 401)
        product = params.get("product")
        if product is not None and sim.product_id is not None and product != sim.product_id:
            return JSONResponse({"ok": False, "error": "Product not found"}, 404)
        return None

    def reply(self, body: Any, status: int = 200) -> Response:
        if self.sim.switches.take_bad_json():
            return Response('{"ok": true, "devices": [', status, media_type="application/json")
        return JSONResponse(body, status)

    async def list_devices(self, request: Request) -> Response:
        if (r := await self.gate(request)) is not None:
            return r
        mine = [self.sim.user_view(d) for d in self.sim.devices.values() if d.get("owner")]
        mine.sort(key=lambda d: d.get("last_handshake_at") or "", reverse=True)
        return self.reply(mine)

    async def get_device(self, request: Request) -> Response:
        if (r := await self.gate(request)) is not None:
            return r
        dev = _visible(self.sim, request.path_params["device_id"], None)
        return dev if isinstance(dev, Response) else self.reply(self.sim.user_view(dev))

    async def get_product_device(self, request: Request) -> Response:
        if (r := await self.gate(request)) is not None:
            return r
        dev = _visible(self.sim, request.path_params["device_id"], request.path_params["product"])
        return dev if isinstance(dev, Response) else self.reply(dev)

    async def list_product_devices(self, request: Request) -> Response:
        if (r := await self.gate(request)) is not None:
            return r
        q = request.query_params
        paging = _page_args(q)
        if isinstance(paging, Response):
            return paging
        page, per_page = paging
        found = _filtered(list(self.sim.devices.values()), q)
        total_pages = max(1, math.ceil(len(found) / per_page))
        chunk = found[(page - 1) * per_page: page * per_page]
        return self.reply({"devices": chunk, "customers": [],
                           "meta": {"total_pages": total_pages, "page": page, "per_page": per_page,
                                    "total": len(found)}})

    async def lookup_serial(self, request: Request) -> Response:
        if (r := await self.gate(request)) is not None:
            return r
        serial = request.path_params["serial"].strip().upper()
        for dev in self.sim.devices.values():
            if str(dev.get("serial_number") or "").upper() == serial:
                body: dict[str, Any] = {"ok": True, self.sim.serial_key: dev["id"],
                                        "platform_id": dev.get("platform_id")}
                if dev.get("iccid"):
                    body["iccid"] = dev["iccid"]
                return self.reply(body)
        return JSONResponse({"ok": False, "error": "Serial number not found"}, 404)

    async def ping(self, request: Request) -> Response:
        if (r := await self.gate(request)) is not None:
            return r
        dev = _visible(self.sim, request.path_params["device_id"], request.path_params.get("product"))
        if isinstance(dev, Response):
            return dev
        if dev.get("online"):
            dev["last_heard"] = iso(self.sim.clock.now())
        return self.reply({"online": bool(dev.get("online")), "ok": True})

    async def stream(self, request: Request) -> Response:
        if (r := await self.gate(request, rest=False)) is not None:
            return r
        # The prefix arrives percent-decoded ("spark%2Fstatus" -> "spark/status"), so both forms work.
        prefix = request.path_params.get("prefix", "")
        sub = self.sim.subscribe(prefix, request.path_params.get("product"))
        return StreamingResponse(self._events(sub), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def _events(self, sub: Subscriber) -> AsyncIterator[str]:
        """One stream's body: events as they come, a keepalive comment when idle, until the stream is dropped."""
        try:
            yield ":ok\n\n"
            while True:
                try:
                    item = await asyncio.wait_for(sub.queue.get(), self.keepalive_seconds)
                except TimeoutError:
                    yield ":keepalive\n\n"  # comment line; Particle's own interval is unconfirmed (facts 3.5)
                    continue
                if item is None:
                    return
                yield item
        finally:
            self.sim.unsubscribe(sub)
