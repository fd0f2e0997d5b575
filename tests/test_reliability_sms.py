"""Crash safety of the SMS path with a real `cyanbot serve` process killed with SIGKILL and restarted.

The server runs as a subprocess on a free loopback port, on a SQLite file in tmp_path, with SMS on: Twilio's
REST API is the fake (tests/fakes/twilio.py) and the Particle Cloud is the simulated one, both served on
loopback from this process (the server reaches the simulated cloud as a "real" Particle API with a token,
including its SSE stream). Inbound SMS are signed webhooks.

Kill points (design.md section 8: "a crash (kill -9) loses nothing and sends nothing twice"):
1. With timers pending (a hotspot wait, a silence reminder) and an outbox row waiting to be retried after a 500.
2. With every REST send hanging (fake Twilio holds the requests), right after a burst of inbound messages were
   acknowledged: the messages are stored, some processed, none of their replies sent.

After each restart the test waits (bounded, on observable state) until the fake Twilio has received exactly the
outbound messages stored in the database, in order, and checks that every acknowledged MessageSid is stored
exactly once and that the timers fired.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from bot.cloud.simulated import DEMO_DEVICES, SimCloud, create_sim_app
from flows.troubleshoot.copy import text as copy_text
from tests.fakes.twilio import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM_NUMBER,
    FakeTwilio,
    ServerThread,
    inbound_form,
    signed_request,
)
from tests.processes import children, pid_gone

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

PUBLIC = "https://bot.example.com"
SEED_SERIAL = DEMO_DEVICES[0]["serial_number"]
HOTSPOT_WAIT = 3
REPLY_TIMEOUT = 4
T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def until(check: Callable[[], T], timeout: float, what: str) -> T:
    """Poll an observable condition with a bound (the server is another process: no event to wait on)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


class Server:
    """`cyanbot serve` as a child process."""

    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.tmp = tmp
        self.env = env
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.runs = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.runs += 1
        log = open(self.tmp / f"serve-{self.runs}.log", "wb")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env,
            cwd=self.tmp,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()

        def healthy() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {self.log()}")
            try:
                return http.get(self.url + "/healthz").status_code == 200
            except httpx.HTTPError:
                return False

        # One client for every try: `httpx.get` builds a client and an SSL context (~20 ms of CPU) each call, which
        # every 20 ms took a good part of the CPU the starting server needed.
        with httpx.Client(timeout=1) as http:
            until(healthy, 20, "the server to answer /healthz")

    def kill(self) -> None:
        """SIGKILL `serve`; return once its worker process (which dies with it) is gone too."""
        assert self.proc is not None
        kids = children(self.proc.pid)
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        until(lambda: all(pid_gone(c) for c in kids), 10, "the worker to die with serve")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in sorted(self.tmp.glob("serve-*.log")))


class World:
    """Fake Twilio + simulated cloud on loopback, the server, and helpers to text it and read its database."""

    def __init__(self, tmp: Path, twilio: FakeTwilio, sim: SimCloud, twilio_url: str, sim_url: str) -> None:
        self.twilio = twilio
        self.sim = sim
        self.db_path = tmp / "bot.db"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "SLACK_", "PARTICLE_"))}
        env.update(
            DATABASE_PATH=str(self.db_path),
            TWILIO_ACCOUNT_SID=ACCOUNT_SID,
            TWILIO_AUTH_TOKEN=AUTH_TOKEN,
            TWILIO_FROM_NUMBER=FROM_NUMBER,
            TWILIO_API_BASE_URL=twilio_url,
            PUBLIC_BASE_URL=PUBLIC,
            PARTICLE_ACCESS_TOKEN="simulated-cloud-token",
            PARTICLE_API_BASE_URL=sim_url,
            HOTSPOT_SSID="CyanRescue",
            HOTSPOT_PASSWORD="rescue-2024",
            HOTSPOT_WAIT_SECONDS=str(HOTSPOT_WAIT),
            REPLY_TIMEOUT_SECONDS=str(REPLY_TIMEOUT),
            LOG_LEVEL="INFO",
        )
        self.server = Server(tmp, env)
        self.http = httpx.Client(timeout=10)
        self.acked: list[str] = []  # MessageSids answered 200
        self.n = 0

    def text(self, number: str, body: str) -> str:
        self.n += 1
        sid = f"SM{self.n:032x}"
        payload, headers = signed_request(PUBLIC + "/sms/twilio", inbound_form(number, body, sid=sid))
        r = self.http.post(self.server.url + "/sms/twilio", content=payload, headers=headers)
        assert r.status_code == 200, r.text
        self.acked.append(sid)
        return sid

    # -- the database, read-only, while the server runs or after it died --------------------------------------

    def query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=5)
        conn.row_factory = sqlite3.Row
        try:
            return list(conn.execute(sql, args))
        finally:
            conn.close()

    def stored_out(self, number: str) -> list[str]:
        rows = self.query(
            "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.channel = 'sms' AND c.address = ? AND m.direction IN ('out', 'agent') "
            "ORDER BY c.created_at, c.rowid, m.idx",
            (number,),
        )
        return [r["text"] for r in rows]

    def conversation(self, number: str) -> sqlite3.Row:
        rows = self.query(
            "SELECT * FROM conversations WHERE channel = 'sms' AND address = ? ORDER BY created_at DESC LIMIT 1",
            (number,),
        )
        assert rows, f"no conversation for {number}"
        return rows[0]

    def pending_outbox(self) -> int:
        return int(self.query("SELECT COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending')")[0]["n"])

    def delivered_as_stored(self, numbers: list[str]) -> bool:
        """Every stored outbound message reached Twilio once, in order, and nothing else did."""
        return (
            all(self.twilio.bodies(n) == self.stored_out(n) for n in numbers) and self.pending_outbox() == 0
        )

    def settle(self, numbers: list[str], what: str, timeout: float = 20) -> None:
        def check() -> bool:
            return self.delivered_as_stored(numbers)

        try:
            until(check, timeout, what)
        except AssertionError:
            diff = {
                n: (self.twilio.bodies(n), self.stored_out(n))
                for n in numbers
                if self.twilio.bodies(n) != self.stored_out(n)
            }
            raise AssertionError(
                f"{what}: fake vs stored differ {diff}; server log:\n{self.server.log()}"
            ) from None

    def turn(self, number: str, body: str, awaiting: str, numbers: list[str]) -> None:
        """Text, then wait until the conversation awaits `awaiting` and every reply was delivered."""
        before = len(self.stored_out(number)) if self.db_path.exists() else 0
        self.text(number, body)
        until(lambda: len(self.stored_out(number)) > before, 10, f"a reply to {body!r}")
        until(lambda: self.conversation(number)["awaiting"] == awaiting, 10, f"{number} awaiting {awaiting}")
        self.settle(numbers, f"replies to {body!r}")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    twilio = FakeTwilio()
    sim = SimCloud()
    with twilio.serve() as tw, ServerThread(create_sim_app(sim)) as sc:
        w = World(tmp_path, twilio, sim, tw.url, sc.url)
        try:
            yield w
        finally:
            twilio.release()
            w.server.stop()
            w.http.close()


def test_sigkill_loses_nothing_and_sends_nothing_twice(world: World) -> None:
    a, b, c = "+15550000001", "+15550000002", "+15550000003"
    burst = [f"+1555100{i:04d}" for i in range(20)]
    everyone = [a, b, c, *burst]
    w = world
    w.server.start()

    # -- 1. timers pending and an outbox row waiting for its retry -----------------------------------------
    for body, awaiting in [
        ("hi, my device won't connect to the wifi", "device_id"),
        (SEED_SERIAL, "led"),
        ("1", "led_detail"),
        ("1", "wifi_password"),
        ("yes", "wifi_network"),
        ("ArrisHome", "wifi_scan"),
        (
            "ArrisHome 2.4GHz channel 6 40MHz WPA2 -60dBm\nArrisHome 5GHz channel 36 80MHz WPA2 -65dBm",
            "router_check",
        ),
    ]:
        w.turn(a, body, awaiting, [a])
    while w.conversation(a)["awaiting"] == "router_check":  # one or two questions, as the scan left open
        before = len(w.stored_out(a))
        w.text(a, "no")
        until(lambda n=before: len(w.stored_out(a)) > n, 10, "an answer to 'no'")
        w.settle([a], "router check replies")
    assert w.conversation(a)["awaiting"] == "hotspot_ready"
    w.turn(a, "1", "hotspot_wait", [a])
    w.turn(b, "hello", "device_id", [a, b])

    w.twilio.fail(times=1, status=500)
    w.text(c, "hello")
    w.twilio.wait_for(lambda f: any(r.status == 500 for r in f.requests), 10)
    w.server.kill()

    # Dead server, and the database shows what was left to do.
    timers = {(r["conversation_id"], r["name"]) for r in w.query("SELECT * FROM timers")}
    assert any(cid == w.conversation(a)["id"] for cid, _ in timers), timers
    assert any(cid == w.conversation(b)["id"] for cid, _ in timers), timers
    assert w.pending_outbox() >= 1
    sent_a, sent_b = len(w.twilio.to(a)), len(w.twilio.to(b))
    assert not any(copy_text("reminder") in body for body in w.twilio.bodies(b))
    assert w.twilio.to(c) == []

    w.server.start()
    w.twilio.wait_for(lambda f: len(f.to(c)) >= 1, 15)  # the retried greeting
    w.twilio.wait_for(lambda f: len(f.to(a)) > sent_a, 15)  # hotspot wait ran out: retry instructions
    # silence reminder (one SMS with the question it waits on)
    w.twilio.wait_for(lambda f: any(copy_text("reminder") in body for body in f.bodies(b)), 15)
    until(
        lambda: w.query(
            "SELECT 1 FROM findings WHERE conversation_id = ? AND code = 'hotspot:failed'",
            (w.conversation(a)["id"],),
        ),
        10,
        "hotspot:failed recorded for a",
    )
    assert len(w.twilio.to(b)) > sent_b
    w.settle([a, b, c], "delivery after the first restart")

    # -- 2. kill with inbound messages stored and every send hanging ---------------------------------------
    w.twilio.delay(times=10_000, seconds=60)
    for n in burst:
        w.text(n, "hello, my light is blinking green")
    w.text(b, SEED_SERIAL)
    w.twilio.wait_for(lambda f: f.held >= 1, 10)
    w.server.kill()
    w.twilio.clear_faults()  # held requests now fail (503): their sockets are gone anyway

    unprocessed = w.query("SELECT COUNT(*) AS n FROM messages WHERE direction = 'in' AND processed = 0")[0][
        "n"
    ]
    pending = w.pending_outbox()
    assert unprocessed + pending > 0, "the kill came after all work was done: nothing tested"
    print(f"killed with {unprocessed} inbound unprocessed and {pending} outbox rows pending")
    assert all(w.twilio.to(n) == [] for n in burst)

    w.server.start()
    w.twilio.wait_for(lambda f: all(f.to(n) for n in burst), 20)
    w.settle(everyone, "delivery after the second restart")

    # -- every acknowledged inbound message is stored exactly once ------------------------------------------
    stored = [r["external_id"] for r in w.query("SELECT external_id FROM messages WHERE direction = 'in'")]
    assert sorted(stored) == sorted(w.acked)
    assert w.query("SELECT COUNT(*) AS n FROM messages WHERE direction = 'in' AND processed = 0")[0]["n"] == 0
    # and nothing was sent twice: no repeated (number, body) pair beyond what the database holds
    for n in everyone:
        assert w.twilio.bodies(n) == w.stored_out(n)
