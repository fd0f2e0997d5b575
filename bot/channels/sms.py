"""SMS over Twilio: the REST sender used by the outbox (`TwilioSender`), and the channel's public names.

`TwilioSender.send` POSTs `To`/`From`/`Body` to `/2010-04-01/Accounts/{sid}/Messages.json` with HTTP basic auth
(https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource) on the shared httpx client,
and maps failures to `ChannelError(retryable=...)` for the outbox's backoff.

The rest of the channel sits beside this module, free of any web framework: sms_signature.py (Twilio's
`X-Twilio-Signature`) and sms_inbound.py (a signed form's fields read into an `Inbound`, the empty TwiML answer).
The webhook itself, `POST /sms/twilio`, is served by bot/server/webhooks.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from typing import Any
from urllib.parse import urlencode

import httpx
from pydantic import SecretStr

from bot.channels.sms_inbound import EMPTY_TWIML, FORM_TYPE, MAX_MEDIA, parse_inbound
from bot.channels.sms_signature import SIGNATURE_HEADER, compute_signature, verify_twilio_signature
from bot.config import Settings
from bot.errors import ChannelError
from bot.httputil import WireReply, parse_retry_after, send
from bot.messages import Part

__all__ = [
    "EMPTY_TWIML",
    "FORM_TYPE",
    "MAX_MEDIA",
    "PERMANENT_ERRORS",
    "SIGNATURE_HEADER",
    "TwilioSender",
    "compute_signature",
    "mask",
    "parse_inbound",
    "verify_twilio_signature",
]

log = logging.getLogger(__name__)

# Twilio error codes (https://www.twilio.com/docs/api/errors) that no retry can fix.
PERMANENT_ERRORS = {
    21211: "invalid 'To' number",
    21408: "permission to send to this region is not enabled",
    21610: "the recipient has opted out (replied STOP)",
    21612: "this 'To' number cannot be reached from the 'From' number",
    21614: "'To' number is not a mobile number",
    21617: "message body too long",
    21602: "message body is required",
    21606: "the 'From' number cannot send to this destination",
}


def mask(phone: str) -> str:
    """A phone number for logs: enough to tell customers apart, not enough to text them."""
    return ("*" * max(0, len(phone) - 4)) + phone[-4:] if len(phone) > 4 else "****"


class TwilioSender:
    """Engine `Sender` for SMS: one REST call per part, failures mapped to retryable or permanent."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        account_sid: str,
        auth_token: str | SecretStr,
        from_number: str,
        base_url: str = "https://api.twilio.com",
        timeout: float = 10.0,
        max_concurrency: int = 16,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._http = http
        # `transport`: the shared client's own connection pool. A send then goes to it directly (`send_direct`),
        # skipping the client layer, which cost more CPU than the request itself; without one, through `http`.
        self._transport = transport
        # Requests wait here, not in httpx's pool: a burst of replies (thousands of conversations at once) would
        # otherwise sit in the pool until PoolTimeout and all be retried later. Twilio also limits concurrent
        # API requests per account (https://www.twilio.com/docs/usage/rest-api-best-practices#concurrency),
        # answering 429 beyond it.
        self._slots = asyncio.Semaphore(max_concurrency)
        self._sid = account_sid
        token = auth_token.get_secret_value() if isinstance(auth_token, SecretStr) else auth_token
        # HTTP basic auth as a header built once (httpx masks `authorization` in reprs, so it is never logged), and
        # the POST's form type: httpx's auth flow and form encoder per request were a fifth of a send's CPU.
        basic = base64.b64encode(f"{account_sid}:{token}".encode()).decode("ascii")
        self._auth_headers = {"authorization": f"Basic {basic}"}
        self._post_headers = {**self._auth_headers, "content-type": FORM_TYPE}
        self._from = from_number
        self.url = f"{base_url.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"
        self._url = httpx.URL(self.url)  # parsed once: a request built from a string parses it again each time
        self._timeout = httpx.Timeout(timeout)
        self._timeouts = {"timeout": self._timeout.as_dict()}

    @classmethod
    def from_settings(cls, settings: Settings, http: httpx.AsyncClient) -> TwilioSender:
        if not settings.sms_enabled:
            raise ValueError(
                "SMS is not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER)"
            )
        assert settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_from_number
        return cls(
            http,
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token,
            from_number=settings.twilio_from_number,
            base_url=settings.twilio_api_base_url,
        )

    async def send(self, address: str, part: Part, meta: dict[str, Any]) -> str | None:
        """POST one message; return its SID (`SM...`). Raises ChannelError on any failure."""
        body = urlencode({"To": address, "From": self._from, "Body": part.text}).encode()
        try:
            async with self._slots:
                reply = await self._post(body)
        except httpx.TimeoutException as e:
            # A read timeout is ambiguous (Twilio may have queued the message); the Messages API has no
            # idempotency key, so retrying risks a duplicate where not retrying risks a lost reply. We retry.
            raise ChannelError(f"twilio timeout ({type(e).__name__})", retryable=True) from e
        except httpx.TransportError as e:
            raise ChannelError(f"twilio network error ({type(e).__name__})", retryable=True) from e
        if reply.status in (200, 201):
            try:
                sid = json.loads(reply.body).get("sid")
            except (ValueError, AttributeError):
                sid = None
            if log.isEnabledFor(logging.INFO):
                log.info("sms sent to %s sid=%s", mask(address), sid)
            return str(sid) if sid else None
        r = reply.response()
        code, message = _twilio_error(r)
        detail = (
            f"twilio {r.status_code}"
            + (f" code {code}" if code else "")
            + (f": {message}" if message else "")
        )
        if r.status_code == 429:
            raise ChannelError(detail, retryable=True, retry_after=parse_retry_after(r.headers.get("retry-after")))
        if r.status_code >= 500 or r.status_code in (408, 409):
            raise ChannelError(detail, retryable=True, retry_after=parse_retry_after(r.headers.get("retry-after")))
        if r.status_code in (401, 403) and code not in PERMANENT_ERRORS:
            # Credentials are account-wide, not about this message: an operator can fix them while the
            # outbox keeps retrying within its bound, so nothing is dropped for a rotated token.
            log.error(
                "twilio rejected our credentials (%s); check TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN",
                r.status_code,
            )
            raise ChannelError(detail, retryable=True)
        if code in PERMANENT_ERRORS:
            detail += f" ({PERMANENT_ERRORS[code]})"
        raise ChannelError(detail, retryable=False)

    async def _post(self, body: bytes) -> WireReply:
        """The Messages POST: straight to the shared pool when there is one (`post_read`: no httpx objects, which
        cost as much CPU as the request itself), else as an httpx request (tests' transports)."""
        post_read = getattr(self._transport, "post_read", None)
        if post_read is not None:
            reply: WireReply = await post_read(self.url, self._post_headers, body, self._timeouts["timeout"])
            return reply
        request = httpx.Request("POST", self._url, content=body, headers=self._post_headers, extensions=self._timeouts)
        r = await send(self._http, self._transport, request)
        return WireReply(r.status_code, tuple(r.headers.raw), r.content)

    async def was_sent(self, address: str, part: Part, since: float) -> bool | None:
        """After a crash mid-send: did Twilio accept this body for this number since `since`? None if unknown.

        The Messages API has no idempotency key, so the engine asks before sending a row again
        (https://www.twilio.com/docs/messaging/api/message-resource#read-multiple-message-resources).
        """
        day = time.strftime("%Y-%m-%d", time.gmtime(since - 86400))
        params = {"To": address, "From": self._from, "DateSent>": day, "PageSize": "100"}
        try:
            async with self._slots:
                r = await self._http.get(self.url, params=params, headers=self._auth_headers, timeout=self._timeout)
            if r.status_code != 200:
                return None
            messages = r.json().get("messages") or []
        except (httpx.HTTPError, ValueError, AttributeError):
            return None
        return any(isinstance(m, dict) and m.get("body") == part.text and m.get("to") == address for m in messages)


def _twilio_error(r: httpx.Response) -> tuple[int | None, str]:
    """Twilio's error body is {"code": 21610, "message": "...", "more_info": "...", "status": 400}."""
    try:
        body = r.json()
    except ValueError:
        return None, r.text[:200]
    if not isinstance(body, dict):
        return None, ""
    code = body.get("code")
    return (code if isinstance(code, int) else None), str(body.get("message") or "")[:300]
