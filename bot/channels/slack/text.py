"""Slack message text to what a person typed: entities decoded, mentions and links made readable.

Slack sends every message's `text` escaped (`&amp;` `&lt;` `&gt;`) with its control sequences in angle brackets
(https://docs.slack.dev/messaging/formatting-message-text#escaping and #advanced): `<@U123>` (a user),
`<#C123|name>` (a channel), `<!here>` (a special mention), `<https://x|label>` (a link). A customer reading an
agent's reply by SMS or on the web page must see none of that, and a Slack customer's own words must be stored as
typed (else `&` is escaped again when mirrored into the case thread).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.webapi import SLACK_FAILURES, channel_error

log = logging.getLogger("bot.channels.slack")

COLLEAGUE = "a colleague"  # a user whose name cannot be looked up
LOOKUP_TIMEOUT = 1.0  # thread replies are taken in before the ack: a slow users.info must not cost it
CACHE_MAX = 1000

_TOKEN = re.compile(r"<([^<>]*)>")
_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_CLOSES = " \n,.;:!?)"
_USER = re.compile(r"^@([UW][A-Z0-9]+)(?:\|(.*))?$", re.S)


def unescape(text: str) -> str:
    """Slack's three entities, decoded in one pass (so `&amp;lt;` stays the literal `&lt;` the person typed)."""
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


def user_ids(text: str) -> list[str]:
    """The user IDs mentioned as `<@U123>` (without a label to show instead), in order, once each."""
    seen: dict[str, None] = {}
    for m in _TOKEN.finditer(text):
        u = _USER.match(m.group(1))
        if u and not u.group(2):
            seen.setdefault(u.group(1))
    return list(seen)


def _token(inner: str, names: dict[str, str]) -> str:
    u = _USER.match(inner)
    if u:
        return unescape(u.group(2).lstrip("@")) if u.group(2) else names.get(u.group(1), COLLEAGUE)
    target, _, label = inner.partition("|")
    label = unescape(label)
    if target.startswith("#"):  # <#C123|general>, or <#C123> when Slack sent no name
        return f"#{label}" if label else "a channel"
    if target.startswith("!"):
        # <!date^1392734382^{date}|Feb 18, 2014> shows its fallback; <!here>, <!channel>, <!everyone>,
        # <!subteam^S123|@team> are pings, not words: removed.
        return label if target.startswith("!date^") else ""
    url = unescape(target)
    if not label:
        return url
    # Slack links what the person typed as a bare address (`example.com` -> <http://example.com|example.com>):
    # show it as typed; a real label keeps its address next to it, so the customer sees where it goes.
    bare = url.split(":", 1)[1].lstrip("/") if ":" in url else url
    if label in (url, bare):
        return label
    return f"{label} ({url})"


def to_plain(text: str, names: dict[str, str] | None = None) -> str:
    """A Slack message's text as plain words: `names` maps user IDs to display names (else "a colleague")."""
    names = names or {}
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        out.append(unescape(text[pos : m.start()]))
        piece = _token(m.group(1), names)
        pos = m.end()
        if not piece:
            # A removed special mention takes one space with it: "Hi <!here> all" -> "Hi all", "<!here> Hi" -> "Hi",
            # "Hi <!here>, all" -> "Hi, all"; one glued to a word keeps the space before it ("& <!here>ok").
            after = text[pos : pos + 1]
            before = "".join(out)
            if before.endswith(" ") and (after == "" or after in _CLOSES):
                out = [before[:-1]]
            elif (before == "" or before.endswith("\n")) and after == " ":
                pos += 1
        out.append(piece)
    out.append(unescape(text[pos:]))
    return "".join(out)


class UserNames:
    """Display names for user IDs through `users.info` (scope users:read), cached; a failed look-up is not cached
    and reads "a colleague"."""

    def __init__(self, client: AsyncWebClient, timeout: float = LOOKUP_TIMEOUT) -> None:
        self.client = client
        self.timeout = timeout
        self.cache: dict[str, str] = {}

    async def _one(self, uid: str) -> None:
        try:
            resp = await self.client.users_info(user=uid)
        except SLACK_FAILURES as exc:
            log.warning("slack: no name for %s: %s", uid, channel_error(exc, "users.info"))
            return
        user: dict[str, Any] = resp.get("user") or {}
        profile: dict[str, Any] = user.get("profile") or {}
        name = (
            profile.get("display_name")
            or profile.get("real_name")
            or user.get("real_name")
            or user.get("name")
        )
        if name:
            if len(self.cache) >= CACHE_MAX:
                self.cache.pop(next(iter(self.cache)))
            self.cache[uid] = str(name)

    async def names(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        missing = [u for u in ids if u not in self.cache]
        if missing:
            try:
                await asyncio.wait_for(asyncio.gather(*(self._one(u) for u in missing)), self.timeout)
            except TimeoutError:
                log.warning("slack: users.info took over %.1fs; names shown as %r", self.timeout, COLLEAGUE)
        return {u: self.cache[u] for u in ids if u in self.cache}

    async def plain(self, text: str) -> str:
        """`to_plain` with the mentioned users' names looked up."""
        ids = user_ids(text)
        return to_plain(text, await self.names(ids) if ids else None)
