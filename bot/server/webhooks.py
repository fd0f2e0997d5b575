"""The webhooks' web side: `POST /sms/twilio` (Twilio) and `POST /slack/events` (Slack), mounted by app.py.

Order of checks on both (design.md 6.1): signature first (403 Twilio / 401 Slack), then size (413), then content
(415/400); every error is JSON (limits.error) and nothing reaches the engine before all checks pass. A body is
read up to `MAX_SIGNED_READ` only to check its signature; past `MAX_BODY` a signed body is still a 413.

SMS: the handler answers at once with an empty TwiML `<Response></Response>` (no reply in TwiML): the engine stores
the message and processes it in the background, and every reply goes out through the durable outbox and the REST
API. Twilio waits 15 s at most and may deliver a webhook twice (https://www.twilio.com/docs/errors/11200,
docs/library-notes.md section 3), so the engine deduplicates on `MessageSid` and a repeat is acknowledged with the same
empty TwiML. The signature is over `PUBLIC_BASE_URL` + path + query, never `request.url` (behind a proxy that is
the internal URL).

Slack: after the checks, the channel's Bolt app (through Bolt's Starlette adapter) verifies again and dispatches.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message

from bot.channels.sms import mask
from bot.channels.sms_inbound import EMPTY_TWIML, FORM_TYPE, parse_inbound, signed_field_sets
from bot.channels.sms_signature import SIGNATURE_HEADER, verify_twilio_signature
from bot.config import Settings
from bot.errors import BadRequest, StoreError
from bot.messages import Inbound
from bot.server.limits import MAX_BODY, error, media_type, read_capped, too_large

if TYPE_CHECKING:
    from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler

    from bot.channels.slack import SlackChannel

# Each webhook logs under its channel's name, as before the web side moved here.
log = logging.getLogger("bot.channels.sms")
slack_log = logging.getLogger("bot.channels.slack")

Endpoint = Callable[[Request], Awaitable[Response]]


class _Receiver(Protocol):
    async def receive(self, inbound: Inbound) -> Any: ...


# --- SMS (Twilio) ---------------------------------------------------------------------------------------------


def twiml() -> Response:
    return Response(EMPTY_TWIML, media_type="text/xml")


def public_url(request: Request, settings: Settings) -> str:
    """The URL Twilio requested, as Twilio saw it: PUBLIC_BASE_URL + path + query."""
    base = settings.public_base_url
    if not base:
        # Without a public URL only a direct (proxy-less) deployment or a test can validate.
        base = f"{request.url.scheme}://{request.url.netloc}"
    # From the ASGI scope exactly as Starlette's request.url spells them (building that URL object was a tenth of
    # a webhook's own cost).
    scope = request.scope
    path = scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    query = scope.get("query_string", b"").decode()
    return base + path + (f"?{query}" if query else "")


async def twilio_webhook(request: Request, *, settings: Settings, engine: _Receiver) -> Response:
    """`POST /sms/twilio`: verify, validate, hand to the engine, acknowledge with empty TwiML."""
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    signature = request.headers.get(SIGNATURE_HEADER)
    if not token:
        return error(403, "sms_disabled", "SMS is not configured on this server")
    if not signature:
        return error(403, "bad_signature", "missing X-Twilio-Signature")
    try:
        body = await read_capped(request)
    except ClientDisconnect:
        return error(400, "bad_request", "client disconnected")
    if body is None:
        return too_large()

    content_type = media_type(request)
    is_form = content_type == FORM_TYPE
    url = public_url(request, settings)
    field_sets = signed_field_sets(body, is_form)
    if not any(verify_twilio_signature(url, c, signature, token) for c in field_sets):
        # The path only: PUBLIC_BASE_URL may carry basic-auth credentials (https://user:pass@host).
        log.warning("twilio webhook with a bad signature on %s", request.url.path)
        return error(403, "bad_signature", "X-Twilio-Signature does not match")

    if len(body) > MAX_BODY:
        return too_large()
    if not is_form:
        return error(415, "unsupported_media_type", f"expected {FORM_TYPE}")
    try:
        inbound = parse_inbound(field_sets[0])  # a form's one set: its fields
    except BadRequest as e:
        return error(e.status, e.code, e.message)
    try:
        receipt = await engine.receive(inbound)
    except BadRequest as e:
        return error(e.status, e.code, e.message)
    except StoreError:
        log.exception("could not store inbound sms %s", inbound.external_id)
        # 503: Twilio then tries the fallback URL, if one is configured; nothing was acknowledged.
        return error(503, "unavailable", "could not store the message, try again")
    if getattr(receipt, "duplicate", False):
        log.info("duplicate twilio webhook %s ignored", inbound.external_id)
    else:
        log.info("sms from %s stored sid=%s media=%d", mask(inbound.address), inbound.external_id,
                 len(inbound.media))
    return twiml()


def sms_endpoint(settings: Settings, engine: _Receiver) -> Endpoint:
    """The handler for `POST /sms/twilio`, bound to the settings and the engine."""

    async def sms(request: Request) -> Response:
        return await twilio_webhook(request, settings=settings, engine=engine)

    return sms


# --- Slack ----------------------------------------------------------------------------------------------------


def slack_endpoint(channel: SlackChannel) -> Endpoint:
    """The handler for `POST /slack/events`: signature (401), size (413), text (400), then the channel's Bolt app."""
    # Imported here: Slack (and Bolt) load only when Slack is configured.
    from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler

    from bot.channels.slack import signature_ok

    adapter: AsyncSlackRequestHandler | None = None

    async def slack_events(request: Request) -> Response:
        nonlocal adapter
        if channel.bolt is None:
            return error(503, "not_ready", "Slack is not attached to the engine yet")
        body = await read_capped(request)
        if body is None:
            return too_large()
        if not signature_ok(
            channel.signing_secret,
            body,
            request.headers.get("x-slack-request-timestamp"),
            request.headers.get("x-slack-signature"),
        ):
            return error(401, "bad_signature", "missing or invalid Slack signature")
        if len(body) > MAX_BODY:
            return too_large()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return error(400, "bad_encoding", "request body is not UTF-8")
        if _has_lone_surrogate(text):
            # "x\ud800y" in a DM would fail when stored: refuse it here, nothing stored (design §4).
            return error(400, "bad_text", "the request has characters that are not valid text")
        if (problem := _slack_shape_problem(text)) is not None:
            return error(400, "bad_request", problem)  # Bolt would answer 500 with no body (an outside audit)
        if adapter is None or adapter.app is not channel.bolt:
            adapter = AsyncSlackRequestHandler(channel.bolt)
        try:
            return await adapter.handle(_replayed(request, body))
        except Exception:
            slack_log.exception("slack: could not handle a signed request")
            return error(400, "bad_request", "could not read the Slack request")

    return slack_events


# Fields of an event that are text when present (https://api.slack.com/events/message).
_SLACK_TEXT_FIELDS = ("type", "subtype", "user", "channel", "text", "ts", "thread_ts", "channel_type", "bot_id",
                      "client_msg_id", "event_ts")


def _slack_shape_problem(text: str) -> str | None:
    """What is wrong with a signed Slack JSON body's shape, or None: an `event_callback` whose `event` is no object,
    or whose text fields are not strings. (Forms, the interactivity payloads, are Bolt's to read.)"""
    if not text.lstrip().startswith("{"):
        return None
    try:
        body = json.loads(text)
    except ValueError:
        return None  # Bolt answers bad JSON itself, with a 400
    if not isinstance(body, dict) or body.get("type") != "event_callback":
        return None
    event = body.get("event")
    if not isinstance(event, dict):
        return "event must be an object"
    wrong = [f for f in _SLACK_TEXT_FIELDS if f in event and event[f] is not None and not isinstance(event[f], str)]
    if wrong or not isinstance(body.get("event_id", ""), str):
        return f"these fields must be text: {', '.join(wrong or ['event_id'])}"
    return None


def _replayed(request: Request, body: bytes) -> Request:
    """The same request with its body, already read, ready to be read again (by Bolt's adapter)."""

    async def receive() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(request.scope, receive)


def _has_lone_surrogate(body: str) -> bool:
    """True when a JSON body (or an interactivity form's `payload`) holds a string that is not valid UTF-8 text."""
    if "\\u" not in body.lower():
        return False  # a lone surrogate can only arrive as a JSON escape
    docs: list[str] = [body]
    if not body.lstrip().startswith("{"):
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
