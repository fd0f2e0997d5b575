"""ParticleClient against the simulated cloud (in-process ASGI) and against httpx.MockTransport for transport faults."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from bot.cloud.client import ParticleClient, parse_retry_after
from bot.cloud.models import DeviceInfo
from bot.cloud.simulated import DEMO_DEVICES, SimCloud, create_sim_app
from bot.errors import CloudNotFound, CloudSeveral, CloudUnavailable

BASE = "http://sim.test"
PORCH = "3c002a000c47363433353735"
LIVING = "0a10aced202194944a0466f1"
UNCLAIMED = "3a0027001847363336383438"
QUARANTINED = "e00fce68a7c3d9e1b2f40577"
BORON = "e00fce68b91d2c3e4f5a6b7c"
SAFE_MODE = "e00fce68c4d5e6f708192a3b"
TOKEN = "test-token-0123456789"


class Sleeps:
    """Injected sleep: records the waits and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sim() -> SimCloud:
    return SimCloud(token=TOKEN)


@pytest.fixture
async def http(sim: SimCloud) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim))) as client:
        yield client


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make(http: httpx.AsyncClient, sleeps: Sleeps) -> Callable[..., ParticleClient]:
    def _make(product_id: str | None = None, token: str = TOKEN) -> ParticleClient:
        return ParticleClient(http, base_url=BASE + "/", token=token, product_id=product_id, sleep=sleeps)

    return _make


async def test_user_mode_get_device(make: Callable[..., ParticleClient], sim: SimCloud) -> None:
    client = make()
    dev = await client.get_device(PORCH)
    assert dev.id == PORCH and dev.name == "porch-sensor" and dev.platform == "photon"
    assert dev.claimed and not dev.online and dev.serial_number == "PHHAAB830ABCDEF"
    assert dev.mac_wifi == "6c:0b:84:4a:12:7e" and dev.system_firmware_version == "2.3.1"
    assert sim.requests[-1]["path"] == f"/v1/devices/{PORCH}"
    assert client.calls == [("GET", f"/v1/devices/{PORCH}")] and client.call_count(PORCH) == 1
    online = await client.get_device(LIVING)
    assert online.online and online.platform == "p2"


async def test_product_mode_get_device_has_product_fields(make: Callable[..., ParticleClient], sim: SimCloud) -> None:
    client = make(product_id="12345")
    dev = await client.get_device(QUARANTINED)
    assert dev.quarantined and sim.requests[-1]["path"] == f"/v1/products/12345/devices/{QUARANTINED}"
    safe = await client.get_device(SAFE_MODE)
    assert safe.status == "safe_mode" and safe.online
    boron = await client.get_device(BORON)
    assert boron.is_cellular and boron.platform == "boron"


async def test_unclaimed_device_product_mode_vs_user_mode(make: Callable[..., ParticleClient]) -> None:
    dev = await make(product_id="12345").get_device(UNCLAIMED)
    assert dev.owner is None and not dev.claimed
    with pytest.raises(CloudNotFound):  # the user's token cannot see an unclaimed device (403)
        await make().get_device(UNCLAIMED)


async def test_unknown_device_is_not_found_without_retry(make: Callable[..., ParticleClient], sleeps: Sleeps) -> None:
    client = make()
    with pytest.raises(CloudNotFound, match="Permission Denied"):
        await client.get_device("0123456789abcdef01234567")
    assert len(client.calls) == 1 and sleeps.waits == []


async def test_device_id_cannot_change_the_endpoint(sleeps: Sleeps) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(404, json={"ok": False, "error": "Permission Denied"})

    with pytest.raises(CloudNotFound):
        await mock_client(handler, sleeps).get_device("../serial_numbers/PHHAAB830ABCDEF")
    assert seen == [b"/v1/devices/..%2Fserial_numbers%2FPHHAAB830ABCDEF"]


async def test_401_is_unauthorized_and_not_retried(make: Callable[..., ParticleClient], sleeps: Sleeps) -> None:
    client = make(token="wrong")
    with pytest.raises(CloudUnavailable) as ei:
        await client.get_device(PORCH)
    assert ei.value.kind == "unauthorized" and len(client.calls) == 1 and sleeps.waits == []
    assert "wrong" not in str(ei.value)


async def test_403_from_server_is_not_found(make: Callable[..., ParticleClient], sim: SimCloud) -> None:
    sim.fail_next(1, 403)
    with pytest.raises(CloudNotFound):
        await make().get_device(PORCH)


async def test_408_is_retried_then_timeout(make: Callable[..., ParticleClient], sim: SimCloud, sleeps: Sleeps) -> None:
    sim.fail_next(3, 408)
    with pytest.raises(CloudUnavailable) as ei:
        await make().get_device(PORCH)
    assert ei.value.kind == "timeout" and sleeps.waits == [0.5, 1.0]


async def test_503_retried_then_success(make: Callable[..., ParticleClient], sim: SimCloud, sleeps: Sleeps) -> None:
    sim.fail_next(2, 503)
    client = make()
    dev = await client.get_device(PORCH)
    assert dev.id == PORCH and sleeps.waits == [0.5, 1.0] and client.call_count(PORCH) == 3


async def test_503_forever_is_server_error(make: Callable[..., ParticleClient], sim: SimCloud, sleeps: Sleeps) -> None:
    sim.fail_next(10, 503)
    with pytest.raises(CloudUnavailable) as ei:
        await make().get_device(PORCH)
    assert ei.value.kind == "server_error" and sleeps.waits == [0.5, 1.0]
    assert len(sim.requests) == 3


async def test_429_honours_retry_after(make: Callable[..., ParticleClient], sim: SimCloud, sleeps: Sleeps) -> None:
    sim.fail_next(1, 429, retry_after=7)
    dev = await make().get_device(PORCH)
    assert dev.id == PORCH and sleeps.waits == [7.0]


async def test_429_forever_is_rate_limited_with_retry_after(
    make: Callable[..., ParticleClient], sim: SimCloud, sleeps: Sleeps
) -> None:
    sim.fail_next(5, 429, retry_after=120)
    with pytest.raises(CloudUnavailable) as ei:
        await make().get_device(PORCH)
    assert ei.value.kind == "rate_limited" and ei.value.retry_after == 120
    assert sleeps.waits == [30.0, 30.0]  # capped


def test_parse_retry_after_forms() -> None:
    now = 1_800_000_000.0
    date = format_datetime(datetime.fromtimestamp(now + 12, UTC), usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(12)
    assert parse_retry_after("5", now=now) == 5 and parse_retry_after("-3", now=now) == 0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None


async def test_max_attempts_override(make: Callable[..., ParticleClient], sim: SimCloud, sleeps: Sleeps) -> None:
    sim.fail_next(1, 503)
    client = make()
    with pytest.raises(CloudUnavailable):
        await client.get_device(PORCH, max_attempts=1)
    assert client.call_count(PORCH) == 1 and sleeps.waits == []


async def test_bad_json_is_bad_response(make: Callable[..., ParticleClient], sim: SimCloud) -> None:
    sim.set_bad_json(1)
    with pytest.raises(CloudUnavailable) as ei:
        await make().get_device(PORCH)
    assert ei.value.kind == "bad_response"


def mock_client(handler: Callable[[httpx.Request], httpx.Response], sleeps: Sleeps, **kw: object) -> ParticleClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return ParticleClient(http, base_url=BASE, token=TOKEN, sleep=sleeps, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body",
    [
        {"name": "no-id"},  # missing id
        {"id": "", "name": "x"},
        {"id": PORCH, "online": "perhaps"},  # wrong type
        {"id": PORCH, "platform_id": {"x": 1}},
        [PORCH],  # not an object
        "just a string",
    ],
)
async def test_wrong_shapes_are_bad_response(body: object, sleeps: Sleeps) -> None:
    client = mock_client(lambda r: httpx.Response(200, json=body), sleeps)
    with pytest.raises(CloudUnavailable) as ei:
        await client.get_device(PORCH)
    assert ei.value.kind == "bad_response"


async def test_tolerant_parsing_of_strings_and_missing_fields(sleeps: Sleeps) -> None:
    body = {"id": PORCH, "platform_id": "12", "online": "true", "cellular": "false", "owner": None,
            "firmware_version": "7", "new_field": [1]}
    dev = await mock_client(lambda r: httpx.Response(200, json=body), sleeps).get_device(PORCH)
    assert dev == DeviceInfo(id=PORCH, platform_id=12, online=True, firmware_version=7, extra={"new_field": [1]})
    assert not dev.claimed and dev.platform == "argon"
    legacy = await mock_client(lambda r: httpx.Response(200, json={"id": PORCH, "connected": True, "owner": ""}),
                               sleeps).get_device(PORCH)
    assert legacy.online and not legacy.claimed


async def test_read_timeout_is_retried_then_timeout(sleeps: Sleeps) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(CloudUnavailable) as ei:
        await mock_client(handler, sleeps).get_device(PORCH)
    assert ei.value.kind == "timeout" and len(seen) == 3 and sleeps.waits == [0.5, 1.0]


async def test_network_error_then_success(sleeps: Sleeps) -> None:
    attempts = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"id": PORCH})

    assert (await mock_client(handler, sleeps).get_device(PORCH)).id == PORCH
    assert sleeps.waits == [0.5]


async def test_network_error_forever(sleeps: Sleeps) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(CloudUnavailable) as ei:
        await mock_client(handler, sleeps).get_device(PORCH)
    assert ei.value.kind == "network"


async def test_token_only_in_authorization_header(sleeps: Sleeps) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": PORCH})

    await mock_client(handler, sleeps).get_device(PORCH)
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}" and TOKEN not in str(seen[0].url)


async def test_timeout_is_passed_per_request(sleeps: Sleeps) -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"id": PORCH})

    await mock_client(handler, sleeps, timeout=2.5).get_device(PORCH)
    assert seen[0]["read"] == 2.5


@pytest.mark.parametrize("key", ["deviceID", "device_id"])
async def test_serial_lookup_both_field_names(key: str, sleeps: Sleeps) -> None:
    sim = SimCloud(token=TOKEN, serial_key=key)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim))) as http:
        client = ParticleClient(http, base_url=BASE, token=TOKEN, sleep=sleeps)
        assert await client.lookup_serial(" phhaab830abcdef ") == PORCH
        with pytest.raises(CloudNotFound):
            await client.lookup_serial("PHHAAB830ZZZZZZ")
    assert sim.requests[0]["path"] == "/v1/serial_numbers/PHHAAB830ABCDEF"


async def test_serial_lookup_product_fallback_to_device_list(sleeps: Sleeps) -> None:
    calls: list[str] = []
    devices = [{"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "serial_number": "PHHAAB830ABCDEFX"},  # partial match only
               {"id": PORCH, "serial_number": "PHHAAB830ABCDEF"}]

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if request.url.path.startswith("/v1/serial_numbers/"):
            return httpx.Response(404, json={"ok": False, "error": "not found"})
        assert request.url.params["serialNumber"] == "PHHAAB830ABCDEF"
        return httpx.Response(200, json={"devices": devices, "meta": {"total_pages": 1}})

    client = mock_client(handler, sleeps, product_id="my-product")
    assert await client.lookup_serial("PHHAAB830ABCDEF") == PORCH
    assert calls[1].startswith(f"{BASE}/v1/products/my-product/devices?")


async def test_serial_lookup_product_fallback_after_429(sleeps: Sleeps) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v1/serial_numbers/"):
            return httpx.Response(429, headers={"Retry-After": "3600"})
        return httpx.Response(200, json={"devices": [{"id": PORCH, "serial_number": "PHHAAB830ABCDEF"}]})

    assert await mock_client(handler, sleeps, product_id="p").lookup_serial("PHHAAB830ABCDEF") == PORCH
    assert sleeps.waits == []  # no point waiting an hour when the product list can answer


async def test_serial_not_found_in_product_either(make: Callable[..., ParticleClient]) -> None:
    with pytest.raises(CloudNotFound):
        await make(product_id="12345").lookup_serial("PHHAAB830NOPE00")


async def test_find_by_name_user_and_product(make: Callable[..., ParticleClient], sim: SimCloud) -> None:
    user = make()
    dev = await user.find_by_name("Porch-Sensor")
    assert dev is not None and dev.id == PORCH
    assert await user.find_by_name("porch") is None  # partial names do not count
    assert await user.find_by_name("spare-photon") is None  # unclaimed: not in the user's list
    product = make(product_id="12345")
    found = await product.find_by_name("SPARE-PHOTON")
    assert found is not None and found.id == UNCLAIMED and not found.claimed
    assert sim.requests[-1]["query"] == {"deviceName": "SPARE-PHOTON"}


async def test_a_name_typed_with_spaces_or_the_before_it_is_found(make: Callable[..., ParticleClient],
                                                                   sim: SimCloud) -> None:
    user = make()
    for typed in ("porch sensor", "the Porch Sensor", "porch_sensor"):
        dev = await user.find_by_name(typed)
        assert dev is not None and dev.id == PORCH, typed
    assert await user.find_by_name("the porch") is None  # still no part of a name
    product = make(product_id="12345")
    found = await product.find_by_name("spare photon")
    assert found is not None and found.id == UNCLAIMED
    assert sim.requests[-1]["query"] == {"deviceName": "photon"}  # the longest word: the server matches parts


async def test_a_kind_of_unit_that_fits_several_lists_them(make: Callable[..., ParticleClient]) -> None:
    user = make()
    with pytest.raises(CloudSeveral) as photons:
        await user.find_by_name("my photon")  # the account's Photon and its two Photon 2s
    assert photons.value.names == ["kitchen-hub", "living-room", "porch-sensor"]
    dev = await user.find_by_name("my boron")  # the account's only Boron
    assert dev is not None and dev.name == "field-tracker"
    with pytest.raises(CloudSeveral) as got:
        await user.find_by_name("my argon")
    assert got.value.names == ["garage-door", "lab-prototype", "shed-monitor"]
    assert await make(product_id="12345").find_by_name("my argon") is None  # never across a product


async def test_the_account_units_are_listed_in_user_mode_only(make: Callable[..., ParticleClient]) -> None:
    names = await make().account_names()
    assert "porch-sensor" in names and names == sorted(names) and "spare-photon" not in names  # not the account's
    with pytest.raises(CloudNotFound):
        await make(product_id="12345").account_names()  # a product's units are every customer's


async def test_events_url_forms(http: httpx.AsyncClient) -> None:
    user = ParticleClient(http, base_url="https://api.particle.io/", token=TOKEN)
    assert user.events_url() == "https://api.particle.io/v1/devices/events/spark%2Fstatus"
    product = ParticleClient(http, base_url="https://api.particle.io", token=TOKEN, product_id="my-slug")
    assert product.events_url() == "https://api.particle.io/v1/products/my-slug/events/spark%2Fstatus"


def test_demo_devices_are_realistic() -> None:
    ids = [d["id"] for d in DEMO_DEVICES]
    assert len(set(ids)) == len(ids) == 8
    assert all(len(i) == 24 and int(i, 16) >= 0 for i in ids)
    parsed = [DeviceInfo.from_api(json.loads(json.dumps(d))) for d in DEMO_DEVICES]
    assert [p.platform for p in parsed] == ["photon", "argon", "p2", "p2", "photon", "argon", "boron", "argon"]
    assert [p.online for p in parsed] == [False, False, False, True, False, False, False, True]


async def test_calls_sent_straight_to_the_shared_pool_behave_as_through_the_client(sim: SimCloud) -> None:
    """With `transport` (the shared pool, as `cyanbot serve` wires it), a call skips httpx's client layer
    (`send_direct`) and still sends its token, query and path, and maps errors the same way; the client given
    beside it is never used. The simulated cloud on a real loopback port, reached through aiohttp's pool."""
    from bot.httputil import wire_transport
    from tests.fakes.serve import ServerThread

    wire = wire_transport()

    def unused(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent through the client: {request.url}")

    try:
        with ServerThread(create_sim_app(sim)) as srv:
            async with httpx.AsyncClient(transport=httpx.MockTransport(unused)) as client:
                particle = ParticleClient(client, base_url=srv.url, token=TOKEN, transport=wire, sleep=Sleeps())
                dev = await particle.get_device(PORCH)
                assert dev.id == PORCH and dev.name == "porch-sensor"
                assert (await particle.find_by_name("porch-sensor")) is not None
                with pytest.raises(CloudNotFound):
                    await particle.get_device("0" * 24)
                with pytest.raises(CloudUnavailable) as refused:
                    await ParticleClient(client, base_url=srv.url, token="wrong", transport=wire,
                                         sleep=Sleeps()).get_device(PORCH)
                assert refused.value.kind == "unauthorized"
    finally:
        await wire.aclose()
    assert sim.requests[0]["path"] == f"/v1/devices/{PORCH}"


async def test_the_account_list_is_asked_once_for_lookups_at_the_same_moment_and_kept_for_list_ttl(
        http: httpx.AsyncClient, sim: SimCloud) -> None:
    """Name lookups read the account's device list: five at once share one call, the list answers lookups for
    LIST_TTL seconds, then is asked for again; a failed list call is not kept."""
    from bot.cloud.client import LIST_TTL

    now = [1000.0]
    client = ParticleClient(http, base_url=BASE, token=TOKEN, sleep=Sleeps(), clock=lambda: now[0], max_attempts=1)

    def lists() -> int:
        return len([r for r in sim.requests if r["path"] == "/v1/devices"])

    sim.set_delay(0.01)  # the answer takes a moment, so the five lookups are all under way before it comes
    found = await asyncio.gather(*(client.find_by_name(n) for n in ("porch-sensor", "shed", "porch-sensor",
                                                                     "nothing", "porch-sensor")))
    sim.set_delay(0)
    assert [f.id if f else None for f in found] == [PORCH, None, PORCH, None, PORCH]
    assert lists() == 1
    now[0] += LIST_TTL - 0.1
    assert await client.account_names() and lists() == 1
    now[0] += 0.2
    sim.fail_next(1, 503)
    with pytest.raises(CloudUnavailable):
        await client.find_by_name("porch-sensor")
    assert lists() == 2
    assert (await client.find_by_name("porch-sensor")) is not None  # the failure was not kept: asked again
    assert lists() == 3
