"""Typed views of Particle Cloud payloads, parsed at the boundary so nothing else sees raw JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# design.md 6.1 "platform" (contract); source: particle-facts.md 3.3
PLATFORMS: dict[int, str] = {
    6: "photon", 8: "p1", 10: "electron", 12: "argon", 13: "boron", 15: "esomx", 22: "asom", 23: "bsom",
    25: "b5som", 26: "tracker", 28: "trackerm", 32: "p2", 35: "msom",
}
CELLULAR_PLATFORMS = {"electron", "boron", "esomx", "bsom", "b5som", "tracker", "trackerm", "msom"}
# Human names for the customer and for support.
PLATFORM_LABELS: dict[str, str] = {
    "photon": "Photon", "p1": "P1", "electron": "Electron", "argon": "Argon", "boron": "Boron",
    "esomx": "E SoM X", "asom": "A SoM", "bsom": "B SoM", "b5som": "B5 SoM", "tracker": "Tracker",
    "trackerm": "Tracker M", "p2": "P2 / Photon 2", "msom": "M-SoM",
}


@dataclass(frozen=True)
class DeviceInfo:
    """What the bot uses from a device object (GET /v1/devices/:id or the product form)."""

    id: str
    name: str | None = None
    platform_id: int | None = None
    online: bool = False
    owner: str | None = None
    cellular: bool = False
    status: str | None = None  # "normal" | "safe_mode"
    quarantined: bool = False
    denied: bool = False
    last_heard: str | None = None
    last_handshake_at: str | None = None
    last_ip_address: str | None = None
    mac_wifi: str | None = None
    serial_number: str | None = None
    system_firmware_version: str | None = None
    firmware_version: int | None = None
    targeted_firmware_release_version: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def platform(self) -> str | None:
        return PLATFORMS.get(self.platform_id) if self.platform_id is not None else None

    @property
    def claimed(self) -> bool:
        return bool(self.owner)

    @property
    def is_cellular(self) -> bool:
        return self.cellular or (self.platform in CELLULAR_PLATFORMS)

    def snapshot(self) -> dict[str, Any]:
        """JSON-able dict handed to flows (flows never import this module)."""
        d = asdict(self)
        d.pop("extra", None)
        d.update(platform=self.platform, claimed=self.claimed, is_cellular=self.is_cellular)
        return d


@dataclass(frozen=True)
class StatusEvent:
    """A `spark/status` event from the stream: the device went online or offline."""

    device_id: str
    online: bool
    published_at: str | None = None
