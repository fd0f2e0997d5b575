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

__all__ = ["ARTIFACTS", "CHROMIUM", "NEEDS_BROWSER", "expect", "guarded_page", "served_bot", "sync_playwright"]


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


@contextmanager
def guarded_page(base_url: str, path: str, viewport: dict[str, int]) -> Iterator[Any]:
    """A chromium page on `base_url + path` that refuses (and records) any request to another origin and records
    console errors (a CSP violation shows there); both must be empty when the block ends."""
    problems: list[str] = []
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport=viewport)
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))

        def guard(route: Any) -> None:
            if route.request.url.startswith(base_url + "/"):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.goto(base_url + path)
        yield page
        browser.close()
    assert not outside, f"requests to another origin: {outside}"
    assert not problems, f"console errors (a CSP violation shows here): {problems}"
