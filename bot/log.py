"""Logging set-up with a filter that scrubs secrets (tokens, signing secrets) from every record."""

from __future__ import annotations

import logging
import re

_BEARER = re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(bearer|basic)\s+[^\s\"',]+")


class SecretFilter(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = _BEARER.sub(r"\1\2 [redacted]", msg)
        for s in self.secrets:
            clean = clean.replace(s, "[redacted]")
        if clean != msg:
            record.msg, record.args = clean, None
        return True


def configure(level: str = "INFO", secrets: list[str] | None = None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(SecretFilter(secrets or []))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper() if isinstance(level, str) else level)
    # httpx logs every request URL at INFO; our URLs carry no secrets, but keep the noise down.
    logging.getLogger("httpx").setLevel(logging.WARNING)
