"""A fake Twilio REST API (Messages resource) for tests and the bench, plus helpers to sign inbound webhooks.

Run it in-process (`httpx.ASGITransport(app=fake.app)`) or on a real port (`with fake.serve() as srv:` and
`TWILIO_API_BASE_URL=srv.url`), e.g. for a `cyanbot serve` subprocess. It implements:

- `POST /2010-04-01/Accounts/{sid}/Messages.json` (form `To`, `From`, `Body`), HTTP basic auth checked against
  the account SID and auth token, answers 201 with a message resource like Twilio's
  (https://www.twilio.com/docs/messaging/api/message-resource); validation errors use Twilio's error codes
  and body shape (`{"code", "message", "more_info", "status"}`).
- `GET` of the same path: the accepted messages, newest first as Twilio lists them, for assertions across
  processes; not Twilio: `min`/`wait` (a long-poll), `count=1` (the number only) and `after=N` (all but the
  first N).
- Fault switches for the next N requests: `fail(n, status=500)`, `rate_limit(n, retry_after=...)` (429 with a
  `Retry-After` header), `delay(n, seconds)` (hold the response so the client times out; the message is not
  accepted unless `accept=True`, which is Twilio queuing it after the client gave up), and `opt_out(number)`
  (error 21610, as after a customer texted STOP).
- `wait_for(predicate)` blocks (off any event loop) until the state satisfies a predicate, with a bound;
  `until()` is the async form. Waiting on observable state, never sleeping.
"""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes import waiting
from tests.fakes.serve import ServerThread

ACCOUNT_SID = "AC" + "0" * 31 + "1"
AUTH_TOKEN = "fake-twilio-auth-token-0123456789"
FROM_NUMBER = "+15005550006"
E164 = re.compile(r"^\+[1-9]\d{7,14}$")


@dataclass
class SentMessage:
    """A message the fake accepted."""

    sid: str
    to: str
    from_: str
    body: str
    account_sid: str
    at: float = field(default_factory=time.monotonic)


@dataclass
class Attempt:
    """Every request the fake saw, accepted or not (status is what it answered)."""

    to: str
    body: str
    status: int
    at: float = field(default_factory=time.monotonic)


@dataclass
class _Fault:
    kind: str  # "status" | "delay"
    times: int
    status: int = 500
    retry_after: str | None = None
    seconds: float = 0.0
    accept: bool = False


class FakeTwilio:
    """State and behaviour of the fake; `app` is the Starlette app."""

    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.messages: list[SentMessage] = []
        # The same messages by recipient: a long-poll re-checks its count on every send, and scanning every
        # message for each waiter made the fake the busiest process of a 50-customer benchmark.
        self._by_to: dict[str, list[SentMessage]] = {}
        self.requests: list[Attempt] = []
        self.opted_out: set[str] = set()
        self.base_url = ""
        self._faults: list[_Fault] = []
        self._cond = threading.Condition()
        # Long-polls of the list (`min=N`) waiting on the server's event loop, by recipient (None: any), each woken
        # only by a message to its number. A worker thread per poll, all woken by every message to re-check, had
        # cost the fake a third of its CPU under 50 customers, and more the longer a server took to answer.
        self._polls: dict[str | None, list[tuple[int, asyncio.Future[None]]]] = {}
        self.held = 0  # requests being held by a delay() fault right now
        self.max_held = 0
        self._release = threading.Event()
        path = "/2010-04-01/Accounts/{sid}/Messages.json"
        self.app = Starlette(
            routes=[Route(path, self._create, methods=["POST"]), Route(path, self._list, methods=["GET"])]
        )

    # -- fault switches ---------------------------------------------------------------------------------

    def fail(self, times: int = 1, status: int = 500) -> None:
        """Answer the next `times` requests with `status` (Twilio's 5xx body), accepting nothing."""
        with self._cond:
            self._faults.append(_Fault("status", times, status=status))

    def rate_limit(self, times: int = 1, retry_after: float | str = 1) -> None:
        """Answer the next `times` requests with 429 Too Many Requests and a Retry-After header."""
        with self._cond:
            self._faults.append(_Fault("status", times, status=429, retry_after=str(retry_after)))

    def delay(self, times: int = 1, seconds: float = 5.0, accept: bool = False) -> None:
        """Hold the next `times` responses for `seconds` (or until `release()`); then 503 or, with
        accept=True, accept the message as Twilio does when it queued it after the client gave up."""
        with self._cond:
            self._release.clear()
            self._faults.append(_Fault("delay", times, seconds=seconds, accept=accept))

    def release(self) -> None:
        """End every delay now (held requests answer at once); later delay() calls hold again."""
        self._release.set()

    def opt_out(self, number: str) -> None:
        with self._cond:
            self.opted_out.add(number)

    def clear_faults(self) -> None:
        with self._cond:
            self._faults.clear()
        self.release()

    # -- assertions --------------------------------------------------------------------------------------

    def to(self, number: str) -> list[SentMessage]:
        with self._cond:
            return list(self._by_to.get(number, ()))

    def bodies(self, number: str) -> list[str]:
        return [m.body for m in self.to(number)]

    def wait_for(self, predicate: Callable[[FakeTwilio], Any], timeout: float = 15.0) -> Any:
        """Block until `predicate(self)` is truthy (re-checked on every request); raise TimeoutError after."""
        return waiting.wait_for(self._cond, lambda: predicate(self), timeout, lambda: self._timed_out(timeout))

    async def until(self, predicate: Callable[[FakeTwilio], Any], timeout: float = 15.0) -> Any:
        """`wait_for` from async code, in a worker thread so the event loop keeps serving requests."""
        return await waiting.until(self._cond, lambda: predicate(self), timeout, lambda: self._timed_out(timeout))

    def _timed_out(self, timeout: float) -> TimeoutError:
        return TimeoutError(f"fake Twilio: condition not met in {timeout}s ({len(self.messages)} sent)")

    # -- handlers ----------------------------------------------------------------------------------------

    def _take_fault(self) -> _Fault | None:
        with self._cond:
            while self._faults and self._faults[0].times <= 0:
                self._faults.pop(0)
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.times -= 1
            return fault

    def _authorized(self, request: Request, sid: str) -> bool:
        header = request.headers.get("authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return user == sid == self.account_sid and secrets.compare_digest(password, self.auth_token)

    def _record(self, to: str, body: str, status: int) -> None:
        with self._cond:
            self.requests.append(Attempt(to=to, body=body, status=status))
            self._cond.notify_all()

    async def _create(self, request: Request) -> Response:
        sid = request.path_params["sid"]
        try:
            form = await request.form()
        except ClientDisconnect:  # the client died mid-request (a SIGKILLed server): nothing to answer
            return Response(status_code=499)
        to, from_, body = str(form.get("To", "")), str(form.get("From", "")), str(form.get("Body", ""))
        if not self._authorized(request, sid):
            self._record(to, body, 401)
            return _error(401, 20003, "Authenticate")
        fault = self._take_fault()
        if fault is not None and fault.kind == "delay":
            with self._cond:
                self.held += 1
                self.max_held = max(self.max_held, self.held)
                self._cond.notify_all()
            try:
                # The fault itself (a slow upstream), not test synchronisation; release() cuts it short.
                await asyncio.to_thread(self._release.wait, fault.seconds)
            finally:
                with self._cond:
                    self.held -= 1
            if not fault.accept:
                self._record(to, body, 503)
                return _error(503, 20500, "Service Unavailable")
        elif fault is not None:
            self._record(to, body, fault.status)
            resp = _error(fault.status, 20429 if fault.status == 429 else 20500, "Too Many Requests")
            if fault.retry_after is not None:
                resp.headers["Retry-After"] = fault.retry_after
            return resp
        if not E164.match(to):
            self._record(to, body, 400)
            return _error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if not from_:
            self._record(to, body, 400)
            return _error(400, 21603, "A 'From' phone number is required.")
        if not body:
            self._record(to, body, 400)
            return _error(400, 21602, "Message body is required.")
        if len(body) > 1600:
            self._record(to, body, 400)
            return _error(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
        if to in self.opted_out:
            self._record(to, body, 400)
            return _error(400, 21610, "Attempt to send to unsubscribed recipient")
        msg = SentMessage(sid="SM" + secrets.token_hex(16), to=to, from_=from_, body=body, account_sid=sid)
        with self._cond:
            self.messages.append(msg)
            self._by_to.setdefault(msg.to, []).append(msg)
            self.requests.append(Attempt(to=to, body=body, status=201))
            self._cond.notify_all()
            self._answer_polls(msg.to)
        return JSONResponse(_resource(msg), status_code=201)

    def _count(self, to: str | None) -> int:
        return len(self.messages if to is None else self._by_to.get(to, ()))

    def _answer_polls(self, to: str) -> None:
        """Wake the long-polls a new message to `to` satisfies (called with the lock held)."""
        for key in (to, None):
            polls = self._polls.get(key)
            if not polls:
                continue
            have = self._count(key)
            for want, fut in [p for p in polls if p[0] <= have]:
                polls.remove((want, fut))
                _resolve(fut)

    async def _poll(self, to: str | None, want: int, wait: float) -> None:
        """Until `want` messages match (or `wait` seconds pass)."""
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        with self._cond:
            if self._count(to) >= want:
                return
            self._polls.setdefault(to, []).append((want, fut))
        try:
            async with asyncio.timeout(wait):
                await fut
        except TimeoutError:
            pass
        finally:
            with self._cond:
                polls = self._polls.get(to, [])
                if (want, fut) in polls:
                    polls.remove((want, fut))

    async def _list(self, request: Request) -> Response:
        """Twilio's list, optionally filtered by `To`, newest first.

        Not Twilio: `min=N&wait=S` holds the answer until at least N messages match (or S seconds pass), so
        another process can wait on the fake instead of polling it; `count=1` answers `{"count": N}` instead of
        the messages (a bench counting 20,000 messages had the fake encode, and itself decode, every one of them
        each time it asked); `after=N` leaves out the first N that match, oldest first (a client that knows what it
        has already read asks only for the rest).
        """
        if not self._authorized(request, request.path_params["sid"]):
            return _error(401, 20003, "Authenticate")
        to = request.query_params.get("To")
        q = request.query_params
        if q.get("min", "").isdigit():
            await self._poll(to, int(q["min"]), float(q.get("wait", "5")))
        with self._cond:
            if q.get("count") == "1":
                return JSONResponse({"count": self._count(to)})
            msgs = self.messages if to is None else self._by_to.get(to, [])
            if q.get("after", "").isdigit():
                msgs = msgs[int(q["after"]):]
            msgs = list(reversed(msgs))
        return JSONResponse({"messages": [_resource(m) for m in msgs]})

    def serve(self) -> ServerThread:
        """A context manager running this fake on 127.0.0.1 (port chosen by the OS); sets `base_url`."""
        server = ServerThread(self.app)
        self.base_url = server.url
        return server


def _resolve(fut: asyncio.Future[None]) -> None:
    """Answer a long-poll from whichever thread recorded the message (the server's loop, as a rule)."""
    loop = fut.get_loop()
    try:
        same = asyncio.get_running_loop() is loop
    except RuntimeError:
        same = False
    if same:
        if not fut.done():
            fut.set_result(None)
    else:
        loop.call_soon_threadsafe(lambda: fut.done() or fut.set_result(None))


def _resource(m: SentMessage) -> dict[str, Any]:
    d = asdict(m)
    return {
        "sid": m.sid,
        "account_sid": m.account_sid,
        "to": m.to,
        "from": d["from_"],
        "body": m.body,
        "status": "queued",
        "direction": "outbound-api",
        "num_segments": "1",
        "uri": f"/2010-04-01/Accounts/{m.account_sid}/Messages/{m.sid}.json",
        # Not Twilio: when the fake received it (time.monotonic(), comparable across processes on Linux).
        "received_monotonic": m.at,
    }


def _error(status: int, code: int, message: str) -> JSONResponse:
    return JSONResponse(
        {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        },
        status_code=status,
    )


# -- signed inbound webhooks, as Twilio sends them (tests and bench) ------------------------------------------


def inbound_form(
    from_: str,
    body: str,
    *,
    sid: str | None = None,
    to: str = FROM_NUMBER,
    media: Iterable[str] = (),
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The fields of an inbound SMS webhook (a subset of what Twilio sends, plus anything in `extra`)."""
    media = list(media)
    form = {
        "ToCountry": "US",
        "SmsMessageSid": sid or "SM" + secrets.token_hex(16),
        "NumMedia": str(len(media)),
        "From": from_,
        "To": to,
        "Body": body,
        "NumSegments": "1",
        "AccountSid": ACCOUNT_SID,
        "ApiVersion": "2010-04-01",
    }
    form["MessageSid"] = form["SmsMessageSid"]
    form["SmsSid"] = form["SmsMessageSid"]
    for i, url in enumerate(media):
        form[f"MediaUrl{i}"] = url
        form[f"MediaContentType{i}"] = "image/jpeg"
    form.update(extra or {})
    return form


def sign(url: str, form: Mapping[str, str] | Iterable[tuple[str, str]], auth_token: str = AUTH_TOKEN) -> str:
    """X-Twilio-Signature for `form` posted to `url`, computed by the twilio SDK's own RequestValidator."""
    from twilio.request_validator import RequestValidator  # dev dependency: tests sign with Twilio's code

    params = dict(form) if not isinstance(form, Mapping) else form
    return RequestValidator(auth_token).compute_signature(url, params)


def signed_request(
    url: str, form: Mapping[str, str], auth_token: str = AUTH_TOKEN
) -> tuple[bytes, dict[str, str]]:
    """(body, headers) of a signed form POST to `url`."""
    body = urlencode(form).encode()
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": sign(url, form, auth_token),
        "user-agent": "TwilioProxy/1.1",
    }
    return body, headers
