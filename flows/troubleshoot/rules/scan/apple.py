"""Apple scanner readouts: iOS AirPort Utility "Wi-Fi Scan", and macOS `system_profiler` / `airport -s`."""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import (
    _MAC,
    _MAC_RE,
    ScannedNetwork,
    _band_text,
    _Draft,
    _first,
    _int,
    _norm_security,
    _width_from_apple_channel,
)

# ----------------------------------------------------------------------------------------------------------
# iOS AirPort Utility "Wi-Fi Scan": one row per radio, or a block per radio when copied line by line.
# It never shows security; the channel carries the width ("6,+1", "36,80").

_IOS_CHANNEL_RE = lazy(r"Channel\s*:?\s*(\d{1,3})(?:\s*,\s*([+-]?\d{1,3}))?", re.I)
_IOS_RSSI_RE = lazy(r"(?:RSSI|Signal(?: strength| level)?)\s*:?\s*(-?\d{1,3})", re.I)
# A block's field lines. Security is not the app's (it shows none) but customers add it from the phone's or router's
# settings (explore13's n16: "Security: WPA3 Personal" at the end of c11's paste was read as another network's name).
_IOS_FIELD_RE = lazy(r"^(?:BSSID|RSSI|Channel|Last Seen|Noise|Seen|Security|Encryption|Authentication|Auth|Signal"
                     r"|Band|Frequency|Mode|PHY)\b", re.I)
_IOS_SECURITY_RE = lazy(r"(?:Security|Encryption|Authentication|Auth)(?: type| mode)?\s*[:-]?\s*((?:WPA\d?|WEP|Open|None)"
                        r"[^\n]*?)(?=\s{2,}|\s+BSSID|$)", re.I)
# A list marker before a line ("- BSSID: ...", "• RSSI: -52").
_BULLET_RE = lazy(r"^(?:[-*•·>]+|\d+[.)])\s+")
# The name line as some customers label it: "SSID: Casa Nest", "Network name: Casa Nest".
_IOS_NAME_LABEL_RE = lazy(r"^(?:SSID|Network(?: name)?|Name|Wi-?Fi(?: name)?)\s*:\s*", re.I)


def _parse_ios(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    pending_name: str | None = None
    pending_fields: list[str] = []  # field lines between a name and its BSSID ("Security: WPA3" typed first)
    draft: _Draft | None = None
    for line in lines:
        text = _BULLET_RE.sub("", line.strip())
        if not text:
            continue
        mac = _MAC_RE.search(text)
        if mac:
            if draft:
                out.append(draft.build())
            before = re.sub(r"BSSID\s*:?\s*$", "", text[: mac.start()], flags=re.I).strip()
            # Row form carries the name before the BSSID; block form had it on the line above. No name =
            # hidden.
            row_form = bool(re.search(r"RSSI|Channel", text[mac.end() :], re.I))
            name = before if row_form else (before or pending_name or "")
            # "MeshHome  RSSI -67  Channel 1  Security WPA2 Personal  BSSID 4A:..." (round 12): the values come
            # before the BSSID, and the name ends where they start.
            fields_at = re.search(r"\s(?:RSSI|Channel|Security)\b", before, re.I)
            if fields_at and fields_at.start() > 0:
                name = before[: fields_at.start()].strip()
            draft = _Draft(ssid=name, bssid=mac.group(0))
            for field in pending_fields:
                _ios_fields(draft, field)
            pending_name, pending_fields = None, []
            _ios_fields(draft, text[mac.end() :] if not fields_at else before[fields_at.start() :])
            continue
        if _IOS_FIELD_RE.match(text) and (draft is not None or pending_name is not None):
            if pending_name is not None:
                pending_fields.append(text)  # the name is above: the field is the next block's
            elif draft is not None:
                _ios_fields(draft, text)
            continue
        pending_name, pending_fields = _IOS_NAME_LABEL_RE.sub("", text), []
    if draft:
        out.append(draft.build())
    return out


def _ios_fields(draft: _Draft, text: str) -> None:
    if m := _IOS_SECURITY_RE.search(text):
        draft.security = _norm_security(m.group(1))
    if m := _IOS_RSSI_RE.search(text):
        draft.signal = int(m.group(1))
    if m := _IOS_CHANNEL_RE.search(text):
        draft.channel = int(m.group(1))
        draft.width = _width_from_apple_channel(m.group(2))


# ----------------------------------------------------------------------------------------------------------
# macOS: `system_profiler SPAirPortDataType` blocks, and the older `airport -s` table.

_MAC_HEADER_RE = lazy(r"^(?P<name>\S.*?):\s*$")
_MAC_FIELD_RE = lazy(r"^(?P<key>[A-Za-z][A-Za-z /-]*?)\s*:\s*(?P<value>.*)$")
_MAC_NET_KEYS = frozenset({"phy mode", "channel", "network type", "security", "signal / noise", "bssid"})
_AIRPORT_ROW_RE = lazy(
    rf"^\s*(?P<ssid>.*?)\s*(?P<bssid>{_MAC})\s+(?P<rssi>-?\d{{1,3}})\s+(?P<chan>\d{{1,3}}(?:,[+-]?\d{{1,3}})?)"
    r"\s+(?P<ht>[YN])\s+(?P<cc>\S+)\s*(?P<sec>.*)$"
)


def _parse_macos(lines: list[str]) -> list[ScannedNetwork]:
    if any(re.search(r"\bSSID\s+BSSID\s+RSSI\s+CHANNEL", ln) for ln in lines):
        out: list[ScannedNetwork] = []
        for line in lines:
            row = _AIRPORT_ROW_RE.match(line)
            if not row:
                continue
            out.append(
                _Draft(
                    ssid=row.group("ssid"),
                    bssid=row.group("bssid"),
                    signal=_int(row.group("rssi")),
                    channel=_int(row.group("chan").split(",")[0]),
                    width=_width_from_apple_channel(row.group("chan").partition(",")[2]),
                    security=_norm_security(row.group("sec")),
                ).build()
            )
        return out
    return _parse_system_profiler(lines)


def _parse_system_profiler(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    name: str | None = None
    fields: dict[str, str] = {}

    def flush() -> None:
        # Section headers ("Interfaces:", "en0:") also end with ":"; only a header followed by network keys is
        # one. macOS 14.4+ without Location permission prints "<redacted>" for every name: nothing to match,
        # so skip it.
        if name is not None and fields.keys() & _MAC_NET_KEYS and name != "<redacted>":
            out.append(_system_profiler_network(name, fields))

    for line in lines:
        text = line.strip()
        if header := _MAC_HEADER_RE.match(text):
            flush()
            name, fields = header.group("name"), {}
            continue
        if (fld := _MAC_FIELD_RE.match(text)) and name is not None:
            fields[fld.group("key").strip().lower()] = fld.group("value").strip()
    flush()
    return out


def _system_profiler_network(name: str, fields: dict[str, str]) -> ScannedNetwork:
    draft = _Draft(ssid=name, bssid=fields.get("bssid"))
    chan = fields.get("channel", "")
    # "6 (2GHz, 40MHz)" on macOS 13+; plain "6" on older releases, where the width is not shown.
    if m := re.match(r"(\d{1,3})(?:\s*,\s*([+-]?\d+))?\s*(?:\((.*)\))?", chan):
        draft.channel = int(m.group(1))
        if m.group(2):
            draft.width = _width_from_apple_channel(m.group(2))
        detail = m.group(3) or ""
        draft.band = _band_text(detail)
        draft.width = _int(_first(r"(\d+)\s*MHz", detail)) or draft.width
    draft.security = _norm_security(fields.get("security"))
    draft.signal = _int(_first(r"(-\d{1,3})", fields.get("signal / noise", "")))
    return draft.build()
