"""Typed views of Particle Cloud payloads, parsed at the boundary so nothing else sees raw JSON."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

# design.md 6.1 "platform" (contract); source: docs/particle-facts.md 3.3
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
    # Reported by the product endpoints only (docs/particle-facts.md 3.3): None when the answer came from a user
    # endpoint, which cannot tell, so no one says "nothing is blocking it" on no evidence (explore13's n02).
    quarantined: bool | None = None
    denied: bool | None = None
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

    @classmethod
    def from_api(cls, d: Any) -> DeviceInfo:
        """Parse a device object from GET /v1/devices/:id, the product form, or a device list entry.

        Tolerant of what the API and its proxies have been seen to send (docs/particle-facts.md 3.3): numbers as
        strings, booleans as strings, missing keys, `connected` (deprecated alias) instead of `online`, and an
        unclaimed device with `owner` missing, null or "" (all three mean unclaimed). Raises ValueError when
        the payload is not a device object (not a dict, no usable `id`, or a field of an impossible type).
        """
        if not isinstance(d, dict):
            raise ValueError(f"device object is {type(d).__name__}, not an object")
        device_id = _opt_str(d, "id")
        if not device_id:
            raise ValueError("device object has no id")
        online = _opt_bool(d, "online")
        if online is None:
            online = _opt_bool(d, "connected")
        known = {f.name for f in fields(cls)} | {"connected"}
        return cls(
            id=device_id,
            name=_opt_str(d, "name"),
            platform_id=_opt_int(d, "platform_id"),
            online=bool(online),
            owner=_opt_str(d, "owner") or None,
            cellular=bool(_opt_bool(d, "cellular")),
            status=_opt_str(d, "status"),
            quarantined=_opt_bool(d, "quarantined"),
            denied=_opt_bool(d, "denied"),
            last_heard=_opt_str(d, "last_heard"),
            last_handshake_at=_opt_str(d, "last_handshake_at"),
            last_ip_address=_opt_str(d, "last_ip_address"),
            mac_wifi=_opt_str(d, "mac_wifi"),
            serial_number=_opt_str(d, "serial_number"),
            system_firmware_version=_opt_str(d, "system_firmware_version"),
            firmware_version=_opt_int(d, "firmware_version"),
            targeted_firmware_release_version=_opt_int(d, "targeted_firmware_release_version"),
            extra={k: v for k, v in d.items() if k not in known},
        )

    def snapshot(self) -> dict[str, Any]:
        """JSON-able dict handed to flows (flows never import this module)."""
        # Every field but `extra` is a scalar: read them directly (dataclasses.asdict deep-copies each value, and
        # this runs on every cloud check of every customer's answer).
        d = {name: getattr(self, name) for name in _SNAPSHOT_FIELDS}
        d.update(platform=self.platform, claimed=self.claimed, is_cellular=self.is_cellular,
                 platform_label=PLATFORM_LABELS.get(self.platform or "", self.platform))
        return d


_SNAPSHOT_FIELDS = tuple(f.name for f in fields(DeviceInfo) if f.name != "extra")


@dataclass(frozen=True)
class StatusEvent:
    """A `spark/status` event from the stream: the device went online or offline."""

    device_id: str
    online: bool
    published_at: str | None = None


# Field coercion for DeviceInfo.from_api. None means "absent"; a value of a type that cannot mean the field
# (a list where a name belongs, "maybe" for a boolean) is a ValueError, which the client reports as bad_response.


def _opt_str(d: dict[str, Any], key: str) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, str | int | float):
        raise ValueError(f"{key}: expected a string, got {type(v).__name__}")
    return str(v).strip()


def _opt_int(d: dict[str, Any], key: str) -> int | None:
    v = d.get(key)
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ValueError(f"{key}: expected a number, got a boolean")
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        try:
            return int(v.strip())
        except ValueError:
            raise ValueError(f"{key}: expected a number, got {v!r}") from None
    raise ValueError(f"{key}: expected a number, got {type(v).__name__}")


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no", ""}


def _opt_bool(d: dict[str, Any], key: str) -> bool | None:
    v = d.get(key)
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, int) and v in (0, 1):
        return bool(v)
    if isinstance(v, str) and v.strip().lower() in _TRUE | _FALSE:
        return v.strip().lower() in _TRUE
    raise ValueError(f"{key}: expected a boolean, got {v!r}")
