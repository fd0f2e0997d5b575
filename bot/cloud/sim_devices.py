"""The simulated cloud's demo devices: eight Particle devices, one per case the demo and the tests show.

Each entry is a device as the product endpoint returns it (docs/particle-facts.md 3.3); `PRODUCT_ONLY_FIELDS` names
the fields the user endpoints leave out. `SimCloud` copies these, so changing a simulated device never changes
this table.
"""

from __future__ import annotations

from typing import Any

# Fields only the product endpoints return (docs/particle-facts.md 3.3, "product endpoint only" / "product only").
PRODUCT_ONLY_FIELDS = frozenset({
    "quarantined", "denied", "development", "firmware_version", "desired_firmware_version",
    "targeted_firmware_release_version", "groups", "firmware_updates_enabled", "firmware_updates_forced",
})

DEMO_OWNER = "customer@example.com"

DEMO_DEVICES: list[dict[str, Any]] = [
    {   # 1. The seed case: provisioned fine, flashing green at a site with one name on 2.4 and 5 GHz.
        "id": "3c002a000c47363433353735", "name": "porch-sensor", "owner": DEMO_OWNER,
        "platform_id": 6, "product_id": 6, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "PHHAAB830ABCDEF", "mac_wifi": "6c:0b:84:4a:12:7e",
        "last_heard": "2026-11-20T18:04:11.532Z", "last_handshake_at": "2026-11-20T17:12:40.118Z",
        "last_ip_address": "73.162.40.18", "system_firmware_version": "2.3.1", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 2. Argon, offline, claimed.
        "id": "e00fce6812ab34cd56ef7890", "name": "garage-door", "owner": DEMO_OWNER,
        "platform_id": 12, "product_id": 12, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "ARNKAB812MJ7RPC", "mac_wifi": "a4:cf:12:8d:33:90",
        "last_heard": "2026-11-21T07:45:02.004Z", "last_handshake_at": "2026-11-21T07:40:55.610Z",
        "last_ip_address": "98.207.11.54", "system_firmware_version": "5.8.0", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 3. P2, offline, claimed.
        "id": "0a10aced202194944a0459c8", "name": "kitchen-hub", "owner": DEMO_OWNER,
        "platform_id": 32, "product_id": 32, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "P2MKAB4309QXJ6W", "mac_wifi": "f8:b5:4d:20:71:c3",
        "last_heard": "2026-11-19T22:10:37.880Z", "last_handshake_at": "2026-11-19T21:58:03.290Z",
        "last_ip_address": "24.5.188.201", "system_firmware_version": "5.9.0", "firmware_version": 6,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 4. Photon 2, ONLINE: the "it already works" case.
        "id": "0a10aced202194944a0466f1", "name": "living-room", "owner": DEMO_OWNER,
        "platform_id": 32, "product_id": 32, "online": True, "connected": True, "cellular": False,
        "status": "normal", "serial_number": "P2KHAC5127LMN3T", "mac_wifi": "f8:b5:4d:20:9a:14",
        "last_heard": "2026-11-24T09:31:26.415Z", "last_handshake_at": "2026-11-24T06:02:17.730Z",
        "last_ip_address": "73.162.40.18", "system_firmware_version": "5.9.0", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 5. Unclaimed Photon (no `owner` key at all, as in the product-list example), offline.
        "id": "3a0027001847363336383438", "name": "spare-photon",
        "platform_id": 6, "product_id": 6, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "PHHAAB830GHJKLM", "mac_wifi": "6c:0b:84:4a:5f:02",
        "last_heard": "2026-10-02T14:20:09.002Z", "last_handshake_at": "2026-10-02T14:19:51.774Z",
        "last_ip_address": "50.201.77.12", "system_firmware_version": "2.3.1", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": [], "notes": None, "functions": [], "variables": {},
    },
    {   # 6. Quarantined product device (an Argon the product has not approved yet), offline.
        "id": "e00fce68a7c3d9e1b2f40577", "name": "lab-prototype", "owner": DEMO_OWNER,
        "platform_id": 12, "product_id": 12, "online": False, "connected": False, "cellular": False,
        "status": "normal", "serial_number": "ARNKAB812QRT5VW", "mac_wifi": "a4:cf:12:8d:40:1b",
        "last_heard": "2026-11-22T11:02:45.310Z", "last_handshake_at": "2026-11-22T11:02:40.006Z",
        "last_ip_address": "174.52.9.230", "system_firmware_version": "5.8.0", "firmware_version": None,
        "targeted_firmware_release_version": None, "development": False, "quarantined": True, "denied": False,
        "groups": [], "notes": None, "functions": [], "variables": {},
    },
    {   # 7. Boron (cellular), offline.
        "id": "e00fce68b91d2c3e4f5a6b7c", "name": "field-tracker", "owner": DEMO_OWNER,
        "platform_id": 13, "product_id": 13, "online": False, "connected": False, "cellular": True,
        "status": "normal", "serial_number": "B40KAB819XYZ12A", "iccid": "89014103271234567890",
        "imei": "352753091234567", "last_heard": "2026-11-23T03:15:44.120Z",
        "last_handshake_at": "2026-11-23T01:47:12.905Z", "last_ip_address": "176.83.143.73",
        "system_firmware_version": "5.8.0", "firmware_version": 7, "targeted_firmware_release_version": 7,
        "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
    {   # 8. Argon in safe mode (breathing magenta): online, but its application is not running.
        "id": "e00fce68c4d5e6f708192a3b", "name": "shed-monitor", "owner": DEMO_OWNER,
        "platform_id": 12, "product_id": 12, "online": True, "connected": True, "cellular": False,
        "status": "safe_mode", "serial_number": "ARNKAB812WXY7ZA", "mac_wifi": "a4:cf:12:8d:52:e6",
        "last_heard": "2026-11-24T09:30:58.007Z", "last_handshake_at": "2026-11-24T09:29:31.442Z",
        "last_ip_address": "98.207.11.54", "system_firmware_version": "4.2.0", "firmware_version": 7,
        "targeted_firmware_release_version": 7, "development": False, "quarantined": False, "denied": False,
        "groups": ["customers"], "notes": None, "functions": [], "variables": {},
    },
]
