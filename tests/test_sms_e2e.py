"""SMS end to end: signed Twilio webhooks into the real app and engine, replies into the fake Twilio REST API.

The app (create_app) runs in-process over httpx.ASGITransport; its shared httpx client talks to the fake
Twilio (tests/fakes/twilio.py) the same way, and the Particle Cloud is the simulated one (tests/harness.py).
Assertions are on what the fake Twilio received and on the stored conversation.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from bot.channels.render import is_gsm7, segments
from bot.channels.sms import EMPTY_TWIML
from bot.phone import to_e164
from bot.server import views
from bot.server.app import create_app
from tests.fakes.twilio import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM_NUMBER,
    FakeTwilio,
    inbound_form,
    sign,
    signed_request,
)
from tests.harness import SEED_ID, SEED_SERIAL, Rig, make_settings

PUBLIC = "https://bot.example.com"
URL = PUBLIC + "/sms/twilio"
CUSTOMER = "+15551230000"


@dataclass
class Sms:
    """One bot with SMS on, a fake Twilio, and a signed-webhook client."""

    rig: Rig
    fake: FakeTwilio
    client: httpx.AsyncClient
    n: int = 0

    async def post(self, form: dict[str, str]) -> httpx.Response:
        body, headers = signed_request(URL, form)
        return await self.client.post("/sms/twilio", content=body, headers=headers)

    async def text(
        self, body: str, *, sid: str | None = None, media: tuple[str, ...] = (), number: str = CUSTOMER
    ) -> list[str]:
        """Customer texts `body`; returns the bodies the fake Twilio received for that number since."""
        before = len(self.fake.to(number))
        self.n += 1
        r = await self.post(inbound_form(number, body, sid=sid or f"SM{self.n:032x}", media=media))
        assert r.status_code == 200, r.text
        assert r.text == EMPTY_TWIML
        await self.rig.engine.wait_idle(10)
        return self.fake.bodies(number)[before:]

    async def advance(self, seconds: float) -> None:
        self.rig.clock.advance(seconds)
        await self.rig.engine.run_due()
        await self.rig.engine.wait_idle(10)

    def conversation(self, number: str = CUSTOMER) -> dict[str, Any]:
        row = self.rig.store.latest_conversation("sms", number)
        assert row is not None
        conv = views.conversation_detail(self.rig.store, row["id"])
        assert conv is not None
        return conv

    def counts(self) -> dict[str, int]:
        db = self.rig.store.db
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("conversations", "messages", "deliveries", "outbox")}


@pytest.fixture
async def sms(tmp_path: Path) -> AsyncIterator[Sms]:
    fake = FakeTwilio()
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://twilio")
    settings = make_settings(
        tmp_path / "bot.db",
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from_number=FROM_NUMBER,
        twilio_api_base_url="http://twilio",
        public_base_url=PUBLIC,
    )
    rig = await Rig.start(settings, channel="sms", address=CUSTOMER, http=http)
    app = create_app(rig.rt, manage_lifespan=False)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://10.1.2.3:8000")
    try:
        yield Sms(rig, fake, client)
    finally:
        await client.aclose()
        await rig.stop()


def assert_sms_rules(bodies: list[str]) -> None:
    for b in bodies:
        assert is_gsm7(b), b
        assert 1 <= segments(b) <= 3, b


def assert_outbound_matches_fake(sms: Sms, number: str = CUSTOMER) -> None:
    """Every stored outbound message was delivered exactly once, in order, with the stored text."""
    stored: list[str] = []
    for row in views.list_conversations(sms.rig.store, channel="sms", customer=number)[::-1]:
        conv = views.conversation_detail(sms.rig.store, row["id"])
        stored += [m["text"] for m in conv["messages"] if m["direction"] in ("out", "agent")]
    assert sms.fake.bodies(number) == stored
    assert sms.rig.store.pending_outbox() == []


async def test_health_lists_sms(sms: Sms) -> None:
    r = await sms.client.get("/healthz")
    assert "sms" in r.json()["channels"]


async def test_seed_case_over_sms(sms: Sms) -> None:
    """The seed thread: a Photon flashing green behind an Arris with one name on both bands, fixed on a hotspot."""
    said = await sms.text("hi, my device won't connect to the wifi")
    assert any("serial number" in s for s in said)
    assert sms.conversation()["awaiting"] == "device_id"

    said = await sms.text(f"it says {SEED_SERIAL} on the sticker")
    conv = sms.conversation()
    assert conv["device_id"] == SEED_ID and conv["platform"] == "photon"
    assert conv["awaiting"] == "led"
    assert "Photon" in said[0]
    led_question = said[-1]
    assert "\n1. Blinking green\n" in led_question
    assert led_question.endswith("Reply with a number or describe it in your own words.")

    said = await sms.text("1")
    assert sms.conversation()["awaiting"] == "led_detail"
    assert said[-1].endswith("Reply 1 or 2.")
    await sms.text("steady, about twice a second")  # words, not the digit
    assert sms.conversation()["awaiting"] == "wifi_password"
    await sms.text("1")
    assert sms.conversation()["awaiting"] == "wifi_network"
    await sms.text("ArrisHome")
    assert sms.conversation()["awaiting"] == "wifi_scan"
    said = await sms.text(
        "ArrisHome 2.4GHz channel 6 40MHz WPA2 -60dBm\nArrisHome 5GHz channel 36 80MHz WPA2 -65dBm"
    )
    codes = {f["code"] for f in sms.conversation()["findings"]}
    assert "wifi:same_ssid_both_bands" in codes
    while sms.conversation()["awaiting"] == "router_check":
        await sms.text("no")
    conv = sms.conversation()
    assert conv["awaiting"] == "hotspot_ready"
    assert any("CyanRescue" in s for s in sms.fake.bodies(CUSTOMER)[-2:])
    await sms.text("ready")
    conv = sms.conversation()
    assert conv["awaiting"] == "hotspot_wait" and conv["status"] == "waiting_device"

    before = len(sms.fake.to(CUSTOMER))
    await sms.rig.online(True)
    said = sms.fake.bodies(CUSTOMER)[before:]
    assert said and "hotspot" in said[0].lower()
    conv = sms.conversation()
    assert conv["status"] == "handed_off"
    assert conv["outcome"] == "handoff:router_issue"
    assert {"hotspot:connected", "wifi:same_ssid_both_bands"} <= {f["code"] for f in conv["findings"]}

    # The customer record and what Twilio got.
    assert conv["channel"] == "sms"
    assert conv["customer"]["phone"] == CUSTOMER
    inbound = [m["text"] for m in conv["messages"] if m["direction"] == "in"]
    assert inbound[0] == "hi, my device won't connect to the wifi"
    assert all(m.from_ == FROM_NUMBER for m in sms.fake.messages)
    assert_sms_rules(sms.fake.bodies(CUSTOMER))
    assert_outbound_matches_fake(sms)


async def test_known_customer_is_greeted_with_device(sms: Sms) -> None:
    number = to_e164("(555) 123-0000")
    assert number == CUSTOMER
    sms.rig.store.add_customer(SEED_ID, number, None, "Dana")
    said = await sms.text("hello")
    conv = sms.conversation()
    assert conv["device_id"] == SEED_ID
    assert conv["awaiting"] == "led"
    assert "porch-sensor" in " ".join(said)
    assert not any("serial number" in s for s in said)


async def test_unknown_number_is_asked_for_serial(sms: Sms) -> None:
    said = await sms.text("hello", number="+15559870000")
    assert any("serial number" in s for s in said)
    assert sms.conversation("+15559870000")["awaiting"] == "device_id"
    assert sms.fake.to(CUSTOMER) == []


async def test_repeated_message_sid_is_acknowledged_and_ignored(sms: Sms) -> None:
    first = await sms.text("hello", sid="SMrepeat000000000000000000000001")
    again = await sms.text("hello", sid="SMrepeat000000000000000000000001")
    assert first and again == []
    conv = sms.conversation()
    assert [m["text"] for m in conv["messages"] if m["direction"] == "in"] == ["hello"]
    assert_outbound_matches_fake(sms)


async def test_mms_keeps_media_and_asks_for_words(sms: Sms) -> None:
    await sms.text("hello")
    await sms.text(SEED_SERIAL)
    media = ("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",)
    said = await sms.text("", media=media)
    assert any("picture" in s.lower() for s in said)
    assert sms.conversation()["awaiting"] == "led"
    row = sms.rig.store.latest_conversation("sms", CUSTOMER)
    stored = [m for m in sms.rig.store.messages(row["id"]) if m["direction"] == "in"]
    assert stored[-1].media == list(media)
    assert_sms_rules(said)


@pytest.mark.parametrize("word", ["STOP", "stop", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"])
async def test_opt_out_then_silence_until_start(sms: Sms, word: str) -> None:
    greeted = len(await sms.text("hello"))
    assert greeted
    assert await sms.text(word) == []
    conv = sms.conversation()
    assert conv["status"] == "abandoned"
    assert conv["outcome"] == "ended:opted_out"
    assert sms.rig.store.is_opted_out("sms", CUSTOMER)
    assert await sms.text("hello?") == []
    await sms.advance(10 * 3600)  # no reminder either
    assert len(sms.fake.to(CUSTOMER)) == greeted
    said = await sms.text("START")
    assert said, "START starts a new conversation with a greeting"
    assert not sms.rig.store.is_opted_out("sms", CUSTOMER)
    assert sms.conversation()["status"] == "active"


async def test_help_gets_short_help(sms: Sms) -> None:
    await sms.text("hello")
    said = await sms.text("HELP")
    assert said
    assert_sms_rules(said)
    assert sms.conversation()["awaiting"] == "device_id"


# --- malformed and hostile requests: the right 4xx, never a 500, nothing half-stored ---------------------


def _raw(form: dict[str, str]) -> bytes:
    return urlencode(form).encode()


BAD: list[tuple[str, Any, int, str]] = [
    (
        "bad signature",
        lambda f: (_raw(f), {"x-twilio-signature": sign(URL, {**f, "Body": "x"})}),
        403,
        "bad_signature",
    ),
    ("missing signature", lambda f: (_raw(f), {}), 403, "bad_signature"),
    (
        "signed for another url",
        lambda f: (_raw(f), {"x-twilio-signature": sign(PUBLIC + "/other", f)}),
        403,
        "bad_signature",
    ),
    (
        "signed with another token",
        lambda f: (_raw(f), {"x-twilio-signature": sign(URL, f, "other")}),
        403,
        "bad_signature",
    ),
    ("empty body", lambda f: (b"", {"x-twilio-signature": sign(URL, {})}), 400, "missing_field"),
    (
        "non-utf8 body",
        lambda f: (b"From=%2B15551230000&MessageSid=SM1&Body=%FF", {"x-twilio-signature": "computed below"}),
        400,
        "bad_encoding",
    ),
    ("1 MB body", lambda f: (_raw({**f, "Body": "x" * 1_000_000}), "sign"), 413, "too_large"),
    ("1 MB body unsigned", lambda f: (_raw({**f, "Body": "x" * 1_000_000}), {}), 403, "bad_signature"),
    (
        "missing From",
        lambda f: (_raw({k: v for k, v in f.items() if k != "From"}), "sign"),
        400,
        "missing_field",
    ),
    (
        "missing MessageSid",
        lambda f: (_raw({k: v for k, v in f.items() if k not in ("MessageSid", "SmsMessageSid")}), "sign"),
        400,
        "missing_field",
    ),
    (
        "form posted as JSON",
        lambda f: (json.dumps(f).encode(), {"x-twilio-signature": sign(URL, f)}),
        415,
        "unsupported_media_type",
    ),
]


@pytest.mark.parametrize(("name", "make", "status", "code"), BAD, ids=[b[0] for b in BAD])
async def test_bad_requests(sms: Sms, name: str, make: Any, status: int, code: str) -> None:
    form = inbound_form(CUSTOMER, "hello", sid="SM" + "b" * 32)
    body, headers = make(form)
    if headers == "sign":
        from urllib.parse import parse_qsl

        headers = {"x-twilio-signature": sign(URL, dict(parse_qsl(body.decode(), keep_blank_values=True)))}
    if name == "non-utf8 body":
        import base64
        import hashlib
        import hmac

        data = URL.encode() + b"Body\xffFrom+15551230000MessageSidSM1"  # the bytes as sent, names sorted
        headers = {
            "x-twilio-signature": base64.b64encode(hmac.new(AUTH_TOKEN.encode(), data, hashlib.sha1).digest())
        }
    ctype = "application/json" if name == "form posted as JSON" else "application/x-www-form-urlencoded"
    r = await sms.client.post("/sms/twilio", content=body, headers={"content-type": ctype, **headers})
    assert r.status_code == status, r.text
    assert set(r.json()) == {"error", "message"}
    assert r.json()["error"] == code
    await sms.rig.engine.wait_idle(10)
    assert sms.counts() == {"conversations": 0, "messages": 0, "deliveries": 0, "outbox": 0}
    assert sms.fake.requests == []


async def test_unknown_fields_are_accepted(sms: Sms) -> None:
    form = inbound_form(CUSTOMER, "hello", extra={"FromCity": "SPRINGFIELD", "SomethingNew": "1", "X[]": "&"})
    r = await sms.post(form)
    assert r.status_code == 200 and r.text == EMPTY_TWIML
    await sms.rig.engine.wait_idle(10)
    assert sms.fake.to(CUSTOMER)


async def test_get_is_405_json(sms: Sms) -> None:
    r = await sms.client.get("/sms/twilio")
    assert r.status_code == 405
    assert set(r.json()) == {"error", "message"}


# --- Twilio REST outages delay replies but lose none --------------------------------------------------------


async def _drive_until_delivered(sms: Sms, want: int, limit: int = 30) -> int:
    """Move the clock past each retry until `want` messages were accepted; returns the clock steps taken."""
    for step in range(limit):
        if len(sms.fake.to(CUSTOMER)) >= want and not sms.rig.store.pending_outbox():
            return step
        await sms.advance(60)
    raise AssertionError(f"only {len(sms.fake.to(CUSTOMER))} of {want} delivered: {sms.fake.requests}")


async def test_500s_delay_but_lose_nothing(sms: Sms) -> None:
    sms.fake.fail(times=3, status=500)
    assert await sms.text("hello") == []  # first attempt failed: nothing yet
    assert sms.rig.store.pending_outbox()
    steps = await _drive_until_delivered(sms, 1)  # the greeting and the first question go as one SMS
    assert steps >= 1
    assert [a.status for a in sms.fake.requests][:3] == [500, 500, 500]
    assert_outbound_matches_fake(sms)


async def test_429_retry_after_is_honoured(sms: Sms) -> None:
    sms.fake.rate_limit(times=1, retry_after=120)
    assert await sms.text("hello") == []
    row = sms.rig.store.pending_outbox()[0]
    assert row["next_at"] - sms.rig.clock.now() >= 120  # not before Retry-After
    await sms.advance(60)
    assert sms.fake.to(CUSTOMER) == []
    await sms.advance(80)
    assert len(sms.fake.to(CUSTOMER)) == 1  # the greeting and the first question, joined into one SMS
    assert_outbound_matches_fake(sms)


async def test_outage_keeps_order_across_parts_and_turns(sms: Sms) -> None:
    await sms.text("hello")
    sms.fake.fail(times=2, status=503)
    await sms.text(SEED_SERIAL)  # two replies, "Found it" + the LED question, joined into one SMS
    await sms.text("1")  # queued behind it
    await _drive_until_delivered(sms, 3)
    bodies = sms.fake.bodies(CUSTOMER)
    assert bodies[1].startswith("Found it") and "1. Blinking green" in bodies[1]
    assert bodies[2].startswith("Is the green light")
    assert_outbound_matches_fake(sms)


async def test_permanent_error_gives_up_without_blocking_later_messages(sms: Sms) -> None:
    sms.fake.opt_out(CUSTOMER)  # the carrier-level opt-out Twilio enforces (21610)
    await sms.text("hello")
    assert sms.fake.to(CUSTOMER) == []
    assert sms.rig.store.pending_outbox() == []
    assert {a.status for a in sms.fake.requests} == {400}


async def test_a_send_in_doubt_after_a_crash_is_not_sent_twice(sms: Sms) -> None:
    """A crash between Twilio accepting a message and the outbox marking it done leaves the row 'sending'; at
    start the engine asks Twilio (Messages list) and sends again only what Twilio does not have."""
    await sms.text("hello")
    accepted = sms.fake.bodies(CUSTOMER)
    assert len(accepted) == 1
    store = sms.rig.store
    conv_id = sms.conversation()["id"]
    done = store._rows("SELECT id FROM outbox WHERE kind = 'message' AND status = 'done'")[0]["id"]
    store.db.execute("UPDATE outbox SET status = 'sending' WHERE id = ?", [done])  # died before marking done
    lost = store.add_outbox(conv_id, "message", {"text": "A reply Twilio never got", "choices": []})
    store.outbox_sending(lost)  # died before Twilio answered
    await sms.rig.engine.reconcile_in_doubt()  # what start() does first
    await sms.advance(1)
    assert sms.fake.bodies(CUSTOMER) == [*accepted, "A reply Twilio never got"]
    assert {r["status"] for r in store._rows("SELECT status FROM outbox")} == {"done"}
