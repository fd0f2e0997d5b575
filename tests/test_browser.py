"""The web chat in a real browser (Playwright on Debian's chromium): the page works under its own
Content-Security-Policy, loads nothing from another origin, and plays the seed case on a phone (390 x 844) with its
buttons, the progress line while the bot watches the device, and the hand-off to support (banner, case number).

Skipped, with the reason shown, when chromium or Playwright is missing (`.ci/run` installs chromium). Screenshots
go to `.artifacts/screens/` for a person to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.browser import ARTIFACTS, NEEDS_BROWSER, expect, guarded_page, served_bot
from tests.harness import SEED_SERIAL

pytestmark = NEEDS_BROWSER


@pytest.fixture
def server(tmp_path: Path) -> Any:
    with served_bot(tmp_path / "bot.db") as (srv, _):
        yield srv


PHONE = {"width": 390, "height": 844}
WAIT = 10_000  # ms: every wait is on something the page shows, bounded


@contextmanager
def phone_page(server: Any) -> Iterator[Any]:
    """A chromium page at phone size that refuses (and records) any request to another origin and records
    console errors (a CSP violation shows there); both must be empty when the block ends."""
    with guarded_page(server.url, "/", PHONE) as page:
        yield page


def tap(page: Any, label: str) -> None:
    page.locator("#choices").get_by_role("button", name=label, exact=True).click()


def test_seed_case_on_a_phone_with_buttons_progress_and_the_hand_off(server: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with phone_page(server) as page:
        msgs = page.locator("#messages")
        expect(page.locator("#person")).to_be_visible(timeout=WAIT)  # a person is always one tap away
        page.fill("#text", "hi")
        page.click("#send")
        expect(msgs).to_contain_text("serial number", timeout=WAIT)
        page.fill("#text", SEED_SERIAL)
        page.keyboard.press("Enter")
        expect(msgs).to_contain_text("porch-sensor", timeout=WAIT)
        expect(page.locator("#choices")).to_contain_text("Blinking green", timeout=WAIT)
        page.screenshot(path=str(ARTIFACTS / "webchat-390-start.png"))
        # The seed case, answered with the buttons where the bot offers them.
        for how, answer, expected in (
            ("tap", "Blinking green", "steady pace"),
            ("tap", "Steady, even blinking", "password of your Wi-Fi network"),
            ("tap", "Yes, the Wi-Fi password", "name of your Wi-Fi"),
            ("type", "ARRIS-5512", "optional check (tap Skip"),
            ("tap", "Skip", "show up as just one name"),
            ("tap", "Yes, one name", "registered"),
            ("tap", "No", "sign in on a web page"),
            ("tap", "No", "Personal Hotspot"),
            ("tap", "Ready, it's on", "watching"),
        ):
            if how == "tap":
                tap(page, answer)
            else:
                page.fill("#text", answer)
                page.keyboard.press("Enter")
            expect(msgs).to_contain_text(expected, timeout=WAIT)
        expect(msgs).not_to_contain_text("Reply READY")
        # The live line while the bot watches, counting on the page between polls.
        progress = page.locator("#progress")
        expect(progress).to_have_text(re.compile(r"Still watching for your device, 0:0[2-9] of 5:00"), timeout=WAIT)
        expect(page.locator("#choices")).to_contain_text("Still not connecting")
        expect(page.locator("#person")).to_be_hidden()  # the button above says it already
        page.screenshot(path=str(ARTIFACTS / "webchat-390-watching.png"))
        tap(page, "Still not connecting")  # too soon to give up: the bot keeps watching
        expect(msgs).to_contain_text("keep watching", timeout=WAIT)
        expect(progress).to_be_visible()
        # The demo panel (simulated cloud) opened on a phone leaves the chat and the composer on screen.
        page.locator("#demo summary").click()
        expect(page.locator("#devices")).to_contain_text("porch-sensor", timeout=WAIT)
        log, composer = page.locator("#log").bounding_box(), page.locator("#composer").bounding_box()
        assert log["height"] >= 250, f"the open demo panel squeezes the chat to {log['height']} px"
        assert composer["y"] + composer["height"] <= PHONE["height"], "the composer is pushed off the screen"
        expect(msgs.locator(".row").last).to_be_in_viewport(timeout=WAIT)  # the chat stays at its newest message
        page.screenshot(path=str(ARTIFACTS / "webchat-390-demo-open.png"))
        page.locator("#devices li", has_text="porch-sensor").get_by_role("button", name="Switch online").click()
        expect(msgs).to_contain_text("online on your hotspot", timeout=15_000)
        page.locator("#demo summary").click()
        # The hand-off: banner with the case number, when to expect an answer, the optional contact question.
        banner = page.locator("#banner")
        expect(banner).to_contain_text("With support", timeout=WAIT)
        expect(banner).to_contain_text(re.compile(r"Case c_[0-9a-f]{16}"))
        case = re.search(r"c_[0-9a-f]{16}", banner.inner_text())
        assert case is not None
        expect(msgs).to_contain_text(f"Your case number is {case.group(0)}")
        expect(msgs).to_contain_text("within one working day")
        expect(msgs).to_contain_text("e-mail address or phone number")
        expect(progress).to_be_hidden()
        page.fill("#text", "pat.lee@example.com")
        page.keyboard.press("Enter")
        expect(msgs).to_contain_text("reach you at pat.lee@example.com", timeout=WAIT)
        page.fill("#text", "thanks, I'll keep the hotspot on for now")
        page.keyboard.press("Enter")
        expect(page.locator("#messages .row.in").last).to_contain_text("Delivered to support", timeout=WAIT)
        last = page.locator("#messages .row").last
        expect(last).to_be_in_viewport()  # new messages scroll into view
        page.screenshot(path=str(ARTIFACTS / "webchat-390.png"))
        page.set_viewport_size({"width": 1280, "height": 800})
        page.locator("#demo summary").click()  # beside the chat on a wide screen
        expect(page.locator("#devices")).to_contain_text("online", timeout=WAIT)
        page.screenshot(path=str(ARTIFACTS / "webchat-1280.png"))


def test_the_set_up_how_to_shows_the_done_button_it_names(server: Any) -> None:
    # The ninth blind exploratory test's n23: "Tap Done when you have tried" under the how-to, with no Done button.
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with phone_page(server) as page:
        msgs = page.locator("#messages")
        for text, expected in (("hi", "serial number"), (SEED_SERIAL, "porch-sensor")):
            page.fill("#text", text)
            page.keyboard.press("Enter")
            expect(msgs).to_contain_text(expected, timeout=WAIT)
        tap(page, "Blinking green")
        tap(page, "Steady, even blinking")
        expect(msgs).to_contain_text("password of your Wi-Fi network", timeout=WAIT)
        page.fill("#text", "my internet company changed the wifi password last week")
        page.keyboard.press("Enter")
        expect(page.locator("#choices")).to_contain_text("Show me how", timeout=WAIT)
        tap(page, "Show me how")
        expect(msgs.locator(".row.out").last).to_contain_text("Tap Done when you have tried", timeout=WAIT)
        expect(page.locator("#choices").get_by_role("button", name="Done", exact=True)).to_be_visible(timeout=WAIT)
        page.screenshot(path=str(ARTIFACTS / "webchat-390-howto-done.png"))
        tap(page, "Done")
        expect(msgs).to_contain_text("name of your Wi-Fi", timeout=WAIT)


def test_talk_to_a_person_and_stop_then_restart_on_a_phone(server: Any) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with phone_page(server) as page:
        msgs = page.locator("#messages")
        page.locator("#start").click()
        expect(msgs).to_contain_text("serial number", timeout=WAIT)
        page.locator("#person").click()
        expect(page.locator("#banner")).to_contain_text("With support", timeout=WAIT)
        tap(page, "Skip")
        expect(msgs).to_contain_text("reply will show up here", timeout=WAIT)
        page.fill("#text", "stop")
        page.keyboard.press("Enter")
        expect(msgs).to_contain_text("I've stopped", timeout=WAIT)
        expect(page.locator("#banner")).to_be_hidden(timeout=WAIT)
        page.fill("#text", "restart")
        page.keyboard.press("Enter")
        expect(msgs.locator(".row.out").last).to_contain_text("serial number", timeout=WAIT)
        page.screenshot(path=str(ARTIFACTS / "webchat-390-stop-restart.png"))
