"""The Bolt `AsyncApp`: dedupe middleware, message intake, choice and case-button handlers (design.md 6.1).

Rules that shape the handlers (docs/library-notes.md section 2):
- Slack wants a 2xx within 3 s or it retries (https://docs.slack.dev/apis/events-api/#retries), and never
  redelivers after a 2xx. So the engine call, which only stores and schedules (a few ms), runs before the 200,
  and anything that talks to Slack's API (ephemeral notes, marking a clicked question) runs after it. The
  engine's own work (flow step, cloud, replies) always happens in the background.
- Bolt does not deduplicate retries. Customer messages are deduplicated by the engine (`Inbound.external_id`,
  checked in the same transaction that stores the message); agents' thread replies and case buttons by a
  middleware asking `engine.first_delivery()` for the `event_id` (or the clicked message's ts + `action_ts`).
- Our own and other bots' messages are ignored (Bolt drops only our own; we also drop any `bot_id`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from slack_bolt import BoltResponse
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.card import CASE_ACTIONS, RELEASE, RESOLVE, TAKEOVER, agent_label, esc
from bot.channels.slack.inflight import Inflight
from bot.channels.slack.sender import CHOICE_PREFIX
from bot.channels.slack.text import UserNames
from bot.channels.slack.webapi import SLACK_FAILURES, channel_error
from bot.messages import Inbound

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")

CHOICE_ACTION_RE = re.compile(rf"^{CHOICE_PREFIX}")
DEDUPE_TIMEOUT = 1.5  # a stuck store must not push us past Slack's 3 s; the engine dedupes external_id too
# Message subtypes that still carry a person's words; everything else (edits, joins, bot posts) is ignored.
# https://docs.slack.dev/reference/events/message#subtypes
PERSON_SUBTYPES = (None, "file_share", "thread_broadcast")


class SlackEngine(Protocol):
    """The part of bot.engine.core.Engine this channel calls."""

    async def receive(self, inbound: Inbound) -> Any: ...

    async def first_delivery(self, source: str, key: str) -> bool: ...

    async def agent_takeover(self, conversation_id: str, agent: str) -> tuple[bool, str | None]: ...

    async def agent_release(self, conversation_id: str, agent: str) -> bool: ...

    async def agent_resolve(self, conversation_id: str, agent: str) -> bool: ...

    async def agent_reply(self, conversation_id: str, agent: str, text: str) -> str: ...

    def conversation_for_case(self, channel: str, thread_ts: str) -> str | None: ...


Authorize = Callable[..., Awaitable[AuthorizeResult]]


def dedupe_key(body: dict[str, Any]) -> tuple[str, str] | None:
    """(source, key) identifying one delivery: the Events API `event_id`; for a button click, the clicked
    message and the click's `action_ts` (block_actions payloads carry no event_id)."""
    if body.get("event_id"):
        return "slack_event", str(body["event_id"])
    if body.get("type") == "block_actions":
        container = body.get("container") or {}
        actions = body.get("actions") or [{}]
        msg_ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
        action_ts = actions[0].get("action_ts")
        if msg_ts and action_ts:
            return "slack_action", f"{container.get('channel_id', '')}:{msg_ts}:{action_ts}"
    return None


def is_from_bot(event: dict[str, Any]) -> bool:
    return (
        bool(event.get("bot_id") or event.get("bot_profile")) or event.get("subtype") not in PERSON_SUBTYPES
    )


def is_customer_choice(body: dict[str, Any]) -> bool:
    action_id = str(((body.get("actions") or [{}])[0]).get("action_id") or "")
    return body.get("type") == "block_actions" and action_id.startswith(CHOICE_PREFIX)


def build_bolt_app(
    engine: SlackEngine,
    *,
    client: AsyncWebClient,
    signing_secret: str,
    support_channel: str | None,
    authorize: Authorize | None = None,
    inflight: Inflight | None = None,
) -> AsyncApp:
    """The Bolt app. `authorize` (tests, or the cached identity from the start-up check) avoids Bolt's lazy
    auth.test on the first request (docs/library-notes.md: AsyncApp has no token_verification_enabled).

    Order inside one request: the engine call (which only stores and schedules: a few ms of SQLite) happens
    *before* the 200 goes back, because Slack never redelivers after a 200 and design.md section 8 wants a
    kill -9 to lose nothing; everything that talks to Slack's API (ephemeral notes, marking a clicked question)
    runs after the ack. Bolt acks events before any listener runs, so message events are taken in by a
    middleware (which runs before the response) instead of an `@app.event` listener.
    """
    app = AsyncApp(
        signing_secret=signing_secret,
        # Bolt builds a per-request client from the authorize result's token; a token on this one too would
        # only log "token will be ignored" at every start.
        client=AsyncWebClient(base_url=client.base_url, timeout=client.timeout),
        authorize=authorize,
        name="cyanbot",
        logger=logging.getLogger("bot.channels.slack.bolt"),
    )
    # Slack sends message text escaped, with mentions and links as <...> sequences; the engine stores (and relays
    # to the customer) the words as the person typed them (text.py). Only a message with a user mention costs a
    # users.info call (cached, bounded by LOOKUP_TIMEOUT).
    wiring = _Wiring(engine, client, UserNames(client), inflight or Inflight(), support_channel)
    app.middleware(_intake(wiring))
    app.action(CHOICE_ACTION_RE)(_on_choice(wiring))
    case_action = _on_case_action(wiring)
    for action_id in CASE_ACTIONS:
        app.action(action_id)(case_action)
    return app


@dataclass(frozen=True)
class _Wiring:
    """What the listeners share: the engine, the Web API client, name lookups and the after-ack work."""

    engine: SlackEngine
    client: AsyncWebClient
    users: UserNames
    work: Inflight
    support_channel: str | None


Listener = Callable[..., Awaitable[Any]]
Next = Callable[[], Awaitable[BoltResponse]]


def _intake(w: _Wiring) -> Callable[[dict[str, Any], Next], Awaitable[BoltResponse]]:
    """The middleware that dedupes deliveries and takes in message events before the ack."""

    async def intake(body: dict[str, Any], next: Next) -> BoltResponse:
        # Customer messages (DMs and choice clicks) are deduplicated by the engine itself: receive() checks the
        # external_id and stores the message in one transaction, so a crash can neither lose nor double them.
        # Everything else is checked here first (at most once: a crash right after the mark drops that one).
        if not await _first_delivery(w.engine, body):
            return BoltResponse(status=200, body="")
        if body.get("type") == "event_callback":
            event = body.get("event") or {}
            if event.get("type") == "message":
                await _take_message(w, event, body)
            # Any other event is acknowledged too: a 404 "unhandled" would only make Slack retry it.
            return BoltResponse(status=200, body="")
        return await next()

    return intake


async def _first_delivery(engine: SlackEngine, body: dict[str, Any]) -> bool:
    """False for a repeated delivery the middleware must drop; customer messages always pass (the engine
    dedupes those itself)."""
    dm_event = body.get("type") == "event_callback" and (body.get("event") or {}).get("channel_type") == "im"
    key = dedupe_key(body)
    if key is None or dm_event or is_customer_choice(body):
        return True
    try:
        first = await asyncio.wait_for(engine.first_delivery(*key), DEDUPE_TIMEOUT)
    except Exception:  # a slow or failing store must not cost the ack
        log.exception("slack: dedupe check failed for %s; processing anyway", key[0])
        first = True
    if not first:
        log.info("slack: dropped repeated delivery %s %s", *key)
    return first


async def _take_message(w: _Wiring, event: dict[str, Any], body: dict[str, Any]) -> None:
    if is_from_bot(event):
        return
    user = event.get("user")
    channel = event.get("channel")
    if not user or not channel:
        return
    if event.get("channel_type") == "im":
        await _take_direct_message(w, event, body, user, channel)
        return
    thread_ts = event.get("thread_ts")
    if channel == w.support_channel and thread_ts and thread_ts != event.get("ts"):
        await _take_agent_reply(w, event, user, channel, thread_ts)


async def _take_direct_message(
    w: _Wiring, event: dict[str, Any], body: dict[str, Any], user: str, channel: str
) -> None:
    """A customer's DM: its words (and attached files) go to the engine."""
    media = tuple(f["url_private"] for f in event.get("files") or [] if f.get("url_private"))
    text = await w.users.plain(event.get("text") or "")
    if text or media:
        await w.engine.receive(
            Inbound(
                channel="slack",
                address=user,
                text=text,
                external_id=body.get("event_id"),
                # The message itself too (its channel and ts): a retry sent with another event_id is still the same
                # message (design 4: retries never produce a second reply; an outside audit).
                also_ids=(f"msg:{channel}:{event['ts']}",) if event.get("ts") else (),
                media=media,
                meta={"slack_channel": channel},
            )
        )


async def _take_agent_reply(w: _Wiring, event: dict[str, Any], user: str, channel: str, thread_ts: str) -> None:
    """An agent's reply in a case thread: relayed to the customer if that agent holds the case."""
    conversation_id = w.engine.conversation_for_case(channel, thread_ts)
    if conversation_id is None or not (event.get("text") or "").strip():
        return
    # The holder's reply reaches the customer (SMS, web, DM) as plain words: `&gt;` decoded, <@U1> a name.
    result = await w.engine.agent_reply(conversation_id, user, await w.users.plain(event["text"]))
    if result == "not_holder":
        note = "Your reply stayed internal: another agent holds this case."
        w.work.spawn(_tell(w.client, channel, user, note, thread_ts=thread_ts))


def _on_choice(w: _Wiring) -> Listener:
    """The listener for a customer's click on a choice button."""

    async def on_choice(
        ack: Callable[[], Awaitable[Any]], body: dict[str, Any], action: dict[str, Any]
    ) -> None:
        user = (body.get("user") or {}).get("id")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        label = str(action.get("value") or "")
        receipt = None
        try:
            if user and channel and label:
                key = dedupe_key(body)
                receipt = await w.engine.receive(
                    Inbound(
                        channel="slack",
                        address=user,
                        text=label,
                        external_id=f"action:{key[1]}" if key else None,
                        meta={"slack_channel": channel},
                    )
                )
        finally:
            await ack()  # even if the engine failed: Slack would only show the customer an error
        if receipt is not None and not getattr(receipt, "duplicate", False) and channel:
            w.work.spawn(_mark_chosen(w.client, channel, body.get("message") or {}, label))

    return on_choice


def _on_case_action(w: _Wiring) -> Listener:
    """The listener for an agent's click on a case card button (take over, give back, resolve)."""

    async def case_action(
        ack: Callable[[], Awaitable[Any]], body: dict[str, Any], action: dict[str, Any]
    ) -> None:
        agent = (body.get("user") or {}).get("id")
        conversation_id = str(action.get("value") or "")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        note: str | None = None
        try:
            if agent and conversation_id:
                note = await _case_note(w.engine, action.get("action_id"), conversation_id, agent)
        finally:
            await ack()
        if note and agent:
            w.work.spawn(_tell(w.client, channel, agent, note))

    return case_action


async def _case_note(engine: SlackEngine, name: Any, conversation_id: str, agent: str) -> str | None:
    """Run one case action; the note to show the agent when it did not happen."""
    if name == TAKEOVER:
        won, holder = await engine.agent_takeover(conversation_id, agent)
        if not won:
            return f"{agent_label(holder)} already holds this case." if holder else "This case cannot be taken over now."
    elif name == RELEASE:
        if not await engine.agent_release(conversation_id, agent):
            return "Only the agent holding an open case can give it back."
    elif name == RESOLVE:
        if not await engine.agent_resolve(conversation_id, agent):
            return "Only the agent holding an open case can resolve it."
    return None


async def _tell(
    client: AsyncWebClient, channel: str | None, user: str, text: str, thread_ts: str | None = None
) -> None:
    """An ephemeral note to one agent (only they see it)."""
    if not channel:
        return
    try:
        kwargs: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
        await client.chat_postEphemeral(channel=channel, user=user, text=text, **kwargs)
    except SLACK_FAILURES as exc:
        log.warning("slack: could not tell %s: %s", user, channel_error(exc, "ephemeral"))


async def _mark_chosen(client: AsyncWebClient, channel: str, message: dict[str, Any], label: str) -> None:
    """Replace the clicked question's buttons with the answer, so an old question cannot be clicked again."""
    ts = message.get("ts")
    if not ts:
        return
    kept = [b for b in message.get("blocks") or [] if b.get("type") != "actions"]
    kept.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"You chose: *{esc(label)}*"}]})
    try:
        await client.chat_update(channel=channel, ts=ts, text=message.get("text") or esc(label), blocks=kept)
    except SLACK_FAILURES as exc:
        log.info("slack: could not mark choice on %s: %s", ts, channel_error(exc, "update"))
