"""The `ScannedNetwork` record and the small value helpers every format parser shares.

Band, channel and frequency conversion, BSSID and SSID clean-up, the security-text normaliser, and `_Draft`,
the mutable builder each parser fills in before turning it into a validated `ScannedNetwork`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flows.lazy_re import lazy

_MAC = r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}"
_MAC_RE = lazy(_MAC)
# A BSSID as people paste it after masking a few digits ("68:FF:7B:21:??:E3"): still marks a column or a row,
# but `_norm_bssid` turns it into None because it no longer names a radio.
_MAC_LIKE = r"[0-9A-Fa-f?*xX]{2}(?:[:-][0-9A-Fa-f?*xX]{2}){5}"
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


def _freq_text(raw: str | None) -> int | None:
    """MHz from "2412 MHz", "2412", "2.412 GHz" or a bare "2.412" (tables often give GHz without the unit)."""
    if not raw or not (m := re.search(r"(\d{1,4}(?:[.,]\d{1,3})?)\s*(GHz|MHz)?", raw, re.I)):
        return None
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "").lower()
    if unit == "ghz" or (not unit and value < 10):
        value *= 1000
    return int(round(value))


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


def _clean_ssid(raw: str | None, exact: bool = False) -> str | None:
    """The SSID as broadcast; `exact` keeps surrounding spaces, for formats that delimit the name exactly."""
    if raw is None:
        return None
    # Padding is only noise where columns are aligned; a quoted or "|"-delimited name can really end in a space.
    name = _fix_mojibake(raw if exact else raw.strip())
    if name.strip().casefold() in _HIDDEN_LABELS or set(name) <= {"\x00"}:
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


_SEC_EAP = lazy(r"EAP|802\.1X|ENTERPRISE|\bSUITE-?B", re.I)
_SEC_SAE = lazy(r"SAE|WPA3", re.I)
_SEC_PSK2 = lazy(r"WPA2|RSN[^\]\s]*PSK", re.I)
_SEC_PSK1 = lazy(r"\bWPA1?(?![23\w])|WPA-PSK|\[WPA-", re.I)
_SEC_WEP = lazy(r"WEP|\bSHARED\b", re.I)
_SEC_OWE = lazy(r"\bOWE\b|ENHANCED OPEN", re.I)
_SEC_OPEN = lazy(r"^(?:OPEN|NONE|--|OPEN NETWORK|NO PASSWORD|NO SECURITY|UNSECURED|\[ESS\].*)$", re.I)


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
    # True when the format delimits the SSID exactly (quotes, bare "|"), so its surrounding spaces are real.
    exact_ssid: bool = False

    def build(self) -> ScannedNetwork:
        bssid = _norm_bssid(self.bssid) if self.bssid else None
        freq = self.freq if self.freq is not None and 2300 <= self.freq <= 7200 else None
        channel = self.channel if self.channel is not None and 0 < self.channel <= 233 else None
        width = self.width if self.width in {20, 40, 80, 160, 320} else None
        signal = self.signal if self.signal is not None and -120 <= self.signal <= 0 else None
        band = self.band if self.band in {"2.4", "5", "6"} else None
        return ScannedNetwork(
            ssid=_clean_ssid(self.ssid, exact=self.exact_ssid),
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


def _first(pattern: str, text: str) -> str | None:
    match = re.search(pattern, text)
    return match.group(1) if match else None


def suite_security(rsn: str, wpa: str, has_rsn: bool, has_wpa: bool) -> str | None:
    """Security from the RSN/WPA elements' authentication suites (iw, iwlist), or from which elements are there.

    An RSN element is WPA2 even when its suites are not shown (a paste cut inside it); next to a WPA element it
    is mixed WPA/WPA2, which counts as wpa2. None when neither element says anything (the caller knows whether
    that means open or WEP).
    """
    if "802.1x" in f"{rsn} {wpa}".lower():
        return "enterprise"
    sae, psk = "SAE" in rsn, "PSK" in rsn
    if sae and psk:
        return "wpa2/wpa3"
    if sae or "OWE" in rsn:
        return "wpa3"
    if psk or has_rsn:
        return "wpa2"
    if wpa or has_wpa:
        return "wpa"
    return None
