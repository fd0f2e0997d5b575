"""Wi-Fi network names in what customers type: the name given at "what is your Wi-Fi called?" (as typed, chatter
around it removed), a name told in passing at another question, and the two names of a router's two bands.
"""

from __future__ import annotations

import re
import unicodedata

from flows.lazy_re import lazy
from flows.troubleshoot.rules import dictated
from flows.troubleshoot.rules.text import fold, is_word

__all__ = ["band_pair", "five_ghz_name", "name_token", "network_names", "two_four_name", "volunteered_network"]

_NET_INTRO = lazy(
    r"^(?:.*?(?:,|\.)\s*)?(?:(?:ok(?:ay)?|so|um+|erm?|err+|uh+|hmm+|yes|yeah|yep|well|right|hi|hello|hey|oh),?\s+)*"
    r"(?:(?:i think |i believe |pretty sure )?(?:it'?s|its|it is|mine is|ours is|our (?:wifi|network) is"
    r"|(?:i think |i believe )?(?:it )?should be|(?:it )?says|ssid\s*[=:]|wifi\s*[=:]|name\s*[=:]"
    r"|my (?:wifi|network)(?: name)? is|the (?:wifi |network )?name is|(?:wifi |network )?name is|network name:?"
    r"|wifi name:?|name:|ssid:?|its called|it'?s called|called|named|we'?re on|we are on|i'?m on|i am on"
    r"|it shows (?:up )?as|shows (?:up )?as|i see|on my phone it'?s|(?:it|my phone|the phone) (?:shows|says)|the wifi is|wifi is|the network is"
    r"|network is|our network is|mine'?s|it says|we use|we'?re using|using|connected to|is|ssid is"
    r"|the one that says|the one called|listed as|appears as|shows as|it'?s listed as|it appears as)\s+)",
    re.IGNORECASE,
)
_NET_OUTRO = lazy(
    r"(?:\s+in (?:my|the) [\w' ]*list\b.*|\s+on (?:2\.4|5) ?ghz.*|,\s*wpa\S*.*|\s+(?:i think|i believe|i guess|probably|maybe|lol|haha|on my phone|on the phone|in the list"
    r"|i see both|there are two|there'?s two|both show up|both|thanks|thx|period|if that helps"
    r"|is (?:the|my|our) (?:wifi |network )?name|is (?:the|my|our) (?:wifi|network)|is what (?:it|my phone) (?:says|shows)"
    r"|is what it'?s called|why|at the top|hope (?:that|this|it) helps|(?:might|could) be wrong|not 100"
    # "HomeNet is what shows", "Garden thats it", "SKYB1234 if i remember right", "HOMENET all caps", "Garden cheers"
    r"|is (?:what|the one|it)|that'?s (?:it|the one|the name|what it says|all)|thats (?:it|the one|the name|all)"
    r"|if i remember(?: right| correctly)?|as far as i know|afaik|at least|in (?:the |my )?settings"
    r"|in (?:the |my )?wi-?fi(?: list| settings)?|on (?:my|the) (?:iphone|android|screen)|all caps|all one word"
    r"|no spaces|with a capital|capital \w|case sensitive|cheers|ta|thank you|sorry|apparently|mate|at home"
    r"|does (?:that|this) help|is (?:that|this) (?:what you need|ok|okay|enough|right|it))\b.*"
    r"|\s+right\?$|\s+:-?\)+$"
    r"|\s*\([^)]*\)|\s*[.!?]+)$",
    re.IGNORECASE,
)
_CHATTER = lazy(r"\b(?:i think|i believe|i guess|pretty sure|probably|there are two|there'?s two|there are 2"
                r"|i see both|both show up|lol|haha|on my phone|in the list)\b[,.]?", re.IGNORECASE)
_FIVE = r"5g|5ghz|5\.0|5"
_BAND_SUFFIX = lazy(rf"[\s_\-.]*(?:{_FIVE}|2g|2\.4g?|2\.4ghz|24g?|24ghz|ext|plus)$", re.IGNORECASE)
_FIVE_SUFFIX = lazy(rf"[\s_\-.]*(?:{_FIVE})$", re.IGNORECASE)


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
    """The network name(s) a customer typed, as typed (quotes and chatter around them removed); never a word of the
    sentence left where a name was hidden ("it's [redacted]": the sixth exploratory test's Wi-Fi became "it's")."""
    return [_as_typed(name, text) for name in _network_names(text)
            if name.lower().strip("'\u2019") not in ("it's", "its", "it", "is", "that", "this", "was", "the")]


# Folding made curly quotes and long dashes plain for reading; a name keeps them, as the network has them
# ("Mum’s WiFi" is another network than "Mum's WiFi"; a blind exploratory round saw it straightened).
_TYPED_AS = {"'": "['\u2018\u2019]", '"': '["\u201c\u201d]', "-": "[-\u2013\u2014]", " ": "[ \u00a0]"}


def _as_typed(name: str, text: str) -> str:
    if text.isascii():
        return name
    pattern = "".join(_TYPED_AS.get(ch, re.escape(ch)) for ch in name)
    # Each character folded on its own, so that a name found maps back to the characters typed: "Network™" was read
    # as "NetworkTM" and its symbol, which the unit can't join, never told (round 34's tuning).
    pieces = [unicodedata.normalize("NFKC", ch) for ch in text]
    owner = [i for i, piece in enumerate(pieces) for _ in piece]
    found = re.search(pattern, "".join(pieces))
    if found is None or found.end() == found.start():
        return name
    return text[owner[found.start()]:owner[found.end() - 1] + 1]


# "TELUS1234 but there's also TELUS1234-5G": two names, as "X and Y".
_BUT_ALSO = lazy(r",?\s+but (?:there'?s|there is|i (?:also )?see|also)(?: also)?\s+", re.IGNORECASE)
# A face or a thumbs-up after the name, not part of it ("The Promised LAN 😂"); other symbols may be
# ("Grandmas House 🏡").
_TRAILING_EMOJI = lazy(r"\s+[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A\U0001F44C\U0001F44D"
                       r"\u263A\uFE0F]+$")
# "the smiths_wifi one": the name inside, when it looks like one.
_THE_X_ONE = lazy(r"^the (\S*(?:\d|_|[a-z][A-Z])\S*) one$")


_FILLER = lazy(r"^(?:(?:umm*|erm*|err+|uh+|hmm+|oh|well|so|ok(?:ay)?)[,.]*\s+)+", re.IGNORECASE)
# A word only a network's name has: letters with digits, "_", "HomeNet", "EE-Hub-7TRZ", "PLUSNET" (not "WPA2", "5G").
_NAME_TOKEN = lazy(r"(?<![\w'-])(?=[\w'-]*[A-Za-z])(?:[\w'-]*(?:\d[\w'-]*[A-Za-z]|[A-Za-z][\w'-]*\d|_)[\w'-]*"
                   r"|[A-Za-z]*[a-z][A-Z][\w'-]*|[A-Z]{4,}\d*)(?![\w'-])")
_NOT_NAME_TOKENS = frozenset("wpa2 wpa3 wpa 2.4ghz 5ghz 2ghz 5g 4g 3g 2g ssid wifi mesh".split())


def name_token(text: str) -> bool:
    """Whether a word in `text` can only be a network's (or a device's) name."""
    return any(m.group(0).lower() not in _NOT_NAME_TOKENS and m.group(0) not in ("WIFI", "SSID", "HELP", "THANKS")
               for m in _NAME_TOKEN.finditer(fold(text)))


def _network_names(text: str) -> list[str]:
    raw = _FILLER.sub("", _TRAILING_EMOJI.sub("", _BUT_ALSO.sub(" and ", fold(text).strip())))
    if not raw or len(raw) > 120:
        return []
    # Double quotes first: an apostrophe inside them is part of the name ("Dad's WiFi").
    quoted = re.findall(r"(?:^|(?<=[\s:(]))[\"\u201c]([^\"\u201c\u201d]{1,32})[\"\u201d]", raw) or \
        re.findall(r"(?:^|(?<=[\s:(]))[\"'\u201c\u2018]([^\"'\u201d\u2019]{1,32})[\"'\u201d\u2019]", raw)
    if quoted:
        return [q.strip() for q in quoted[:2]]
    raw = re.sub(r"\s*\([^)]*\)", "", raw)  # "(band steering's off)": an aside, never the name
    # "it's ATT4b7Q, no wait, ATT4b7Z": the corrected name counts.
    fixed = re.split(r"\b(?:no wait|no sorry|sorry|i mean|actually|correction|no the other one)\b[\s,:]*", raw,
                     flags=re.IGNORECASE)
    if len(fixed) > 1 and fixed[-1].strip(" .,"):
        raw = fixed[-1]
    # Not "my husband named it": a pronoun is no name.
    called = re.search(r"\b(?:called|named|name is|name's|call it|calls it)\s+(?!(?:it|that|this|them)\b)((?:[^,.;]|\.(?=\d))+)", raw,
                       re.IGNORECASE)
    if called:
        raw = called.group(1)
    else:
        # "On my phone it's listed as X": what follows the last naming phrase anywhere in the message.
        intro = list(re.finditer(r"\b(?:listed as|appears as|shows (?:up )?as|the one that says|it says|says (?:it'?s|it is))\s+", raw, re.I))
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
    parts = [p for p in parts if p and len(_written(p)) <= 32]
    if len(parts) >= 2 and band_pair(parts[:2]):
        return parts[:2]
    if len(parts) >= 2 and all(len(p.split()) == 1 for p in parts[:2]) and \
            all(not is_word(p, 4.0) for p in parts[:2]):
        return parts[:2]
    alone = [p for p in parts if len(p.split()) == 1 and name_token(p)]
    if len(parts) >= 2 and len(alone) == 1 and all(p is alone[0] or len(p.split()) > 2 for p in parts):
        return alone  # "the wifi is CenturyLink0412 and password is on the router"
    name = body.strip(" ,;\"'")
    if inner := _THE_X_ONE.match(name):
        name = inner.group(1)
    if not name or len(_written(name)) > 32 or len(_written(name).split()) > 6:
        return []
    return [name]


def _written(name: str) -> str:
    """The name as written, for its length: "home underscore sweet underscore home" is 15 characters, not 37."""
    return dictated.undictate(name) or name


# A Wi-Fi network named in passing, at another question ("blinking green, my wifi is called HomeNet btw"): only said
# in so many words, so that the router's make, the provider, a password or "my wifi is down" never count.
_WIFI = r"(?:wi-?fi|wifi|wi fi|network|wireless|internet)"
_VOLUNTEERED = (
    # "my wifi is called HomeNet", "our network's named Smith's Wifi", "the wifi name is X", "wifi name: X"
    # ... and "the wifi thats called BELL-492-5G", "a network named X" (the ninth exploratory test's n02)
    lazy(rf"\b(?:my|our|the|a)\s+(?:home\s+)?{_WIFI}(?:\s+network)?(?:'?s)?(?:\s+name)?(?:\s+is|\s+that'?s|\s+that is"
         r"|\s+which is|\s+thats)?\s+(?:called|named|name is|is called|is named)\s+(?P<name>.+)", re.I),
    lazy(rf"\b(?:my|our|the)\s+(?:home\s+)?{_WIFI}\s*\((?P<name>[^)]+)\)", re.I),  # "our wifi (HomeNet)"
    lazy(rf"\b(?:{_WIFI}|ssid|network)\s*(?:name)?\s*(?:is|:|=)\s*(?P<name>[\"'\u201c\u2018][^\"'\u201d\u2019]+"
         r"[\"'\u201d\u2019])", re.I),
    lazy(rf"\b(?:ssid|{_WIFI} name|network name|name of (?:my|our|the) {_WIFI})\s*(?:is|:|=|-)?\s+(?P<name>.+)",
         re.I),
    # "it shows up as BT-Hub6-9XQ2 on my phone": the phone's Wi-Fi list, said as such
    lazy(rf"\b(?:{_WIFI}|it|mine|ours)\s+(?:shows? (?:up )?as|is listed as|appears as)\s+(?P<name>.+)", re.I),
    lazy(r"\b(?:ours|mine)\s+is\s+(?:called|named)\s+(?P<name>.+)", re.I),
    # "my wifi is BT-Hub6-9XQ2", "the network's NETGEAR47", "we're on xfinitywifi", "connected to TP-Link_4F2A",
    # "wifi: SKY1F2A3", "the wifi's Kelly Home": a token that looks like a network's name (a digit, dash, underscore
    # or inner capital, or no word), or a run of capitalised words; never a word or a router's make alone.
    lazy(rf"\b(?i:(?:(?:my|our|the)\s+)?{_WIFI}(?:\s+network)?(?:'s|\s+is|\s*:)|(?:we'?re|we are|i'?m|i am)\s+on"
         r"|connected to|connects to|joined)\s+(?i:the\s+)?(?P<token>[^\s,;!?]+(?:\s+[A-Z0-9][^\s,;!?]*){0,2})"),
    # "HomeNet is our wifi", "BT-Hub6-9XQ2 is the network", "on the O'Brien_Family network"
    lazy(rf"(?P<token>[^\s,;!?]+)\s+is\s+(?:my|our|the)\s+(?:home\s+)?{_WIFI}\b", re.I),
    lazy(rf"\bon\s+(?:the|our|my)\s+(?P<token>[^\s,;!?]+)\s+{_WIFI}\b", re.I),
)
# Router makes and providers: a network is often called after one ("BT-Hub6-9XQ2", "xfinitywifi"), but the make
# alone is the router ("we're on Comcast", "connected to the Netgear").
_MAKES = frozenset("netgear nighthawk orbi tp-link tplink linksys asus eero google nest xfinity comcast spectrum verizon "
                   "att at&t bt sky virgin vodafone talktalk plusnet ee bell rogers telus shaw optimum cox frontier "
                   "huawei zte fritz fritzbox arris motorola deco velop archer router modem hub".split())
# Where a name given in words ends: the clause, or chatter after it.
_NAME_END = lazy(r"[,;?]|[.!](?:\s|$)|\s+(?:btw|and|but|lol|i think|if that helps|which|so|on my|in my|its|bc|because|cause"
                 r"|cuz|coz|since|is (?:the|a|my|our)"
                 r"|it's|it is|the light|light)\b|\s+\(", re.I)
# "new wifi name and password": the pair of them, no name (the eighth exploratory test's Wi-Fi became "and password").
_NOT_NETWORK = lazy(r"^(?:(?:and|&|\+|or|n) (?:the |my |a |its )?(?:password|pw|pass|key|passcode)\b.*"
                    r"|down|up|fine|ok|okay|good|great|bad|slow|fast|working|broken|off|on|out|strong|weak"
                    r"|the|a|an|my|our|it|this|that|two|both|same|new|old|hidden|password|pw|\d+(?:\.\d+)?"
                    r"|2\.4\w*|5\w*|wifi|network|router|modem|internet|not sure|hmm+|unknown"
                    # "whats the wifi name again, theres two": a word of the question, not the name (explore4)
                    r"|again|though|then|now|exactly|anyway|please|pls|plz|here|there|theres|there s"
                    # "SSID broadcast on": a setting of the network, not its name (round 11 took it for one)
                    r"|(?:broadcast\w*|visible|shown|showing|enabled|disabled)(?: (?:is |s )?(?:on|off|enabled|disabled))?"
                    # "the wifi name is on the fridge": where it is written, not what (round 11)
                    r"|(?:(?:written|printed|stuck) )?(?:on|in|under|behind|at|inside) (?:the|a|my|our)\b.*)$", re.I)


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
