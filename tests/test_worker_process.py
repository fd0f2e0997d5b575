"""The engine in its own process (issue 11 item 6): the wake line, a web process and a worker on one database,
and the real processes: `serve` starts and stops its worker, a second worker waits on standby (one lease), and
kill -9 of the worker or of `serve` loses nothing and sends nothing twice."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.clock import FakeClock
from bot.cloud.simulated import SimCloud, create_sim_app
from bot.engine.wake import WakeClient, WakeServer, wake_path
from bot.server.app import create_app
from bot.server.runtime import build_runtime
from tests.harness import SEED_SERIAL, make_settings
from tests.processes import pid_gone, workers_of
from tests.test_reliability_sms import World, until
from tests.test_reliability_sms import world as world  # noqa: PLC0414 - the fixture, under its name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets and SIGKILL")


# -- the wake line ---------------------------------------------------------------------------------------------

async def test_a_wait_returns_only_after_the_worker_drained_that_kick(tmp_path: Path) -> None:
    kicked: list[str] = []
    server = WakeServer(str(tmp_path / "w.wake"), kicked.append)
    await server.start()
    client = WakeClient(server.path)
    try:
        client.kick("c1")
        waiting = asyncio.create_task(client.wait("c1", timeout=5))
        await until_async(lambda: kicked == ["c1"])
        await asyncio.sleep(0)
        assert not waiting.done(), "answered before the worker said the conversation was idle"
        server.idle("c2")  # another conversation's drain answers nothing here
        await asyncio.sleep(0.05)
        assert not waiting.done()
        server.idle("c1")
        await asyncio.wait_for(waiting, 5)
        await client.wait("c1", timeout=0.01)  # nothing owed any more: returns at once
    finally:
        await client.close()
        await server.stop()
    assert not Path(server.path).exists(), "the socket file is removed at stop"


async def test_kicks_sent_while_the_worker_is_down_reach_it_when_it_comes_back(tmp_path: Path) -> None:
    path = str(tmp_path / "w.wake")
    client = WakeClient(path, retry_seconds=0.02)
    kicked: list[str] = []
    try:
        client.kick("c1")
        client.kick("c2")
        waiting = asyncio.create_task(client.wait("c1", timeout=5))
        await asyncio.sleep(0.05)
        server = WakeServer(path, kicked.append)
        await server.start()
        await until_async(lambda: sorted(kicked) == ["c1", "c2"])
        server.idle("c1")
        await asyncio.wait_for(waiting, 5)
        # the worker restarts: a wait still owed is asked again of the new one
        client.kick("c3")
        waiting = asyncio.create_task(client.wait("c3", timeout=5))
        await until_async(lambda: "c3" in kicked)
        await server.stop()
        kicked.clear()
        server = WakeServer(path, kicked.append)
        await server.start()
        await until_async(lambda: sorted(kicked) == ["c2", "c3"])  # every kick not answered yet
        server.idle("c3")
        await asyncio.wait_for(waiting, 5)
        await server.stop()
    finally:
        await client.close()


def test_the_socket_lives_beside_the_database_or_in_tmp_when_the_path_is_too_long(tmp_path: Path) -> None:
    assert wake_path(str(tmp_path / "bot.db")) == str(tmp_path / "bot.db") + ".wake"
    deep = tmp_path / ("d" * 120) / "bot.db"
    p = wake_path(str(deep))
    assert len(p.encode()) <= 100 and p.endswith(".wake") and p != wake_path(str(tmp_path / "other.db"))


async def until_async(check: object, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():  # type: ignore[operator]
            await asyncio.sleep(0.005)


# -- a web runtime and a worker runtime on one database, in one test process -----------------------------------

@pytest.fixture
async def split(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, object]]:
    settings = make_settings(tmp_path / "bot.db")
    clock = FakeClock()
    sim = SimCloud(clock=clock, product_id=settings.particle_product_id)
    sim_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim)), base_url="http://sim")
    kw = {"clock": clock, "sim": sim, "cloud_http": sim_http, "sim_base_url": "http://sim"}
    worker = build_runtime(settings, role="worker", **kw)  # type: ignore[arg-type]
    web = build_runtime(settings, role="web", **kw)  # type: ignore[arg-type]
    await worker.start(stream=False)
    await web.start(stream=False)
    app = create_app(web, manage_lifespan=False)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 5555)),
                               base_url="http://bot.test")
    try:
        yield client, worker
    finally:
        await client.aclose()
        await web.stop()
        await worker.stop()
        await sim_http.aclose()


async def test_the_web_process_stores_and_the_worker_answers_in_the_same_post(split: tuple) -> None:
    client, worker = split
    session = "split-session-0000000000001"
    r = await client.post("/web/messages", json={"session": session, "text": "hi, my light blinks green"})
    assert r.status_code == 200
    first = r.json()["replies"]
    assert first and "serial" in first[-1]["text"].lower(), first
    r = await client.post("/web/messages", json={"session": session, "text": SEED_SERIAL})
    replies = r.json()["replies"]
    assert replies and "light" in " ".join(x["text"].lower() for x in replies), replies
    # every step ran in the worker: the web runtime never started a work queue
    assert worker.engine.work._pool, "the worker's pool ran the steps"  # noqa: SLF001


async def test_only_the_engines_process_copies_the_log_into_the_database(tmp_path: Path) -> None:
    """One checkpoint thread per database, in the worker (bot/store/checkpoint.py); it ends with the worker."""
    settings = make_settings(tmp_path / "bot.db")
    worker = build_runtime(settings, role="worker")
    web = build_runtime(settings, role="web")
    await worker.start(stream=False)
    await web.start(stream=False)
    try:
        assert web.checkpoints is None
        checkpoints = worker.checkpoints
        assert checkpoints is not None and checkpoints._thread is not None  # noqa: SLF001
    finally:
        await web.stop()
        await worker.stop()
    assert checkpoints._thread is None and checkpoints.passes >= 1  # noqa: SLF001


# -- the real processes ----------------------------------------------------------------------------------------

def _worker_pid(w: World) -> int:
    """The running worker's pid, from its lease row (host:pid:nonce)."""
    def holder() -> int | None:
        rows = w.query("SELECT holder FROM leases WHERE name = 'worker'") if w.db_path.exists() else []
        if not rows:
            return None
        pid = int(rows[0]["holder"].split(":")[1])
        return None if pid_gone(pid) else pid
    return until(holder, 20, "a worker holding the lease")


def test_serve_starts_a_worker_and_stops_it(world: World) -> None:
    w = world
    w.server.start()
    pid = _worker_pid(w)
    assert pid != w.server.proc.pid  # type: ignore[union-attr]
    w.turn("+15550000001", "hello", "device_id", ["+15550000001"])
    w.server.stop()
    until(lambda: pid_gone(pid), 5, "the worker to stop with serve")
    assert not Path(str(w.db_path) + ".wake").exists()


def test_kill_9_of_the_worker_loses_nothing_and_sends_nothing_twice(world: World) -> None:
    w = world
    burst = [f"+1555200{i:04d}" for i in range(12)]
    w.server.start()
    first = _worker_pid(w)
    w.twilio.delay(times=10_000, seconds=60)  # every send hangs: the kill finds replies in flight
    for n in burst:
        w.text(n, "hello, my light is blinking green")
    w.twilio.wait_for(lambda f: f.held >= 1, 10)
    os.kill(first, signal.SIGKILL)
    w.twilio.clear_faults()
    second = until(lambda: (p := _worker_pid(w)) != first and p, 20, "serve to start a new worker")
    assert second != first and w.server.proc.poll() is None  # type: ignore[union-attr]
    w.twilio.wait_for(lambda f: all(f.to(n) for n in burst), 20)
    w.settle(burst, "delivery after the worker was killed")
    for n in burst:
        assert w.twilio.bodies(n) == w.stored_out(n)  # each reply once, in order
    stored = [r["external_id"] for r in w.query("SELECT external_id FROM messages WHERE direction = 'in'")]
    assert sorted(stored) == sorted(w.acked)


def test_kill_9_of_serve_takes_its_worker_down_and_a_restart_finishes_the_work(world: World) -> None:
    w = world
    burst = [f"+1555300{i:04d}" for i in range(8)]
    w.server.start()
    first = _worker_pid(w)
    w.twilio.delay(times=10_000, seconds=60)
    for n in burst:
        w.text(n, "hi, the light is blinking green")
    w.twilio.wait_for(lambda f: f.held >= 1, 10)
    w.server.kill()
    until(lambda: pid_gone(first), 5, "the orphaned worker to stop (it dies with its parent)")
    w.twilio.clear_faults()
    w.server.start()
    w.twilio.wait_for(lambda f: all(f.to(n) for n in burst), 20)
    w.settle(burst, "delivery after serve was killed")
    stored = [r["external_id"] for r in w.query("SELECT external_id FROM messages WHERE direction = 'in'")]
    assert sorted(stored) == sorted(w.acked)


def test_a_second_worker_waits_on_standby_and_takes_over(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "SLACK_", "PARTICLE_"))}
    env.update(DATABASE_PATH=str(tmp_path / "bot.db"), LOG_LEVEL="INFO")
    logs = [tmp_path / "w1.log", tmp_path / "w2.log"]
    procs = []
    try:
        for i, log in enumerate(logs):
            with open(log, "wb") as out:
                procs.append(subprocess.Popen([sys.executable, "-m", "bot", "worker", "--sim-url", "http://127.0.0.1:9/x"],
                                              env=env, cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT))
            if i == 0:
                until(lambda: "worker.started" in logs[0].read_text(), 20, "the first worker")
        until(lambda: "worker.standby" in logs[1].read_text(), 20, "the second worker on standby")
        assert "worker.started" not in logs[1].read_text()
        procs[0].send_signal(signal.SIGTERM)
        assert procs[0].wait(5) == 0
        until(lambda: "worker.started" in logs[1].read_text(), 5, "the standby worker to take over")
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                p.wait(5)


def test_processes_opening_a_new_database_together_all_get_it_migrated(tmp_path: Path) -> None:
    """`serve` and its worker start side by side on a fresh database: neither may fail with "database is locked"
    while the other switches it to WAL and migrates it."""
    code = ("import sys; from bot.clock import SystemClock; from bot.store.store import Store; "
            "s = Store.open(sys.argv[1], SystemClock()); s.create_conversation('web', sys.argv[2]); print('ok')")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "fresh.db"), f"session-{i:022d}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(6)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e.decode()[-300:] for _, e in outs]
    import sqlite3
    with sqlite3.connect(tmp_path / "fresh.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 6


def test_serve_with_bad_settings_exits_and_leaves_no_worker_behind(tmp_path: Path) -> None:
    """`serve` starts its worker before it reads the settings (so a restart drains sooner); settings it cannot
    use still end it at once with a clear line, and the worker it started goes with it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "SLACK_", "PARTICLE_"))}
    env.update(DATABASE_PATH=str(tmp_path / "bot.db"), HOTSPOT_WAIT_SECONDS="five minutes")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", "0"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode not in (0, None)
    assert b"hotspot_wait_seconds" in err.lower() and b"Traceback" not in err
    until(lambda: not workers_of(proc.pid), 10, "the worker started by serve to be gone")
