"""Web chat sessions (issue 10 items 2, 3 and 6; design §4): unguessable session IDs, rate limits, paged polls,
re-sends that are stored once, and text that cannot be stored refused with a 400."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.server.app import PAGE, SESSION_RATE
from tests.harness import SEED_SERIAL, Rig

if TYPE_CHECKING:
    from tests.conftest import AppClient

SESSION = "test-session-0123456789abcdef"
HOST = "198.51.100.7"  # the client address the app sees


def stored(rig: Rig, session: str = SESSION) -> list[str]:
    return [m["text"] for m in rig.store.messages_for_address("web", session) if m["direction"] == "in"]


async def test_the_server_makes_an_unguessable_session_when_none_is_sent(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, host=HOST, token=None) as c:
        first = (await c.post("/web/messages", json={"text": "hi"})).json()
        other = (await c.post("/web/messages", json={"text": "hi"})).json()
        session = first["session"]
        assert 22 <= len(session) <= 64 and session != other["session"]
        assert first["replies"], "the greeting"
        again = await c.post("/web/messages", json={"session": session, "text": SEED_SERIAL})
        assert again.json()["conversation_id"] == first["conversation_id"]


@pytest.mark.parametrize("guess", ["1", "a", "abc123", "x" * 21, "web-1", "../../etc/passwd-aaaaaaaaaaa"])
async def test_short_or_odd_session_ids_are_refused_and_store_nothing(app_client: AppClient, rig: Rig, guess: str) -> None:
    async with app_client(rig, host=HOST, token=None) as c:
        assert (await c.post("/web/messages", json={"session": guess, "text": "hi"})).status_code == 400
        assert (await c.get("/web/messages", params={"session": guess})).status_code == 400
    assert rig.store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0


async def test_flooding_one_chat_gets_429_with_retry_after_then_recovers(app_client: AppClient, rig: Rig) -> None:
    limit, window = SESSION_RATE
    async with app_client(rig, host=HOST, token=None) as c:
        for i in range(int(limit)):
            assert (await c.post("/web/messages", json={"session": SESSION, "text": f"hello {i}"})).status_code == 200
        r = await c.post("/web/messages", json={"session": SESSION, "text": "one too many"})
        assert r.status_code == 429 and r.json()["error"] == "rate_limited"
        assert 1 <= int(r.headers["Retry-After"]) <= window
        assert "one too many" not in stored(rig)
        rig.clock.advance(window)
        assert (await c.post("/web/messages", json={"session": SESSION, "text": "back again"})).status_code == 200


async def test_one_address_cannot_open_thousands_of_chats(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, host="203.0.113.50", token=None) as c:
        codes = [(await c.post("/web/messages", json={"session": f"flood-{i:04d}-aaaaaaaaaaaaaaaa", "text": "hi"}))
                 .status_code for i in range(25)]
    assert codes[:20] == [200] * 20 and set(codes[20:]) == {429}
    async with app_client(rig, host="203.0.113.51", token=None) as c:  # someone else is not affected
        assert (await c.post("/web/messages", json={"session": "other-aaaaaaaaaaaaaaaaaaa", "text": "hi"})).status_code \
            == 200
    count = rig.store.db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0]
    assert count == 21


async def test_polls_are_paged_and_never_cached(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, host=HOST, token=None) as c:
        await c.post("/web/messages", json={"session": SESSION, "text": "hi"})
    conv_id = rig.store.latest_conversation("web", SESSION)["id"]
    for i in range(2 * PAGE + 10):
        rig.store.add_message(conv_id, "out", f"line {i}")
    async with app_client(rig, host=HOST, token=None) as c:
        got: list[int] = []
        after = 0
        while True:
            r = await c.get("/web/messages", params={"session": SESSION, "after": after})
            assert r.headers["Cache-Control"] == "no-store"
            body = r.json()
            assert len(body["messages"]) <= PAGE
            if not body["messages"]:
                break
            got += [m["index"] for m in body["messages"]]
            after = body["next"]
    assert got == list(range(len(got))) and len(got) == rig.store.count_for_address("web", SESSION)


async def test_a_resent_message_is_stored_once_and_answered_the_same(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, host=HOST, token=None) as c:
        await c.post("/web/messages", json={"session": SESSION, "text": "hi", "client_message_id": "m1"})
        first = (await c.post("/web/messages", json={"session": SESSION, "text": SEED_SERIAL,
                                                     "client_message_id": "m2"})).json()
        again = (await c.post("/web/messages", json={"session": SESSION, "text": SEED_SERIAL,
                                                     "client_message_id": "m2"})).json()
        assert again["replies"] == first["replies"] and first["replies"]
        # Two copies at once (a retry racing the original): still one stored, both answered.
        a, b = await asyncio.gather(
            c.post("/web/messages", json={"session": SESSION, "text": "blinking green", "client_message_id": "m3"}),
            c.post("/web/messages", json={"session": SESSION, "text": "blinking green", "client_message_id": "m3"}))
        assert a.status_code == b.status_code == 200
    assert stored(rig) == ["hi", SEED_SERIAL, "blinking green"]
    # The same ID in another chat is another message.
    async with app_client(rig, host=HOST, token=None) as c:
        r = await c.post("/web/messages", json={"session": "another-session-aaaaaaaaa", "text": "hi",
                                                "client_message_id": "m1"})
        assert r.status_code == 200 and stored(rig, "another-session-aaaaaaaaa") == ["hi"]


async def test_a_lone_surrogate_is_a_400_and_nothing_is_stored(app_client: AppClient, rig: Rig) -> None:
    async with app_client(rig, host=HOST, token=None) as c:
        r = await c.post("/web/messages", content=b'{"session": "' + SESSION.encode() + b'", "text": "x\\ud800y"}',
                         headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"] == "bad_text"
    assert rig.store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0


async def test_the_page_sends_security_headers_that_allow_only_its_own_code(app_client: AppClient, rig: Rig) -> None:
    import base64
    import hashlib
    import re

    async with app_client(rig, host=HOST, token=None) as c:
        r = await c.get("/")
    assert r.headers["X-Frame-Options"] == "DENY" and r.headers["X-Content-Type-Options"] == "nosniff"
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    script = re.search(r"<script>(.*?)</script>", r.text, re.S)
    assert script is not None
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp, "the served script is the one the policy allows"
    assert ' style="' not in r.text and " onclick=" not in r.text, "no inline attributes the policy would block"


async def test_a_channel_that_cannot_refuse_still_stores_bad_text_safely(rig: Rig) -> None:
    """A verified webhook cannot be answered with a 400; the engine keeps the message, made storable."""
    from bot.messages import Inbound

    receipt = await rig.engine.receive(Inbound(channel="sms", address="+15550001111", text="x\ud800y",
                                               external_id="SMlone"))
    await rig.engine.wait_idle(10)
    assert receipt.conversation_id
    texts = [m["text"] for m in rig.store.messages(receipt.conversation_id) if m["direction"] == "in"]
    assert texts == ["x?y"]


def test_numbering_spans_conversations_and_skips_notes(tmp_path: Path) -> None:
    from bot.clock import FakeClock
    from bot.store.store import Store

    clock = FakeClock()
    store = Store.open(tmp_path / "s.db", clock)
    first = store.create_conversation("web", SESSION)
    for text in ("a", "b", "c"):
        store.add_message(first["id"], "in", text)
    store.add_message(first["id"], "note", "agents only")
    clock.advance(5)
    second = store.create_conversation("web", SESSION)
    for text in ("d", "e"):
        store.add_message(second["id"], "out", text)
    everything = store.messages_for_address("web", SESSION)
    assert [(m["index"], m["text"]) for m in everything] == list(enumerate("abcde"))
    for after in range(7):
        for limit in (1, 2, 10):
            page = store.messages_for_address("web", SESSION, after, limit=limit)
            assert page == everything[after:after + limit]
    assert store.count_for_address("web", SESSION) == 5
