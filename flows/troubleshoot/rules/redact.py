"""Find the Wi-Fi password in a customer's message and replace exactly it with "[redacted]".

Runs on every inbound message at every step (and while an agent holds the case) before anything is stored,
logged or mirrored to Slack. Two ways a key is found:

- after a lead ("password is X", "pw: X", "wifi key = 'X'", "contraseña: X", "пароль: X", "mot de passe X"),
  where X is the quoted text, a passphrase of several plain words that ends the clause, or one token; a word that
  says something about the password instead ("is correct", "is on the sticker", "is the same") is not a key;
- while the bot asks about the password, a token that is not an ordinary word: wordfreq (a well-kept word list
  for 40 languages) tells words from keys, so "letmein", "Sunshine99" and "Blue-Falcon-42" are keys and
  "password", "sticker", "router" are not. Names of things customers also type (WPA2-PSK, iPhone-12, 2.4GHz,
  serial numbers, device IDs, e-mails, phone numbers) are never keys.

Everything else in the message is kept exactly as typed; the quotes around a quoted key are kept too.
"""

from __future__ import annotations

import re

from bot.flowkit import KeyMemory
from flows.lazy_re import lazy
from flows.troubleshoot.rules.keygroups import grouped_at, grouped_in
from flows.troubleshoot.rules.keyshape import (
    LEAD_CORE,
    LEAD_ONLY_RE,
    LEAD_WORDS,
    NAME_CONTEXT_RE,
    NOT_KEY_AFTER_RE,
    NOT_KEY_CONTEXT_RE,
    NOT_KEY_PARTS,
    PASSWORD_WORD_RE,
    SET_UP_ON,
    after_maker,
    band_variant,
    digits_key,
    is_answer,
    is_common_word,
    is_key_like,
    is_named_thing,
    is_non_word,
    is_shape,
    name_said_last,
    named_elsewhere,
    strip_value,
)
from flows.troubleshoot.rules.slots import public_network
from flows.troubleshoot.rules.spelled_key import described_spans, spelled_spans
from flows.troubleshoot.rules.text import is_word

__all__ = ["REDACTED", "password_findings", "redact_secrets"]

REDACTED = "[redacted]"

# "password for it", "key on the label", "contraseña de wifi", "пароль от вайфая", "key (from the sticker)".
_QUALIFIER = (
    r"(?:\s*\([^)]{1,40}\)|\s+(?:for|of|on|to|from|at|de|del|du|von|da|do|от|для|di)\s+(?:the |my |our |this |that "
    r"|your |a |la |el |le |mon |ma |das |die |der |o |mi )?[\w\-]+(?:\s+(?:wifi|network|router|label|sticker|box))?)?"
)
# What joins a lead to its value: "is", ":", "=", "->", and the same words in the languages we see.
_CONNECT = (
    r"(?:\s*(?:[:=]|->|=>|は)\s*|\s+(?:is|was|were|would be|should be|will be|is now|is still|was set to|set to|es"
    r"|era|est|ist|war|è|é|e|je|är|on|jest|это|to|lautet|says|reads|says it'?s)(?![\w'])\s*[:=]?\s*"
    r"|\s*[-\u2013\u2014]\s+|'s\s+)"
)
_QUOTES = {'"': '"', "'": "'", "`": "`", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201c",
           "(": ")"}
_LEAD_RE = lazy(rf"(?<![\w])(?P<lead>{LEAD_WORDS}){_QUALIFIER}{_CONNECT}", re.IGNORECASE)
# "password 'X'" / "pw 'X'": a quoted value needs no connector.
_LEAD_QUOTE_RE = lazy(rf"(?<![\w])(?P<lead>{LEAD_WORDS})\s+(?=[\"'`\u201c\u2018\u00ab])", re.IGNORECASE)
# "my password Xyz123" / "wifi pw Xyz123" without a connector: only a key-like value counts.
# Not "PSK" in a security name ("WPA2-PSK"), and not across a line: a pasted scanner readout has both (a blind
# exploratory test: "... WPA2-PSK\nSmithHome ..." hid the network's name as a key, and the bot said it was hidden).
_BARE_LEAD_RE = lazy(r"(?<![\w])(?:pass ?words?|passwd|passcode|pass|pwd?|(?<!-)psk|wifi key|network key|wpa key"
                     r"|the key|key|passwort|kennwort|contraseña|clave|senha|wachtwoord|hasło|пароль|şifre\w*"
                     r"|sifre\w*|mot de passe|mdp)(?:[ \t]+(?:от|de|for|für|do|na|для)[ \t]+\S+)?[ \t]+", re.IGNORECASE)
# "the key on the sticker says 73920481", "la clave que viene en la pegatina es 47382910": a lead, a few words
# about where it is, a connector, then a key-like value (never a word: "the code on the box is on the back").
_FAR_LEAD_RE = lazy(rf"(?<![\w])(?P<lead>{LEAD_CORE})(?P<gap>(?:\s+[^\s.!?;]+){{1,7}}?){_CONNECT}",
                    re.IGNORECASE)
# Before a key in a sentence: "i think its X", "it was X", "i typed X", "changed it to X", "instead of X".
_INTRO_RE = lazy(
    r"(?:^|[\s,:])(?:it'?s|it is|it was|its|was|is|typed|used|entered|put( in)?|changed it to|now it'?s|new one is"
    r"|yes|yeah|yep|try|tried|using|with|instead of|not|or|and|either|maybe|probably|think)[\s,:]+$",
    re.IGNORECASE,
)
_KEY_INTRO_RE = lazy(r"(?:^|\s)(?:typed|retyped|re-typed|entered|re-entered|put in|tried|using|even with"
                     r"|instead of|changed it to)\s+$", re.IGNORECASE)

# Words that say something about the password rather than being it ("the password is correct").
# "not sure what the password is", "I forgot what the key was": a lead inside a question about the key, where an
# everyday word after it is not the key (the fourth blind exploratory test was told "I've hidden that password" for
# "honestly").
_ASKED_ABOUT = lazy(r"\b(?:what|whatever|where|remember|know|sure|idea|forgot|forget|find out|tell me)\b[^.?!]{0,40}"
                    r"\b(?:password|pass|key|code|passcode)\s+(?:is|was|would be)\s*$", re.IGNORECASE)
_ABOUT = frozenset("""
correct right wrong incorrect same fine ok okay good valid invalid working accepted rejected case sensitive
long short too very really definitely probably just also still there here below above under on in at from by of
for to with without written printed shown listed located typed entered spelled saved stored set changed reset new
old different blank empty none nothing hidden secret private required needed unknown the a an this that it my
your our their his her its what which who whom where when why how not no yes so but and or if as like exactly
same again already both all any some every each one two three four printed sticker label router box back bottom
side card paper underneath behind inside somewhere something whatever complicated complex simple easy hard
weird strange long-ish case-sensitive lowercase uppercase capitals caps numbers letters characters digits
mine yours ours theirs because since until unless while though although then than supposed meant obviously clearly
the default different same wrong missing sur sous dans en la le les el los auf im am na w no der die das
""".split())
_ENGLISH_LEADS = frozenset("password passwords pass passwd passcode passphrase phrase pw pwd psk key code".split())
# Words that talk about a password (where it is, what it is like) rather than being part of a passphrase.
_ABOUT_NOUNS = lazy(r"\b(sticker|label|router|modem|box|back|bottom|card|same|app|account|e-?mail|one|written"
                    r"|printed|case|sensitive|correct|wrong|different|changed|default|hidden|long|short"
                    r"|characters|letters|numbers|capitals?|wifi|network|typed|entered|remember|forgot)\b",
                    re.IGNORECASE)
# What people say about a password after "password:" that is not the password.
_ABOUT_PHRASE = lazy(r"^(on|in|at|under|written|printed|the (same|one|default)|same|see|check|its on|it'?s on"
                     r"|case|not|no|yes|correct|wrong)\b", re.IGNORECASE)
_SKIP_BEFORE_VALUE = frozenset("still now actually just literally simply currently definitely probably obviously clearly "
                               "surely certainly totally honestly basically".split())
# After "on": a place ("... on my phone", "on the sticker"), never a key.
_PLACE_START = frozenset("my the your our his her their a an this that its".split())


def _on_a_place(connector: str, tokens: list[str]) -> bool:
    return connector.split()[-1:] == ["on"] and bool(tokens) and tokens[0].lower() in _PLACE_START


def _value_after(source: str, pos: int, lead: str, connector: str = "") -> tuple[str, int, int] | None:
    """The key that starts at `pos` (right after a lead and its connector), or None if what follows is no key."""
    rest = source[pos:]
    if not rest:
        return None
    if (grouped := grouped_at(source, pos)) is not None:
        return grouped
    opener = rest[0]
    if opener in _QUOTES:
        close = rest.find(_QUOTES[opener], 1)
        if close > 1:
            return rest[1:close], pos + 1, pos + close
        if opener != "(":
            return None
    # The clause after the connector: up to a comma/semicolon, " and ", " but ", a full stop and space, or the end.
    clause_m = re.match(r"(.*?)(?=[,;]\s|\s+(?:and|but|so|if|or|which|because|though|then|btw|lol|not|instead|as"
                        r"|with|from)\s|\.\s|\.$|\)|\n|$)", rest, re.IGNORECASE)
    clause = clause_m.group(1) if clause_m else rest
    tokens = clause.split()
    if _on_a_place(connector, tokens):
        return None  # "the password from the paper on my iphone hotspot": where it is (explore5)
    while len(tokens) > 1 and tokens[0].lower() in _SKIP_BEFORE_VALUE:
        skip = rest.index(tokens[1], rest.index(tokens[0]) + len(tokens[0]))
        pos, rest = pos + skip, rest[skip:]
        clause = clause[clause.index(tokens[1]):]
        tokens = tokens[1:]
    if not tokens:
        return None
    first_m = re.match(r"\S+", rest)
    assert first_m is not None
    first, start, end = strip_value(first_m.group(0), pos)
    words_only = [t.strip(".,;:!?") for t in tokens]
    sentence = re.split(r"(?<=[.!?])\s|\s*\(|\s+(?:lol|haha|i think|denk ik)\b|\n", rest)[0].rstrip(" .!?")
    words_in = sentence.split()
    strong = lead not in ("key", "pass", "code")
    first_plain = bool(words_in) and words_in[0].isalpha()
    if first_plain and (lead in ("passphrase", "phrase") or (strong and (":" in connector or connector.startswith("is")) and
                                             len(words_in) >= (4 if ":" in connector else 5))) and \
            words_in and len(words_in) <= 12 and not _ABOUT_NOUNS.search(sentence) and \
            not (lead not in ("passphrase", "phrase") and _ABOUT_PHRASE.match(sentence) and len(words_in) < 4):
        # "passphrase is: walking on the moon tonight", "password: the quick brown fox (my son picked it)",
        # "password is the cat sat on the mat": a sentence that says nothing about the password is the password.
        return sentence, pos, pos + len(sentence)
    if 2 <= len(tokens) <= 6 and all(w.isalnum() and w.isascii() for w in words_only) and \
            words_only[0].isalpha() and \
            any(w.isalpha() for w in words_only) and \
            not any(w.lower() in _ABOUT for w in words_only[1:]) and \
            (len(tokens) >= 3 or first.lower() not in _ABOUT):
        # A passphrase of plain words ("correct horse battery staple") that ends the clause.
        phrase = clause.rstrip(" .!?")
        return phrase, pos, pos + len(phrase)
    if first.lower().strip("!") in _ABOUT or not any(c.isalnum() for c in first):
        return None
    if _ASKED_ABOUT.search(source[max(0, pos - 80):pos]) and first.isalpha() and first.islower() and is_word(first):
        return None  # "not sure what the wifi password is honestly": asked about (see _ASKED_ABOUT), not told
    if first.startswith("[") or len(first) > 63:
        return None
    if is_shape(first) if strong else is_named_thing(first, after_lead=True):
        return None  # after "password is" only an ID, e-mail, link or measure is not the key
    return first, start, end


def _lead_secrets(source: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for m in _FAR_LEAD_RE.finditer(source):
        rest = source[m.end():]
        grouped = re.match(r"\d{3,5}(?:[ \-]\d{3,5}){1,4}(?!\S)", rest)
        token = re.match(r"\S+", rest)
        if grouped and len(re.sub(r"\D", "", grouped.group(0))) >= 8 and not NOT_KEY_AFTER_RE.match(
                rest[grouped.end():]):
            found.append((grouped.group(0), m.end(), m.end() + grouped.end()))
        elif token:
            value, s, e = strip_value(token.group(0), m.end())
            barcode = m.group("lead").lower() == "code" and value.isdigit() and len(value) in (12, 13)
            if is_key_like(value, after_lead=True) and not NOT_KEY_AFTER_RE.match(source[e:]) and \
                    not NOT_KEY_CONTEXT_RE.search(source[:s]) and not barcode:
                found.append((value, s, e))
    for m in list(_LEAD_RE.finditer(source)) + list(_LEAD_QUOTE_RE.finditer(source)):
        lead = m.group("lead").lower().split()[-1]
        key_after = _value_after(source, m.end(), lead, source[m.end("lead"):m.end()].strip().lower())
        if key_after is None:
            continue
        secret, s, e = key_after
        if secret.isdigit() and (NOT_KEY_AFTER_RE.match(source[e:]) or (lead == "code" and len(secret) in (12, 13))):
            continue  # "the code on the box is 4006381333931 (, that's the barcode)": an EAN/UPC barcode
        quoted = s > 0 and source[s - 1] in _QUOTES
        connector = source[m.end("lead"):m.end()].strip().lower()
        # "key"/"pass" are ordinary words too ("the key is to restart"): their value must look like a key.
        if connector in ("on", "e", "je") and lead.isascii() and lead in _ENGLISH_LEADS:
            continue  # "the code on the box": "on" joins a key only in other languages ("salasana on ...")
        weak = lead in ("key", "pass", "code") or connector in ("to", "-")
        if weak and not quoted and not (is_key_like(secret, after_lead=True) or " " in secret):
            continue
        found.append((secret, s, e))
    found += _bare_lead_secrets(source)
    # Once the message talks about a password, key-like tokens after that word are keys too
    # ("I tried passwords Autumn2021 and Autumn2022"), and so is one typed just before it ("I entered X as the
    # password").
    first_word = PASSWORD_WORD_RE.search(source)
    if first_word:
        found += _quoted(source)
        found += [g for g in grouped_in(source) if g[1] >= first_word.end()]
        for m in re.finditer(r"\S+", source):
            value, s, e = strip_value(m.group(0), m.start())
            after = m.start() >= first_word.end()
            before_as = re.match(r"\s+as (the|my) ", source[m.end():]) is not None
            if (after or before_as) and (is_key_like(value) or digits_key(value, source, s)) and \
                    not NAME_CONTEXT_RE.search(source[: m.start()]) and not band_variant(value, source) and \
                    not named_elsewhere(value, source):
                found.append((value, s, e))
    # "I had typed X instead of Y", "still offline even with X": a key-like token after these words.
    for m in re.finditer(r"\S+", source):
        value, s, e = strip_value(m.group(0), m.start())
        if _KEY_INTRO_RE.search(source[: m.start()]) and (is_key_like(value) or digits_key(value, source, s)):
            found.append((value, s, e))
    return found


def _bare_lead_secrets(source: str) -> list[tuple[str, int, int]]:
    """Keys right after a lead with no connector: "wpa key Xyz123", "pw Xyz123", "WPA key 8841 2290 5531"."""
    found: list[tuple[str, int, int]] = []
    for m in _BARE_LEAD_RE.finditer(source):
        in_groups = grouped_at(source, m.end())
        if in_groups is not None:
            found.append(in_groups)
            continue
        value_m = re.match(r"\S+", source[m.end():])
        if value_m and (is_key_like(value_m.group(0), after_lead=True) or is_non_word(value_m.group(0))) and \
                not NOT_KEY_AFTER_RE.match(source[m.end() + value_m.end():]):
            found.append(strip_value(value_m.group(0), m.end()))
    return found


def _quoted(source: str, password_step: bool = False) -> list[tuple[str, int, int]]:
    """Quoted text that is not an ordinary answer or (except at the password step) a phrase of plain words."""
    found = []
    # The closing quote is no apostrophe inside a word: "'unable to connect, make sure it's in setup mode'" is one
    # quote, not "unable to connect, make sure it" (explore11's n04: an app's error hidden as a password).
    for m in re.finditer(r"(?:^|(?<=[\s,:(]))[\"'`\u201c\u2018]([^\"`\u201d]{3,63}?)[\"'`\u201d\u2019](?![\w])", source):
        inner = m.group(1)
        if PASSWORD_WORD_RE.search(inner):
            continue  # "'Network Key: 61839204'": the lead inside finds the key itself
        # Words with a sentence's punctuation ("device, make sure it's") are plain words too.
        plain_words = all((w := word.strip(",.;:!?").replace("'", "").replace("\u2019", "")).isalpha() and
                          is_word(w, 3.0) for word in inner.split())
        whole = m.group(0).strip() == source.strip()
        # Plain words in quotes are a key only when they are the whole reply at the password step: in a sentence
        # they are more often what a screen said ("it says 'unable to connect'").
        if not is_answer(inner) and (not plain_words or (password_step and whole)) and not is_named_thing(inner) and \
                not name_said_last(source[max(0, m.start() - 80):m.start()]):
            found.append((inner, m.start(1), m.end(1)))
    return found


def _bare_secrets(source: str) -> list[tuple[str, int, int]]:
    """At the password step: the whole message when it is one non-word token or quoted, else key-like tokens."""
    stripped = source.strip()
    if not stripped:
        return []
    found = _quoted(source, password_step=True) + grouped_in(source)
    if found and not re.search(r"\s", stripped):
        return found
    if not found and not re.search(r"\s", stripped):
        value, s, e = strip_value(stripped, source.index(stripped))
        # The whole reply is one token: anything but an answer word, a plain word or a shape (ID, number...).
        parts = [p for p in re.split(r"[^a-z0-9]+", value.lower()) if p]
        # "WPA2-PSK", "iPhone-12", "NETGEAR47-5G": names of things, never taken for a key on their own.
        label = (not value.isdigit() and all(p.isdigit() or p in NOT_KEY_PARTS or re.sub(r"\d+", "", p) in NOT_KEY_PARTS
                                             for p in parts)) or (
            len(parts) > 1 and all(p.isalpha() and is_word(p, 3.0) for p in parts))  # "kitchen-hub": a name
        if not is_answer(value) and not is_shape(value) and len(value) >= 3 and not label and \
                not (value.isalpha() and (is_word(value, 3.0) or is_common_word(value))) and \
                not LEAD_ONLY_RE.match(value):
            return [(value, s, e)]
        return []
    for m in re.finditer(r"\S+", source):
        value, s, e = strip_value(m.group(0), m.start())
        before = source[: m.start()]
        if NAME_CONTEXT_RE.search(before) or SET_UP_ON.search(before) or named_elsewhere(value, source) or \
                after_maker(before) or band_variant(value, source) or _word_pair(value, source):
            continue
        if is_key_like(value) or (is_non_word(value) and _INTRO_RE.search(before)) or \
                digits_key(value, source, s):
            found.append((value, s, e))
    return found


def _word_pair(value: str, source: str) -> bool:
    """Ordinary words joined by a slash ("detect/work") in a sentence of six words or more: the sentence's, not a key
    (a real GitHub issue, "I cant seem for the app to detect/work with my ear 2", was hidden at the password
    question). A short reply ("its dog/cat") may still be the key."""
    parts = [p for p in value.split("/") if p]
    return len(parts) > 1 and len(source.split()) >= 6 and all(p.isalpha() and is_word(p, 3.0) for p in parts)


# A key typed again later is looked for in runs of up to this many words (a passphrase hidden after a lead).
RECALL_WORDS = 4


def _recalled(source: str, memory: KeyMemory) -> list[tuple[str, int, int]]:
    """The keys hidden earlier in the conversation, typed again here (any letter case: a phone capitalises the
    first letter of a message), each as one word or a run of words, with or without the punctuation after it."""
    raw = [(m.start(), m.end()) for m in re.finditer(r"\S+", source)]
    bare = [strip_value(source[a:b], a)[1:] for a, b in raw]
    found: list[tuple[str, int, int]] = []
    for i in range(len(raw)):
        for j in range(i, min(i + RECALL_WORDS, len(raw))):
            for s, e in dict.fromkeys(((bare[i][0], bare[j][1]), (raw[i][0], raw[j][1]))):
                if e - s >= 4 and _print(memory, source[s:e]) in memory.known:
                    found.append((source[s:e], s, e))
                    break
    return found


def _print(memory: KeyMemory, value: str) -> str:
    """A key's fingerprint, the same whatever the letter case and spacing."""
    return memory.fingerprint(" ".join(value.casefold().split()))


def redact_secrets(text: str, awaiting: str | None,
                   memory: KeyMemory | None = None) -> tuple[str, dict[str, object]]:
    """`text` with every Wi-Fi password replaced by "[redacted]", and facts about the key (never the key).

    Facts: `password_given`, `password_length` and `password_ascii` of the first key found, so the flow can
    say a key of 5 characters cannot be a Wi-Fi key without anyone storing it. With `memory` (the conversation's
    keys hidden before, as fingerprints), those are hidden wherever they come again, and `key_prints` gives the
    fingerprints of the keys hidden in this message.
    """
    source = text or ""
    recalled = _recalled(source, memory) if memory is not None and memory.known else []
    lead = _lead_secrets(source)
    at_password = awaiting == "wifi_password"
    bare = _bare_secrets(source) if at_password else []
    # A key spelled out or described ("capital K, then lowercase 'iwi', then hash, then 7 7 2 9"), at the password
    # question or beside a word for it: the whole of it, before any piece of it is taken for the key.
    spelled = spelled_spans(source) + described_spans(source, at_password) \
        if at_password or PASSWORD_WORD_RE.search(source) else []
    kept: list[tuple[str, int, int]] = []
    # A key hidden before is certain; then keys after a lead win over guesses at the password step.
    for group in (recalled, spelled, lead, bare):
        for secret, s, e in sorted(group, key=lambda x: (x[1], -(x[2] - x[1]))):
            if public_network(secret) is not None:
                continue  # "i used my school login. its eduroam": a public network's name, never a key (round 11)
            if secret and not any(s < ke and ks < e for _x, ks, ke in kept):
                kept.append((secret, s, e))
    if not kept:
        return source, {}
    out = source
    for _secret, s, e in sorted(kept, key=lambda x: x[1], reverse=True):
        out = out[:s] + REDACTED + out[e:]
    # The same key typed again elsewhere in the message must not survive there.
    for secret in sorted({k[0] for k in kept}, key=len, reverse=True):
        if len(secret) >= 4:
            out = re.sub(rf"(?<![\w]){re.escape(secret)}(?![\w])", REDACTED, out)
    first = min(kept, key=lambda k: k[1])
    facts: dict[str, object] = {"password_given": True}
    if first not in spelled:  # a key spelled out has no length to judge ("7 7 2 9" is four characters, not seven)
        facts["password_length"] = len(first[0])
        facts["password_ascii"] = all(0x20 <= ord(c) <= 0x7E for c in first[0])
    if memory is not None:
        facts["key_prints"] = sorted({_print(memory, k[0]) for k in kept})
    return out, facts


def password_findings(length: int, ascii_only: bool) -> list[str]:
    """Findings from what is known about the key: WPA2 needs 8-63 characters of 7-bit printable ASCII."""
    found: list[str] = []
    if length < 8 or length > 63:
        found.append("wifi:password_invalid_length")
    if not ascii_only:
        found.append("wifi:non_ascii_password")
    return found
