"""Child processes as the real-process tests and the benchmarks see them (Linux /proc)."""

from __future__ import annotations

from pathlib import Path

from bot.engine.lease import pid_gone

__all__ = ["children", "pid_gone"]


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (`serve`'s engine worker)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid):
            out.append(int(stat.parent.name))
    return out
