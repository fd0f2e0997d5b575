"""What the browser tests share: Debian's chromium (skipped with the reason when it or Playwright is missing), the
screenshot folder, and the real app served on a loopback port whose simulated cloud is reached on that port."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.server.app import create_app
from bot.server.runtime import SIM_PREFIX, Runtime, build_runtime
from tests.fakes.serve import ServerThread
from tests.harness import make_settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / ".artifacts" / "screens"

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - dev dependency
    expect = sync_playwright = None  # type: ignore[assignment]

NEEDS_BROWSER = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed"),
]

__all__ = ["ARTIFACTS", "CHROMIUM", "NEEDS_BROWSER", "expect", "served_bot", "sync_playwright"]


class _Late:
    """An ASGI app set after the server's port is known (the simulated cloud is reached on that port)."""

    app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@contextmanager
def served_bot(db: Path) -> Iterator[tuple[ServerThread, Runtime]]:
    """The whole bot on a loopback port; its lifespan starts and stops the runtime on the server's own loop."""
    late = _Late()
    srv = ServerThread(late, lifespan="on")  # the port is bound now; the app is set before the server starts
    rt = build_runtime(make_settings(db), sim_base_url=f"{srv.url}{SIM_PREFIX}")
    late.app = create_app(rt)
    with srv:
        yield srv, rt
