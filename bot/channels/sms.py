"""SMS over Twilio: the signed inbound webhook (`POST /sms/twilio`) and the REST sender used by the outbox.

Inbound (design.md sections 4, 6.1 and 8): Twilio signs every webhook with `X-Twilio-Signature`, an HMAC-SHA1
under the account auth token of the full public URL followed by every POST parameter as name + value, sorted
by name (https://www.twilio.com/docs/usage/security#validating-requests). The check is done here in ~30 lines
rather than with the twilio SDK (about 70 MB with its dependencies, library-notes.md section 3); the test suite
signs requests with the SDK's own `RequestValidator`, so the two are held to the same algorithm. The URL is
`PUBLIC_BASE_URL` + path + query, never `request.url`: behind a proxy the latter is the internal URL.

The handler answers at once with an empty TwiML `<Response></Response>` (no reply in TwiML): the engine
stores the message and processes it in the background, and every reply goes out through the durable outbox
and the REST API. Twilio waits 15 s at most and may deliver a webhook twice
(https://www.twilio.com/docs/errors/11200, library-notes.md section 3), so the engine deduplicates on
`MessageSid` and a repeat is acknowledged with the same empty TwiML.

Order of checks: signature (403), size (413), content type (415), encoding and fields (400); every error is
JSON `{"error": code, "message": text}` and nothing is stored before all checks pass.

Outbound: `TwilioSender.send` POSTs `To`/`From`/`Body` to `/2010-04-01/Accounts/{sid}/Messages.json` with HTTP
basic auth (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource) on the
shared httpx client, and maps failures to `ChannelError(retryable=...)` for the outbox's backoff.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
from pydantic import SecretStr
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from bot.config import Settings
from bot.errors import BadRequest, ChannelError, StoreError
from bot.httputil import parse_retry_after
from bot.messages import Inbound, Part
from bot.phone import to_e164

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "x-twilio-signature"
FORM_TYPE = "application/x-www-form-urlencoded"
MAX_BODY = 64 * 1024  # design.md section 4: a body over 64 KiB on any route => 413
# A signed body is only checked after the signature, so a bigger one has to be read to be verified; beyond
# this we stop reading and answer 413 without verifying (nothing is stored either way).
MAX_READ = 4 * 1024 * 1024
# Twilio accepts up to 10 media items per MMS (https://www.twilio.com/docs/messaging/guides/accepted-mime-types).
MAX_MEDIA = 10
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

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

Params = Iterable[tuple[str, str]] | Mapping[str, Any]


# --- signature --------------------------------------------------------------------------------------------


def _pairs(params: Params) -> list[tuple[str, str]]:
    if isinstance(params, Mapping):
        multi = getattr(params, "multi_items", None)  # Starlette FormData / ImmutableMultiDict
        if callable(multi):
            return [(str(k), str(v)) for k, v in multi()]
        getlist = getattr(params, "getlist", None)
        if callable(getlist):
            return [(str(k), str(v)) for k in params for v in getlist(k)]
        return [(str(k), str(v)) for k, v in params.items()]
    return [(str(k), str(v)) for k, v in params]


def compute_signature(url: str, params: Params, auth_token: str) -> str:
    """Twilio's signature: base64(HMAC-SHA1(token, url + name1 + value1 + ...)), names sorted.

    Repeated names contribute each distinct value, sorted, as twilio-python's RequestValidator does.
    Strings carrying undecodable bytes (surrogate escapes) are hashed as those original bytes.
    """
    grouped: dict[str, set[str]] = {}
    for name, value in _pairs(params):
        grouped.setdefault(name, set()).add(value)
    data = url + "".join(name + value for name in sorted(grouped) for value in sorted(grouped[name]))
    mac = hmac.new(auth_token.encode("utf-8"), data.encode("utf-8", "surrogateescape"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode("ascii")


def _port_variants(url: str) -> list[str]:
    """The URL without and with its default port: Twilio signs either form (twilio-python validates both)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.username or parts.password:
        userinfo = parts.netloc.rsplit("@", 1)[0] + "@"
    else:
        userinfo = ""
    default = 443 if parts.scheme == "https" else 80
    port = parts.port or default
    bare = urlunsplit(parts._replace(netloc=f"{userinfo}{host}"))
    if port != default:
        return [url]
    with_port = urlunsplit(parts._replace(netloc=f"{userinfo}{host}:{port}"))
    return [bare, with_port]


def verify_twilio_signature(url: str, params: Params, signature: str | None, auth_token: str) -> bool:
    """True when `signature` is Twilio's signature of `url` and `params` under `auth_token`."""
    if not signature or not auth_token:
        return False
    pairs = _pairs(params)
    ok = False
    for candidate in _port_variants(url):
        # compare_digest on both variants: no early exit that would tell which one almost matched.
        expected = compute_signature(candidate, pairs, auth_token)
        ok |= hmac.compare_digest(expected.encode("ascii"), signature.strip().encode("utf-8", "replace"))
    return ok


# --- outbound ---------------------------------------------------------------------------------------------


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
    ) -> None:
        self._http = http
        # Requests wait here, not in httpx's pool: a burst of replies (thousands of conversations at once) would
        # otherwise sit in the pool until PoolTimeout and all be retried later. Twilio also limits concurrent
        # API requests per account (https://www.twilio.com/docs/usage/rest-api-best-practices#concurrency),
        # answering 429 beyond it.
        self._slots = asyncio.Semaphore(max_concurrency)
        self._sid = account_sid
        token = auth_token.get_secret_value() if isinstance(auth_token, SecretStr) else auth_token
        self._auth = httpx.BasicAuth(account_sid, token)  # never logged: httpx keeps it out of reprs
        self._from = from_number
        self.url = f"{base_url.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"
        self._timeout = timeout

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
        data = {"To": address, "From": self._from, "Body": part.text}
        try:
            async with self._slots:
                r = await self._http.post(self.url, data=data, auth=self._auth, timeout=self._timeout)
        except httpx.TimeoutException as e:
            # A read timeout is ambiguous (Twilio may have queued the message); the Messages API has no
            # idempotency key, so retrying risks a duplicate where not retrying risks a lost reply. We retry.
            raise ChannelError(f"twilio timeout ({type(e).__name__})", retryable=True) from e
        except httpx.TransportError as e:
            raise ChannelError(f"twilio network error ({type(e).__name__})", retryable=True) from e
        if r.status_code in (200, 201):
            try:
                sid = r.json().get("sid")
            except (ValueError, AttributeError):
                sid = None
            log.info("sms sent to %s sid=%s", mask(address), sid)
            return str(sid) if sid else None
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


    async def was_sent(self, address: str, part: Part, since: float) -> bool | None:
        """After a crash mid-send: did Twilio accept this body for this number since `since`? None if unknown.

        The Messages API has no idempotency key, so the engine asks before sending a row again
        (https://www.twilio.com/docs/messaging/api/message-resource#read-multiple-message-resources).
        """
        day = time.strftime("%Y-%m-%d", time.gmtime(since - 86400))
        params = {"To": address, "From": self._from, "DateSent>": day, "PageSize": "100"}
        try:
            async with self._slots:
                r = await self._http.get(self.url, params=params, auth=self._auth, timeout=self._timeout)
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


# --- inbound webhook --------------------------------------------------------------------------------------


class _Receiver(Protocol):
    async def receive(self, inbound: Inbound) -> Any: ...


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def twiml() -> Response:
    return Response(EMPTY_TWIML, media_type="text/xml")


def public_url(request: Request, settings: Settings) -> str:
    """The URL Twilio requested, as Twilio saw it: PUBLIC_BASE_URL + path + query."""
    base = settings.public_base_url
    if not base:
        # Without a public URL only a direct (proxy-less) deployment or a test can validate.
        base = f"{request.url.scheme}://{request.url.netloc}"
    query = request.url.query
    return base + request.url.path + (f"?{query}" if query else "")


async def _read_body(request: Request) -> bytes | None:
    """The body, or None when it is larger than MAX_READ (reading stops there)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_READ:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_READ:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _form_pairs(body: bytes) -> list[tuple[str, str]]:
    """Form fields; bytes that are not UTF-8 survive as surrogate escapes (signed as sent, rejected later)."""
    text = body.decode("utf-8", "surrogateescape")
    return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="surrogateescape")


def _json_pairs(body: bytes) -> list[tuple[str, str]] | None:
    """A flat JSON object as name/value pairs, so a form posted as JSON is still checked against its fields."""
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    return [(str(k), v if isinstance(v, str) else json.dumps(v)) for k, v in obj.items()]


def _is_utf8(pairs: list[tuple[str, str]]) -> bool:
    try:
        for k, v in pairs:
            k.encode("utf-8")
            v.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def twilio_webhook(request: Request, *, settings: Settings, engine: _Receiver) -> Response:
    """`POST /sms/twilio`: verify, validate, hand to the engine, acknowledge with empty TwiML."""
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    signature = request.headers.get(SIGNATURE_HEADER)
    if not token:
        return error(403, "sms_disabled", "SMS is not configured on this server")
    if not signature:
        return error(403, "bad_signature", "missing X-Twilio-Signature")

    try:
        body = await _read_body(request)
    except ClientDisconnect:
        return error(400, "bad_request", "client disconnected")
    if body is None:
        return error(413, "too_large", f"body over {MAX_BODY} bytes")

    url = public_url(request, settings)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    is_form = content_type == FORM_TYPE
    pairs = _form_pairs(body) if is_form else []
    candidates = [pairs]
    if not is_form:
        # Twilio signs JSON bodies over the URL alone (with a bodySHA256 query parameter); also accept a
        # signature over the object's fields, so a form posted as JSON gets its 415, not a 403.
        candidates = [[]]
        json_fields = _json_pairs(body)
        if json_fields is not None:
            candidates.append(json_fields)
    if not any(verify_twilio_signature(url, c, signature, token) for c in candidates):
        # The path only: PUBLIC_BASE_URL may carry basic-auth credentials (https://user:pass@host).
        log.warning("twilio webhook with a bad signature on %s", request.url.path)
        return error(403, "bad_signature", "X-Twilio-Signature does not match")

    if len(body) > MAX_BODY:
        return error(413, "too_large", f"body over {MAX_BODY} bytes")
    if not is_form:
        return error(415, "unsupported_media_type", f"expected {FORM_TYPE}")
    if not _is_utf8(pairs):
        return error(400, "bad_encoding", "body is not UTF-8")

    fields: dict[str, str] = {}
    for name, value in pairs:
        fields.setdefault(name, value)  # Twilio sends each field once; a repeat changes nothing we read
    sender = fields.get("From", "").strip()
    sid = (fields.get("MessageSid") or fields.get("SmsMessageSid") or "").strip()
    if not sender or not sid:
        missing = ", ".join(n for n, v in (("From", sender), ("MessageSid", sid)) if not v)
        return error(400, "missing_field", f"missing {missing}")
    address = to_e164(sender)
    if address is None:
        return error(400, "bad_field", "From is not a phone number")
    media = _media(fields)
    inbound = Inbound(
        channel="sms",
        address=address,
        text=fields.get("Body", ""),
        external_id=sid,
        media=media,
        meta={"to": fields.get("To", "")},
    )
    try:
        receipt = await engine.receive(inbound)
    except BadRequest as e:
        return error(e.status, e.code, e.message)
    except StoreError:
        log.exception("could not store inbound sms %s", sid)
        # 503: Twilio then tries the fallback URL, if one is configured; nothing was acknowledged.
        return error(503, "unavailable", "could not store the message, try again")
    if getattr(receipt, "duplicate", False):
        log.info("duplicate twilio webhook %s ignored", sid)
    else:
        log.info("sms from %s stored sid=%s media=%d", mask(address), sid, len(media))
    return twiml()


def _media(fields: Mapping[str, str]) -> tuple[str, ...]:
    """MediaUrl0, MediaUrl1, ... as sent (NumMedia is not trusted to match; at most MAX_MEDIA)."""
    return tuple(fields[f"MediaUrl{i}"] for i in range(MAX_MEDIA) if fields.get(f"MediaUrl{i}"))
