"""The admin token for /api/* and the support console (design §3 ADMIN_TOKEN).

`ADMIN_TOKEN` when set; otherwise a token generated at first start and kept beside the database in a file
`admin-token` readable by its owner only (mode 0600), shown by `cyanbot admin-token`. There is no loopback
exception: behind a proxy on the same host every client looks like loopback.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings

FILE_NAME = "admin-token"


@dataclass(frozen=True)
class AdminToken:
    """The token, where it came from ("setting" or the file path), and whether this start created it."""

    value: str
    source: str
    created: bool = False

    def matches(self, offered: str | None) -> bool:
        """Constant-time comparison, so the time taken says nothing about how much of a guess was right."""
        return offered is not None and hmac.compare_digest(offered.encode("utf-8", "replace"),
                                                           self.value.encode("utf-8"))


def token_path(settings: Settings) -> Path:
    return Path(settings.database_path).expanduser().resolve().parent / FILE_NAME


def load_or_create(settings: Settings) -> AdminToken:
    """The configured token, or the one beside the database (created, mode 0600, if there is none yet)."""
    if settings.admin_token is not None:
        return AdminToken(settings.admin_token.get_secret_value(), "setting")
    path = token_path(settings)
    try:
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return AdminToken(value, str(path))
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return AdminToken(path.read_text(encoding="utf-8").strip(), str(path))
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(value + "\n")
    return AdminToken(value, str(path), created=True)


def bearer(header: str | None) -> str | None:
    """The token in an `Authorization: Bearer ...` header, or None."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None
