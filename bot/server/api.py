"""The admin API (design §4 /api/*): conversations, their transcripts and the stats, behind the admin token."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from bot.admin_token import AdminToken, bearer
from bot.engine.transcript import transcript_items, transcript_markdown
from bot.errors import BadRequest
from bot.server import views
from bot.server.limits import error

Handler = Callable[[Request], Awaitable[Response]]


class AdminApi:
    """/api/* for one runtime's store and engine; every route needs the admin token (`guard`)."""

    def __init__(self, store: Any, engine: Any, token: AdminToken) -> None:
        self.store, self.engine, self.token = store, engine, token

    def guard(self, handler: Handler) -> Handler:
        async def wrapped(request: Request) -> Response:
            # Every client needs the token: there is no loopback exception (behind a proxy all are loopback).
            if not self.token.matches(bearer(request.headers.get("authorization"))):
                return error(401, "unauthorized", "A valid Authorization: Bearer token is required "
                                                  "(ADMIN_TOKEN, or `cyanbot admin-token`).",
                             {"WWW-Authenticate": "Bearer"})
            return await handler(request)

        return wrapped

    async def list(self, request: Request) -> Response:
        q = request.query_params
        status = q.get("status")
        if status and status not in ("active", "waiting_device", "handed_off", "resolved", "abandoned"):
            raise BadRequest(400, "bad_status", "Unknown status filter.")
        channel = q.get("channel")
        if channel and channel not in ("sms", "slack", "web", "console"):
            raise BadRequest(400, "bad_channel", "Unknown channel filter.")
        return JSONResponse({"conversations": views.list_conversations(
            self.store, status=status, channel=channel, customer=q.get("customer"), device_id=q.get("device_id"))})

    async def get(self, request: Request) -> Response:
        conv = views.conversation_detail(self.store, request.path_params["cid"])
        if conv is None:
            return error(404, "not_found", "No conversation with that ID.")
        conv.pop("case_ref", None)
        if (conv["outcome"] or "").startswith("handoff:") or conv["status"] == "handed_off":
            from bot.engine.case import build_case

            case = build_case(self.store, conv["id"], secrets=self.engine.secrets)
            conv["case"] = {k: case[k] for k in ("cause", "fix", "tried", "outcome_meaning", "device", "media")}
        return JSONResponse(conv)

    async def transcript(self, request: Request) -> Response:
        cid = request.path_params["cid"]
        if self.store.conversation_row(cid) is None:
            return error(404, "not_found", "No conversation with that ID.")
        fmt = request.query_params.get("format", "md")
        if fmt == "json":
            return JSONResponse({"conversation_id": cid, "items": transcript_items(self.store, cid, self.engine.secrets)})
        if fmt != "md":
            raise BadRequest(400, "bad_format", "format must be md or json.")
        return PlainTextResponse(transcript_markdown(self.store, cid, self.engine.secrets), media_type="text/markdown")

    async def stats(self, request: Request) -> Response:
        return JSONResponse(views.stats(self.store))
