"""DeviceCache: the rate rule (one REST call naming a device per 5 s) with a FakeClock and the simulated cloud."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.clock import FakeClock
from bot.cloud.cache import DeviceCache
from bot.cloud.client import ParticleClient
from bot.cloud.models import StatusEvent
from bot.cloud.simulated import SimCloud, create_sim_app
from bot.errors import CloudNotFound, CloudUnavailable

TOKEN = "cache-token"
PORCH = "3c002a000c47363433353735"
LIVING = "0a10aced202194944a0466f1"


async def no_sleep(seconds: float) -> None:
    raise AssertionError("the cache must not make the client wait and retry inside the 5 s window")


@pytest.fixture
def sim() -> SimCloud:
    return SimCloud(token=TOKEN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def cache(sim: SimCloud, clock: FakeClock) -> AsyncIterator[DeviceCache]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim))) as http:
        client = ParticleClient(http, base_url="http://sim", token=TOKEN, sleep=no_sleep)
        yield DeviceCache(client, clock)


async def test_concurrent_callers_share_one_call(cache: DeviceCache, sim: SimCloud, clock: FakeClock) -> None:
    sim.set_delay(0.05)  # keep the call in flight while the others arrive
    results = await asyncio.wait_for(asyncio.gather(*(cache.get(PORCH) for _ in range(20))), 5)
    assert {r.id for r in results} == {PORCH}
    assert len(sim.requests_for(PORCH)) == 1 and cache.rest_calls(PORCH) == [clock.now()]


async def test_served_from_cache_within_the_window(cache: DeviceCache, sim: SimCloud, clock: FakeClock) -> None:
    start = clock.now()
    first = await cache.get(PORCH)
    clock.advance(4.9)
    assert await cache.get(PORCH) is first
    assert len(sim.requests_for(PORCH)) == 1
    clock.advance(0.1)
    await cache.get(PORCH)
    assert cache.rest_calls(PORCH) == [start, start + 5.0]
    assert len(sim.requests_for(PORCH)) == 2


async def test_devices_are_limited_independently(cache: DeviceCache, sim: SimCloud) -> None:
    await cache.get(PORCH)
    await cache.get(LIVING)
    assert len(sim.requests_for(PORCH)) == len(sim.requests_for(LIVING)) == 1


async def test_errors_are_cached_and_retried_after_the_window(
    cache: DeviceCache, sim: SimCloud, clock: FakeClock
) -> None:
    sim.fail_next(1, 503)
    with pytest.raises(CloudUnavailable) as first:
        await cache.get(PORCH)
    assert first.value.kind == "server_error" and cache.consecutive_failures(PORCH) == 1
    clock.advance(3)
    with pytest.raises(CloudUnavailable) as again:
        await cache.get(PORCH)
    assert again.value is first.value
    assert len(sim.requests_for(PORCH)) == 1  # one attempt: retries would break the rule
    clock.advance(2)
    assert (await cache.get(PORCH)).id == PORCH
    assert cache.consecutive_failures(PORCH) == 0 and len(sim.requests_for(PORCH)) == 2


async def test_not_found_is_cached(cache: DeviceCache, sim: SimCloud) -> None:
    unknown = "0123456789abcdef01234567"
    for _ in range(3):
        with pytest.raises(CloudNotFound):
            await cache.get(unknown)
    assert len(sim.requests_for(unknown)) == 1


async def test_retry_after_lengthens_the_window(cache: DeviceCache, sim: SimCloud, clock: FakeClock) -> None:
    sim.fail_next(1, 429, retry_after=12)
    with pytest.raises(CloudUnavailable) as ei:
        await cache.get(PORCH)
    assert ei.value.kind == "rate_limited" and ei.value.retry_after == 12
    clock.advance(6)
    with pytest.raises(CloudUnavailable):
        await cache.get(PORCH)
    clock.advance(6)
    assert (await cache.get(PORCH)).id == PORCH
    assert len(sim.requests_for(PORCH)) == 2


async def test_apply_status_updates_online_without_a_call(cache: DeviceCache, sim: SimCloud) -> None:
    assert not (await cache.get(PORCH)).online
    cache.apply_status(StatusEvent(PORCH, True, "2026-11-24T10:00:00.000Z"))
    dev = await cache.get(PORCH)
    assert dev.online and dev.name == "porch-sensor" and cache.peek(PORCH) == dev
    cache.apply_status(StatusEvent(LIVING, False))  # never fetched: nothing to update, no call
    assert cache.peek(LIVING) is None
    assert len(sim.requests) == 1


async def test_cancelled_caller_does_not_cause_a_second_call(cache: DeviceCache, sim: SimCloud) -> None:
    sim.set_delay(0.05)
    first = asyncio.create_task(cache.get(PORCH))
    await asyncio.sleep(0)  # let it start the shared call
    first.cancel()
    dev = await asyncio.wait_for(cache.get(PORCH), 5)
    assert dev.id == PORCH and first.cancelled()
    assert len(sim.requests_for(PORCH)) == 1


async def test_rate_rule_over_a_busy_minute(cache: DeviceCache, sim: SimCloud, clock: FakeClock) -> None:
    for _ in range(120):  # a refresh every half second, some of them concurrent
        await asyncio.gather(cache.get(PORCH), cache.get(PORCH))
        clock.advance(0.5)
    calls = cache.rest_calls(PORCH)
    assert len(calls) == 12 and len(sim.requests_for(PORCH)) == 12
    assert all(b - a >= 5.0 for a, b in zip(calls, calls[1:], strict=False))
