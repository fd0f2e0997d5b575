"""The compact word lists give wordfreq's own Zipf frequencies, word for word, in much less memory."""

from __future__ import annotations

import random
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_list
from wordfreq import zipf_frequency as wordfreq_zipf

from flows.troubleshoot.rules.keyshape import WORD_LANGS
from flows.troubleshoot.rules.wordlists import CompactList, compact_list, zipf_frequency


def _words(lang: str) -> list[str]:
    return [word for bucket in get_frequency_list(lang, "small") for word in bucket]


@pytest.mark.parametrize("lang", WORD_LANGS)
def test_the_same_zipf_as_wordfreq_for_words_and_non_words(lang: str) -> None:
    rnd = random.Random(lang)
    words = rnd.sample(_words(lang), 400)
    noise = ["".join(rnd.choice(string.ascii_letters + string.digits + "-' ") for _ in range(rnd.randint(1, 12)))
             for _ in range(200)]
    shapes = [w.upper() for w in words[:40]] + [w + "2024" for w in words[:20]] + [w + "7" for w in words[:20]] \
        + [f"{a} {b}" for a, b in zip(words[:20], words[20:40], strict=True)] \
        + ["", " ", "wi-fi", "don't", "ArrisHome", "NETGEAR42", "1234", "12345678", "Straße", "çà", "\U0001f600"]
    for word in words + noise + shapes:
        assert zipf_frequency(word, lang) == wordfreq_zipf(word, lang, wordlist="small"), (lang, word)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=16), st.sampled_from(WORD_LANGS))
def test_the_same_zipf_as_wordfreq_for_any_text(word: str, lang: str) -> None:
    assert zipf_frequency(word, lang) == wordfreq_zipf(word, lang, wordlist="small")


def test_every_word_of_a_list_is_found_at_its_own_frequency() -> None:
    buckets = get_frequency_list("fr", "small")
    table = CompactList(buckets)
    for index, bucket in enumerate(buckets):
        for word in bucket:
            assert table.centibels(word) == -index, word
    assert table.centibels("zzzqqq") is None
    assert table.centibels("") is None


def test_a_word_listed_twice_counts_at_the_rarer_frequency_as_in_wordfreq() -> None:
    table = CompactList([["le"], [], ["chat", "le"]])
    assert (table.centibels("le"), table.centibels("chat"), len(table)) == (-2, -2, 2)


def test_a_list_takes_a_fraction_of_wordfreqs_memory() -> None:
    table = compact_list("ru")  # Cyrillic: two bytes a character in a str, as are emoji in other lists
    size = sum(sys.getsizeof(part) for part in (table._words, table._starts, table._cb))
    # 22 bytes a word; wordfreq's dict alone takes more than 60 (a str object and a dict slot), then it keeps the
    # lists of words as well
    assert size < 25 * len(table), size
