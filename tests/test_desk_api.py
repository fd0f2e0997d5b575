"""Issue 9, items 1 and 2: the agent actions over the admin API, one desk shared with Slack.

The whole bot runs with SMS and Slack against local fakes (the fixtures of tests/test_slack_e2e.py: real clients,
really signed Slack and Twilio requests); the API is called in-process with the admin token. Assertions are on
the conversation and on what each fake received; waits are bounded waits on observable work.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from bot.server import views
from bot.server.app import create_app
from tests import test_slack_e2e as e2e
from tests.harness import SEED_SERIAL

# the whole bot with Slack and Twilio fakes (fixtures of test_slack_e2e, registered here under the same names)
fake_slack = e2e.fake_slack
bot = e2e.bot
PHONE = e2e.PHONE
SUPPORT = e2e.SUPPORT
ACTIONS = ("takeover", "reply", "note", "release", "resolve")


def api(b: e2e.Bot, token: str | None = "") -> httpx.AsyncClient:
    app = create_app(b.rt, manage_lifespan=False)
    token = b.rt.admin_token().value if token == "" else token
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=e2e.PUBLIC, headers=headers)


async def sms_handed_off(b: e2e.Bot) -> tuple[str, str]:
    """An SMS customer (known device) asks for a person at the first question: the case and its card's ts."""
    await b.sms("hi, my unit will not connect")
    await b.sms("can I talk to a person please")
    conv = b.conv(channel="sms")
    assert conv["status"] == "handed_off" and conv["assignee"] is None
    await b.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, _ = e2e.card_of(b)
    return conv["id"], ts


async def web_handed_off(http: httpx.AsyncClient, session: str) -> str:
    """A web chat customer names the seed unit by serial, then asks for a person."""
    cid = ""
    for text in ("hi", SEED_SERIAL, "I'd rather talk to a human"):
        r = await http.post("/web/messages", json={"session": session, "text": text})
        assert r.status_code == 200, r.text
        cid = r.json()["conversation_id"]
    return cid


def card_blocks(b: e2e.Bot, ts: str) -> str:
    return json.dumps(b.slack.messages[(SUPPORT, ts)]["blocks"])


async def test_takeover_reply_note_release_resolve_over_the_api_for_an_sms_customer(bot: e2e.Bot) -> None:
    cid, ts = await sms_handed_off(bot)
    async with api(bot) as c:
        r = await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam Rivera"})
        assert r.status_code == 200 and r.json()["assignee"] == "Sam Rivera" and r.json()["id"] == cid
        # the Slack card shows the console agent (no broken <@mention>)
        await bot.slack.until(lambda f: "*Sam Rivera* (support console) holds this case" in card_blocks(bot, ts))

        r = await c.post(f"/api/conversations/{cid}/reply", json={"agent": "Sam Rivera", "text": "Hi, Sam here."})
        assert r.status_code == 200
        assert [m for m in r.json()["messages"] if m["direction"] == "agent"][-1]["text"] == "Hi, Sam here."
        await bot.twilio.until(lambda f: "Hi, Sam here." in f.bodies(PHONE))

        note = "Customer sounds unsure; internal only 7731"
        r = await c.post(f"/api/conversations/{cid}/note", json={"agent": "Sam Rivera", "text": note})
        assert r.status_code == 200
        assert [m for m in r.json()["messages"] if m["text"] == note][0]["direction"] == "note"

        resume = bot.rt.store.conversation_row(cid).data["resume"]
        r = await c.post(f"/api/conversations/{cid}/release", json={"agent": "Sam Rivera"})
        body = r.json()
        assert r.status_code == 200 and body["assignee"] is None and body["status"] == "active"
        assert body["awaiting"] == resume
        await bot.slack.until(lambda f: "Nobody holds this case" in card_blocks(bot, ts))

        r = await c.post(f"/api/conversations/{cid}/resolve", json={"agent": "Sam Rivera"})
        assert r.status_code == 200 and r.json()["status"] == "resolved" and r.json()["outcome"] == "resolved:agent"
        r = await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam Rivera"})
        assert r.status_code == 409 and r.json()["error"] == "closed"
    await bot.settle()
    assert not any(note in b for b in bot.twilio.bodies(PHONE))
    assert note not in e2e.everything_sent_to_slack(bot.slack)


async def test_reply_needs_the_holder_and_a_second_agent_gets_409_held(bot: e2e.Bot) -> None:
    cid, _ = await sms_handed_off(bot)
    async with api(bot) as c:
        r = await c.post(f"/api/conversations/{cid}/reply", json={"agent": "Sam", "text": "hello?"})
        assert r.status_code == 409 and r.json()["error"] == "not_held" and r.json()["message"]
        assert (await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam"})).status_code == 200
        for action, body in (("takeover", {}), ("reply", {"text": "Alex here"}), ("resolve", {}), ("release", {})):
            r = await c.post(f"/api/conversations/{cid}/{action}", json={"agent": "Alex", **body})
            assert r.status_code == 409, action
            assert r.json() == {"error": "held", "message": r.json()["message"]} and "Sam" in r.json()["message"]
        # the same agent taking over again is no change
        r = await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam"})
        assert r.status_code == 200 and r.json()["assignee"] == "Sam"
    await bot.settle()
    texts = bot.twilio.bodies(PHONE)
    assert not any("hello?" in t or "Alex here" in t for t in texts)
    stored = views.conversation_detail(bot.rt.store, cid)["messages"]
    assert not any(m["text"] in ("hello?", "Alex here") for m in stored)  # a refused reply stores nothing


async def test_console_and_slack_take_over_at_once_exactly_one_wins(bot: e2e.Bot) -> None:
    cid, ts = await sms_handed_off(bot)
    async with api(bot) as c:
        response, _ = await asyncio.gather(
            c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam"}),
            bot.click("UAG1", SUPPORT, "cyanbot_takeover", cid, ts),
        )
    await bot.settle()
    holder = views.conversation_detail(bot.rt.store, cid)["assignee"]
    assert holder in ("Sam", "UAG1")
    took = [m for m in views.conversation_detail(bot.rt.store, cid)["messages"] if m["text"].endswith("took over the case")]
    assert len(took) == 1
    if holder == "Sam":
        assert response.status_code == 200
        (told,) = await bot.slack.until(lambda f: f.calls_to("chat.postEphemeral"))
        assert told.params["user"] == "UAG1" and "Sam" in told.params["text"]
    else:
        assert response.status_code == 409 and response.json()["error"] == "held"
        assert "UAG1" in response.json()["message"]
    # the card names the one holder
    await bot.slack.until(lambda f: "holds this case" in card_blocks(bot, ts))


async def test_slack_takeover_shows_in_the_api_and_blocks_the_console(bot: e2e.Bot) -> None:
    cid, ts = await sms_handed_off(bot)
    await bot.click("UAG1", SUPPORT, "cyanbot_takeover", cid, ts)
    await bot.settle()
    async with api(bot) as c:
        r = await c.get("/api/conversations", params={"assignee": "UAG1"})
        assert [x["id"] for x in r.json()["conversations"]] == [cid]
        r = await c.post(f"/api/conversations/{cid}/reply", json={"agent": "Sam", "text": "hi from the console"})
        assert r.status_code == 409 and r.json()["error"] == "held"


async def test_web_customer_sees_the_reply_and_never_the_note(bot: e2e.Bot) -> None:
    session = "web-desk-session-0123456789"
    cid = await web_handed_off(bot.http, session)
    async with api(bot) as c:
        assert (await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam"})).status_code == 200
        assert (await c.post(f"/api/conversations/{cid}/note",
                             json={"agent": "Sam", "text": "internal: check the router model"})).status_code == 200
        r = await c.post(f"/api/conversations/{cid}/reply", json={"agent": "Sam", "text": "Hi, Sam from support."})
        assert r.status_code == 200
    r = await bot.http.get("/web/messages", params={"session": session, "after": 0})
    texts = [(m["direction"], m["text"]) for m in r.json()["messages"]]
    assert ("agent", "Hi, Sam from support.") in texts
    assert not any("check the router model" in t for _, t in texts)


@pytest.mark.parametrize("action", ACTIONS)
async def test_unknown_conversation_is_404(bot: e2e.Bot, action: str) -> None:
    async with api(bot) as c:
        r = await c.post(f"/api/conversations/c_nope/{action}", json={"agent": "Sam", "text": "x"})
    assert r.status_code == 404 and r.json()["error"] == "not_found" and r.json()["message"]


@pytest.mark.parametrize(("action", "body", "code"), [
    ("takeover", {}, "bad_agent"),
    ("takeover", {"agent": 7}, "bad_agent"),
    ("takeover", {"agent": "   "}, "bad_agent"),
    ("takeover", {"agent": "x" * 65}, "bad_agent"),
    ("takeover", {"agent": "two\nlines"}, "bad_agent"),
    ("resolve", {}, "bad_agent"),
    ("release", {"agent": ["Sam"]}, "bad_agent"),
    ("reply", {"agent": "Sam"}, "bad_text"),
    ("reply", {"agent": "Sam", "text": ""}, "bad_text"),
    ("note", {"agent": "Sam", "text": {"a": 1}}, "bad_text"),
    ("note", {"agent": "Sam", "text": "x" * 4001}, "text_too_long"),
])
async def test_bad_bodies_are_400_with_a_json_error(bot: e2e.Bot, action: str, body: dict[str, Any],
                                                    code: str) -> None:
    cid, _ = await sms_handed_off(bot)
    async with api(bot) as c:
        r = await c.post(f"/api/conversations/{cid}/{action}", json=body)
    assert r.status_code == 400 and r.json()["error"] == code and r.json()["message"]
    assert views.conversation_detail(bot.rt.store, cid)["assignee"] is None


async def test_malformed_requests_are_4xx_never_500(bot: e2e.Bot) -> None:
    cid, _ = await sms_handed_off(bot)
    url = f"/api/conversations/{cid}/note"
    async with api(bot) as c:
        cases = [
            (await c.post(url, content=b'{"agent": "Sam"', headers={"content-type": "application/json"}), 400),
            (await c.post(url, content=b"\xff\xfe", headers={"content-type": "application/json"}), 400),
            (await c.post(url, content=b'{"agent": "Sam", "text": "\\ud800"}',
                          headers={"content-type": "application/json"}), 400),
            (await c.post(url, content=b'["Sam"]', headers={"content-type": "application/json"}), 400),
            (await c.post(url, data={"agent": "Sam", "text": "x"}), 415),
            (await c.post(url, content=b"x" * (65 * 1024), headers={"content-type": "application/json"}), 413),
            (await c.post(f"/api/conversations/{cid}/explode", json={"agent": "Sam"}), 404),
            (await c.get(f"/api/conversations/{cid}/takeover"), 405),
        ]
    for r, status in cases:
        assert r.status_code == status, (r.status_code, r.text)
        assert set(r.json()) == {"error", "message"}
    async with api(bot, token=None) as anon, api(bot, token="wrong") as wrong:
        for c in (anon, wrong):
            r = await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Mallory"})
            assert r.status_code == 401 and r.json()["error"] == "unauthorized"
    assert views.conversation_detail(bot.rt.store, cid)["assignee"] is None


async def test_release_needs_no_body(bot: e2e.Bot) -> None:
    cid, _ = await sms_handed_off(bot)
    async with api(bot) as c:
        assert (await c.post(f"/api/conversations/{cid}/takeover", json={"agent": "Sam"})).status_code == 200
        r = await c.post(f"/api/conversations/{cid}/release")
    assert r.status_code == 200 and r.json()["assignee"] is None and r.json()["status"] == "active"


async def test_search_and_filters(bot: e2e.Bot) -> None:
    cid, _ = await sms_handed_off(bot)
    session = "web-search-session-0123456789"
    wid = await web_handed_off(bot.http, session)
    async with api(bot) as c:
        async def ids(**params: str) -> list[str]:
            r = await c.get("/api/conversations", params=params)
            assert r.status_code == 200, r.text
            return [x["id"] for x in r.json()["conversations"]]

        # the serial finds every case about that unit: the web customer typed it, the SMS customer never did
        assert set(await ids(q=SEED_SERIAL)) == {cid, wid}
        assert set(await ids(q=SEED_SERIAL.lower())) == {cid, wid}  # case does not matter
        assert await ids(q="5551230000") == [cid]           # part of the phone
        assert await ids(q="dana") == [cid]                 # the customer's name from the directory
        assert set(await ids(q="porch-sensor")) == {cid, wid}  # the device's name
        assert set(await ids(q=e2e.SEED_DEVICE[:10])) == {cid, wid}  # part of the device ID
        assert await ids(q="talk to a person") == [cid]     # message text
        assert await ids(q="100%_") == []                   # LIKE wildcards are literal
        assert await ids(q="porch-sensor", channel="web") == [wid]
        assert set(await ids(status="handed_off", outcome="handoff")) == {cid, wid}
        assert await ids(outcome="resolved") == []
        await c.post(f"/api/conversations/{wid}/takeover", json={"agent": "Sam"})
        assert await ids(assignee="Sam") == [wid]
        r = await c.get("/api/conversations", params={"q": "x" * 201})
        assert r.status_code == 400 and r.json()["error"] == "bad_q"
        # A page at a time: newest first, `next_offset` while there is more (the list was cut at 200 silently).
        first = (await c.get("/api/conversations", params={"limit": "1"})).json()
        assert [x["id"] for x in first["conversations"]] == [wid] and first["next_offset"] == 1
        second = (await c.get("/api/conversations", params={"limit": "1", "offset": "1"})).json()
        assert [x["id"] for x in second["conversations"]] == [cid] and "next_offset" not in second
        for bad in ({"limit": "0"}, {"limit": "1001"}, {"offset": "-1"}, {"limit": "ten"}):
            r = await c.get("/api/conversations", params=bad)
            assert r.status_code == 400 and r.json()["error"].startswith("bad_"), bad
