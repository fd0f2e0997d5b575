"""`cyanbot serve`: the web server in this process and the engine's worker beside it (or both in one process).

The web process takes messages in (stores them, wakes the worker) and answers HTTP; the worker runs the flow
steps, the outbox, the timers and the Particle event stream, so neither a slow step nor a provider call ever
holds up a webhook. `--one-process` runs everything in the web server's loop, as tests and `chat` do.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from bot.server import SIM_PREFIX
from bot.server.supervisor import WorkerSupervisor

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.server.runtime import Runtime


# The worker yields the CPU to the web process when both want it (measured: webhook throughput +10-15 % on two
# cores with nice 5 to 19; turns are unaffected while there is CPU to spare).
WORKER_NICE = 5


def _announce(rt: Runtime, s: Settings, host: str, port: int, one_process: bool) -> None:
    print(f"cyanbot serving on http://{host}:{port}", flush=True)
    print(f"  channels: {', '.join(rt.channels)}", flush=True)
    print(f"  cloud: {rt.cloud_kind}" + (" (demo devices; switch them in the web chat panel)" if rt.sim else
                                         f" ({s.particle_api_base_url}"
                                         + (f", product {s.particle_product_id})" if s.product_mode else ", user mode)")),
          flush=True)
    print(f"  database: {s.database_path}", flush=True)
    print(f"  engine: {'in this process' if one_process else 'worker process (cyanbot worker), started here'}",
          flush=True)
    print(f"  slack: {'on' if 'slack' in rt.channels else 'off (cases stay in the API and CLI)'}", flush=True)
    admin = rt.admin_token()
    if admin.created:
        # Shown once, when it is made; `cyanbot admin-token` shows it again. Never logged.
        print(f"  admin token: {admin.value} (new; saved in {admin.source}, mode 0600)", flush=True)
    elif admin.source == "setting":
        print("  admin token: from ADMIN_TOKEN", flush=True)
    else:
        print(f"  admin token: in {admin.source} (`cyanbot admin-token` prints it)", flush=True)


def sim_url(port: int) -> str:
    """Where the web process serves the simulated Particle Cloud (the worker's cloud client calls it there)."""
    return f"http://127.0.0.1:{port}{SIM_PREFIX}"


def start_worker(port: int) -> WorkerSupervisor:
    """Start `cyanbot worker` beside this process (restarted if it dies). Called before this process imports
    anything heavy: the two start up side by side, and after a restart the worker is draining the backlog about as
    soon as the server answers."""
    worker = WorkerSupervisor([sys.executable, "-m", "bot", "worker", "--sim-url", sim_url(port),
                               "--parent", str(os.getpid())])
    worker.start()
    return worker


def serve(s: Settings, host: str, port: int, *, worker: WorkerSupervisor | None) -> int:
    """Serve HTTP until stopped; with `worker` (see start_worker) the engine runs there, without it in this
    process (`--one-process`)."""
    one_process = worker is None
    import uvicorn

    from bot.server.app import create_app
    from bot.server.runtime import build_runtime

    rt = build_runtime(s, sim_base_url=sim_url(port), role="all" if one_process else "web")
    rt.freeze_heap = True
    _announce(rt, s, host, port, one_process)
    app = create_app(rt)

    class Server(uvicorn.Server):
        """uvicorn, plus: a stop signal closes our own event stream and stops the worker at once."""

        def handle_exit(self, sig: int, frame: Any) -> None:
            rt.begin_shutdown()
            if worker is not None:
                worker.terminate()
            super().handle_exit(sig, frame)

    # Requests still open 2 s after the signal are cut: `serve` exits within 3 s (design §2). Work in flight is
    # durable (stored before it is processed, outbox rows sent once), so what is cut is picked up at the next start.
    # loop="asyncio", not uvicorn's "auto", which takes uvloop whenever something installed it: measured, the web
    # process then used 60 % more CPU per webhook. Part of it: libuv counts timers in whole milliseconds, so the
    # intake's 0.5 ms lock retry fired at once and spun while the worker held the write lock (README "Where the
    # time goes").
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=2, loop="asyncio")
    try:
        Server(config).run()
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled: exit quietly, it was asked for
        return 130
    finally:
        if worker is not None:
            worker.stop()
    return 0


def run_worker_process(s: Settings, *, sim_url: str | None, parent: int | None) -> int:
    import asyncio

    from bot.server.worker import run_worker

    try:
        return asyncio.run(run_worker(s, sim_base_url=sim_url, parent_pid=parent, nice=WORKER_NICE,
                                      freeze_heap=True))
    except KeyboardInterrupt:
        return 130
