"""Numbered choices: which of the options the bot showed a customer picked, by number or in words.

"2", "option 2", "number two", "the second one", "2 - flashing green", or the option's own words with small
typos. Pure functions.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import fold

__all__ = ["match_choice"]


def _is_edge_junk(ch: str) -> bool:
    """True for characters that carry no meaning at the ends of a message (punctuation, symbols, emoji)."""
    if ch.isspace():
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PSZC" or cat == "Mn"


def normalize(text: str) -> str:
    """Lowercase, fold curly quotes, collapse whitespace, and strip punctuation and emoji at both ends."""
    s = fold(text).lower()
    s = " ".join(s.split())
    start, end = 0, len(s)
    while start < end and _is_edge_junk(s[start]):
        start += 1
    while end > start and _is_edge_junk(s[end - 1]):
        end -= 1
    return s[start:end]


def words(text: str) -> list[str]:
    """The words of `text` after `normalize`; apostrophes dropped so "don't" and "dont" read the same."""
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
_LEADING_NUMBER = lazy(r"^\s*(?:option|number|no\.?|choice|#)?\s*[#(\[]?\s*(\d{1,2})\s*(?:[)\].:,-]|$)")


def _choice_number(text: str) -> int | None:
    """The 1-based number a customer picked, if the message is a number answer; None otherwise."""
    norm = normalize(text)
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


