"""HTTP surface (design §4): health, web chat, admin API, and bad input on every route."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bot.server import views
from tests.harness import SEED_ID, SEED_SERIAL, Rig, make_settings

if TYPE_CHECKING:
    from tests.conftest import AppClient


SESSION = "abc123-web-chat-session-0001"  # design §4: 22-64 URL-safe characters
S2 = "a" * 22


def conv_count(rig: Rig) -> int:
    return int(rig.store.db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0])


async def test_healthz_shape(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig) as c:
        r = await c.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "channels": ["web"], "cloud": "simulated"}


async def test_index_page_is_filled_in(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig) as c:
        r = await c.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "{{SIMULATED}}" not in r.text and "{{PRODUCT_NAME}}" not in r.text
    assert 'data-simulated="true"' in r.text


async def test_web_chat_round_trip_and_polling(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig) as c:
        r = await c.post("/web/messages", json={"session": SESSION, "text": "hi"})
        assert r.status_code == 200
        body = r.json()
        assert body["conversation_id"].startswith("c_")
        assert body["replies"] and all(set(x) == {"text", "choices"} for x in body["replies"])
        r2 = await c.post("/web/messages", json={"session": SESSION, "text": SEED_SERIAL})
        assert any(x["choices"] for x in r2.json()["replies"]), "the LED question has choices"
        p = (await c.get("/web/messages", params={"session": SESSION, "after": 0})).json()
        idx = [m["index"] for m in p["messages"]]
        assert idx == list(range(len(idx))) and p["next"] == len(idx)
        assert p["messages"][0] == {**p["messages"][0], "direction": "in", "text": "hi"}
        assert set(p["messages"][0]) == {"index", "direction", "text", "choices", "at"}
        # Later messages (the device comes online) show up on the next poll from `next`.
        await rig.online(True, device_id=SEED_ID)
        p2 = (await c.get("/web/messages", params={"session": SESSION, "after": p["next"]})).json()
        assert p2["messages"] and p2["messages"][0]["index"] == p["next"]
        assert "came online" in p2["messages"][0]["text"]
        empty = (await c.get("/web/messages", params={"session": SESSION, "after": p2["next"]})).json()
        # issue 9 added `status` (the contract allows added fields); the contract's own fields are exactly these
        assert {k: v for k, v in empty.items() if k != "status"} == {"messages": [], "next": p2["next"]}
        assert empty["status"]["conversation_id"] == body["conversation_id"]


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"content": b"not json", "headers": {"content-type": "application/json"}}, 400, "bad_json"),
        ({"data": {"session": S2, "text": "hi"}}, 415, "unsupported_media_type"),
        ({"content": b'{"session": "aaaaaaaaaaaaaaaaaaaaaa", "text": "\xff\xfe"}',
          "headers": {"content-type": "application/json"}}, 400, "bad_encoding"),
        ({"json": {"session": "a", "text": "hi"}}, 400, "bad_session"),
        ({"json": {"session": "x" * 21, "text": "hi"}}, 400, "bad_session"),
        ({"json": {"session": "x" * 65, "text": "hi"}}, 400, "bad_session"),
        ({"json": {"session": S2, "text": ""}}, 400, "bad_text"),
        ({"json": {"session": S2, "text": 5}}, 400, "bad_text"),
        ({"content": b'{"session": "aaaaaaaaaaaaaaaaaaaaaa", "text": "x\\ud800y"}',
          "headers": {"content-type": "application/json"}}, 400, "bad_text"),
        ({"json": {"session": S2, "text": "hi", "client_message_id": "a b"}}, 400, "bad_client_message_id"),
        ({"json": ["session", "text"]}, 400, "bad_json"),
        ({"json": {"session": "a b/c" * 5, "text": "hi"}}, 400, "bad_session"),
        ({"json": {"session": S2, "text": "x" * 70_000}}, 413, "too_large"),
        ({"content": b"", "headers": {"content-type": "application/json"}}, 400, "bad_json"),
    ],
)
async def test_web_post_bad_input(app_client: AppClient, rig: Rig, kwargs: dict[str, Any], status: int, code: str) -> None:
    async with app_client(rig) as c:
        r = await c.post("/web/messages", **kwargs)
    assert r.status_code == status
    assert r.json()["error"] == code and r.json()["message"]
    assert conv_count(rig) == 0, "nothing half-written"


async def test_web_get_bad_input(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig) as c:
        assert (await c.get("/web/messages")).status_code == 400
        assert (await c.get("/web/messages", params={"session": S2, "after": "-1"})).status_code == 400
        assert (await c.get("/web/messages", params={"session": S2, "after": "x"})).json()["error"] == "bad_after"
        assert (await c.get("/web/messages", params={"session": "short", "after": "0"})).json()["error"] == \
            "bad_session"


async def test_unknown_route_and_method_are_json(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig) as c:
        r = await c.get("/nope")
        assert r.status_code == 404 and r.json()["error"] == "not_found"
        r = await c.delete("/healthz")
        assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"


async def test_api_needs_the_admin_token_from_every_client(app_client: AppClient, tmp_path: Path) -> None:
    rig = await Rig.start(make_settings(tmp_path / "a.db"))
    try:
        # No loopback exception: a same-host proxy makes every client loopback (issue 10).
        for host in ("127.0.0.1", "203.0.113.9"):
            async with app_client(rig, host=host, token=None) as c:
                r = await c.get("/api/conversations", headers={"X-Forwarded-For": "127.0.0.1"})
                assert r.status_code == 401 and r.json()["error"] == "unauthorized"
        async with app_client(rig) as c:
            assert (await c.get("/api/conversations")).status_code == 200
    finally:
        await rig.stop()
    rig = await Rig.start(make_settings(tmp_path / "b.db", admin_token="s3cret-admin"))
    try:
        async with app_client(rig, token=None) as c:
            r = await c.get("/api/stats")
            assert r.status_code == 401 and r.json()["error"] == "unauthorized"
        async with app_client(rig, host="203.0.113.9", token="s3cret-admin") as c:
            assert (await c.get("/api/stats")).status_code == 200
        async with app_client(rig, token="wrong") as c:
            assert (await c.get("/api/stats")).status_code == 401
    finally:
        await rig.stop()


async def test_api_conversation_object_transcript_and_stats(app_client: AppClient, rig: Rig) -> None:
    await rig.say("hi")
    await rig.say(SEED_SERIAL)
    await rig.say("blinking green, normal speed")
    await rig.say("my password is Hunter2-Secret")
    conv_id = rig.conversation()["id"]
    async with app_client(rig) as c:
        lst = (await c.get("/api/conversations")).json()["conversations"]
        assert [x["id"] for x in lst] == [conv_id]
        assert set(lst[0]) == {"id", "channel", "customer", "device_id", "status", "awaiting", "outcome",
                               "assignee", "created_at", "updated_at"}
        for q, n in (({"status": "active"}, 1), ({"status": "resolved"}, 0), ({"channel": "sms"}, 0),
                     ({"customer": "session-1"}, 1), ({"device_id": "3C002A000C47363433353735"}, 1)):
            got = (await c.get("/api/conversations", params=q)).json()["conversations"]
            assert len(got) == n, q
        assert (await c.get("/api/conversations", params={"status": "weird"})).status_code == 400
        obj = (await c.get(f"/api/conversations/{conv_id}")).json()
        for key in ("id", "channel", "customer", "device_id", "platform", "state", "awaiting", "status",
                    "assignee", "outcome", "findings", "cloud", "created_at", "updated_at", "messages"):
            assert key in obj
        assert obj["platform"] == "photon" and obj["awaiting"] == "wifi_password"
        assert {"code": "led:blinking_green", "source": "led"}.items() <= obj["findings"][-1].items() or \
            any(f["code"] == "led:blinking_green" for f in obj["findings"])
        assert obj["cloud"]["online"] is False and obj["cloud"]["claimed"] is True
        assert "Hunter2-Secret" not in json.dumps(obj)
        assert any("[redacted]" in m["text"] for m in obj["messages"] if m["direction"] == "in")
        md = await c.get(f"/api/conversations/{conv_id}/transcript")
        assert md.status_code == 200 and "led:blinking_green" in md.text and "Hunter2" not in md.text
        js = (await c.get(f"/api/conversations/{conv_id}/transcript", params={"format": "json"})).json()
        kinds = {i["kind"] for i in js["items"]}
        assert kinds == {"message", "finding", "cloud"}
        ats = [i["at"] for i in js["items"]]
        assert ats == sorted(ats)
        assert (await c.get(f"/api/conversations/{conv_id}/transcript", params={"format": "pdf"})).status_code == 400
        assert (await c.get("/api/conversations/c_nope")).status_code == 404
        assert (await c.get("/api/conversations/c_nope/transcript")).status_code == 404
        stats = (await c.get("/api/stats")).json()
        assert stats["by_status"] == {"active": 1}
        assert stats["steps"]["led"]["reached"] == 1 and stats["steps"]["wifi_password"]["reached"] == 1


async def test_stats_count_resolutions_per_step(rig: Rig) -> None:
    await rig.say("hi")
    await rig.say(SEED_SERIAL)
    await rig.online(True)
    await rig.say("yes")
    stats = views.stats(rig.store)
    assert stats["by_outcome"] == {"resolved:device_online": 1}
    assert stats["steps"]["confirm_fixed"] == {"reached": 1, "resolved": 1}


async def test_handed_off_case_is_visible_in_the_api_without_slack(app_client: AppClient, rig: Rig) -> None:
    await rig.say("hi")
    await rig.say(SEED_SERIAL)
    await rig.say("blinking green, normal speed")
    await rig.say("agent")
    conv_id = rig.conversation()["id"]
    async with app_client(rig) as c:
        obj = (await c.get(f"/api/conversations/{conv_id}")).json()
        assert obj["status"] == "handed_off" and obj["outcome"] == "handoff:customer_request"
        assert obj["case"]["device"]["id"] == SEED_ID and obj["case"]["device"]["mac_wifi"]
        assert "Asked what the status light is doing" in obj["case"]["tried"]
        md = (await c.get(f"/api/conversations/{conv_id}/transcript")).text
        assert "**Suspected cause:**" in md


async def test_a_failing_database_answers_503_store_unavailable_on_the_api_and_web_chat(
        app_client: AppClient, rig: Rig) -> None:
    import sqlite3

    async with app_client(rig) as c:
        r = await c.post("/web/messages", json={"session": SESSION, "text": "hi"})
        assert r.status_code == 200
        good = rig.store.db.conn
        broken = sqlite3.connect(":memory:")
        broken.close()
        rig.store.db.conn = broken  # every statement now fails as on a lost or unusable database file
        try:
            answers = [
                await c.post("/web/messages", json={"session": SESSION, "text": "hello again"}),
                await c.get("/web/messages", params={"session": SESSION, "after": 0}),
                await c.get("/api/conversations"),
                await c.get("/api/conversations/c_0000000000000000"),
                await c.get("/api/stats"),
            ]
        finally:
            rig.store.db.conn = good
    for a in answers:
        assert a.status_code == 503, (a.request.url, a.status_code, a.text)
        assert a.json()["error"] == "store_unavailable" and a.json()["message"]
        assert a.headers["content-type"].startswith("application/json")


async def test_a_server_process_leaves_its_start_up_heap_out_of_later_collections(tmp_path: Path) -> None:
    """`serve` and `worker` settle the heap once start-up has loaded its word lists (a full collection had walked
    them all, 30-60 ms with the loop stopped, several times a minute under load); a test's runtime does not."""
    import gc

    assert gc.get_freeze_count() == 0
    rig = await Rig.start(make_settings(tmp_path / "plain.db"))
    try:
        assert gc.get_freeze_count() == 0  # tests, the CLI: nothing frozen
    finally:
        await rig.stop()
    from bot.server.runtime import build_runtime

    rt = build_runtime(make_settings(tmp_path / "served.db"), role="web")
    rt.freeze_heap = True
    try:
        await rt.start(stream=False)
        assert gc.get_freeze_count() > 10_000  # modules, word lists: everything alive after the warm-up
    finally:
        gc.unfreeze()  # this test process goes on collecting as before
        await rt.stop()
