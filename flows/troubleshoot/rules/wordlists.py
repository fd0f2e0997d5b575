"""wordfreq's "small" word lists held in a few hundred kilobytes each, for `text.zipf`.

wordfreq keeps every list it has read twice, as lists of words per frequency and as a dict of word to frequency,
for the life of the process: about 4.5 MB a language, 40 MB for the nine the password readers ask
(`keyshape.WORD_LANGS`), in each process that reads customers' messages. Here a language is one string of its
words, sorted and joined, with the start of each word and its frequency (in centibels, as wordfreq stores it) in
two arrays, looked up by binary search: about 0.6 MB a language. The lists are read once from wordfreq's own
files (`read_cBpack`), without its caches.

`zipf_frequency` is wordfreq's own computation (its `_word_frequency`, for the "small" lists): the same
tokenizer, the same treatment of digits and of several tokens, the same rounding, so the answers are the same as
`wordfreq.zipf_frequency(word, lang, wordlist="small")`, which tests/test_wordlists.py checks word for word.
https://github.com/rspeer/wordfreq/blob/v3.1.1/wordfreq/__init__.py
"""

from __future__ import annotations

import math
import threading
from array import array
from bisect import bisect_left

__all__ = ["CompactList", "zipf_frequency"]


class CompactList:
    """One language's word list: `centibels(word)` is the word's frequency in centibels (-100 is once in ten
    words), or None when the list does not have it."""

    __slots__ = ("_cb", "_starts", "_words")

    def __init__(self, buckets: list[list[str]]) -> None:
        # A word in two buckets counts at the later (rarer) one, as in wordfreq's get_frequency_dict. UTF-8, not
        # str: one emoji in a list would make a joined str take 4 bytes for every character. Byte order is the
        # order of code points, so a word's bytes are found where its str would be.
        by_word = {word.encode(): index for index, bucket in enumerate(buckets) for word in bucket}
        ordered = sorted(by_word)
        self._words = b"".join(ordered)
        starts = array("I", [0])
        at = 0
        for word in ordered:
            at += len(word)
            starts.append(at)
        self._starts = starts
        self._cb = array("H", (by_word[word] for word in ordered))

    def __len__(self) -> int:
        return len(self._cb)

    def _word(self, i: int) -> bytes:
        return self._words[self._starts[i]:self._starts[i + 1]]

    def centibels(self, word: str) -> int | None:
        key = word.encode()
        i = bisect_left(range(len(self._cb)), key, key=self._word)
        if i < len(self._cb) and self._word(i) == key:
            return -self._cb[i]
        return None


_MINIMUM = 1e-9  # Zipf 0: once in a billion words
_LISTS: dict[str, CompactList] = {}
_LOCK = threading.Lock()


def compact_list(lang: str) -> CompactList:
    """The "small" list of `lang`, read at its first use."""
    found = _LISTS.get(lang)
    if found is None:
        from wordfreq import available_languages, read_cBpack

        with _LOCK:
            found = _LISTS.get(lang)
            if found is None:
                found = _LISTS[lang] = CompactList(read_cBpack(available_languages("small")[lang]))
    return found


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang, wordlist="small")`, from the compact list."""
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return 0.0
    table = compact_list(lang)
    # Several tokens combine as 1/f = 1/f1 + 1/f2 + ...: the rarest dominates; a token not in the list makes
    # the whole 0 (wordfreq's `minimum`).
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        cb = table.centibels(smashed)
        if cb is None:
            return 0.0
        freq = 10 ** (cb / 100)
        if smashed != token:
            freq *= digit_freq(token)  # digits are stored as 0s: the number's own likelihood
        one_over += 1.0 / freq
    # At least Zipf 0 (wordfreq's `minimum` for zipf_frequency), rounded to 3 significant digits, as wordfreq
    # does, then to hundredths on the Zipf scale.
    freq = max(1.0 / one_over, _MINIMUM)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)
