"""The web chat's HTTP side (design §4): POST and GET /web/messages, the page itself and its icon.

Sessions are unguessable (22-64 URL-safe characters, or made here), limited per chat and per address, polls are
paged, and a re-sent message (same client_message_id) is stored once and answered the same. Both answers carry a
`status` object (added fields; the contract's fields are unchanged) so the page can show the device watch and the
hand-off to support.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import secrets as _secrets
from collections import deque
from importlib import resources
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from bot.clock import iso
from bot.errors import BadRequest
from bot.messages import Inbound
from bot.server.limits import error, int_param, media_type
from bot.store.store import Message

log = logging.getLogger("cyanbot.server")
FAVICON = resources.files("bot.channels").joinpath("favicon.svg").read_bytes()

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


async def read_json(request: Request) -> dict[str, Any]:
    ctype = media_type(request)
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


def _message(m: Message) -> dict[str, Any]:
    return {"index": m.index, "direction": m.direction, "text": m.text, "choices": m.choices, "at": iso(m.at)}


def chat_status(store: Any, now: float, session: str, watch_seconds: float) -> dict[str, Any] | None:
    """What the page shows around the messages (issue 9), from the stored conversation and its timers; None before
    the session has one. Times are ISO 8601 by the server's clock, and `server_time` lets the page count down on
    its own clock between polls.

    `watching`: the bot is watching for the device (the hotspot test) from `since` until `until`.
    `with_support`: the case is with the support team (`case` is the number the customer was given; `since`: the
    hand-off, after which every customer message goes to support; `held`: a person has taken it).
    """
    row = store.latest_conversation("web", session)
    if row is None:
        return None
    out: dict[str, Any] = {"conversation_id": row.id, "status": row.status, "awaiting": row.awaiting,
                           "server_time": iso(now), "watching": None, "with_support": None}
    if row.status == "waiting_device" and row.awaiting == "hotspot_wait":
        due = {t["name"]: t["due_at"] for t in store.timers(row.id)}.get("hotspot")
        if due is not None:
            since = float(row.data.get("watch_started") or due - watch_seconds)
            out["watching"] = {"since": iso(since), "until": iso(due), "seconds": round(due - since)}
    elif row.status == "handed_off":
        since = float(row.data.get("handoff_at") or row.updated_at)
        out["with_support"] = {"case": row.id, "since": iso(since), "held": bool(row.assignee)}
    return out


def _too_many(seconds: int, what: str) -> Response:
    return error(429, "rate_limited", f"Too many {what}; please wait {seconds} s and try again.",
                 {"Retry-After": str(seconds)})


class WebChat:
    """The routes of the web chat for one runtime's store and engine."""

    def __init__(self, store: Any, engine: Any, clock: Any, page_body: str, watch_seconds: float = 300) -> None:
        self.store, self.engine, self.clock, self.watch_seconds = store, engine, clock, watch_seconds
        self.per_session = RateLimit(*SESSION_RATE, clock)
        self.new_sessions = RateLimit(*NEW_SESSION_RATE, clock)
        self.page_body = page_body
        self.page_headers = {"Cache-Control": "no-store", **html_security_headers(page_body)}

    def routes(self) -> list[Route]:
        return [Route("/", self.index), Route("/favicon.svg", self.favicon), Route("/favicon.ico", self.favicon),
                Route("/web/messages", self.post, methods=["POST"]),
                Route("/web/messages", self.get, methods=["GET"])]

    async def index(self, request: Request) -> Response:
        return HTMLResponse(self.page_body, headers=self.page_headers)

    async def post(self, request: Request) -> Response:
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
            seen = self.store.inbound_by_external_id("web", session, delivery)
            if seen is not None:
                # A re-send of a message already stored: the same replies, nothing stored twice (design §4).
                return JSONResponse(await self.replies_after(session, seen))
        wait = self.per_session.retry_after(session)
        if wait:
            return _too_many(wait, "messages in this chat")
        if not self.store.has_conversation("web", session):
            host = request.client.host if request.client else "unknown"
            wait = self.new_sessions.retry_after(host)
            if wait:
                return _too_many(wait, "new chats from this address")
        before = self.store.count_for_address("web", session)
        receipt = await self.engine.receive(Inbound(channel="web", address=session, text=text, external_id=delivery))
        if receipt.duplicate and delivery:  # the same client_message_id arriving twice at once
            seen = self.store.inbound_by_external_id("web", session, delivery)
            if seen is not None:
                return JSONResponse(await self.replies_after(session, seen))
        return JSONResponse(await self.replies_after(session, before, receipt.conversation_id))

    async def replies_after(self, session: str, index: int, conv_id: str | None = None) -> dict[str, Any]:
        """The bot's replies to the customer message at `index` (the messages after it, up to the next one)."""
        if conv_id is None:  # a re-send: the conversation is the stored message's
            first = self.store.messages_for_address("web", session, index, limit=1)
            conv_id = first[0].conversation_id if first else None
        page: list[Message] = []
        if conv_id:
            try:
                await self.engine.wait_conversation(conv_id, timeout=20)
            except TimeoutError:
                log.warning("web.reply_slow conversation=%s", conv_id)
            page = self.store.messages_for_address("web", session, index, limit=PAGE)
        replies = []
        for m in page[1:] if page and page[0].direction == "in" else page:
            if m.direction == "in":
                break
            if m.direction in ("out", "agent"):
                replies.append({"text": m.text, "choices": m.choices})
        return {"session": session, "conversation_id": conv_id, "replies": replies, "status": self.status(session)}

    def status(self, session: str) -> dict[str, Any] | None:
        return chat_status(self.store, self.clock.now(), session, self.watch_seconds)

    async def get(self, request: Request) -> Response:
        session = request.query_params.get("session", "")
        if not SESSION_RE.match(session):
            raise BadRequest(400, "bad_session", "`session` must be the 22-64 character chat ID.")
        after = int_param(request.query_params.get("after"), "after", 0, 0)
        out = [_message(m) for m in self.store.messages_for_address("web", session, after, limit=PAGE)]
        nxt = out[-1]["index"] + 1 if out else min(after, self.store.count_for_address("web", session))
        # Polls must never be served from a cache: each answer is for this moment and this chat only.
        return JSONResponse({"messages": out, "next": nxt, "status": self.status(session)},
                            headers={"Cache-Control": "no-store"})

    async def favicon(self, request: Request) -> Response:
        """The page's icon, served here so that a browser never asks another site for one."""
        return Response(FAVICON, media_type="image/svg+xml",
                        headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff",
                                 "Content-Security-Policy": "default-src 'none'"})
