"""Wi-Fi scanner readouts: parse what a customer pastes from a scanner app and turn it into `wifi:*` findings.

Pure functions only: no I/O, no clock. A readout is untrusted free text, so `parse_scan` never raises and
returns ``[]`` for anything it cannot read; the flow then asks the router questions instead (`scan_answers`
says which ones the scan already answered).

Signal in percent (Windows `netsh`, NetworkManager `nmcli`) is converted with ``dBm = percent // 2 - 100``,
the inverse of the ``percent = 2 * (dBm + 100)`` mapping that Windows uses and that Particle's own vitals use
for Argon and P2 (`particle-facts.md` section 3.4). So 100 % is -50 dBm and 40 % is -80 dBm: rough, but good
enough to tell "weak" from "fine".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "FORMATS",
    "ScannedNetwork",
    "detect_format",
    "networks_named",
    "parse_scan",
    "scan_answers",
    "scan_findings",
    "ssid_choices",
]

FORMATS: tuple[str, ...] = (
    "android_wifi_analyzer",
    "ios_airport_utility",
    "macos_wifi_diagnostics",
    "windows_netsh",
    "linux_nmcli",
    "linux_iw",
    "generic",
)

# A real readout is a few kB; anything past this is not a scan and would only cost time.
MAX_TEXT_CHARS = 256_000
MAX_LINE_CHARS = 600
MAX_NETWORKS = 400

WEAK_SIGNAL_DBM = -70
CELLULAR_PLATFORMS = frozenset(
    {"electron", "boron", "bsom", "b5som", "esomx", "tracker", "trackerm", "msom", "asom"}
)
DUAL_BAND_PLATFORMS = frozenset({"p2"})

_MAC = r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}"
_MAC_RE = re.compile(_MAC)
_HIDDEN_LABELS = frozenset(
    {
        "",
        "--",
        "*hidden*",
        "<hidden>",
        "(hidden)",
        "[hidden]",
        "hidden",
        "hidden network",
        "<hidden network>",
        "(hidden network)",
        "<no name>",
        "(no name)",
        "<unknown ssid>",
    }
)


@dataclass(frozen=True)
class ScannedNetwork:
    """One radio (BSSID) seen by the scanner app; fields the app did not show are None."""

    ssid: str | None
    bssid: str | None = None
    freq_mhz: int | None = None
    band: str | None = None
    channel: int | None = None
    width_mhz: int | None = None
    security: str | None = None
    signal_dbm: int | None = None

    def __post_init__(self) -> None:
        # Derived values are filled here so hand-built networks (tests, other rules) behave like parsed ones.
        if self.bssid is not None:
            object.__setattr__(self, "bssid", _norm_bssid(self.bssid))
        if self.channel is None and self.freq_mhz is not None:
            object.__setattr__(self, "channel", _channel_from_freq(self.freq_mhz))
        if self.band is None:
            band = _band_from_freq(self.freq_mhz) if self.freq_mhz is not None else None
            if band is None and self.channel is not None:
                band = _band_from_channel(self.channel)
            object.__setattr__(self, "band", band)

    @property
    def hidden(self) -> bool:
        """True when the network does not broadcast its name."""
        return not self.ssid


# ----------------------------------------------------------------------------------------------------------
# Small value helpers


def _norm_bssid(raw: str) -> str | None:
    found = _MAC_RE.search(raw.replace("\\:", ":"))
    if not found:
        return None
    return found.group(0).replace("-", ":").lower()


def _band_from_freq(freq: int) -> str | None:
    if 2400 <= freq <= 2500:
        return "2.4"
    if 4900 <= freq <= 5900:
        return "5"
    if 5925 <= freq <= 7125:
        return "6"
    return None


def _band_from_channel(channel: int) -> str | None:
    # Channel numbers alone are ambiguous for 6 GHz (1-233 overlap); apps that show 6 GHz also show the band.
    if 1 <= channel <= 14:
        return "2.4"
    if 32 <= channel <= 177:
        return "5"
    return None


def _channel_from_freq(freq: int) -> int | None:
    if freq == 2484:
        return 14
    if 2412 <= freq <= 2472 and (freq - 2407) % 5 == 0:
        return (freq - 2407) // 5
    if 5000 <= freq <= 5900 and freq % 5 == 0:
        return (freq - 5000) // 5
    if freq == 5935:
        return 2
    if 5955 <= freq <= 7115 and (freq - 5950) % 5 == 0:
        return (freq - 5950) // 5
    return None


def _pct_to_dbm(pct: int) -> int:
    return max(0, min(100, pct)) // 2 - 100


def _int(raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        return int(round(float(raw.replace(",", "."))))
    except ValueError:
        return None


def _fix_mojibake(name: str) -> str:
    # Windows consoles (cp1252/cp437) print UTF-8 SSID bytes as "Joâ€™s iPhone"; undo it so the real name is
    # checked.
    if "â€" in name or "Ã" in name or "Â" in name:
        try:
            return name.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return name
    return name


def _clean_ssid(raw: str | None) -> str | None:
    if raw is None:
        return None
    name = _fix_mojibake(raw.strip())
    if name.casefold() in _HIDDEN_LABELS or set(name) <= {"\x00"}:
        return ""
    return name


def _width_from_apple_channel(suffix: str | None) -> int:
    # Apple80211 (airport -s, AirPort Utility) writes "6,+1"/"6,-1" for a bonded 40 MHz pair and "36,80" for
    # 80 MHz; a bare channel number means 20 MHz.
    if not suffix:
        return 20
    suffix = suffix.strip()
    if suffix in {"+1", "-1", "1"}:
        return 40
    value = _int(suffix)
    return value if value in {20, 40, 80, 160, 320} else 20


_SEC_EAP = re.compile(r"EAP|802\.1X|ENTERPRISE|\bSUITE-?B", re.I)
_SEC_SAE = re.compile(r"SAE|WPA3", re.I)
_SEC_PSK2 = re.compile(r"WPA2|RSN[^\]\s]*PSK", re.I)
_SEC_PSK1 = re.compile(r"\bWPA1?(?![23\w])|WPA-PSK|\[WPA-", re.I)
_SEC_WEP = re.compile(r"WEP|\bSHARED\b", re.I)
_SEC_OWE = re.compile(r"\bOWE\b|ENHANCED OPEN", re.I)
_SEC_OPEN = re.compile(r"^(?:OPEN|NONE|--|OPEN NETWORK|NO PASSWORD|NO SECURITY|UNSECURED|\[ESS\].*)$", re.I)


def _norm_security(raw: str | None) -> str | None:
    """Map any app's security text to open/wep/wpa/wpa2/wpa2/wpa3/wpa3/enterprise (None when not shown)."""
    if raw is None:
        return None
    text = raw.strip()
    if not text:
        return None
    if _SEC_EAP.search(text):
        return "enterprise"
    sae = bool(_SEC_SAE.search(text))
    psk2 = bool(_SEC_PSK2.search(text))
    if sae and psk2:
        return "wpa2/wpa3"
    if sae:
        return "wpa3"
    if psk2:
        return "wpa2"
    if _SEC_PSK1.search(text):
        return "wpa"
    if _SEC_OWE.search(text):
        # Enhanced Open (OWE) encrypts with a WPA3-era handshake none of the Particle radios speak; grouping
        # it with WPA3 gets the right advice ("add a WPA2 network"), "open" would not.
        return "wpa3"
    if _SEC_WEP.search(text):
        return "wep"
    if _SEC_OPEN.match(text):
        return "open"
    return None


# ----------------------------------------------------------------------------------------------------------
# Builder shared by the format parsers


@dataclass
class _Draft:
    ssid: str | None = None
    bssid: str | None = None
    freq: int | None = None
    band: str | None = None
    channel: int | None = None
    width: int | None = None
    security: str | None = None
    signal: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def build(self) -> ScannedNetwork:
        bssid = _norm_bssid(self.bssid) if self.bssid else None
        freq = self.freq if self.freq is not None and 2300 <= self.freq <= 7200 else None
        channel = self.channel if self.channel is not None and 0 < self.channel <= 233 else None
        width = self.width if self.width in {20, 40, 80, 160, 320} else None
        signal = self.signal if self.signal is not None and -120 <= self.signal <= 0 else None
        band = self.band if self.band in {"2.4", "5", "6"} else None
        return ScannedNetwork(
            ssid=_clean_ssid(self.ssid),
            bssid=bssid,
            freq_mhz=freq,
            band=band,
            channel=channel,
            width_mhz=width,
            security=self.security,
            signal_dbm=signal,
        )


def _band_text(raw: str) -> str | None:
    # macOS writes "2GHz" for the 2.4 GHz band; Windows "2.4 GHz".
    match = re.search(r"(2(?:[.,]4)?|5|6)\s*G", raw, re.I)
    if not match:
        return None
    return "2.4" if match.group(1).startswith("2") else match.group(1)


# ----------------------------------------------------------------------------------------------------------
# 1. Android "WiFi Analyzer" (VREM, open source): list view copy, and the "|"-separated export.

_ANDROID_HEAD_RE = re.compile(rf"^(?P<ssid>.*?)\s*\((?P<bssid>{_MAC})\)\s*$")
_ANDROID_CAPS_RE = re.compile(r"\[[A-Z0-9+/_ -]+\]")


def _parse_android(lines: list[str]) -> list[ScannedNetwork]:
    header = next((ln for ln in lines if "SSID|BSSID" in ln.replace(" ", "")), None)
    if header is not None:
        return _parse_android_export(lines, header)
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
        draft = _Draft(ssid=row.get("ssid"), bssid=row.get("bssid"))
        draft.signal = _int(_first(r"(-?\d+)", row.get("strength", "")))
        draft.channel = _int(row.get("primary channel"))
        draft.freq = _int(_first(r"(\d{4})", row.get("primary frequency", "")))
        draft.width = _int(_first(r"(\d+)\s*MHz", row.get("width (range)", "")))
        draft.security = _norm_security(row.get("security") or "")
        out.append(draft.build())
    return out


def _first(pattern: str, text: str) -> str | None:
    match = re.search(pattern, text)
    return match.group(1) if match else None


# ----------------------------------------------------------------------------------------------------------
# 2. iOS AirPort Utility "Wi-Fi Scan": one row per radio, or a block per radio when copied line by line.
# It never shows security; the channel carries the width ("6,+1", "36,80").

_IOS_CHANNEL_RE = re.compile(r"Channel\s*:?\s*(\d{1,3})(?:\s*,\s*([+-]?\d{1,3}))?", re.I)
_IOS_RSSI_RE = re.compile(r"RSSI\s*:?\s*(-?\d{1,3})", re.I)
_IOS_FIELD_RE = re.compile(r"^(?:BSSID|RSSI|Channel|Last Seen|Noise|Seen)\b", re.I)


def _parse_ios(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    pending_name: str | None = None
    draft: _Draft | None = None
    for line in lines:
        text = line.strip()
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
            draft = _Draft(ssid=name, bssid=mac.group(0))
            pending_name = None
            _ios_fields(draft, text[mac.end() :])
            continue
        if _IOS_FIELD_RE.match(text) and draft is not None:
            _ios_fields(draft, text)
            continue
        pending_name = text
    if draft:
        out.append(draft.build())
    return out


def _ios_fields(draft: _Draft, text: str) -> None:
    if m := _IOS_RSSI_RE.search(text):
        draft.signal = int(m.group(1))
    if m := _IOS_CHANNEL_RE.search(text):
        draft.channel = int(m.group(1))
        draft.width = _width_from_apple_channel(m.group(2))


# ----------------------------------------------------------------------------------------------------------
# 3. macOS: `system_profiler SPAirPortDataType` blocks, and the older `airport -s` table.

_MAC_HEADER_RE = re.compile(r"^(?P<name>\S.*?):\s*$")
_MAC_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z /-]*?)\s*:\s*(?P<value>.*)$")
_MAC_NET_KEYS = frozenset({"phy mode", "channel", "network type", "security", "signal / noise", "bssid"})
_AIRPORT_ROW_RE = re.compile(
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


# ----------------------------------------------------------------------------------------------------------
# 4. Windows `netsh wlan show networks mode=bssid`. Widths are never shown. Keys are localized; the common
# European translations are listed so a French or German console still parses.

_NETSH_KEY_RE = re.compile(r"^\s*(?P<key>[^:]+?)\s*:\s?(?P<value>.*)$")
_NETSH_KEYS = {
    "authentication": "auth",
    "authentifizierung": "auth",
    "authentification": "auth",
    "autenticación": "auth",
    "encryption": "enc",
    "verschlüsselung": "enc",
    "chiffrement": "enc",
    "cifrado": "enc",
    "signal": "signal",
    "señal": "signal",
    "band": "band",
    "bande": "band",
    "banda": "band",
    "channel": "channel",
    "kanal": "channel",
    "canal": "channel",
}


def _parse_netsh(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    ssid: str | None = None
    net: dict[str, str] = {}
    radio: dict[str, str] | None = None
    radios = 0

    def emit(values: dict[str, str]) -> None:
        auth = net.get("auth", "")
        enc = net.get("enc", "")
        # "Open" authentication with "WEP" encryption is how netsh shows a WEP network.
        security = "WEP" if auth.lower().startswith("open") and enc.upper().startswith("WEP") else auth
        out.append(
            _Draft(
                ssid=ssid,
                bssid=values.get("bssid"),
                band=_band_text(values.get("band", "")),
                channel=_int(_first(r"(\d+)", values.get("channel", ""))),
                signal=_pct_signal(values.get("signal", "")),
                security=_norm_security(security) if security else None,
            ).build()
        )

    def close_ssid() -> None:
        if ssid is not None and radios == 0:
            emit({})

    for line in lines:
        if m := re.match(r"^\s*SSID\s+\d+\s*:\s?(.*)$", line):
            if radio is not None:
                emit(radio)
            close_ssid()
            ssid, net, radio, radios = m.group(1).rstrip(), {}, None, 0
            continue
        if ssid is None:
            continue
        if m := re.match(rf"^\s*BSSID\s+\d+\s*:\s*({_MAC})", line):
            if radio is not None:
                emit(radio)
            radio, radios = {"bssid": m.group(1)}, radios + 1
            continue
        if not (kv := _NETSH_KEY_RE.match(line)):
            continue
        key = _NETSH_KEYS.get(kv.group("key").strip().lower())
        if key is None:
            continue
        target = radio if radio is not None and key in {"signal", "band", "channel"} else net
        target.setdefault(key, kv.group("value").strip())
    if radio is not None:
        emit(radio)
    close_ssid()
    return out


def _pct_signal(text: str) -> int | None:
    if m := re.search(r"(-\d{1,3})\s*dBm", text):
        return int(m.group(1))
    pct = _int(_first(r"(\d{1,3})\s*%", text))
    return _pct_to_dbm(pct) if pct is not None else None


# ----------------------------------------------------------------------------------------------------------
# 5. NetworkManager `nmcli dev wifi list` (aligned table, any -f column order) and `nmcli -t` (terse, no
# header).

_NMCLI_COLUMN_RE = {
    "IN-USE": r"\*?",
    "SSID": r".*?",
    "BSSID": _MAC,
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


def _parse_nmcli(lines: list[str]) -> list[ScannedNetwork]:
    for index, line in enumerate(lines):
        cols = line.split()
        if "BSSID" in cols and "SSID" in cols and len(cols) >= 3:
            return _parse_nmcli_table(cols, lines[index + 1 :])
    return _parse_nmcli_terse(lines)


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
        if not (row := row_re.match(line)):
            continue
        values = row.groupdict()
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
# 6. `iw dev wlan0 scan`: one "BSS <mac>" block per radio; security comes from the RSN/WPA elements.

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
    privacy = False
    secondary: str | None = None
    vht_width: int | None = None
    for line in block[1:]:
        text = line.strip()
        star = text.startswith("*")
        if not star and (key := re.match(r"^([A-Za-z][\w ./-]*?)\s*:", text)):
            section = key.group(1).strip().upper()
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
    draft.security = _iw_security(suites, privacy)
    return draft.build()


def _iw_security(suites: dict[str, list[str]], privacy: bool) -> str:
    rsn = " ".join(suites.get("RSN", []))
    if rsn:
        if "802.1X" in rsn:
            return "enterprise"
        sae, psk = "SAE" in rsn, "PSK" in rsn
        if sae and psk:
            return "wpa2/wpa3"
        if sae or "OWE" in rsn:
            return "wpa3"
        if psk:
            return "wpa2"
    wpa = " ".join(suites.get("WPA", []))
    if wpa:
        return "enterprise" if "802.1X" in wpa else "wpa"
    return "wep" if privacy else "open"


# ----------------------------------------------------------------------------------------------------------
# 7. Generic: what a person types, one network per line ("MyNet 2.4GHz channel 6 40MHz WPA2 -60dBm").

_GEN_TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("freq", re.compile(r"(?<![\w.])(2[45]\d\d|5\d{3}|6\d{3}|7[01]\d\d)\s*MHz\b", re.I)),
    ("band", re.compile(r"(?<![\w.-])(2[.,]4|5|6)\s*G(?:Hz)?\b", re.I)),
    (
        "channel",
        re.compile(
            r"\b(?:channel|chan|ch|kanal|canal)\b\.?\s*[:#]?\s*(\d{1,3})"
            r"(?:\s*,\s*([+-]1|\d{2,3})(?!\d))?",
            re.I,
        ),
    ),
    ("width", re.compile(r"(?<![\w.])(20|40|80|160|320)\s*MHz\b", re.I)),
    ("signal", re.compile(r"(?<![\w.])(-\d{2,3})(?:\.\d+)?\s*dBm\b|(?<![\w.-])(\d{1,3})\s*%", re.I)),
    (
        "security",
        re.compile(
            r"(?<![\w-])(?:WPA[123]?(?:[-/ ](?:PSK|SAE|WPA[23]|Personal|Enterprise|EAP))*|WEP|SAE"
            r"|802\.1X|enterprise|open|no password|unsecured)(?![\w-])",
            re.I,
        ),
    ),
    ("hidden", re.compile(r"[<(\[*]?\bhidden(?: network)?\b[>)\]*]?", re.I)),
)
_PROSE_START = ("my ", "i ", "it ", "the ", "our ", "we ", "there ", "this ", "that ")


def _generic_line(line: str) -> ScannedNetwork | None:
    text = line.strip().lstrip("-*•>").strip()
    if not text or len(text) > 200:
        return None
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _GEN_TOKENS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _, _ in hits):
                continue
            hits.append((m.start(), m.end(), kind, m))
    if not hits:
        return None
    hits.sort(key=lambda hit: hit[0])
    kinds = {kind for _, _, kind, _ in hits}
    name = text[: hits[0][0]].strip(" \t-:|,;=")
    name = name[1:-1] if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'“”" else name
    if "hidden" in kinds and not name:
        name = ""
    elif not name or len(name) > 32 or len(name.split()) > 4:
        return None
    elif name.lower().startswith(_PROSE_START) and len(name.split()) >= 3:
        return None
    draft = _Draft(ssid=name)
    for _, _, kind, m in hits:
        if kind == "freq":
            draft.freq = int(m.group(1))
        elif kind == "width":
            draft.width = int(m.group(1))
        elif kind == "band":
            draft.band = "2.4" if m.group(1).startswith("2") else m.group(1)
        elif kind == "channel":
            draft.channel = int(m.group(1))
            if m.group(2):
                draft.width = _width_from_apple_channel(m.group(2))
        elif kind == "signal":
            draft.signal = int(m.group(1)) if m.group(1) else _pct_to_dbm(int(m.group(2)))
        elif kind == "security":
            draft.security = _norm_security(m.group(0)) or draft.security
    if draft.band and draft.channel and _band_from_channel(draft.channel) not in {None, draft.band}:
        draft.channel = None  # "5 GHz ch 6" is a typo; trust the band the person named
    return draft.build()


def _parse_generic(lines: list[str]) -> list[ScannedNetwork]:
    return [net for net in map(_generic_line, lines) if net is not None]


# ----------------------------------------------------------------------------------------------------------
# Detection and the public parse entry point

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
                re.search(rf"\({_MAC}\)\s*$", t, re.M)
                and re.search(r"dBm|\bCH\s*\d|MHz|\[(?:WPA|RSN|ESS|WEP)", t)
            )
        ),
    ),
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
        ),
    ),
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
    if fmt is None:
        return []
    networks = _PARSERS[fmt](lines)
    if not networks and fmt != "generic":
        networks = _parse_generic(lines)
    unique: list[ScannedNetwork] = []
    seen: set[object] = set()
    for net in networks:
        key: object = net.bssid if net.bssid else net
        if key in seen:
            continue  # the same radio pasted twice
        seen.add(key)
        unique.append(net)
    return unique[:MAX_NETWORKS]


def parse_scan(text: str) -> list[ScannedNetwork]:
    """Extract one `ScannedNetwork` per radio from a pasted readout; ``[]`` when nothing can be read."""
    try:
        return _parse(text)
    except Exception:  # noqa: BLE001 - customer text must never break the conversation; [] means "ask instead"
        return []


# ----------------------------------------------------------------------------------------------------------
# Picking the customer's network

_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _loose(name: str) -> str:
    return " ".join(name.strip().casefold().split())


def _looser(name: str) -> str:
    return _loose(name.translate(_FOLD))


def networks_named(networks: Sequence[ScannedNetwork], ssid: str) -> list[ScannedNetwork]:
    """Entries for one network name: exact matches, else case/space-insensitive, else quote-insensitive.

    The last step matters: a customer types "Jo's iPhone" with a straight apostrophe while the phone
    broadcasts "Jo’s iPhone"; we still want to find it (and then flag the curly apostrophe).
    """
    visible = [n for n in networks if n.ssid]
    for key in (lambda s: s, _loose, _looser):
        wanted = key(ssid)
        if not wanted:
            return []
        found = [n for n in visible if key(n.ssid or "") == wanted]
        if found:
            return found
    return []


def ssid_choices(networks: Sequence[ScannedNetwork]) -> list[str]:
    """Distinct visible names, strongest signal first (unknown signal last), at most 6."""
    best: dict[str, int] = {}
    order: dict[str, int] = {}
    for index, net in enumerate(networks):
        if not net.ssid:
            continue
        order.setdefault(net.ssid, index)
        signal = net.signal_dbm if net.signal_dbm is not None else -1000
        best[net.ssid] = max(best.get(net.ssid, -1000), signal)
    return sorted(best, key=lambda name: (-best[name], order[name]))[:6]


def _resolve_name(networks: Sequence[ScannedNetwork], ssid: str | None) -> str | None:
    if ssid is not None and ssid.strip():
        return ssid
    names = {n.ssid for n in networks if n.ssid}
    return names.pop() if len(names) == 1 else None


# ----------------------------------------------------------------------------------------------------------
# Findings


def _platform(platform: str | None) -> str | None:
    if platform is None:
        return None
    key = platform.strip().lower().replace(" ", "").replace("_", "")
    return "p2" if key in {"p2", "photon2"} else key


def _channels(nets: Iterable[ScannedNetwork]) -> str:
    chans = sorted({n.channel for n in nets if n.channel is not None})
    return "channel " + ", ".join(map(str, chans)) if chans else "channel unknown"


def _band_label(band: str | None) -> str:
    return f"{band} GHz" if band else "unknown band"


def _name_chars(name: str, platform: str | None) -> str | None:
    odd = sorted({c for c in name if ord(c) > 127})
    if odd:
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in odd[:3])
        return f"'{name}' has characters the device cannot use: {shown}"
    if platform == "argon":
        bad = [c for c in (",", '"') if c in name]
        if bad:
            return f"'{name}' contains {' and '.join(bad)}, which the Argon skips when it scans"
    return None


def _security_set(nets: Iterable[ScannedNetwork]) -> set[str]:
    return {n.security for n in nets if n.security}


def scan_findings(
    networks: Sequence[ScannedNetwork], ssid: str | None, platform: str | None
) -> list[tuple[str, str]]:
    """`(code, detail)` pairs for the customer's network, in the order of `diagnosis-codes.md`.

    `platform` is the cyanbot platform name ("photon", "p1", "argon", "p2", ...). None is treated as a
    2.4 GHz-only device, since three of the four Wi-Fi platforms are; Argon-only name rules need "argon".
    """
    plat = _platform(platform)
    if plat in CELLULAR_PLATFORMS:
        return []  # Wi-Fi checks do not apply to cellular devices
    dual_band = plat in DUAL_BAND_PLATFORMS
    name = _resolve_name(networks, ssid)
    hidden = [n for n in networks if n.hidden]
    findings: list[tuple[str, str]] = []
    if name is None:
        if hidden and not any(n.ssid for n in networks):
            findings.append(("wifi:hidden_ssid", f"only hidden networks in the scan ({len(hidden)})"))
        return findings
    mine = networks_named(networks, name)
    if not mine:
        if hidden:
            detail = f"'{name}' is not in the scan, but {len(hidden)} hidden network(s) are: it may be hidden"
        else:
            detail = f"'{name}' is not in the scan at all (hidden, out of range, or named differently)"
        findings.append(("wifi:hidden_ssid", detail))
        if chars := _name_chars(name, plat):
            findings.append(("wifi:unsupported_ssid_chars", chars))
        return findings

    shown = mine[0].ssid or name
    low = [n for n in mine if n.band == "2.4"]
    high = [n for n in mine if n.band in {"5", "6"}]
    usable_bands = {"2.4", "5"} if dual_band else {"2.4"}
    usable = [n for n in mine if n.band in usable_bands] or mine

    if high and not low and not any(n.band is None for n in mine):
        bands = " and ".join(sorted({_band_label(n.band) for n in high}))
        if not dual_band:
            findings.append(
                (
                    "wifi:no_2_4ghz",
                    f"'{shown}' is only on {bands} ({_channels(high)}); the device needs 2.4 GHz",
                )
            )
        elif all(n.band == "6" for n in high):
            findings.append(("wifi:no_2_4ghz", f"'{shown}' is only on 6 GHz, which the P2 cannot use"))
    if low and high:
        bands = " and ".join(_band_label(b) for b in ("2.4", "5", "6") if any(n.band == b for n in mine))
        note = " (not a blocker on P2)" if dual_band else " (the router may steer the device to 5 GHz)"
        findings.append(("wifi:same_ssid_both_bands", f"'{shown}' is on {bands}{note}"))
    wide = [n for n in low if n.width_mhz is not None and n.width_mhz >= 40]
    if wide:
        findings.append(
            (
                "wifi:channel_width_40mhz",
                f"2.4 GHz {_channels(wide)} at {max(n.width_mhz or 0 for n in wide)} MHz",
            )
        )
    high_channel = [n for n in low if n.channel in {12, 13, 14}]
    if high_channel:
        findings.append(
            ("wifi:channel_out_of_range", f"2.4 GHz {_channels(high_channel)} (device uses 1-11)")
        )
    security = _security_set(usable)
    if security == {"wpa3"}:
        note = "; WPA3 is experimental on P2 (Device OS 5.5.0+)" if dual_band else ""
        findings.append(("wifi:wpa3_only", f"'{shown}' offers only WPA3 (SAE), no WPA2{note}"))
    if "enterprise" in security:
        findings.append(("wifi:enterprise", f"'{shown}' uses enterprise (802.1X) login"))
    if security & {"open", "wep"}:
        kind = "WEP" if "wep" in security else "open (no password)"
        findings.append(("wifi:open_or_wep", f"'{shown}' is {kind}"))
    signal_pool = [n for n in (usable if dual_band else low) if n.signal_dbm is not None]
    if signal_pool:
        strongest = max(signal_pool, key=lambda n: n.signal_dbm or -1000)
        if (strongest.signal_dbm or 0) < WEAK_SIGNAL_DBM:
            findings.append(
                (
                    "wifi:weak_signal",
                    f"best {_band_label(strongest.band)} signal {strongest.signal_dbm} dBm "
                    "where the scan was taken",
                )
            )
    if chars := _name_chars(shown, plat):
        findings.append(("wifi:unsupported_ssid_chars", chars))
    if mesh := _mesh_detail(mine):
        findings.append(("wifi:mesh_or_gateway", mesh))
    return findings


def _mesh_detail(mine: Sequence[ScannedNetwork]) -> str | None:
    bands = {n.band for n in mine}
    if not ({"2.4"} <= bands and bands & {"5", "6"}):
        return None
    radios = {n.bssid or f"#{i}" for i, n in enumerate(mine)}
    if len(radios) >= 3:
        return f"one name on {len(radios)} access points across both bands: mesh system or ISP gateway"
    low = {n.bssid[:14] for n in mine if n.band == "2.4" and n.bssid}
    high = {n.bssid[:14] for n in mine if n.band in {"5", "6"} and n.bssid}
    if low & high:
        prefix = sorted(low & high)[0]
        return (
            f"2.4 and 5 GHz radios of one box ({prefix}:xx) share one name: combined-band router or gateway"
        )
    return None


def scan_answers(networks: Sequence[ScannedNetwork], ssid: str | None) -> dict[str, bool | None]:
    """What the scan already answers among the router questions; None means the scan cannot tell.

    Keys: ``found`` (the name is in the scan), ``same_name_both_bands``, ``has_2_4``, ``width_known`` (every
    2.4 GHz radio of that name shows its channel width).
    """
    name = _resolve_name(networks, ssid)
    mine = networks_named(networks, name) if name else []
    answers: dict[str, bool | None] = {
        "found": bool(mine) if name else None,
        "same_name_both_bands": None,
        "has_2_4": None,
        "width_known": None,
    }
    if not mine:
        return answers
    bands = {n.band for n in mine}
    known = bands - {None}
    complete = None not in bands
    both = "2.4" in known and bool(known & {"5", "6"})
    answers["same_name_both_bands"] = True if both else (False if complete and known else None)
    answers["has_2_4"] = True if "2.4" in known else (False if complete else None)
    low = [n for n in mine if n.band == "2.4"]
    answers["width_known"] = all(n.width_mhz is not None for n in low) if low else None
    return answers
