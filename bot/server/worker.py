"""`cyanbot worker`: the engine in its own process (steps, outbox, timers, the Particle event stream).

Web processes store work and wake it over the wake line (bot/engine/wake.py). Exactly one worker runs per database:
it holds the "worker" lease while it runs; a second one waits on standby and takes over when the first stops or
dies. Started by `cyanbot serve`, which also stops it; it stops by itself when that parent dies (kill -9).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal

from bot.config import Settings
from bot.engine.lease import Lease
from bot.server.runtime import build_runtime

log = logging.getLogger("cyanbot.worker")

LEASE = "worker"
LEASE_TTL = 10.0
RENEW_SECONDS = 2.0
STANDBY_POLL = 0.2  # a standby worker takes over within this of the lease being freed (a restart drain waits on it)


async def run_worker(settings: Settings, *, sim_base_url: str | None = None, parent_pid: int | None = None,
                     nice: int = 0, freeze_heap: bool = False) -> int:
    """Run until SIGTERM/SIGINT, or until the parent process is gone. Returns the exit code. `freeze_heap`: this
    is the worker's own process (see `Runtime.freeze_heap`)."""
    if nice:
        # When both processes want the CPU, webhooks are answered first: Twilio and Slack time out in seconds, while
        # the replies wait, stored, for the next free moment.
        os.nice(nice)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    rt = build_runtime(settings, sim_base_url=sim_base_url, role="worker")
    rt.freeze_heap = freeze_heap
    lease = Lease(rt.store, rt.clock, LEASE, ttl=LEASE_TTL)
    watch = asyncio.create_task(_watch(lease, parent_pid, stop), name="cyanbot-worker-watch")
    try:
        if not await _take(lease, stop):
            return 0
        await rt.start()
        log.info("worker.started pid=%d", os.getpid())
        await stop.wait()
    finally:
        watch.cancel()
        await asyncio.gather(watch, return_exceptions=True)
        await rt.stop()
        with contextlib.suppress(Exception):  # a closed database: the lease simply runs out
            lease.release()
        rt.store.close()
    return 0


async def _take(lease: Lease, stop: asyncio.Event) -> bool:
    """Wait (on standby) until this process holds the lease; False when asked to stop first."""
    said = False
    while not lease.hold():
        if not said:
            log.warning("worker.standby: another worker runs on this database; waiting to take over")
            said = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), STANDBY_POLL)
        if stop.is_set():
            return False
    return True


async def _watch(lease: Lease, parent_pid: int | None, stop: asyncio.Event) -> None:
    """Renew the lease; stop when it was lost (another worker took it) or when the parent `serve` is gone."""
    held = False
    while not stop.is_set():
        await asyncio.sleep(RENEW_SECONDS / 4)
        if parent_pid is not None and os.getppid() != parent_pid:
            log.warning("worker.parent_gone: stopping")
            stop.set()
            return
        if lease.store.lease_holder(lease.name) == lease.holder:
            held = True
        if held and not lease.hold():
            log.error("worker.lease_lost: another worker took over; stopping")
            stop.set()
            return
