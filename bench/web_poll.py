"""Web chat poll cost: `GET /web/messages` on a session with 2,000 messages against one with 20 (issue 10).

Both sessions live in the same SQLite file; the poll asks from the start (`after=0`, the worst case: a page
reopened) and from near the end (the usual case). In-process ASGI transport: the figure is the server's work.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

RUNS = 60


async def _measure() -> dict[str, Any]:
    from bot.server.app import create_app
    from tests.harness import Rig, make_settings

    with tempfile.TemporaryDirectory() as tmp:
        rig = await Rig.start(make_settings(Path(tmp) / "bench.db"))
        try:
            sizes = {"small": 20, "large": 2000}
            for name, n in sizes.items():
                conv = rig.store.create_conversation("web", f"bench-{name}-session-0000000")
                with rig.store.atomic():
                    for i in range(n):
                        rig.store.add_message(conv.id, "in" if i % 2 else "out", f"message {i} " + "x" * 60)
            app = create_app(rig.rt, manage_lifespan=False)
            out: dict[str, Any] = {"name": "web_poll", "load": "GET /web/messages, 60 polls each, in-process"}
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as c:
                for name, n in sizes.items():
                    for label, after in (("from_start", 0), ("near_end", n - 5)):
                        times = []
                        for _ in range(RUNS):
                            t0 = time.perf_counter()
                            r = await c.get("/web/messages", params={"session": f"bench-{name}-session-0000000",
                                                                     "after": after})
                            times.append((time.perf_counter() - t0) * 1000)
                            assert r.status_code == 200
                        out[f"{name}_{label}_p50_ms"] = round(statistics.median(times), 2)
            out["ratio_large_to_small_near_end"] = round(out["large_near_end_p50_ms"] / out["small_near_end_p50_ms"], 2)
            out["ratio_large_to_small_from_start"] = round(
                out["large_from_start_p50_ms"] / out["small_from_start_p50_ms"], 2)
            return out
        finally:
            await rig.stop()


def run() -> dict[str, Any]:
    return asyncio.run(_measure())
