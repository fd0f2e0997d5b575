"""Text shared from the "Network Analyzer" app (Techet, Android and iOS): one block per network.

Each block is the network name on a line of its own followed by "- Key: value" lines:

    hamid
    - BSSID: a8:5e:45:f6:3e:28
    - Band: 2.4 GHz
    - Primary Channel: 2
    - Primary Channel Frequency: 2417 MHz
    - Channel Width: 20 MHz
    - Signal Strength: -88 dBm
    - Encryption: WPA2 (AES)
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import _MAC, ScannedNetwork, _band_text, _Draft, _first, _freq_text, _int, _norm_security

FIELD_RE = lazy(r"^\s*-\s+(?P<key>[A-Za-z][A-Za-z0-9 ./-]*?)\s*:\s*(?P<value>.*?)\s*$")
BSSID_LINE_RE = lazy(rf"^\s*-\s+BSSID\s*:\s*{_MAC}", re.M)
# The keys that make a "- Key: value" block a network (and not a bulleted list in a message).
_DETAIL_KEYS_RE = lazy(
    r"^\s*-\s+(?:Primary Channel|Signal Strength|Encryption|Channel Width)\s*:", re.M
)


def looks_like_share(text: str) -> bool:
    """True for a Network Analyzer share: BSSID lines and the app's own detail keys, both as "- Key:" lines."""
    return bool(BSSID_LINE_RE.search(text) and _DETAIL_KEYS_RE.search(text))


def parse_network_analyzer(lines: list[str]) -> list[ScannedNetwork]:
    """One network per name line followed by its "- Key: value" lines."""
    out: list[ScannedNetwork] = []
    fields: dict[str, str] | None = None
    name: str | None = None
    previous: str | None = None  # the last non-blank, non-field line: the name of the block that follows
    for line in lines:
        if not line.strip():
            continue
        if not (fld := FIELD_RE.match(line)):
            previous = line
            continue
        if previous is not None:
            # The first field line after a name line opens a new block.
            if fields is not None:
                out.append(_network(name, fields))
            name, fields, previous = previous, {}, None
        if fields is not None:
            fields.setdefault(fld.group("key").lower(), fld.group("value"))
    if fields is not None:
        out.append(_network(name, fields))
    return out


def _network(name: str | None, fields: dict[str, str]) -> ScannedNetwork:
    width = fields.get("channel width", "")
    return _Draft(
        ssid=name,
        bssid=fields.get("bssid"),
        band=_band_text(fields.get("band", "")),
        channel=_int(_first(r"(\d{1,3})", fields.get("primary channel", "") or fields.get("channel", ""))),
        freq=_freq_text(fields.get("primary channel frequency") or fields.get("frequency")),
        width=_int(_first(r"(\d{2,3})\s*MHz", width)),
        signal=_int(_first(r"(-\d{1,3})\s*dBm", fields.get("signal strength", ""))),
        security=_norm_security(_first(r"^([^(]*)", fields.get("encryption", ""))),
    ).build()
