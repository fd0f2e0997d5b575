"""A Wi-Fi key spelled out or described instead of typed: "capital K, then lowercase 'iwi', then hash, then 7 7 2 9",
"K-i-w-i-#-7-7-2-9", "sunny day 2024 all lowercase with spaces". The tenth blind exploratory test was told its key was
hidden, and only "iwi" was. Pure functions: each returns the (text, start, end) spans to hide.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

__all__ = ["described_spans", "spelled_spans"]

_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Items of a key spelled out. "Strong" ones only ever occur in spelling: a letter's case, a symbol's name, "b as in boy".
_CASED = (r"(?:capital|cap|caps|uppercase|upper case|upper|big|lower ?case|lower|small)(?: letter)?\s+['\"]?[a-z]+"
          r"['\"]?(?: (?:as|like) in [a-z]+| for [a-z]+)?")
_SYMBOL = (r"(?:hash ?tag|hash|pound sign|pound|number sign|at sign|at symbol|dollar sign|dollar|exclamation mark|"
           r"exclamation point|exclamation|bang|asterisk|star|ampersand|and sign|percent sign|percent|caret|underscore|"
           r"hyphen|dash|full stop|dot|period|plus sign|plus|equals sign|equals|question mark|tilde|back ?slash|"
           r"forward slash|slash|apostrophe|semi ?colon|colon)")
_AS_IN = r"[a-z] (?:as|like|for) in [a-z]+|[a-z] for [a-z]+"
_STRONG = rf"(?:{_CASED}|{_SYMBOL}|{_AS_IN})"
_WEAK = rf"(?:\d(?:[ -]\d)+|\d+|{_DIGIT_WORD}(?: {_DIGIT_WORD})*|[a-z](?![\w']))"
_ITEM = rf"(?:{_STRONG}|{_WEAK})"
_SEP = r"(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+then\s+|\s+and then\s+|\s+followed by\s+|\s+and\s+|\s+)"
_RUN_RE = lazy(rf"(?<![\w])(?:{_ITEM})(?:{_SEP}(?:{_ITEM}))+(?![\w])", re.IGNORECASE)
_STRONG_RE = lazy(rf"(?<![\w])(?:{_STRONG})(?![\w])", re.IGNORECASE)
_WEAK_RE = lazy(rf"(?<![\w])(?:{_WEAK})(?![\w])", re.IGNORECASE)

# Letter by letter with a separator: "K-i-w-i-#-7-7-2-9", "b.r.a.v.o.9.9".
_LETTERS_RE = lazy(r"(?<![\w-])(?:[^\s\-.]{1}[-.]){5,62}[^\s\-.](?![\w-])")


def spelled_spans(source: str) -> list[tuple[str, int, int]]:
    """Runs of spelling: three items at least, two of them a letter's case, a symbol's name or "b as in boy" (or one
    such and three more), from the first to the last; and keys written letter by letter."""
    found: list[tuple[str, int, int]] = []
    for m in _RUN_RE.finditer(source):
        run = m.group(0)
        strong = len(_STRONG_RE.findall(run))
        items = strong + len(_WEAK_RE.findall(_STRONG_RE.sub(" ", run)))
        if strong >= 2 or (strong == 1 and items >= 4):
            found.append((run, m.start(), m.end()))
    for m in _LETTERS_RE.finditer(source):
        if sum(c.isalnum() for c in m.group(0)) >= 4:
            found.append((m.group(0), m.start(), m.end()))
    return found


# How a key is said to be written, after it: "all lowercase", "with spaces", "all one word", "no caps".
_DESCRIBER = (r"(?:(?:,\s*|\s+)\(?(?:all |in |with |and )?(?:lower ?case|small letters|upper ?case|all caps|no caps|"
              r"no capitals|capitals|with (?:the )?spaces|spaces between|no spaces|one word|case sensitive)\b)")
_KEY_WORDS = r"\b(?:pass ?word|passcode|passphrase|pw|pwd|wifi key|network key|key)(?: is| was|:)?\s+"
_KEY_OR_IT = r"(?:\b(?:pass ?word|passcode|passphrase|pw|pwd|key|its|it s|it is|it was|is|was)|:)\s+"
_DESCRIBED = r"(?P<key>(?:[^\s,.;!?()]+\s+){0,4}?[^\s,.;!?()]+)" + _DESCRIBER
_DESCRIBED_RE = lazy(_KEY_WORDS + _DESCRIBED, re.IGNORECASE)
# At the password question "its ..." and "it was ..." lead a key too ("its pumpkin pie 77 all one word no caps"); at
# another, "the wifi is HomeNet all lowercase" is its name.
_DESCRIBED_AT_PASSWORD_RE = lazy(_KEY_OR_IT + _DESCRIBED, re.IGNORECASE)
_NOT_KEY = frozenset("the a an it its my our your same one that this all in with and or no yes is was are be it's "
                     "case should must has have not".split())


def described_spans(source: str, password_step: bool = False) -> list[tuple[str, int, int]]:
    """Words said to be the key and then how they are written: "password sunny day 2024 all lowercase with spaces"."""
    found: list[tuple[str, int, int]] = []
    for m in (_DESCRIBED_AT_PASSWORD_RE if password_step else _DESCRIBED_RE).finditer(source):
        key = m.group("key")
        words = key.lower().split()
        if words and words[0] not in _NOT_KEY and any(any(c.isalnum() for c in w) for w in words):
            found.append((key, m.start("key"), m.end("key")))
    return found
