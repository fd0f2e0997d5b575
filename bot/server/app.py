"""The Starlette application: health, web chat, admin API, webhooks (SMS, Slack) and the simulated cloud mount."""

from __future__ import annotations

import contextlib
import html
import ipaddress
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.engine.transcript import transcript_items, transcript_markdown
from bot.errors import BadRequest
from bot.messages import Inbound
from bot.server.runtime import SIM_PREFIX, Runtime

log = logging.getLogger("cyanbot.server")

MAX_BODY = 64 * 1024
# Webhooks are read whole (up to this) so the signature can be checked before the size (design 6.1 order).
MAX_WEBHOOK_READ = 2 * 1024 * 1024
WEBHOOK_PATHS = ("/sms/twilio", "/slack/events")
SESSION_RE = re.compile(r"^[A-Za-z0-9_.:\-]{1,200}$")
MAX_TEXT = 4000


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


class BodyLimit:
    """Refuses bodies over the limit with 413 before a handler reads them (webhooks get a larger read limit)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = MAX_WEBHOOK_READ if path in WEBHOOK_PATHS else MAX_BODY
        if path.startswith(SIM_PREFIX):
            limit = MAX_BODY
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await error(413, "too_large", f"Request body is over {limit // 1024} KiB.")(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    raise _TooLarge()
            return msg

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await error(413, "too_large", f"Request body is over {limit // 1024} KiB.")(scope, receive, send)


class _TooLarge(Exception):
    pass


def is_loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in ("localhost", "testclient")


def create_app(rt: Runtime, *, manage_lifespan: bool = True) -> Starlette:
    s = rt.settings
    engine = rt.engine
    store = rt.store

    def admin(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def wrapped(request: Request) -> Response:
            if s.admin_token is not None:
                auth = request.headers.get("authorization", "")
                if auth != f"Bearer {s.admin_token.get_secret_value()}":
                    return error(401, "unauthorized", "A valid Authorization: Bearer token is required.",
                                 {"WWW-Authenticate": "Bearer"})
            elif not is_loopback(request):
                return error(403, "forbidden", "Set ADMIN_TOKEN to use the API from another machine.")
            return await handler(request)

        return wrapped

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "channels": rt.channels, "cloud": rt.cloud_kind})

    page = resources.files("bot.channels").joinpath("web_page.html").read_text(encoding="utf-8")

    async def index(request: Request) -> Response:
        body = page.replace("{{SIMULATED}}", "true" if rt.sim is not None else "false")
        body = body.replace("{{PRODUCT_NAME}}", html.escape(s.product_name))
        return HTMLResponse(body, headers={"Cache-Control": "no-store"})

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

    def web_message(m: dict[str, Any]) -> dict[str, Any]:
        from bot.clock import iso

        return {"index": m["index"], "direction": m["direction"], "text": m["text"],
                "choices": json.loads(m["choices"] or "[]"), "at": iso(m["at"])}

    async def web_post(request: Request) -> Response:
        body = await read_json(request)
        session, text = body.get("session"), body.get("text")
        if not isinstance(session, str) or not SESSION_RE.match(session):
            raise BadRequest(400, "bad_session", "`session` must be 1-200 letters, digits or _.:- characters.")
        if not isinstance(text, str) or not text.strip():
            raise BadRequest(400, "bad_text", "`text` must be a non-empty string.")
        if len(text) > MAX_TEXT:
            raise BadRequest(400, "text_too_long", f"`text` must be at most {MAX_TEXT} characters.")
        before = len(store.messages_for_address("web", session))
        receipt = await engine.receive(Inbound(channel="web", address=session, text=text))
        if receipt.conversation_id:
            try:
                await engine.wait_conversation(receipt.conversation_id, timeout=20)
            except TimeoutError:
                log.warning("web.reply_slow conversation=%s", receipt.conversation_id)
        new = store.messages_for_address("web", session, before)
        replies = [{"text": m["text"], "choices": json.loads(m["choices"] or "[]")}
                   for m in new if m["direction"] in ("out", "agent")]
        return JSONResponse({"conversation_id": receipt.conversation_id, "replies": replies})

    async def web_get(request: Request) -> Response:
        session = request.query_params.get("session", "")
        if not SESSION_RE.match(session):
            raise BadRequest(400, "bad_session", "`session` query parameter is required.")
        after_raw = request.query_params.get("after", "0")
        if not after_raw.isdigit():
            raise BadRequest(400, "bad_after", "`after` must be a non-negative integer.")
        after = int(after_raw)
        msgs = store.messages_for_address("web", session, after)
        out = [web_message(m) for m in msgs]
        nxt = out[-1]["index"] + 1 if out else max(after, 0)
        if not out:
            total = len(store.messages_for_address("web", session))
            nxt = min(after, total) if after > total else after
        return JSONResponse({"messages": out, "next": nxt})

    async def api_list(request: Request) -> Response:
        q = request.query_params
        status = q.get("status")
        if status and status not in ("active", "waiting_device", "handed_off", "resolved", "abandoned"):
            raise BadRequest(400, "bad_status", "Unknown status filter.")
        channel = q.get("channel")
        if channel and channel not in ("sms", "slack", "web", "console"):
            raise BadRequest(400, "bad_channel", "Unknown channel filter.")
        return JSONResponse({"conversations": store.list_conversations(
            status=status, channel=channel, customer=q.get("customer"), device_id=q.get("device_id"))})

    async def api_get(request: Request) -> Response:
        conv = store.get_conversation(request.path_params["cid"])
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
        return JSONResponse(store.stats())

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
    sms_route = _sms_route(rt)
    if sms_route is not None:
        routes.append(sms_route)
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
        exception_handlers={BadRequest: on_bad_request, HTTPException: on_http, Exception: on_crash},
        lifespan=lifespan,
    )


def _sms_route(rt: Runtime) -> Route | None:
    """POST /sms/twilio when the SMS channel is configured (design §4)."""
    if not rt.settings.sms_enabled:
        return None
    from bot.channels.sms import twilio_webhook

    async def sms(request: Request) -> Response:
        return await twilio_webhook(request, settings=rt.settings, engine=rt.engine)

    return Route("/sms/twilio", sms, methods=["POST"])
