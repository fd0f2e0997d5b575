"""Pure readers for short customer answers: numbered choices, yes/no, global words, device refs, passwords.

Customers answer over SMS, Slack and web chat, so every reader here is forgiving about case, punctuation,
emoji and small typos, and none of them does I/O. The LED reader lives in `led.py` and reuses `normalize`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence

__all__ = [
    "extract_device_ref",
    "global_word",
    "hotspot_reply",
    "match_choice",
    "normalize",
    "password_findings",
    "redact_secrets",
    "words",
    "yes_no",
]

# Phone keyboards send curly quotes and dashes; fold them so patterns only need the ASCII forms.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _is_edge_junk(ch: str) -> bool:
    """True for characters that carry no meaning at the ends of a message (punctuation, symbols, emoji)."""
    if ch.isspace():
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PSZC" or cat == "Mn"


def normalize(text: str) -> str:
    """Lowercase, fold curly quotes, collapse whitespace, and strip punctuation and emoji at both ends."""
    s = unicodedata.normalize("NFKC", text or "").translate(_FOLD).lower()
    s = " ".join(s.split())
    start, end = 0, len(s)
    while start < end and _is_edge_junk(s[start]):
        start += 1
    while end > start and _is_edge_junk(s[end - 1]):
        end -= 1
    return s[start:end]


def words(text: str) -> list[str]:
    """The words of `text` after `normalize`, with inner punctuation (except apostrophes) treated as spaces.

    Apostrophes are dropped rather than split so that "don't" and "dont" read the same.
    """
    s = normalize(text).replace("'", "")
    return re.findall(r"[a-z0-9]+", s)


def _plain(text: str) -> str:
    return " ".join(words(text))


# --- numbered choices ----------------------------------------------------------------------------------------

_NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}  # fmt: skip
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
}  # fmt: skip
# Filler customers put around a choice number: "option 2", "number two", "the second one", "#2".
_CHOICE_FILLER = {"option", "number", "no", "choice", "answer", "the", "its", "it", "is", "one", "please", "pls", "i",
                  "pick", "choose", "say", "go", "with", "id", "a"}  # fmt: skip
# "2 - flashing green", "2) yes", "(2)", "#2", "2." : a leading number set off by punctuation.
_LEADING_NUMBER = re.compile(r"^\s*(?:option|number|no\.?|choice|#)?\s*[#(\[]?\s*(\d{1,2})\s*(?:[)\].:,-]|$)")


def _choice_number(text: str) -> int | None:
    """The 1-based number a customer picked, if the message is a number answer; None otherwise."""
    norm = normalize(unicodedata.normalize("NFKC", text or "").translate(_FOLD))
    m = _LEADING_NUMBER.match(norm)
    if m:
        return int(m.group(1))
    toks = words(text)
    if not toks:
        return None
    picked: list[int] = []
    for tok in toks:
        if tok.isdigit() and len(tok) <= 2:
            picked.append(int(tok))
        elif tok in _ORDINALS:
            picked.append(_ORDINALS[tok])
        elif tok in _NUMBER_WORDS and not (tok == "one" and picked):
            picked.append(_NUMBER_WORDS[tok])
        elif tok not in _CHOICE_FILLER:
            return None
    # "the second one": the trailing "one" is a noun, not a number.
    if len(picked) == 2 and toks[-1] == "one" and picked[-1] == 1:
        picked = picked[:1]
    return picked[0] if len(picked) == 1 else None


def _contains_phrase(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])", haystack) is not None


def match_choice(
    text: str, choices: Sequence[str], synonyms: Mapping[int, Sequence[str]] | None = None
) -> int | None:
    """The 0-based index of the choice the customer picked, or None if the answer does not pick exactly one.

    Numbers (digits, words, ordinals) win; a number out of range is None rather than a guess. Then, in order:
    exact label, synonym, a label contained in the answer (the longest wins), the answer contained in exactly one
    label, and a fuzzy match (difflib ratio >= 0.8) that is clearly the best.
    """
    if not choices or not normalize(text):
        return None
    number = _choice_number(text)
    if number is not None:
        return number - 1 if 1 <= number <= len(choices) else None
    # "2 flashing green": a bare leading digit followed by the label itself.
    m = re.match(r"^\s*(\d{1,2})\s+(.+)$", normalize(text))
    if m:
        n = int(m.group(1))
        if 1 <= n <= len(choices) and difflib.SequenceMatcher(None, _plain(m.group(2)), _plain(choices[n - 1])).ratio() >= 0.8:
            return n - 1
    answer = _plain(text)
    labels = [_plain(c) for c in choices]
    for i, label in enumerate(labels):
        if answer == label:
            return i
    if synonyms:
        hits = {i for i, syns in synonyms.items() for s in syns if answer == _plain(s)}
        if len(hits) == 1:
            return hits.pop()
        hits = {i for i, syns in synonyms.items() for s in syns if _contains_phrase(answer, _plain(s))}
        if len(hits) == 1 and 0 <= next(iter(hits)) < len(choices):
            return hits.pop()
    contained = [(len(label), i) for i, label in enumerate(labels) if _contains_phrase(answer, label)]
    if contained:
        contained.sort(reverse=True)
        if len(contained) == 1 or contained[0][0] > contained[1][0]:
            return contained[0][1]
    if len(answer) >= 3:
        inside = [i for i, label in enumerate(labels) if _contains_phrase(label, answer)]
        if len(inside) == 1:
            return inside[0]
    scores = sorted(
        ((difflib.SequenceMatcher(None, answer, label).ratio(), i) for i, label in enumerate(labels)), reverse=True
    )
    if scores and scores[0][0] >= 0.8 and (len(scores) == 1 or scores[0][0] - scores[1][0] >= 0.05):
        return scores[0][1]
    return None


# --- yes / no / unsure ---------------------------------------------------------------------------------------

_UNSURE_PHRASES = ("not sure", "unsure", "no idea", "dont know", "do not know", "dunno", "idk", "maybe",
                   "not certain", "perhaps", "no clue", "cant remember", "dont remember", "cant tell", "possibly",
                   "i dont think i know", "who knows")  # fmt: skip
_NO_PHRASES = ("not really", "i dont think so", "dont think so", "its not", "it is not", "no way", "not at all",
               "of course not", "definitely not", "absolutely not", "i did not", "i didnt", "wrong", "incorrect")  # fmt: skip
_YES_WORDS = {"y", "yes", "yeah", "yea", "ya", "yah", "yep", "yup", "yess", "yesss", "sure", "correct", "right",
              "affirmative", "ok", "okay", "k", "true", "absolutely", "definitely", "indeed", "certainly", "yas",
              "ye", "aye", "confirmed", "confirm"}  # fmt: skip
_NO_WORDS = {"n", "no", "nope", "nah", "nop", "negative", "false", "nay", "noo", "nooo", "not"}
_YES_PHRASES = ("it is", "i think so", "i did", "that is right", "thats right", "of course", "for sure", "i have")
_THUMBS_UP = ("\U0001f44d", "\u2705", "\u2714", "\U0001f44c")
_THUMBS_DOWN = ("\U0001f44e", "\u274c", "\u2716")


def yes_no(text: str) -> str | None:
    """"yes", "no" or "unsure" for a reply to a yes/no question; None if the reply is neither."""
    raw = (text or "").strip()
    if not raw:
        return None
    if raw.strip("?! ") == "" and "?" in raw:
        return "unsure"
    plain = _plain(raw)
    if not plain:
        if any(e in raw for e in _THUMBS_UP):
            return "yes"
        if any(e in raw for e in _THUMBS_DOWN):
            return "no"
        return None
    # Negated phrases first: "not sure" contains "sure", "don't think so" contains "think so".
    if any(_contains_phrase(plain, p) for p in _UNSURE_PHRASES):
        return "unsure"
    if any(_contains_phrase(plain, p) for p in _NO_PHRASES):
        return "no"
    first = plain.split()[0]
    if first in _NO_WORDS:
        return "no"
    if first in _YES_WORDS:
        return "yes"
    if any(plain == p or plain.startswith(p + " ") for p in _YES_PHRASES):
        return "yes"
    if plain.startswith("ok ") or plain.startswith("okay "):
        return "yes"
    if any(e in raw for e in _THUMBS_UP):
        return "yes"
    if any(e in raw for e in _THUMBS_DOWN):
        return "no"
    return None


# --- global words --------------------------------------------------------------------------------------------

_GLOBAL: dict[str, str] = {
    "agent": "agent", "human": "agent", "person": "agent", "representative": "agent", "rep": "agent",
    "operator": "agent", "talk to a person": "agent", "real person": "agent", "talk to a human": "agent",
    "speak to a person": "agent", "speak to a human": "agent", "talk to someone": "agent", "live agent": "agent",
    "a human": "agent", "a person": "agent", "an agent": "agent", "human agent": "agent", "real human": "agent",
    "talk to an agent": "agent", "speak to an agent": "agent", "support": "agent",
    "restart": "restart", "start over": "restart", "start again": "restart", "reset chat": "restart",
    "help": "help", "info": "help",
}  # fmt: skip
# SMS opt-out/opt-in keywords are matched exactly (as carriers do); politeness words are not stripped from them.
_STOP_WORDS = {"stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "opt out"}
_START_WORDS = {"start", "unstop"}
_POLITE = {"please", "pls", "plz", "now", "thanks", "thank you", "i want", "i need", "can i", "get me", "id like"}


def global_word(text: str) -> str | None:
    """"agent", "restart", "help", "stop" or "start" when the WHOLE message is that keyword; None otherwise.

    Sentences that merely contain a keyword ("it won't stop blinking") are not global words.
    """
    plain = _plain(text)
    if not plain:
        return None
    if plain in _STOP_WORDS:
        return "stop"
    if plain in _START_WORDS:
        return "start"
    if plain in _GLOBAL:
        return _GLOBAL[plain]
    stripped = plain
    changed = True
    while changed:
        changed = False
        for p in sorted(_POLITE, key=len, reverse=True):
            if stripped.startswith(p + " "):
                stripped, changed = stripped[len(p) + 1 :], True
            elif stripped.endswith(" " + p):
                stripped, changed = stripped[: -len(p) - 1], True
    return _GLOBAL.get(stripped)


# --- device reference ----------------------------------------------------------------------------------------

_DEVICE_ID = re.compile(r"(?<![0-9a-f])([0-9a-f]{24})(?![0-9a-f])", re.IGNORECASE)
# Serial-number prefixes printed on Particle labels (Photon PH, P1 P0/P1, Argon ARN/ARG, P2 P2A, Photon 2 PH2,
# Boron B40/B52/BRN, E-series E40/E31, Tracker T40/T50/TRK, M-SoM M40/M50/MSM).
_SERIAL_PREFIX = re.compile(r"^(?:PH2|PH|P0|P1|P2A|P2|ARN|ARG|B40|B41|B52|B4|B5|BRN|E40|E41|E31|E3|T40|T50|TRK|M40|M50|MSM)",
                            re.IGNORECASE)  # fmt: skip
# "it's called porch sensor", "the name is kitchen unit": a short name at the end of a longer message.
_NAME_INTROS = (
    re.compile(r"\b(?:called|named|name is|name's|labelled|labeled)\s+[\"']?([\w\-. ]{1,40}?)[\"']?\s*$", re.IGNORECASE),
    re.compile(r"\b(?:it's|its|it is|is)\s+[\"']?([\w\-. ]{1,40}?)[\"']?\s*$", re.IGNORECASE),
)


def _serial_token(tok: str) -> bool:
    has_digit = any(c.isdigit() for c in tok)
    has_alpha = any(c.isalpha() for c in tok)
    if not (has_digit and has_alpha):
        return False
    if 12 <= len(tok) <= 16 and _SERIAL_PREFIX.match(tok):
        return True
    # Generic serials: a long mixed token; two digits at least so names like "kitchenunit2" stay names.
    return 10 <= len(tok) <= 20 and sum(c.isdigit() for c in tok) >= 2


def extract_device_ref(text: str) -> tuple[str, str] | None:
    """("id", hex24) / ("serial", SERIAL) / ("name", text) for the unit a customer named; None if nothing usable."""
    raw = unicodedata.normalize("NFKC", text or "").translate(_FOLD).strip()
    if not raw:
        return None
    m = _DEVICE_ID.search(raw)
    if m:
        return ("id", m.group(1).lower())
    tokens = re.findall(r"[A-Za-z0-9]+(?:[_\-][A-Za-z0-9]+)*", raw)
    serials = [t for t in tokens if t.isalnum() and _serial_token(t)]
    prefixed = [t for t in serials if 12 <= len(t) <= 16 and _SERIAL_PREFIX.match(t)]
    if prefixed or serials:
        return ("serial", (prefixed or serials)[0].upper())
    candidate = raw.strip(" \t\"'`.,!?;:()[]")
    # "it's called X" / "the name is X": the name is what follows, however short the message.
    for pattern in _NAME_INTROS:
        intro = pattern.search(raw.rstrip(" .!?"))
        if intro and len(intro.group(1).split()) <= 3:
            return ("name", intro.group(1).strip(" \"'."))
    if len(candidate.split()) > 3 or len(candidate) > 40:
        return None
    if not candidate or not any(c.isalnum() for c in candidate):
        return None
    return ("name", candidate)


# --- Wi-Fi password redaction --------------------------------------------------------------------------------

REDACTED = "[redacted]"
# The secret follows one of these leads and a connector ("is", ":", "="). Ordinary sentences such as
# "the key is to restart" are caught by _NOT_A_SECRET below; over-redacting a word is the safe failure.
_LEAD = (
    r"(?:\b(?:wi-?fi|wlan|network|wpa2?|router|hotspot|security|my|the|our)\s+)*"
    r"\b(?:pass\s?word|passwd|passcode|passphrase|pass|pwd|pw|psk|key|code)\b"
)
_CONNECT = r"\s*(?:is|was|=|:|->|=>|-|would be|should be)\s*[:=]?\s*"
_VALUE = r"(?:\"(?P<dq>[^\"]+)\"|'(?P<sq>[^']+)'|`(?P<bq>[^`]+)`|(?P<tok>[^\s\"'`]+))"
_EXPLICIT = re.compile(rf"(?P<lead>{_LEAD}){_CONNECT}{_VALUE}", re.IGNORECASE)
# "my password X" / "wifi password X" anywhere, "pw X" at the start of a message: no connector word.
_BARE = re.compile(
    rf"(?P<lead>(?:^\s*|\b(?:my|wi-?fi|wifi|network)\s+)(?:pass\s?word|passwd|passcode|pass|pwd|pw|key)\s+){_VALUE}",
    re.IGNORECASE,
)
# "HomeNet, password X" / "(pw X)": the unambiguous password words after any separator, no connector.
_BARE_ANYWHERE = re.compile(rf"(?P<lead>(?:^|(?<=[\s,;(\[]))(?:pass\s?word|passwd|pwd|pw)\s+){_VALUE}", re.IGNORECASE)
# While the bot asks about the password, a token mixing letters with digits or symbols ("yes, Sunny-Day-42",
# "I typed hunter2") is taken for the key: over-redacting a word is the safe failure.
_KEYLIKE = re.compile(r"(?<![\w@])(?=\S*[A-Za-z])(?=\S*(?:\d|[^\w\s]))[^\s,;()\[\]\"'`]{6,63}")
# Words that follow "password is" in ordinary sentences and are not the secret itself.
_NOT_A_SECRET = {
    "correct", "right", "wrong", "incorrect", "the", "same", "fine", "ok", "okay", "not", "case", "on", "in",
    "written", "printed", "what", "that", "this", "it", "my", "a", "an", "sensitive", "too", "very", "long", "short",
    "definitely", "probably", "just", "also", "still", "there", "here", "below", "above", "under", "at", "from",
    "different", "changed", "new", "old", "blank", "empty", "none", "hidden", "secret", "private", "of", "and", "or",
    "for", "to", "is", "was", "be", "been", "being", "should", "would", "could", "can", "will", "i", "you", "we",
    "they", "he", "she", "yes", "no", "so", "but", "if", "when", "like", "exactly", "spelled", "typed", "entered",
    "accepted", "rejected", "valid", "invalid", "working", "required", "needed", "set", "saved", "stored", "unknown",
    "label", "sticker", "router", "thanks", "into", "again", "correctly", "properly", "carefully", "twice", "already",
    "because", "since", "which", "who", "where", "reset", "protected", "field", "box", "screen", "prompt", "your", "their", "his", "her", "its", "with", "without",
}  # fmt: skip
_ACK_WORDS = {"thanks", "thx", "ty", "hello", "hi", "hey", "ready", "done", "what", "why", "huh", "sorry", "ok",
              "okay", "skip", "hmm", "hm", "cool", "great", "nothing", "none", "wait", "later"}  # fmt: skip


def _secret_from(m: re.Match[str]) -> tuple[str, int, int] | None:
    """(secret, start, end) of the value in a lead match, or None if the value is an ordinary word."""
    for group in ("dq", "sq", "bq"):
        if m.group(group) is not None:
            return m.group(group), m.start(group) - 1, m.end(group) + 1
    value = m.group("tok")
    start, end = m.start("tok"), m.end("tok")
    # A sentence full stop or comma after the value is punctuation, not part of the key.
    while value and value[-1] in ".,;:)]!?" and len(value) > 1:
        value, end = value[:-1], end - 1
    # A lone "=" or ":" is the connector of another form, and ordinary words are not keys.
    if value.lower() in _NOT_A_SECRET or not any(c.isalnum() for c in value):
        return None
    return value, start, end


def _looks_like_choice_number(token: str) -> bool:
    return re.fullmatch(r"[#(\[]?\d{1,2}[.)\]]?", token) is not None


def redact_secrets(text: str, awaiting: str | None) -> tuple[str, dict[str, object]]:
    """Replace any Wi-Fi password in `text` with "[redacted]"; facts describe it without keeping it.

    Explicit forms ("password is X", "pw: X", "wifi key is X", "my password X", "the code is X") are redacted
    at every step. While awaiting "wifi_password", a one-token reply that is not an ordinary answer is the
    password itself. Every other occurrence of a found secret in the text is redacted too.
    """
    source = text or ""
    secrets: list[str] = []
    spans: list[tuple[int, int]] = []
    for pattern in (_EXPLICIT, _BARE, _BARE_ANYWHERE):
        for m in pattern.finditer(source):
            found = _secret_from(m)
            if found is None:
                continue
            secret, start, end = found
            if any(start < e and s < end for s, e in spans):
                continue
            secrets.append(secret)
            spans.append((start, end))
    if not secrets and awaiting == "wifi_password":
        stripped = source.strip()
        quoted = re.fullmatch(r"[\"'`](.+)[\"'`]", stripped, re.DOTALL)
        if quoted:
            secrets.append(quoted.group(1))
            spans.append((source.index(stripped), source.index(stripped) + len(stripped)))
        elif stripped and not re.search(r"\s", stripped) and not _is_ordinary_reply(stripped):
            secrets.append(stripped)
            spans.append((source.index(stripped), source.index(stripped) + len(stripped)))
        else:
            for m in _KEYLIKE.finditer(source):
                value = m.group(0).rstrip(".!?")
                if _is_ordinary_reply(value) or re.fullmatch(r"[0-9a-fA-F]{24}", value):
                    continue
                secrets.append(value)
                spans.append((m.start(), m.start() + len(value)))
    if not secrets:
        return source, {}
    out = source
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + REDACTED + out[end:]
    # The same key typed twice ("pw is abc123, yes abc123") must not survive in the second place.
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= 3:
            out = out.replace(secret, REDACTED)
    first = secrets[0]
    facts: dict[str, object] = {
        "password_given": True,
        "password_length": len(first),
        "password_ascii": all(0x20 <= ord(c) <= 0x7E for c in first),
    }
    return out, facts


def _is_ordinary_reply(token: str) -> bool:
    """True when a one-token reply is an answer word (yes/no/unsure, a choice number, a global word)."""
    if yes_no(token) is not None or global_word(token) is not None or _looks_like_choice_number(token):
        return True
    plain = _plain(token)
    return plain in _ACK_WORDS or plain == ""


def password_findings(length: int, ascii_only: bool) -> list[str]:
    """Findings from what is known about the key: WPA2 needs 8-63 characters of 7-bit printable ASCII."""
    found: list[str] = []
    if length < 8 or length > 63:
        found.append("wifi:password_invalid_length")
    if not ascii_only:
        found.append("wifi:non_ascii_password")
    return found


# --- hotspot step --------------------------------------------------------------------------------------------

_CANT_PHRASES = ("cant", "cannot", "can not", "unable", "no hotspot", "dont know how", "no phone", "not possible",
                 "impossible", "dont have", "do not have", "doesnt support", "wont let me", "no data", "not able",
                 "couldnt", "could not", "i dont have a", "doesnt work", "didnt work", "no mobile data",
                 "not allowed", "no cell", "no smartphone", "i can t")  # fmt: skip
_QUESTION_STARTS = ("how", "what", "where", "which", "why", "whats", "wheres", "hows")
_READY_WORDS = {"ready", "done", "on", "ok", "okay", "yes", "yep", "yup", "yeah", "go", "set", "finished", "k",
                "all set", "its on", "it is on", "hotspot on", "hotspot is on", "good to go", "turned on",
                "ok its on", "ok it is on", "ready its on", "i am ready", "im ready", "ok ready", "ok done",
                "its ready", "hotspot ready", "hotspot is ready", "ready to go", "all done", "its done",
                "switched on", "it's on", "its up", "hotspot is up", "up", "enabled", "yes its on"}  # fmt: skip


def hotspot_reply(text: str) -> str | None:
    """"ready", "cant" or "question" for a reply at the hotspot step; None for anything else ("not yet")."""
    raw = (text or "").strip()
    if not raw:
        return None
    plain = _plain(raw)
    if not plain:
        return "ready" if any(e in raw for e in _THUMBS_UP) else None
    if any(_contains_phrase(plain, p) for p in _CANT_PHRASES):
        return "cant"
    if raw.rstrip().endswith("?") or plain.split()[0] in _QUESTION_STARTS:
        return "question"
    if re.search(r"\bnot\b|\bnope\b|\bno\b|\byet\b", plain):
        return None
    if plain in _READY_WORDS:
        return "ready"
    if any(_contains_phrase(plain, w) for w in ("ready", "done", "its on", "it is on", "hotspot is on", "turned it on")):
        return "ready"
    if any(e in raw for e in _THUMBS_UP):
        return "ready"
    return None
