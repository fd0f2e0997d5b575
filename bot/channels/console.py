"""`cyanbot chat`: talk to the bot in the terminal, on the same engine and cloud as the server.

The chat keeps its conversations in a database of its own (in memory, gone when it ends) unless `--database`
names a file. An engine started on a running server's database would take over that server's work (its
timers, its outbox, the pending messages of its web and SMS customers), and a `/online` typed here would be
news for every conversation about that device; the chat must touch none of them. Only the customer directory
is read, read-only, from DATABASE_PATH, so `--phone` still finds a known customer's unit.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from bot.channels.render import ConsoleRenderer
from bot.cloud.models import StatusEvent
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


OWN_DATABASE = ":memory:"


def directory_entry(database_path: str, phone: str) -> dict[str, Any] | None:
    """The customer directory's entry for `phone` in the operator's database, read without writing anything (no
    migration, no file created); None when there is no such file, table or entry."""
    from bot.clock import SystemClock
    from bot.errors import StoreError
    from bot.store.store import Store

    try:
        store = Store.open_existing(database_path, SystemClock())
    except StoreError:
        return None
    if store is None:
        return None
    try:
        return store.customer_for("console", phone)
    except StoreError:
        return None
    finally:
        store.close()


async def run_console(rt: Any, settings: Settings, *, phone: str | None = None, device: str | None = None,
                      lines: Any = None, out: Any = None, own_db: bool = True, db_path: str = OWN_DATABASE,
                      on_stop: Any = None) -> int:
    """Talk to the bot on `rt` (a Runtime the CLI built with `bot.server.runtime.build_console_runtime`; the
    console does its own wiring nowhere: channels never reach into the server). `own_db`: the chat keeps its own
    in-memory database (see the module docstring); `on_stop` is awaited after the runtime stops."""
    out = out or sys.stdout
    rt.engine.register_channel("console", ConsoleRenderer(), ConsoleSender(out))
    address = phone or "console"
    if own_db and phone:
        known = directory_entry(settings.database_path, phone)
        if known is not None:
            rt.store.add_customer(known["device_id"], phone, None, known.get("name"))
    await rt.start(stream=not settings.simulated_cloud)
    where = "its own database in memory" if own_db else f"database {db_path}"
    out.write(f"cyanbot chat ({'simulated' if rt.sim else 'Particle'} cloud, {where}). {HELP}\n")
    loop = asyncio.get_running_loop()
    reader = lines or _stdin_lines(loop)
    try:
        async for line in reader:
            text = line.strip()
            if not text:
                continue
            if text.startswith("/"):
                if not await _command(rt, out, text, address, device):
                    break
                continue
            meta = {"device_id": device.lower()} if device else {}
            await rt.engine.receive(Inbound(channel="console", address=address, text=text, meta=meta))
            await rt.engine.wait_idle(30)
    finally:
        await rt.stop()
        if on_stop is not None:
            await on_stop()
    return 0


async def _command(rt: Any, out: Any, text: str, address: str, current: str | None) -> bool:
    """Run one slash command; False for /quit."""
    cmd, *rest = text.split()
    if cmd == "/quit":
        return False
    if cmd == "/devices" and rt.sim:
        for d in rt.sim.devices.values():
            out.write(f"  {d['id']}  {d.get('serial_number', '-'):16} {d.get('name')}"
                      f"  {'online' if d.get('online') else 'offline'}\n")
        return True
    if cmd in ("/online", "/offline") and rt.sim:
        await _switch(rt, out, cmd == "/online", rest, address, current)
        return True
    out.write(HELP + "\n")
    return True


async def _switch(rt: Any, out: Any, online: bool, rest: list[str], address: str, current: str | None) -> None:
    """/online or /offline: switch a simulated device (the one named, else this chat's) and let the bot hear it."""
    conv = rt.store.latest_conversation("console", address)
    target = rest[0] if rest else (conv["device_id"] if conv else current)
    target = target.lower() if target else None
    if not target or not rt.sim.set_online(target, online):
        out.write("  (no such device; try /devices)\n")
        return
    others = set(rt.store.active_for_device(target)) - ({conv["id"]} if conv else set())
    if others:
        # A shared --database: the news would reach every conversation about the device, other
        # customers' included. Only this chat's cloud changes; the bot sees it at its next check.
        rt.cloud.apply_status(StatusEvent(device_id=target, online=online))
        out.write(f"  (switched in this chat's simulated cloud only: {len(others)} other "
                  "conversation(s) in this database follow that device, so the news is not "
                  "announced; your next message lets the bot see it)\n")
        return
    # Stands in for the event stream, which the in-process simulated cloud does not serve here.
    await rt.notify_status(target, online)
    await rt.engine.wait_idle(15)


async def _stdin_lines(loop: asyncio.AbstractEventLoop) -> Any:
    while True:
        sys.stdout.write("you> ")
        sys.stdout.flush()
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        yield line
