"""A fake Slack Web API for tests and the bench: a real HTTP server the real `AsyncWebClient` talks to.

slack_sdk's async client uses aiohttp, so respx/pytest-httpx cannot intercept it (docs/library-notes.md section 2);
Bolt's own test suite does the same thing with `tests/mock_web_api_server/`. Point the client at `fake.api_url`
with `AsyncWebClient(token=..., base_url=fake.api_url)`.

- One route `/api/{method}`. slack_sdk sends some methods as query parameters (`files.getUploadURLExternal`) and
  others as form or JSON bodies (`chat.postMessage` is JSON), so the recorded params merge all three.
- Every call is recorded as a `Call`; `wait_for()` blocks (off the event loop) until a predicate over the calls
  holds, so tests wait on observable state with a bound instead of sleeping.
- Stateful enough for the bot: `chat.postMessage` hands out increasing `ts` values and keeps the message,
  `chat.update` rewrites it (history kept in `message_versions`), file uploads keep the bytes per file ID.
- Fault switches: `fail(method, error=..., status=..., retry_after=..., times=n)` answers the next n calls of a
  method with that error (`ratelimited` + 429 + `Retry-After` by default, as Slack does:
  https://docs.slack.dev/apis/web-api/rate-limits).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from tests.fakes import waiting
from tests.fakes.serve import ServerThread

VALID_TOKEN = "xoxb-fake-bot-token"
BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0000TEAM"


@dataclass
class Call:
    """One request the fake received: method name, merged params and the request headers (lower-case keys)."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Fault:
    error: str
    status: int
    retry_after: int | None
    times: int
    delay: float = 0.0  # > 0: a slow answer (the normal one, after this many seconds) instead of an error


class FakeSlack:
    """State and behaviour of the fake; `app` is the Starlette app, `serve()` runs it on a real local port."""

    def __init__(self, channels: dict[str, dict[str, Any]] | None = None) -> None:
        self.calls: list[Call] = []
        self.valid_tokens: set[str] = {VALID_TOKEN}
        # channel ID -> conversations.info "channel" object; the bot is a member unless is_member is False
        self.channels: dict[str, dict[str, Any]] = channels if channels is not None else {}
        self.users: dict[str, dict[str, Any]] = {}
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.message_versions: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.files: dict[str, dict[str, Any]] = {}
        self.faults: dict[str, Fault] = {}
        # Socket Mode: apps.connections.open accepts these app-level tokens and returns socket_url
        # (a WebSocket server the test runs; see tests/test_slack_channel.py).
        self.valid_app_tokens: set[str] = set()
        self.socket_url: str | None = None
        self.base_url = ""  # set by serve(); upload URLs point back here
        self._cond = threading.Condition()
        self._n = 0
        self.app = Starlette(
            routes=[
                Route("/api/{method}", self._api, methods=["GET", "POST"]),
                Route("/upload/{file_id}", self._upload, methods=["POST"]),
            ]
        )

    # -- test helpers -------------------------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def fail(
        self,
        method: str,
        error: str = "ratelimited",
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` with `{"ok": false, "error": error}` and that HTTP status."""
        self.faults[method] = Fault(error, status, retry_after, times)

    def slow(self, method: str, seconds: float, times: int = 1) -> None:
        """Answer the next `times` calls of `method` normally, but only after `seconds`."""
        self.faults[method] = Fault("", 200, None, times, delay=seconds)

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def thread(self, channel: str, thread_ts: str) -> list[dict[str, Any]]:
        """Messages posted into a thread (not the parent), in order."""
        with self._cond:
            return [
                m for (ch, _), m in self.messages.items() if ch == channel and m.get("thread_ts") == thread_ts
            ]

    def wait_for(self, predicate: Callable[[FakeSlack], Any], timeout: float = 15.0) -> Any:
        """Block until `predicate(self)` is truthy (re-checked after every recorded call); return its value."""
        return waiting.wait_for(self._cond, lambda: predicate(self), timeout, lambda: self._timed_out(timeout))

    async def until(self, predicate: Callable[[FakeSlack], Any], timeout: float = 15.0) -> Any:
        """`wait_for` from async code: waits in a worker thread so the event loop keeps running the bot."""
        return await waiting.until(self._cond, lambda: predicate(self), timeout, lambda: self._timed_out(timeout))

    def _timed_out(self, timeout: float) -> AssertionError:
        methods = [c.method for c in self.calls]
        return AssertionError(f"fake Slack: condition not met within {timeout}s; calls: {methods}")

    # -- the API ------------------------------------------------------------------------------------------------

    async def _params(self, request: Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query_params)
        body = await request.body()
        ctype = request.headers.get("content-type", "")
        if body:
            if "json" in ctype:
                params.update(json.loads(body))
            elif "form" in ctype:
                params.update(dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)))
        # Form-encoded calls carry Block Kit and file lists as JSON strings; decode them for the tests.
        for key in ("blocks", "files", "attachments"):
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        return params

    def _next_ts(self) -> str:
        self._n += 1
        return f"{1_800_000_000 + self._n}.{self._n:06d}"

    async def _api(self, request: Request) -> Response:
        method = request.path_params["method"]
        params = await self._params(request)
        headers = {k.lower(): v for k, v in request.headers.items()}
        token = params.get("token") or headers.get("authorization", "").removeprefix("Bearer ")
        with self._cond:
            fault = self.faults.get(method)
            delay = fault.delay if fault and fault.times > 0 and fault.delay > 0 else 0.0
            if delay:
                fault.times -= 1  # type: ignore[union-attr]
        if delay:
            await asyncio.sleep(delay)  # the fake's own event loop: holds this answer only
        with self._cond:
            try:
                return self._answer(method, params, token)
            finally:
                self.calls.append(Call(method, params, headers))
                self._cond.notify_all()

    def _answer(self, method: str, params: dict[str, Any], token: str) -> Response:
        fault = self.faults.get(method)
        if fault and fault.times > 0:
            fault.times -= 1
            hdrs = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            return JSONResponse({"ok": False, "error": fault.error}, status_code=fault.status, headers=hdrs)
        if method == "apps.connections.open":
            if token not in self.valid_app_tokens or not self.socket_url:
                return JSONResponse({"ok": False, "error": "invalid_auth"})
            return JSONResponse({"ok": True, "url": self.socket_url})
        if token not in self.valid_tokens:
            return JSONResponse({"ok": False, "error": "invalid_auth" if token else "not_authed"})
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return JSONResponse({"ok": False, "error": "unknown_method"})
        return JSONResponse(handler(params))

    def _m_auth_test(self, p: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://fake.slack.com/",
            "team": "Fake",
            "user": "cyanbot",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
        }

    def _m_conversations_info(self, p: dict[str, Any]) -> dict[str, Any]:
        ch = self.channels.get(str(p.get("channel")))
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "channel": {"id": p["channel"], "is_member": True, **ch}}

    def _m_users_info(self, p: dict[str, Any]) -> dict[str, Any]:
        uid = str(p.get("user"))
        user = self.users.get(uid, {"name": uid.lower(), "real_name": f"User {uid}"})
        return {"ok": True, "user": {"id": uid, **user}}

    def _m_chat_postMessage(self, p: dict[str, Any]) -> dict[str, Any]:
        channel = str(p.get("channel", ""))
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        ts = self._next_ts()
        msg = {
            "channel": channel,
            "ts": ts,
            "text": p.get("text"),
            "blocks": p.get("blocks"),
            "thread_ts": p.get("thread_ts"),
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
        }
        self.messages[(channel, ts)] = msg
        self.message_versions[(channel, ts)] = [dict(msg)]
        return {"ok": True, "channel": channel, "ts": ts, "message": msg}

    def _m_chat_postEphemeral(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "message_ts": self._next_ts()}

    def _m_chat_update(self, p: dict[str, Any]) -> dict[str, Any]:
        key = (str(p.get("channel")), str(p.get("ts")))
        if key not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        msg = self.messages[key]
        msg.update({"text": p.get("text"), "blocks": p.get("blocks")})
        self.message_versions[key].append(dict(msg))
        return {"ok": True, "channel": key[0], "ts": key[1], "text": p.get("text")}

    def _m_files_getUploadURLExternal(self, p: dict[str, Any]) -> dict[str, Any]:
        file_id = f"F{len(self.files) + 1:08d}"
        self.files[file_id] = {
            "id": file_id,
            "filename": p.get("filename"),
            "length": int(p.get("length", 0)),
            "content": None,
            "channel": None,
            "thread_ts": None,
            "title": None,
        }
        return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, p: dict[str, Any]) -> dict[str, Any]:
        out = []
        for item in p.get("files") or []:
            f = self.files.get(item.get("id"))
            if f is None or f["content"] is None:
                return {"ok": False, "error": "file_not_found"}
            f.update(
                {"channel": p.get("channel_id"), "thread_ts": p.get("thread_ts"), "title": item.get("title")}
            )
            out.append({"id": f["id"], "name": f["filename"], "title": f["title"]})
        return {"ok": True, "files": out}

    async def _upload(self, request: Request) -> Response:
        body = await request.body()
        with self._cond:
            f = self.files.get(request.path_params["file_id"])
            if f is None:
                return PlainTextResponse("not found", status_code=404)
            f["content"] = body.decode("utf-8")
            self.calls.append(Call("upload", {"file_id": f["id"], "bytes": len(body)}, {}))
            self._cond.notify_all()
        return PlainTextResponse(f"OK - {len(body)}")

    # -- running it ---------------------------------------------------------------------------------------------

    def serve(self) -> ServerThread:
        """A context manager running this fake on 127.0.0.1 (port chosen by the OS); sets `base_url`."""
        server = ServerThread(self.app)
        self.base_url = server.url
        return server


# -- signed requests, as Slack sends them (tests and bench) -----------------------------------------------------


def sign(secret: str, body: bytes, ts: int | None = None) -> dict[str, str]:
    """Slack's request-signing headers for exactly these bytes (same as slack_sdk SignatureVerifier)."""
    import hashlib
    import hmac

    stamp = str(int(time.time()) if ts is None else ts)
    digest = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"x-slack-request-timestamp": stamp, "x-slack-signature": f"v0={digest}"}


def event_request(
    secret: str, event: dict[str, Any], event_id: str, retry_num: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """An Events API `event_callback` body and its signed headers (a retry carries X-Slack-Retry-Num)."""
    body = json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0000APP",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
    ).encode()
    headers = {"content-type": "application/json", **sign(secret, body)}
    if retry_num is not None:
        headers |= {"x-slack-retry-num": str(retry_num), "x-slack-retry-reason": "http_timeout"}
    return body, headers


def action_request(
    secret: str,
    *,
    user: str,
    channel: str,
    action_id: str,
    value: str,
    message_ts: str,
    action_ts: str,
    message: dict[str, Any] | None = None,
) -> tuple[bytes, dict[str, str]]:
    """An interactivity `block_actions` payload (form field `payload`, URL-encoded JSON) and its signed headers."""
    from urllib.parse import urlencode

    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID},
        "user": {"id": user, "team_id": TEAM_ID},
        "api_app_id": "A0000APP",
        "trigger_id": "1.2.3",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "channel": {"id": channel},
        "message": message or {"ts": message_ts, "text": "", "blocks": []},
        "response_url": "http://127.0.0.1:9/unused",
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b",
                "value": value,
                "action_ts": action_ts,
                "text": {"type": "plain_text", "text": value},
            }
        ],
    }
    body = urlencode({"payload": json.dumps(payload)}).encode()
    return body, {"content-type": "application/x-www-form-urlencoded", **sign(secret, body)}
