"""A Wi-Fi name said aloud, as voice typing writes it: "smith family underscore five g" is `smith family_5G`.

The tenth blind exploratory test's customer dictated her network's name; the bot kept "smith family underscore five
g" word for word, told her to give her hotspot that name, and blamed the unit when the test failed. Here the words
that stand for characters become them: underscore, dash (hyphen, minus), dot (point), at sign, hash (hashtag, pound
sign), ampersand, number words ("four seven" is 47, "oh" between digits is 0, "double seven" is 77), "five g" (5G),
"capital s", "the letter o", and the whole name's "all one word" (no spaces) or "all caps". Voice typing's own
punctuation around the name ("... period") is the sentence's, not the name's (`spoken_punctuation`).

Only a name that is plainly dictated is rewritten: the symbol words in lower case (voice typing writes them so; a
name typed as "The Dash Family" or "Point Reyes" keeps its words), or two number words in a row, or a spelling
instruction. A number word alone ("Seven Oaks") stays a word.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

__all__ = ["spelling_told", "spoken", "spoken_punctuation", "undictate"]

_SYMBOLS = {
    "underscore": "_", "under score": "_", "dash": "-", "hyphen": "-", "minus": "-", "dot": ".", "point": ".",
    "at sign": "@", "at symbol": "@", "hashtag": "#", "hash tag": "#", "hash sign": "#", "pound sign": "#",
    "number sign": "#", "ampersand": "&", "and sign": "&", "plus sign": "+", "apostrophe": "'", "period": ".",
}  # fmt: skip
_DIGITS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
# How the whole name is written, said beside it.
_HOW = (r"all (?:one|1) word|(?:all )?(?:one|1) word|no spaces?|without (?:any )?spaces|all together|all caps"
        r"|all capitals?|(?:all )?(?:in )?capital letters|all upper ?case|(?:all )?in caps|all lower ?case"
        r"|(?:all )?small letters|(?:all )?lower ?case")
_WHOLE_NAME = lazy(rf"[,(]?\s*\b(?P<how>{_HOW})\b\)?", re.IGNORECASE)
# Said before the name: "all lowercase, smithhouse", "it's in all caps: HOMENET".
_SEPARATED = lazy(rf"(?P<lead>^|\b(?:its|it's|it is|is|called|named|name|wifi|network)\s+)(?:in\s+)?(?P<how>{_HOW})"
                  r"\s*[,;:]\s*", re.IGNORECASE)
_SYMBOL_WORD = lazy(r"(?<![\w'])(?:under ?score|dash|hyphen|minus|at (?:sign|symbol)|hash ?tag|hash sign|pound sign"
                    r"|number sign|ampersand|and sign|plus sign|apostrophe)(?![\w'])")
_SPELL = lazy(r"(?<![\w'])(?:capital|cap|upper ?case|big|lower ?case|small|the letter|letter|double|triple)\s+\S")
_BETWEEN = lazy(r"(?<![\w'])(?:dot|point|period)(?![\w'])(?=\s+\S)")  # "dot" between two parts of the name


_SPELLED_RUN = lazy(rf"(?:(?<=\s)|^)(?:(?:[a-z]|{'|'.join(_DIGITS)})(?:\s+|$)){{3,}}")  # "s m i t h"
_TRAILING = lazy(r"(?:\s+(?:period|full stop|comma|question mark|exclamation (?:mark|point)))+$")


def _dictated(name: str) -> bool:
    words = name.split()
    numbers = sum(1 for a, b in zip(words, words[1:], strict=False) if a in _DIGITS and b in _DIGITS)
    spelled = max((len(run) for run in _SPELLED_RUN.findall(name + " ")), default=0)
    five_g = re.search(r"(?<![\w'])(?:five|two point four|2 point 4|5|2\.4) (?:g|gig|gigs|ghz|gigahertz)(?![\w'])", name)
    return bool(_SYMBOL_WORD.search(name) or _WHOLE_NAME.search(name) or _SPELL.search(name) or numbers or five_g
                or spelled
                or (_BETWEEN.search(name) and len(words) > 2))


def undictate(name: str, said: str = "") -> str | None:
    """`name` as written, when it was dictated ("NETGEAR four seven" -> "NETGEAR47"); None when it was not. `said`:
    the whole message, whose "all one word" may be outside the name found in it."""
    name = _TRAILING.sub("", name.strip(" .,;"))
    how = [m.group("how").lower() for m in _WHOLE_NAME.finditer(f"{name} {said}")]
    if not (_dictated(name) or how):
        return None
    body = _WHOLE_NAME.sub(" ", name).strip(" .,;:")
    pieces = _pieces(body.split())
    text = _join(pieces, nospace=any(("word" in h or "space" in h or "together" in h) for h in how))
    if any(("caps" in h or "capital" in h or "upper" in h) for h in how):
        text = text.upper()
    elif any(("lower" in h or "small" in h) for h in how):
        text = text.lower()
    text = text.strip()
    return text if text and text != name else None


# A piece is (text, kind): "word" keeps a space on each side, "glue" joins both neighbours (a symbol), "char" is a
# spelled character or digit, which runs into the characters next to it.
def _pieces(words: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        w, nxt = words[i], (words[i + 1] if i + 1 < len(words) else "")
        pair = f"{w} {nxt}".lower()
        if pair in _SYMBOLS and w.islower():
            out.append((_SYMBOLS[pair], "glue"))
            i += 2
            continue
        low = w.lower()
        if w.islower() and low in ("capital", "cap", "uppercase", "big") and len(nxt) == 1:
            out.append((nxt.upper(), "char"))
            i += 2
            continue
        if w.islower() and low in ("lowercase", "small", "letter") and len(nxt) == 1:
            out.append((nxt.lower(), "char"))
            i += 2
            continue
        if w.islower() and low == "the" and nxt.lower() == "letter" and i + 2 < len(words):
            out.append((words[i + 2], "char"))
            i += 3
            continue
        if w.islower() and low in ("double", "triple") and nxt:
            times = 2 if low == "double" else 3
            one = _DIGITS.get(nxt.lower(), nxt if len(nxt) == 1 else "")
            if one:
                out.append((one * times, "char"))
                i += 2
                continue
        if w.islower() and low in _SYMBOLS and (low not in ("dot", "point", "period") or (out and nxt)):
            out.append((_SYMBOLS[low], "glue"))
        elif low in _DIGITS and (w.islower() or w.istitle()) and _a_digit(low, words[i - 1] if i else "", nxt, out):
            out.append((_DIGITS[low], "char"))
        elif low == "oh" and out and out[-1][1] == "char" and out[-1][0][-1:].isdigit():
            out.append(("0", "char"))
        elif low in ("g", "gig", "gigs", "ghz", "gigahertz") and out and out[-1][0][-1:].isdigit():
            out.append(("GHz" if low.startswith("ghz") or low == "gigahertz" else "G", "char"))
        elif len(w) == 1 and w.isalnum():
            out.append((w, "char"))
        else:
            out.append((w, "word"))
        i += 1
    return out


def _a_digit(low: str, before: str, after: str, out: list[tuple[str, str]]) -> bool:
    """Whether a number word is a digit here: beside another number word ("four seven"), after a symbol ("hashtag
    one") or before "g" ("five g"). Alone it is a word, even in a name said to be one word ("Seven Oaks")."""
    return before.lower() in _DIGITS or after.lower() in _DIGITS or after.lower() in ("g", "gig", "ghz", "gigahertz") \
        or bool(out and out[-1][1] == "glue")


def _join(pieces: list[tuple[str, str]], nospace: bool) -> str:
    text = ""
    for k, (piece, kind) in enumerate(pieces):
        before = pieces[k - 1] if k else None
        glued = before is not None and (
            nospace or kind == "glue" or before[1] == "glue"
            or (kind == "char" and before[1] == "char")
            # "NETGEAR four seven", "linksys zero zero four one two": a default name's digits follow its capitals, or
            # its one word, with no space (voice typing never hears a space).
            or (kind == "char" and before[1] == "word" and ((before[0].isupper() and len(before[0]) > 1)
                                                            or " " not in text))
        )
        text += piece if (glued or not text) else " " + piece
    return text


def spelling_told(text: str) -> bool:
    """Whether `text` says how the whole name is written ("all one word", "no spaces", "all caps")."""
    return _WHOLE_NAME.search(text) is not None


def spoken(text: str) -> str:
    """`text` made ready for finding a name in it: voice typing's punctuation as marks, and how the whole name is
    written left out ("it's all lowercase, smithhouse" names smithhouse; `undictate` reads the how)."""
    text = spoken_punctuation(text)
    if not spelling_told(text):
        return text
    # The how and a comma or colon beside it ("it's all lowercase, smithhouse"), not every comma in the message.
    # The how before the name goes ("it's all caps, HOMENET"); after the name it ends it ("its BELL-492 in capital
    # letters, I think"): a comma where it stood.
    text = _WHOLE_NAME.sub(", ", _SEPARATED.sub(r"\g<lead>", text))
    return re.sub(r"\s+", " ", re.sub(r"(?:\s*,)+", ",", text)).strip(" ,;:")


# Voice typing writes the punctuation it hears as words: "... five g period there's also one without".
_SPOKEN = lazy(r"\s+(?P<word>period|full stop|comma|question mark|exclamation (?:mark|point))(?=\s+[A-Za-z]|\s*$)")
_SPOKEN_MARKS = {"period": ".", "full stop": ".", "comma": ",", "question mark": "?", "exclamation mark": "!",
                 "exclamation point": "!"}


def spoken_punctuation(text: str) -> str:
    """`text` with voice typing's punctuation words made marks, where a sentence ends or goes on with words (never
    between digits: "2 period 4" is the name's own point)."""
    if not any(w in text for w in ("period", "full stop", "comma", "question mark", "exclamation")):
        return text
    return _SPOKEN.sub(lambda m: _SPOKEN_MARKS[m.group("word")], text)
