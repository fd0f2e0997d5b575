"""The engine's view of Particle Cloud: device snapshots through the rate-limited cache, and device lookup."""

from __future__ import annotations

import re
from typing import Any

from bot.cloud.cache import DeviceCache
from bot.cloud.client import ParticleClient
from bot.cloud.models import StatusEvent
from bot.errors import CloudNotFound

HEX24 = re.compile(r"^[0-9a-f]{24}$")


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

    def failures(self, device_id: str) -> int:
        """Consecutive failed REST calls for the device (each a separate 5 s window, so each is a retry)."""
        return self.cache.consecutive_failures(device_id.lower())

    def apply_status(self, ev: StatusEvent) -> None:
        self.cache.apply_status(ev)
