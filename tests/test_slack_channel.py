"""The Slack channel against a local fake Web API, with really signed events and block actions.

The engine is a small stub here (the real one is exercised in tests/test_slack_e2e.py); what is tested is the
channel's own contract: signatures, dedupe of retries, which messages reach the engine, ack before work, Block Kit
out, the case card and transcript, and the start-up check.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from slack_bolt.authorization import AuthorizeResult
from starlette.applications import Starlette
from starlette.routing import Route

from bot.channels.slack import SlackCaseSink, SlackChannel, SlackSender, make_client, startup_check
from bot.config import Settings
from bot.errors import ChannelError
from bot.messages import Inbound, Part
from bot.server.webhooks import slack_endpoint
from tests.fakes.slack_api import (
    BOT_ID,
    BOT_USER_ID,
    TEAM_ID,
    VALID_TOKEN,
    FakeSlack,
    action_request,
    event_request,
    sign,
)
from tests.test_slack_case import seed_case

SECRET = "test-signing-secret-123"
SUPPORT = "CSUPPORT1"


class StubEngine:
    """Records what the channel asked for; agent_takeover lets exactly one agent win."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.seen: set[tuple[str, str]] = set()
        self.cases: dict[tuple[str, str], str] = {}
        self.holder: dict[str, str] = {}
        self.reply_result = "sent"
        self._changed = asyncio.Event()

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))
        self._changed.set()

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [a for n, a in self.calls if n == name]

    async def until(self, pred: Callable[[], Any], timeout: float = 3.0) -> Any:
        """Wait (bounded) until pred() holds, re-checking whenever the stub records a call."""
        async with asyncio.timeout(timeout):
            while not (value := pred()):
                self._changed.clear()
                await self._changed.wait()
            return value

    async def receive(self, inbound: Inbound) -> Any:
        # like Engine.receive: a repeated external_id is acknowledged and ignored
        if inbound.external_id and not await self.first_delivery(inbound.channel, inbound.external_id):
            return SimpleNamespace(conversation_id=None, duplicate=True)
        self._record("receive", inbound)
        return SimpleNamespace(conversation_id="conv-" + inbound.address, duplicate=False)

    async def first_delivery(self, source: str, key: str) -> bool:
        first = (source, key) not in self.seen
        self.seen.add((source, key))
        return first

    async def agent_takeover(self, conversation_id: str, agent: str) -> tuple[bool, str | None]:
        self._record("takeover", conversation_id, agent)
        holder = self.holder.setdefault(conversation_id, agent)
        return holder == agent, holder

    async def agent_release(self, conversation_id: str, agent: str) -> bool:
        self._record("release", conversation_id, agent)
        if self.holder.get(conversation_id) != agent:
            return False
        del self.holder[conversation_id]
        return True

    async def agent_resolve(self, conversation_id: str, agent: str) -> bool:
        self._record("resolve", conversation_id, agent)
        return True

    async def agent_reply(self, conversation_id: str, agent: str, text: str) -> str:
        self._record("reply", conversation_id, agent, text)
        return self.reply_result

    def conversation_for_case(self, channel: str, thread_ts: str) -> str | None:
        return self.cases.get((channel, thread_ts))


async def static_authorize(
    enterprise_id: str | None = None, team_id: str | None = None, user_id: str | None = None
) -> AuthorizeResult:
    return AuthorizeResult(
        enterprise_id=None, team_id=TEAM_ID, bot_token=VALID_TOKEN, bot_user_id=BOT_USER_ID, bot_id=BOT_ID
    )


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    f = FakeSlack(channels={SUPPORT: {"name": "support"}})
    with f.serve():
        yield f


@pytest.fixture
def engine() -> StubEngine:
    return StubEngine()


@pytest.fixture
async def slack(fake: FakeSlack, engine: StubEngine) -> SlackChannel:
    ch = SlackChannel(
        bot_token=VALID_TOKEN,
        signing_secret=SECRET,
        support_channel=SUPPORT,
        api_url=fake.api_url,
        authorize=static_authorize,
    )
    ch.attach(engine)
    return ch


@pytest.fixture
async def http(slack: SlackChannel) -> AsyncIterator[httpx.AsyncClient]:
    app = Starlette(routes=[Route("/slack/events", slack_endpoint(slack), methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot") as c:
        yield c


def dm(text: str, user: str = "UCUST1", **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": "DCUST1",
        "channel_type": "im",
        "user": user,
        "text": text,
        "ts": f"{time.time():.6f}",
        **extra,
    }


async def post(http: httpx.AsyncClient, req: tuple[bytes, dict[str, str]]) -> httpx.Response:
    body, headers = req
    return await http.post("/slack/events", content=body, headers=headers)


# -- signatures and malformed input -----------------------------------------------------------------------------


async def test_url_verification(http: httpx.AsyncClient) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"}).encode()
    r = await http.post(
        "/slack/events", content=body, headers={"content-type": "application/json", **sign(SECRET, body)}
    )
    assert r.status_code == 200 and r.json() == {"challenge": "abc123"}


@pytest.mark.parametrize("how", ["wrong_secret", "missing", "stale", "garbled_ts", "tampered"])
async def test_bad_signatures_get_401_and_nothing_happens(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack, how: str
) -> None:
    body, headers = event_request(SECRET, dm("hello"), "Ev1")
    if how == "wrong_secret":
        headers |= sign("other-secret", body)
    elif how == "missing":
        headers = {"content-type": "application/json"}
    elif how == "stale":
        headers |= sign(SECRET, body, ts=int(time.time()) - 600)
    elif how == "garbled_ts":
        headers["x-slack-request-timestamp"] = "soon"
    else:
        body = body.replace(b"hello", b"hellO")
    r = await http.post("/slack/events", content=body, headers=headers)
    assert r.status_code == 401
    assert r.json()["error"] == "bad_signature"
    # and nothing done: a correctly signed request afterwards is the first the engine hears of
    await post(http, event_request(SECRET, dm("after"), "Ev2"))
    await engine.until(lambda: engine.named("receive"))
    assert [a[0].text for a in engine.named("receive")] == ["after"]
    assert engine.seen == {("slack", "Ev2")}
    assert fake.calls == []


async def test_bad_signature_on_an_action_does_nothing(http: httpx.AsyncClient, engine: StubEngine) -> None:
    body, headers = action_request(
        SECRET,
        user="UAG1",
        channel=SUPPORT,
        action_id="cyanbot_takeover",
        value="c1",
        message_ts="1.1",
        action_ts="2.2",
    )
    headers |= sign("nope", body)
    r = await http.post("/slack/events", content=body, headers=headers)
    assert r.status_code == 401 and engine.calls == [] and engine.seen == set()


async def test_size_and_encoding_are_checked_after_the_signature(
    http: httpx.AsyncClient, engine: StubEngine
) -> None:
    big = json.dumps({"type": "event_callback", "event_id": "EvBig", "pad": "x" * 70_000}).encode()
    r = await http.post(
        "/slack/events", content=big, headers={"content-type": "application/json", **sign("bad", big)}
    )
    assert r.status_code == 401
    r = await http.post(
        "/slack/events", content=big, headers={"content-type": "application/json", **sign(SECRET, big)}
    )
    assert r.status_code == 413
    raw = b'{"type": "event_callback", "x": "\xff\xfe"}'
    r = await http.post(
        "/slack/events", content=raw, headers={"content-type": "application/json", **sign(SECRET, raw)}
    )
    assert r.status_code == 400
    # A lone surrogate in a DM (issue 10 item 6): a 400 with the JSON error, never a 500, nothing received.
    lone = json.dumps({"type": "event_callback", "event_id": "EvLone", "event": {"type": "message", "channel_type":
                       "im", "user": "UCUST1", "channel": "DCUST1", "text": "x\ud800y"}}).encode()
    assert b"\\ud800" in lone
    r = await http.post(
        "/slack/events", content=lone, headers={"content-type": "application/json", **sign(SECRET, lone)}
    )
    assert r.status_code == 400 and r.json()["error"] == "bad_text"
    junk = b"{not json"
    r = await http.post(
        "/slack/events", content=junk, headers={"content-type": "application/json", **sign(SECRET, junk)}
    )
    assert 400 <= r.status_code < 500
    assert engine.calls == []


# -- customers in DMs -------------------------------------------------------------------------------------------


async def test_dm_reaches_the_engine(http: httpx.AsyncClient, engine: StubEngine) -> None:
    event = dm("it keeps flashing green")
    r = await post(http, event_request(SECRET, event, "EvDM1"))
    assert r.status_code == 200
    (inbound,) = (await engine.until(lambda: engine.named("receive")))[0]
    assert inbound == Inbound(
        channel="slack",
        address="UCUST1",
        text="it keeps flashing green",
        external_id="EvDM1",
        meta={"slack_channel": "DCUST1"},
        also_ids=(f"msg:DCUST1:{event['ts']}",),  # the message itself: a retry with a new event_id is dropped too
    )


async def test_retries_and_duplicate_event_ids_act_once(http: httpx.AsyncClient, engine: StubEngine) -> None:
    first = await post(http, event_request(SECRET, dm("hi"), "EvR1"))
    retries = [await post(http, event_request(SECRET, dm("hi"), "EvR1", retry_num=n)) for n in (1, 2, 3)]
    assert first.status_code == 200 and all(r.status_code == 200 for r in retries)
    # a later, different event proves the listener had every chance to run the retries too
    await post(http, event_request(SECRET, dm("second"), "EvR2"))
    await engine.until(lambda: len(engine.named("receive")) >= 2)
    assert [a[0].text for a in engine.named("receive")] == ["hi", "second"]


@pytest.mark.parametrize(
    "event",
    [
        dm("from myself", user=BOT_USER_ID, bot_id=BOT_ID),
        dm("from another bot", user="UOTHERBOT", bot_id="BOTHER"),
        dm("bot post", subtype="bot_message", bot_id="BOTHER"),
        dm("edited", subtype="message_changed"),
        dm("joined", subtype="channel_join"),
        {
            "type": "message",
            "channel": "CRANDOM",
            "channel_type": "channel",
            "user": "U9",
            "text": "hi",
            "ts": "1.0",
        },
        {
            "type": "message",
            "channel": SUPPORT,
            "channel_type": "channel",
            "user": "UAG1",
            "text": "top",
            "ts": "1.0",
        },
        {"type": "app_mention", "channel": SUPPORT, "user": "UAG1", "text": "<@UBOT0001> hi", "ts": "1.0"},
    ],
)
async def test_messages_that_are_not_a_customer_dm_are_ignored(
    http: httpx.AsyncClient, engine: StubEngine, event: dict[str, Any]
) -> None:
    r = await post(http, event_request(SECRET, event, "EvIgnored"))
    assert r.status_code == 200
    await post(http, event_request(SECRET, dm("marker"), "EvMarker"))
    await engine.until(lambda: engine.named("receive"))
    assert [a[0].text for a in engine.named("receive")] == ["marker"]
    assert engine.named("reply") == []


async def test_choice_click_answers_like_typing_the_label(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack
) -> None:
    question = await SlackSender(make_client(VALID_TOKEN, fake.api_url)).send(
        "UCUST1",
        Part("What is the light doing?", choices=("Blinking green", "Breathing cyan")),
        {"slack_channel": "DCUST1"},
    )
    assert question
    posted = fake.messages[("DCUST1", question)]
    req = action_request(
        SECRET,
        user="UCUST1",
        channel="DCUST1",
        action_id="cyanbot_choice_0",
        value="Blinking green",
        message_ts=question,
        action_ts="1800000100.000001",
        message={"ts": question, "text": posted["text"], "blocks": posted["blocks"]},
    )
    r = await post(http, req)
    assert r.status_code == 200
    r2 = await post(http, req)  # the same click delivered twice
    assert r2.status_code == 200
    (inbound,) = (await engine.until(lambda: engine.named("receive")))[0]
    assert inbound.text == "Blinking green" and inbound.address == "UCUST1"
    assert inbound.meta == {"slack_channel": "DCUST1"} and inbound.external_id
    # the buttons are replaced by the answer, so the old question cannot be clicked again
    await fake.until(lambda f: f.calls_to("chat.update"))
    blocks = fake.messages[("DCUST1", question)]["blocks"]
    assert not [b for b in blocks if b["type"] == "actions"]
    assert "Blinking green" in json.dumps(blocks)
    assert len(engine.named("receive")) == 1


# -- the support thread and case buttons ------------------------------------------------------------------------


def thread_reply(text: str, user: str = "UAG1", thread_ts: str = "1800000001.000001") -> dict[str, Any]:
    return {
        "type": "message",
        "channel": SUPPORT,
        "channel_type": "channel",
        "user": user,
        "text": text,
        "ts": f"{time.time():.6f}",
        "thread_ts": thread_ts,
    }


async def test_thread_replies_go_to_agent_reply(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack
) -> None:
    engine.cases[(SUPPORT, "1800000001.000001")] = "conv1"
    await post(http, event_request(SECRET, thread_reply("Hi, this is Sam from support"), "EvT1"))
    await post(http, event_request(SECRET, thread_reply("unknown thread", thread_ts="999.1"), "EvT2"))
    await post(http, event_request(SECRET, thread_reply("again", user="UAG2"), "EvT3"))
    await engine.until(lambda: len(engine.named("reply")) >= 2)
    assert engine.named("reply") == [
        ("conv1", "UAG1", "Hi, this is Sam from support"),
        ("conv1", "UAG2", "again"),
    ]


async def test_a_non_holder_is_told_their_reply_stayed_internal(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack
) -> None:
    engine.cases[(SUPPORT, "1800000001.000001")] = "conv1"
    engine.reply_result = "not_holder"
    await post(http, event_request(SECRET, thread_reply("can I say something?", user="UAG2"), "EvNH"))
    (call,) = await fake.until(lambda f: f.calls_to("chat.postEphemeral"))
    assert call.params["user"] == "UAG2" and "internal" in call.params["text"]


async def test_double_takeover_one_wins_the_other_is_told(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack
) -> None:
    reqs = [
        action_request(
            SECRET,
            user=u,
            channel=SUPPORT,
            action_id="cyanbot_takeover",
            value="conv1",
            message_ts="1800000001.000001",
            action_ts=f"1800000050.00000{i}",
        )
        for i, u in enumerate(["UAG1", "UAG2"])
    ]
    r1, r2 = await asyncio.gather(post(http, reqs[0]), post(http, reqs[1]))
    assert r1.status_code == r2.status_code == 200
    await engine.until(lambda: len(engine.named("takeover")) == 2)
    (told,) = await fake.until(lambda f: f.calls_to("chat.postEphemeral"))
    winner = engine.holder["conv1"]
    loser = {"UAG1", "UAG2"} - {winner}
    assert told.params["user"] in loser and f"<@{winner}>" in told.params["text"]


async def test_engine_first_then_ack_then_slack_calls(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack
) -> None:
    """The engine's (durable) call is done when the 200 goes back; calls to Slack's API are not waited for."""
    engine.holder["conv1"] = "UAG1"
    fake.slow("chat.postEphemeral", 2.0)
    req = action_request(
        SECRET,
        user="UAG2",
        channel=SUPPORT,
        action_id="cyanbot_takeover",
        value="conv1",
        message_ts="1.1",
        action_ts="2.2",
    )
    t0 = time.perf_counter()
    r = await post(http, req)
    elapsed = time.perf_counter() - t0
    assert r.status_code == 200 and elapsed < 1.0
    assert engine.named("takeover") == [("conv1", "UAG2")]
    assert fake.calls_to("chat.postEphemeral") == []  # the "already held" note is still on its way
    (told,) = await fake.until(lambda f: f.calls_to("chat.postEphemeral"))
    assert told.params["user"] == "UAG2"


async def test_release_and_resolve_buttons(
    http: httpx.AsyncClient, engine: StubEngine, fake: FakeSlack
) -> None:
    engine.holder["conv1"] = "UAG1"
    for i, (aid, user) in enumerate(
        [("cyanbot_release", "UAG2"), ("cyanbot_release", "UAG1"), ("cyanbot_resolve", "UAG1")]
    ):
        await post(
            http,
            action_request(
                SECRET,
                user=user,
                channel=SUPPORT,
                action_id=aid,
                value="conv1",
                message_ts="1.1",
                action_ts=f"3.{i}",
            ),
        )
    await engine.until(lambda: engine.named("resolve"))
    assert engine.named("release") == [("conv1", "UAG2"), ("conv1", "UAG1")]
    assert engine.named("resolve") == [("conv1", "UAG1")]
    (told,) = await fake.until(lambda f: f.calls_to("chat.postEphemeral"))
    assert told.params["user"] == "UAG2"


# -- Sender -----------------------------------------------------------------------------------------------------


async def test_sender_buttons_progress_update_and_escaping(fake: FakeSlack) -> None:
    sender = SlackSender(make_client(VALID_TOKEN, fake.api_url))
    ts = await sender.send(
        "UCUST1", Part("Pick one <b>", choices=("Yes", "No", "I don't know")), {"slack_channel": "DCUST1"}
    )
    (call,) = fake.calls_to("chat.postMessage")
    assert call.params["channel"] == "DCUST1" and call.params["text"] == "Pick one &lt;b&gt;"
    buttons = [e for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [(b["action_id"], b["value"]) for b in buttons] == [
        ("cyanbot_choice_0", "Yes"),
        ("cyanbot_choice_1", "No"),
        ("cyanbot_choice_2", "I don't know"),
    ]
    progress = await sender.send("UCUST1", Part("Checking the cloud... 10 s"), {"slack_channel": "DCUST1"})
    again = await sender.send(
        "UCUST1",
        Part("Checking the cloud... 20 s", extra={"update_ts": progress}),
        {"slack_channel": "DCUST1"},
    )
    assert again == progress and ts != progress
    assert fake.messages[("DCUST1", progress)]["text"] == "Checking the cloud... 20 s"
    assert len(fake.calls_to("chat.postMessage")) == 2
    # the engine's way: a progress key, with the ts it kept from the first send under meta["progress"]
    watch = await sender.send(
        "UCUST1", Part("Watching...", extra={"progress": "hotspot"}), {"slack_channel": "DCUST1"}
    )
    same = await sender.send(
        "UCUST1",
        Part("Still watching...", extra={"progress": "hotspot"}),
        {"slack_channel": "DCUST1", "progress": {"hotspot": watch}},
    )
    assert same == watch and fake.messages[("DCUST1", watch)]["text"] == "Still watching..."
    assert len(fake.calls_to("chat.postMessage")) == 3
    # no slack_channel in meta: the user ID opens the app DM
    await sender.send("UCUST9", Part("hello"), {})
    assert fake.calls_to("chat.postMessage")[-1].params["channel"] == "UCUST9"


async def test_sender_errors_say_whether_to_retry(fake: FakeSlack) -> None:
    sender = SlackSender(make_client(VALID_TOKEN, fake.api_url))
    fake.fail("chat.postMessage", "ratelimited", status=429, retry_after=7)
    with pytest.raises(ChannelError) as rate:
        await sender.send("U1", Part("x"), {"slack_channel": "D1"})
    assert rate.value.retryable and rate.value.retry_after == 7
    fake.fail("chat.postMessage", "channel_not_found", status=200, retry_after=None)
    with pytest.raises(ChannelError) as gone:
        await sender.send("U1", Part("x"), {"slack_channel": "D1"})
    assert not gone.value.retryable
    fake.fail("chat.postMessage", "internal_error", status=500, retry_after=None)
    with pytest.raises(ChannelError) as down:
        await sender.send("U1", Part("x"), {"slack_channel": "D1"})
    assert down.value.retryable
    assert await sender.send("U1", Part("x"), {"slack_channel": "D1"})  # recovers


# -- CaseSink ---------------------------------------------------------------------------------------------------


async def test_case_card_transcript_updates_and_mirror(fake: FakeSlack) -> None:
    token_like = "xoxp-1234567890-secret"
    sink = SlackCaseSink(
        make_client(VALID_TOKEN, fake.api_url),
        SUPPORT,
        scrub=__import__("bot.channels.slack", fromlist=["Scrubber"]).Scrubber([token_like]),
    )
    case = seed_case(transcript_md=f"# Transcript\ncustomer: it blinks\nlog: {token_like}\n")
    ref = await sink.case_opened(case)
    assert ref is not None and ref["channel"] == SUPPORT
    (card,) = fake.calls_to("chat.postMessage")
    assert card.params["channel"] == SUPPORT and "thread_ts" not in card.params
    assert "wifi:same_ssid_both_bands" in json.dumps(card.params["blocks"])
    (upload,) = fake.files.values()
    assert upload["filename"] == "transcript-c0ffee01.md"
    assert upload["channel"] == SUPPORT and upload["thread_ts"] == ref["ts"]
    assert "customer: it blinks" in upload["content"] and token_like not in upload["content"]
    assert "[redacted]" in upload["content"]

    held = seed_case(case_ref=ref, assignee="UAG1", status="handed_off")
    assert await sink.case_updated(held) == ref
    versions = fake.message_versions[(SUPPORT, ref["ts"])]
    assert len(versions) == 2 and "<@UAG1> holds this case" in json.dumps(versions[-1]["blocks"])
    assert "wifi:same_ssid_both_bands" in json.dumps(versions[-1]["blocks"])  # history kept on update
    assert len(fake.calls_to("chat.postMessage")) == 1  # one message per case

    await sink.customer_message(held, "still blinking <!here>")
    (mirror,) = fake.thread(SUPPORT, ref["ts"])
    assert "still blinking" in mirror["text"] and "<!here>" not in mirror["text"]


async def test_case_sink_never_raises(fake: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    sink = SlackCaseSink(make_client(VALID_TOKEN, fake.api_url), SUPPORT)
    fake.fail("chat.postMessage", "channel_not_found", status=200, retry_after=None)
    assert await sink.case_opened(seed_case()) is None
    fake.fail("files.getUploadURLExternal", "internal_error", status=500, retry_after=None)
    ref = await sink.case_opened(seed_case())
    assert ref is not None  # the card is up even though the transcript failed
    off = SlackCaseSink(None, None)
    with caplog.at_level(logging.WARNING):
        assert await off.case_opened(seed_case()) is None
    assert "not posted" in caplog.text


# -- start-up check and settings --------------------------------------------------------------------------------


async def test_startup_check(fake: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    good = make_client(VALID_TOKEN, fake.api_url)
    assert await startup_check(good, SUPPORT) == []
    with caplog.at_level(logging.ERROR):
        bad_token = await startup_check(make_client("xoxb-wrong-token-value", fake.api_url), SUPPORT)
        assert len(bad_token) == 1 and "SLACK_BOT_TOKEN" in bad_token[0] and "invalid_auth" in bad_token[0]
        (missing,) = await startup_check(good, "CNOPE")
        assert "CNOPE" in missing and "channel_not_found" in missing
        fake.channels["CPRIV"] = {"name": "private-support", "is_member": False}
        (not_member,) = await startup_check(good, "CPRIV")
        assert "/invite" in not_member
        (unset,) = await startup_check(good, None)
        assert "SLACK_SUPPORT_CHANNEL is not set" in unset
        (down,) = await startup_check(make_client(VALID_TOKEN, "http://127.0.0.1:9/api/"), SUPPORT)
        assert "cannot reach" in down
    assert "xoxb-wrong-token-value" not in caplog.text


async def test_from_settings_and_socket_mode_failure_does_not_crash(
    fake: FakeSlack, engine: StubEngine, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        assert SlackChannel.from_settings(Settings.load(env_file=None)) is None
    assert "Slack is off" in caplog.text
    s = Settings.load(
        env_file=None,
        slack_bot_token=VALID_TOKEN,
        slack_app_token="xapp-1-bad-app-token",
        slack_support_channel=SUPPORT,
        slack_api_url=fake.api_url,
    )
    ch = SlackChannel.from_settings(s)
    assert ch is not None and ch.socket_mode
    ch.attach(engine)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        problems = await asyncio.wait_for(ch.start(), 10)
    await ch.stop()
    assert any("SLACK_APP_TOKEN was refused" in p for p in problems)
    assert "xapp-1-bad-app-token" not in caplog.text and VALID_TOKEN not in caplog.text
    # start-up check used auth.test once and then Bolt's authorize reuses it
    assert len(fake.calls_to("auth.test")) == 1


async def test_socket_mode_receives_acks_and_dedupes(fake: FakeSlack, engine: StubEngine) -> None:
    """Socket Mode end to end: apps.connections.open on the fake, then a real WebSocket (aiohttp server, since
    slack_sdk's client is aiohttp) that sends hello and events_api envelopes and collects the acks."""
    from aiohttp import WSMsgType, web

    payload = json.loads(event_request(SECRET, dm("over the socket"), "EvSock1")[0])
    marker = json.loads(event_request(SECRET, dm("marker"), "EvSock2")[0])
    envelopes = [
        {
            "envelope_id": "env-1",
            "type": "events_api",
            "payload": payload,
            "retry_attempt": 0,
            "retry_reason": "",
            "accepts_response_payload": False,
        },
        {
            "envelope_id": "env-2",
            "type": "events_api",
            "payload": payload,
            "retry_attempt": 1,
            "retry_reason": "timeout",
            "accepts_response_payload": False,
        },
        {
            "envelope_id": "env-3",
            "type": "events_api",
            "payload": marker,
            "retry_attempt": 0,
            "retry_reason": "",
            "accepts_response_payload": False,
        },
    ]
    acks: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def link(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        for env in envelopes:
            await ws.send_json(env)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                await acks.put(json.loads(msg.data))
        return ws

    server = web.Application()
    server.router.add_get("/link", link)
    runner = web.AppRunner(server)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.valid_app_tokens.add("xapp-1-good-app-token")
    fake.socket_url = f"ws://127.0.0.1:{port}/link"
    ch = SlackChannel(
        bot_token=VALID_TOKEN,
        signing_secret=None,
        support_channel=SUPPORT,
        api_url=fake.api_url,
        app_token="xapp-1-good-app-token",
        authorize=static_authorize,
    )
    ch.attach(engine)
    try:
        assert await ch.start() == []
        got = [await asyncio.wait_for(acks.get(), 5) for _ in envelopes]
        assert sorted(a["envelope_id"] for a in got) == ["env-1", "env-2", "env-3"]
        await ch.wait_idle(5)
        await engine.until(lambda: len(engine.named("receive")) >= 2)
        assert sorted(a[0].text for a in engine.named("receive")) == ["marker", "over the socket"]
    finally:
        await ch.stop()
        await runner.cleanup()
