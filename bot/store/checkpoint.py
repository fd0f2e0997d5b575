"""SQLite's write-ahead log copied into the database by a thread of the engine's process, not by a commit.

Why: SQLite checkpoints inside the COMMIT that takes the log past `wal_autocheckpoint` pages (1,000 by default), in
whichever process commits then, on its event loop. Under load that was several times a second in the web process
or the worker, each stalling every request or conversation of that process while about a thousand pages were
copied and the files synced; and the hot pages (a conversation's row, the outbox's last page) were copied again at
every one of them. A thread with its own connection runs `PRAGMA wal_checkpoint(PASSIVE)` every `every` seconds
instead: PASSIVE never waits for or blocks a reader or writer, and SQLite releases the GIL while it copies, so the
loop goes on. The store's own connections keep an automatic checkpoint as a backstop, at BACKSTOP_PAGES (set in
bot/store/db.py), for a log that grows while no thread runs (the web process alone, the CLI).
https://www.sqlite.org/wal.html#automatic_checkpoint and https://www.sqlite.org/pragma.html#pragma_wal_checkpoint
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger("cyanbot.store")

EVERY_SECONDS = 0.5


class Checkpointer:
    """`start()` a daemon thread checkpointing the database at `path` every `every` seconds; `stop()` ends it after
    one last checkpoint. `passes` counts the checkpoints run (tests and the benchmark read it)."""

    def __init__(self, path: str, every: float = EVERY_SECONDS) -> None:
        self.path = path
        self.every = every
        self.passes = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="cyanbot-checkpoint", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            log.exception("store.checkpoint.open_failed: the connections' automatic checkpoints go on")
            return
        try:
            while True:
                stopping = self._stop.wait(self.every)
                self.checkpoint(conn)
                if stopping:
                    return
        finally:
            conn.close()

    def checkpoint(self, conn: sqlite3.Connection) -> None:
        """One PASSIVE checkpoint; a failure is logged and the next pass tries again."""
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("store.checkpoint.failed: %s (tried again in %.1f s)", exc, self.every)
        self.passes += 1
