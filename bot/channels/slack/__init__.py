"""Slack: customers in DMs, and the support team's case cards, takeover and thread replies (design.md 4, 6.1, 7).

Pieces, each usable alone:
- `SlackSender` (sender.py): the engine's Sender for Slack DMs (Block Kit buttons for choices, progress updated
  in place).
- `SlackCaseSink` (cases.py): the engine's CaseSink: one card per case in `SLACK_SUPPORT_CHANNEL` (built by
  card.py), the transcript uploaded into its thread, customer messages mirrored there while an agent holds it.
- `build_bolt_app()` (app.py): the Bolt `AsyncApp` that turns signed Slack requests into engine calls.
- `SlackChannel` (channel.py): the three wired together from settings; `start()` runs the start-up check and,
  when `SLACK_APP_TOKEN` is set, connects Socket Mode instead (startup.py). bot/server/webhooks.py serves its
  Bolt app at `POST /slack/events` after checking `signature_ok()`.
- webapi.py: the Web API client, failures mapped to ChannelError, the secret scrubber.
- text.py: Slack's message text (escapes, mentions, links) turned back into the words a person typed.

bot.server.runtime wires a `SlackChannel` into the running bot (wiring lives in the server only).
"""

from __future__ import annotations

from bot.channels.slack.app import (
    CHOICE_ACTION_RE,
    DEDUPE_TIMEOUT,
    PERSON_SUBTYPES,
    Authorize,
    SlackEngine,
    build_bolt_app,
    dedupe_key,
    is_customer_choice,
    is_from_bot,
)
from bot.channels.slack.cases import SlackCaseSink
from bot.channels.slack.channel import SIGNATURE_MAX_AGE, SlackChannel, signature_ok
from bot.channels.slack.inflight import Inflight
from bot.channels.slack.sender import (
    BUTTON_TEXT_MAX,
    BUTTONS_PER_BLOCK,
    CHOICE_PREFIX,
    SlackRenderer,
    SlackSender,
    choice_blocks,
    text_sections,
)
from bot.channels.slack.startup import BotIdentity, open_socket_mode, startup_check
from bot.channels.slack.webapi import (
    PERMANENT_ERRORS,
    SLACK_FAILURES,
    Scrubber,
    channel_error,
    make_client,
)

__all__ = [
    "BUTTONS_PER_BLOCK",
    "BUTTON_TEXT_MAX",
    "CHOICE_ACTION_RE",
    "CHOICE_PREFIX",
    "DEDUPE_TIMEOUT",
    "PERMANENT_ERRORS",
    "PERSON_SUBTYPES",
    "SIGNATURE_MAX_AGE",
    "SLACK_FAILURES",
    "Authorize",
    "BotIdentity",
    "Inflight",
    "Scrubber",
    "SlackCaseSink",
    "SlackChannel",
    "SlackEngine",
    "SlackRenderer",
    "SlackSender",
    "build_bolt_app",
    "channel_error",
    "choice_blocks",
    "dedupe_key",
    "is_customer_choice",
    "is_from_bot",
    "make_client",
    "open_socket_mode",
    "signature_ok",
    "startup_check",
    "text_sections",
]
