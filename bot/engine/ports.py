"""Protocols the engine talks through; server/app.py wires concrete channels, cloud and Slack to them."""

from __future__ import annotations

from typing import Any, Protocol

from bot.messages import Part, Reply


class Renderer(Protocol):
    def render(self, reply: Reply) -> list[Part]:
        """Turn a flow reply into what is delivered (SMS: GSM-7, numbered choices, <=3 segments per part)."""
        ...


class Sender(Protocol):
    async def send(self, address: str, part: Part, meta: dict[str, Any]) -> str | None:
        """Deliver one part; return the provider's message ID. Raise ChannelError(retryable=...) on failure.

        `meta` carries channel routing details stored on the conversation (e.g. Slack DM channel ID).
        """
        ...


class CaseSink(Protocol):
    """Where handed-off cases go (Slack support channel). All methods must not raise on delivery failure."""

    # Both may return where the case was posted (e.g. Slack's {"channel", "ts"}): the engine keeps what
    # case_opened returns as the conversation's `case_ref`. None: not posted.
    async def case_opened(self, case: dict[str, Any]) -> dict[str, str] | None: ...

    async def case_updated(self, case: dict[str, Any]) -> dict[str, str] | None: ...

    async def customer_message(self, case: dict[str, Any], text: str) -> None: ...


class CloudPort(Protocol):
    async def get(self, device_id: str) -> dict[str, Any]:
        """The device snapshot (DeviceInfo.snapshot()); raises CloudNotFound / CloudUnavailable."""
        ...

    async def lookup(self, kind: str, ref: str, *, who: str | None = None, store: Any = None) -> dict[str, Any]:
        """Find a device by id, serial or name ("name_word": a name given as the answer to "which unit?", where a
        word of one unit's name is enough; "list": none, the account's units are wanted, raised as CloudSeveral
        with their names); raises CloudNotFound / CloudUnavailable ("limited": a bound on
        lookups was reached). `who` is the customer (channel:address) and `store` the engine's Store, where the
        serial cache and the lookup counts live."""
        ...

    def failures(self, device_id: str) -> int:
        """Consecutive failed calls for the device (each refresh after a failure is a retry)."""
        ...
