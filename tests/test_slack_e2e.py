"""Issue 5 end to end: the whole bot (store, engine, flow, simulated cloud, SMS) with Slack against local fakes.

The real `AsyncWebClient` talks to tests/fakes/slack_api.py over HTTP; SMS goes out through the real Twilio sender
to tests/fakes/twilio.py. Slack events and block actions, and Twilio webhooks, are really signed. Time is a
FakeClock, so the 5-second device cache and timers move only when a test says so; tests wait on observable
state (engine idle, fake Slack calls), never on sleeps.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.slack import SlackChannel
from bot.clock import FakeClock
from bot.cloud.simulated import SimCloud, create_sim_app
from bot.config import Settings
from bot.server import views
from bot.server.app import create_app
from bot.server.runtime import Runtime, build_runtime
from tests.fakes import twilio as tw
from tests.fakes.slack_api import VALID_TOKEN, FakeSlack, action_request, event_request, sign

SECRET = "e2e-signing-secret-456"
SUPPORT = "CSUPPORT1"
PUBLIC = "http://bot.test"
PHONE = "+15551230000"
SEED_DEVICE = (
    "3c002a000c47363433353735"  # porch-sensor: the seed thread's Photon (simulated cloud demo device)
)
ARGON = "e00fce6812ab34cd56ef7890"  # garage-door
WIFI_PASSWORD = "Sup3rSecret!9x"
SCAN = """SSID        BSSID              CHAN  FREQ      BANDWIDTH  SIGNAL  SECURITY
ArrisHome   AA:BB:CC:DD:EE:01  6     2437 MHz  40 MHz     72      WPA2
ArrisHome   AA:BB:CC:DD:EE:02  44    5220 MHz  80 MHz     60      WPA2
"""


@dataclass
class Bot:
    rt: Runtime
    http: httpx.AsyncClient
    slack: FakeSlack
    twilio: tw.FakeTwilio
    sim: SimCloud
    clock: FakeClock
    n: int = 0

    # -- inputs, all signed --------------------------------------------------------------------------------------

    async def sms(self, text: str) -> None:
        self.n += 1
        form = tw.inbound_form(PHONE, text, sid=f"SM{self.n:032d}")
        body, headers = tw.signed_request(f"{PUBLIC}/sms/twilio", form)
        r = await self.http.post("/sms/twilio", content=body, headers=headers)
        assert r.status_code == 200, r.text
        await self.rt.engine.wait_idle(10)

    async def slack_event(
        self, event: dict[str, Any], event_id: str | None = None, retry: int | None = None
    ) -> int:
        self.n += 1
        body, headers = event_request(SECRET, event, event_id or f"Ev{self.n:06d}", retry_num=retry)
        r = await self.http.post("/slack/events", content=body, headers=headers)
        await self.settle()
        return r.status_code

    async def dm(
        self, text: str, user: str = "UCUST1", event_id: str | None = None, retry: int | None = None
    ) -> int:
        return await self.slack_event(
            {
                "type": "message",
                "channel": "DCUST1",
                "channel_type": "im",
                "user": user,
                "text": text,
                "ts": f"{time.time():.6f}",
            },
            event_id,
            retry,
        )

    async def thread_reply(self, user: str, text: str, thread_ts: str) -> None:
        await self.slack_event(
            {
                "type": "message",
                "channel": SUPPORT,
                "channel_type": "channel",
                "user": user,
                "text": text,
                "ts": f"{time.time():.6f}",
                "thread_ts": thread_ts,
            }
        )

    async def click(
        self,
        user: str,
        channel: str,
        action_id: str,
        value: str,
        message_ts: str,
        message: dict[str, Any] | None = None,
    ) -> httpx.Response:
        self.n += 1
        body, headers = action_request(
            SECRET,
            user=user,
            channel=channel,
            action_id=action_id,
            value=value,
            message_ts=message_ts,
            action_ts=f"{time.time():.6f}{self.n}",
            message=message,
        )
        r = await self.http.post("/slack/events", content=body, headers=headers)
        assert r.status_code == 200, r.text
        return r

    async def settle(self) -> None:
        """Let the Slack listeners (Bolt runs them after the ack) and then the engine finish their work."""
        channel = self.rt.extras["slack"]
        assert isinstance(channel, SlackChannel)
        await channel.wait_idle(10)
        await self.rt.engine.wait_idle(10)

    # -- observations --------------------------------------------------------------------------------------------

    def conv(self, **filters: str) -> dict[str, Any]:
        (summary,) = views.list_conversations(self.rt.store, **filters)[:1]
        conv = views.conversation_detail(self.rt.store, summary["id"])
        assert conv is not None
        return conv

    def sms_to_customer(self) -> list[str]:
        return self.twilio.bodies(PHONE)


def card_of(bot: Bot) -> tuple[str, dict[str, Any]]:
    cards = [
        (ts, m) for (ch, ts), m in bot.slack.messages.items() if ch == SUPPORT and not m.get("thread_ts")
    ]
    assert len(cards) == 1, f"expected exactly one case message, got {len(cards)}"
    return cards[0]


def everything_sent_to_slack(fake: FakeSlack) -> str:
    return json.dumps([c.params for c in fake.calls], default=str) + json.dumps(
        [f["content"] for f in fake.files.values()]
    )


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    f = FakeSlack(channels={SUPPORT: {"name": "support"}})
    with f.serve():
        yield f


@pytest.fixture
async def bot(tmp_path: Path, fake_slack: FakeSlack, fake_twilio: tw.FakeTwilio) -> AsyncIterator[Bot]:
    clock = FakeClock(time.time())
    settings = Settings.load(
        env_file=None,
        database_path=str(tmp_path / "bot.db"),
        twilio_account_sid=tw.ACCOUNT_SID,
        twilio_auth_token=tw.AUTH_TOKEN,
        twilio_from_number=tw.FROM_NUMBER,
        twilio_api_base_url=fake_twilio.url,
        public_base_url=PUBLIC,  # type: ignore[attr-defined]
        slack_bot_token=VALID_TOKEN,
        slack_signing_secret=SECRET,
        slack_support_channel=SUPPORT,
        slack_api_url=fake_slack.api_url,
        hotspot_ssid="ProductRescue",
        hotspot_password="rescue-me-123",
    )
    sim = SimCloud(clock=clock)
    cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim)))
    rt = build_runtime(settings, clock=clock, cloud_http=cloud_http, sim=sim, sim_base_url="http://sim")
    assert isinstance(rt.extras.get("slack"), SlackChannel), "runtime did not wire Slack"
    rt.store.add_customer(SEED_DEVICE, phone=PHONE, name="Dana")
    rt.store.add_customer(ARGON, slack_user="UCUST1", name="Lee")
    app = create_app(rt, manage_lifespan=False)
    await rt.start(stream=False)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC) as http:
            yield Bot(rt, http, fake_slack, fake_twilio, sim, clock)
    finally:
        await rt.stop()
        await cloud_http.aclose()


ANSWERS = {
    "led": "Blinking green",
    "led_detail": "Steady, even blinking",
    "wifi_network": "ArrisHome",
    "wifi_scan": SCAN,
    "router_check": "No",
}


async def sms_to_handoff(bot: Bot) -> dict[str, Any]:
    """The seed thread over SMS: flashing green, the Wi-Fi password pasted by mistake, a scan showing one name on
    both bands at 40 MHz, and the hotspot test passing => handoff:router_issue."""
    await bot.sms("Hi, my unit never gets past flashing green")
    pasted = False
    for _ in range(25):
        conv = bot.conv(channel="sms")
        step = conv["awaiting"]
        if conv["status"] == "handed_off":
            return conv
        if step == "wifi_password":
            if not pasted:
                pasted = True
                await bot.sms(f"my wifi password is {WIFI_PASSWORD}")
            else:
                await bot.sms("Yes, the Wi-Fi password")
        elif step == "hotspot_ready":
            bot.sim.set_online(SEED_DEVICE, True)  # the unit joins the phone hotspot
            bot.clock.advance(10)  # past the 5-second device cache
            await bot.sms("Ready, it's on")
        else:
            assert step in ANSWERS, f"unexpected step {step}: {bot.sms_to_customer()[-1:]}"
            await bot.sms(ANSWERS[step])
    raise AssertionError("no handoff")


# -- the seed case, handed off from SMS -------------------------------------------------------------------------


async def test_seed_case_from_sms_is_one_complete_card_with_transcript(bot: Bot) -> None:
    conv = await sms_to_handoff(bot)
    assert conv["outcome"] == "handoff:router_issue"
    await bot.slack.until(
        lambda f: (
            f.files
            and all(x["content"] is not None for x in f.files.values())
            and f.calls_to("files.completeUploadExternal")
        )
    )
    ts, card = card_of(bot)
    blocks = json.dumps(card["blocks"])
    for expected in [
        "Dana",
        PHONE,
        "SMS",  # customer and channel
        SEED_DEVICE,
        "porch-sensor",
        "Photon",  # device
        "online",
        "claimed",
        "last heard",  # cloud state
        "6c:0b:84:4a:12:7e",
        "allow-list",  # the Wi-Fi MAC for an allow-list
        "led:blinking_green",  # LED history
        "wifi:same_ssid_both_bands",
        "wifi:channel_width_40mhz",
        "hotspot:connected",  # findings
        "Suspected cause",
        "Recommended fix",
        "Already tried",
        "cyanbot_takeover",
        "cyanbot_release",
        "cyanbot_resolve",
        conv["id"],
        "Nobody holds this case",
    ]:
        assert expected in blocks, expected
    # each finding with its plain meaning, and the router settings to change
    assert "2.4" in blocks and "20 MHz" in blocks
    (upload,) = bot.slack.files.values()
    assert upload["filename"] == f"transcript-{conv['id']}.md"
    assert upload["channel"] == SUPPORT and upload["thread_ts"] == ts
    assert "flashing green" in upload["content"] and "[redacted]" in upload["content"]
    # no Wi-Fi password and no token anywhere in Slack
    sent = everything_sent_to_slack(bot.slack)
    for secret in (WIFI_PASSWORD, tw.AUTH_TOKEN, SECRET, VALID_TOKEN):
        assert secret not in sent
    assert views.conversation_detail(bot.rt.store, conv["id"])["status"] == "handed_off"


async def test_takeover_reply_note_mirror_release_resolve(bot: Bot) -> None:
    conv = await sms_to_handoff(bot)
    cid = conv["id"]
    await bot.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, _ = card_of(bot)

    # before takeover, a thread reply is an internal note
    before = len(bot.sms_to_customer())
    await bot.thread_reply("UAG1", "Looks like the Arris combined-band issue", ts)
    assert len(bot.sms_to_customer()) == before
    assert views.conversation_detail(bot.rt.store, cid)["messages"][-1]["direction"] == "note"

    # takeover: the card shows who holds it, assignee is set
    await bot.click("UAG1", SUPPORT, "cyanbot_takeover", cid, ts)
    await bot.settle()
    assert views.conversation_detail(bot.rt.store, cid)["assignee"] == "UAG1"
    await bot.slack.until(
        lambda f: "<@UAG1> holds this case" in json.dumps(f.messages[(SUPPORT, ts)]["blocks"])
    )
    assert "wifi:same_ssid_both_bands" in json.dumps(
        bot.slack.messages[(SUPPORT, ts)]["blocks"]
    )  # history kept

    # the holder's reply reaches the customer's SMS
    await bot.thread_reply(
        "UAG1", "Hi Dana, this is Sam from support. Can you open the Arris settings page?", ts
    )
    await bot.twilio.until(lambda f: any("this is Sam from support" in b for b in f.bodies(PHONE)))
    # note: stays internal; another agent's reply too
    n = len(bot.sms_to_customer())
    await bot.thread_reply("UAG1", "note: customer sounds unsure, go slowly", ts)
    await bot.thread_reply("UAG2", "I can help if needed", ts)
    assert len(bot.sms_to_customer()) == n
    await bot.slack.until(
        lambda f: any(c.params.get("user") == "UAG2" for c in f.calls_to("chat.postEphemeral"))
    )

    # the customer's reply is mirrored into the thread and the bot stays silent
    await bot.sms("ok I found the page, it says 192.168.0.1")
    await bot.slack.until(
        lambda f: any("it says 192.168.0.1" in (m.get("text") or "") for m in f.thread(SUPPORT, ts))
    )
    assert len(bot.sms_to_customer()) == n

    # release: back to the bot at its last step, the customer is told and asked again
    awaiting_before = bot.rt.store.conversation_row(cid).data
    await bot.click("UAG1", SUPPORT, "cyanbot_release", cid, ts)
    await bot.settle()
    c = views.conversation_detail(bot.rt.store, cid)
    assert (
        c["assignee"] is None
        and c["status"] == "active"
        and c["awaiting"] == awaiting_before["resume"]
    )
    assert len(bot.sms_to_customer()) > n
    await bot.slack.until(
        lambda f: "Nobody holds this case" in json.dumps(f.messages[(SUPPORT, ts)]["blocks"])
    )

    # take it again, then resolve: that ends it
    await bot.click("UAG2", SUPPORT, "cyanbot_takeover", cid, ts)
    await bot.settle()
    assert views.conversation_detail(bot.rt.store, cid)["assignee"] == "UAG2"
    await bot.click("UAG2", SUPPORT, "cyanbot_resolve", cid, ts)
    await bot.settle()
    c = views.conversation_detail(bot.rt.store, cid)
    assert c["status"] == "resolved" and c["outcome"] == "resolved:agent"
    await bot.slack.until(lambda f: "resolved:agent" in json.dumps(f.messages[(SUPPORT, ts)]["blocks"]))
    assert not [b for b in bot.slack.messages[(SUPPORT, ts)]["blocks"] if b["type"] == "actions"]
    assert (
        len([1 for (ch, _), m in bot.slack.messages.items() if ch == SUPPORT and not m.get("thread_ts")]) == 1
    )


async def test_resolve_while_the_bot_has_the_case(bot: Bot) -> None:
    conv = await sms_to_handoff(bot)
    await bot.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, _ = card_of(bot)
    await bot.click("UAG1", SUPPORT, "cyanbot_takeover", conv["id"], ts)
    await bot.settle()
    await bot.click("UAG1", SUPPORT, "cyanbot_release", conv["id"], ts)
    await bot.settle()
    await bot.click("UAG1", SUPPORT, "cyanbot_resolve", conv["id"], ts)
    await bot.settle()
    c = views.conversation_detail(bot.rt.store, conv["id"])
    assert c["status"] == "resolved" and c["outcome"] == "resolved:agent"


async def test_double_takeover_exactly_one_wins(bot: Bot) -> None:
    import asyncio

    conv = await sms_to_handoff(bot)
    await bot.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, _ = card_of(bot)
    await asyncio.gather(
        bot.click("UAG1", SUPPORT, "cyanbot_takeover", conv["id"], ts),
        bot.click("UAG2", SUPPORT, "cyanbot_takeover", conv["id"], ts),
    )
    await bot.settle()
    holder = views.conversation_detail(bot.rt.store, conv["id"])["assignee"]
    assert holder in ("UAG1", "UAG2")
    loser = "UAG2" if holder == "UAG1" else "UAG1"
    (told,) = await bot.slack.until(lambda f: f.calls_to("chat.postEphemeral"))
    assert told.params["user"] == loser and f"<@{holder}>" in told.params["text"]


# -- a customer in a Slack DM -----------------------------------------------------------------------------------


def last_dm(bot: Bot) -> tuple[str, dict[str, Any]]:
    dms = [(ts, m) for (ch, ts), m in bot.slack.messages.items() if ch == "DCUST1"]
    assert dms, "the bot has not answered in the DM"
    return dms[-1]


def buttons(message: dict[str, Any]) -> dict[str, str]:
    return {
        e["value"]: e["action_id"]
        for b in message.get("blocks") or []
        if b["type"] == "actions"
        for e in b["elements"]
    }


async def test_dm_conversation_to_resolution_with_buttons(bot: Bot) -> None:
    assert await bot.dm("hi, my garage thing is not connecting") == 200
    conv = bot.conv(channel="slack")
    assert conv["customer"]["slack_user"] == "UCUST1" and conv["device_id"] == ARGON  # from the directory
    assert conv["awaiting"] == "led"
    ts, question = last_dm(bot)
    assert "garage-door" in json.dumps(
        [m.get("text") for (ch, _), m in bot.slack.messages.items() if ch == "DCUST1"]
    )
    choices = buttons(question)
    assert choices["Blinking green"].startswith("cyanbot_choice_")

    await bot.click(
        "UCUST1",
        "DCUST1",
        choices["Blinking green"],
        "Blinking green",
        ts,
        message={"ts": ts, "text": question["text"], "blocks": question["blocks"]},
    )
    await bot.settle()
    msgs = views.conversation_detail(bot.rt.store, conv["id"])["messages"]
    assert [m for m in msgs if m["direction"] == "in"][-1]["text"] == "Blinking green"  # stored as the label

    # the device comes online while the customer answers: the bot says so and asks to confirm
    bot.sim.set_online(ARGON, True)
    bot.clock.advance(10)
    ts, question = last_dm(bot)
    label = next(iter(buttons(question)))
    await bot.click("UCUST1", "DCUST1", buttons(question)[label], label, ts)
    await bot.settle()
    assert views.conversation_detail(bot.rt.store, conv["id"])["awaiting"] == "confirm_fixed"
    ts, question = last_dm(bot)
    yes = next(v for v in buttons(question) if v.lower().startswith("yes"))
    await bot.click("UCUST1", "DCUST1", buttons(question)[yes], yes, ts)
    await bot.settle()
    c = views.conversation_detail(bot.rt.store, conv["id"])
    assert c["status"] == "resolved" and c["outcome"] == "resolved:device_online"
    # every bot message went to the DM channel the customer wrote from
    assert all(c.params["channel"] == "DCUST1" for c in bot.slack.calls_to("chat.postMessage"))


async def test_event_retries_never_act_twice(bot: Bot) -> None:
    assert await bot.dm("hello there", event_id="EvSame") == 200
    replies = len(bot.slack.calls_to("chat.postMessage"))
    for n in (1, 2, 3):
        assert await bot.dm("hello there", event_id="EvSame", retry=n) == 200
    conv = bot.conv(channel="slack")
    assert [m["text"] for m in conv["messages"] if m["direction"] == "in"] == ["hello there"]
    assert len(bot.slack.calls_to("chat.postMessage")) == replies


async def test_a_retry_with_a_new_event_id_is_the_same_message(bot: Bot) -> None:
    # An outside audit: the same message (channel and ts) sent again with X-Slack-Retry-Num and another event_id.
    event = {"type": "message", "channel": "DCUST1", "channel_type": "im", "user": "UCUST1", "text": "hello there",
             "ts": f"{time.time():.6f}"}
    assert await bot.slack_event(event, "EvFirst") == 200
    replies = len(bot.slack.calls_to("chat.postMessage"))
    assert await bot.slack_event(event, "EvOther", retry=1) == 200
    conv = bot.conv(channel="slack")
    assert [m["text"] for m in conv["messages"] if m["direction"] == "in"] == ["hello there"]
    assert len(bot.slack.calls_to("chat.postMessage")) == replies


@pytest.mark.parametrize("event", [
    "x",  # the event no object
    {"type": "message", "channel": "DCUST1", "channel_type": "im", "user": "UCUST1", "text": 5, "ts": "1.0"},
    {"type": "message", "channel": ["DCUST1"], "channel_type": "im", "user": "UCUST1", "text": "hi", "ts": "1.0"},
])
async def test_signed_events_of_the_wrong_shape_get_400_json(bot: Bot, event: Any) -> None:
    body = json.dumps({"type": "event_callback", "event_id": "EvShape", "team_id": "T1", "event": event}).encode()
    r = await bot.http.post("/slack/events", content=body,
                            headers={"content-type": "application/json", **sign(SECRET, body)})
    assert r.status_code == 400 and r.json()["error"] == "bad_request"  # never a 500 (design 4)
    assert views.list_conversations(bot.rt.store) == []  # nothing stored


async def test_bad_signatures_get_401_and_nothing_is_done(bot: Bot) -> None:
    startup_calls = len(bot.slack.calls)
    body, headers = event_request(
        SECRET,
        {
            "type": "message",
            "channel": "DCUST1",
            "channel_type": "im",
            "user": "UCUST1",
            "text": "hi",
            "ts": "1.0",
        },
        "EvBad",
    )
    headers |= sign("not-the-secret", body)
    r = await bot.http.post("/slack/events", content=body, headers=headers)
    assert r.status_code == 401
    abody, aheaders = action_request(
        "not-the-secret",
        user="UAG1",
        channel=SUPPORT,
        action_id="cyanbot_takeover",
        value="x",
        message_ts="1.1",
        action_ts="2.2",
    )
    r = await bot.http.post("/slack/events", content=abody, headers=aheaders)
    assert r.status_code == 401
    await bot.settle()
    assert views.list_conversations(bot.rt.store) == []
    assert len(bot.slack.calls) == startup_calls
    # and the same event correctly signed afterwards is not mistaken for a retry
    assert await bot.dm("hi", event_id="EvBad") == 200
    assert len(views.list_conversations(bot.rt.store)) == 1


async def dm_until(bot: Bot, awaiting: str) -> dict[str, Any]:
    """Answer the flow by DM (typed answers) until it waits on `awaiting`."""
    await bot.dm("hi, my garage unit will not connect")
    for _ in range(20):
        conv = bot.conv(channel="slack")
        step = conv["awaiting"]
        if step == awaiting:
            return conv
        if step == "router_check":
            data = bot.rt.store.conversation_row(conv["id"]).data
            await bot.dm("Two names" if data.get("rq_current") == "same_name" else "No")
        elif step == "wifi_password":
            await bot.dm("Yes, the Wi-Fi password")
        elif step == "wifi_scan":
            await bot.dm("Skip")
        else:
            assert step in ANSWERS, f"unexpected step {step}"
            await bot.dm(ANSWERS[step])
    raise AssertionError(f"never reached {awaiting}")


async def test_slack_customer_handoff_takeover_reply_in_the_dm(bot: Bot) -> None:
    conv = await dm_until(bot, "led")
    await bot.dm("agent please")
    c = views.conversation_detail(bot.rt.store, conv["id"])
    assert c["status"] == "handed_off" and c["outcome"] == "handoff:customer_request"
    await bot.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, card = card_of(bot)
    assert "<@UCUST1>" in json.dumps(card["blocks"]) and "Slack DM" in json.dumps(card["blocks"])
    await bot.click("UAG1", SUPPORT, "cyanbot_takeover", conv["id"], ts)
    await bot.settle()
    dm_posts = len([c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == "DCUST1"])
    await bot.thread_reply("UAG1", "Hi Lee, Sam here. Is the light still blinking green?", ts)
    posts = [c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == "DCUST1"]
    assert len(posts) == dm_posts + 1 and "Sam here" in posts[-1].params["text"]
    await bot.dm("yes still green")
    await bot.slack.until(
        lambda f: any("yes still green" in (m.get("text") or "") for m in f.thread(SUPPORT, ts))
    )
    assert len([c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == "DCUST1"]) == len(
        posts
    )


async def test_dm_progress_message_is_updated_in_place(bot: Bot) -> None:
    conv = await dm_until(bot, "hotspot_ready")
    await bot.dm("Ready, it's on")
    assert views.conversation_detail(bot.rt.store, conv["id"])["status"] == "waiting_device"
    ts, watching = last_dm(bot)
    posts = len(bot.slack.calls_to("chat.postMessage"))
    # the wait runs out (hotspot:failed): the bot asks once more, and the customer is ready again
    bot.clock.advance(bot.rt.settings.hotspot_wait_seconds + 1)
    await bot.rt.engine.run_due()
    await bot.settle()
    assert views.conversation_detail(bot.rt.store, conv["id"])["awaiting"] == "hotspot_ready"
    await bot.dm("Ready, it's on")
    updates = [c for c in bot.slack.calls_to("chat.update") if c.params.get("ts") == ts]
    assert updates, "the second 'watching' message should rewrite the first one"
    assert bot.slack.messages[("DCUST1", ts)]["text"] == updates[-1].params["text"]
    assert len(bot.slack.calls_to("chat.postMessage")) > posts  # the retry question itself is a new message
