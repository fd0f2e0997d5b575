"""Clean shutdown of the real `cyanbot serve` (issue 10 item 4, design §2): SIGTERM or Ctrl-C (SIGINT) ends it
within 3 s in the embedded default (simulated cloud, whose event stream is a request to the same server), with no
traceback, and nothing a customer sent is lost: after a restart the conversation goes on where it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.test_reliability_sms import free_port, until

SESSION = "shutdown-test-session-000001"


def _serve(tmp: Path, port: int, run: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "SLACK_", "PARTICLE_"))}
    env.update(DATABASE_PATH=str(tmp / "bot.db"), LOG_LEVEL="INFO")
    log = open(tmp / f"serve-{run}.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT)
    log.close()

    def healthy() -> bool:
        if proc.poll() is not None:
            raise AssertionError((tmp / f"serve-{run}.log").read_text())
        try:
            return http.get(f"http://127.0.0.1:{port}/healthz").status_code == 200
        except httpx.HTTPError:
            return False

    with httpx.Client(timeout=1) as http:  # one client: httpx.get builds an SSL context each call
        until(healthy, 20, "the server to answer /healthz")
    # The event stream to the simulated cloud is what used to hold the shutdown open: wait until it is connected.
    until(lambda: "status stream connected" in (tmp / f"serve-{run}.log").read_text(), 10, "the event stream")
    return proc


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_stops_within_3_s_and_loses_nothing(tmp_path: Path, sig: signal.Signals) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = _serve(tmp_path, port, 1)
    try:
        r = httpx.post(url + "/web/messages", json={"session": SESSION, "text": "hi", "client_message_id": "1"})
        assert r.status_code == 200 and r.json()["replies"]
        started = time.monotonic()
        proc.send_signal(sig)
        proc.wait(10)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    log = (tmp_path / "serve-1.log").read_text()
    assert took < 3.0, f"exit took {took:.2f} s\n{log}"
    assert "Traceback" not in log, log
    # Nothing lost: a new process on the same database carries the conversation on from where it stood.
    proc = _serve(tmp_path, port, 2)
    try:
        r = httpx.post(url + "/web/messages", json={"session": SESSION, "text": "PHHAAB830ABCDEF",
                                                    "client_message_id": "2"})
        assert any("porch-sensor" in x["text"] for x in r.json()["replies"]), r.json()
        poll = httpx.get(url + "/web/messages", params={"session": SESSION}).json()["messages"]
        greetings = [m for m in poll if m["direction"] == "out" and m["text"].startswith("Hi!")]
        assert len(greetings) == 1, "nothing sent twice"
    finally:
        proc.terminate()
        proc.wait(10)
