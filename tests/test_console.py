"""Issue 9, item 2: the support console at /support without a browser: sign-in for a session cookie, pages behind
it with their security headers, /api/* with the cookie, the stats charts and the CSV export."""

from __future__ import annotations

import csv
import io
import re

import httpx

from bot.server.app import create_app
from tests.harness import SEED_SERIAL, Rig


def client(rig: Rig) -> httpx.AsyncClient:
    app = create_app(rig.rt, manage_lifespan=False)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot.test")


async def signed_in(c: httpx.AsyncClient, rig: Rig) -> None:
    r = await c.post("/support/login", data={"token": rig.rt.admin_token().value})
    assert r.status_code == 303 and r.headers["location"] == "/support"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and rig.rt.admin_token().value not in cookie


async def handed_off(rig: Rig) -> str:
    for text in ("hi", SEED_SERIAL, "connect me to a person please"):
        await rig.say(text)
    return str(rig.conversation()["id"])


async def test_sign_in_pages_and_sign_out(rig: Rig) -> None:
    cid = await handed_off(rig)
    async with client(rig) as c:
        r = await c.get("/support")
        assert r.status_code == 200 and 'name="token"' in r.text and "Queue" not in r.text
        for path in ("/support/stats", f"/support/c/{cid}"):
            assert (await c.get(path)).headers.get("location") == "/support"
        assert (await c.get("/api/conversations")).status_code == 401
        r = await c.post("/support/login", data={"token": "wrong"})
        assert r.status_code == 303 and r.headers["location"] == "/support?failed=1" and "set-cookie" not in r.headers
        assert "did not match" in (await c.get("/support?failed=1")).text

        await signed_in(c, rig)
        r = await c.get("/support")
        assert r.status_code == 200 and cid in r.text and "porch-sensor" not in r.text.split("<tbody")[0]
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        page = (await c.get(f"/support/c/{cid}")).text
        for expected in ("porch-sensor", "Suspected cause", "Recommended fix", "LED history", "Findings",
                         "Already tried", "the customer asked for a person", SEED_SERIAL, "Take over"):
            assert expected in page, expected
        assert rig.rt.admin_token().value not in page
        # /api/* with the cookie alone
        assert (await c.get("/api/conversations", params={"q": SEED_SERIAL})).json()["conversations"][0]["id"] == cid
        r = await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam"})
        assert r.status_code == 200 and r.json()["assignee"] == "Sam"
        assert 'value="Sam"' in (await c.get(f"/support/c/{cid}")).text  # the name is remembered in the session
        r = await c.post("/support/logout")
        assert r.status_code == 303 and "Max-Age=0" in r.headers["set-cookie"]
        assert (await c.get("/api/conversations")).status_code == 401
        assert 'name="token"' in (await c.get("/support")).text


async def test_queue_filters_and_search(rig: Rig) -> None:
    cid = await handed_off(rig)
    async with client(rig) as c:
        await signed_in(c, rig)
        assert cid in (await c.get("/support", params={"q": SEED_SERIAL, "status": ""})).text
        assert cid not in (await c.get("/support", params={"q": "nothing-like-this"})).text
        assert cid not in (await c.get("/support", params={"status": "resolved"})).text
        assert cid in (await c.get("/support", params={"outcome": "handoff", "channel": "web"})).text
        assert cid not in (await c.get("/support", params={"assignee": "Sam"})).text


async def test_stats_charts_and_csv_export(rig: Rig) -> None:
    cid = await handed_off(rig)
    rig.store.update_conversation(cid, customer_name='=HYPERLINK("http://evil.example")')
    async with client(rig) as c:
        assert (await c.get("/support/export.csv")).status_code == 401
        await signed_in(c, rig)
        page = (await c.get("/support/stats")).text
        assert page.count("<svg") == 2 and "Funnel" in page and "Outcomes per day" in page
        assert re.search(r">led</text>", page) and "1 reached" in page
        r = await c.get("/support/export.csv")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert [x["id"] for x in rows] == [cid] and rows[0]["outcome"] == "handoff:customer_request"
        assert rows[0]["customer_name"] == "'=HYPERLINK(\"http://evil.example\")"  # text, never a formula
        r = await c.get("/support/static/console.js")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
        assert (await c.get("/support/static/..%2fpages.py")).status_code == 404
