"""A Wi-Fi name wrapped in ordinary words, at "What is the name of your Wi-Fi network?": "the sticker says Network:
FRITZ!Box 7530 XQ i think thats it", "BT-Hub-7A2C from the sticker on the router", "It's BELL492 why do you need
that?". explore11's n11 was asked for its name again, and "I'm connected to EE-Hub-9XRT right now" kept "right now"
in the name.

A word only a network's name has (letters with digits, "_", "HomeNet", "FRITZ!Box", a capitalised word that is no
English word) starts a name; the capitalised words, short capitals and numbers beside it belong to it. Used when the
step's own reader (answers_wifi.wifi_network) finds no name, or a name that is that one plus ordinary words. Pure.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.answer import Reading
from flows.troubleshoot.rules.answers_wifi import wifi_network as _step_reader
from flows.troubleshoot.rules.text import Message, is_word, message

__all__ = ["name_run", "wifi_network"]

# Bands, security, speeds, times and ordinals: words with digits that are no network's name.
_NOT_NAMES = lazy(r"(?i)^(?:wpa\d?|wep|2\.4(?:ghz|g)?|5(?:ghz|g)|2g|3g|4g|5g|lte|\d+(?:am|pm|st|nd|rd|th|mins?|s|x|gb|mb"
                  r"|mbps|ghz|mhz|db|dbm|%)?|-\d+(?:dbm|db)?|ssid|wifi|wi-fi|p2|p1|iphone\d*|a\d{2}|s\d{1,2}|covid-?19"
                  r"|mk\d|v\d)$")
_EDGE = "\"'`,.;:!?()[]{}<>*\u201c\u201d\u2018\u2019"
# Phrasing after the name that is never part of it: "right now", "at the moment", "these days".
_TAIL = lazy(r"(?i)\s+(?:right now|now|at the moment|atm|these days|nowadays)$")


def _core(token: str) -> str:
    return token.strip(_EDGE)


def _namey(token: str) -> bool:
    """A word only a network's name has."""
    t = _core(token)
    if len(t) < 3 or _NOT_NAMES.match(t) or "[redacted]" in token.lower():
        return False
    letters = re.sub(r"[^A-Za-z]", "", t)
    if not letters:
        return False
    if re.search(r"\d", t) or "_" in t or re.search(r"[A-Za-z0-9][!\-.&+][A-Za-z0-9]", t):
        return True
    if re.search(r"[a-z][A-Z]", t):
        return True  # "HomeNet", "TheSmiths"
    return t.isupper() and len(letters) >= 4 and not is_word(t, 3.0)  # "PLUSNET", "OAKLEY"; not "NEVER"


def _joins(token: str) -> bool:
    """A word that belongs to a name beside one of its name-only words: a capitalised word, short capitals, a number
    ("FRITZ!Box 7530 XQ", "OAKLEY HOUSE")."""
    t = _core(token)
    if not t or t in ("I", "I'm", "Im", "It's", "Its", "It", "A", "The", "My", "Our", "Is"):
        return False
    return _namey(token) or t.isdigit() or t.isupper() or (t[0].isupper() and t[1:].islower() and not is_word(t, 5.0))


def name_run(text: str) -> str | None:
    """The one network name in `text`, by its name-only words; None when there is none, or two."""
    tokens = text.split()
    runs: list[str] = []
    i = 0
    while i < len(tokens):
        if not _namey(tokens[i]):
            i += 1
            continue
        start = i
        while start > 0 and _joins(tokens[start - 1]) and tokens[start - 1][-1] not in ",.;:!?":
            start -= 1
        end = i + 1
        while end < len(tokens) and tokens[end - 1][-1] not in ",.;:?" and _joins(tokens[end]):
            end += 1
        run = " ".join(tokens[start:end]).strip(_EDGE.replace("!", ""))
        run = run.rstrip(".,;:?")
        if run and run not in runs:
            runs.append(run)
        i = end
    return runs[0] if len(runs) == 1 and len(runs[0]) <= 32 else None


def _prose_around(name: str, run: str) -> bool:
    """`name` is `run` with ordinary words around it ("I looked and it's SKY7F2A1")."""
    if run not in name or name == run:
        return False
    extra = name.replace(run, " ").split()
    # Capitalised words stay: "TheLAN Before Time" is one name.
    return all(_core(w)[:1].islower() or _core(w) in ("I", "I'm", "It's", "Its", "It") for w in extra if _core(w))


# "like I just said", "as I told you before", "same as before": a remark beside a name given again (the thirteenth
# blind exploratory test's "Casa Nest, like I just said" was asked for the name once more).
_AS_SAID = lazy(r"(?i)[,.;:!-]*\s*\b(?:(?:just |again )?(?:like|as|same as|what) (?:i |i've |i ve |ive |i have |i'd |i d )?(?:just "
                r"|already |literally )?(?:said|told you|told ya|mentioned|wrote|typed|put|say|tell you)|same as (?:before"
                r"|earlier|last time|i said)|(?:i )?(?:already |just )?(?:said|told you) (?:that |this |it )?(?:before"
                r"|already|earlier|twice))(?:\s+(?:before|earlier|already|above|twice|you|it|that|again))*\b[,.;:!-]*")


def wifi_network(msg: Message) -> Reading:
    """The name step's reading, with a name wrapped in ordinary words found by its name-only words; a name given again
    with "like I said" is read without the remark."""
    if _AS_SAID.search(msg.raw) and (bare := _AS_SAID.sub(" ", msg.raw).strip(" ,.;:!-\n\t")):
        inner = wifi_network(message(bare))
        if inner.label == "name":
            return inner
    reading = _step_reader(msg)
    if reading.label == "name" and isinstance(reading.value, str):
        if (trimmed := _TAIL.sub("", reading.value)) != reading.value and trimmed:
            reading = Reading("name", trimmed, reading.values)  # "its called Smith Family now, my son changed it"
    if reading.label not in (None, "name") or (reading.label == "name" and len(reading.values) > 1):
        return reading
    run = name_run(msg.raw)
    if run is None:
        return reading
    if (reading.label is None and _cued(msg.raw, run)) or \
            (reading.label == "name" and _prose_around(str(reading.value), run)):
        return Reading("name", run)
    return reading


# What puts a name forward: "says", "called", "it's", "SSID:", "connected to"; or the name first. Not "I have a
# TP-Link AX1500 router" (a router's model, which the step's reader passed over on purpose).
_CUE = lazy(r"(?i)(?:\b(?:says?|reads?|called|named|name|network|ssid|wi-?fi|it'?s|its|is|be|connected to|on|shows?"
            r"|see|use|using)|\b(?:changed|set|renamed|switched|put) (?:it|the name|the wifi|the network) to|:"
            r"|[\"'\u201c\u2018])\W*$")


def _cued(raw: str, run: str) -> bool:
    before = raw[:raw.find(run)].strip()
    return not before or _CUE.search(before[-40:]) is not None
