"""The console's routes under /support: sign-in and sign-out, the queue, a case, stats, the CSV export and the
two static files. Pages need a signed-in session (else the sign-in page); the live parts call /api/* with the
session cookie. Every page is sent with a CSP that allows only this server's own script and stylesheet."""

from __future__ import annotations

import csv
import io
from importlib import resources
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from bot.engine.case import build_case
from bot.engine.transcript import transcript_items
from bot.server import views
from bot.server.console import pages
from bot.server.console.auth import Sessions, clear_cookie, set_cookie
from bot.server.limits import error, media_type

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
STATIC = {"console.js": "text/javascript; charset=utf-8", "console.css": "text/css; charset=utf-8"}
FILTERS = ("status", "channel", "outcome", "assignee", "q")
CSV_COLUMNS = ["id", "channel", "customer_phone", "customer_slack_user", "customer_name", "device_id", "status",
               "awaiting", "outcome", "assignee", "created_at", "updated_at"]
DAY = 86400.0


def _page(html: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _filters(request: Request) -> dict[str, str]:
    """The queue's filters from the query; the queue shows handed-off cases unless `status` is given."""
    q = request.query_params
    out = {k: q[k].strip()[:200] for k in FILTERS if q.get(k)}
    if "status" not in q:
        out["status"] = "handed_off"
    if out.get("status") not in (None, *pages.STATUS_CHOICES):
        out.pop("status")
    if out.get("channel") not in (None, *pages.CHANNEL_CHOICES):
        out.pop("channel")
    return out


def _cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text (no formula from a customer's message or name)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class Console:
    """The /support pages for one runtime's store and engine."""

    def __init__(self, store: Any, engine: Any, sessions: Sessions, clock: Any) -> None:
        self.store, self.engine, self.sessions, self.clock = store, engine, sessions, clock

    def routes(self) -> list[Route]:
        return [
            Route("/support", self.index), Route("/support/login", self.login, methods=["POST"]),
            Route("/support/logout", self.logout, methods=["POST"]), Route("/support/stats", self.stats),
            Route("/support/export.csv", self.export), Route("/support/c/{cid}", self.case),
            Route("/support/static/{name}", self.static),
        ]

    async def index(self, request: Request) -> Response:
        if self.sessions.of(request) is None:
            return _page(pages.signin(request.query_params.get("failed") == "1"))
        filters = _filters(request)
        rows = views.list_conversations(self.store, status=filters.get("status"), channel=filters.get("channel"),
                                        assignee=filters.get("assignee"), outcome=filters.get("outcome"),
                                        q=filters.get("q"))
        return _page(pages.queue(filters, rows))

    async def login(self, request: Request) -> Response:
        if media_type(request) not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            # design 4: JSON where a form is expected is a 415 (an outside audit got a redirect)
            return error(415, "unsupported_media_type", "expected a form (application/x-www-form-urlencoded)")
        form = await request.form()
        token = form.get("token")
        session = self.sessions.sign_in(token) if isinstance(token, str) else None
        if session is None:
            return RedirectResponse("/support?failed=1", status_code=303)
        response = RedirectResponse("/support", status_code=303)
        set_cookie(response, session, secure=request.url.scheme == "https")
        return response

    async def logout(self, request: Request) -> Response:
        self.sessions.sign_out(request)
        response = RedirectResponse("/support", status_code=303)
        clear_cookie(response, secure=request.url.scheme == "https")
        return response

    async def case(self, request: Request) -> Response:
        session = self.sessions.of(request)
        if session is None:
            return RedirectResponse("/support", status_code=303)
        cid = request.path_params["cid"]
        if self.store.conversation_row(cid) is None:
            return error(404, "not_found", "No conversation with that ID.")
        case = build_case(self.store, cid, secrets=self.engine.secrets)
        items = transcript_items(self.store, cid, self.engine.secrets)
        return _page(pages.case_page(case, items, session.agent))

    async def stats(self, request: Request) -> Response:
        if self.sessions.of(request) is None:
            return RedirectResponse("/support", status_code=303)
        by_day = self.store.count_outcomes_by_day(self.clock.now() - 14 * DAY)
        return _page(pages.stats_page(views.stats(self.store), by_day))

    async def export(self, request: Request) -> Response:
        if self.sessions.of(request) is None:
            return error(401, "unauthorized", "Sign in to the support console first.")
        filters: dict[str, Any] = {k: v for k, v in _filters(request).items() if "status" in request.query_params or k != "status"}
        rows = views.list_conversations(self.store, limit=100_000, **filters)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(CSV_COLUMNS)
        for r in rows:
            c = r["customer"]
            w.writerow([_cell(v) for v in (r["id"], r["channel"], c["phone"], c["slack_user"], c["name"],
                                           r["device_id"], r["status"], r["awaiting"], r["outcome"], r["assignee"],
                                           r["created_at"], r["updated_at"])])
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="conversations.csv"', "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff"})

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return error(404, "not_found", "No such file.")
        body = resources.files("bot.server.console").joinpath(name).read_bytes()
        return Response(body, media_type=STATIC[name], headers={"X-Content-Type-Options": "nosniff",
                                                                 "Cache-Control": "no-cache"})
