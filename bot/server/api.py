"""The admin API (design §4 /api/*): conversations, their transcripts, the stats and the agent actions, behind the
admin token (a bearer token, or the support console's session cookie).

The actions (takeover, reply, note, release, resolve) are the agent desk's (bot/engine/agents.py), the same ones
Slack's buttons and the CLI call: 404 for an unknown conversation, 409 when another agent holds the case or it has
ended, 400 for a bad body, and the conversation object after the action otherwise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from bot.admin_token import AdminToken, bearer
from bot.engine.agents import Act
from bot.engine.transcript import transcript_items, transcript_markdown
from bot.errors import BadRequest
from bot.server import views
from bot.server.limits import error, int_param
from bot.server.webchat import check_text, read_json

Handler = Callable[[Request], Awaitable[Response]]
STATUSES = ("active", "waiting_device", "handed_off", "resolved", "abandoned")
CHANNELS = ("sms", "slack", "web", "console")
AGENT_MAX = 64
TEXT_MAX = 4000


class AdminApi:
    """/api/* for one runtime's store and engine; every route needs the admin token or a console session
    (`guard`)."""

    def __init__(self, store: Any, engine: Any, token: AdminToken, sessions: Any = None) -> None:
        self.store, self.engine, self.token, self.sessions = store, engine, token, sessions

    def authorized(self, request: Request) -> bool:
        """The bearer token, or a signed-in console session's cookie."""
        if self.token.matches(bearer(request.headers.get("authorization"))):
            return True
        return self.sessions is not None and self.sessions.of(request) is not None

    def guard(self, handler: Handler) -> Handler:
        async def wrapped(request: Request) -> Response:
            # Every client needs the token: there is no loopback exception (behind a proxy all are loopback).
            if not self.authorized(request):
                return error(401, "unauthorized", "A valid Authorization: Bearer token is required "
                                                  "(ADMIN_TOKEN, or `cyanbot admin-token`).",
                             {"WWW-Authenticate": "Bearer"})
            return await handler(request)

        return wrapped

    async def list(self, request: Request) -> Response:
        q = request.query_params
        status = q.get("status")
        if status and status not in STATUSES:
            raise BadRequest(400, "bad_status", "Unknown status filter.")
        channel = q.get("channel")
        if channel and channel not in CHANNELS:
            raise BadRequest(400, "bad_channel", "Unknown channel filter.")
        search = q.get("q")
        if search is not None and len(search) > 200:
            raise BadRequest(400, "bad_q", "`q` must be at most 200 characters.")
        limit, offset = int_param(q.get("limit") or None, "limit", 200, 1, 1000), \
            int_param(q.get("offset") or None, "offset", 0, 0)  # empty: the default
        page = views.list_conversations(
            self.store, status=status, channel=channel, customer=q.get("customer"), device_id=q.get("device_id"),
            assignee=q.get("assignee"), outcome=q.get("outcome"), q=search, limit=limit + 1, offset=offset)
        # A page at a time (an outside audit found the list silently cut at 200): `next_offset` when there is more.
        body: dict[str, Any] = {"conversations": page[:limit]}
        if len(page) > limit:
            body["next_offset"] = offset + limit
        return JSONResponse(body)

    def conversation(self, cid: str) -> dict[str, Any] | None:
        """The conversation object of design §4 (with the case, once support has it), or None."""
        conv = views.conversation_detail(self.store, cid)
        if conv is None:
            return None
        conv.pop("case_ref", None)
        if (conv["outcome"] or "").startswith("handoff:") or conv["status"] == "handed_off":
            from bot.engine.case import build_case

            case = build_case(self.store, conv["id"], secrets=self.engine.secrets)
            conv["case"] = {k: case[k] for k in ("cause", "fix", "tried", "outcome_meaning", "device", "media",
                                                 "callback", "callback_when")}
        return conv

    async def get(self, request: Request) -> Response:
        conv = self.conversation(request.path_params["cid"])
        if conv is None:
            return error(404, "not_found", "No conversation with that ID.")
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

    # ------------------------------------------------------------------ agent actions (the desk)
    async def action(self, request: Request) -> Response:
        """POST /api/conversations/{cid}/{takeover|reply|note|release|resolve}."""
        cid, name = request.path_params["cid"], request.path_params["action"]
        if name not in ("takeover", "reply", "note", "release", "resolve"):
            return error(404, "not_found", "No such action.")
        # A release needs no body at all (as the CLI's `conversations release ID`).
        body = {} if name == "release" and not await request.body() else await read_json(request)
        agent = _agent(body, required=name != "release")
        desk = self.engine.desk
        if name == "takeover":
            act = await desk.takeover(cid, agent)
        elif name == "reply":
            act = await desk.reply(cid, agent, _text(body))
        elif name == "note":
            act = await desk.note(cid, agent, _text(body))
        elif name == "release":
            act = await desk.release(cid, agent)
        else:
            act = await desk.resolve(cid, agent)
        if not act.ok:
            return refused(act)
        if self.sessions is not None and agent:
            self.sessions.remember_agent(request, agent)
        try:  # answer with the state after the bot's step (release asks again, resolve ends it)
            await self.engine.wait_conversation(cid, timeout=10)
        except TimeoutError:
            pass
        return JSONResponse(self.conversation(cid))


def refused(act: Act) -> Response:
    """The error for an action the desk refused."""
    if act.reason == "not_found":
        return error(404, "not_found", "No conversation with that ID.")
    if act.reason == "held":
        return error(409, "held", f"{act.holder} holds this case; only they can act on it until they give it back.")
    if act.reason == "not_held":
        return error(409, "not_held", "Nobody holds this case: take it over before replying to the customer.")
    return error(409, "closed", "This conversation has ended.")


def _agent(body: dict[str, Any], *, required: bool) -> Any:
    agent = body.get("agent")
    if agent is None and not required:
        return None
    if not isinstance(agent, str) or not agent.strip():
        raise BadRequest(400, "bad_agent", "`agent` must be a non-empty string (your name or Slack user ID).")
    agent = check_text(agent.strip(), "agent")
    if len(agent) > AGENT_MAX or any(ord(c) < 32 for c in agent):
        raise BadRequest(400, "bad_agent", f"`agent` must be one line of at most {AGENT_MAX} characters.")
    return agent


def _text(body: dict[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadRequest(400, "bad_text", "`text` must be a non-empty string.")
    check_text(text, "text")
    if len(text) > TEXT_MAX:
        raise BadRequest(400, "text_too_long", f"`text` must be at most {TEXT_MAX} characters.")
    return text
