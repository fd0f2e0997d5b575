"""Windows `netsh wlan show networks mode=bssid`.

Widths are never shown. Keys are localized; the common European translations are listed so a French or
German console still parses.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import _MAC, ScannedNetwork, _band_text, _Draft, _first, _int, _norm_security, _pct_to_dbm

_NETSH_KEY_RE = lazy(r"^\s*(?P<key>[^:]+?)\s*:\s?(?P<value>.*)$")
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
