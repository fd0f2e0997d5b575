"""Typed tables: a header row naming the columns ("Network  Band  Channel  Signal  Security"), then one row per
network, separated by tabs, "|", or runs of two or more spaces (what a spreadsheet or a careful typist makes).
Markdown tables ("a | b", "| a | b |", with a "-- | --" rule under the header) are the same thing; so are
tables copied from desktop scanner tools, which add columns we do not read ("PHY Type", "Channels Range") and
may write BSSIDs with dashes and frequencies in GHz ("2.412").

The cells carry no keywords ("6", not "channel 6"), so the line-by-line generic parser cannot read them.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import (
    _MAC_RE,
    ScannedNetwork,
    _band_text,
    _channel_from_freq,
    _Draft,
    _first,
    _freq_text,
    _int,
    _norm_security,
    _pct_to_dbm,
    _width_from_apple_channel,
)

# Header cell (lower-case, without punctuation) -> field.
_COLUMNS = {
    "ssid": "ssid",
    "network": "ssid",
    "network name": "ssid",
    "name": "ssid",
    "wifi": "ssid",
    "wi-fi": "ssid",
    "bssid": "bssid",
    "mac": "bssid",
    "mac address": "bssid",
    "band": "band",
    "frequency band": "band",
    "channel": "channel",
    "chan": "channel",
    "ch": "channel",
    "width": "width",
    "channel width": "width",
    "bandwidth": "width",
    "freq": "freq",
    "frequency": "freq",
    "signal": "signal",
    "rssi": "signal",
    "strength": "signal",
    "signal strength": "signal",
    "level": "signal",
    "security": "security",
    "auth": "security",
    "authentication": "security",
    "encryption": "security",
}
_SPLIT_RE = lazy(r"\t+|\s*\|\s*|\s{2,}")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _SPLIT_RE.split(line.strip().strip("|"))]


def _header(line: str) -> list[str | None] | None:
    cells = [re.sub(r"[^a-z0-9 -]", "", c.lower()).strip() for c in _cells(line)]
    fields = [_COLUMNS.get(cell) for cell in cells]
    named = {f for f in fields if f}
    # Columns we do not read are fine as long as the ones we do read clearly dominate the header; a line of
    # prose split on double spaces does not name three of our columns.
    unknown = fields.count(None)
    if len(cells) < 3 or "ssid" not in named or len(named) < 3 or unknown > max(1, len(named) // 2):
        return None
    return fields


def has_table(text: str) -> bool:
    """True when the text holds a typed table with at least one row."""
    return bool(parse_table(text.split("\n"))[0])


def parse_table(lines: list[str]) -> tuple[dict[int, ScannedNetwork], int | None]:
    """Networks of the first typed table, keyed by line index, and the header's index (None: no table)."""
    for at, line in enumerate(lines):
        if "\t" not in line and "|" not in line and "  " not in line.strip():
            continue
        fields = _header(line)
        if fields is None:
            continue
        rows: dict[int, ScannedNetwork] = {}
        for index in range(at + 1, len(lines)):
            cells = _cells(lines[index])
            if not lines[index].strip() or set(lines[index].strip()) <= set("-|+: \t"):
                continue  # blank or a "----|----" rule
            if len(cells) != len(fields):
                break
            rows[index] = _row(fields, cells)
        if rows:
            return rows, at
    return {}, None


def _row(fields: list[str | None], cells: list[str]) -> ScannedNetwork:
    draft = _Draft()
    for field, cell in zip(fields, cells, strict=True):
        if field == "ssid":
            draft.ssid = cell.strip('"“”')
        elif field == "bssid" and _MAC_RE.search(cell):
            draft.bssid = cell
        elif field == "band":
            draft.band = _band_text(cell if re.search(r"G", cell, re.I) else cell + " GHz")
        elif field == "channel" and (m := re.match(r"(\d{1,3})(?:\s*,\s*([+-]?\d{1,3}))?", cell)):
            draft.channel = int(m.group(1))
            if m.group(2):
                draft.width = _width_from_apple_channel(m.group(2))
        elif field == "width":
            draft.width = _int(_first(r"(\d{2,3})", cell)) or draft.width
        elif field == "freq":
            _freq_cell(draft, cell)
        elif field == "signal":
            pct = _first(r"(\d{1,3})\s*%", cell)
            draft.signal = _pct_to_dbm(int(pct)) if pct else _int(_first(r"(-\d{1,3})", cell))
        elif field == "security":
            draft.security = _norm_security(cell)
    return draft.build()


def _freq_cell(draft: _Draft, cell: str) -> None:
    """A "Frequency" column holds a channel frequency ("2412", "2.412", "5.745 GHz") or, typed by a person,
    the band ("2.4 GHz", "5")."""
    freq = _freq_text(cell)
    typed_band = re.fullmatch(r"(?:2[.,]4|5|6)\s*(?:G\w*)?", cell)
    if freq is not None and _channel_from_freq(freq) and not typed_band:
        draft.freq = freq
    else:
        draft.band = draft.band or _band_text(cell if re.search(r"G", cell, re.I) else cell + " GHz")
