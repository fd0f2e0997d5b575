"""The first stages of reading any customer answer: normalise, fix typos, split into clauses, find words.

Every reader (reading.py, intents.py, polarity.py, slots.py) starts from a `Message`: the customer's text
lowercased with curly quotes folded, emoji turned into the words they stand for, common texting spellings and
one-letter typos of the words our readers look for mended, contractions written one way ("dont", "cant"), and the
text cut into clauses at sentence ends, commas, "but" and corrections ("wait", "actually"). Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from flows.lazy_re import lazy
from flows.troubleshoot.rules.wordlists import zipf_frequency

__all__ = ["SPELLINGS", "Message", "fold", "is_word", "message", "phrase_re", "words", "zipf"]


def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of `word` in `lang` (its "small" list, about 30k words), from the compact copy
    of the list in `wordlists` (a tenth of the memory of wordfreq's own).

    A list is read at its first use, not with this module: reading wordfreq's modules and lists takes about
    0.15 s, which the engine's worker would otherwise spend before a restart's backlog starts to drain (steps
    for timers read no words). The web process reads English at start-up (`TroubleshootPlugin.warm`), before
    the first customer.
    """
    return zipf_frequency(word, lang)

# Phone keyboards send curly quotes and long dashes; fold them so patterns only need the ASCII forms.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " "})

# Emoji and symbols customers answer with, as the word they mean.
_EMOJI = {
    "\U0001f44d": " yes ", "\u2705": " yes ", "\u2714": " yes ", "\U0001f44c": " yes ", "\U0001f197": " ok ",
    "\U0001f44e": " no ", "\u274c": " no ", "\u2716": " no ", "\U0001f6ab": " no ",
    "\U0001f937": " unsure ", "\U0001f914": " unsure ",
}
_EMOJI_RE = lazy("|".join(re.escape(k) for k in _EMOJI))

# Texting spellings and frequent typos of the words the readers use (applied to whole words).
SPELLINGS = {
    "yse": "yes", "yea": "yes", "yeah": "yes", "yeh": "yes", "ya": "yes", "yah": "yes", "yep": "yes", "yup": "yes",
    "yess": "yes", "yesss": "yes", "yas": "yes", "ye": "yes", "yez": "yes", "ys": "yes", "yeap": "yes",
    "yeahh": "yes", "yus": "yes", "mhm": "yes", "uh-huh": "yes", "yessir": "yes", "yeppers": "yes",
    "yass": "yes", "yasss": "yes", "ofc": "of course", "wdym": "what do you mean", "wym": "what do you mean",
    "nope": "no", "nah": "no", "naw": "no", "noo": "no", "nooo": "no", "nop": "no", "na": "no", "nay": "no",
    "noope": "no", "nopes": "no", "nahh": "no",
    "dunno": "dont know", "idk": "dont know", "dno": "dont know", "donno": "dont know", "duno": "dont know",
    "idc": "dont care", "prolly": "probably", "probly": "probably", "prob": "probably", "def": "definitely",
    "defo": "definitely", "deffo": "definitely", "deffinitely": "definitely", "definately": "definitely",
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "plse": "please", "thx": "thanks",
    "ty": "thanks", "im": "i am", "ive": "i have", "ill": "i will", "tho": "though",
    "rn": "now", "abt": "about", "bc": "because", "cuz": "because", "coz": "because", "w/": "with",
    "wifi": "wifi", "wi-fi": "wifi", "wi fi": "wifi", "wlan": "wifi", "hot spot": "hotspot", "hot-spot": "hotspot",
    "i-phone": "iphone", "ios": "iphone", "smth": "something", "sth": "something", "ppl": "people",
    "somone": "someone", "sombody": "somebody", "someome": "someone", "huamn": "human", "humna": "human",
    "peson": "person", "preson": "person", "perosn": "person", "skp": "skip", "dun": "done", "rdy": "ready",
    "redy": "ready", "wat": "what", "wut": "what", "diff": "difference", "telephone": "phone", "wud": "would", "cud": "could", "shud": "should", "kk": "ok", "okk": "ok", "oki": "ok", "fastly": "fast", "quik": "quick",
    "yh": "yes", "yhh": "yes", "slw": "slow", "slo": "slow", "fst": "fast", "norm": "normal", "slowish": "slow",
    "fastish": "fast", "quickish": "quick",
}
# Contractions written one way (apostrophes are dropped: "don't" and "dont" read the same).
_CONTRACTIONS = {
    "do not": "dont", "does not": "doesnt", "did not": "didnt", "is not": "isnt", "are not": "arent",
    "was not": "wasnt", "were not": "werent", "can not": "cant", "cannot": "cant", "could not": "couldnt",
    "will not": "wont", "would not": "wouldnt", "have not": "havent", "has not": "hasnt", "should not": "shouldnt",
    "i am": "im", "it is": "its", "that is": "thats", "there is": "theres", "what is": "whats",
}
_CONTRACTION_RE = lazy(r"\b(" + "|".join(re.escape(k) for k in _CONTRACTIONS) + r")\b")
# Apostrophe-less contractions typed with a space ("don t", "can t") after the apostrophe became a space.
_SPLIT_CONTRACTION = lazy(r"\b(don|doesn|didn|isn|aren|wasn|weren|can|couldn|won|wouldn|haven|hasn|shouldn)"
                          r" t\b")

# Words the readers look for; a token one edit away from one of these (and not a word itself) is mended.
VOCABULARY = frozenset(
    "yes no not sure maybe password router sticker label modem hotspot ready done iphone android samsung "
    "blinking flashing green blue light orange purple dark fast slow steady normal regular person human agent "
    "someone somebody support people representative network registered register approved approve guest hotel "
    "internet working devices phone account login email website admin capital capitals letters app wireless "
    "connected connect talk speak call single names separate restart again pulsing breathing flickering "
    "definitely probably actually already turned enabled setting settings instructions allowed plan data "
    "maximize compatibility personal mobile unplugged plugged minutes couple several twice three".split()
)
# Ordinary words one edit away from a vocabulary word: never "mend" these.
_NOT_TYPOS = frozenset("yet yep nod now nor non net new lot hot hotel dare dark fact fast last past cast test "
                       "rest west best vest list lost host most post cost read real ready reddy rear".split())

_CLAUSE_SPLIT = lazy(
    r"\s*(?:[.!?;\n]+|,|\s-\s|(?=\bbut\b)|\bthough\b|\balthough\b|\bhowever\b|\bexcept\b"
    r"|(?=\bwait\b)|(?=\bactually\b)|(?=\bi mean\b)|(?=\boh wait\b)|(?=\bcorrection\b))\s*"
)
# A clause that starts like this corrects what came before it: the later statement counts.
CORRECTION_STARTS = ("wait", "actually", "i mean", "oh wait", "correction", "sorry", "no wait", "scratch that", "but",
                     "no sorry", "so i suppose", "so i guess", "so i think", "so yes", "so no")


def squashed(name: str) -> str:
    """A name as compared without case, spaces or punctuation ("Garage Door" is garage-door, "HOMENET-5G" homenet5g)."""
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def fold(text: str) -> str:
    """NFKC, curly quotes and dashes folded to ASCII; case and everything else kept."""
    return unicodedata.normalize("NFKC", text or "").translate(_FOLD)


@lru_cache(maxsize=8192)
def is_word(token: str, threshold: float = 2.5) -> bool:
    """True when `token` is an ordinary word in English (wordfreq's Zipf frequency at least `threshold`)."""
    t = token.lower().strip("'")
    return bool(t) and zipf(t, "en") >= threshold


@lru_cache(maxsize=8192)
def _mend(token: str) -> str:
    if token in SPELLINGS:
        return SPELLINGS[token]
    if len(token) < 4 or token in VOCABULARY or token in _NOT_TYPOS or not token.isalpha() or is_word(token, 3.0):
        return token
    best = None
    for word in VOCABULARY:
        if abs(len(word) - len(token)) <= 1 and DamerauLevenshtein.distance(token, word, score_cutoff=1) <= 1:
            if best is not None:
                return token  # two candidates: do not guess
            best = word
    return best or token


def _normalise(text: str) -> str:
    s = fold(text).lower()
    s = _EMOJI_RE.sub(lambda m: _EMOJI[m.group(0)], s)
    s = s.replace("'", "").replace("`", "")
    s = re.sub(r"([a-z])\1{2,}", r"\1\1", s)  # "faaast", "yesss", "nooo": stretched letters
    # Voice dictation writes punctuation as words ("no comma its blinking fast", "yes period").
    s = re.sub(r"\s+(comma)\b", ",", s)
    s = re.sub(r"\s+(period|full stop|exclamation (point|mark))\b", ".", s)
    s = re.sub(r"\s+question mark\b", "?", s)
    s = _SPLIT_CONTRACTION.sub(lambda m: m.group(1) + "t", s)
    for multi, one in (("wi fi", "wifi"), ("hot spot", "hotspot"), ("uh huh", "yes"), ("e mail", "email")):
        s = s.replace(multi, one)
    # Words: letters/digits with inner - _ . (so "2.4", "netgear-5g" stay whole); everything else kept as is.
    out = []
    for piece in re.split(r"(\s+)", s):
        core = piece.strip(".,!?;:()[]\"*~")
        if core and core.replace("-", "").isalpha():
            mended = _mend(core)
            if mended != core:
                piece = piece.replace(core, mended, 1)
        out.append(piece)
    s = "".join(out)
    s = _CONTRACTION_RE.sub(lambda m: _CONTRACTIONS[m.group(1)], s)
    return " ".join(s.split())


def words(text: str) -> list[str]:
    """Lower-case word tokens of already normalised text (inner '.', '-' and '_' kept: "2.4", "5g", "my-net")."""
    return re.findall(r"[a-z0-9]+(?:[._\-][a-z0-9]+)*", text)


@cache
def phrase_re(phrase: str) -> re.Pattern[str]:
    """`phrase` (a regex over plain words) as a whole-word pattern, compiled once.

    The readers use a few thousand phrases, more than `re`'s own cache of 512 keeps, so without this each call
    compiled its pattern again.
    """
    return re.compile(rf"(?<![a-z0-9]){phrase}(?![a-z0-9])")


@dataclass(frozen=True)
class Message:
    """One customer message, read once: the text as sent, its normalised form, clauses and words."""

    raw: str
    norm: str
    clauses: tuple[str, ...]
    tokens: tuple[str, ...]

    @cached_property
    def plain(self) -> str:
        """The words joined by single spaces (kept: the readers ask for it about fifty times a message)."""
        return " ".join(self.tokens)

    def has(self, *phrases: str) -> bool:
        """True when any phrase (a regex over the plain words) occurs in the message."""
        p = self.plain
        return any(phrase_re(ph).search(p) for ph in phrases)

    @property
    def is_question(self) -> bool:
        return "?" in self.raw


@lru_cache(maxsize=4096)
def message(text: str) -> Message:
    """Read `text` once into a `Message` (cached: the same text is read by several readers)."""
    norm = _normalise(text)
    clauses = tuple(" ".join(words(c)) for c in _CLAUSE_SPLIT.split(norm))
    clauses = tuple(c for c in clauses if c)
    return Message(raw=text or "", norm=norm, clauses=clauses, tokens=tuple(words(norm)))


# A scanner's readout pasted: two or more radios' addresses or signal strengths ("9C:3D:CF:12:7F:3A  -58 dBm").
_SCAN_MARK = lazy(r"(?i)(?<![0-9a-f:])(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?![0-9a-f:])|-\d{2,3}\s*dbm\b")


def looks_like_scan(text: str) -> bool:
    """A pasted scan of several networks: its neighbours' names and words are not the customer's (the fifth blind
    exploratory test's paste had a neighbour's open "xfinitywifi" read as "my Wi-Fi has a sign-in page")."""
    return text.count("\n") >= 1 and len(_SCAN_MARK.findall(text)) >= 2
