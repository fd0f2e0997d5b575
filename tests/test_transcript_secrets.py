"""Nothing secret is kept or shown (design §6 wifi_password, §8): a Wi-Fi password the customer pastes, in any of
the usual forms, and the tokens from the settings appear nowhere: not in the database, not in the API
transcripts, not in the case for support, not in the logs.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.engine.case import build_case
from bot.server.app import create_app
from tests.harness import SEED_SERIAL, Rig, make_settings

WIFI_PASSWORD = "Sunny-Day-42"
ADMIN_TOKEN = "adm-7f3c9e21-secret-admin"
TWILIO_TOKEN = "twl-0a9b8c7d6e5f-secret-auth"
SECRETS = (WIFI_PASSWORD, ADMIN_TOKEN, TWILIO_TOKEN)

CONVERSATION = [
    "hi",
    SEED_SERIAL,
    "blinking green",
    "normal speed",
    f"my password is {WIFI_PASSWORD}",   # explicit form at the password step
    WIFI_PASSWORD,                       # just the password, at the wifi_password step
    f"yes, pw: {WIFI_PASSWORD}",         # an answer with the short form (a third key alone would hand off)
    f"HomeNet (the wifi key is {WIFI_PASSWORD})",  # explicit form at another step
    f"skip, and here are tokens for you {ADMIN_TOKEN} {TWILIO_TOKEN}",  # pasted settings tokens
]


@pytest.fixture
async def rig(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> AsyncIterator[Rig]:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(tmp_path / "bot.db", admin_token=ADMIN_TOKEN, twilio_auth_token=TWILIO_TOKEN)
    r = await Rig.start(settings, address="web-session-for-secrets-test")
    for text in CONVERSATION:
        await r.say(text)
    await r.say("agent")  # hand off: the case for support is built from what was stored
    yield r
    await r.stop()


def _assert_clean(where: str, text: str) -> None:
    for s in SECRETS:
        assert s not in text, f"{s!r} found in {where}"


def test_password_was_seen_and_redacted_in_the_stored_messages(rig: Rig) -> None:
    inbound = [m["text"] for m in rig.store.messages(rig.conversation()["id"]) if m["direction"] == "in"]
    assert len(inbound) == len(CONVERSATION) + 1
    assert sum("[redacted]" in t for t in inbound) >= 5, inbound
    assert inbound[4] == "my password is [redacted]"
    assert inbound[5] == "[redacted]"
    assert rig.conversation()["outcome"] == "handoff:customer_request"


def test_no_secret_in_any_table(rig: Rig) -> None:
    con = sqlite3.connect(rig.settings.database_path)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "[redacted]" in dump and "porch-sensor" in dump  # the dump really holds the conversation
    _assert_clean("the database dump", dump)


def test_no_secret_in_what_the_bot_said(rig: Rig) -> None:
    for m in rig.outbound():
        _assert_clean("an outbound message", m["text"])


async def test_no_secret_in_api_transcripts_or_conversation(rig: Rig) -> None:
    conv_id = rig.conversation()["id"]
    app = create_app(rig.rt, manage_lifespan=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 5555)),
                                 base_url="http://bot.test",
                                 headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}) as c:
        md = await c.get(f"/api/conversations/{conv_id}/transcript", params={"format": "md"})
        js = await c.get(f"/api/conversations/{conv_id}/transcript", params={"format": "json"})
        conv = await c.get(f"/api/conversations/{conv_id}")
        listing = await c.get("/api/conversations")
        poll = await c.get("/web/messages", params={"session": rig.address, "after": 0})
    for name, r in (("md transcript", md), ("json transcript", js), ("conversation", conv),
                    ("conversation list", listing), ("web poll", poll)):
        assert r.status_code == 200, (name, r.status_code, r.text)
        # Only the request carried the admin token; no answer does.
        _assert_clean(f"the API {name}", r.text)
    assert "[redacted]" in md.text and "[redacted]" in js.text
    assert "blinking green" in md.text


def test_no_secret_in_the_case_for_support(rig: Rig) -> None:
    conv_id = rig.conversation()["id"]
    for secrets in (None, rig.settings.secret_values()):
        case = build_case(rig.store, conv_id, secrets=secrets)
        text = json.dumps(case, default=str)
        assert "porch-sensor" in text
        _assert_clean("build_case()", text)


def test_no_secret_in_logs(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    records = caplog.get_records("setup") + caplog.records  # the conversation ran in the fixture
    assert any(r.name.startswith("cyanbot") for r in records), "logging was captured"
    for r in records:
        _assert_clean(f"log record {r.name}", r.getMessage())
        if r.exc_text:
            _assert_clean(f"log traceback {r.name}", r.exc_text)


async def _db_after(tmp_path: Path, texts: list[str]) -> str:
    r = await Rig.start(make_settings(tmp_path / "leak.db"))
    try:
        for text in texts:
            await r.say(text)
    finally:
        await r.stop()
    con = sqlite3.connect(tmp_path / "leak.db")
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


TO_PASSWORD_STEP = ["hi", SEED_SERIAL, "blinking green", "normal speed"]


@pytest.mark.parametrize("text", [f"HomeNet, password {WIFI_PASSWORD}", f"HomeNet pw {WIFI_PASSWORD}"])
async def test_network_name_with_password_is_redacted(tmp_path: Path, text: str) -> None:
    dump = await _db_after(tmp_path, [*TO_PASSWORD_STEP, "yes", text])
    assert "HomeNet" in dump
    assert WIFI_PASSWORD not in dump


@pytest.mark.parametrize("text", [f"yes, {WIFI_PASSWORD}", f"I typed {WIFI_PASSWORD}",
                                  f"i used {WIFI_PASSWORD} as the password"])
async def test_password_inside_an_answer_at_the_password_step_is_redacted(tmp_path: Path, text: str) -> None:
    dump = await _db_after(tmp_path, [*TO_PASSWORD_STEP, text])
    assert WIFI_PASSWORD not in dump


@pytest.mark.parametrize("text", [f"Password: {WIFI_PASSWORD}!", f"the password is \"{WIFI_PASSWORD}\"",
                                  f"PW={WIFI_PASSWORD}", f"My WiFi password is {WIFI_PASSWORD}.",
                                  f"its HomeNet and the password is {WIFI_PASSWORD}"])
async def test_more_explicit_forms_are_redacted(tmp_path: Path, text: str) -> None:
    dump = await _db_after(tmp_path, [*TO_PASSWORD_STEP, text])
    assert "[redacted]" in dump
    assert WIFI_PASSWORD not in dump
