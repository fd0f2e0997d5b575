"""A lease: work that exactly one process may do at a time on a shared database (the scheduler's timers).

The holder renews it on every pass; another process takes it when it expires, or at once when the holder was a
process on this machine that has died (a restart after kill -9 need not wait for the lease to run out).
"""

from __future__ import annotations

import os
import socket
import uuid

from bot.clock import Clock
from bot.store.store import Store


class Lease:
    def __init__(self, store: Store, clock: Clock, name: str, ttl: float = 15.0) -> None:
        self.store, self.clock, self.name, self.ttl = store, clock, name, ttl
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"

    def hold(self) -> bool:
        """Take or renew the lease; False while another live process holds it."""
        if self.store.take_lease(self.name, self.holder, self.clock.now(), self.ttl):
            return True  # the usual pass: renewed
        current = self.store.lease_holder(self.name)
        return current is not None and _gone(current) and \
            self.store.take_lease(self.name, self.holder, self.clock.now(), self.ttl, stale=current)

    def release(self) -> None:
        self.store.release_lease(self.name, self.holder)


def _gone(holder: str) -> bool:
    """True when `holder` was a process on this machine that no longer runs."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    return pid_gone(int(pid))


def pid_gone(pid: int) -> bool:
    """True when no process `pid` runs on this machine (none, or one that exited and is not reaped yet)."""
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _zombie(pid)


def _zombie(pid: int) -> bool:
    """A process that has exited but was not reaped yet (after kill -9, until its parent or init collects it)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False  # no /proc (not Linux): only a missing process counts as gone
