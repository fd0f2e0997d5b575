"""Values inside an answer: which unit (serial, device ID or name), a count, a public network's name (the Wi-Fi
network names themselves are in ssids.py).

Customers give these inside sentences ("the label says PHHAAB830ABCDEF", "it's called kitchen-hub in the app",
"about 3 times"). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import fold, is_word

__all__ = ["count", "device_ref", "labelled_ref", "name_in_opener", "public_network"]

_DEVICE_ID = lazy(r"(?<![0-9a-f])([0-9a-f]{24})(?![0-9a-f])", re.IGNORECASE)
# Serial-number prefixes printed on Particle labels (Photon PH, P1 P0/P1, Argon ARN/ARG, P2 P2A/P2M, Photon 2
# P2K/PH2, Boron B40/B52/BRN, E-series E40/E31, Tracker T40/T50/TRK, M-SoM M40/M50/MSM).
_SERIAL_PREFIX = lazy(r"^(?:PH2|PH|P0|P1|P2A|P2|ARN|ARG|B40|B41|B52|B4|B5|BRN|E40|E41|E31|E3|T40|T50|TRK|M40|M50"
                      r"|MSM)", re.IGNORECASE)
# "it's called kitchen-hub in the app", "i named it fishtank2", "the app calls it Photon_Basement".
_NAME_INTRO = lazy(
    r"(?:called|named|calls it|call it|named it|name is|name's|name in the app is|labell?ed|it'?s listed as"
    r"|shows (?:up )?as|(?:^|\s)(?:it'?s|its|it is))\s+(?P<q>[\"'\u201c\u2018]?)(?P<name>[\w\-. ]{1,40}?)"
    r"(?P=q)(?=\s+(?:in|on|from|i think|i believe|lol|thanks|thx|please)\b|[\s.,!?;)]*$|,)",
    re.IGNORECASE,
)
_NAME_INTRO_STRONG = lazy(
    r"(?:called|named|calls it|call it|named it|name is|name's|name in the app is|claimed as|listed as|saved as"
    r"|registered as|shows as|shows up as|appears as|gave it the name|the name)\s+(?P<q>[\"'\u201c\u2018]?)"
    r"(?P<name>[\w\-.' ]{1,40}?)(?P=q)(?=\s+(?:in|on|from|i think|i believe|lol|thanks|thx|please)\b|[\s.,!?;)]*$|,"
    r"|\.\s)",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset("the a an it this that my our your one light unit device thing sensor box blinking green "
                       "flashing off on there here ok okay fine broken working dead offline online".split())


# Labels print serials and IDs in one piece, but people copy them in groups ("PHH AAB 830 ABC DEF",
# "p046-ab12-34cd-efg", "3c00 3e00 0d47 ..."): short chunks joined by spaces, dashes or dots.
_CHUNKS = lazy(r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,24}(?:[ .\-][A-Za-z0-9]{1,24})+(?![A-Za-z0-9])")
# In a device ID (hex) a letter O is a zero, and I or l a one: hex has none of them.
_HEX_LOOKALIKES = str.maketrans({"o": "0", "O": "0", "i": "1", "I": "1", "l": "1", "L": "1"})


def _grouped_ref(raw: str) -> tuple[str, str] | None:
    """A serial or device ID typed in groups, or a device ID with a letter for a zero or one; None otherwise."""
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z0-9]{24}(?![A-Za-z0-9])", raw):
        hexed = m.group(0).translate(_HEX_LOOKALIKES)
        if hexed != m.group(0) and _DEVICE_ID.fullmatch(hexed) and sum(c.isdigit() for c in hexed) >= 12:
            return ("id", hexed.lower())
    for m in _CHUNKS.finditer(raw):
        # Words of the sentence around it never join a code ("Photon 2 in the garage"); a group in capitals, or with
        # a digit, or joined by dashes, may ("ABC", "830", "phh-aab").
        parts = [re.sub(r"[.\-]", "", p) for p in m.group(0).split(" ")]
        codelike = [not (p.isalpha() and not p.isupper() and is_word(p)) or "-" in q or "." in q
                    for p, q in zip(parts, m.group(0).split(" "), strict=True)]
        for i, p in enumerate(parts[:-1]):
            # "ARNKAB812MJ7RPC I think": the pronoun before a word joined the serial (a blind exploratory test).
            if p in ("I", "A") and parts[i + 1].islower() and is_word(parts[i + 1]):
                codelike[i] = False
        for start in range(len(parts)):  # the longest run of code-like groups from each group
            for end in range(len(parts), start, -1):
                if not all(codelike[start:end]):
                    continue
                joined = "".join(parts[start:end])
                hexed = joined.translate(_HEX_LOOKALIKES)
                if len(joined) == 24 and _DEVICE_ID.fullmatch(hexed):
                    return ("id", hexed.lower())
                if 12 <= len(joined) <= 16 and _SERIAL_PREFIX.match(joined) and _serial_token(joined.upper()):
                    return ("serial", joined.upper())
    return None


def _serial_token(tok: str) -> bool:
    has_digit = any(c.isdigit() for c in tok)
    has_alpha = any(c.isalpha() for c in tok)
    if not (has_digit and has_alpha):
        return False
    if 12 <= len(tok) <= 16 and _SERIAL_PREFIX.match(tok):
        return True
    # Generic serials: a long mixed token; two digits at least so names like "kitchenunit2" stay names.
    return 10 <= len(tok) <= 20 and sum(c.isdigit() for c in tok) >= 2 and tok.upper() == tok


def device_ref(text: str) -> tuple[str, str] | None:
    """("id", hex24) / ("serial", SERIAL) / ("name", name) for the unit a customer named; None if none is named."""
    raw = fold(text).strip()
    if not raw:
        return None
    m = _DEVICE_ID.search(raw)
    if m:
        return ("id", m.group(1).lower())
    grouped = _grouped_ref(raw)
    if grouped is not None:
        return grouped
    singles = re.findall(r"(?<!\S)[A-Za-z0-9](?!\S)", raw)
    if len(singles) >= 10:
        raw = re.sub(r"(?<=\b[A-Za-z0-9]) (?=[A-Za-z0-9]\b)", "", raw)  # "P 2 M A A A 7 7 1 9 ..." read aloud
    tokens = re.findall(r"[A-Za-z0-9]+", raw)
    prefixed = [t for t in tokens if 12 <= len(t) <= 16 and _SERIAL_PREFIX.match(t) and _serial_token(t)]
    if prefixed:
        return ("serial", prefixed[0].upper())
    for quoted in re.finditer(r"(?<![\w'])[\"'\u201c\u2018]([\w\-. ]{2,40})[\"'\u201d\u2019](?![\w])", raw):
        return ("name", quoted.group(1).strip())
    for m in [*_NAME_INTRO_STRONG.finditer(raw), *_NAME_INTRO.finditer(raw)]:
        name = re.sub(r"^(?:(?:called|named|it|is|its|it's)\s+)+", "", m.group("name").strip(" ."), flags=re.I)
        if name and name.lower() not in _NOT_NAMES and len(name.split()) <= 3 and _namelike(name, intro=True):
            return ("name", name)
    generic = [t for t in tokens if _serial_token(t) and len(t) >= 12]
    if generic:
        return ("serial", generic[0].upper())
    # A lone token such as "porch-sensor" or "unit7": a name (customers copy it from the app).
    words = raw.strip(" \t\"'`.,!?;:()[]").split()
    if len(words) == 1 and _namelike(words[0], intro=False):
        return ("name", words[0])
    return None


def labelled_ref(text: str) -> tuple[str, str] | None:
    """A device ID, or a serial with a prefix printed on Particle labels, anywhere in `text`: a unit named beyond
    doubt (a long code without such a prefix may be a Wi-Fi key or an order number)."""
    ref = device_ref(text)
    if ref is not None and (ref[0] == "id" or (ref[0] == "serial" and _SERIAL_PREFIX.match(ref[1]))):
        return ref
    return None


_COMMON_JOINED = frozenset("set-up log-in sign-in plug-in follow-up check-in on-line off-line".split())


# Joined words that are English or Wi-Fi talk, not a unit's name: "re-did", "co-worker", "WPA2-PSK", "TP-Link".
_WORD_PREFIX = frozenset("re pre co non self un e x anti multi dual tri sub over under out".split())
_TECH_PART = lazy(r"^(?:wpa\d?|psk|sae|tkip|aes|ccmp|wep|ghz|mhz|ssid|dhcp|ip|dns|mac|lan|wan|usb|tv|tp|d|t|at|link|fi"
                  r"|wifi|5g|ax|ac)$")


def _joined_word(token: str) -> bool:
    parts = re.split(r"[-_]", token.lower())
    return token.lower() in _COMMON_JOINED or parts[0] in _WORD_PREFIX or any(_TECH_PART.match(p) for p in parts) \
        or re.search(r"wi-?fi|5g|2\.4|ghz", token, re.I) is not None


def name_in_opener(text: str) -> str | None:
    """The one token of a first message that looks like a unit's name as the app shows it ("my porch-sensor is
    offline", "kitchen_hub down"): words joined by a dash or underscore. None when there is none, or more than one."""
    found = {t.strip(".,!?;:()\"'") for t in text.split()}
    names = [t for t in found if re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+", t) and not _joined_word(t)]
    return names[0] if len(names) == 1 else None


def _namelike(name: str, intro: bool) -> bool:
    """Device names are one token with a digit, dash, underscore or inner capital, or follow "called"/"named"."""
    if any(c.isdigit() or c in "-_" for c in name) and " " not in name:
        return True
    if re.search(r"[a-z][A-Z]", name):
        return True
    return intro


# --- counts -------------------------------------------------------------------------------------------------

_NUMBER_WORDS = {"zero": 0, "none": 0, "once": 1, "one": 1, "single": 1, "twice": 2, "two": 2, "double": 2,
                 "couple": 2, "pair": 2, "dozen": 12, "three": 3, "thrice": 3, "triple": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def count(tokens: tuple[str, ...] | list[str]) -> int | None:
    """The count in an answer ("3", "three times", "twice", "orange orange orange"): the first one, or the last
    when the customer corrects it ("2, no wait, 3")."""
    found = []
    corrected = any(t in ("wait", "actually", "sorry", "correction", "but", "again", "carefully", "recount")
                    for t in tokens)
    tokens = [("3" if t in ("hat-trick", "hattrick") else t) for t in tokens]
    for i, t in enumerate(tokens):
        if i > 0 and tokens[i - 1] in ("not", "than") and (t.isdigit() or t in _NUMBER_WORDS):
            continue  # "one flash only, not two", "more than two, three"
        ish = re.fullmatch(r"(\d{1,3})-?ish", t)
        if ish:
            found.append(int(ish.group(1)))
            continue
        if re.fullmatch(r"\d{1,2}x", t):
            found.append(int(t[:-1]))  # "3x"
        elif t.isdigit() and len(t) <= 3:
            found.append(int(t))
        elif t in _NUMBER_WORDS and not (t == "one" and (
                (i + 1 < len(tokens) and tokens[i + 1] in ("of", "more", "blue", "name", "network"))
                or (i > 0 and tokens[i - 1] in ("this", "that", "the", "which", "each", "every", "any", "no", "other")
                    and not (i > 1 and tokens[i - 2] in ("just", "only"))
                    and i + 1 < len(tokens) and tokens[i + 1] not in _BLINK_NOUNS))):
            found.append(_NUMBER_WORDS[t])
    if not found:
        # "orange orange then blue": the flashes spelled out, one word each.
        runs = [len(m.group(0).split()) for m in re.finditer(r"\b(orange|red|blink|flash)( \1\b)+", " ".join(tokens))]
        if runs:
            return max(runs)
    if not found:
        return None
    if len(found) >= 2 and found == list(range(1, len(found) + 1)):
        return found[-1]  # "1 2 3 then a pause": counted aloud
    return found[-1] if corrected else found[0]


_BLINK_NOUNS = frozenset("orange blip blips flash flashes blink blinks time times red".split())


# Public Wi-Fi names a unit cannot join (docs/particle-facts.md section 4): hotspots with a sign-in page, and
# networks that need a username (802.1X). Customers pick them because their phone joins them by itself.
_PUBLIC_PORTAL = lazy(r"^(?:xfinitywifi|spectrum ?(?:free ?)?wi-?fi|spectrumwifi|optimumwifi|cablewifi|attwifi"
                      r"|bt ?wi-?fi(?:-with-fon)?|btwifi\S*|btfon|fon[ _-]?wi-?fi\S*|virgin ?media ?wi-?fi|the ?cloud"
                      r"|_the cloud|telstra ?air|google starbucks|starbucks ?wi-?fi|\S*free ?wi-?fi)$", re.IGNORECASE)
_PUBLIC_LOGIN = lazy(r"^(?:eduroam|xfinity|xfinitymobile|govroam)$", re.IGNORECASE)


def public_network(name: str) -> str | None:
    """"captive_portal" for a public hotspot's name with a sign-in page ("xfinitywifi", "BTWi-fi"), "enterprise"
    for one that needs a username ("eduroam"); None for any other name."""
    plain = name.strip().strip("\"'")
    if _PUBLIC_LOGIN.match(plain):
        return "enterprise"
    if _PUBLIC_PORTAL.match(plain):
        return "captive_portal"
    return None
