"""The Starlette application: health, web chat, admin API, webhooks (SMS, Slack) and the simulated cloud mount."""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import AsyncIterator
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from bot.errors import BadRequest, StoreError
from bot.server.api import AdminApi
from bot.server.console.auth import Sessions
from bot.server.console.routes import Console
from bot.server.limits import BodyLimit, error
from bot.server.runtime import SIM_PREFIX, Runtime
from bot.server.webchat import PAGE, SESSION_RATE, WebChat
from bot.server.webhooks import slack_endpoint, sms_endpoint

__all__ = ["PAGE", "SESSION_RATE", "create_app"]

log = logging.getLogger("cyanbot.server")


def create_app(rt: Runtime, *, manage_lifespan: bool = True) -> Starlette:
    s = rt.settings
    engine = rt.engine
    store = rt.store

    page = resources.files("bot.channels").joinpath("web_page.html").read_text(encoding="utf-8")
    page = page.replace("{{SIMULATED}}", "true" if rt.sim is not None else "false")
    web = WebChat(store, engine, rt.clock, page.replace("{{PRODUCT_NAME}}", html.escape(s.product_name)),
                  watch_seconds=s.hotspot_wait_seconds)
    sessions = Sessions(rt.admin_token(), rt.clock, store)
    api = AdminApi(store, engine, rt.admin_token(), sessions)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "channels": rt.channels, "cloud": rt.cloud_kind})

    # Webhooks first: Starlette tries routes in order, and they are the busiest path.
    routes: list[Any] = [
        *_webhook_routes(rt),
        Route("/healthz", healthz),
        *web.routes(),  # GET /, the icon, POST and GET /web/messages
        Route("/api/conversations", api.guard(api.list)),
        Route("/api/conversations/{cid}", api.guard(api.get)),
        Route("/api/conversations/{cid}/transcript", api.guard(api.transcript)),
        Route("/api/stats", api.guard(api.stats)),
        Route("/api/conversations/{cid}/{action}", api.guard(api.action), methods=["POST"]),
        *Console(store, engine, sessions, rt.clock).routes(),
    ]
    for extra in rt.extras.get("routes", []):
        routes.append(extra)
    if rt.sim is not None:
        from bot.cloud.simulated import create_sim_app

        routes.append(Mount(SIM_PREFIX, app=create_sim_app(rt.sim)))

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
        exception_handlers=_error_handlers(),
        lifespan=lifespan,
    )


def _error_handlers() -> dict[Any, Any]:
    """Every error as JSON `{"error", "message"}` (design §4): bad input 4xx, a database outage 503, a bug 500."""

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

    return {BadRequest: on_bad_request, StoreError: on_store, HTTPException: on_http, Exception: on_crash}


def _webhook_routes(rt: Runtime) -> list[Route]:
    """POST /sms/twilio and POST /slack/events, for the channels the runtime wired (design §4)."""
    routes = []
    if rt.settings.sms_enabled:
        routes.append(Route("/sms/twilio", sms_endpoint(rt.settings, rt.engine), methods=["POST"]))
    slack = rt.extras.get("slack")
    if slack is not None:
        routes.append(Route("/slack/events", slack_endpoint(slack), methods=["POST"]))
    return routes
