"""Twilio's webhook signature (`X-Twilio-Signature`): pure functions, no web framework.

Twilio signs every webhook with an HMAC-SHA1 under the account auth token of the full public URL followed by every
POST parameter as name + value, sorted by name (https://www.twilio.com/docs/usage/security#validating-requests).
The check is done here in ~30 lines rather than with the twilio SDK (about 70 MB with its dependencies,
docs/library-notes.md section 3); the test suite signs requests with the SDK's own `RequestValidator`, so the two are
held to the same algorithm. The URL is `PUBLIC_BASE_URL` + path + query, never the URL the server sees: behind a
proxy the latter is the internal URL.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

SIGNATURE_HEADER = "x-twilio-signature"

Params = Iterable[tuple[str, str]] | Mapping[str, Any]


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


def _signed_params(pairs: list[tuple[str, str]]) -> str:
    """The parameters as Twilio appends them to the URL: name + value, names sorted; a repeated name contributes
    each distinct value, sorted, as twilio-python's RequestValidator does."""
    grouped: dict[str, set[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, set()).add(value)
    return "".join(name + value for name in sorted(grouped) for value in sorted(grouped[name]))


def _mac(key: bytes, data: str) -> bytes:
    # Strings carrying undecodable bytes (surrogate escapes) are hashed as those original bytes.
    return hmac.digest(key, data.encode("utf-8", "surrogateescape"), "sha1")


def compute_signature(url: str, params: Params, auth_token: str) -> str:
    """Twilio's signature: base64(HMAC-SHA1(token, url + name1 + value1 + ...)), names sorted."""
    return base64.b64encode(_mac(auth_token.encode("utf-8"), url + _signed_params(_pairs(params)))).decode("ascii")


@lru_cache(maxsize=64)
def _port_variants(url: str) -> tuple[str, ...]:
    """The URL without and with its default port: Twilio signs either form (twilio-python validates both).
    Cached: a server's webhook URLs are few (PUBLIC_BASE_URL + path), and splitting them was a tenth of a check."""
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
        return (url,)
    with_port = urlunsplit(parts._replace(netloc=f"{userinfo}{host}:{port}"))
    return (bare, with_port)


def verify_twilio_signature(url: str, params: Params, signature: str | None, auth_token: str) -> bool:
    """True when `signature` is Twilio's signature of `url` and `params` under `auth_token`."""
    if not signature or not auth_token:
        return False
    given = signature.strip().encode("utf-8", "replace")
    key = auth_token.encode("utf-8")
    signed = _signed_params(_pairs(params))
    ok = False
    for candidate in _port_variants(url):
        # compare_digest on both variants: no early exit that would tell which one almost matched.
        ok |= hmac.compare_digest(base64.b64encode(_mac(key, candidate + signed)), given)
    return ok
