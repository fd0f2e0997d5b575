"""Turning parsed networks into answers: pick the customer's network, emit `wifi:*` findings.

`networks_named` and `ssid_choices` find the customer's network in a scan; `scan_findings` lists what is
wrong with it for a given platform; `scan_answers` says which router questions the scan already answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .model import ScannedNetwork

WEAK_SIGNAL_DBM = -70
CELLULAR_PLATFORMS = frozenset(
    {"electron", "boron", "bsom", "b5som", "esomx", "tracker", "trackerm", "msom", "asom"}
)
DUAL_BAND_PLATFORMS = frozenset({"p2"})


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
    """`(code, detail)` pairs for the customer's network, in the order of docs/codes.md.

    `platform` is the cyanbot platform name ("photon", "p1", "argon", "p2", ...). None is treated as a
    2.4 GHz-only device, since three of the four Wi-Fi platforms are; Argon-only name rules need "argon".
    """
    plat = _platform(platform)
    if plat in CELLULAR_PLATFORMS:
        return []  # Wi-Fi checks do not apply to cellular devices
    dual_band = plat in DUAL_BAND_PLATFORMS
    name = _resolve_name(networks, ssid)
    hidden = [n for n in networks if n.hidden]
    if name is None:
        if hidden and not any(n.ssid for n in networks):
            return [("wifi:hidden_ssid", f"only hidden networks in the scan ({len(hidden)})")]
        return []
    mine = networks_named(networks, name)
    if not mine:
        return _missing_findings(name, len(hidden), plat)

    shown = mine[0].ssid or name
    low = [n for n in mine if n.band == "2.4"]
    usable_bands = {"2.4", "5"} if dual_band else {"2.4"}
    usable = [n for n in mine if n.band in usable_bands] or mine
    # A radio of the network with no security shown has its sibling's: one name is one router's settings, and a
    # customer who adds "Security: WPA3 Personal" to a pasted scan writes it once (explore13's n16).
    told = _security_set(mine)
    findings = [
        *_band_findings(shown, mine, dual_band),
        *_channel_findings(low, plat),
        *_security_findings(shown, usable, dual_band, told if len(told) == 1 else set()),
    ]
    if weak := _weak_signal(usable if dual_band else low):
        findings.append(("wifi:weak_signal", weak))
    if chars := _name_chars(shown, plat):
        findings.append(("wifi:unsupported_ssid_chars", chars))
    if mesh := _mesh_detail(mine):
        findings.append(("wifi:mesh_or_gateway", mesh))
    return findings


def _missing_findings(name: str, hidden: int, plat: str | None) -> list[tuple[str, str]]:
    """The customer's network is not in the scan: maybe hidden, maybe a name the device cannot use."""
    if hidden:
        detail = f"'{name}' is not in the scan, but {hidden} hidden network(s) are: it may be hidden"
    else:
        detail = f"'{name}' is not in the scan at all (hidden, out of range, or named differently)"
    findings = [("wifi:hidden_ssid", detail)]
    if chars := _name_chars(name, plat):
        findings.append(("wifi:unsupported_ssid_chars", chars))
    return findings


def _band_findings(shown: str, mine: Sequence[ScannedNetwork], dual_band: bool) -> list[tuple[str, str]]:
    """No 2.4 GHz the device can use; one name on several bands."""
    findings: list[tuple[str, str]] = []
    low = [n for n in mine if n.band == "2.4"]
    high = [n for n in mine if n.band in {"5", "6"}]
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
    return findings


# Channels each platform cannot use. A Photon or P1 with no country code set uses WICED's "Japan" channel set (1-13),
# so only 14; the P2 defaults to the US plan (1-11); the Argon's is not documented, so 1-11 is assumed
# (docs/particle-facts.md section 2, row "Channels 12-13 (14)"; a blind exploratory test's Photon was told it could
# not use channel 13).
_HIGH_CHANNELS = {"photon": {14}, "p1": {14}}


def _channel_findings(low: Sequence[ScannedNetwork], plat: str | None = None) -> list[tuple[str, str]]:
    """2.4 GHz channel problems: 40 MHz width, channels 12-14 (14 alone on a Photon or P1)."""
    findings: list[tuple[str, str]] = []
    wide = [n for n in low if n.width_mhz is not None and n.width_mhz >= 40]
    if wide:
        findings.append(
            (
                "wifi:channel_width_40mhz",
                f"2.4 GHz {_channels(wide)} at {max(n.width_mhz or 0 for n in wide)} MHz",
            )
        )
    unusable = _HIGH_CHANNELS.get(plat or "", {12, 13, 14})
    high_channel = [n for n in low if n.channel in unusable]
    if high_channel:
        uses = "1-13" if 12 not in unusable else "1-11"
        findings.append(
            ("wifi:channel_out_of_range", f"2.4 GHz {_channels(high_channel)} (device uses {uses})")
        )
    return findings


def _security_findings(shown: str, usable: Sequence[ScannedNetwork], dual_band: bool,
                       siblings: set[str]) -> list[tuple[str, str]]:
    """Security modes the device cannot join: WPA3 only, enterprise, open or WEP. `siblings`: the one security the
    network's radios show, for the usable radios that show none."""
    findings: list[tuple[str, str]] = []
    security = _security_set(usable) or (siblings if usable else set())
    if security == {"wpa3"}:
        note = "; WPA3 is experimental on P2 (Device OS 5.5.0+)" if dual_band else ""
        findings.append(("wifi:wpa3_only", f"'{shown}' offers only WPA3 (SAE), no WPA2{note}"))
    if "enterprise" in security:
        findings.append(("wifi:enterprise", f"'{shown}' uses enterprise (802.1X) login"))
    if security & {"open", "wep"}:
        kind = "WEP" if "wep" in security else "open (no password)"
        findings.append(("wifi:open_or_wep", f"'{shown}' is {kind}"))
    return findings


def _weak_signal(pool: Sequence[ScannedNetwork]) -> str | None:
    """The weak-signal detail when even the strongest usable entry is below WEAK_SIGNAL_DBM."""
    signal_pool = [n for n in pool if n.signal_dbm is not None]
    if not signal_pool:
        return None
    strongest = max(signal_pool, key=lambda n: n.signal_dbm or -1000)
    if (strongest.signal_dbm or 0) < WEAK_SIGNAL_DBM:
        return (
            f"best {_band_label(strongest.band)} signal {strongest.signal_dbm} dBm "
            "where the scan was taken"
        )
    return None


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
        "password_protected": None,
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
    security = {n.security for n in mine}
    if None not in security:
        # WPA/WPA2/WPA3 with a key: not a sign-in-page network (captive portals are open networks).
        answers["password_protected"] = all(s not in ("open", "wep", "enterprise") for s in security)
    return answers


# Typed sentences that say what the scan shows, or what is missing from it.
_SENTENCE_FINDINGS: tuple[tuple[str, str, str], ...] = (
    (r"\b(no|cant see any|can'?t see any|dont see any|don'?t see any|not any|without) ?(a )?2\.4|\bonly (the )?5 ?g(hz)?\b"
     r"|\b(just|only) (see )?(a |the )?5 ?ghz\b", "wifi:no_2_4ghz", "the customer sees no 2.4 GHz network"),
    (r"\b40 ?mhz\b", "wifi:channel_width_40mhz", "the customer reads 40 MHz width"),
    (r"\bchannel (12|13|14)\b|\bch ?(12|13|14)\b", "wifi:channel_out_of_range", "the customer reads channel 12-14"),
    (r"\bwpa3(-| )?only\b|\bonly wpa3\b", "wifi:wpa3_only", "the customer reads WPA3 only"),
    (r"\b(weak|one bar|1 bar|red bar|very low|barely|poor)\b|-(7[1-9]|[89]\d)\b", "wifi:weak_signal",
     "the customer reads a weak signal"),
    # "I don't see Casa_Lopez at all out in the garage, only the neighbours' ones" (a blind exploratory test was
    # told "Thanks, that helps" and nothing more).
    (r"\b(do ?n'?t|ca ?n'?t|cannot|does ?n'?t|is ?n'?t|not) (see|find|show|showing|appear|there|listed|in the list)"
     r"(?! any 2\.4)(\b.{0,40}\b(at all|anywhere|in the list|on the list|out here|from here|where it is|there))?"
     r"|\bonly (see )?(the |my )?neighbou?rs\b|\bnot (in|on) (the|that) list\b",
     "wifi:hidden_ssid", "the customer does not see their network where the device is (hidden, or out of range)"),
)


def sentence_findings(text: str) -> list[tuple[str, str]]:
    """Findings from a readout described in words ("cant see any 2.4 network", "mine is weak, one bar")."""
    low = (text or "").lower().replace("\u2019", "'")
    return [(code, detail) for pattern, code, detail in _SENTENCE_FINDINGS if re.search(pattern, low)]
