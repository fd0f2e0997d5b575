"""The simulated cloud's control routes under `/_sim/`: list and switch devices, set faults, read the request log.

They drive a `SimCloud` from a browser (the demo's device panel and the web chat panel); they need no token.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.cloud.models import PLATFORMS
from bot.cloud.sim_state import SimCloud

# The fields `/_sim/faults` accepts and their types.
FAULT_FIELDS: dict[str, type | tuple[type, ...]] = {
    "fail_next": int, "status": int, "retry_after": (int, float), "delay": (int, float), "bad_json": int,
}


def control_routes(sim: SimCloud) -> list[Route]:
    """The `/_sim/` routes over `sim`."""
    control = _SimControl(sim)
    return [
        Route("/_sim/devices", control.devices),
        Route("/_sim/devices/{device_id}", control.set_device, methods=["POST"]),
        Route("/_sim/faults", control.faults, methods=["POST"]),
        Route("/_sim/requests", control.requests),
    ]


def summary(dev: dict[str, Any]) -> dict[str, Any]:
    """What the device panel shows for one device."""
    pid = dev.get("platform_id")
    return {"id": dev["id"], "name": dev.get("name"), "platform": PLATFORMS.get(pid) if pid else None,
            "online": bool(dev.get("online")), "serial": dev.get("serial_number"),
            "claimed": bool(dev.get("owner")), "status": dev.get("status"),
            "quarantined": bool(dev.get("quarantined"))}


async def _read_json(request: Request) -> dict[str, Any] | Response:
    try:
        data = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        return JSONResponse({"ok": False, "error": "body must be a JSON object"}, 400)
    if not isinstance(data, dict):
        return JSONResponse({"ok": False, "error": "body must be a JSON object"}, 400)
    return data


def _fault_error(data: dict[str, Any]) -> str | None:
    """Why a `/_sim/faults` body is refused, or None if it is fine."""
    for key, value in data.items():
        if key not in FAULT_FIELDS:
            return f"unknown field {key!r}"
        if value is not None and (isinstance(value, bool) or not isinstance(value, FAULT_FIELDS[key])):
            return f"{key!r} must be a number"
    status = data.get("status") or 503
    if not 400 <= status <= 599:
        return '"status" must be 400-599'
    return None


class _SimControl:
    """The control route handlers over one SimCloud."""

    def __init__(self, sim: SimCloud) -> None:
        self.sim = sim

    async def devices(self, request: Request) -> Response:
        return JSONResponse({"devices": [summary(d) for d in self.sim.devices.values()]})

    async def set_device(self, request: Request) -> Response:
        device_id = request.path_params["device_id"]
        if device_id not in self.sim.devices:
            return JSONResponse({"ok": False, "error": "unknown device"}, 404)
        data = await _read_json(request)
        if isinstance(data, Response):
            return data
        online = data.get("online")
        if not isinstance(online, bool):
            return JSONResponse({"ok": False, "error": '"online" must be true or false'}, 400)
        self.sim.set_online(device_id, online)
        return JSONResponse({"ok": True, "device": summary(self.sim.devices[device_id])})

    async def faults(self, request: Request) -> Response:
        data = await _read_json(request)
        if isinstance(data, Response):
            return data
        error = _fault_error(data)
        if error is not None:
            return JSONResponse({"ok": False, "error": error}, 400)
        status = data.get("status") or 503
        if "fail_next" in data:
            self.sim.fail_next(data["fail_next"] or 0, status, data.get("retry_after"))
        if "delay" in data:
            self.sim.set_delay(data["delay"] or 0.0)
        if "bad_json" in data:
            self.sim.set_bad_json(data["bad_json"] or 0)
        return JSONResponse({"ok": True, "faults": self.sim.faults()})

    async def requests(self, request: Request) -> Response:
        return JSONResponse({"requests": self.sim.requests[-500:]})
