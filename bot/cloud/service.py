"""The engine's view of Particle Cloud: device snapshots through the rate-limited cache, and device lookup."""

from __future__ import annotations

import re
from typing import Any

from bot.cloud.cache import DeviceCache
from bot.cloud.client import ParticleClient
from bot.cloud.models import StatusEvent
from bot.errors import CloudNotFound

HEX24 = re.compile(r"^[0-9a-f]{24}$")
# A serial number as printed on a label: one token of letters and digits (a name like "porch-sensor" is not one).
SERIAL_LIKE = re.compile(r"^(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,20}$")


class CloudService:
    """Implements the engine's CloudPort on top of ParticleClient + DeviceCache."""

    def __init__(self, client: ParticleClient, cache: DeviceCache) -> None:
        self.client = client
        self.cache = cache

    async def get(self, device_id: str) -> dict[str, Any]:
        return (await self.cache.get(device_id.lower())).snapshot()

    async def lookup(self, kind: str, ref: str) -> dict[str, Any]:
        if kind == "id" and HEX24.match(ref.lower()):
            return await self.get(ref.lower())
        if kind == "serial":
            try:
                device_id = await self.client.lookup_serial(ref)
            except CloudNotFound:
                # A customer may type a device *name* that looks like a serial; try it as a name too.
                found = await self.client.find_by_name(ref)
                if found is None:
                    raise
                return await self.get(found.id)
            return await self.get(device_id)
        found = await self.client.find_by_name(ref)
        if found is None:
            raise CloudNotFound(f"no device named {ref!r}")
        return await self.get(found.id)

    async def resolve(self, ref: str) -> dict[str, Any]:
        """The device an operator names by 24-hex device ID, serial number or device name (as `lookup` finds
        them for a customer: a serial that is not one is tried as a name). Unknown => CloudNotFound."""
        ref = ref.strip()
        if not ref:
            raise CloudNotFound("no device given")
        if HEX24.match(ref.lower()):
            return await self.lookup("id", ref.lower())
        return await self.lookup("serial" if SERIAL_LIKE.match(ref) else "name", ref)

    def failures(self, device_id: str) -> int:
        """Consecutive failed REST calls for the device (each a separate 5 s window, so each is a retry)."""
        return self.cache.consecutive_failures(device_id.lower())

    def apply_status(self, ev: StatusEvent) -> None:
        self.cache.apply_status(ev)
