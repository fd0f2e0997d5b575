"""`SlackChannel`: sender, case sink and Bolt app wired together from settings, serving `POST /slack/events`.

Checks on a request before Bolt sees it (design.md 6.1): signature (401), then size (413), then text (400).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Sequence
from typing import Any

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.channels.slack.app import Authorize, SlackEngine, build_bolt_app
from bot.channels.slack.cases import SlackCaseSink
from bot.channels.slack.inflight import Inflight
from bot.channels.slack.sender import SlackSender
from bot.channels.slack.startup import BotIdentity, open_socket_mode, startup_check
from bot.channels.slack.webapi import Scrubber, make_client
from bot.config import Settings

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")

MAX_BODY = 64 * 1024  # design.md section 4: any body over 64 KiB is a 413
SIGNATURE_MAX_AGE = 60 * 5  # Slack: reject requests older than five minutes (replay protection)
# https://docs.slack.dev/authentication/verifying-requests-from-slack


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


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
    `attach(engine)` to create the Bolt app. Serve `handle` at POST /slack/events; call `start`/`stop` from the
    server lifespan."""

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
        self._handler: AsyncSlackRequestHandler | None = None
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
        self._handler = AsyncSlackRequestHandler(self.bolt)
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

    async def handle(self, request: Request) -> Response:
        """POST /slack/events. Order of checks (design 6.1): signature (401), then size (413), then text (400);
        only then Bolt, which verifies again and dispatches."""
        if self._handler is None:
            return _error(503, "not_ready", "Slack is not attached to the engine yet")
        body = await request.body()
        if not signature_ok(
            self.signing_secret,
            body,
            request.headers.get("x-slack-request-timestamp"),
            request.headers.get("x-slack-signature"),
        ):
            return _error(401, "bad_signature", "missing or invalid Slack signature")
        if len(body) > MAX_BODY:
            return _error(413, "too_large", "request body over 64 KiB")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "bad_encoding", "request body is not UTF-8")
        if _has_lone_surrogate(text):
            # "x\ud800y" in a DM would fail when stored: refuse it here, nothing stored (design §4).
            return _error(400, "bad_text", "the request has characters that are not valid text")
        try:
            return await self._handler.handle(request)
        except Exception:
            log.exception("slack: could not handle a signed request")
            return _error(400, "bad_request", "could not read the Slack request")


def _has_lone_surrogate(body: str) -> bool:
    """True when a JSON body (or an interactivity form's `payload`) holds a string that is not valid UTF-8 text."""
    if "\\u" not in body.lower():
        return False  # a lone surrogate can only arrive as a JSON escape
    docs: list[str] = [body]
    if not body.lstrip().startswith("{"):
        from urllib.parse import parse_qs

        docs = parse_qs(body).get("payload", [])
    for doc in docs:
        try:
            data = json.loads(doc)
        except ValueError:
            continue
        stack: list[object] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    return True
            elif isinstance(item, dict):
                stack.extend(item.keys())
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return False
