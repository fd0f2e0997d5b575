"""A test rig: the real runtime (store, engine, flow, cloud client) on a fake clock and the simulated cloud.

The cloud is the simulated Particle Cloud served in-process through httpx.ASGITransport (REST). Stream events
are delivered with `Runtime.notify_status`, the same path the SSE reader uses; the reader itself is tested on a
real socket in test_cloud_events.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bot.clock import FakeClock
from bot.cloud.simulated import DEMO_DEVICES, SimCloud, create_sim_app
from bot.config import Settings
from bot.messages import Inbound
from bot.server import views
from bot.server.runtime import Runtime, build_runtime

SEED_ID = DEMO_DEVICES[0]["id"]
SEED_SERIAL = DEMO_DEVICES[0]["serial_number"]
HOTSPOT = {"hotspot_ssid": "CyanRescue", "hotspot_password": "rescue-2024"}


async def _no_sleep(_: float) -> None:
    return None


def make_settings(db: Path | str, **over: Any) -> Settings:
    base: dict[str, Any] = {"database_path": str(db), **HOTSPOT, "hotspot_wait_seconds": 300,
                            "reply_timeout_seconds": 900}
    base.update(over)
    return Settings(_env_file=None, **base)  # type: ignore[call-arg]


@dataclass
class Rig:
    """One running bot. `say()` is a customer message; `advance()` moves time and fires due timers."""

    settings: Settings
    clock: FakeClock
    sim: SimCloud
    rt: Runtime
    channel: str = "web"
    address: str = "session-1"
    cloud_http: httpx.AsyncClient | None = None
    sent: list[str] = field(default_factory=list)

    @classmethod
    async def start(cls, settings: Settings, *, clock: FakeClock | None = None, sim: SimCloud | None = None,
                    channel: str = "web", address: str = "session-1", http: httpx.AsyncClient | None = None,
                    **kw: Any) -> Rig:
        clock = clock or FakeClock()
        sim = sim or SimCloud(clock=clock, product_id=settings.particle_product_id)
        cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim)),
                                       base_url="http://sim")
        rt = build_runtime(settings, clock=clock, sim=sim, cloud_http=cloud_http, sim_base_url="http://sim",
                           http=http, cloud_sleep=_no_sleep, **kw)
        await rt.start(stream=False)
        return cls(settings, clock, sim, rt, channel, address, cloud_http)

    async def stop(self) -> None:
        await self.rt.stop()
        if self.cloud_http is not None:
            await self.cloud_http.aclose()

    async def restart(self) -> None:
        """A new process on the same database (the old one stops without finishing anything)."""
        await self.stop()
        fresh = await Rig.start(self.settings, clock=self.clock, sim=self.sim, channel=self.channel,
                                address=self.address)
        self.rt, self.cloud_http = fresh.rt, fresh.cloud_http
        await self.rt.engine.run_due()
        await self.rt.engine.wait_idle(10)

    @property
    def engine(self) -> Any:
        return self.rt.engine

    @property
    def store(self) -> Any:
        return self.rt.store

    async def say(self, text: str, **meta: Any) -> list[str]:
        before = len(self.outbound())
        await self.engine.receive(Inbound(channel=self.channel, address=self.address, text=text, meta=meta))
        await self.engine.wait_idle(10)
        return [m["text"] for m in self.outbound()[before:]]

    async def online(self, on: bool = True, device_id: str | None = None) -> list[str]:
        before = len(self.outbound())
        dev = device_id or self.conversation()["device_id"]
        self.sim.set_online(dev, on)
        await self.rt.notify_status(dev, on)
        await self.engine.wait_idle(10)
        return [m["text"] for m in self.outbound()[before:]]

    async def advance(self, seconds: float) -> list[str]:
        before = len(self.outbound())
        self.clock.advance(seconds)
        await self.engine.run_due()
        await self.engine.wait_idle(10)
        return [m["text"] for m in self.outbound()[before:]]

    async def agent(self, action: str, who: str = "U-AGENT") -> list[str]:
        """A person at support acts on this conversation: "take" (over), "release" (give back) or "resolve"."""
        before = len(self.outbound())
        conv_id = self.conversation()["id"]
        act = {"take": self.engine.agent_takeover, "release": self.engine.agent_release,
               "resolve": self.engine.agent_resolve}[action]
        await act(conv_id, who)
        await self.engine.wait_idle(10)
        return [m["text"] for m in self.outbound()[before:]]

    def conversation(self) -> dict[str, Any]:
        row = self.store.latest_conversation(self.channel, self.address)
        assert row is not None, "no conversation yet"
        conv = views.conversation_detail(self.store, row["id"])
        assert conv is not None
        return conv

    def outbound(self) -> list[dict[str, Any]]:
        return [m for m in self.store.messages_for_address(self.channel, self.address)
                if m["direction"] in ("out", "agent")]

    def codes(self) -> set[str]:
        return {f["code"] for f in self.conversation()["findings"]}
