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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name is imported from its module at first use (PEP 562), not here: importing any one piece (the console
# imports card.py) would otherwise load Bolt, slack_sdk and aiohttp, about 0.4 s of a web process's start-up even
# when Slack is off. https://peps.python.org/pep-0562/
_WHERE = {
    "Authorize": "bot.channels.slack.app",
    "BUTTONS_PER_BLOCK": "bot.channels.slack.sender",
    "BUTTON_TEXT_MAX": "bot.channels.slack.sender",
    "BotIdentity": "bot.channels.slack.startup",
    "CHOICE_ACTION_RE": "bot.channels.slack.app",
    "CHOICE_PREFIX": "bot.channels.slack.sender",
    "DEDUPE_TIMEOUT": "bot.channels.slack.app",
    "Inflight": "bot.channels.slack.inflight",
    "PERMANENT_ERRORS": "bot.channels.slack.webapi",
    "PERSON_SUBTYPES": "bot.channels.slack.app",
    "SIGNATURE_MAX_AGE": "bot.channels.slack.channel",
    "SLACK_FAILURES": "bot.channels.slack.webapi",
    "Scrubber": "bot.channels.slack.webapi",
    "SlackCaseSink": "bot.channels.slack.cases",
    "SlackChannel": "bot.channels.slack.channel",
    "SlackEngine": "bot.channels.slack.app",
    "SlackRenderer": "bot.channels.slack.sender",
    "SlackSender": "bot.channels.slack.sender",
    "build_bolt_app": "bot.channels.slack.app",
    "channel_error": "bot.channels.slack.webapi",
    "choice_blocks": "bot.channels.slack.sender",
    "dedupe_key": "bot.channels.slack.app",
    "is_customer_choice": "bot.channels.slack.app",
    "is_from_bot": "bot.channels.slack.app",
    "make_client": "bot.channels.slack.webapi",
    "open_socket_mode": "bot.channels.slack.startup",
    "signature_ok": "bot.channels.slack.channel",
    "startup_check": "bot.channels.slack.startup",
    "text_sections": "bot.channels.slack.sender",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
