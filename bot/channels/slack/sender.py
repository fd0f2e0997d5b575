"""The engine's Sender for Slack DMs: Block Kit buttons for choices, progress messages updated in place."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.card import clip, esc
from bot.channels.slack.webapi import SLACK_FAILURES, channel_error
from bot.messages import Part, Reply

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")

CHOICE_PREFIX = "cyanbot_choice"
BUTTONS_PER_BLOCK = 25  # Block Kit: at most 25 elements in an actions block
BUTTON_TEXT_MAX = 75


def text_sections(text: str) -> list[dict[str, Any]]:
    """Escaped mrkdwn sections, split so no section passes Block Kit's 3000-character limit."""
    body = esc(text) or " "
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": body[i : i + 3000]}}
        for i in range(0, len(body), 3000)
    ]


def choice_blocks(text: str, choices: Sequence[str]) -> list[dict[str, Any]]:
    """A question with one button per choice; `value` is the label, so a click reads exactly like typing it."""
    blocks = text_sections(text)
    for start in range(0, len(choices), BUTTONS_PER_BLOCK):
        blocks.append(
            {
                "type": "actions",
                "block_id": f"cyanbot_choices_{start}",
                "elements": [
                    {
                        "type": "button",
                        "action_id": f"{CHOICE_PREFIX}_{i}",
                        "value": label[:2000],
                        "text": {"type": "plain_text", "text": clip(label, BUTTON_TEXT_MAX) or "?"},
                    }
                    for i, label in enumerate(choices[start : start + BUTTONS_PER_BLOCK], start)
                ],
            }
        )
    return blocks


class SlackSender:
    """Sender for Slack DMs. Returns the message `ts` (Slack's message ID), which is also what
    `part.extra["update_ts"]` names to rewrite a progress message in place instead of posting a new one."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def send(self, address: str, part: Part, meta: dict[str, Any]) -> str | None:
        # Answer in the DM channel the customer wrote from (design 6.1); a user ID as channel also opens the
        # app's DM with them (https://docs.slack.dev/reference/methods/chat.postMessage#channels).
        channel = str(meta.get("slack_channel") or address)
        blocks = choice_blocks(part.text, part.choices) if part.choices else text_sections(part.text)
        text = esc(part.text)
        # A progress message (e.g. "watching for your device...") is rewritten in place: either the engine names
        # the ts, or it keeps the ts we returned for that progress key under meta["progress"].
        key = part.extra.get("progress") or part.extra.get("progress_key")
        update_ts = part.extra.get("update_ts") or ((meta.get("progress") or {}).get(key) if key else None)
        try:
            if update_ts:
                try:
                    resp = await self.client.chat_update(
                        channel=channel, ts=str(update_ts), text=text, blocks=blocks
                    )
                    return str(resp["ts"])
                except SlackApiError as exc:
                    if exc.response.get("error") not in ("message_not_found", "cant_update_message"):
                        raise
                    log.info("slack: progress message %s gone, posting a new one", update_ts)
            resp = await self.client.chat_postMessage(channel=channel, text=text, blocks=blocks)
            return str(resp["ts"])
        except SLACK_FAILURES as exc:
            raise channel_error(exc, "send") from exc


class SlackRenderer:
    """Slack shows choices as buttons, so a reply is one part with its text and choices unchanged."""

    def render(self, reply: Reply) -> list[Part]:
        return [Part(text=reply.text, choices=tuple(reply.choices))]
