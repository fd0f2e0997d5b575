"""Child processes as the real-process tests and the benchmarks see them (Linux /proc)."""

from __future__ import annotations

from pathlib import Path

from bot.engine.lease import pid_gone

__all__ = ["children", "cpu_ticks", "pid_gone", "workers_of"]


def _stat(path: Path) -> list[str]:
    """The fields of /proc/PID/stat after the command name (field 3, the state, first)."""
    return path.read_text().rsplit(")", 1)[1].split()


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (`serve`'s engine worker)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = _stat(stat)
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid):
            out.append(int(stat.parent.name))
    return out


def cpu_ticks(pids: list[int]) -> int:
    """User + system CPU time of these processes so far, in clock ticks."""
    total = 0
    for pid in pids:
        fields = _stat(Path(f"/proc/{pid}/stat"))
        total += int(fields[11]) + int(fields[12])
    return total


def workers_of(serve_pid: int) -> list[int]:
    """Live `cyanbot worker` processes started by that `serve` (found by their `--parent`, which outlives the
    parent link once `serve` has exited)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"worker" in argv and b"--parent" in argv and argv[argv.index(b"--parent") + 1] == str(serve_pid).encode():
            found.append(int(entry.name))
    return [p for p in found if not pid_gone(p)]
