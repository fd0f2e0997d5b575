"""The support console in a real browser (Playwright on Debian's chromium): sign in, find the seed case by its
serial, take over, reply (the web customer sees it), note (the customer does not), give back, resolve; nothing
is loaded from another origin and no console error (a CSP violation) shows.

Skipped, with the reason shown, when chromium or Playwright is missing. Screenshots of each console page at 390
and 1280 px go to `.artifacts/screens/` for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.browser import ARTIFACTS, NEEDS_BROWSER, expect, guarded_page, served_bot
from tests.harness import SEED_SERIAL

SESSION = "console-browser-session-01"
pytestmark = NEEDS_BROWSER


@pytest.fixture
def server(tmp_path: Path) -> Any:
    with served_bot(tmp_path / "bot.db") as (srv, rt):
        srv.token = rt.admin_token().value  # type: ignore[attr-defined]
        yield srv


def web_customer(url: str) -> httpx.Client:
    c = httpx.Client(base_url=url, timeout=20)
    for text in ("hi", SEED_SERIAL, "I'd rather deal with a human"):
        assert c.post("/web/messages", json={"session": SESSION, "text": text}).status_code == 200
    return c


def customer_sees(c: httpx.Client) -> list[tuple[str, str]]:
    r = c.get("/web/messages", params={"session": SESSION, "after": 0})
    return [(m["direction"], m["text"]) for m in r.json()["messages"]]


def shots(page: Any, name: str) -> None:
    for width, height in ((390, 844), (1280, 800)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(ARTIFACTS / f"console-{name}-{width}.png"), full_page=True)


def test_work_the_seed_case_in_the_console(server: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    customer = web_customer(server.url)
    with guarded_page(server.url, "/support", {"width": 1280, "height": 800}) as page:
        shots(page, "signin")
        page.get_by_label("Admin token").fill(server.token)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Queue")).to_be_visible()
        page.get_by_label("Search").fill(SEED_SERIAL)
        page.get_by_label("Status").select_option("")
        page.get_by_role("button", name="Filter").click()
        expect(page.locator("#queue-body tr")).to_have_count(1, timeout=10_000)
        shots(page, "queue")
        page.locator("#queue-body a").first.click()
        expect(page.locator("#case-holder")).to_have_text("nobody", timeout=10_000)
        expect(page.locator("#timeline")).to_contain_text("deal with a human", timeout=10_000)

        page.get_by_label("Your name").fill("Sam")
        page.get_by_role("button", name="Take over").click()
        expect(page.locator("#case-holder")).to_have_text("Sam", timeout=10_000)
        page.get_by_label("Message to the customer, or an internal note").fill("Hi, this is Sam from support.")
        page.get_by_role("button", name="Send reply").click()
        expect(page.locator("#act-status")).to_have_text("Reply sent to the customer.", timeout=10_000)
        page.get_by_label("Message to the customer, or an internal note").fill("Internal: Arris gateway, check bands")
        page.get_by_role("button", name="Add note").click()
        expect(page.locator("#timeline")).to_contain_text("Internal: Arris gateway", timeout=10_000)
        shots(page, "case")
        seen = customer_sees(customer)
        assert ("agent", "Hi, this is Sam from support.") in seen
        assert not any("Arris gateway" in text for _, text in seen)

        page.get_by_role("button", name="Give back to bot").click()
        expect(page.locator("#case-holder")).to_have_text("nobody", timeout=10_000)
        page.get_by_role("button", name="Resolve").click()
        expect(page.locator("#case-status")).to_have_text("resolved", timeout=10_000)
        expect(page.get_by_role("button", name="Take over")).to_be_disabled()
        page.keyboard.press("Tab")  # focus is visible and lands on a real control
        page.get_by_role("link", name="Stats").click()
        expect(page.get_by_role("heading", name="Stats")).to_be_visible()
        expect(page.locator("svg")).to_have_count(2)
        shots(page, "stats")
    customer.close()


def test_other_units_show_on_the_case_page(server: Any) -> None:
    """A customer who named two units: the case page lists the one not looked at under "Also down"."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    session = "console-browser-session-02"
    with httpx.Client(base_url=server.url, timeout=20) as c:
        for text in ("both my porch sensor and garage door are offline", "AGENT"):
            assert c.post("/web/messages", json={"session": session, "text": text}).status_code == 200
    with guarded_page(server.url, "/support", {"width": 1280, "height": 800}) as page:
        page.get_by_label("Admin token").fill(server.token)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Queue")).to_be_visible()
        page.get_by_label("Search").fill("porch sensor and garage door")
        page.get_by_label("Status").select_option("")
        page.get_by_role("button", name="Filter").click()
        expect(page.locator("#queue-body tr")).to_have_count(1, timeout=10_000)
        page.locator("#queue-body a").first.click()
        expect(page.get_by_role("heading", name="Also down")).to_be_visible(timeout=10_000)
        expect(page.locator("main")).to_contain_text("garage door")
        shots(page, "case-also-down")
