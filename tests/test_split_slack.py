"""The Slack and SMS end-to-end scenarios of tests/test_slack_e2e.py again, with the engine split as `serve` runs
it: a web runtime takes the signed webhooks (Slack events, button clicks, thread replies, SMS) and wakes a worker
runtime on the same database over the real wake line; the worker steps, posts the case card and sends replies.
Both run in this test's loop on a FakeClock, against the same fakes."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.slack import SlackChannel
from bot.clock import FakeClock
from bot.cloud.simulated import SimCloud, create_sim_app
from bot.config import Settings
from bot.server.app import create_app
from bot.server.runtime import Runtime, build_runtime
from tests import test_slack_e2e as e2e
from tests.fakes import twilio as tw
from tests.fakes.slack_api import VALID_TOKEN, FakeSlack

fake_slack = e2e.fake_slack


@dataclass
class SplitBot(e2e.Bot):
    worker: Runtime | None = None

    async def settle(self) -> None:
        """The web side's Slack listeners, then every kick answered by the worker, then the worker idle."""
        channel = self.rt.extras["slack"]
        assert isinstance(channel, SlackChannel) and self.worker is not None
        await channel.wait_idle(10)
        assert self.rt.engine.remote is not None, "the web runtime runs no engine work"
        await self.rt.engine.remote.wait_all(10)
        await self.worker.engine.wait_idle(10)

    async def sms(self, text: str) -> None:
        self.n += 1
        form = tw.inbound_form(e2e.PHONE, text, sid=f"SM{self.n:032d}")
        body, headers = tw.signed_request(f"{e2e.PUBLIC}/sms/twilio", form)
        r = await self.http.post("/sms/twilio", content=body, headers=headers)
        assert r.status_code == 200, r.text
        await self.settle()


@pytest.fixture
async def split_bot(tmp_path: Path, fake_slack: FakeSlack, fake_twilio: tw.FakeTwilio) -> AsyncIterator[SplitBot]:
    clock = FakeClock(time.time())
    settings = Settings.load(
        env_file=None, database_path=str(tmp_path / "bot.db"), twilio_account_sid=tw.ACCOUNT_SID,
        twilio_auth_token=tw.AUTH_TOKEN, twilio_from_number=tw.FROM_NUMBER, twilio_api_base_url=fake_twilio.url,
        public_base_url=e2e.PUBLIC, slack_bot_token=VALID_TOKEN, slack_signing_secret=e2e.SECRET,  # type: ignore[attr-defined]
        slack_support_channel=e2e.SUPPORT, slack_api_url=fake_slack.api_url, hotspot_ssid="ProductRescue",
        hotspot_password="rescue-me-123",
    )
    sim = SimCloud(clock=clock)
    cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim)))
    kw: dict[str, Any] = {"clock": clock, "cloud_http": cloud_http, "sim": sim, "sim_base_url": "http://sim"}
    worker = build_runtime(settings, role="worker", **kw)
    web = build_runtime(settings, role="web", **kw)
    web.store.add_customer(e2e.SEED_DEVICE, phone=e2e.PHONE, name="Dana")
    web.store.add_customer(e2e.ARGON, slack_user="UCUST1", name="Lee")
    await worker.start(stream=False)
    await web.start(stream=False)
    app = create_app(web, manage_lifespan=False)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=e2e.PUBLIC) as http:
            yield SplitBot(web, http, fake_slack, fake_twilio, sim, clock, worker=worker)
    finally:
        await web.stop()
        await worker.stop()
        await cloud_http.aclose()


Scenario = Callable[[Any], Awaitable[None]]


@pytest.mark.parametrize("scenario", [
    e2e.test_seed_case_from_sms_is_one_complete_card_with_transcript,
    e2e.test_takeover_reply_note_mirror_release_resolve,
    e2e.test_double_takeover_exactly_one_wins,
    e2e.test_dm_conversation_to_resolution_with_buttons,
    e2e.test_slack_customer_handoff_takeover_reply_in_the_dm,
], ids=lambda f: f.__name__.removeprefix("test_"))
async def test_the_slack_scenarios_hold_with_the_engine_in_a_worker(split_bot: SplitBot, scenario: Scenario) -> None:
    await scenario(split_bot)
    # and every step ran in the worker: the web runtime never started its own work queue
    assert not split_bot.rt.engine.work._pool and split_bot.worker is not None  # noqa: SLF001
    assert split_bot.worker.engine.work._pool  # noqa: SLF001
