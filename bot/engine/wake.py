"""The wake line between the processes that take work in (web server, CLI) and the engine's worker process.

Work is always stored first (an inbound message, an outbox row, a flow event); the line only makes the worker start
on it at once instead of at its next scheduler pass. It is a Unix socket beside the database carrying text lines:

- `K <conversation> <seq>` (client to worker): run this conversation now;
- `D <conversation> <seq>` (worker to client): that conversation's drain ended with nothing left to do, after every
  kick up to `seq` from this client. The web chat waits for it to return the bot's replies in its POST response.

Nothing on the line is needed for correctness: a worker that was down, or a line lost with a dying connection,
only means the worker finds the rows at its start or next pass. A client re-sends the kicks its callers still wait
for when it reconnects (the worker may have been restarted in between).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("cyanbot.wake")

_MAX_UNIX_PATH = 100  # sun_path is 108 bytes on Linux, 104 on macOS


def wake_path(database_path: str | None) -> str:
    """The socket for a database: beside it (`<db>.wake`), or in the temp folder when that path is too long."""
    base = str(Path(database_path or "cyanbot.db").resolve())
    path = base + ".wake"
    if len(path.encode()) <= _MAX_UNIX_PATH:
        return path
    digest = hashlib.sha256(base.encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"cyanbot-{digest}.wake")


class WakeServer:
    """The worker's end: `K` lines kick conversations; `idle(conversation)` answers the clients that kicked it."""

    def __init__(self, path: str, kick: Callable[[str], None]) -> None:
        self.path, self._kick = path, kick
        self._server: asyncio.AbstractServer | None = None
        self._clients: set[asyncio.StreamWriter] = set()
        # per conversation, per client: the highest kick seen and not yet answered
        self._owed: dict[str, dict[asyncio.StreamWriter, int]] = {}

    async def start(self) -> None:
        # Only the worker holding the lease gets here: a file left by a killed worker is stale.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        old = os.umask(0o177)  # the socket is for this user only (srw-------)
        try:
            self._server = await asyncio.start_unix_server(self._serve, path=self.path)
        finally:
            os.umask(old)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for w in list(self._clients):
            w.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def idle(self, conv_id: str) -> None:
        """The conversation has no work left: answer every client that kicked it."""
        owed = self._owed.pop(conv_id, None)
        if not owed:
            return
        for w, seq in owed.items():
            if not w.is_closing():
                w.write(f"D {conv_id} {seq}\n".encode())

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._clients.add(writer)
        try:
            while line := await reader.readline():
                parts = line.decode("ascii", "replace").split()
                if len(parts) != 3 or parts[0] != "K" or not parts[2].isdigit():
                    continue  # not ours: ignore (only this user can reach the socket)
                conv_id, seq = parts[1], int(parts[2])
                owed = self._owed.setdefault(conv_id, {})
                owed[writer] = max(seq, owed.get(writer, 0))
                self._kick(conv_id)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except Exception:  # a broken client must not take the worker down; it reconnects
            log.exception("wake.client_failed")
        finally:
            self._clients.discard(writer)
            for owed in self._owed.values():
                owed.pop(writer, None)
            writer.close()


class WakeClient:
    """The web process's end: `kick` never blocks; `wait` returns once the worker has drained the conversation."""

    def __init__(self, path: str, retry_seconds: float = 0.2) -> None:
        self.path, self.retry_seconds = path, retry_seconds
        self._writer: asyncio.StreamWriter | None = None
        self._seq = 0
        # Highest kick per conversation still owed an answer: sent again on every (re)connection, so a kick made
        # while the worker is unreachable needs no buffer of its own.
        self._sent: dict[str, int] = {}
        self._waiters: dict[str, list[tuple[int, asyncio.Future[None]]]] = {}
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.connected = asyncio.Event()

    async def start(self) -> None:
        self._ensure_task()

    async def close(self) -> None:
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._writer is not None:
            self._writer.close()

    async def flush(self, timeout: float) -> bool:
        """Until the kicks so far were handed to the worker (a short-lived process such as the CLI calls this
        before it exits). False when no worker answered in time: it finds the rows at its next pass."""
        try:
            async with asyncio.timeout(timeout):
                await self.connected.wait()
                if self._writer is not None:
                    await self._writer.drain()
        except (TimeoutError, ConnectionError):
            return False
        return True

    def kick(self, conv_id: str) -> None:
        self._seq += 1
        self._sent[conv_id] = self._seq
        self._send(f"K {conv_id} {self._seq}\n")

    async def wait_all(self, timeout: float) -> None:
        """Until the worker answered every kick sent so far (tests, and a process about to exit)."""
        async with asyncio.timeout(timeout):
            for conv_id in list(self._sent):
                await self.wait(conv_id, timeout)

    async def wait(self, conv_id: str, timeout: float) -> None:
        """Until the worker answers every kick of this conversation so far (TimeoutError after `timeout`)."""
        if conv_id not in self._sent:
            return  # nothing asked of the worker for it, or already answered
        target = self._sent[conv_id]
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(conv_id, []).append((target, fut))
        try:
            async with asyncio.timeout(timeout):
                await fut
        finally:
            waiting = self._waiters.get(conv_id)
            if waiting is not None:
                waiting[:] = [(s, f) for s, f in waiting if f is not fut]
                if not waiting:
                    del self._waiters[conv_id]

    def _send(self, line: str) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.write(line.encode())
        else:
            self._ensure_task()  # the kick is in `_sent`, sent on connecting

    def _ensure_task(self) -> None:
        if not self._closed and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self._run(), name="cyanbot-wake")

    async def _run(self) -> None:
        """Connect (retrying while the worker starts), flush, then read answers until the line drops."""
        while not self._closed:
            try:
                reader, writer = await asyncio.open_unix_connection(self.path)
            except OSError:
                await asyncio.sleep(self.retry_seconds)
                continue
            self._writer = writer
            self.connected.set()
            # Kicks not answered yet (made while unreachable, or maybe lost with a previous worker): ask again.
            for conv_id, seq in list(self._sent.items()):
                writer.write(f"K {conv_id} {seq}\n".encode())
            why = "closed by the worker"
            try:
                while line := await reader.readline():
                    self._answered(line.decode("ascii", "replace").split())
            except (ConnectionError, asyncio.IncompleteReadError, ValueError) as exc:
                why = repr(exc)
            self.connected.clear()
            self._writer = None
            writer.close()
            log.debug("wake.disconnected (%s): reconnecting to the worker", why)

    def _answered(self, parts: list[str]) -> None:
        if len(parts) != 3 or parts[0] != "D" or not parts[2].isdigit():
            return
        conv_id, seq = parts[1], int(parts[2])
        if self._sent.get(conv_id, 0) <= seq:
            self._sent.pop(conv_id, None)  # nothing more owed: forget it (memory stays flat)
        for target, fut in self._waiters.get(conv_id, []):
            if target <= seq and not fut.done():
                fut.set_result(None)
