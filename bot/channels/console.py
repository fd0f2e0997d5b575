"""`cyanbot chat`: talk to the bot in the terminal, on the same engine, store and cloud as the server."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import httpx

from bot.channels.render import ConsoleRenderer
from bot.config import Settings
from bot.messages import Inbound, Part

HELP = """Type your answers as a customer would. Commands:
  /online [ID]   switch the (simulated) device online     /offline [ID]  switch it offline
  /devices       list simulated devices                   /quit          leave"""


class ConsoleSender:
    def __init__(self, out: Any = None) -> None:
        self.out = out or sys.stdout

    async def send(self, address: str, part: Part, meta: dict[str, Any]) -> str | None:
        self.out.write(f"\nbot> {part.text}\n")
        self.out.flush()
        return None


async def run_console(settings: Settings, *, phone: str | None = None, device: str | None = None,
                      lines: Any = None, out: Any = None) -> int:
    from bot.cloud.simulated import create_sim_app
    from bot.server.runtime import build_runtime

    out = out or sys.stdout
    cloud_http = None
    sim_app = None
    if settings.simulated_cloud:
        from bot.cloud.simulated import SimCloud

        sim = SimCloud(product_id=settings.particle_product_id)
        sim_app = create_sim_app(sim)
        cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=sim_app), base_url="http://sim")
        rt = build_runtime(settings, sim=sim, cloud_http=cloud_http, sim_base_url="http://sim")
    else:
        rt = build_runtime(settings)
    rt.engine.register_channel("console", ConsoleRenderer(), ConsoleSender(out))
    address = phone or "console"
    await rt.start(stream=not settings.simulated_cloud)
    out.write(f"cyanbot chat ({'simulated' if rt.sim else 'Particle'} cloud). {HELP}\n")
    loop = asyncio.get_running_loop()
    reader = lines or _stdin_lines(loop)
    current: str | None = device
    try:
        async for line in reader:
            text = line.strip()
            if not text:
                continue
            if text.startswith("/"):
                cmd, *rest = text.split()
                if cmd == "/quit":
                    break
                if cmd == "/devices" and rt.sim:
                    for d in rt.sim.devices.values():
                        out.write(f"  {d['id']}  {d.get('serial_number', '-'):16} {d.get('name')}"
                                  f"  {'online' if d.get('online') else 'offline'}\n")
                    continue
                if cmd in ("/online", "/offline") and rt.sim:
                    conv = rt.store.latest_conversation("console", address)
                    target = rest[0] if rest else (conv["device_id"] if conv else current)
                    if not target or not rt.sim.set_online(target, cmd == "/online"):
                        out.write("  (no such device; try /devices)\n")
                        continue
                    # Stands in for the event stream, which the in-process simulated cloud does not serve here.
                    await rt.notify_status(target, cmd == "/online")
                    await rt.engine.wait_idle(15)
                    continue
                out.write(HELP + "\n")
                continue
            meta = {"device_id": device.lower()} if device else {}
            await rt.engine.receive(Inbound(channel="console", address=address, text=text, meta=meta))
            await rt.engine.wait_idle(30)
    finally:
        await rt.stop()
        if cloud_http is not None:
            await cloud_http.aclose()
    return 0


async def _stdin_lines(loop: asyncio.AbstractEventLoop) -> Any:
    while True:
        sys.stdout.write("you> ")
        sys.stdout.flush()
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        yield line
