"""Linux scanner readouts: NetworkManager `nmcli dev wifi list` and `iw dev wlan0 scan`.

nmcli comes as an aligned table (any -f column order), as the default rows pasted without their header, or
as `nmcli -t` (terse, no header). iw prints one "BSS <mac>" block per radio; security comes from the RSN/WPA
elements. The older wireless-tools `iwlist scan` has its own module, `iwlist`.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import (
    _MAC,
    _MAC_LIKE,
    ScannedNetwork,
    _Draft,
    _first,
    _int,
    _norm_bssid,
    _norm_security,
    _pct_to_dbm,
    suite_security,
)

# ----------------------------------------------------------------------------------------------------------
# NetworkManager `nmcli dev wifi list` (aligned table, any -f column order) and `nmcli -t` (terse, no
# header).

_NMCLI_COLUMN_RE = {
    "IN-USE": r"\*?",
    "SSID": r".*?",
    # Posters often mask a few BSSID digits; the row is still a network, only its BSSID is unusable.
    "BSSID": _MAC_LIKE,
    "CHAN": r"\d{1,3}",
    "FREQ": r"\d{4}\s*MHz",
    "RATE": r"[\d.]+\s*[kMG]bit/s",
    "SIGNAL": r"\d{1,3}",
    "BARS": r"\S+",
    "SECURITY": r".*?",
    "MODE": r"\S+",
    "BANDWIDTH": r"\d+\s*MHz",
    "NAME": r".*?",
    "SSID-HEX": r"\S*",
    "WPA-FLAGS": r".*?",
    "RSN-FLAGS": r".*?",
}
_NMCLI_TERSE_MAC = r"[0-9A-Fa-f]{2}(?:\\:[0-9A-Fa-f]{2}){5}"
# One row of the default `nmcli dev wifi` listing (IN-USE BSSID SSID MODE CHAN RATE SIGNAL BARS SECURITY, or
# without BSSID on older releases), read without its header. Anchored on the run nmcli always prints in that
# order (mode keyword, channel, "Mbit/s" rate, signal), so the SSID is whatever sits before the mode, the
# columns need not be aligned, and tabs or pasted indentation do not matter. The part before the mode is split
# in code, not by the pattern: a lazy name followed by "\s+" backtracks badly on long runs of spaces.
_NMCLI_ROW_TAIL_RE = lazy(
    r"\s(?P<MODE>Infra|Ad-Hoc|Mesh|N/A)\s+(?P<CHAN>\d{1,3})\s+(?P<RATE>[\d.]+\s*[kMG]bit/s)\s+(?P<SIGNAL>\d{1,3})(?!\d)"
    r"(?:\s+(?P<BARS>[\u2580-\u259f_*]+)(?!\S))?(?P<SECURITY>.*)$"
)
_NMCLI_ROW_HEAD_RE = lazy(
    rf"(?:(?P<INUSE>\*)(?:\s+|$))?(?:(?P<BSSID>{_MAC_LIKE})(?:\s+|$))?(?P<SSID>.*)"
)


def _nmcli_row(line: str) -> dict[str, str | None] | None:
    """The cells of one default-order row, or None when the line is not one."""
    if "bit/s" not in line or not (tail := _NMCLI_ROW_TAIL_RE.search(line)):
        return None
    head = _NMCLI_ROW_HEAD_RE.fullmatch(line[: tail.start()].strip())
    if head is None:
        return None
    values = head.groupdict() | tail.groupdict()
    values["SSID"] = (values["SSID"] or "").strip()
    values["SECURITY"] = (values["SECURITY"] or "").strip()
    return values


def nmcli_rows_present(text: str) -> bool:
    """True when some line is a default `nmcli dev wifi` row, with or without the header above it."""
    return any(_nmcli_row(line) for line in text.split("\n") if "bit/s" in line)


def _parse_nmcli(lines: list[str]) -> list[ScannedNetwork]:
    for index, line in enumerate(lines):
        cols = line.split()
        if "BSSID" in cols and "SSID" in cols and len(cols) >= 3:
            return _parse_nmcli_table(cols, lines[index + 1 :])
    if any(re.search(_NMCLI_TERSE_MAC, line) for line in lines):
        return _parse_nmcli_terse(lines)
    return _parse_nmcli_rows(lines)


def _parse_nmcli_rows(lines: list[str]) -> list[ScannedNetwork]:
    """Header-less default rows (a paste that left the header out)."""
    out: list[ScannedNetwork] = []
    for line in lines:
        if values := _nmcli_row(line):
            out.append(_nmcli_network(values["SSID"], values["BSSID"], values))
    return out


def _parse_nmcli_table(cols: list[str], rows: list[str]) -> list[ScannedNetwork]:
    parts = []
    for col in cols:
        pattern = _NMCLI_COLUMN_RE.get(col, r"\S*")
        group = re.sub(r"[^A-Za-z]", "", col)
        parts.append(rf"(?P<{group}>{pattern})")
    # Rows that are not the current connection have an empty IN-USE cell, so the whole column is optional.
    joined = r"\s+".join(parts).replace(r"(?P<INUSE>\*?)\s+", r"(?:(?P<INUSE>\*)\s+)?")
    try:
        row_re = re.compile(rf"^\s*{joined}\s*$")
    except re.error:  # a header naming the same column twice
        return []
    out: list[ScannedNetwork] = []
    for line in rows:
        # A row the aligned-column pattern misses (columns shifted by a tab or a wide emoji) can still be a
        # default-order row.
        row = row_re.match(line)
        values = row.groupdict() if row else _nmcli_row(line)
        if values is None:
            continue
        out.append(_nmcli_network(values.get("SSID"), values.get("BSSID"), values))
    return out


def _nmcli_network(ssid: str | None, bssid: str | None, values: dict[str, str | None]) -> ScannedNetwork:
    signal = _int(values.get("SIGNAL"))
    security = values.get("SECURITY")
    # nmcli prints "--" for an empty cell: no name = hidden, no security = open. Terse mode prints "" instead.
    return _Draft(
        ssid=ssid,
        bssid=bssid,
        channel=_int(values.get("CHAN")),
        freq=_int(_first(r"(\d{4})", values.get("FREQ") or "")),
        width=_int(_first(r"(\d+)", values.get("BANDWIDTH") or "")),
        signal=_pct_to_dbm(signal) if signal is not None else None,
        security=_norm_security(security.strip() or "--") if security is not None else None,
    ).build()


def _split_terse(line: str) -> list[str]:
    # Terse mode separates fields with ":" and escapes a literal ":" (every BSSID) as "\:" and "\" as "\\".
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _parse_nmcli_terse(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    for line in lines:
        if not re.search(_NMCLI_TERSE_MAC, line):
            continue
        cells = _split_terse(line)
        mac_at = next((i for i, c in enumerate(cells) if re.fullmatch(_MAC, c.strip())), None)
        if mac_at is None:
            continue
        values: dict[str, str | None] = {}
        # No header in terse mode: the SSID is the cell before the BSSID (-f SSID,BSSID,...) unless that cell
        # is the IN-USE marker, in which case the default order IN-USE:BSSID:SSID:MODE:... applies.
        default_order = mac_at == 1 and cells[0] in {"*", " ", ""} and len(cells) >= 9
        ssid: str | None
        if default_order:
            ssid, rest = cells[mac_at + 1], cells[mac_at + 2 :]
        else:
            ssid, rest = (cells[mac_at - 1] if mac_at else None), cells[mac_at + 1 :]
        numbers: list[str] = []
        for cell in rest:
            text = cell.strip()
            if re.fullmatch(r"\d{4}\s*MHz", text):
                values["FREQ"] = text
            elif re.fullmatch(r"(?:20|40|80|160|320)\s*MHz", text):
                values["BANDWIDTH"] = text
            elif re.fullmatch(r"\d{1,3}", text):
                numbers.append(text)
        if len(numbers) >= 2:
            values["CHAN"], values["SIGNAL"] = numbers[0], numbers[1]
        values["SECURITY"] = rest[-1] if rest else None
        out.append(_nmcli_network(ssid, cells[mac_at], values))
    return out


# ----------------------------------------------------------------------------------------------------------
# `iw dev wlan0 scan`: one "BSS <mac>" block per radio; security comes from the RSN/WPA elements.

# Older iw prints unknown AKM suites as OUI:type; these are the IEEE 802.11 numbers for the ones we care
# about.
_AKM_OUI = {
    "00-0f-ac:1": "IEEE 802.1X",
    "00-0f-ac:2": "PSK",
    "00-0f-ac:3": "FT/IEEE 802.1X",
    "00-0f-ac:4": "FT/PSK",
    "00-0f-ac:5": "IEEE 802.1X/SHA-256",
    "00-0f-ac:6": "PSK/SHA-256",
    "00-0f-ac:8": "SAE",
    "00-0f-ac:9": "FT/SAE",
    "00-0f-ac:18": "OWE",
}


def _parse_iw(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    block: list[str] | None = None
    for line in lines:
        if re.match(rf"^\s*BSS\s+{_MAC}", line):
            if block:
                out.append(_iw_network(block))
            block = [line]
        elif block is not None:
            block.append(line)
    if block:
        out.append(_iw_network(block))
    return out


def _iw_unescape(raw: str) -> str:
    # iw prints every non-printable or non-ASCII SSID byte as \xNN (and leading/trailing spaces too), so a
    # curly apostrophe arrives as "\xe2\x80\x99". Rebuild the bytes and decode them as UTF-8.
    if "\\x" not in raw:
        return raw
    data = bytearray()
    i = 0
    while i < len(raw):
        if raw.startswith("\\x", i) and re.fullmatch(r"[0-9a-fA-F]{2}", raw[i + 2 : i + 4]):
            data.append(int(raw[i + 2 : i + 4], 16))
            i += 4
        else:
            data.extend(raw[i].encode("utf-8"))
            i += 1
    return data.decode("utf-8", errors="replace")


def _iw_network(block: list[str]) -> ScannedNetwork:
    draft = _Draft(bssid=_norm_bssid(block[0]))
    section = ""
    suites: dict[str, list[str]] = {}
    elements: set[str] = set()
    privacy = False
    secondary: str | None = None
    vht_width: int | None = None
    for line in block[1:]:
        text = line.strip()
        star = text.startswith("*")
        if not star and (key := re.match(r"^([A-Za-z][\w ./-]*?)\s*:", text)):
            section = key.group(1).strip().upper()
            if section in {"RSN", "WPA"}:
                elements.add(section)
        body = text.split("*", 1)[1].strip() if "*" in text and (star or section in {"RSN", "WPA"}) else text
        if not star and (m := re.match(r"^freq:\s*([\d.]+)", text)):
            draft.freq = _int(m.group(1))
        elif not star and (m := re.match(r"^signal:\s*(-?[\d.]+)\s*dBm", text)):
            draft.signal = _int(m.group(1))
        elif not star and text.startswith("SSID:"):
            draft.ssid = _iw_unescape(line.split("SSID:", 1)[1].strip())
        elif not star and (m := re.match(r"^capability:\s*(.*)$", text)):
            privacy = "Privacy" in m.group(1)
        elif (m := re.match(r"^DS Parameter set:\s*channel\s+(\d+)", text)) or (
            m := re.match(r"^primary channel:\s*(\d+)", body)
        ):
            draft.channel = draft.channel or int(m.group(1))
        elif m := re.match(r"^secondary channel offset:\s*(.*)$", body):
            secondary = m.group(1).strip().lower()
        elif section == "VHT OPERATION" and (m := re.match(r"^channel width:\s*(\d)", body)):
            vht_width = {1: 80, 2: 160, 3: 160}.get(int(m.group(1)))
        elif section in {"RSN", "WPA"} and (m := re.match(r"^Authentication suites:\s*(.*)$", body)):
            suites[section] = [_AKM_OUI.get(s, s) for s in m.group(1).split()]
    if vht_width:
        draft.width = vht_width
    elif secondary is not None:
        draft.width = 40 if secondary in {"above", "below"} else 20
    draft.security = _iw_security(suites, elements, privacy)
    return draft.build()


def _iw_security(suites: dict[str, list[str]], elements: set[str], privacy: bool) -> str:
    """Security from the RSN/WPA elements' authentication suites, or from which elements are there at all."""
    found = suite_security(" ".join(suites.get("RSN", [])), " ".join(suites.get("WPA", [])), "RSN" in elements,
                           "WPA" in elements)
    return found or ("wep" if privacy else "open")
