"""POST /sms/twilio handler (bot.server.webhooks.twilio_webhook) with a stub engine: checks, order, answers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.channels.sms import EMPTY_TWIML
from bot.config import Settings
from bot.errors import StoreError
from bot.messages import Inbound
from bot.server.limits import MAX_BODY
from bot.server.webhooks import twilio_webhook
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, inbound_form, sign, signed_request

PUBLIC = "https://bot.example.com"
URL = PUBLIC + "/sms/twilio"
CUSTOMER = "+15551230000"


@dataclass
class Receipt:
    conversation_id: str | None
    duplicate: bool = False


class StubEngine:
    """Stores what it receives and dedupes on external_id, like the engine's contract."""

    def __init__(self) -> None:
        self.received: list[Inbound] = []
        self.seen: set[str] = set()
        self.fail: Exception | None = None

    async def receive(self, inbound: Inbound) -> Receipt:
        if self.fail:
            raise self.fail
        if inbound.external_id in self.seen:
            return Receipt("c1", duplicate=True)
        self.seen.add(inbound.external_id or "")
        self.received.append(inbound)
        return Receipt("c1")


@pytest.fixture
def engine() -> StubEngine:
    return StubEngine()


@pytest.fixture
async def client(engine: StubEngine) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings.load(
        env_file=None,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from_number=FROM_NUMBER,
        public_base_url=PUBLIC + "/",
    )

    async def route(request: Request) -> Response:
        return await twilio_webhook(request, settings=settings, engine=engine)

    app = Starlette(routes=[Route("/sms/twilio", route, methods=["POST"])])
    # The app sees an internal URL, as behind a proxy; the signature is over PUBLIC_BASE_URL.
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://10.0.0.5:8000"
    ) as c:
        yield c


async def post_signed(
    client: httpx.AsyncClient, form: dict[str, str], path: str = "/sms/twilio"
) -> httpx.Response:
    body, headers = signed_request(PUBLIC + path, form)
    return await client.post(path, content=body, headers=headers)


def assert_error(r: httpx.Response, status: int, code: str | None = None) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error", "message"} and body["message"]
    if code:
        assert body["error"] == code


def raw_signature(url: str, pairs: list[tuple[bytes, bytes]]) -> str:
    data = url.encode() + b"".join(k + v for k, v in sorted(pairs))
    return base64.b64encode(hmac.new(AUTH_TOKEN.encode(), data, hashlib.sha1).digest()).decode()


async def test_signed_sms_is_handed_over_and_acknowledged(
    client: httpx.AsyncClient, engine: StubEngine
) -> None:
    form = inbound_form(CUSTOMER, "it just keeps flashing green", sid="SMaaa")
    r = await post_signed(client, form)
    assert r.status_code == 200
    assert r.text == EMPTY_TWIML
    assert r.headers["content-type"].startswith("text/xml")
    (inbound,) = engine.received
    assert inbound == Inbound(
        channel="sms",
        address=CUSTOMER,
        text="it just keeps flashing green",
        external_id="SMaaa",
        media=(),
        meta={"to": FROM_NUMBER},
    )


async def test_query_string_is_part_of_signed_url(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "hi")
    r = await post_signed(client, form, path="/sms/twilio?tenant=a")
    assert r.status_code == 200
    body, headers = signed_request(URL, form)  # signed without the query: must not pass
    r = await client.post("/sms/twilio?tenant=a", content=body, headers=headers)
    assert_error(r, 403, "bad_signature")
    assert len(engine.received) == 1


async def test_internal_url_signature_is_refused(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "hi")
    body, headers = signed_request("http://10.0.0.5:8000/sms/twilio", form)
    assert_error(await client.post("/sms/twilio", content=body, headers=headers), 403, "bad_signature")
    assert engine.received == []


@pytest.mark.parametrize("signature", [None, "", "bm90IGEgc2lnbmF0dXJl", "\u00e9"])
async def test_bad_or_missing_signature_403(
    client: httpx.AsyncClient, engine: StubEngine, signature: str | None
) -> None:
    body = urlencode(inbound_form(CUSTOMER, "hi")).encode()
    headers: dict[str, str | bytes] = {"content-type": "application/x-www-form-urlencoded"}
    if signature is not None:
        headers["x-twilio-signature"] = signature.encode("utf-8")
    assert_error(await client.post("/sms/twilio", content=body, headers=headers), 403, "bad_signature")
    assert engine.received == []


async def test_tampered_body_403(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "hi")
    body, headers = signed_request(URL, form)
    r = await client.post("/sms/twilio", content=body.replace(b"Body=hi", b"Body=STOP"), headers=headers)
    assert_error(r, 403)
    assert engine.received == []


async def test_duplicate_message_sid_acknowledged_once(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "hi", sid="SMdup")
    first, second = await post_signed(client, form), await post_signed(client, form)
    assert first.status_code == second.status_code == 200
    assert first.text == second.text == EMPTY_TWIML
    assert [i.external_id for i in engine.received] == ["SMdup"]


async def test_empty_body_400(client: httpx.AsyncClient, engine: StubEngine) -> None:
    headers = {"content-type": "application/x-www-form-urlencoded", "x-twilio-signature": sign(URL, {})}
    assert_error(await client.post("/sms/twilio", content=b"", headers=headers), 400, "missing_field")
    assert engine.received == []


async def test_empty_body_unsigned_403(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/sms/twilio", content=b"", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert_error(r, 403)


@pytest.mark.parametrize("drop", ["From", "MessageSid"])
async def test_missing_required_field_400(client: httpx.AsyncClient, engine: StubEngine, drop: str) -> None:
    form = inbound_form(CUSTOMER, "hi")
    form.pop(drop)
    if drop == "MessageSid":
        form.pop("SmsMessageSid")
    r = await post_signed(client, form)
    assert_error(r, 400, "missing_field")
    assert drop in r.json()["message"]
    assert engine.received == []


async def test_from_not_a_phone_400(client: httpx.AsyncClient, engine: StubEngine) -> None:
    assert_error(await post_signed(client, inbound_form("whatsapp:abc", "hi")), 400, "bad_field")
    assert engine.received == []


async def test_missing_body_field_is_empty_text(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "")
    form.pop("Body")
    assert (await post_signed(client, form)).status_code == 200
    assert engine.received[0].text == ""


async def test_non_utf8_body(client: httpx.AsyncClient, engine: StubEngine) -> None:
    body = b"From=%2B15551230000&MessageSid=SMx&Body=caf%E9"  # Latin-1 e-acute, not UTF-8
    pairs = [(b"From", b"+15551230000"), (b"MessageSid", b"SMx"), (b"Body", b"caf\xe9")]
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": raw_signature(URL, pairs),
    }
    assert_error(await client.post("/sms/twilio", content=body, headers=headers), 400, "bad_encoding")
    # Raw (not percent-encoded) invalid bytes too.
    body = b"From=%2B15551230000&MessageSid=SMx&Body=\xff\xfe"
    pairs[2] = (b"Body", b"\xff\xfe")
    headers["x-twilio-signature"] = raw_signature(URL, pairs)
    assert_error(await client.post("/sms/twilio", content=body, headers=headers), 400, "bad_encoding")
    # Unsigned: the signature is checked first.
    headers["x-twilio-signature"] = "AAAA"
    assert_error(await client.post("/sms/twilio", content=body, headers=headers), 403)
    assert engine.received == []


async def test_one_megabyte_body(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "x" * 1_000_000)
    r = await post_signed(client, form)
    assert_error(r, 413, "too_large")
    body, headers = signed_request(URL, form)
    headers["x-twilio-signature"] = sign(URL, {"other": "form"})
    assert_error(await client.post("/sms/twilio", content=body, headers=headers), 403)
    assert engine.received == []


async def test_body_just_over_limit_413_and_at_limit_ok(
    client: httpx.AsyncClient, engine: StubEngine
) -> None:
    base = inbound_form(CUSTOMER, "")
    overhead = len(urlencode(base).encode())
    at_limit = inbound_form(CUSTOMER, "", sid=base["MessageSid"])
    at_limit["Body"] = "y" * (MAX_BODY - overhead)
    assert len(urlencode(at_limit).encode()) == MAX_BODY
    assert (await post_signed(client, at_limit)).status_code == 200
    sid = "SM" + "f" * 32
    over = dict(at_limit, Body=at_limit["Body"] + "y", MessageSid=sid, SmsMessageSid=sid, SmsSid=sid)
    assert len(urlencode(over).encode()) == MAX_BODY + 1
    assert_error(await post_signed(client, over), 413)
    assert len(engine.received) == 1


async def test_huge_body_refused_without_reading(client: httpx.AsyncClient, engine: StubEngine) -> None:
    headers = {"content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "AAAA"}
    r = await client.post("/sms/twilio", content=b"a" * (5 * 1024 * 1024), headers=headers)
    assert_error(r, 413)
    assert engine.received == []


async def test_unknown_fields_are_signed_and_ignored(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "hi", extra={"FromCity": "SPRINGFIELD", "Whatever": "x", "weird[]": "&="})
    assert (await post_signed(client, form)).status_code == 200
    assert engine.received[0].text == "hi"
    assert engine.received[0].meta == {"to": FROM_NUMBER}


@pytest.mark.parametrize("sign_over", ["fields", "url_only"])
async def test_form_posted_as_json_415(client: httpx.AsyncClient, engine: StubEngine, sign_over: str) -> None:
    form = inbound_form(CUSTOMER, "hi")
    headers = {
        "content-type": "application/json",
        "x-twilio-signature": sign(URL, form if sign_over == "fields" else {}),
    }
    assert_error(await client.post("/sms/twilio", content=json.dumps(form), headers=headers), 415)
    assert engine.received == []


async def test_json_unsigned_403(client: httpx.AsyncClient, engine: StubEngine) -> None:
    form = inbound_form(CUSTOMER, "hi")
    headers = {"content-type": "application/json", "x-twilio-signature": sign(URL, {"x": "y"})}
    assert_error(await client.post("/sms/twilio", content=json.dumps(form), headers=headers), 403)
    headers["x-twilio-signature"] = sign(URL, {})
    assert_error(await client.post("/sms/twilio", content=b"\xff{not json", headers=headers), 415)
    assert engine.received == []


async def test_mms_media_urls_kept(client: httpx.AsyncClient, engine: StubEngine) -> None:
    media = ["https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", "https://x/ME2"]
    assert (await post_signed(client, inbound_form(CUSTOMER, "", media=media))).status_code == 200
    assert engine.received[0].media == tuple(media)
    assert engine.received[0].text == ""


async def test_store_failure_is_503_not_500(client: httpx.AsyncClient, engine: StubEngine) -> None:
    engine.fail = StoreError("disk full")
    assert_error(await post_signed(client, inbound_form(CUSTOMER, "hi")), 503, "unavailable")


async def test_sms_not_configured_403(engine: StubEngine) -> None:
    settings = Settings.load(env_file=None, public_base_url=PUBLIC)

    async def route(request: Request) -> Response:
        return await twilio_webhook(request, settings=settings, engine=engine)

    app = Starlette(routes=[Route("/sms/twilio", route, methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        body, headers = signed_request(URL, inbound_form(CUSTOMER, "hi"))
        assert_error(await c.post("/sms/twilio", content=body, headers=headers), 403)
    assert engine.received == []
