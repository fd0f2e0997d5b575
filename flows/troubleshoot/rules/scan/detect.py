"""Format detection and the dispatching parse: `detect_format`, `parse_scan` and the unguarded `_parse`.

Each detector is a cheap look at the whole text; the first that matches picks the parser, and the generic
line parser is the fallback both for unknown text and for a recognised format that yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .android import _parse_android, join_split_heads
from .apple import _parse_ios, _parse_macos
from .blocks import merge_blocks
from .generic import _parse_generic
from .iwlist import CELL_RE, parse_iwlist
from .linux import _NMCLI_TERSE_MAC, _parse_iw, _parse_nmcli, nmcli_rows_present
from .model import _MAC, _MAC_RE, ScannedNetwork
from .network_analyzer import looks_like_share, parse_network_analyzer
from .table import has_table
from .windows import _parse_netsh

FORMATS: tuple[str, ...] = (
    "android_wifi_analyzer",
    "network_analyzer_share",
    "ios_airport_utility",
    "macos_wifi_diagnostics",
    "windows_netsh",
    "linux_nmcli",
    "linux_iw",
    "linux_iwlist",
    "generic",
)

# A real readout is a few kB; anything past this is not a scan and would only cost time.
MAX_TEXT_CHARS = 256_000
MAX_LINE_CHARS = 600
MAX_NETWORKS = 400

_DETECTORS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    (
        "windows_netsh",
        lambda t: (
            bool(re.search(r"^\s*SSID\s+\d+\s*:", t, re.M))
            and bool(
                re.search(
                    r"^\s*(?:BSSID\s+\d+|Authenti\w+|Network type|Netzwerktyp|Type de réseau)\s*:",
                    t,
                    re.M | re.I,
                )
            )
        ),
    ),
    (
        "linux_iw",
        lambda t: (
            bool(re.search(rf"^\s*BSS\s+{_MAC}", t, re.M))
            and bool(re.search(r"^\s*(?:freq|signal|SSID):", t, re.M))
        ),
    ),
    ("linux_iwlist", lambda t: bool(CELL_RE.search(t))),
    (
        "macos_wifi_diagnostics",
        lambda t: (
            bool(re.search(r"\bSSID\s+BSSID\s+RSSI\s+CHANNEL", t))
            or bool(re.search(r"^\s*(?:PHY Mode|Signal / Noise):", t, re.M))
        ),
    ),
    (
        "android_wifi_analyzer",
        lambda t: (
            "SSID|BSSID" in t.replace(" ", "")
            or bool(
                re.search(rf"\({_MAC}\)\s*$", "\n".join(join_split_heads(t.split("\n"))), re.M)
                and re.search(r"dBm|\bCH\s*\d|MHz|\[(?:WPA|RSN|ESS|WEP)", t)
            )
        ),
    ),
    ("network_analyzer_share", looks_like_share),
    (
        "linux_nmcli",
        lambda t: (
            bool(
                re.search(r"^.*\bBSSID\b.*$", t, re.M)
                and re.search(
                    r"^(?=.*(?<![\w-])SSID\b)(?=.*\bBSSID\b)(?=.*\b(?:CHAN|SIGNAL|SECURITY|FREQ|BARS|RATE)\b).*$",
                    t,
                    re.M,
                )
            )
            or bool(re.search(_NMCLI_TERSE_MAC, t))
            or nmcli_rows_present(t)
        ),
    ),
    # A typed table with a header row names its columns, so it is read as one even when it also has the BSSID,
    # "RSSI" and "Channel" that would otherwise make it look like AirPort Utility rows.
    ("generic", has_table),
    (
        "ios_airport_utility",
        lambda t: bool(
            _MAC_RE.search(t) and re.search(r"\bRSSI\b", t) and re.search(r"\bChannel\b", t, re.I)
        ),
    ),
)
_PARSERS: dict[str, Callable[[list[str]], list[ScannedNetwork]]] = {
    "android_wifi_analyzer": _parse_android,
    "ios_airport_utility": _parse_ios,
    "macos_wifi_diagnostics": _parse_macos,
    "windows_netsh": _parse_netsh,
    "linux_nmcli": _parse_nmcli,
    "linux_iw": _parse_iw,
    "linux_iwlist": parse_iwlist,
    "network_analyzer_share": parse_network_analyzer,
    "generic": _parse_generic,
}


def _prepare(text: object) -> tuple[str, list[str]]:
    if not isinstance(text, str):
        return "", []
    text = text[:MAX_TEXT_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    # Chat apps turn aligned spaces into no-break spaces and prefix quoted pastes with "> ".
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    lines = [ln[2:] if ln.startswith("> ") else ln for ln in text.split("\n")]
    lines = [ln for ln in lines if len(ln) <= MAX_LINE_CHARS]
    return "\n".join(lines), lines


def detect_format(text: str) -> str | None:
    """Name the scanner format of a pasted readout (one of `FORMATS`); None when nothing looks like a scan."""
    try:
        joined, lines = _prepare(text)
        return _detect(joined, lines)
    except Exception:  # noqa: BLE001 - customer text must never break the conversation
        return None


def _detect(joined: str, lines: list[str]) -> str | None:
    if not joined.strip():
        return None
    for name, matches in _DETECTORS:
        if matches(joined):
            return name
    return "generic" if _parse_generic(lines) else None


def _parse(text: str) -> list[ScannedNetwork]:
    """Parse without the safety net; tests call this so malformed input is handled, not merely swallowed."""
    joined, lines = _prepare(text)
    fmt = _detect(joined, lines)
    if fmt in (None, "generic") and (blocks := merge_blocks(lines)) is not None:
        fmt, lines = "generic", blocks  # a name line, its values below (a blind exploratory round)
    if fmt is None:
        return []
    networks = _PARSERS[fmt](lines)
    if not networks and fmt != "generic":
        networks = _parse_generic(lines)
    unique: list[ScannedNetwork] = []
    seen: set[str] = set()
    for net in networks:
        # Only a BSSID identifies a radio: two rows without one (masked or not shown) that read the same are
        # still two radios, e.g. two access points of one mesh seen at the same strength.
        if net.bssid:
            if net.bssid in seen:
                continue  # the same radio pasted twice
            seen.add(net.bssid)
        unique.append(net)
    return unique[:MAX_NETWORKS]


def parse_scan(text: str) -> list[ScannedNetwork]:
    """Extract one `ScannedNetwork` per radio from a pasted readout; ``[]`` when nothing can be read."""
    try:
        return _parse(text)
    except Exception:  # noqa: BLE001 - customer text must never break the conversation; [] means "ask instead"
        return []
