"""`SlackChannel`: sender, case sink and Bolt app wired together from settings; `signature_ok` checks a request.

`POST /slack/events` is served by bot/server/webhooks.py: it checks the signature here (401), then size (413) and
text (400), before handing the request to this channel's Bolt app (design.md 6.1).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from collections.abc import Sequence
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.app import Authorize, SlackEngine, build_bolt_app
from bot.channels.slack.cases import SlackCaseSink
from bot.channels.slack.inflight import Inflight
from bot.channels.slack.sender import SlackSender
from bot.channels.slack.startup import BotIdentity, open_socket_mode, startup_check
from bot.channels.slack.webapi import Scrubber, make_client
from bot.config import Settings

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")

SIGNATURE_MAX_AGE = 60 * 5  # Slack: reject requests older than five minutes (replay protection)
# https://docs.slack.dev/authentication/verifying-requests-from-slack


def signature_ok(
    secret: str, body: bytes, timestamp: str | None, signature: str | None, now: float | None = None
) -> bool:
    """Slack's v0 HMAC-SHA256 over `v0:{timestamp}:{raw body}`, on the raw bytes, constant-time compare.
    https://docs.slack.dev/authentication/verifying-requests-from-slack"""
    if not secret or not timestamp or not signature:
        return False
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - ts) > SIGNATURE_MAX_AGE:
        return False
    digest = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest("v0=" + digest, signature)


class SlackChannel:
    """Slack wired from settings. Build it before the engine (the engine needs `sender` and `case_sink`), then
    `attach(engine)` to create the Bolt app (the server serves it at POST /slack/events); call `start`/`stop` from
    the server lifespan."""

    def __init__(
        self,
        *,
        bot_token: str,
        signing_secret: str | None,
        support_channel: str | None,
        api_url: str = "https://slack.com/api/",
        app_token: str | None = None,
        secrets: Sequence[str] = (),
        authorize: Authorize | None = None,
        client: AsyncWebClient | None = None,
    ) -> None:
        self.client = client or make_client(bot_token, api_url)
        self.signing_secret = signing_secret or ""
        self.support_channel = support_channel
        self.app_token = app_token
        self.identity = BotIdentity(self.client)
        self._authorize = authorize or self.identity.authorize
        scrub = Scrubber([bot_token, self.signing_secret, app_token or "", *secrets])
        self.sender = SlackSender(self.client)
        self.case_sink = SlackCaseSink(self.client, support_channel, scrub)
        self.bolt: AsyncApp | None = None
        self._socket: Any = None
        self._connect_task: asyncio.Task[None] | None = None
        self.inflight = Inflight()
        self.problems: list[str] = []

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> SlackChannel | None:
        """None (and a log line saying so) when Slack is not configured; handoffs then stay in the database."""
        if not settings.slack_enabled:
            log.info(
                "Slack is off (set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode): "
                "handed-off cases are kept for the API, CLI and transcripts"
            )
            return None
        assert settings.slack_bot_token is not None
        return cls(
            bot_token=settings.slack_bot_token.get_secret_value(),
            signing_secret=settings.slack_signing_secret.get_secret_value()
            if settings.slack_signing_secret
            else None,
            support_channel=settings.slack_support_channel,
            api_url=settings.slack_api_url,
            app_token=settings.slack_app_token.get_secret_value() if settings.slack_app_token else None,
            secrets=settings.secret_values(),
            **kwargs,
        )

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    def attach(self, engine: SlackEngine) -> AsyncApp:
        self.bolt = build_bolt_app(
            engine,
            client=self.client,
            signing_secret=self.signing_secret,
            support_channel=self.support_channel,
            authorize=self._authorize,
            inflight=self.inflight,
        )
        return self.bolt

    async def start(self) -> list[str]:
        """Start-up check, then Socket Mode if configured. Problems are logged; the server keeps running."""
        self.problems = await startup_check(self.client, self.support_channel, self.identity)
        if self.socket_mode and self.bolt is not None:
            await self._start_socket_mode()
        else:
            log.info("slack: receiving events over HTTP at /slack/events")
        return self.problems

    async def _start_socket_mode(self) -> None:
        assert self.bolt is not None and self.app_token is not None
        opened = await open_socket_mode(self.bolt, self.client, self.app_token, self._problem)
        if opened is not None:
            self._socket, self._connect_task = opened

    def _problem(self, msg: str) -> None:
        log.error("slack: %s", msg)
        self.problems.append(msg)

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until every listener started by a request so far has finished (bounded)."""
        await self.inflight.wait(timeout)

    async def stop(self) -> None:
        try:
            await self.inflight.wait(2.0)
        except TimeoutError:
            log.warning("slack: stopping with %d Slack request(s) still being handled", self.inflight.count)
        if self._connect_task is not None and not self._connect_task.done():
            self._connect_task.cancel()
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
