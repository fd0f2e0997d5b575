"""Which of an account's units a customer means by the name they typed.

Customers rarely type a unit's name as the app shows it: "porch sensor" or "the porch sensor unit" for porch-sensor,
"back gate opener" for BackGate, "unit 3" for "Unit 3", "kichen hub" for "Kitchen Hub". The name is compared by its
letters and digits alone, against every run of words in what was typed; a unit's name of one word must be all
there is apart from words such as "unit" or "device" ("the hub" is Hub, "the garage door" is not Door). A part of
a name is not enough ("porch" is no unit), and two units that fit equally well are none. Pure functions.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

__all__ = ["match_name", "match_word", "name_words", "platforms_named", "search_word"]

# Words a customer adds to a unit's name that name no unit themselves ("the garage door unit", "my hub thingy").
FILLER = frozenset("the my our a an its it unit units device devices one thing thingy gadget box module sensor opener "
                   "controller".split())


def name_words(name: str) -> list[str]:
    """A name's words as a customer might type it: any case, spaces, dashes or underscores between them, "the" or
    "my" before it, an apostrophe-s after it ("the porch sensor's light")."""
    words = [_NUMBERS.get(w, w) for w in re.split(r"[\s_\-.]+", name.casefold().replace("'s ", " ").removesuffix("'s"))
             if w]
    while words and words[0] in ("the", "my", "our", "its", "it's", "it", "is"):
        words = words[1:]
    return words


# "pump two" is Pool Pump 2 ("one" is a filler word: "the kitchen one").
_NUMBERS = {w: str(n) for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _fits(run: str, key: str) -> bool:
    """The typed run is the name's key, or that key with one letter wrong, missing or extra (names of 6 letters and
    more, the same first letter: "kichenhub" for kitchenhub, not "garage" for garagedoor)."""
    if run == key:
        return True
    # Digits are never mended: "office 3" is not office-2.
    return len(key) >= 6 and run[:1] == key[:1] and re.sub(r"\D", "", run) == re.sub(r"\D", "", key) \
        and Levenshtein.distance(run, key, score_cutoff=1) <= 1


def match_name(typed: str, names: list[str]) -> str | None:
    """The one name of `names` that `typed` means, or None (none fits, or two fit equally well)."""
    wanted = typed.strip().casefold()
    exact = [n for n in names if n.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    words = name_words(typed)
    best: list[tuple[int, int, str]] = []  # (exactness, letters matched, name)
    for name in names:
        key = _key(name)
        if not key:
            continue
        one_word = len(name_words(name)) == 1 and not re.search(r"\d", name)
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 5) + 1):
                run = "".join(_key(w) for w in words[i:j])
                rest = words[:i] + words[j:]
                if one_word and any(w not in FILLER for w in rest):
                    continue  # "the garage door" is not the unit called Door
                if _fits(run, key) or (run.endswith("s") and run[:-1] == key):
                    best.append((int(run == key or run[:-1] == key), len(key), name))
    if not best:
        return None
    best.sort(reverse=True)
    top = [b for b in best if b[:2] == best[0][:2]]
    return top[0][2] if len({b[2] for b in top}) == 1 else None


# Words that say nothing of which unit, whatever the units are called.
_NOT_A_NAME_WORD = frozenset("and but not now yes its the for with from that this wont cant dont isnt has have had was "
                             "is are hi hello hey help please offline online again still wifi light green blue red "
                             "working work broken down new old connect connecting connected called named name think "
                             "maybe probably just thats".split())


def match_word(typed: str, names: list[str]) -> str | None:
    """The one name of `names` with a word that `typed` has and no other name has ("garage" or "the kitchen one" for
    garage-door or kitchen-hub; "its the one in the shed" for shed-monitor), or None. Only among one customer's own
    units: across a whole product, a word would pick someone else's unit."""
    # A digit always counts ("shed-7" is not shed-monitor); a short word or a filler never does.
    typed_words = {w for w in name_words(typed)
                   if re.search(r"\d", w) or (len(w) >= 3 and w not in FILLER and w not in _NOT_A_NAME_WORD)}
    chosen: set[str] | None = None
    hits: set[str] = set()
    where = False
    for word in typed_words:
        having = {n for n in names if word in {w for w in name_words(n) if w not in FILLER}}
        if not having and word in _WHOSE:
            continue  # "her thermostat", "my mother's sensor": whose it is, when no name says so
        if not having and word in _WHERE_IN:
            where = True  # "the back shed": where in the place, if the place names the unit (checked below)
            continue
        if not having:
            return None  # "front door" with only garage-door: another unit's name, not a word of this one's
        hits.add(word)
        chosen = having if chosen is None else chosen & having
    if where and hits & _THINGS:
        return None  # "front door" is another door than garage-door's; "back shed" is the shed (explore11's n21)
    # "the door" with two doors: which one is not said; "pump 2" with Pool Pump 1 and 2: the one both words name.
    return chosen.pop() if chosen is not None and len(chosen) == 1 else None


# Where in a place, beside a place that names a unit ("the back shed", "the front porch", "the garden shed"); beside
# what a unit is ("front door", "side gate") they name another thing.
_WHERE_IN = frozenset("front back rear side garden upstairs downstairs upper lower top bottom little big main far "
                      "outside".split())
_THINGS = frozenset("door doors gate hub pump lock camera cam plug switch heater thermostat doorbell monitor light lamp "
                    "fan tv".split())


# Whose unit it is, in words a unit's name may lack ("her thermostat" for Grandma Thermostat).
_WHOSE = frozenset("her his their mom moms mum mums mother mothers dad dads father fathers grandma grandmas grandpa "
                   "grandpas nan nana nanas granny grannys wife wifes husband husbands son sons daughter daughters "
                   "sister sisters brother brothers parents parent aunt aunts uncle uncles neighbour neighbours "
                   "neighbor neighbors".split())


def search_word(typed: str) -> str:
    """The word to ask a server-side partial name filter for (Particle's `deviceName`): the longest that is no filler
    ("back gate opener" -> "back" finds BackGate; the filter has no spaces in names to match)."""
    if not re.search(r"\s", typed.strip()):
        return typed.strip()  # typed as the app shows it ("porch-sensor"): the whole of it
    words = [w for w in name_words(typed) if w not in FILLER] or name_words(typed) or [typed.strip()]
    return max(words, key=len)


# A unit called by its kind ("my photon isn't connecting", "the argon"): the account's one unit of that kind, when it
# has only one (round 11's "my argon isnt connecting" was asked for a serial). "Photon 2" is a P2.
_KIND_WORDS = (("p2", r"\bphoton ?2\b|\bp2\b"), ("photon", r"\bphoton\b(?! ?2)"), ("p1", r"\bp1\b"),
               ("argon", r"\bargon\b"), ("boron", r"\bboron\b"), ("electron", r"\belectron\b"),
               ("tracker", r"\btracker\b"))


_KIND_ONLY = frozenset("photon p1 p2 2 argon boron electron tracker".split())


def platforms_named(typed: str) -> set[str]:
    """The platforms (as models.PLATFORMS names them) that a customer's words name a unit by, and nothing else: "my
    photon", not "spare photon" (a name, which is no other unit's)."""
    text = typed.casefold()
    if any(w not in FILLER and w not in _KIND_ONLY for w in name_words(text)):
        return set()
    return {kind for kind, pattern in _KIND_WORDS if re.search(pattern, text)}

