"""The web chat's `status` object (issue 9 item 3): added to POST and GET /web/messages so the page can show the
device watch ("2:10 of 5:00") and the hand-off to support; the contract's own fields are unchanged. Also the icon.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from tests.harness import SEED_ID, SEED_SERIAL, Rig

if TYPE_CHECKING:
    import httpx

    from tests.conftest import AppClient

SESSION = "status-session-0123456789abcdef"
TO_HOTSPOT = (SEED_SERIAL, "blinking green", "steady", "yes", "ARRIS-5512", "skip", "one name", "no", "no")


def seconds(at: str) -> float:
    return datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp()


async def post(c: httpx.AsyncClient, text: str) -> dict[str, Any]:
    r = await c.post("/web/messages", json={"session": SESSION, "text": text})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


async def test_status_shows_the_watch_then_the_hand_off(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, token=None) as c:
        first = await c.get("/web/messages", params={"session": SESSION})
        assert first.json()["status"] is None  # no conversation yet
        greeting = await post(c, "hi")
        assert greeting["status"]["status"] == "active" and greeting["status"]["watching"] is None
        for text in TO_HOTSPOT:
            await post(c, text)
        start = rig.clock.now()
        ready = await post(c, "Ready, it's on")
        # the contract's fields are all still there
        assert set(ready) >= {"session", "conversation_id", "replies"}
        assert ready["replies"][0]["choices"] == ["Still not connecting", "Talk to a person"]
        watch = ready["status"]["watching"]
        assert ready["status"]["status"] == "waiting_device" and ready["status"]["awaiting"] == "hotspot_wait"
        assert watch["seconds"] == 300
        assert seconds(watch["since"]) == start and seconds(watch["until"]) == start + 300
        rig.clock.advance(130)
        polled = (await c.get("/web/messages", params={"session": SESSION, "after": 0})).json()
        assert set(polled) >= {"messages", "next"}
        assert polled["status"]["watching"] == watch  # the same watch, re-synced on the server's clock
        assert seconds(polled["status"]["server_time"]) == start + 130

        rig.sim.set_online(SEED_ID, True)
        await rig.rt.notify_status(SEED_ID, True)
        await rig.engine.wait_idle(10)
        polled = (await c.get("/web/messages", params={"session": SESSION, "after": 0})).json()
        status = polled["status"]
        assert status["status"] == "handed_off" and status["watching"] is None
        case = status["with_support"]
        assert case["case"] == ready["conversation_id"] and case["held"] is False
        assert seconds(case["since"]) == start + 130
        said = [m["text"] for m in polled["messages"] if m["direction"] == "out"]
        assert any(f"case number is {case['case']}" in t for t in said), said


async def test_the_icon_is_served_here(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, token=None) as c:
        page = (await c.get("/")).text
        assert 'rel="icon" href="/favicon.svg"' in page
        for path in ("/favicon.svg", "/favicon.ico"):
            r = await c.get(path)
            assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
            assert r.content.startswith(b"<svg") and b"<script" not in r.content
