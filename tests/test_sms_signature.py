"""Twilio webhook signatures: our HMAC-SHA1 (bot.channels.sms) against the twilio SDK's RequestValidator."""

from __future__ import annotations

import pytest
from starlette.datastructures import FormData
from twilio.request_validator import RequestValidator

from bot.channels.sms import compute_signature, verify_twilio_signature

TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
# The worked example of https://www.twilio.com/docs/usage/security#validating-requests
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
DOCS_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_matches_twilio_docs_example() -> None:
    assert compute_signature(URL, PARAMS, TOKEN) == DOCS_SIGNATURE
    assert RequestValidator(TOKEN).compute_signature(URL, PARAMS) == DOCS_SIGNATURE
    assert verify_twilio_signature(URL, PARAMS, DOCS_SIGNATURE, TOKEN)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"Body": ""},
        {"Body": "Caf\u00e9 \u2019quoted\u2019 \U0001f44d", "From": "+15551230000"},
        {"Body": "a&b=c%20d+e", "MessageSid": "SM1"},
        {"b": "2", "a": "1", "B": "3", "_": "x", "A1": "y"},  # case-sensitive byte order, as Twilio sorts
    ],
)
def test_agrees_with_sdk(params: dict[str, str]) -> None:
    sdk = RequestValidator(TOKEN).compute_signature("https://bot.example.com/sms/twilio", params)
    assert compute_signature("https://bot.example.com/sms/twilio", params, TOKEN) == sdk
    assert verify_twilio_signature("https://bot.example.com/sms/twilio", params, sdk, TOKEN)


def test_accepts_pairs_dict_and_formdata() -> None:
    pairs = [("Body", "hi"), ("From", "+15551230000"), ("MediaUrl0", "u0"), ("MediaUrl1", "u1")]
    sig = RequestValidator(TOKEN).compute_signature(URL, dict(pairs))
    assert verify_twilio_signature(URL, pairs, sig, TOKEN)
    assert verify_twilio_signature(URL, dict(pairs), sig, TOKEN)
    assert verify_twilio_signature(URL, FormData(pairs), sig, TOKEN)


def test_repeated_names_like_sdk() -> None:
    form = FormData([("Tag", "b"), ("Tag", "a"), ("Tag", "b"), ("Body", "x")])
    sdk = RequestValidator(TOKEN).compute_signature(URL, form)  # the SDK reads getlist() on multidicts
    assert compute_signature(URL, form, TOKEN) == sdk
    assert verify_twilio_signature(URL, list(form.multi_items()), sdk, TOKEN)


@pytest.mark.parametrize(
    ("signed_url", "checked_url"),
    [
        ("https://bot.example.com/sms/twilio", "https://bot.example.com:443/sms/twilio"),
        ("https://bot.example.com:443/sms/twilio", "https://bot.example.com/sms/twilio"),
        ("http://bot.example.com:80/sms/twilio", "http://bot.example.com/sms/twilio"),
    ],
)
def test_default_port_either_way(signed_url: str, checked_url: str) -> None:
    sig = RequestValidator(TOKEN).compute_signature(signed_url, PARAMS)
    assert verify_twilio_signature(checked_url, PARAMS, sig, TOKEN)
    assert RequestValidator(TOKEN).validate(checked_url, PARAMS, sig)


def test_non_default_port_must_match() -> None:
    sig = RequestValidator(TOKEN).compute_signature("https://bot.example.com:8443/sms/twilio", PARAMS)
    assert verify_twilio_signature("https://bot.example.com:8443/sms/twilio", PARAMS, sig, TOKEN)
    assert not verify_twilio_signature("https://bot.example.com/sms/twilio", PARAMS, sig, TOKEN)


@pytest.mark.parametrize(
    "change",
    [
        lambda u, p, s, t: (u, {**p, "Digits": "1235"}, s, t),  # tampered value
        lambda u, p, s, t: (u, {**p, "Extra": ""}, s, t),  # added field
        lambda u, p, s, t: (u, {k: v for k, v in p.items() if k != "To"}, s, t),  # dropped field
        lambda u, p, s, t: (u.replace("foo=1", "foo=2"), p, s, t),  # other query string
        lambda u, p, s, t: (u.replace("https", "http"), p, s, t),  # other scheme
        lambda u, p, s, t: (u, p, s, "54321"),  # other token
        lambda u, p, s, t: (u, p, s[:-2] + "A=", t),  # altered signature
        lambda u, p, s, t: (u, p, "", t),  # empty signature
        lambda u, p, s, t: (u, p, None, t),  # missing signature
        lambda u, p, s, t: (u, p, s, ""),  # no token configured
        lambda u, p, s, t: (u, p, "\u00e9\u00e9\u00e9", t),  # junk (non-ASCII) header value
    ],
)
def test_rejects(change) -> None:  # type: ignore[no-untyped-def]
    url, params, sig, token = change(URL, PARAMS, DOCS_SIGNATURE, TOKEN)
    assert not verify_twilio_signature(url, params, sig, token)


def test_surrogate_escaped_bytes_are_signed_as_sent() -> None:
    import base64
    import hashlib
    import hmac

    raw = b"https://bot.example.com/sms/twilioBody\xff\xfe"
    expected = base64.b64encode(hmac.new(TOKEN.encode(), raw, hashlib.sha1).digest()).decode()
    params = [("Body", b"\xff\xfe".decode("utf-8", "surrogateescape"))]
    assert verify_twilio_signature("https://bot.example.com/sms/twilio", params, expected, TOKEN)
