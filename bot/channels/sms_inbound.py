"""Twilio's inbound SMS webhook read into an `Inbound`: pure functions of the body and its fields, no web framework.

Twilio posts a form (`From`, `To`, `Body`, `MessageSid`, `NumMedia`, `MediaUrl0`...; design.md section 4) and is
answered with an empty TwiML `<Response></Response>`: every reply goes out later through the REST API. The server
side of the webhook (bot/server/webhooks.py) checks the signature over `signed_field_sets()`, then the size and
the content type, and hands the pairs to `parse_inbound()`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl

from bot.errors import BadRequest
from bot.messages import Inbound
from bot.phone import to_e164

FORM_TYPE = "application/x-www-form-urlencoded"
# Twilio accepts up to 10 media items per MMS (https://www.twilio.com/docs/messaging/guides/accepted-mime-types).
MAX_MEDIA = 10
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

Pairs = list[tuple[str, str]]


def form_pairs(body: bytes) -> Pairs:
    """Form fields; bytes that are not UTF-8 survive as surrogate escapes (signed as sent, rejected later)."""
    text = body.decode("utf-8", "surrogateescape")
    return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="surrogateescape")


def json_pairs(body: bytes) -> Pairs | None:
    """A flat JSON object as name/value pairs, so a form posted as JSON is still checked against its fields."""
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    return [(str(k), v if isinstance(v, str) else json.dumps(v)) for k, v in obj.items()]


def signed_field_sets(body: bytes, is_form: bool) -> list[Pairs]:
    """The parameter sets a valid signature may be over: the form's fields, or for any other body the URL alone.

    Twilio signs JSON bodies over the URL alone (with a bodySHA256 query parameter); a signature over a JSON
    object's fields is also accepted, so a form posted as JSON gets its 415, not a 403.
    """
    if is_form:
        return [form_pairs(body)]
    candidates: list[Pairs] = [[]]
    fields = json_pairs(body)
    if fields is not None:
        candidates.append(fields)
    return candidates


def _is_utf8(pairs: Iterable[tuple[str, str]]) -> bool:
    try:
        for k, v in pairs:
            k.encode("utf-8")
            v.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_inbound(pairs: Iterable[tuple[str, str]]) -> Inbound:
    """The message in a signed form's fields; BadRequest (400) when it is not UTF-8 or lacks `From`/`MessageSid`."""
    pairs = list(pairs)
    if not _is_utf8(pairs):
        raise BadRequest(400, "bad_encoding", "body is not UTF-8")
    fields: dict[str, str] = {}
    for name, value in pairs:
        fields.setdefault(name, value)  # Twilio sends each field once; a repeat changes nothing we read
    sender = fields.get("From", "").strip()
    sid = (fields.get("MessageSid") or fields.get("SmsMessageSid") or "").strip()
    if not sender or not sid:
        missing = ", ".join(n for n, v in (("From", sender), ("MessageSid", sid)) if not v)
        raise BadRequest(400, "missing_field", f"missing {missing}")
    address = to_e164(sender)
    if address is None:
        raise BadRequest(400, "bad_field", "From is not a phone number")
    return Inbound(
        channel="sms",
        address=address,
        text=fields.get("Body", ""),
        external_id=sid,
        media=_media(fields),
        meta={"to": fields.get("To", "")},
    )


def _media(fields: Mapping[str, str]) -> tuple[str, ...]:
    """MediaUrl0, MediaUrl1, ... as sent (NumMedia is not trusted to match; at most MAX_MEDIA)."""
    return tuple(fields[f"MediaUrl{i}"] for i in range(MAX_MEDIA) if fields.get(f"MediaUrl{i}"))
