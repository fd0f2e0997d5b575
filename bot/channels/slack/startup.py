"""Start-up: who the bot is (cached auth.test, also Bolt's `authorize`), the check of the token and support
channel, and opening Socket Mode when SLACK_APP_TOKEN is set."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.app import Authorize
from bot.channels.slack.webapi import SLACK_FAILURES

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")


class BotIdentity:
    """Who the bot is (from auth.test), fetched once and cached; also serves as Bolt's `authorize` so Bolt never
    runs its own auth.test on a request path (https://docs.slack.dev/tools/bolt-python/concepts/authorization)."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client
        self.result: AuthorizeResult | None = None
        self._lock = asyncio.Lock()

    async def load(self) -> AuthorizeResult:
        async with self._lock:
            if self.result is None:
                resp = await self.client.auth_test()
                self.result = AuthorizeResult(
                    enterprise_id=resp.get("enterprise_id"),
                    team_id=resp.get("team_id"),
                    bot_token=self.client.token,
                    bot_user_id=resp.get("user_id"),
                    bot_id=resp.get("bot_id"),
                )
            return self.result

    @property
    def authorize(self) -> Authorize:
        """A plain function for Bolt: it injects arguments by parameter name (getfullargspec), so a bound
        method's `self` would collide (TypeError "got multiple values for argument 'self'")."""

        async def authorize(
            enterprise_id: str | None = None, team_id: str | None = None, user_id: str | None = None
        ) -> AuthorizeResult:
            return await self.load()

        return authorize


async def startup_check(
    client: AsyncWebClient, support_channel: str | None, identity: BotIdentity | None = None
) -> list[str]:
    """auth.test and conversations.info on the support channel. Logs and returns what is wrong; never raises."""
    problems: list[str] = []
    api = client.base_url
    try:
        if identity is not None:
            await identity.load()
        else:
            await client.auth_test()
    except SlackApiError as exc:
        problems.append(
            f"SLACK_BOT_TOKEN was refused by Slack ({exc.response.get('error')}): check the bot token "
            "(xoxb-...) under OAuth & Permissions and reinstall the app"
        )
    except SLACK_FAILURES as exc:
        problems.append(
            f"cannot reach the Slack API at {api} ({type(exc).__name__}): check SLACK_API_URL and the network"
        )
    if problems:
        for p in problems:
            log.error("slack: %s", p)
        return problems
    if not support_channel:
        problems.append(
            "SLACK_SUPPORT_CHANNEL is not set: handed-off cases stay in the database (API, CLI) only"
        )
    else:
        try:
            resp = await client.conversations_info(channel=support_channel)
            ch = resp.get("channel") or {}
            if ch.get("is_archived"):
                problems.append(f"SLACK_SUPPORT_CHANNEL {support_channel} is archived")
            elif ch.get("is_member") is False:
                problems.append(
                    f"the bot is not a member of SLACK_SUPPORT_CHANNEL {support_channel}: "
                    f"run /invite @cyanbot in #{ch.get('name', support_channel)}"
                )
        except SlackApiError as exc:
            err = exc.response.get("error")
            hint = (
                "use the channel ID (C...), not its name; for a private channel invite the bot first"
                if err == "channel_not_found"
                else "add the channels:read/groups:read scope or check the ID"
            )
            problems.append(f"SLACK_SUPPORT_CHANNEL {support_channel} cannot be used ({err}): {hint}")
        except SLACK_FAILURES as exc:
            problems.append(f"conversations.info failed ({type(exc).__name__})")
    for p in problems:
        log.error("slack: %s", p)
    if not problems:
        log.info("slack: token OK, support channel %s OK", support_channel)
    return problems


async def open_socket_mode(
    bolt: AsyncApp, client: AsyncWebClient, app_token: str, problem: Callable[[str], None]
) -> tuple[Any, asyncio.Task[None]] | None:
    """Connect Socket Mode in the background. Returns (handler, connect task), or None after telling `problem`
    why the app token or the API cannot be used."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    # slack_sdk's connect() retries a refused app token forever (logging a traceback each time), so ask
    # apps.connections.open once ourselves first and report a bad token plainly.
    # https://docs.slack.dev/reference/methods/apps.connections.open
    try:
        await client.apps_connections_open(app_token=app_token)
    except SlackApiError as exc:
        problem(
            f"SLACK_APP_TOKEN was refused ({exc.response.get('error')}): use an app-level token "
            "(xapp-...) with connections:write, and enable Socket Mode in the app settings"
        )
        return None
    except SLACK_FAILURES as exc:
        problem(f"Socket Mode: cannot reach the Slack API ({type(exc).__name__})")
        return None
    socket = AsyncSocketModeHandler(bolt, app_token=app_token, web_client=client)
    # Connect in the background: serving SMS and web chat must not wait on the WebSocket handshake.
    task = asyncio.create_task(socket.connect_async(), name="slack-socket-mode")
    log.info("slack: connecting over Socket Mode")
    return socket, task
