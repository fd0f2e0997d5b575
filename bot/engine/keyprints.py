"""Keyed fingerprints of the Wi-Fi keys a customer typed, so that a key hidden once is hidden again when it comes
back at a later question ("What is your Wi-Fi's name?" answered with the password), without the key being kept.

A fingerprint is HMAC-SHA256 under a key derived from a secret kept outside the database (the admin token, beside
the database with mode 0600, or ADMIN_TOKEN), cut to 64 bits: a copy of the database alone cannot be used to try
guesses of a customer's key against it. When the admin token changes, keys hidden before are no longer recognised
(they were hidden when typed; only their later repeats are missed).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

__all__ = ["MAX_PRINTS", "fingerprinter"]

MAX_PRINTS = 8  # the newest keys a conversation remembers (a customer tries a few, not dozens)


def fingerprinter(secret: bytes | None = None) -> Callable[[str], str]:
    """A fingerprint function under `secret` (a fresh random one when None: fingerprints then last as long as
    this process, which is enough for an in-memory database)."""
    key = hashlib.sha256(b"cyanbot key prints v1\0" + (secret if secret is not None else secrets.token_bytes(32)))
    digest = key.digest()

    def fingerprint(value: str) -> str:
        return hmac.new(digest, value.encode("utf-8", "replace"), hashlib.sha256).hexdigest()[:16]

    return fingerprint
