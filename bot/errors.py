"""The bot's exceptions, one root for all of them.

BotError
 +-- ConfigError             a setting is missing or wrong
 +-- SignatureInvalid        a webhook is not signed by who it claims (403 Twilio / 401 Slack)
 +-- BadRequest              malformed input on one of our routes (4xx with a JSON error)
 +-- ChannelError            a channel could not deliver (.retryable, .retry_after)
 +-- CloudError              Particle Cloud
      +-- CloudUnavailable   timeouts, 5xx, 429, 401: try again later (.kind, .retry_after)
      +-- CloudNotFound      403/404: the device is not in this account or product
 +-- StoreError              the database refused (locked, read-only, corrupt or closed): the server answers 503
"""

from __future__ import annotations


class BotError(Exception):
    """Root of every error the bot raises on purpose."""


class ConfigError(BotError):
    pass


class SignatureInvalid(BotError):
    pass


class BadRequest(BotError):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class ChannelError(BotError):
    def __init__(self, message: str, *, retryable: bool = True, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after


class CloudError(BotError):
    pass


class CloudUnavailable(CloudError):
    """`kind` is one of timeout, server_error, rate_limited, unauthorized, bad_response, network, or limited (the
    bot's own bound on Particle lookups was reached: the cloud was not asked)."""

    def __init__(self, kind: str, message: str = "", *, retry_after: float | None = None) -> None:
        super().__init__(message or kind)
        self.kind = kind
        self.device_id: str | None = None  # set when the lookup got as far as the device's ID (a serial's)
        self.retry_after = retry_after


class CloudNotFound(CloudError):
    pass


class CloudNotInAccount(CloudNotFound):
    """The device's own GET answered 403/404 for an ID the customer gave (typed, or a serial's): it is not in the
    account or product (design 5: record `cloud:not_found` and hand off)."""


class CloudSeveral(CloudNotFound):
    """No one unit by that reference, but the customer's words fit several ("my argon" on an account with two):
    `names` are theirs, for the customer to pick from."""

    def __init__(self, names: list[str], message: str = "") -> None:
        super().__init__(message or f"{len(names)} units fit")
        self.names = names


class StoreError(BotError):
    """Raised by bot/store/ for any database failure, with the sqlite3 error as its cause."""


class StoreBusy(StoreError):
    """`atomic(wait=False)` found the write lock held by another process: nothing was done; try again shortly."""
