"""Slack: customers in DMs, and the support team's case cards, takeover and thread replies (design.md 4, 6.1, 7).

Pieces, each usable alone:
- `SlackSender`: the engine's Sender for Slack DMs (Block Kit buttons for choices, progress updated in place).
- `SlackCaseSink`: the engine's CaseSink: one card per case in `SLACK_SUPPORT_CHANNEL`, the transcript uploaded
  into its thread, customer messages mirrored there while an agent holds the case.
- `build_bolt_app()`: the Bolt `AsyncApp` that turns signed Slack requests into engine calls.
- `SlackChannel`: the three wired together from settings; `handle()` serves `POST /slack/events`, `start()`
  runs the start-up check and, when `SLACK_APP_TOKEN` is set, connects Socket Mode instead.

Rules that shape the handlers (library-notes.md section 2):
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
import hashlib
import hmac
import logging
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import aiohttp
from slack_bolt import BoltResponse
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.channels.slack_case import (
    CASE_ACTIONS,
    RELEASE,
    RESOLVE,
    TAKEOVER,
    case_blocks,
    case_text,
    clip,
    esc,
)
from bot.config import Settings
from bot.errors import ChannelError
from bot.messages import Inbound, Part, Reply

if TYPE_CHECKING:
    from bot.server.runtime import Runtime

log = logging.getLogger(__name__)

CHOICE_PREFIX = "cyanbot_choice"
CHOICE_ACTION_RE = re.compile(rf"^{CHOICE_PREFIX}")
MAX_BODY = 64 * 1024  # design.md section 4: any body over 64 KiB is a 413
SIGNATURE_MAX_AGE = 60 * 5  # Slack: reject requests older than five minutes (replay protection)
# https://docs.slack.dev/authentication/verifying-requests-from-slack
DEDUPE_TIMEOUT = 1.5  # a stuck store must not push us past Slack's 3 s; the engine dedupes external_id too
# Message subtypes that still carry a person's words; everything else (edits, joins, bot posts) is ignored.
# https://docs.slack.dev/reference/events/message#subtypes
PERSON_SUBTYPES = (None, "file_share", "thread_broadcast")
BUTTONS_PER_BLOCK = 25  # Block Kit: at most 25 elements in an actions block
BUTTON_TEXT_MAX = 75
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


# -- shared helpers ---------------------------------------------------------------------------------------------


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


# -- Sender: customers in DMs -----------------------------------------------------------------------------------


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


# -- CaseSink: the support channel ------------------------------------------------------------------------------


class SlackCaseSink:
    """Cards in SLACK_SUPPORT_CHANNEL. Never raises: a failed post is logged and the case stays in the database
    (API, CLI, transcript), as design.md wants when Slack is off or failing."""

    def __init__(
        self, client: AsyncWebClient | None, support_channel: str | None, scrub: Scrubber | None = None
    ):
        self.client = client
        self.channel = support_channel
        self.scrub = scrub or Scrubber()

    @property
    def enabled(self) -> bool:
        return self.client is not None and bool(self.channel)

    def _card(self, case: dict[str, Any]) -> dict[str, Any]:
        return {"text": self.scrub.text(case_text(case)), "blocks": self.scrub.deep(case_blocks(case))}

    async def case_opened(self, case: dict[str, Any]) -> dict[str, str] | None:
        """Post the card (or refresh it if this conversation already has one) and upload the transcript into its
        thread. Returns the card's {"channel", "ts"} for the engine to keep as `case_ref`, or None."""
        if not self.enabled:
            log.warning(
                "slack: case %s not posted (Slack or SLACK_SUPPORT_CHANNEL is off)",
                case.get("conversation_id"),
            )
            return None
        assert self.client is not None and self.channel is not None
        ref = case.get("case_ref")
        if ref and ref.get("ts"):
            ok = await self._update(case, ref)
        else:
            try:
                resp = await self.client.chat_postMessage(channel=self.channel, **self._card(case))
            except SLACK_FAILURES as exc:
                log.error(
                    "slack: could not post case %s: %s",
                    case.get("conversation_id"),
                    channel_error(exc, "post"),
                )
                return None
            ref = {"channel": str(resp["channel"]), "ts": str(resp["ts"])}
            ok = True
        if ok:
            await self.upload_transcript(case, ref)
        return {"channel": str(ref["channel"]), "ts": str(ref["ts"])}

    async def upload_transcript(self, case: dict[str, Any], ref: dict[str, str]) -> bool:
        assert self.client is not None
        cid = str(case["conversation_id"])
        try:
            # files_upload_v2: getUploadURLExternal, POST of the bytes, completeUploadExternal into the thread
            # (https://docs.slack.dev/messaging/working-with-files#uploading_files).
            await self.client.files_upload_v2(
                channel=ref["channel"],
                thread_ts=ref["ts"],
                filename=f"transcript-{cid}.md",
                title=f"Transcript {cid}",
                content=self.scrub.text(case.get("transcript_md") or ""),
            )
            return True
        except SLACK_FAILURES as exc:
            log.error("slack: transcript upload for case %s failed: %s", cid, channel_error(exc, "upload"))
            return False

    async def _update(self, case: dict[str, Any], ref: dict[str, Any]) -> bool:
        assert self.client is not None
        try:
            await self.client.chat_update(channel=str(ref["channel"]), ts=str(ref["ts"]), **self._card(case))
            return True
        except SLACK_FAILURES as exc:
            log.error(
                "slack: could not update case %s: %s",
                case.get("conversation_id"),
                channel_error(exc, "update"),
            )
            return False

    async def case_updated(self, case: dict[str, Any]) -> dict[str, str] | None:
        """Rebuild the card from the full case and `chat.update` it; a case that was never posted is posted now."""
        ref = case.get("case_ref")
        if not (ref and ref.get("ts")):
            return await self.case_opened(case)
        if self.enabled:
            await self._update(case, ref)
        return {"channel": str(ref["channel"]), "ts": str(ref["ts"])}

    async def customer_message(self, case: dict[str, Any], text: str) -> None:
        """Mirror the customer's words into the case thread (while an agent holds the case)."""
        ref = case.get("case_ref")
        if not (self.client and ref and ref.get("ts")):
            return
        body = self.scrub.text(f"*Customer:* {esc(text)}")
        try:
            await self.client.chat_postMessage(
                channel=str(ref["channel"]), thread_ts=str(ref["ts"]), text=body
            )
        except SLACK_FAILURES as exc:
            log.error(
                "slack: could not mirror into case %s: %s",
                case.get("conversation_id"),
                channel_error(exc, "mirror"),
            )


# -- the Bolt app -----------------------------------------------------------------------------------------------


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


class Inflight:
    """Counts Slack work still running after the HTTP response (action follow-ups, ephemeral notes). Bolt runs
    listeners as tasks (process_before_response=False), so without this nobody could tell when the work a
    request started is done: tests wait on it, and `stop()` gives in-flight clicks a moment to finish."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._tasks: set[asyncio.Task[None]] = set()

    def enter(self) -> None:
        self.count += 1
        self._idle.clear()

    def exit(self) -> None:
        self.count = max(0, self.count - 1)
        if self.count == 0:
            self._idle.set()

    def spawn(self, coro: Awaitable[None]) -> None:
        """Run `coro` in the background, counted until it ends (a strong reference keeps the task alive)."""
        self.enter()

        async def run() -> None:
            try:
                await coro
            except Exception:
                log.exception("slack: background work failed")
            finally:
                self.exit()

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait(self, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            await self._idle.wait()


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
    auth.test on the first request (library-notes.md: AsyncApp has no token_verification_enabled).

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
    work = inflight or Inflight()

    @app.middleware
    async def intake(body: dict[str, Any], next: Callable[[], Awaitable[BoltResponse]]) -> BoltResponse:
        # Customer messages (DMs and choice clicks) are deduplicated by the engine itself: receive() checks the
        # external_id and stores the message in one transaction, so a crash can neither lose nor double them.
        # Everything else is checked here first (at most once: a crash right after the mark drops that one).
        dm_event = (
            body.get("type") == "event_callback" and (body.get("event") or {}).get("channel_type") == "im"
        )
        key = dedupe_key(body)
        if key is not None and not dm_event and not is_customer_choice(body):
            try:
                first = await asyncio.wait_for(engine.first_delivery(*key), DEDUPE_TIMEOUT)
            except Exception:  # a slow or failing store must not cost the ack
                log.exception("slack: dedupe check failed for %s; processing anyway", key[0])
                first = True
            if not first:
                log.info("slack: dropped repeated delivery %s %s", *key)
                return BoltResponse(status=200, body="")
        if body.get("type") == "event_callback":
            event = body.get("event") or {}
            if event.get("type") == "message":
                await take_message(event, body)
            # Any other event is acknowledged too: a 404 "unhandled" would only make Slack retry it.
            return BoltResponse(status=200, body="")
        return await next()

    async def take_message(event: dict[str, Any], body: dict[str, Any]) -> None:
        if is_from_bot(event):
            return
        user = event.get("user")
        channel = event.get("channel")
        if not user or not channel:
            return
        if event.get("channel_type") == "im":
            media = tuple(f["url_private"] for f in event.get("files") or [] if f.get("url_private"))
            text = event.get("text") or ""
            if text or media:
                await engine.receive(
                    Inbound(
                        channel="slack",
                        address=user,
                        text=text,
                        external_id=body.get("event_id"),
                        media=media,
                        meta={"slack_channel": channel},
                    )
                )
            return
        thread_ts = event.get("thread_ts")
        if channel == support_channel and thread_ts and thread_ts != event.get("ts"):
            conversation_id = engine.conversation_for_case(channel, thread_ts)
            if conversation_id is None or not (event.get("text") or "").strip():
                return
            result = await engine.agent_reply(conversation_id, user, event["text"])
            if result == "not_holder":
                note = "Your reply stayed internal: another agent holds this case."
                work.spawn(_tell(client, channel, user, note, thread_ts=thread_ts))

    @app.action(CHOICE_ACTION_RE)
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
                receipt = await engine.receive(
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
            work.spawn(_mark_chosen(client, channel, body.get("message") or {}, label))

    async def case_action(
        ack: Callable[[], Awaitable[Any]], body: dict[str, Any], action: dict[str, Any]
    ) -> None:
        agent = (body.get("user") or {}).get("id")
        conversation_id = str(action.get("value") or "")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        name = action.get("action_id")
        note: str | None = None
        try:
            if agent and conversation_id:
                if name == TAKEOVER:
                    won, holder = await engine.agent_takeover(conversation_id, agent)
                    if not won:
                        note = (
                            f"<@{holder}> already holds this case."
                            if holder
                            else "This case cannot be taken over now."
                        )
                elif name == RELEASE:
                    if not await engine.agent_release(conversation_id, agent):
                        note = "Only the agent holding an open case can give it back."
                elif name == RESOLVE:
                    if not await engine.agent_resolve(conversation_id, agent):
                        note = "This case is already closed."
        finally:
            await ack()
        if note and agent:
            work.spawn(_tell(client, channel, agent, note))

    for action_id in CASE_ACTIONS:
        app.action(action_id)(case_action)

    return app


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


# -- start-up check ---------------------------------------------------------------------------------------------


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


# -- everything wired from settings -----------------------------------------------------------------------------


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
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        # slack_sdk's connect() retries a refused app token forever (logging a traceback each time), so ask
        # apps.connections.open once ourselves first and report a bad token plainly.
        # https://docs.slack.dev/reference/methods/apps.connections.open
        try:
            await self.client.apps_connections_open(app_token=self.app_token)
        except SlackApiError as exc:
            self._problem(
                f"SLACK_APP_TOKEN was refused ({exc.response.get('error')}): use an app-level token "
                "(xapp-...) with connections:write, and enable Socket Mode in the app settings"
            )
            return
        except SLACK_FAILURES as exc:
            self._problem(f"Socket Mode: cannot reach the Slack API ({type(exc).__name__})")
            return
        assert self.bolt is not None and self.app_token is not None
        self._socket = AsyncSocketModeHandler(self.bolt, app_token=self.app_token, web_client=self.client)
        # Connect in the background: serving SMS and web chat must not wait on the WebSocket handshake.
        self._connect_task = asyncio.create_task(self._socket.connect_async(), name="slack-socket-mode")
        log.info("slack: connecting over Socket Mode")

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
            body.decode("utf-8")
        except UnicodeDecodeError:
            return _error(400, "bad_encoding", "request body is not UTF-8")
        try:
            return await self._handler.handle(request)
        except Exception:
            log.exception("slack: could not handle a signed request")
            return _error(400, "bad_request", "could not read the Slack request")


def wire(rt: Runtime) -> SlackChannel | None:
    """Plug Slack into a runtime (called by bot.server.runtime when Slack is configured): the `slack` channel and
    the case sink on the engine, `POST /slack/events` as an extra route, start-up check and Socket Mode as
    start/stop hooks."""
    channel = SlackChannel.from_settings(rt.settings)
    if channel is None:
        return None
    rt.engine.register_channel("slack", SlackRenderer(), channel.sender)
    rt.engine.case_sink = channel.case_sink
    channel.attach(rt.engine)
    rt.extras["slack"] = channel
    rt.extras.setdefault("routes", []).append(Route("/slack/events", channel.handle, methods=["POST"]))
    rt.extras.setdefault("on_start", []).append(channel.start)
    rt.extras.setdefault("on_stop", []).append(channel.stop)
    return channel
