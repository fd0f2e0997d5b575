"""Wi-Fi keys typed in groups, as router stickers print them: "8841 2290 5531", "4F7K-9QX2-MM3P", "tkmw pfzr hbnc".

A run of groups joined by one space or dash is a key when its groups have a key's shape (digits in groups of 3-5;
letters and digits of one length and one case; letters that are no word in any language), and nothing just before
it says it is a phone number, an order, a serial or a name. Used by redact.py after a lead and at the password
question. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.keyshape import NAME_CONTEXT_RE, NOT_KEY_AFTER_RE, is_common_word
from flows.troubleshoot.rules.text import is_word

__all__ = ["grouped_at", "grouped_in"]

# A key typed in groups, as router stickers print them: "8841 2290 5531", "4F7K-9QX2-MM3P", "tkmw pfzr hbnc".
_GROUPED_RE = lazy(r"(?<![\w+\-])[A-Za-z0-9]{3,6}(?:[ \-][A-Za-z0-9]{2,6}){1,5}(?![\w\-])")
# Grouped numbers right after these are something else: a phone, an order, a serial, an account, a time.
_GROUPED_NOT_AFTER = lazy(r"(?:call|text|phone|mobile|cell|number|no\.?|nr|reach|contact|order|ticket|case|ref"
                          r"|reference|account|serial|sn|s/n|imei|mac|postcode|zip|since|at|from|until|about"
                          r"|ch|channel)[\s:#=]*(?:is|was|of)?[\s:#=]*$"
                          r"|\b(?:call|text|phone|ring|reach|contact|whatsapp|mobile|cell)\b[^.!?\n]{0,40}$",
                          re.IGNORECASE)


def _grouped(value: str) -> bool:
    """Whether `value` (groups joined by spaces or dashes) has the shape of a key printed in groups."""
    groups = re.split(r"[ \-]", value)
    if sum(len(g) for g in groups) < 8 or any(len(g) < 2 for g in groups) or len(groups[0]) < 3:
        return False
    if all(g.isdigit() for g in groups):
        return all(3 <= len(g) <= 5 for g in groups[:-1])  # "1234 5678 90": the last group may be shorter
    body = groups[:-1] if len(groups[-1]) < len(groups[0]) else groups
    if max(len(g) for g in body) - min(len(g) for g in body) > 1:
        return False  # "BT Hub 6", "Casa Lopez 2": words and numbers of any length, a name
    if all(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in body):
        return all(g.isupper() or g.islower() or g.isdigit() for g in groups)  # one case, as stickers print them
    if all(g.isalpha() and g.islower() for g in groups):
        # "tkmw pfzr hbnc": letters in groups of one length, none a word in any language ("codice sull'etichetta").
        return len({len(g) for g in groups}) == 1 and \
            not any(is_word(g, 3.0) or is_common_word(g) for g in groups)
    return False


def _groups(source: str, pos: int = 0) -> list[tuple[int, int]]:
    """The spans from `pos` on of runs of groups joined by one space or dash that have the shape of a grouped key
    (the longest from each start; a run never takes in the word before or after it: "typed 8841 2290 5531 from")."""
    spans: list[tuple[int, int]] = []
    for run in _GROUPED_RE.finditer(source, pos):
        parts = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"[A-Za-z0-9]+", run.group(0))]
        i = 0
        while i < len(parts) - 1:
            for j in range(len(parts) - 1, i, -1):
                if _grouped(source[parts[i][0]:parts[j][1]]):
                    spans.append((parts[i][0], parts[j][1]))
                    i = j
                    break
            i += 1
    return spans


def grouped_at(source: str, pos: int) -> tuple[str, int, int] | None:
    """A key in groups starting at `pos`."""
    for s, e in _groups(source, pos):
        if s == pos and not NOT_KEY_AFTER_RE.match(source[e:]):
            return source[s:e], s, e
        break
    return None


def grouped_in(source: str) -> list[tuple[str, int, int]]:
    """Keys in groups anywhere in `source`, unless what comes before says they are something else."""
    return [(source[s:e], s, e) for s, e in _groups(source)
            if not _GROUPED_NOT_AFTER.search(source[:s]) and not NAME_CONTEXT_RE.search(source[:s])
            and not NOT_KEY_AFTER_RE.match(source[e:])]
