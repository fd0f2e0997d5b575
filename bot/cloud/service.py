"""The engine's view of Particle Cloud: device snapshots through the rate-limited cache, and device lookup.

Particle allows 50 serial-number lookups an hour per user (docs/particle-facts.md 3.2), so customers' lookups are
bounded. With the bot's `store` (the engine passes it):

- A serial Particle answered is read from the database ever after (a serial names one device for life); a serial
  it does not know is answered "not found" from there for `SERIAL_MISS_SECONDS` only, since the device may be
  added to the account later. Customers typing the same serial at once share one call.
- Each customer address (web session, phone, Slack user) makes at most `LOOKUPS_PER_ADDRESS_PER_HOUR` lookups
  that reach the cloud (serial or name); answers from the database are free.
- All customers together make at most `SERIAL_LOOKUPS_PER_HOUR` calls to /v1/serial_numbers (logged when
  reached); past it, product mode filters the product device list instead and user mode is refused.

A refused lookup raises CloudUnavailable("limited"), which the flow takes like a cloud outage. An operator's
lookup (`resolve`) is cached and counted toward the ceiling when given the store, and never bounded per address.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any, Protocol

from bot.clock import Clock
from bot.cloud.cache import DeviceCache, in_flight
from bot.cloud.client import ParticleClient
from bot.cloud.models import StatusEvent
from bot.errors import CloudNotFound, CloudNotInAccount, CloudSeveral, CloudUnavailable

log = logging.getLogger("bot.cloud.service")

HEX24 = re.compile(r"^[0-9a-f]{24}$")
# A serial number as printed on a label: one token of letters and digits (a name like "porch-sensor" is not one).
SERIAL_LIKE = re.compile(r"^(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,20}$")

LOOKUP_WINDOW = 3600.0  # the bounds below are per this many seconds (a sliding hour)
PARTICLE_SERIAL_LIMIT = 50  # GET /v1/serial_numbers per hour per user (docs/particle-facts.md 3.2, 3.6)
SERIAL_LOOKUPS_PER_HOUR = 40  # the bot's ceiling, below Particle's, for every customer together
LOOKUPS_PER_ADDRESS_PER_HOUR = 5  # lookups that reach the cloud, per web session, phone or Slack user
SERIAL_MISS_SECONDS = 600.0  # how long "serial not found" is answered from the database
# Old lookup counts and "not found" answers are deleted at most this often: housekeeping only (the bounds and the
# serial cache read by age), and deleting on every lookup was a transaction of its own, a 20th of a lookup turn.
PRUNE_EVERY = 60.0


class LookupStore(Protocol):
    """Where serial answers are kept and lookups counted: the bot's Store (bot/store/store.py)."""

    def serial_entry(self, serial: str) -> dict[str, Any] | None: ...

    def remember_serial(self, serial: str, device_id: str | None, at: float) -> None: ...

    def record_lookup(self, who: str | None, kind: str, at: float) -> None: ...

    def lookup_times(self, since: float, *, who: str | None = None, kind: str | None = None) -> list[float]: ...

    def prune_lookups(self, before: float, misses_before: float) -> None: ...


# The most units an account may hold for them to be listed to a customer: a larger one may be a fleet holding
# other customers' units.
MAX_ACCOUNT_LISTED = 8


class CloudService:
    """Implements the engine's CloudPort on top of ParticleClient + DeviceCache."""

    def __init__(self, client: ParticleClient, cache: DeviceCache, *, clock: Clock | None = None,
                 serial_ceiling: int = SERIAL_LOOKUPS_PER_HOUR, per_address: int = LOOKUPS_PER_ADDRESS_PER_HOUR,
                 serial_miss_seconds: float = SERIAL_MISS_SECONDS) -> None:
        self.client = client
        self.cache = cache
        self.clock = clock or cache.clock
        self.serial_ceiling = serial_ceiling
        self.per_address = per_address
        self.serial_miss_seconds = serial_miss_seconds
        self._serials: dict[str, asyncio.Task[str]] = {}
        self._ceiling_reported_until = float("-inf")
        self._pruned_at = float("-inf")

    async def get(self, device_id: str) -> dict[str, Any]:
        return (await self.cache.get(device_id.lower())).snapshot()

    async def lookup(self, kind: str, ref: str, *, who: str | None = None,
                     store: LookupStore | None = None) -> dict[str, Any]:
        """The device a customer named by device ID, serial number or name. `who` (channel:address) is the
        customer the per-address bound counts; `store` holds the serial cache and the counts (module doc).
        Unknown => CloudNotFound; cloud failure or a bound reached => CloudUnavailable."""
        if kind == "id" and HEX24.match(ref.lower()):
            return await self._device(ref.lower())
        if kind == "serial":
            return await self._device(await self._serial_device(ref, who, store))
        self._admit(store, who, "name")
        if kind == "list":
            # "which ones do I have?": the account's units to pick from (round 12's customers without the app and
            # without the sticker were handed to support).
            names = await self.client.account_names()
            if not 0 < len(names) <= MAX_ACCOUNT_LISTED:
                # None, or a fleet (an account holding many customers' units): nothing is listed to a customer.
                raise CloudNotFound(f"{len(names)} units on the account: not listed")
            raise CloudSeveral(names)
        # "name_word": the answer to "which unit?", where a word of one unit's name is enough ("the garage one").
        found = await self.client.find_by_name(ref, by_word=kind == "name_word")
        if found is None:
            raise CloudNotFound(f"no device named {ref!r}")
        return await self.get(found.id)

    async def _device(self, device_id: str) -> dict[str, Any]:
        """The device the customer's ID or serial names: a 403/404 on it is CloudNotInAccount; a cloud failure
        carries the ID, so the conversation goes on with it (design 5: keep asking questions, retry later)."""
        try:
            return await self.get(device_id)
        except CloudNotFound as exc:
            raise CloudNotInAccount(str(exc)) from exc
        except CloudUnavailable as exc:
            exc.device_id = device_id
            raise

    async def resolve(self, ref: str, *, store: LookupStore | None = None) -> dict[str, Any]:
        """The device an operator names by 24-hex device ID, serial number or device name (as `lookup` finds
        them for a customer: a serial that is not one is tried as a name). Unknown => CloudNotFound. With the
        bot's `store`, serial answers come from and go to its cache and count toward the hourly ceiling (the
        operator's token shares Particle's 50 an hour with the bot's)."""
        ref = ref.strip()
        if not ref:
            raise CloudNotFound("no device given")
        if HEX24.match(ref.lower()):
            return await self.lookup("id", ref.lower())
        return await self.lookup("serial" if SERIAL_LIKE.match(ref) else "name", ref, store=store)

    def failures(self, device_id: str) -> int:
        """Consecutive failed REST calls for the device (each a separate 5 s window, so each is a retry)."""
        return self.cache.consecutive_failures(device_id.lower())

    def apply_status(self, ev: StatusEvent) -> None:
        self.cache.apply_status(ev)

    # -- serial numbers and the lookup bounds ---------------------------------------------------------------

    async def _serial_device(self, ref: str, who: str | None, store: LookupStore | None) -> str:
        """Device ID for a serial: from the database when Particle answered it before, else one shared call."""
        serial = ref.strip().upper()
        if not serial:
            raise CloudNotFound("empty serial number")
        if store is not None:
            known = store.serial_entry(serial)
            if known is not None and known["device_id"]:
                return str(known["device_id"])
            age = self.clock.now() - known["checked_at"] if known is not None else None
            if age is not None and 0 <= age < self.serial_miss_seconds:
                raise CloudNotFound(f"serial number {serial} not found ({age:.0f} s ago)")
        task = self._serials.get(serial)
        if task is None:  # joining a call already in flight costs no one anything
            endpoint = self._admit(store, who, "serial")
            task = in_flight(self._serials, serial, lambda: self._ask_serial(serial, ref, endpoint, store),
                             f"serial-lookup:{serial}")
        return await asyncio.shield(task)

    async def _ask_serial(self, serial: str, ref: str, endpoint: bool, store: LookupStore | None) -> str:
        try:
            device_id = (await self.client.lookup_serial(serial, endpoint=endpoint)).lower()
        except CloudNotFound:
            # A customer may type a device *name* that looks like a serial; try it as a name too.
            found = await self.client.find_by_name(ref)
            if found is not None:
                return found.id  # a name can change: not kept
            if store is not None:
                store.remember_serial(serial, None, self.clock.now())
            raise
        if store is not None:
            store.remember_serial(serial, device_id, self.clock.now())
        return device_id

    def _admit(self, store: LookupStore | None, who: str | None, kind: str) -> bool:
        """Count a lookup about to reach the cloud, or raise CloudUnavailable("limited") when `who` has had its
        lookups this hour. For a serial, returns whether /v1/serial_numbers may be called (False: the hourly
        ceiling is reached and product mode looks in the product device list instead; user mode raises)."""
        if store is None:
            return True
        now = self.clock.now()
        since = now - LOOKUP_WINDOW
        if not 0 <= now - self._pruned_at < PRUNE_EVERY:
            store.prune_lookups(since, now - self.serial_miss_seconds)
            self._pruned_at = now
        if who is not None:
            mine = store.lookup_times(since, who=who)
            if len(mine) >= self.per_address:
                free = mine[-self.per_address] + LOOKUP_WINDOW - now
                raise CloudUnavailable(
                    "limited", f"{len(mine)} device lookups for this customer in the last hour (at most "
                    f"{self.per_address}), Particle Cloud not asked", retry_after=free)
        endpoint = True
        if kind == "serial":
            used = store.lookup_times(since, kind="serial")
            if len(used) >= self.serial_ceiling:
                endpoint = False
                free = used[-self.serial_ceiling] + LOOKUP_WINDOW - now
                self._report_ceiling(now, len(used), free)
                if not self.client.product_mode:
                    raise CloudUnavailable(
                        "limited", f"the bot's {self.serial_ceiling} serial-number lookups an hour are used up, "
                        "Particle Cloud not asked", retry_after=free)
        store.record_lookup(who, kind if endpoint else "list", now)
        return endpoint

    def _report_ceiling(self, now: float, used: int, free: float) -> None:
        """Log once each time the hourly ceiling is reached (not on every refused lookup)."""
        if now < self._ceiling_reported_until:
            return
        self._ceiling_reported_until = now + free
        log.warning(
            "particle.serial_ceiling_reached lookups=%d in the last hour (ceiling %d, Particle allows %d): %s for "
            "the next %.0f s", used, self.serial_ceiling, PARTICLE_SERIAL_LIMIT,
            "serial numbers are looked up in the product device list" if self.client.product_mode
            else "customers' serial-number lookups are refused", free)
