"""The Starlette application: health, web chat, admin API, webhooks (SMS, Slack) and the simulated cloud mount."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import logging
import re
import secrets as _secrets
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route

from bot.admin_token import bearer
from bot.clock import iso
from bot.engine.transcript import transcript_items, transcript_markdown
from bot.errors import BadRequest, StoreError
from bot.messages import Inbound
from bot.server import views
from bot.server.limits import BodyLimit, error
from bot.server.runtime import SIM_PREFIX, Runtime
from bot.server.webhooks import slack_endpoint, sms_endpoint
from bot.store.store import Message

log = logging.getLogger("cyanbot.server")

# design §4: a web chat session is 22-64 URL-safe characters (unguessable), or the server makes one.
SESSION_RE = re.compile(r"^[A-Za-z0-9_\-]{22,64}$")
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")
MAX_TEXT = 4000
PAGE = 200                 # messages per GET /web/messages
SESSION_RATE = (30, 60.0)  # messages per session per minute
NEW_SESSION_RATE = (20, 60.0)  # new web chats per client address per minute


def html_security_headers(body: str) -> dict[str, str]:
    """CSP that allows only this page's own inline script and style (by hash), and nothing from elsewhere.

    Hashes instead of 'unsafe-inline': injected markup could not run a script even if text ever reached the DOM
    as HTML. https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src
    """
    def hashes(tag: str) -> str:
        blocks = re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", body, flags=re.S | re.I)
        return " ".join("'sha256-" + base64.b64encode(hashlib.sha256(b.encode("utf-8")).digest()).decode() + "'"
                        for b in blocks)

    csp = (f"default-src 'none'; script-src {hashes('script') or chr(39) + 'none' + chr(39)}; "
           f"style-src {hashes('style') or chr(39) + 'none' + chr(39)}; img-src 'self' data:; connect-src 'self'; "
           "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    return {"Content-Security-Policy": csp, "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer"}


def check_text(value: str, field: str) -> str:
    """Refuse text that cannot be stored as UTF-8 (a lone surrogate such as "\\ud800" in JSON): 400, not a 500."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest(400, "bad_text", f"`{field}` has characters that are not valid text.") from None
    return value


class RateLimit:
    """At most `limit` events per key in any `window` seconds (in memory, per process), on the injected clock."""

    def __init__(self, limit: int, window: float, clock: Any) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque[float]] = {}

    def retry_after(self, key: str) -> int:
        """0 and the event is counted when allowed; otherwise the seconds until it would be."""
        now = self.clock.now()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return max(1, int(hits[0] + self.window - now + 0.999))
        hits.append(now)
        if len(self._hits) > 50_000:  # forget idle keys so a flood of addresses cannot grow memory forever
            for k in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window][:25_000]:
                del self._hits[k]
        return 0


def create_app(rt: Runtime, *, manage_lifespan: bool = True) -> Starlette:
    s = rt.settings
    engine = rt.engine
    store = rt.store

    token = rt.admin_token()

    def admin(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def wrapped(request: Request) -> Response:
            # Every client needs the token: there is no loopback exception (behind a proxy all are loopback).
            if not token.matches(bearer(request.headers.get("authorization"))):
                return error(401, "unauthorized", "A valid Authorization: Bearer token is required "
                                                  "(ADMIN_TOKEN, or `cyanbot admin-token`).",
                             {"WWW-Authenticate": "Bearer"})
            return await handler(request)

        return wrapped

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "channels": rt.channels, "cloud": rt.cloud_kind})

    page = resources.files("bot.channels").joinpath("web_page.html").read_text(encoding="utf-8")

    page_body = page.replace("{{SIMULATED}}", "true" if rt.sim is not None else "false")
    page_body = page_body.replace("{{PRODUCT_NAME}}", html.escape(s.product_name))
    page_headers = {"Cache-Control": "no-store", **html_security_headers(page_body)}

    async def index(request: Request) -> Response:
        return HTMLResponse(page_body, headers=page_headers)

    async def read_json(request: Request) -> dict[str, Any]:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise BadRequest(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.")
        raw = await request.body()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest(400, "bad_encoding", "The body is not UTF-8 text.") from None
        try:
            body = json.loads(text)
        except ValueError:
            raise BadRequest(400, "bad_json", "The body is not valid JSON.") from None
        if not isinstance(body, dict):
            raise BadRequest(400, "bad_json", "The body must be a JSON object.")
        return body

    def web_message(m: Message) -> dict[str, Any]:
        return {"index": m.index, "direction": m.direction, "text": m.text, "choices": m.choices, "at": iso(m.at)}

    per_session = RateLimit(*SESSION_RATE, rt.clock)
    new_sessions = RateLimit(*NEW_SESSION_RATE, rt.clock)

    def too_many(seconds: int, what: str) -> Response:
        return error(429, "rate_limited", f"Too many {what}; please wait {seconds} s and try again.",
                     {"Retry-After": str(seconds)})

    async def web_post(request: Request) -> Response:
        body = await read_json(request)
        session, text, cmid = body.get("session"), body.get("text"), body.get("client_message_id")
        if session is None:
            session = "w" + _secrets.token_urlsafe(24)  # 33 characters nobody can guess
        if not isinstance(session, str) or not SESSION_RE.match(session):
            raise BadRequest(400, "bad_session", "`session` must be 22-64 letters, digits, _ or - (or leave it out).")
        if not isinstance(text, str) or not text.strip():
            raise BadRequest(400, "bad_text", "`text` must be a non-empty string.")
        check_text(text, "text")
        if len(text) > MAX_TEXT:
            raise BadRequest(400, "text_too_long", f"`text` must be at most {MAX_TEXT} characters.")
        if cmid is not None and (not isinstance(cmid, str) or not CLIENT_ID_RE.match(cmid)):
            raise BadRequest(400, "bad_client_message_id", "`client_message_id` must be 1-64 letters, digits or _.:-")
        # Delivery IDs are deduplicated per channel: the client's ID is only unique within its session.
        delivery = f"{session}/{cmid}" if cmid is not None else None
        if delivery is not None:
            seen = store.inbound_by_external_id("web", session, delivery)
            if seen is not None:
                # A re-send of a message already stored: the same replies, nothing stored twice (design §4).
                return JSONResponse(await web_replies_after(session, seen))
        wait = per_session.retry_after(session)
        if wait:
            return too_many(wait, "messages in this chat")
        if not store.has_conversation("web", session):
            host = request.client.host if request.client else "unknown"
            wait = new_sessions.retry_after(host)
            if wait:
                return too_many(wait, "new chats from this address")
        before = store.count_for_address("web", session)
        receipt = await engine.receive(Inbound(channel="web", address=session, text=text, external_id=delivery))
        if receipt.duplicate and delivery:  # the same client_message_id arriving twice at once
            seen = store.inbound_by_external_id("web", session, delivery)
            if seen is not None:
                return JSONResponse(await web_replies_after(session, seen))
        return JSONResponse(await web_replies_after(session, before, receipt.conversation_id))

    async def web_replies_after(session: str, index: int, conv_id: str | None = None) -> dict[str, Any]:
        """The bot's replies to the customer message at `index` (the messages after it, up to the next one)."""
        page = store.messages_for_address("web", session, index, limit=PAGE)
        conv_id = conv_id or (page[0].conversation_id if page else None)
        if conv_id:
            try:
                await engine.wait_conversation(conv_id, timeout=20)
            except TimeoutError:
                log.warning("web.reply_slow conversation=%s", conv_id)
            page = store.messages_for_address("web", session, index, limit=PAGE)
        replies = []
        for m in page[1:] if page and page[0].direction == "in" else page:
            if m.direction == "in":
                break
            if m.direction in ("out", "agent"):
                replies.append({"text": m.text, "choices": m.choices})
        return {"session": session, "conversation_id": conv_id, "replies": replies}

    async def web_get(request: Request) -> Response:
        session = request.query_params.get("session", "")
        if not SESSION_RE.match(session):
            raise BadRequest(400, "bad_session", "`session` must be the 22-64 character chat ID.")
        after_raw = request.query_params.get("after", "0")
        if not after_raw.isdigit():
            raise BadRequest(400, "bad_after", "`after` must be a non-negative integer.")
        after = int(after_raw)
        out = [web_message(m) for m in store.messages_for_address("web", session, after, limit=PAGE)]
        nxt = out[-1]["index"] + 1 if out else min(after, store.count_for_address("web", session))
        # Polls must never be served from a cache: each answer is for this moment and this chat only.
        return JSONResponse({"messages": out, "next": nxt}, headers={"Cache-Control": "no-store"})

    async def api_list(request: Request) -> Response:
        q = request.query_params
        status = q.get("status")
        if status and status not in ("active", "waiting_device", "handed_off", "resolved", "abandoned"):
            raise BadRequest(400, "bad_status", "Unknown status filter.")
        channel = q.get("channel")
        if channel and channel not in ("sms", "slack", "web", "console"):
            raise BadRequest(400, "bad_channel", "Unknown channel filter.")
        return JSONResponse({"conversations": views.list_conversations(
            store, status=status, channel=channel, customer=q.get("customer"), device_id=q.get("device_id"))})

    async def api_get(request: Request) -> Response:
        conv = views.conversation_detail(store, request.path_params["cid"])
        if conv is None:
            return error(404, "not_found", "No conversation with that ID.")
        conv.pop("case_ref", None)
        if (conv["outcome"] or "").startswith("handoff:") or conv["status"] == "handed_off":
            from bot.engine.case import build_case

            case = build_case(store, conv["id"], secrets=engine.secrets)
            conv["case"] = {k: case[k] for k in ("cause", "fix", "tried", "outcome_meaning", "device", "media")}
        return JSONResponse(conv)

    async def api_transcript(request: Request) -> Response:
        cid = request.path_params["cid"]
        if store.conversation_row(cid) is None:
            return error(404, "not_found", "No conversation with that ID.")
        fmt = request.query_params.get("format", "md")
        if fmt == "json":
            return JSONResponse({"conversation_id": cid, "items": transcript_items(store, cid, engine.secrets)})
        if fmt != "md":
            raise BadRequest(400, "bad_format", "format must be md or json.")
        return PlainTextResponse(transcript_markdown(store, cid, engine.secrets), media_type="text/markdown")

    async def api_stats(request: Request) -> Response:
        return JSONResponse(views.stats(store))

    routes: list[Any] = [
        Route("/healthz", healthz),
        Route("/", index),
        Route("/web/messages", web_post, methods=["POST"]),
        Route("/web/messages", web_get, methods=["GET"]),
        Route("/api/conversations", admin(api_list)),
        Route("/api/conversations/{cid}", admin(api_get)),
        Route("/api/conversations/{cid}/transcript", admin(api_transcript)),
        Route("/api/stats", admin(api_stats)),
    ]
    for extra in rt.extras.get("routes", []):
        routes.append(extra)
    routes.extend(_webhook_routes(rt))
    if rt.sim is not None:
        from bot.cloud.simulated import create_sim_app

        routes.append(Mount(SIM_PREFIX, app=create_sim_app(rt.sim)))

    async def on_bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BadRequest)
        return error(exc.status, exc.code, exc.message)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error(exc.status_code, code, str(exc.detail))

    async def on_store(request: Request, exc: Exception) -> Response:
        log.error("server.store_unavailable path=%s error=%s", request.url.path, exc)
        return error(503, "store_unavailable", "The bot cannot reach its database just now; nothing was lost. "
                                                "Please try again in a moment.", {"Retry-After": "5"})

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("server.unhandled path=%s", request.url.path)
        return error(500, "internal", "Something went wrong on our side; nothing was lost. Please try again.")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_lifespan:
            await rt.start()
        try:
            yield
        finally:
            if manage_lifespan:
                await rt.stop()

    return Starlette(
        routes=routes,
        middleware=[Middleware(BodyLimit)],
        exception_handlers={BadRequest: on_bad_request, StoreError: on_store, HTTPException: on_http,
                            Exception: on_crash},
        lifespan=lifespan,
    )


def _webhook_routes(rt: Runtime) -> list[Route]:
    """POST /sms/twilio and POST /slack/events, for the channels the runtime wired (design §4)."""
    routes = []
    if rt.settings.sms_enabled:
        routes.append(Route("/sms/twilio", sms_endpoint(rt.settings, rt.engine), methods=["POST"]))
    slack = rt.extras.get("slack")
    if slack is not None:
        routes.append(Route("/slack/events", slack_endpoint(slack), methods=["POST"]))
    return routes
