"""Generic readouts: what a person types, one network per line ("MyNet 2.4GHz channel 6 40MHz WPA2 -60dBm").

Also the fallback when a recognised format yields no networks.
"""

from __future__ import annotations

import re

from .model import (
    ScannedNetwork,
    _band_from_channel,
    _Draft,
    _norm_security,
    _pct_to_dbm,
    _width_from_apple_channel,
)

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
