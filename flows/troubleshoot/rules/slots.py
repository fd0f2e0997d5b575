"""Values inside an answer: which unit (serial, device ID or name), the Wi-Fi network name(s), a count.

Customers give these inside sentences ("the label says PHHAAB830ABCDEF", "it's called kitchen-hub in the app",
"it's NETGEAR47 I think, or NETGEAR47-5G, there are two", "about 3 times"). Pure functions.
"""

from __future__ import annotations

import re

from flows.troubleshoot.rules.text import fold, is_word

__all__ = ["band_pair", "count", "device_ref", "five_ghz_name", "labelled_ref", "name_in_opener", "network_names",
           "public_network", "volunteered_network"]

_DEVICE_ID = re.compile(r"(?<![0-9a-f])([0-9a-f]{24})(?![0-9a-f])", re.IGNORECASE)
# Serial-number prefixes printed on Particle labels (Photon PH, P1 P0/P1, Argon ARN/ARG, P2 P2A/P2M, Photon 2
# P2K/PH2, Boron B40/B52/BRN, E-series E40/E31, Tracker T40/T50/TRK, M-SoM M40/M50/MSM).
_SERIAL_PREFIX = re.compile(r"^(?:PH2|PH|P0|P1|P2A|P2|ARN|ARG|B40|B41|B52|B4|B5|BRN|E40|E41|E31|E3|T40|T50|TRK|M40|M50"
                            r"|MSM)", re.IGNORECASE)
# "it's called kitchen-hub in the app", "i named it fishtank2", "the app calls it Photon_Basement".
_NAME_INTRO = re.compile(
    r"(?:called|named|calls it|call it|named it|name is|name's|name in the app is|labell?ed|it'?s listed as"
    r"|shows (?:up )?as|(?:^|\s)(?:it'?s|its|it is))\s+(?P<q>[\"'\u201c\u2018]?)(?P<name>[\w\-. ]{1,40}?)"
    r"(?P=q)(?=\s+(?:in|on|from|i think|i believe|lol|thanks|thx|please)\b|[\s.,!?;)]*$|,)",
    re.IGNORECASE,
)
_NAME_INTRO_STRONG = re.compile(
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
_CHUNKS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,24}(?:[ .\-][A-Za-z0-9]{1,24})+(?![A-Za-z0-9])")
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
_TECH_PART = re.compile(r"^(?:wpa\d?|psk|sae|tkip|aes|ccmp|wep|ghz|mhz|ssid|dhcp|ip|dns|mac|lan|wan|usb|tv|tp|d|t|at|link|fi"
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


# --- Wi-Fi network names ------------------------------------------------------------------------------------

_NET_INTRO = re.compile(
    r"^(?:.*?(?:,|\.)\s*)?(?:ok(?:ay)?,?\s+|so\s+|um+,?\s+|yes,?\s+|yeah,?\s+)?"
    r"(?:(?:i think |i believe |pretty sure )?(?:it'?s|its|it is|mine is|ours is|our (?:wifi|network) is"
    r"|my (?:wifi|network)(?: name)? is|the (?:wifi |network )?name is|(?:wifi |network )?name is|network name:?"
    r"|wifi name:?|name:|ssid:?|its called|it'?s called|called|named|we'?re on|we are on|i'?m on|i am on"
    r"|it shows (?:up )?as|shows (?:up )?as|i see|on my phone it'?s|the wifi is|wifi is|the network is"
    r"|network is|our network is|mine'?s|it says|we use|we'?re using|using|connected to|is|ssid is"
    r"|the one that says|the one called|listed as|appears as|shows as|it'?s listed as|it appears as)\s+)",
    re.IGNORECASE,
)
_NET_OUTRO = re.compile(
    r"(?:\s+in (?:my|the) [\w' ]*list\b.*|\s+on (?:2\.4|5) ?ghz.*|,\s*wpa\S*.*|\s+(?:i think|i believe|i guess|probably|maybe|lol|haha|on my phone|on the phone|in the list"
    r"|i see both|there are two|there'?s two|both show up|both|thanks|thx|period|if that helps)\b.*"
    r"|\s*\([^)]*\)|\s*[.!?]+)$",
    re.IGNORECASE,
)
_CHATTER = re.compile(r"\b(?:i think|i believe|i guess|pretty sure|probably|there are two|there'?s two|there are 2"
                      r"|i see both|both show up|lol|haha|on my phone|in the list)\b[,.]?", re.IGNORECASE)
_FIVE = r"5g|5ghz|5\.0|5"
_BAND_SUFFIX = re.compile(rf"[\s_\-.]*(?:{_FIVE}|2g|2\.4g?|2\.4ghz|24g?|24ghz|ext|plus)$", re.IGNORECASE)
_FIVE_SUFFIX = re.compile(rf"[\s_\-.]*(?:{_FIVE})$", re.IGNORECASE)


def two_four_name(names: list[str]) -> str | None:
    """Of a band pair, the name that is not the 5 GHz one ("NETGEAR47" of "NETGEAR47-5G", "Home" of "Home-5")."""
    return next((n for n in names if not _FIVE_SUFFIX.search(n)), None)


def five_ghz_name(name: str) -> bool:
    """A name routers give their 5 GHz band ("TP-Link_4F2A_5G", "NETGEAR47-5G", "Home 5GHz"): a band word at the
    end, not a bare 5 ("Flat 5")."""
    return re.search(r"(?:^|[\s_\-.])5\s?(?:g|ghz)$", name.strip(), re.IGNORECASE) is not None


def band_pair(names: list[str]) -> bool:
    """True when two names differ only by a band suffix ("NETGEAR47" / "NETGEAR47-5G"): one router, two bands."""
    if len(names) != 2:
        return False
    a, b = (_BAND_SUFFIX.sub("", n).lower() for n in names)
    return bool(a) and a == b and names[0].lower() != names[1].lower()


def _name_score(clause: str) -> int:
    body = _NET_INTRO.sub("", clause.split(",")[0]).strip()
    if re.fullmatch(r"(good (morning|afternoon|evening)|hi|hello|hey|hiya|thanks|thank you|ok|okay)[.!]*", body, re.I):
        return -5
    toks = body.split()
    score = 0
    if any(re.search(r"\d|_|-|[a-z][A-Z]", t) for t in toks):
        score += 2
    if len(toks) <= 3:
        score += 1
    if re.search(r"\b(my|our|the|he|she|they|set|is|was|switched|one|off|up)\b", body, re.I):
        score -= 2
    return score


def network_names(text: str) -> list[str]:
    """The network name(s) a customer typed, as typed (quotes and chatter around them removed)."""
    raw = fold(text).strip()
    if not raw or len(raw) > 120:
        return []
    # Double quotes first: an apostrophe inside them is part of the name ("Dad's WiFi").
    quoted = re.findall(r"(?:^|(?<=[\s:(]))[\"\u201c]([^\"\u201c\u201d]{1,32})[\"\u201d]", raw) or \
        re.findall(r"(?:^|(?<=[\s:(]))[\"'\u201c\u2018]([^\"'\u201d\u2019]{1,32})[\"'\u201d\u2019]", raw)
    if quoted:
        return [q.strip() for q in quoted[:2]]
    raw = re.sub(r"\s*\([^)]*\)", "", raw)  # "(band steering's off)": an aside, never the name
    # "it's ATT4b7Q, no wait, ATT4b7Z": the corrected name counts.
    fixed = re.split(r"\b(?:no wait|no sorry|sorry|i mean|actually|correction)\b[\s,:]*", raw, flags=re.IGNORECASE)
    if len(fixed) > 1 and fixed[-1].strip(" .,"):
        raw = fixed[-1]
    called = re.search(r"\b(?:called|named|name is|name's)\s+([^,.;]+)", raw, re.IGNORECASE)
    if called:
        raw = called.group(1)
    else:
        # "On my phone it's listed as X": what follows the last naming phrase anywhere in the message.
        intro = list(re.finditer(r"\b(?:listed as|appears as|shows (?:up )?as|the one that says|it says)\s+", raw, re.I))
        if intro:
            raw = raw[intro[-1].end():]
    if not called and re.search(r"[.!?]\s+\S", raw):
        # "FBI Surveillance Van. Yes really. My husband thought it was funny.": the sentence that is the name.
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", raw) if s.strip(" .!?")]
        raw = max(sentences, key=lambda s: (_name_score(s), -sentences.index(s))).strip()
    # Chatter around the name, wherever it is: "it's NETGEAR47 I think, or NETGEAR47-5G, there are two".
    raw = _CHATTER.sub(" ", raw)
    raw = re.sub(r"^(?:.*?\b)?(?:(?:i see|there are|we have|theres)\s+)?(?:two|2|both)(?:\s+(?:ssids|networks|names))?"
                 r"\s*[:,]\s*", "", raw, flags=re.I)
    raw = raw.strip(" :,")
    # "Linksys00412, my son set it up" / "We use DLINK-7788, the 5G one is off": the clause that looks like a name.
    parts = [c.strip() for c in re.split(r",\s+|;\s+|\s+-\s+", raw) if c.strip()]
    if len(parts) > 1 and not any(re.search(r"\b(or|and)\b", c) for c in parts[1:]) and \
            not band_pair([_NET_INTRO.sub("", c).strip() for c in parts[:2]]):
        raw = max(parts, key=_name_score)
    raw = re.sub(r"\s+([,;])", r"\1", " ".join(raw.split())).strip(" ,;")
    body = _NET_INTRO.sub("", raw, count=1).strip()
    for _ in range(3):
        body = _NET_OUTRO.sub("", body).strip(" ,;")
    parts = [p.strip(" ,;") for p in re.split(r"\s*(?:,|/|\bor\b|\band\b|&)\s*", body) if p.strip(" ,;")]
    parts = [_NET_OUTRO.sub("", p).strip(" ,;") for p in parts]
    parts = [p for p in parts if p and len(p) <= 32]
    if len(parts) >= 2 and band_pair(parts[:2]):
        return parts[:2]
    if len(parts) >= 2 and all(len(p.split()) == 1 for p in parts[:2]) and \
            all(not is_word(p, 4.0) for p in parts[:2]):
        return parts[:2]
    name = body.strip(" ,;\"'")
    if not name or len(name) > 32 or len(name.split()) > 6:
        return []
    return [name]


# A Wi-Fi network named in passing, at another question ("blinking green, my wifi is called HomeNet btw"): only said
# in so many words, so that the router's make, the provider, a password or "my wifi is down" never count.
_WIFI = r"(?:wi-?fi|wifi|wi fi|network|wireless|internet)"
_VOLUNTEERED = (
    # "my wifi is called HomeNet", "our network's named Smith's Wifi", "the wifi name is X", "wifi name: X"
    re.compile(rf"\b(?:my|our|the)\s+(?:home\s+)?{_WIFI}(?:\s+network)?(?:'?s)?(?:\s+name)?(?:\s+is)?\s+"
               r"(?:called|named|name is|is called|is named)\s+(?P<name>.+)", re.I),
    re.compile(rf"\b(?:my|our|the)\s+(?:home\s+)?{_WIFI}\s*\((?P<name>[^)]+)\)", re.I),  # "our wifi (HomeNet)"
    re.compile(rf"\b(?:{_WIFI}|ssid|network)\s*(?:name)?\s*(?:is|:|=)\s*(?P<name>[\"'\u201c\u2018][^\"'\u201d\u2019]+"
               r"[\"'\u201d\u2019])", re.I),
    re.compile(rf"\b(?:ssid|{_WIFI} name|network name|name of (?:my|our|the) {_WIFI})\s*(?:is|:|=|-)?\s+(?P<name>.+)",
               re.I),
    # "it shows up as BT-Hub6-9XQ2 on my phone": the phone's Wi-Fi list, said as such
    re.compile(rf"\b(?:{_WIFI}|it|mine|ours)\s+(?:shows? (?:up )?as|is listed as|appears as)\s+(?P<name>.+)", re.I),
    re.compile(r"\b(?:ours|mine)\s+is\s+(?:called|named)\s+(?P<name>.+)", re.I),
    # "my wifi is BT-Hub6-9XQ2", "the network's NETGEAR47", "we're on xfinitywifi", "connected to TP-Link_4F2A",
    # "wifi: SKY1F2A3", "the wifi's Kelly Home": a token that looks like a network's name (a digit, dash, underscore
    # or inner capital, or no word), or a run of capitalised words; never a word or a router's make alone.
    re.compile(rf"\b(?i:(?:(?:my|our|the)\s+)?{_WIFI}(?:\s+network)?(?:'s|\s+is|\s*:)|(?:we'?re|we are|i'?m|i am)\s+on"
               r"|connected to|connects to|joined)\s+(?i:the\s+)?(?P<token>[^\s,;!?]+(?:\s+[A-Z0-9][^\s,;!?]*){0,2})"),
    # "HomeNet is our wifi", "BT-Hub6-9XQ2 is the network", "on the O'Brien_Family network"
    re.compile(rf"(?P<token>[^\s,;!?]+)\s+is\s+(?:my|our|the)\s+(?:home\s+)?{_WIFI}\b", re.I),
    re.compile(rf"\bon\s+(?:the|our|my)\s+(?P<token>[^\s,;!?]+)\s+{_WIFI}\b", re.I),
)
# Router makes and providers: a network is often called after one ("BT-Hub6-9XQ2", "xfinitywifi"), but the make
# alone is the router ("we're on Comcast", "connected to the Netgear").
_MAKES = frozenset("netgear nighthawk orbi tp-link tplink linksys asus eero google nest xfinity comcast spectrum verizon "
                   "att at&t bt sky virgin vodafone talktalk plusnet ee bell rogers telus shaw optimum cox frontier "
                   "huawei zte fritz fritzbox arris motorola deco velop archer router modem hub".split())
# Where a name given in words ends: the clause, or chatter after it.
_NAME_END = re.compile(r"[,;?]|[.!](?:\s|$)|\s+(?:btw|and|but|lol|i think|if that helps|which|so|on my|in my|its"
                       r"|it's|it is|the light|light)\b|\s+\(", re.I)
_NOT_NETWORK = re.compile(r"^(?:down|up|fine|ok|okay|good|great|bad|slow|fast|working|broken|off|on|out|strong|weak"
                          r"|the|a|an|my|our|it|this|that|two|both|same|new|old|hidden|password|pw|\d+(?:\.\d+)?"
                          r"|2\.4\w*|5\w*|wifi|network|router|modem|internet|not sure|hmm+|unknown)$", re.I)


def volunteered_network(text: str) -> str | None:
    """The Wi-Fi network a message names in so many words at another question, or None."""
    raw = fold(text)
    for pattern in _VOLUNTEERED:
        m = pattern.search(raw)
        if m is None:
            continue
        if "name" in m.groupdict() and m.group("name"):
            value = m.group("name")
            if value[:1] not in "\"'\u201c\u2018" or pattern.pattern.endswith(r"(?P<name>.+)"):
                value = _NAME_END.split(value, maxsplit=1)[0]
            name = value.strip(" \"'\u201c\u201d\u2018\u2019.!")
            if name and len(name) <= 32 and len(name.split()) <= 4 and not _NOT_NETWORK.match(name):
                return name
            continue
        words = m.group("token").strip("\"'\u201c\u201d\u2018\u2019.").split()
        if len(words) > 1 and not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            words = words[:1]  # "on NETGEAR47 and ...": only a run of capitalised words goes with the first
        token = " ".join(words)
        if not token or len(token) > 32 or _NOT_NETWORK.match(token) or all(w.lower() in _MAKES for w in words):
            continue
        if len(words) > 1 or re.search(r"[\d_\-]|[a-z][A-Z]", token) or not is_word(token.lower(), 3.0):
            return token
    return None


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
_PUBLIC_PORTAL = re.compile(r"^(?:xfinitywifi|spectrum ?(?:free ?)?wi-?fi|spectrumwifi|optimumwifi|cablewifi|attwifi"
                            r"|bt ?wi-?fi(?:-with-fon)?|btwifi\S*|btfon|fon[ _-]?wi-?fi\S*|virgin ?media ?wi-?fi|the ?cloud"
                            r"|_the cloud|telstra ?air|google starbucks|starbucks ?wi-?fi|\S*free ?wi-?fi)$", re.IGNORECASE)
_PUBLIC_LOGIN = re.compile(r"^(?:eduroam|xfinity|xfinitymobile|govroam)$", re.IGNORECASE)


def public_network(name: str) -> str | None:
    """"captive_portal" for a public hotspot's name with a sign-in page ("xfinitywifi", "BTWi-fi"), "enterprise"
    for one that needs a username ("eduroam"); None for any other name."""
    plain = name.strip().strip("\"'")
    if _PUBLIC_LOGIN.match(plain):
        return "enterprise"
    if _PUBLIC_PORTAL.match(plain):
        return "captive_portal"
    return None
