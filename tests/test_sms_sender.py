"""TwilioSender against the fake Twilio REST API (in-process over ASGITransport, and on a real port)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.channels.sms import TwilioSender
from bot.config import Settings
from bot.errors import ChannelError
from bot.httputil import outbound_client, wire_transport
from bot.httputil import parse_retry_after as _retry_after
from bot.messages import Part
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio

CUSTOMER = "+15551230000"


@pytest.fixture
def fake() -> FakeTwilio:
    return FakeTwilio()


@pytest.fixture
async def http(fake: FakeTwilio) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://twilio") as c:
        yield c


def sender(http: httpx.AsyncClient, **kw: object) -> TwilioSender:
    args: dict[str, object] = {
        "account_sid": ACCOUNT_SID,
        "auth_token": AUTH_TOKEN,
        "from_number": FROM_NUMBER,
        "base_url": "http://twilio",
    }
    args.update(kw)
    return TwilioSender(http, **args)  # type: ignore[arg-type]


async def test_send_posts_form_with_basic_auth(fake: FakeTwilio, http: httpx.AsyncClient) -> None:
    sid = await sender(http).send(CUSTOMER, Part(text="Hi! What is the light doing?"), {})
    assert sid is not None and sid.startswith("SM")
    assert [(m.sid, m.to, m.from_, m.body) for m in fake.messages] == [
        (sid, CUSTOMER, FROM_NUMBER, "Hi! What is the light doing?")
    ]


async def test_url_and_settings(http: httpx.AsyncClient) -> None:
    settings = Settings.load(
        env_file=None,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from_number=FROM_NUMBER,
        twilio_api_base_url="http://twilio/",
    )
    s = TwilioSender.from_settings(settings, http)
    assert s.url == f"http://twilio/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert (await s.send(CUSTOMER, Part(text="x"), {})) is not None
    with pytest.raises(ValueError):
        TwilioSender.from_settings(Settings.load(env_file=None), http)


async def test_wrong_token_is_retryable_and_not_logged(
    fake: FakeTwilio, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ChannelError) as e:
        await sender(http, auth_token="wrong-token-value").send(CUSTOMER, Part(text="x"), {})
    assert e.value.retryable
    assert "401" in str(e.value)
    assert fake.messages == []
    assert "wrong-token-value" not in caplog.text and AUTH_TOKEN not in caplog.text
    assert "wrong-token-value" not in str(e.value)


async def test_500_is_retryable_then_sends_once(fake: FakeTwilio, http: httpx.AsyncClient) -> None:
    fake.fail(times=2, status=500)
    s = sender(http)
    for _ in range(2):
        with pytest.raises(ChannelError) as e:
            await s.send(CUSTOMER, Part(text="hello"), {})
        assert e.value.retryable and e.value.retry_after is None
    assert fake.messages == []
    assert await s.send(CUSTOMER, Part(text="hello"), {})
    assert fake.bodies(CUSTOMER) == ["hello"]
    assert [a.status for a in fake.requests] == [500, 500, 201]


async def test_429_carries_retry_after(fake: FakeTwilio, http: httpx.AsyncClient) -> None:
    fake.rate_limit(times=1, retry_after=7)
    with pytest.raises(ChannelError) as e:
        await sender(http).send(CUSTOMER, Part(text="x"), {})
    assert e.value.retryable
    assert e.value.retry_after == 7.0


async def test_timeout_is_retryable(fake: FakeTwilio) -> None:
    # A real port: httpx.ASGITransport does not apply timeouts.
    fake.delay(times=1, seconds=0.5)
    with fake.serve() as srv:
        async with httpx.AsyncClient() as http:
            with pytest.raises(ChannelError) as e:
                await sender(http, base_url=srv.url, timeout=0.1).send(CUSTOMER, Part(text="x"), {})
            assert e.value.retryable
            assert "timeout" in str(e.value)
            assert fake.messages == []


async def test_network_error_is_retryable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as http:
        with pytest.raises(ChannelError) as e:
            await sender(http).send(CUSTOMER, Part(text="x"), {})
    assert e.value.retryable


@pytest.mark.parametrize(
    ("setup", "to", "code"),
    [
        (lambda f: f.opt_out(CUSTOMER), CUSTOMER, "21610"),
        (lambda f: None, "+1555", "21211"),
    ],
)
async def test_permanent_errors_not_retryable(
    fake: FakeTwilio,
    http: httpx.AsyncClient,
    setup,
    to: str,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    setup(fake)
    with pytest.raises(ChannelError) as e:
        await sender(http).send(to, Part(text="x"), {})
    assert not e.value.retryable
    assert code in str(e.value)
    assert fake.messages == []


async def test_unexpected_2xx_body_still_counts_as_sent() -> None:
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(201, text="ok"))
    ) as http:
        assert await sender(http).send(CUSTOMER, Part(text="x"), {}) is None


def test_retry_after_parsing() -> None:
    assert _retry_after(None) is None
    assert _retry_after("") is None
    assert _retry_after("12") == 12.0
    assert _retry_after("1.5") == 1.5
    assert _retry_after("-3") == 0.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert _retry_after("soon") is None


async def test_against_real_port(fake: FakeTwilio) -> None:
    with fake.serve() as srv:
        async with httpx.AsyncClient() as http:
            s = sender(http, base_url=srv.url)
            await s.send(CUSTOMER, Part(text="one"), {})
            await s.send(CUSTOMER, Part(text="two"), {})
            listed = await http.get(
                f"{srv.url}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json", auth=(ACCOUNT_SID, AUTH_TOKEN)
            )
    assert [m["body"] for m in listed.json()["messages"]] == ["two", "one"]
    assert fake.bodies(CUSTOMER) == ["one", "two"]


async def test_sends_straight_to_the_shared_pool(fake: FakeTwilio) -> None:
    # As the runtime wires it: the sender posts to the shared client's transport (aiohttp's pool) directly. The
    # same form and basic auth reach Twilio; errors and timeouts map as through the client.
    wire = wire_transport()
    fake.delay(times=1, seconds=0.5)
    with fake.serve() as srv:
        async with outbound_client(wire) as http:
            s = sender(http, base_url=srv.url, transport=wire, timeout=0.1)
            with pytest.raises(ChannelError) as e:
                await s.send(CUSTOMER, Part(text="slow"), {})
            assert e.value.retryable and "timeout" in str(e.value)
            sid = await s.send(CUSTOMER, Part(text="Hi! What is the light doing?"), {})
            fake.rate_limit(times=1, retry_after=7)
            with pytest.raises(ChannelError) as e:
                await s.send(CUSTOMER, Part(text="later"), {})
            assert e.value.retryable and e.value.retry_after == 7.0
            with pytest.raises(ChannelError) as e:
                await s.send("+1555", Part(text="x"), {})
            assert not e.value.retryable and "21211" in str(e.value)
    assert sid is not None and sid.startswith("SM")
    assert [(m.sid, m.to, m.from_, m.body) for m in fake.messages] == [
        (sid, CUSTOMER, FROM_NUMBER, "Hi! What is the light doing?")
    ]


async def test_concurrency_is_bounded(fake: FakeTwilio) -> None:
    # 12 parts at once: at most 3 requests reach Twilio together, the rest queue in the sender (not in the
    # shared client's pool, where a burst used to end in PoolTimeouts and retries).
    fake.delay(times=12, seconds=0.1, accept=True)
    with fake.serve() as srv:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=100)) as http:
            s = sender(http, base_url=srv.url, max_concurrency=3, timeout=5)
            sids = await asyncio.gather(
                *(s.send(f"+1555123{i:04d}", Part(text=str(i)), {}) for i in range(12))
            )
    assert all(sids)
    assert len(fake.messages) == 12
    assert fake.max_held == 3
