"""How `cyanbot serve` runs the engine's worker process beside the web server: start it, restart it if it dies,
stop it with the server.

The child is asked to die with its parent (Linux `PR_SET_PDEATHSIG`; elsewhere the worker notices its parent
changed), so a `serve` killed with SIGKILL leaves no engine running on the database.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable

log = logging.getLogger("cyanbot.serve")

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> Callable[[], None] | None:
    """A pre-exec hook that makes the child get SIGTERM when the thread that started it dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None

    def hook() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)

    return hook


class WorkerSupervisor:
    """Keeps one worker child running until `stop()`; restarts it (with a growing pause) when it exits."""

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.proc: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self._stopping = threading.Event()
        self._asked_at: float | None = None
        self._thread = threading.Thread(target=self._run, name="cyanbot-worker-supervisor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def terminate(self) -> None:
        """Ask the worker to stop now (signal-safe: called from the server's stop-signal handler)."""
        self._stopping.set()
        if self._asked_at is None:
            self._asked_at = time.monotonic()
        proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)

    def stop(self, within: float = 2.7) -> None:
        """Stop the worker: SIGTERM, then SIGKILL when it is still running `within` seconds after it was first asked
        to stop (`serve` exits within 3 s of its signal; the worker's work is durable either way)."""
        self.terminate()
        assert self._asked_at is not None
        timeout = max(0.1, within - (time.monotonic() - self._asked_at))
        proc = self.proc
        if proc is not None:
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("serve.worker_killed: the worker did not stop within %.1f s", timeout)
                proc.kill()
                proc.wait()
        self._thread.join(timeout)

    def _run(self) -> None:
        # Started from this thread: PR_SET_PDEATHSIG follows the thread that forked, and this one lives as long
        # as the server.
        pause = 0.2
        while not self._stopping.is_set():
            started = time.monotonic()
            self.proc = subprocess.Popen(self.argv, preexec_fn=_die_with_parent())  # noqa: PLW1509
            code = self.proc.wait()
            if self._stopping.is_set():
                return
            self.restarts += 1
            # A worker that ran a while is restarted at once; one that keeps failing at start waits longer.
            pause = 0.2 if time.monotonic() - started > 30 else min(pause * 2, 5.0)
            log.error("serve.worker_exited code=%s: restarting in %.1f s (work is kept in the database)", code, pause)
            self._stopping.wait(pause)
