"""Talking to Slack's Web API: the client, what a failed call means for the outbox, and the secret scrubber.

Shared by the sender, the case sink, the Bolt app and the start-up check.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import ChannelError

# Slack errors that retrying cannot fix (https://docs.slack.dev/reference/methods/chat.postMessage#errors).
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "no_permission",
        "missing_scope",
        "msg_too_long",
        "invalid_blocks",
        "user_not_found",
        "cannot_dm_bot",
        "restricted_action",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
    }
)


class Scrubber:
    """Replace every configured secret (tokens, signing secret...) with `[redacted]` before anything goes to Slack.

    Customers' Wi-Fi passwords are redacted by the engine before they are stored; this is the second guard for
    values we know, applied to card text, mirrored messages and the transcript.
    """

    def __init__(self, secrets: Sequence[str] = ()) -> None:
        # Longest first so a secret containing another is replaced whole; very short values would redact noise.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for s in self.secrets:
            value = value.replace(s, "[redacted]")
        return value

    def deep(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        if isinstance(value, dict):
            return {k: self.deep(v) for k, v in value.items()}
        return value


def channel_error(exc: Exception, what: str) -> ChannelError:
    """Map a slack_sdk/aiohttp failure to ChannelError so the outbox knows whether and when to retry."""
    if isinstance(exc, SlackApiError):
        resp = exc.response
        code = str(resp.get("error") or f"http_{resp.status_code}")
        retry_after: float | None = None
        if resp.status_code == 429 or code == "ratelimited":
            # https://docs.slack.dev/apis/web-api/rate-limits: wait Retry-After seconds before the next call.
            raw = (resp.headers or {}).get("Retry-After") or (resp.headers or {}).get("retry-after")
            try:
                retry_after = float(raw) if raw is not None else 1.0
            except (TypeError, ValueError):
                retry_after = 1.0
        return ChannelError(
            f"slack {what}: {code}", retryable=code not in PERMANENT_ERRORS, retry_after=retry_after
        )
    return ChannelError(f"slack {what}: {type(exc).__name__}", retryable=True)


SLACK_FAILURES = (SlackClientError, aiohttp.ClientError, asyncio.TimeoutError)


def make_client(token: str, api_url: str) -> AsyncWebClient:
    """The Web API client; `api_url` is SLACK_API_URL (tests point it at tests/fakes/slack_api.py)."""
    return AsyncWebClient(
        token=token, base_url=api_url if api_url.endswith("/") else api_url + "/", timeout=10
    )
