"""What a readout at the scanner question says about the customer's own network (whose name the bot asked first).

`readout_networks` is what the flow judges: the networks parsed from the readout. Two kinds of reply are not a
listing of networks:

- a line typed about their own network, often without its name: "channel 1 20MHz -75dBm WPA2", "its on ch 6,
  signal -81" (a blind exploratory test: the signal was lost, so a weak signal was never found). Its values are
  the network's, one radio per band it names: "2.4 is -72 on ch 1 and the 5g one is -65 on ch 44";
- a single "network" that is not theirs is a sentence about their own ("only 5GHz" read as a network named
  "only"), not a listing where theirs is missing; when it gives no values either, the flow reads it as words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from flows.lazy_re import lazy

from .detect import detect_format, parse_scan
from .findings import networks_named
from .generic import _CLAUSE_SPLIT, _GEN_TOKENS
from .model import ScannedNetwork, _band_from_channel, _Draft, _norm_security, _pct_to_dbm

_PATTERNS = dict(_GEN_TOKENS)
# Looser than a pasted table's, since these are typed: "ch11", "chan 6", "width 40", "40 wide", a bare "-75".
_CHANNEL = lazy(r"\b(?:channel|chan|ch|kanal|canal)\.?\s*(?:is|[:#=])?\s*(\d{1,3})(?!\d)", re.I)
_WIDTH = lazy(r"\bwidth\s*(?:is|of|[:=])?\s*(20|40|80|160)\b|\b(20|40|80|160)\s*(?:mhz)?\s*wide\b", re.I)
_BARE_SIGNAL = lazy(r"(?<![\w.])-\s?(\d{2,3})(?![\d.%])")
_MINUS = lazy(r"\bminus\s+(\d{2,3})\b", re.I)
# Typed on one line, radios or values apart: "HomeNet 2.4GHz ch 6 | HomeNet 5GHz ch 44", "ch 11 / 40 MHz".
_SEPARATOR = lazy(r"\s[|/]\s")
# At most this many lines: a longer reply is a pasted listing, for the scanner formats' readers.
MAX_TYPED_LINES = 3


def _band(draft: _Draft) -> str | None:
    return draft.band or (_band_from_channel(draft.channel) if draft.channel else None)


def _measured(draft: _Draft) -> bool:
    return any(v is not None for v in (draft.channel, draft.width, draft.signal, draft.freq))


_FIELDS = ("freq", "band", "channel", "width", "security", "signal")


def _clause_radio(clause: str, ssid: str) -> _Draft:
    """The values one clause gives."""
    radio = _Draft(ssid=ssid)
    if m := _PATTERNS["freq"].search(clause):
        radio.freq = int(m.group(1))
        clause = clause[: m.start()] + " " + clause[m.end():]
    if m := _PATTERNS["width"].search(clause) or _WIDTH.search(clause):
        radio.width = int(m.group(1) or m.group(2))
        clause = clause[: m.start()] + " " + clause[m.end():]
    if m := _PATTERNS["band"].search(clause):
        radio.band = "2.4" if m.group(1).startswith("2") else m.group(1)
    if m := _CHANNEL.search(clause):
        radio.channel = int(m.group(1))
    if m := _PATTERNS["signal"].search(clause):
        radio.signal = _pct_to_dbm(int(m.group(2))) if m.group(2) else int(m.group(1) or m.group(3) or m.group(4))
    elif (m := _BARE_SIGNAL.search(clause)) and 20 <= int(m.group(1)) <= 110:
        radio.signal = -int(m.group(1))
    if m := _PATTERNS["security"].search(clause):
        radio.security = _norm_security(m.group(0))
    if radio.band and radio.channel and _band_from_channel(radio.channel) not in (None, radio.band):
        radio.channel = None  # "5 GHz ch 6" is a typo; trust the band the person named
    return radio


def own_radios(text: str, ssid: str) -> list[ScannedNetwork]:
    """The radios of the customer's network that a typed line describes ([] when it gives no values)."""
    # Their network's name goes first: "Apt 12B" or "home_wifi_2.4" hold no channel or band.
    low = re.sub(re.escape(ssid), " ", text, flags=re.I) if ssid.strip() else text
    low = _MINUS.sub(r"-\1", low).replace("- -", "-")
    radios: list[_Draft] = []
    parts = (p for line in low.splitlines() for p in _SEPARATOR.split(line))
    for clause in (c for part in parts for c in _CLAUSE_SPLIT.split(part)):
        if not clause or not clause.strip():
            continue
        found = _clause_radio(clause, ssid)
        current = radios[-1] if radios else None
        if current is None or (_band(found) and _band(current) and _band(found) != _band(current)):
            radios.append(found)  # the first radio, or the other band's
            continue
        for name in _FIELDS:
            if getattr(current, name) is None:
                setattr(current, name, getattr(found, name))
    return [radio.build() for radio in radios if _measured(radio)]


def readout_networks(text: str, ssid: str | None,
                     parsed: Sequence[ScannedNetwork] | None = None) -> list[ScannedNetwork]:
    """The networks a readout shows, for the flow to judge (`parsed`: parse_scan's result, if already read)."""
    nets = list(parsed) if parsed is not None else parse_scan(text)
    if not ssid:
        return nets
    theirs = networks_named(nets, ssid)
    typed = len(text.strip().splitlines()) <= MAX_TYPED_LINES and detect_format(text) in (None, "generic")
    if typed and (len(nets) <= 1 or len(theirs) == len(nets)):
        own = own_radios(text, ssid)
        if own:
            return own
    if len(nets) == 1 and not theirs:
        return []
    return nets
