"""Issue 9, item 3: support without Slack from the CLI (`cyanbot conversations ...`).

The CLI is its own process beside the server: it writes rows through the agent desk and the running server
delivers them. Here the server is a Rig on the same database (started or not), and the CLI runs in-process
through `main()` (in a thread while the server runs, as a second process would).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.clock import FakeClock
from tests.cli_env import run
from tests.fakes import twilio as tw
from tests.harness import SEED_ID, SEED_SERIAL, Rig, make_settings

PHONE = "+15551230000"


async def web_case(db: Path, session: str = "cli-desk-session") -> str:
    """A web customer names the seed unit and asks for a person; the server then stops."""
    rig = await Rig.start(make_settings(db), channel="web", address=session)
    try:
        for text in ("hi", SEED_SERIAL, "can I speak with a person"):
            await rig.say(text)
        conv = rig.conversation()
        assert conv["status"] == "handed_off"
        return str(conv["id"])
    finally:
        await rig.stop()


def web_view(db: Path, session: str) -> list[tuple[str, str]]:
    """What the web customer's poll returns (GET /web/messages reads exactly this)."""
    from bot.clock import SystemClock
    from bot.store.store import Store

    store = Store.open(str(db), SystemClock())
    try:
        return [(m.direction, m.text) for m in store.messages_for_address("web", session)]
    finally:
        store.close()


def stored(db: Path, cid: str) -> list[tuple[str, str, str | None]]:
    from bot.clock import SystemClock
    from bot.store.store import Store

    store = Store.open(str(db), SystemClock())
    try:
        return [(m.direction, m.text, m.author) for m in store.messages(cid)]
    finally:
        store.close()


def test_list_has_a_header_filters_and_search(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cid = asyncio.run(web_case(db))
    code, out, _ = run(capsys, "conversations", "list")
    header, *lines = out.splitlines()
    assert code == 0 and header.split()[:3] == ["ID", "UPDATED", "CHANNEL"] and "ASSIGNEE" in header
    assert any(cid in ln and "handed_off" in ln for ln in lines)
    for argv, found in ((["--q", SEED_SERIAL], True), (["--q", "porch-sensor"], True), (["--q", "speak with"], True),
                        (["--q", "no-such-thing"], False), (["--status", "resolved"], False),
                        (["--channel", "web", "--outcome", "handoff"], True), (["--channel", "sms"], False),
                        (["--device", SEED_ID], True), (["--assignee", "Sam"], False)):
        code, out, _ = run(capsys, "conversations", "list", *argv)
        assert code == 0 and (cid in out) == found, argv
    run(capsys, "conversations", "takeover", cid, "--agent", "Sam")
    code, out, _ = run(capsys, "conversations", "list", "--assignee", "Sam")
    assert code == 0 and cid in out and "Sam" in out.splitlines()[1]


def test_each_action_with_clear_exit_codes(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session = "cli-desk-session"
    cid = asyncio.run(web_case(db, session))
    code, _, err = run(capsys, "conversations", "reply", cid, "--agent", "Sam", "hello?")
    assert code == 3 and "take it over first" in err
    code, out, _ = run(capsys, "conversations", "takeover", cid, "--agent", "Sam")
    assert code == 0 and "Sam holds" in out
    code, _, err = run(capsys, "conversations", "takeover", cid, "--agent", "Alex")
    assert code == 3 and err.startswith("error: Sam holds") and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "conversations", "reply", cid, "--agent", "Alex", "Alex here")
    assert code == 3 and "Sam holds" in err
    code, _, _ = run(capsys, "conversations", "reply", cid, "--agent", "Sam", "Hi, Sam from support here.")
    assert code == 0
    code, _, _ = run(capsys, "conversations", "note", cid, "--agent", "Sam", "router is an Arris, internal 4411")
    assert code == 0
    seen = web_view(db, session)
    assert ("agent", "Hi, Sam from support here.") in seen
    assert not any("4411" in t or "Alex here" in t or "hello?" in t for _, t in seen)
    assert ("note", "router is an Arris, internal 4411", "Sam") in stored(db, cid)

    code, _, err = run(capsys, "conversations", "resolve", cid, "--agent", "Alex")
    assert code == 3 and "Sam holds" in err
    code, _, err = run(capsys, "conversations", "release", cid, "--agent", "Alex")
    assert code == 3
    code, out, _ = run(capsys, "conversations", "release", cid)  # an operator gives it back, whoever holds it
    assert code == 0 and "given back" in out
    code, out, _ = run(capsys, "conversations", "list", "--assignee", "Sam")
    assert "no conversations" in out
    code, out, _ = run(capsys, "conversations", "resolve", cid, "--agent", "Alex")
    assert code == 0 and "resolved by Alex" in out
    assert ("note", "Alex resolved the case", "Alex") in stored(db, cid)

    for argv in (["takeover", "c_nope", "--agent", "Sam"], ["reply", "c_nope", "--agent", "Sam", "x"],
                 ["note", "c_nope", "--agent", "Sam", "x"], ["release", "c_nope"],
                 ["resolve", "c_nope", "--agent", "Sam"]):
        code, out, err = run(capsys, "conversations", *argv)
        assert code == 2 and out == "" and err == "error: no conversation c_nope\n", argv
    code, _, err = run(capsys, "conversations", "note", cid, "--agent", " ", "x")
    assert code == 2 and "--agent is empty" in err


def sms_settings(db: Path, twilio_url: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The server's SMS settings, also in the environment the CLI reads (one .env for both in real life)."""
    values = {"twilio_account_sid": tw.ACCOUNT_SID, "twilio_auth_token": tw.AUTH_TOKEN,
              "twilio_from_number": tw.FROM_NUMBER, "twilio_api_base_url": twilio_url,
              "public_base_url": "http://bot.test"}
    for k, v in values.items():
        monkeypatch.setenv(k.upper(), v)
    return values


async def sms_server(db: Path, twilio: tw.FakeTwilio, monkeypatch: pytest.MonkeyPatch) -> tuple[Rig, str]:
    settings = make_settings(db, **sms_settings(db, twilio.url, monkeypatch))  # type: ignore[attr-defined]
    rig = await Rig.start(settings, clock=FakeClock(time.time()), channel="sms", address=PHONE)
    rig.store.add_customer(SEED_ID, phone=PHONE, name="Dana")
    await rig.say("hi")
    await rig.say("I'd rather deal with a human")
    assert rig.conversation()["status"] == "handed_off"
    return rig, str(rig.conversation()["id"])


async def cli(*argv: str) -> int:
    """`cyanbot ARGV` as another process would run it, beside the running server."""
    return await asyncio.to_thread(main, list(argv))


async def test_a_cli_reply_is_sent_by_the_running_server(db: Path, fake_twilio: tw.FakeTwilio,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    rig, cid = await sms_server(db, fake_twilio, monkeypatch)
    try:
        assert await cli("conversations", "takeover", cid, "--agent", "Sam") == 0
        assert await cli("conversations", "reply", cid, "--agent", "Sam", "Sam from support: is it still green?") == 0
        assert await cli("conversations", "note", cid, "--agent", "Sam", "internal 9931") == 0
        rig.clock.advance(1)  # the scheduler's next pass finds the CLI's outbox row due
        await rig.engine.run_due()
        await fake_twilio.until(lambda f: any("is it still green?" in b for b in f.bodies(PHONE)))
        await rig.engine.wait_idle(10)
        assert rig.conversation()["assignee"] == "Sam"
        assert not any("9931" in b for b in fake_twilio.bodies(PHONE))
    finally:
        await rig.stop()


async def test_a_cli_resolve_is_applied_by_the_running_server(db: Path, fake_twilio: tw.FakeTwilio,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rig, cid = await sms_server(db, fake_twilio, monkeypatch)
    try:
        assert await cli("conversations", "resolve", cid, "--agent", "Sam") == 0
        rig.clock.advance(1)
        await rig.engine.run_due()
        await rig.engine.wait_idle(10)
        conv = rig.conversation()
        assert conv["status"] == "resolved" and conv["outcome"] == "resolved:agent"
    finally:
        await rig.stop()
