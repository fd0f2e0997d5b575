"""What every route shares: the JSON error answer and the one body limit (design.md sections 4 and 6.1).

- `error()` is the only way the server answers an error: JSON `{"error": code, "message": text}`; `int_param()`
  reads a whole-number query parameter or raises the 400 that becomes one.
- `MAX_BODY` is the contract's limit: a body over 64 KiB on any route => 413.
- `MAX_SIGNED_READ` is how far a webhook is read *only to check its signature*: the order of checks on webhooks is
  signature first (403/401), then size (413), so a signed body over `MAX_BODY` has to be read to be verified. Past
  this bound reading stops and the answer is 413 without verifying (nothing is stored either way).
- `BodyLimit` is the middleware that holds every route to `MAX_BODY` (webhooks to `MAX_SIGNED_READ`) before a
  handler reads the body; `read_capped()` is the webhooks' own bounded read, so they keep the bound when served
  without the middleware.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.errors import BadRequest

MAX_BODY = 64 * 1024
MAX_SIGNED_READ = 2 * 1024 * 1024
WEBHOOK_PATHS = ("/sms/twilio", "/slack/events")


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error every route answers with (design.md section 4)."""
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


def int_param(raw: str | None, name: str, default: int, low: int, high: int | None = None) -> int:
    """A whole-number query parameter within [low, high] (`default` when absent); BadRequest 400 `bad_<name>`
    otherwise."""
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) < low or (high is not None and int(raw) > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise BadRequest(400, f"bad_{name}", f"`{name}` must be a whole number {bound}.")
    return int(raw)


def media_type(request: Request) -> str:
    """The request's media type, lower-cased and without its parameters ("application/json")."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def too_large(limit: int = MAX_BODY) -> JSONResponse:
    """413 for a body over `limit`."""
    return error(413, "too_large", f"Request body is over {limit // 1024} KiB.")


async def read_capped(request: Request, limit: int = MAX_SIGNED_READ) -> bytes | None:
    """The whole body, or None when it is larger than `limit` (reading stops there)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


class BodyLimit:
    """Refuses bodies over the limit with 413 before a handler reads them (webhooks get `MAX_SIGNED_READ`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = MAX_SIGNED_READ if scope.get("path", "") in WEBHOOK_PATHS else MAX_BODY
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await too_large(limit)(scope, receive, send)
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
            await too_large(limit)(scope, receive, send)


class _TooLarge(Exception):
    pass
