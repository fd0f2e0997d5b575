"""Generic readouts: what a person types, one network per line ("MyNet 2.4GHz channel 6 40MHz WPA2 -60dBm"),
a sentence naming several ("my network is Home, channel 11, and there's Home-5G on channel 44"), or a typed
table with a header row (`table`).

Also the fallback when a recognised format yields no networks.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

from .model import (
    ScannedNetwork,
    _band_from_channel,
    _Draft,
    _norm_security,
    _pct_to_dbm,
    _width_from_apple_channel,
)
from .table import parse_table

_GEN_TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A BSSID after the name, bare or in brackets ("Casa_Lopez (a4:2b:b0:11:22:34) -52dBm"): not part of the name.
    ("bssid", lazy(r"[\[(]?(?<![\w:])((?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2})(?![\w:])[\])]?", re.I)),
    ("freq", lazy(r"(?<![\w.])(2[45]\d\d|5\d{3}|6\d{3}|7[01]\d\d)\s*MHz\b", re.I)),
    ("band", lazy(r"(?<![\w.-])(2[.,]4|5|6)\s*G(?:Hz)?\b", re.I)),
    (
        "channel",
        lazy(
            # "ch6" as typed on a phone, too (round 10B).
            r"\b(?:channel|chan|ch|kanal|canal)(?:\b|(?=\d))\.?\s*[:#]?\s*(\d{1,3})"
            r"(?:\s*,\s*([+-]1|\d{2,3})(?!\d))?",
            re.I,
        ),
    ),
    ("width", lazy(r"(?<![\w.])(20|40|80|160|320)\s*MHz\b", re.I)),
    (
        "signal",
        # People often drop the unit: "signal -67", "RSSI: -70", "at -80" are dBm readings too, and so is a bare
        # "-70" between spaces ("NEIGHBOR_5G -70 ch 149": no other reading of a scanner line is a negative number).
        lazy(
            r"(?<![\w.])(-\d{2,3})(?:\.\d+)?\s*dBm\b|(?<![\w.-])(\d{1,3})\s*%"
            r"|\b(?:signal|rssi|strength|level|at)\s*(?:is|of|:|=)?\s*(-(?:[2-9]\d|1[01]\d))(?![\w%]|\.\d)"
            r"|(?<=\s)(-(?:[2-9]\d))(?=\s|$|,)",
            re.I,
        ),
    ),
    (
        "security",
        lazy(
            # macOS's "RSN(PSK,SAE/AES/AES)" whole: PSK beside SAE is WPA2/WPA3 mixed, not WPA3 only.
            r"(?<![\w-])(?:(?:RSN|WPA2?)\((?:PSK|SAE|802\.1X)(?:[,+](?:PSK|SAE|802\.1X))*/[A-Z]+/[A-Z]+\)"
            r"|WPA[123]?(?:[-/ ](?:PSK|SAE|WPA[23]|Personal|Enterprise|EAP))*(?:[-+](?:CCMP|TKIP|AES))*|WEP|SAE"
            r"|802\.1X|enterprise|open|no password|unsecured)(?![\w-])",
            re.I,
        ),
    ),
    ("hidden", lazy(r"[<(\[*]?\bhidden(?: network)?\b[>)\]*]?", re.I)),
)
_PROSE_START = ("my ", "i ", "it ", "the ", "our ", "we ", "there ", "this ", "that ", "there's ", "there’s ")
# How people introduce a network name in a sentence; the name is the next word (or a quoted phrase).
_QUOTED = lazy(r"[\"“”]([^\"“”]{1,32})[\"“”]")
_INTRO = lazy(
    r"(?:(?P<named>\b(?:network|wi-?fi|ssid|hotspot)(?:\s+name)?\s+(?:is|=|:|called|named)|\bcalled|\bnamed)"
    r"|\bthere(?:'|’)?s|\bthere\s+is|\b(?:i\s+(?:also\s+)?see))"
    r"\s+(?:(?:a|an|the|another|one|network|also|my|called|named)\s+)*(?P<name>[^\s,;]+)",
    re.I,
)
# After "there's" / "I see" the next word is only taken as a name when it looks like one (not "a light").
_SSID_LIKE = lazy(r"[A-Z0-9_\-.]")
_NOT_A_NAME = frozenset(
    {"on", "at", "in", "is", "it", "with", "channel", "signal", "and", "also", "no", "not"}
)
# Clause breaks in a sentence that names several networks: sentence ends, ";", and joining words.
_CLAUSE_SPLIT = lazy(r"(?<=[.!?])\s+|;\s*|,?\s+(?:and|also|plus|but)\s+(?=\S)", re.I)


def _prose_name(text: str) -> str | None:
    """The network a clause names: a quoted phrase, or the word after "network is" / "there's" / "called"."""
    if m := _QUOTED.search(text):
        return m.group(1).strip()
    for m in _INTRO.finditer(text):
        name = m.group("name").rstrip(".:!?")
        if not name or name.lower() in _NOT_A_NAME or any(p.match(name) for _, p in _GEN_TOKENS):
            continue
        if m.group("named") or _SSID_LIKE.search(name):
            return name
    return None


def _hits(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _GEN_TOKENS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _, _ in hits):
                continue
            hits.append((m.start(), m.end(), kind, m))
    hits.sort(key=lambda hit: hit[0])
    return hits


def _generic_line(line: str) -> ScannedNetwork | None:
    text = line.strip().lstrip("-*•>").strip()
    if not text or len(text) > 200:
        return None
    hits = _hits(text)
    if not hits:
        return None
    kinds = {kind for _, _, kind, _ in hits}
    name = text[: hits[0][0]].strip(" \t-:|,;=")
    name = name[1:-1] if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'“”" else name
    if len(name.split()) > 1 and (named := _prose_name(name)):
        name = named
    if "hidden" in kinds and not name:
        name = ""
    elif not name or len(name) > 32 or len(name.split()) > 4:
        return None
    elif name.lower().startswith(_PROSE_START) and len(name.split()) >= 3:
        return None
    draft = _Draft(ssid=name)
    _fill(draft, hits)
    return draft.build()


def _fill(draft: _Draft, hits: list[tuple[int, int, str, re.Match[str]]]) -> None:
    """Set every field a token shows, keeping fields already set (a later clause adds, never overwrites)."""
    before = _Draft(**{k: v for k, v in vars(draft).items() if k != "extra"})
    for _, _, kind, m in hits:
        if kind == "bssid":
            draft.bssid = m.group(1)
        elif kind == "freq":
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
            pct = m.group(2)
            draft.signal = _pct_to_dbm(int(pct)) if pct else int(m.group(1) or m.group(3) or m.group(4))
        elif kind == "security":
            draft.security = _norm_security(m.group(0)) or draft.security
    for key, value in vars(before).items():
        if value is not None and key != "extra":
            setattr(draft, key, value)
    if draft.band and draft.channel and _band_from_channel(draft.channel) not in {None, draft.band}:
        draft.channel = None  # "5 GHz ch 6" is a typo; trust the band the person named


def _prose_networks(line: str) -> list[ScannedNetwork]:
    """A sentence naming one or more networks; a clause without a name adds to the network before it."""
    drafts: list[_Draft] = []
    for clause in _CLAUSE_SPLIT.split(line.strip()):
        if not clause or not clause.strip():
            continue
        hits = [hit for hit in _hits(clause) if hit[2] != "hidden"]
        name = _prose_name(clause) or (_clause_lead(clause[: hits[0][0]]) if hits else None)
        if name is not None and hits:
            drafts.append(_Draft(ssid=name))
        elif not drafts or not hits:
            continue
        _fill(drafts[-1], hits)
    return [draft.build() for draft in drafts]


def _clause_lead(prefix: str) -> str | None:
    """ "BobNet on channel 1": a clause that opens with one SSID-looking word before its first value."""
    words = prefix.strip(" \t,:-").split()
    while words and words[-1].lower() in _NOT_A_NAME:
        words.pop()
    # Past the first letter, so a capitalised sentence opener ("It is on channel 6") is not taken for a name.
    if len(words) == 1 and _SSID_LIKE.search(words[0][1:]) and words[0].lower() not in _NOT_A_NAME:
        return words[0].strip('"“”')
    return None


def _comma_list(line: str) -> list[ScannedNetwork]:
    """ "SmithFamily 2.4GHz ch6 WPA2, SmithFamily 5GHz ch44 WPA2": one network per comma, each opening with the same
    name (round 10B: a comma list, the way a phone types two lines, was read as one network)."""
    words = line.strip().split()
    if not words:
        return []
    first = words[0].strip('"“”,')
    parts = re.split(rf",\s*(?={re.escape(first)}\b)", line.strip())
    if len(parts) < 2 or not _SSID_LIKE.search(first[1:]):
        return []
    nets = [net for part in parts if (net := _generic_line(part)) is not None]
    return nets if len(nets) == len(parts) else []


def _parse_generic(lines: list[str]) -> list[ScannedNetwork]:
    out: list[ScannedNetwork] = []
    table_rows, header_at = parse_table(lines)
    for index, line in enumerate(lines):
        if index == header_at:
            continue
        if index in table_rows:
            out.append(table_rows[index])
            continue
        prose = _prose_networks(line)
        if len(prose) < 2 and len(listed := _comma_list(line)) >= 2:
            out.extend(listed)
            continue
        # One line naming several networks is a sentence; otherwise the line reader is the stricter one.
        if len(prose) < 2 and (single := _generic_line(line)) is not None:
            out.append(single)
        else:
            out.extend(prose)
    return out
