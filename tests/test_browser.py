"""The web chat in a real browser (Playwright on Debian's chromium): the page works under its own
Content-Security-Policy, loads nothing from another origin, and plays the start of the seed case on a phone.

Skipped, with the reason shown, when chromium or Playwright is missing (`.ci/run` installs chromium). Screenshots
go to `.artifacts/screens/` for a person to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from bot.server.app import create_app
from bot.server.runtime import SIM_PREFIX, build_runtime
from tests.fakes.serve import ServerThread
from tests.harness import SEED_SERIAL, make_settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / ".artifacts" / "screens"

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - dev dependency
    sync_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed"),
]


class _Late:
    """An ASGI app set after the server's port is known (the simulated cloud is reached on that port)."""

    app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@pytest.fixture
def server(tmp_path: Path) -> Any:
    late = _Late()
    srv = ServerThread(late, lifespan="on")  # the port is bound now; the app is set before the server starts
    rt = build_runtime(make_settings(tmp_path / "bot.db"), sim_base_url=f"{srv.url}{SIM_PREFIX}")
    late.app = create_app(rt)  # its lifespan starts and stops the runtime on the server's own loop
    with srv:
        yield srv


def test_seed_case_start_in_a_phone_browser_under_the_page_policy(server: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))

        def guard(route: Any) -> None:
            if route.request.url.startswith(server.url):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.goto(server.url + "/")
        page.fill("#text", "hi")
        page.click("#send")
        expect(page.locator("#messages")).to_contain_text("serial number", timeout=10_000)
        page.fill("#text", SEED_SERIAL)
        page.keyboard.press("Enter")
        expect(page.locator("#messages")).to_contain_text("porch-sensor", timeout=10_000)
        expect(page.locator("#choices")).to_contain_text("Blinking green", timeout=10_000)
        page.screenshot(path=str(ARTIFACTS / "webchat-390.png"), full_page=True)
        page.get_by_role("button", name="Blinking green").click()
        expect(page.locator("#messages")).to_contain_text("steady pace", timeout=10_000)
        page.locator("#demo summary").click()  # the demo panel reads the simulated cloud (same origin)
        expect(page.locator("#devices")).to_contain_text("porch-sensor", timeout=10_000)
        # The rest of the seed case, answered as a customer types, to the moment the unit connects on the hotspot.
        for text, expected in (("steady", "password"), ("yes, the one on the router sticker", "name of your Wi-Fi"),
                               ("ARRIS-5512", "scanner"), ("skip", "one name, or as two names"),
                               ("one name", "registered"), ("nah just our home wifi", "sign in on a web page"),
                               ("no", "hotspot"), ("ok its turned on now", "watching")):
            page.fill("#text", text)
            page.keyboard.press("Enter")
            expect(page.locator("#messages")).to_contain_text(expected, timeout=10_000)
        page.locator("#devices li", has_text="porch-sensor").get_by_role("button", name="Switch online").click()
        expect(page.locator("#messages")).to_contain_text("online on your hotspot", timeout=15_000)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(ARTIFACTS / "webchat-seed-case-390.png"), full_page=False)
        page.set_viewport_size({"width": 1280, "height": 800})
        page.screenshot(path=str(ARTIFACTS / "webchat-1280.png"), full_page=True)
        browser.close()
    assert not outside, f"requests to another origin: {outside}"
    assert not problems, f"console errors (a CSP violation shows here): {problems}"
