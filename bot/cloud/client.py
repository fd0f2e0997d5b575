"""Particle Cloud REST client: the few calls the bot makes, with retries and errors mapped to bot errors.

Every failure leaves this module as a `CloudError` (design.md 5: cloud failures never crash a conversation):
`CloudNotFound` for 403/404, `CloudUnavailable(kind)` for everything else. Endpoints and status codes are from
docs/particle-facts.md 3.2 and 3.6. The token travels only in the `Authorization` header and is never logged.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import quote

import httpx

from bot.cloud import names
from bot.cloud.models import DeviceInfo
from bot.errors import CloudError, CloudNotFound, CloudSeveral, CloudUnavailable
from bot.httputil import parse_retry_after, send

log = logging.getLogger("bot.cloud.client")

# Waits between attempts after a timeout, network error or 5xx (the brief: 0.5, 1, 2 s).
BACKOFF: tuple[float, ...] = (0.5, 1.0, 2.0)
# A 429's Retry-After is honoured, but never waited on longer than this inside one call.
RETRY_AFTER_CAP = 30.0
# The event name whose prefix the status stream subscribes to (docs/particle-facts.md 3.5).
STATUS_EVENT = "spark/status"
# `calls` keeps at most this many recent entries.
CALL_LOG_LIMIT = 10_000
# The account's device list (user mode) answers every name lookup for this long: one list call per 5 s for the
# whole bot, as the device rule allows one per device (design.md 6.1). A customer's guesses ("1", "the garage
# one", "kitchen") each listed every unit of the account, and Particle counts every call against 10,000 per 5
# minutes per IP (docs/particle-facts.md 3.6). A unit claimed meanwhile is found at most this long after.
LIST_TTL = 5.0


def _error_text(resp: httpx.Response) -> str:
    """The API's own words for an error (`error_description`, `error`, or `info`), short and safe to log."""
    try:
        body = resp.json()
    except (ValueError, UnicodeDecodeError):
        return ""
    if not isinstance(body, dict):
        return ""
    for key in ("error_description", "error", "info"):
        v = body.get(key)
        if isinstance(v, str) and v:
            return v[:200]
    return ""


# The most units listed for the customer to pick from when their words fit several (an SMS stays short).
_MAX_LISTED = 5


class ParticleClient:
    """REST calls for one token, in product mode (`product_id` set) or user mode.

    `calls` records every HTTP attempt as (method, path) so tests and the benchmark can check the rate rule
    (design.md 6.1); `call_count(device_id)` counts the attempts whose path names that device.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        token: str,
        product_id: str | None = None,
        max_attempts: int = 3,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        timeout: float = 10.0,
        backoff: Sequence[float] = BACKOFF,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http
        # `transport`: the shared client's own connection pool. A call then goes to it directly (`send_direct`),
        # as the Twilio sender's do: httpx's client layer (URL merging, auth, redirect and cookie handling) cost
        # about as much CPU as the request itself in the engine worker (py-spy, SMS latency run).
        self._transport = transport
        self._timeouts = {"timeout": httpx.Timeout(timeout).as_dict()}
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.product_id = product_id or None
        self.max_attempts = max(1, max_attempts)
        self._sleep = sleep
        self._backoff = tuple(backoff) or (0.0,)
        self.calls: list[tuple[str, str]] = []
        self._per_device: dict[str, int] = {}
        self._clock = clock
        self._listed: tuple[float, list[DeviceInfo]] | None = None  # (when, the account's devices)
        self._listing: asyncio.Task[list[DeviceInfo]] | None = None  # the list call under way, if any

    # -- public API -----------------------------------------------------------------------------------------

    @property
    def product_mode(self) -> bool:
        return self.product_id is not None

    def call_count(self, device_id: str) -> int:
        """How many HTTP attempts named this device ID in their path."""
        return self._per_device.get(device_id, 0)

    async def get_device(self, device_id: str, *, max_attempts: int | None = None) -> DeviceInfo:
        """GET the device object (product form in product mode). 403/404 => CloudNotFound.

        `max_attempts` overrides the client default; DeviceCache passes 1 so that retries never break the
        one-call-per-device-per-5-s rule (it retries on the next refresh instead).
        """
        path = f"{self._product_prefix()}/devices/{_seg(device_id)}"
        body = await self._request("GET", path, device_id=device_id, attempts=max_attempts)
        try:
            return DeviceInfo.from_api(body)
        except ValueError as e:
            raise CloudUnavailable("bad_response", f"device object: {e}") from None

    async def lookup_serial(self, serial: str, *, endpoint: bool = True) -> str:
        """Device ID for the serial number on the label. Not found => CloudNotFound.

        GET /v1/serial_numbers/:serial answers `deviceID` in the API docs but `device_id` in particle-api-js and
        the Android SDK (docs/particle-facts.md 3.2, "field names disagree"), so both are read. That endpoint is
        limited to 50 calls/hour per user, so it gets one attempt (a retry would spend another of the 50; the
        customer's next try is the retry), and in product mode a not-found *or* a 429 falls back to filtering
        the product device list by `serialNumber` (a partial match on the server, so the serial is compared
        exactly). `endpoint=False` (the bot's own hourly ceiling is reached) skips the endpoint: product mode
        goes straight to the list, user mode has nothing else to ask (CloudUnavailable "limited").
        """
        serial = serial.strip().upper()
        if not serial:
            raise CloudNotFound("empty serial number")
        if not endpoint and not self.product_mode:
            raise CloudUnavailable("limited", "serial-number lookups are used up for this hour")
        try:
            if endpoint:
                body = await self._request("GET", f"/v1/serial_numbers/{_seg(serial)}", attempts=1)
                return self._serial_answer(body, serial)
        except CloudNotFound:
            if not self.product_mode:
                raise
        except CloudUnavailable as e:
            if not (self.product_mode and e.kind == "rate_limited"):
                raise
        for dev in await self._product_list({"serialNumber": serial}):
            if (dev.serial_number or "").upper() == serial:
                return dev.id
        raise CloudNotFound(f"serial number {serial} not found")

    async def find_by_name(self, name: str, *, by_word: bool = False) -> DeviceInfo | None:
        """The device a customer means by this name, or None (`names.match_name`: "the porch sensor unit" is
        porch-sensor, "kichen hub" is Kitchen Hub; a part of a name is not enough, nor two devices that fit alike).

        Product mode filters the product list with `deviceName` (a partial match on the server: one word of what was
        typed, `names.search_word`; the first page is enough). User mode lists the account's devices; there,
        `by_word` also takes a word of one unit's name alone (`names.match_word`: "garage" for garage-door), for an
        answer to "which unit?". Never across a product: a word would pick another customer's unit. A kind of unit
        ("my argon") that fits a few of the account's (at most five) raises CloudSeveral with their names.
        """
        if not name.strip():
            return None
        if self.product_mode:
            devices = await self._product_list({"deviceName": names.search_word(name)})
        else:
            devices = await self._account_devices()
        named = [dev for dev in devices if dev.name]
        chosen = names.match_name(name, [dev.name or "" for dev in named])
        if chosen is None and by_word and not self.product_mode:
            # The account's own units only: "garage" or "the kitchen one" when one unit's name has that word.
            chosen = names.match_word(name, [dev.name or "" for dev in named])
        if chosen is None and not self.product_mode and (kinds := names.platforms_named(name)):
            # "my photon": the account's only Photon (never across a product); a Photon 2 is a "photon" to many
            # customers too (round 12's "My Photon" picked the Photon, with two Photon 2s on the account).
            kinds = kinds | {"p2"} if kinds == {"photon"} else kinds
            of_kind = [dev for dev in devices if dev.platform in kinds]
            if 1 < len(of_kind) <= _MAX_LISTED and all(dev.name for dev in of_kind):
                # "which of your Argons?"; more than a few may be other customers' units: the serial question
                raise CloudSeveral(sorted(str(dev.name) for dev in of_kind))
            return of_kind[0] if len(of_kind) == 1 else None
        return next((dev for dev in named if dev.name == chosen), None) if chosen else None

    async def account_names(self) -> list[str]:
        """The names of the account's own units, sorted, for a customer who asks which they have (user mode only:
        a product's list is every customer's, so CloudNotFound there)."""
        if self.product_mode:
            raise CloudNotFound("a product's units are not listed to a customer")
        devices = await self._account_devices()
        return sorted(str(dev.name) for dev in devices if dev.name)

    async def _account_devices(self) -> list[DeviceInfo]:
        """The devices the (user-mode) token's account holds, as listed at most LIST_TTL ago; lookups at the same
        moment share one call (50 customers answering "which unit?" together made 50). Callers must not change
        the list. A failed call is not kept: the next lookup asks again."""
        if self._listed is not None and self._clock() - self._listed[0] < LIST_TTL:
            return self._listed[1]
        if self._listing is None:
            self._listing = asyncio.get_running_loop().create_task(self._list_account())
            self._listing.add_done_callback(self._listed_done)
        # Shielded: a customer's step cancelled meanwhile must not cancel the call the others wait for.
        return await asyncio.shield(self._listing)

    async def _list_account(self) -> list[DeviceInfo]:
        devices = _parse_devices(await self._request("GET", "/v1/devices"))
        self._listed = (self._clock(), devices)
        return devices

    def _listed_done(self, task: asyncio.Task[list[DeviceInfo]]) -> None:
        self._listing = None
        if not task.cancelled():
            task.exception()  # retrieved here too: every waiter may have been cancelled

    def events_url(self) -> str:
        """URL of the one SSE stream for `spark/status` of every device the token covers.

        Product mode: /v1/products/:p/events/:prefix; user mode: /v1/devices/events/:prefix, i.e. events of the
        user's own devices (docs/particle-facts.md 3.2). The prefix is percent-encoded as one path segment, exactly as
        particle-api-js does (`getEventStream` in
        https://github.com/particle-iot/particle-api-js/blob/main/src/Particle.ts), giving spark%2Fstatus.
        """
        prefix = quote(STATUS_EVENT, safe="")
        if self.product_mode:
            return f"{self.base_url}/v1/products/{_seg(self.product_id or '')}/events/{prefix}"
        return f"{self.base_url}/v1/devices/events/{prefix}"

    # -- internals ------------------------------------------------------------------------------------------

    def _product_prefix(self) -> str:
        return f"/v1/products/{_seg(self.product_id)}" if self.product_id else "/v1"

    async def _product_list(self, params: dict[str, str]) -> list[DeviceInfo]:
        body = await self._request("GET", f"{self._product_prefix()}/devices", params=params)
        if not isinstance(body, dict):
            raise CloudUnavailable("bad_response", "product device list is not an object")
        return _parse_devices(body.get("devices"))

    @staticmethod
    def _serial_answer(body: Any, serial: str) -> str:
        if not isinstance(body, dict):
            raise CloudUnavailable("bad_response", "serial lookup answer is not an object")
        if body.get("ok") is False:
            raise CloudNotFound(f"serial number {serial} not found")
        for key in ("deviceID", "device_id"):
            v = body.get(key)
            if isinstance(v, str) and v.strip():
                return v.strip()
        raise CloudUnavailable("bad_response", "serial lookup answer has no device ID")

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        device_id: str | None = None,
        attempts: int | None = None,
    ) -> Any:
        """One call with retries; returns the parsed JSON body or raises a CloudError."""
        url = self.base_url + path
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        total = max(1, attempts if attempts is not None else self.max_attempts)
        for attempt in range(1, total + 1):
            self.calls.append((method, path))
            if len(self.calls) > CALL_LOG_LIMIT:  # a long-running server must not grow this forever
                del self.calls[: CALL_LOG_LIMIT // 2]
            if device_id is not None:
                self._per_device[device_id] = self._per_device.get(device_id, 0) + 1
            delay = self._backoff[min(attempt - 1, len(self._backoff) - 1)]
            try:
                request = httpx.Request(method, url, params=params, headers=headers, extensions=self._timeouts)
                resp = await send(self._http, self._transport, request)
            except httpx.TimeoutException as e:
                err: CloudError = CloudUnavailable("timeout", f"{method} {path}: {type(e).__name__}")
            except httpx.HTTPError as e:  # connect refused, reset, DNS, protocol errors
                err = CloudUnavailable("network", f"{method} {path}: {type(e).__name__}")
            else:
                if 200 <= resp.status_code < 300:
                    try:
                        return resp.json()
                    except (ValueError, UnicodeDecodeError):
                        raise CloudUnavailable("bad_response", f"{method} {path}: body is not JSON") from None
                err, retry, delay = self._classify(method, path, resp, delay)
                if not retry:
                    raise err
            if attempt == total:
                raise err
            log.warning("particle %s %s failed (%s); attempt %d/%d, retrying in %.1f s",
                        method, path, err, attempt, total, delay)
            await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _classify(
        self, method: str, path: str, resp: httpx.Response, delay: float
    ) -> tuple[CloudError, bool, float]:
        """Map a non-2xx answer to (error, retryable, wait before the next attempt). Codes: facts 3.6."""
        code = resp.status_code
        what = f"{method} {path}: HTTP {code}"
        text = _error_text(resp)
        if text:
            what += f" ({text})"
        if code == 401:  # token invalid or expired: retrying will not help
            return CloudUnavailable("unauthorized", what), False, delay
        if code in (403, 404):  # not this account's / product's device, or unknown
            return CloudNotFound(what), False, delay
        if code == 400:
            # API users calling a forbidden endpoint get 400 {"error":"unauthorized"} (facts 3.6).
            kind = "unauthorized" if "unauthorized" in text.lower() else "bad_response"
            return CloudUnavailable(kind, what), False, delay
        if code == 408:
            return CloudUnavailable("timeout", what), True, delay
        if code == 429:
            ra = parse_retry_after(resp.headers.get("Retry-After"))
            wait = min(ra, RETRY_AFTER_CAP) if ra is not None else delay
            return CloudUnavailable("rate_limited", what, retry_after=ra if ra is not None else wait), True, wait
        if code >= 500:
            return CloudUnavailable("server_error", what), True, delay
        return CloudUnavailable("bad_response", what), False, delay


def _seg(value: str | None) -> str:
    """One URL path segment: user input such as "../x" or "a/b" cannot change which endpoint is called."""
    return quote((value or "").strip(), safe="")


def _parse_devices(items: Any) -> list[DeviceInfo]:
    """A list of device objects; entries that are not devices are skipped rather than failing the lookup."""
    if not isinstance(items, list):
        raise CloudUnavailable("bad_response", "device list is not a list")
    out = []
    for item in items:
        try:
            out.append(DeviceInfo.from_api(item))
        except ValueError:
            log.warning("skipping an unreadable entry in a device list")
    return out
