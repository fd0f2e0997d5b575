"""Android "WiFi Analyzer" (VREM, open source): list view copy, and the "|"-separated export."""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import _MAC, _MAC_RE, ScannedNetwork, _Draft, _first, _int, _norm_security

_ANDROID_HEAD_RE = lazy(rf"^(?P<ssid>.*?)\s*\((?P<bssid>{_MAC})\)\s*$")
_ANDROID_CAPS_RE = lazy(r"\[[A-Z0-9+/_ -]+\]")


_BARE_MAC_RE = lazy(rf"^\(?(?P<bssid>{_MAC})\)?$")
_DETAIL_RE = lazy(r"dBm|\bCH\s*\d|MHz|\[")
# The BSSID leading the details line under the name ("  9C:3D:CF:12:7F:3A  -58 dBm  CH 36  5180 MHz ...").
_MAC_LEAD_RE = lazy(rf"^\(?(?P<bssid>{_MAC})\)?\s+(?P<rest>.*\S)$")


def join_split_heads(lines: list[str]) -> list[str]:
    """The list view copied with the name and the BSSID on lines of their own ("HomeNet" then "a4:2b:b0:12:34:56"), as
    one head line "HomeNet (a4:2b:b0:12:34:56)" (a blind exploratory test's paste read as networks named "45dBm")."""
    out: list[str] = []
    for line in lines:
        named = bool(out) and out[-1].strip() != "" and not _DETAIL_RE.search(out[-1]) and \
            not _ANDROID_HEAD_RE.match(out[-1])
        if named and (bare := _BARE_MAC_RE.match(line.strip())):
            out[-1] = f"{out[-1].strip()} ({bare.group('bssid')})"
            continue
        if named and (lead := _MAC_LEAD_RE.match(line.strip())) and _DETAIL_RE.search(lead.group("rest")):
            # The BSSID first on the details line (the fifth blind exploratory test's paste was not read at all).
            out[-1] = f"{out[-1].strip()} ({lead.group('bssid')})"
            out.append(lead.group("rest"))
            continue
        out.append(line)
    return out


def _parse_android(lines: list[str]) -> list[ScannedNetwork]:
    header = next((ln for ln in lines if "SSID|BSSID" in ln.replace(" ", "")), None)
    if header is not None:
        return _parse_android_export(lines, header)
    lines = join_split_heads(lines)
    out: list[ScannedNetwork] = []
    draft: _Draft | None = None
    for line in lines:
        head = _ANDROID_HEAD_RE.match(line.strip())
        if head:
            if draft:
                out.append(draft.build())
            draft = _Draft(ssid=head.group("ssid"), bssid=head.group("bssid"))
            continue
        if draft is None:
            continue
        _android_details(draft, line)
    if draft:
        out.append(draft.build())
    return out


def _android_details(draft: _Draft, line: str) -> None:
    if (m := re.search(r"(-\d{1,3})\s*dBm", line)) and draft.signal is None:
        draft.signal = int(m.group(1))
    if (m := re.search(r"\bCH\s*(\d{1,3})", line)) and draft.channel is None:
        draft.channel = int(m.group(1))
    if (m := re.search(r"\b(\d{4})\s*MHz", line)) and draft.freq is None:
        draft.freq = int(m.group(1))
    # The app prints the occupied range "(2427 - 2467)"; the explicit "40MHz" wins when both are there.
    widths = [int(w) for w in re.findall(r"(?<!\d)(20|40|80|160|320)\s*MHz", line)]
    if widths:
        draft.width = widths[0]
    elif (m := re.search(r"\((\d{4})\s*-\s*(\d{4})\)", line)) and draft.width is None:
        draft.width = int(m.group(2)) - int(m.group(1))
    caps = "".join(_ANDROID_CAPS_RE.findall(line))
    if caps:
        draft.security = _norm_security(caps)


def _parse_android_export(lines: list[str], header: str) -> list[ScannedNetwork]:
    names = [h.strip().lower() for h in header.split("|")]
    # The app writes bare "|" between cells, so a space next to one belongs to the SSID ("kwood03 "); a header
    # retyped or reformatted with " | " means the cells are padded and the spaces are not the name's.
    exact = "| " not in header and " |" not in header
    out: list[ScannedNetwork] = []
    for line in lines:
        if line is header or "|" not in line:
            continue
        cells = line.split("|")
        if len(cells) != len(names):
            continue
        row = dict(zip(names, cells, strict=True))
        if not _MAC_RE.search(row.get("bssid", "")):
            continue
        draft = _Draft(ssid=row.get("ssid"), bssid=row.get("bssid"), exact_ssid=exact)
        draft.signal = _int(_first(r"(-?\d+)", row.get("strength", "")))
        draft.channel = _int(row.get("primary channel"))
        draft.freq = _int(_first(r"(\d{4})", row.get("primary frequency", "")))
        draft.width = _int(_first(r"(\d+)\s*MHz", row.get("width (range)", "")))
        draft.security = _norm_security(row.get("security") or "")
        out.append(draft.build())
    return out
