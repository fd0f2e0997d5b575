"""The simulated Particle Cloud: REST shapes, auth, errors, fault switches, control routes and SSE framing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from bot.clock import FakeClock
from bot.cloud.models import StatusEvent
from bot.cloud.simulated import DEMO_DEVICES, SimCloud, create_sim_app
from tests.fakes.serve import ServerThread

TOKEN = "sim-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PORCH = "3c002a000c47363433353735"
UNCLAIMED = "3a0027001847363336383438"
QUARANTINED = "e00fce68a7c3d9e1b2f40577"
LIVING = "0a10aced202194944a0466f1"


@pytest.fixture
def sim() -> SimCloud:
    return SimCloud(token=TOKEN, clock=FakeClock(1_800_000_000.0))


@pytest.fixture
async def http(sim: SimCloud) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_sim_app(sim))
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
        yield client


async def test_auth_required(http: httpx.AsyncClient) -> None:
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer x"}):
        r = await http.get(f"/v1/devices/{PORCH}", headers=headers)
        assert r.status_code == 401 and r.json()["error_description"]
    assert (await http.get(f"/v1/devices/{PORCH}", headers=AUTH)).status_code == 200


async def test_any_token_when_none_configured() -> None:
    app = create_sim_app(SimCloud())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as http:
        assert (await http.get("/v1/devices", headers={"Authorization": "Bearer anything"})).status_code == 200


async def test_user_routes(http: httpx.AsyncClient) -> None:
    listed = (await http.get("/v1/devices", headers=AUTH)).json()
    ids = [d["id"] for d in listed]
    assert UNCLAIMED not in ids and len(ids) == len(DEMO_DEVICES) - 1
    assert listed[0]["last_handshake_at"] >= listed[-1]["last_handshake_at"]  # newest handshake first
    dev = (await http.get(f"/v1/devices/{QUARANTINED}", headers=AUTH)).json()
    assert "quarantined" not in dev and dev["owner"]  # product-only fields only on product routes
    r = await http.get(f"/v1/devices/{UNCLAIMED}", headers=AUTH)
    assert r.status_code == 403 and r.json()["error"] == "Permission Denied"
    r = await http.get("/v1/devices/0123456789abcdef01234567", headers=AUTH)
    assert r.status_code == 404 and r.json() == {"ok": False, "error": "Permission Denied",
                                                 "info": "I didn't recognize that device name or ID"}


async def test_product_routes_filters_and_pages(http: httpx.AsyncClient) -> None:
    dev = (await http.get(f"/v1/products/42/devices/{QUARANTINED}", headers=AUTH)).json()
    assert dev["quarantined"] is True
    body = (await http.get("/v1/products/42/devices", params={"deviceName": "PORCH"}, headers=AUTH)).json()
    assert [d["id"] for d in body["devices"]] == [PORCH] and body["meta"]["total_pages"] == 1
    body = (await http.get("/v1/products/42/devices", params={"serialNumber": "phhaab830"}, headers=AUTH)).json()
    assert {d["id"] for d in body["devices"]} == {PORCH, UNCLAIMED}
    body = (await http.get("/v1/products/42/devices", params={"deviceId": "e00fce68"}, headers=AUTH)).json()
    assert len(body["devices"]) == 4
    pages = [(await http.get("/v1/products/42/devices", params={"page": p, "perPage": 3}, headers=AUTH)).json()
             for p in (1, 2, 3)]
    assert [len(p["devices"]) for p in pages] == [3, 3, 2] and pages[0]["meta"]["total_pages"] == 3
    r = await http.get("/v1/products/42/devices", params={"page": "x"}, headers=AUTH)
    assert r.status_code == 400


async def test_product_id_is_checked_when_configured() -> None:
    app = create_sim_app(SimCloud(product_id="cyan-demo"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as http:
        h = {"Authorization": "Bearer t"}
        assert (await http.get(f"/v1/products/cyan-demo/devices/{PORCH}", headers=h)).status_code == 200
        assert (await http.get(f"/v1/products/other/devices/{PORCH}", headers=h)).status_code == 404


async def test_serial_lookup_and_ping(http: httpx.AsyncClient) -> None:
    r = await http.get("/v1/serial_numbers/PHHAAB830ABCDEF", headers=AUTH)
    assert r.json() == {"ok": True, "deviceID": PORCH, "platform_id": 6}
    r = await http.get("/v1/serial_numbers/NOPE", headers=AUTH)
    assert r.status_code == 404 and r.json()["ok"] is False
    assert (await http.put(f"/v1/devices/{LIVING}/ping", headers=AUTH)).json() == {"online": True, "ok": True}
    assert (await http.put(f"/v1/products/42/devices/{PORCH}/ping", headers=AUTH)).json()["online"] is False


async def test_unknown_route_is_json_404(http: httpx.AsyncClient) -> None:
    r = await http.get("/v2/whatever", headers=AUTH)
    assert r.status_code == 404 and r.json()["ok"] is False


async def test_fault_switches(http: httpx.AsyncClient, sim: SimCloud) -> None:
    sim.fail_next(2, 429, retry_after=1.5)
    for _ in range(2):
        r = await http.get(f"/v1/devices/{PORCH}", headers=AUTH)
        assert r.status_code == 429 and r.headers["Retry-After"] == "2"
    assert (await http.get(f"/v1/devices/{PORCH}", headers=AUTH)).status_code == 200
    sim.set_bad_json(1)
    r = await http.get(f"/v1/devices/{PORCH}", headers=AUTH)
    with pytest.raises(ValueError):
        r.json()
    sim.set_delay(0.5)  # ASGITransport ignores httpx timeouts, so bound the wait from outside
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(http.get(f"/v1/devices/{PORCH}", headers=AUTH), 0.05)


async def test_request_log_names_devices(http: httpx.AsyncClient, sim: SimCloud) -> None:
    await http.get(f"/v1/products/42/devices/{PORCH}", headers=AUTH)
    await http.get("/v1/products/42/devices", params={"deviceName": "x"}, headers=AUTH)
    assert sim.requests[0] == {"method": "GET", "path": f"/v1/products/42/devices/{PORCH}", "query": {},
                               "at": 1_800_000_000.0, "device_id": PORCH}
    assert sim.requests[1]["query"] == {"deviceName": "x"} and sim.requests[1]["device_id"] is None
    assert "Authorization" not in str(sim.requests) and TOKEN not in str(sim.requests)


async def test_set_online_updates_the_device(sim: SimCloud) -> None:
    assert sim.set_online(PORCH, True) and not sim.set_online(PORCH, True)
    dev = sim.devices[PORCH]
    assert dev["online"] is dev["connected"] is True
    assert dev["last_heard"] == dev["last_handshake_at"] == "2027-01-15T08:00:00.000Z"


async def test_in_process_listeners_see_status_changes(sim: SimCloud) -> None:
    seen: list[StatusEvent] = []
    sim.listeners.append(seen.append)
    sim.set_online(PORCH, True)
    sim.publish(PORCH, "auto-update")
    assert seen == [StatusEvent(PORCH, True, "2027-01-15T08:00:00.000Z")]


async def test_control_routes(http: httpx.AsyncClient, sim: SimCloud) -> None:
    listed = (await http.get("/_sim/devices")).json()["devices"]
    porch = next(d for d in listed if d["id"] == PORCH)
    assert porch == {"id": PORCH, "name": "porch-sensor", "platform": "photon", "online": False,
                     "serial": "PHHAAB830ABCDEF", "claimed": True, "status": "normal", "quarantined": False}
    r = await http.post(f"/_sim/devices/{PORCH}", json={"online": True})
    assert r.status_code == 200 and r.json()["device"]["online"] is True and sim.devices[PORCH]["online"]
    for bad in (b"", b"not json", b"[1]", b'{"online": "yes"}'):
        r = await http.post(f"/_sim/devices/{PORCH}", content=bad)
        assert r.status_code == 400 and r.json()["ok"] is False
    assert (await http.post("/_sim/devices/nope", json={"online": True})).status_code == 404
    r = await http.post("/_sim/faults", json={"fail_next": 1, "status": 503, "retry_after": 2})
    assert r.json()["faults"]["fail_next"] == 1
    assert (await http.get(f"/v1/devices/{PORCH}", headers=AUTH)).status_code == 503
    for bad_faults in ({"fail_next": "x"}, {"status": 200}, {"nope": 1}, {"fail_next": True}):
        assert (await http.post("/_sim/faults", json=bad_faults)).status_code == 400


async def test_mounted_under_a_prefix(sim: SimCloud) -> None:
    outer = Starlette(routes=[Mount("/simcloud", app=create_sim_app(sim))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=outer), base_url="http://s") as http:
        assert (await http.get(f"/simcloud/v1/devices/{PORCH}", headers=AUTH)).json()["id"] == PORCH
        assert (await http.get("/simcloud/_sim/devices")).status_code == 200


async def test_sse_framing_keepalive_and_product_fields() -> None:
    sim = SimCloud(token=TOKEN, clock=FakeClock(1_800_000_000.0))
    with ServerThread(create_sim_app(sim, keepalive_seconds=0.05)) as srv:
        async with httpx.AsyncClient(base_url=srv.url) as http:
            async with http.stream("GET", "/v1/products/42/events/spark%2Fstatus", headers=AUTH) as r:
                assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
                lines = r.aiter_lines()

                async def line() -> str:
                    return await asyncio.wait_for(anext(lines), 5)

                assert [await line(), await line()] == [":ok", ""]
                assert (await line()).startswith(":")  # a keep-alive comment
                sim.set_online(UNCLAIMED, True)
                while (current := await line()) != "event: spark/status":
                    assert current.startswith(":") or current == ""
                assert await line() == (
                    'data: {"data":"online","ttl":60,"published_at":"2027-01-15T08:00:00.000Z",'
                    f'"coreid":"{UNCLAIMED}","userid":"","version":7,"public":false,"productID":42}}'
                )
                assert await line() == ""


async def test_sse_requires_auth() -> None:
    sim = SimCloud(token=TOKEN)
    with ServerThread(create_sim_app(sim)) as srv:
        async with httpx.AsyncClient(base_url=srv.url) as http:
            r = await http.get("/v1/devices/events/spark%2Fstatus", headers={"Authorization": "Bearer nope"})
            assert r.status_code == 401 and "invalid" in r.json()["error_description"]
    assert sim.open_streams == 0
