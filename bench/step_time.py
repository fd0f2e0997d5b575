"""Benchmark: the time of one full conversation step (customer message in -> reply stored and queued),
on the real engine, store (SQLite file) and cloud client against the simulated cloud (in-process ASGI).

Baseline measured in the same run: a bare SQLite insert+select of one message row, the floor of any step.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.clock import FakeClock
from bot.messages import Inbound

STEPS = 300


async def _run(n: int) -> dict[str, Any]:
    from tests.harness import SEED_SERIAL, Rig, make_settings

    with tempfile.TemporaryDirectory() as d:
        clock = FakeClock()
        rig = await Rig.start(make_settings(Path(d) / "bench.db"), clock=clock)
        try:
            times: list[float] = []
            for i in range(n):
                addr = f"bench-{i}"
                await rig.engine.receive(Inbound(channel="web", address=addr, text="hi"))
                await rig.engine.wait_idle(10)
                await rig.engine.receive(Inbound(channel="web", address=addr, text=SEED_SERIAL))
                await rig.engine.wait_idle(10)
                clock.advance(6)  # a fresh cloud call for each measured step (rate rule: 1 per device per 5 s)
                t0 = time.perf_counter()
                await rig.engine.receive(Inbound(channel="web", address=addr, text="blinking green, normal speed"))
                await rig.engine.wait_idle(10)
                times.append(time.perf_counter() - t0)
            db = Database(rig.store.db.conn)  # the baseline as measured in earlier runs: through sqlite-utils
            base: list[float] = []
            for i in range(n):
                t0 = time.perf_counter()
                db.execute("INSERT INTO deliveries(source, key, at) VALUES ('bench', ?, 0)", [f"k{i}"])
                list(db.query("SELECT * FROM deliveries WHERE source = 'bench' AND key = ?", [f"k{i}"]))
                base.append(time.perf_counter() - t0)
        finally:
            await rig.stop()
    times.sort()
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    b50 = statistics.median(base)
    return {
        "name": "conversation_step_time",
        "load": f"{n} sequential steps (LED answer with cloud refresh), simulated cloud in-process, SQLite WAL file",
        "p50_ms": round(p50 * 1000, 3),
        "p99_ms": round(p99 * 1000, 3),
        "baseline": "one SQLite insert+select (same run)",
        "baseline_p50_ms": round(b50 * 1000, 4),
        "ratio_to_baseline": round(p50 / b50, 1) if b50 else None,
    }


def run(n: int = STEPS) -> dict[str, Any]:
    return asyncio.run(_run(n))
