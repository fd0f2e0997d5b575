"""Linux wireless-tools `iwlist wlan0 scan`: one "Cell NN - Address: <mac>" block per radio.

Each cell lists "Key:value" lines (Channel, Frequency, Quality/Signal level, Encryption key, ESSID) and then
the information elements ("IE: IEEE 802.11i/WPA2 Version 1" with its Authentication Suites). People paste it
whole, filtered through `grep` (only some of the lines), or quoted with ">", so every line is optional.
iwlist does not decode the HT/VHT elements, so the channel width is never known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flows.lazy_re import lazy

from .linux import _iw_unescape
from .model import _MAC, ScannedNetwork, _Draft, _freq_text, _int, _pct_to_dbm, suite_security

CELL_RE = lazy(rf"^[\s>]*Cell\s+\d+\s*-\s*Address:\s*(?P<bssid>{_MAC})", re.M)
_ESSID_RE = lazy(r'^ESSID:"(?P<name>.*)"\s*$')
_SIGNAL_DBM_RE = lazy(r"Signal level\s*[=:]\s*(-?\d{1,3})(?:\.\d+)?\s*dBm", re.I)
_SIGNAL_RATIO_RE = lazy(r"Signal level\s*[=:]\s*(\d{1,3})\s*/\s*(\d{1,3})", re.I)
# wireless-tools names only the first AKM suites and prints the rest as "Unknown (N)"; N is the IEEE 802.11
# suite type, so the numbers still tell PSK, SAE and 802.1X apart.
_AKM_NUMBERS = {
    "1": "802.1x",
    "2": "PSK",
    "3": "802.1x",
    "4": "PSK",
    "5": "802.1x",
    "6": "PSK",
    "8": "SAE",
    "9": "SAE",
    "11": "802.1x",
    "12": "802.1x",
    "13": "802.1x",
    "18": "OWE",
}


@dataclass
class _Cell:
    """What one cell showed, before it is turned into a network."""

    draft: _Draft
    key_on: bool | None = None
    elements: dict[str, list[str]] = field(default_factory=dict)
    element: str | None = None


def parse_iwlist(lines: list[str]) -> list[ScannedNetwork]:
    """One network per "Cell NN - Address:" block."""
    out: list[ScannedNetwork] = []
    cell: _Cell | None = None
    for line in lines:
        if head := CELL_RE.match(line):
            if cell is not None:
                out.append(_finish(cell))
            cell = _Cell(_Draft(bssid=head.group("bssid"), exact_ssid=True))
            continue
        if cell is not None:
            _cell_line(cell, line.lstrip(" \t>").strip())
    if cell is not None:
        out.append(_finish(cell))
    return out


def _cell_line(cell: _Cell, text: str) -> None:
    draft = cell.draft
    if m := _ESSID_RE.match(text):
        # Quoted, so spaces at either end are part of the name; non-printable bytes arrive as \xNN.
        draft.ssid = _iw_unescape(m.group("name"))
    elif m := re.match(r"^Channel\s*[:=]\s*(\d{1,3})", text):
        draft.channel = int(m.group(1))
    elif m := re.match(r"^Frequency\s*[:=]\s*([\d.]+\s*[GM]Hz)(?:\s*\(Channel\s+(\d{1,3})\))?", text):
        draft.freq = _freq_text(m.group(1))
        draft.channel = draft.channel or _int(m.group(2))
    elif m := re.match(r"^Encryption key\s*:\s*(on|off)", text, re.I):
        cell.key_on = m.group(1).lower() == "on"
    elif text.startswith("IE:"):
        cell.element = _element_name(text)
        if cell.element:
            cell.elements.setdefault(cell.element, [])
    elif cell.element and (m := re.match(r"^Authentication Suites\s*\(\d+\)\s*:\s*(.*)$", text, re.I)):
        cell.elements[cell.element] = _akm_names(m.group(1))
    if "Signal level" in text:
        draft.signal = _signal(text)


def _element_name(text: str) -> str | None:
    """The element a "IE:" line opens: RSN (WPA2), WPA, or None for the undecoded "IE: Unknown: ..." ones."""
    if re.search(r"802\.11i|WPA2", text):
        return "RSN"
    if re.search(r"\bWPA\b", text):
        return "WPA"
    return None


def _akm_names(raw: str) -> list[str]:
    names = re.sub(r"unknown\s*\((\d+)\)", lambda m: _AKM_NUMBERS.get(m.group(1), ""), raw, flags=re.I)
    return names.split()


def _signal(text: str) -> int | None:
    if m := _SIGNAL_DBM_RE.search(text):
        return int(m.group(1))
    # Some drivers report "Signal level=60/100": a percentage, converted like nmcli's and netsh's.
    if (m := _SIGNAL_RATIO_RE.search(text)) and int(m.group(2)) > 0:
        return _pct_to_dbm(round(100 * int(m.group(1)) / int(m.group(2))))
    return None


def _finish(cell: _Cell) -> ScannedNetwork:
    cell.draft.security = _security(cell)
    return cell.draft.build()


def _security(cell: _Cell) -> str | None:
    if cell.key_on is False:
        return "open"
    found = suite_security(" ".join(cell.elements.get("RSN", [])), " ".join(cell.elements.get("WPA", [])),
                           "RSN" in cell.elements, "WPA" in cell.elements)
    # Encryption on without a WPA/WPA2 element is how iwlist shows WEP; with neither line (a grep that kept
    # only the names) the security is simply not shown.
    return found or ("wep" if cell.key_on else None)
