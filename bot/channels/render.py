"""Renderers: turn a flow `Reply` into the `Part`s a channel delivers (engine port `Renderer`).

SMS is the demanding one. A single character outside the GSM 03.38 alphabet (one curly quote, one emoji)
switches the whole message to UCS-2, where a segment holds 70 characters instead of 160, and carriers bill
per segment: https://www.twilio.com/docs/glossary/what-is-gsm-7-character-encoding and
https://www.twilio.com/docs/glossary/what-sms-character-limit. So `SmsRenderer` forces GSM-7 (`gsm7`),
puts choices on numbered lines with a short "Reply 1, 2 or 3." prompt (words are still accepted by the flow),
and keeps every part at or under 3 segments, splitting longer texts at sentence boundaries into several parts
sent in order, with the choices together in the last one.

`segments()` counts like the network does: GSM-7 160 septets in one SMS, 153 per part once concatenated (the
UDH takes 7), extension-table characters (`^{}[]~|€\\` and form feed) take an escape plus the character,
and an escape pair is never split across parts; UCS-2 is 70 / 67 UTF-16 code units.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from bot.channels import copy
from bot.messages import Part, Reply

# GSM 03.38 default alphabet (3GPP TS 23.038 section 6.2.1), without ESC (0x1B), which is not a character.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The default extension table (section 6.2.1.1): each costs two septets (ESC + char).
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
_GSM7_ALL = GSM7_BASIC | GSM7_EXTENSION

SMS_SINGLE = 160
SMS_PART = 153
UCS2_SINGLE = 70
UCS2_PART = 67
MAX_SEGMENTS = 3

# Plain equivalents for the typographic characters copy editors, phones and LLM-written text produce.
_REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043", "-"),
    **dict.fromkeys("\u2022\u00b7\u2219\u25e6\u2023\u25aa\u25cf\u2027", "-"),
    **dict.fromkeys(
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t", " "
    ),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f", ""),
    "\u2026": "...",
    "\u2192": "->",
    "\u21d2": "=>",
    "\u2190": "<-",
    "\u00d7": "x",
    "\u00f7": "/",
    "\u2044": "/",
    "\u2122": "(TM)",
    "\u00a9": "(C)",
    "\u00ae": "(R)",
    "\u00b0": " deg",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2248": "~",
    "\u00a2": "c",
    "\r\n": "\n",
}
_REPLACE_RE = re.compile("|".join(sorted(map(re.escape, _REPLACEMENTS), key=len, reverse=True)))
_SPACES_RE = re.compile(r"[ ]{2,}")
_TRAILING_SPACE_RE = re.compile(r"[ ]+\n|\n[ ]+")


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM-7 basic set or its extension table."""
    return _GSM7_ALL.issuperset(text)


def gsm7(text: str) -> str:
    """`text` with only GSM-7 characters: typographic marks replaced, accents dropped, emoji removed.

    Characters that have a plain equivalent get it (curly quotes, dashes, ellipsis, bullets, odd spaces);
    accented letters outside the alphabet lose their accent ("á" => "a"); anything left (emoji, other
    scripts, symbols) is removed, and the double spaces that leaves behind are collapsed.
    """
    text = _REPLACE_RE.sub(lambda m: _REPLACEMENTS[m.group(0)], text)
    out: list[str] = []
    removed = False
    for ch in text:
        if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
            out.append(ch)
            continue
        # NFKD splits "á" into "a" + combining acute and "ﬁ" into "fi"; keep the parts GSM-7 can carry.
        nfkd = _REPLACE_RE.sub(lambda m: _REPLACEMENTS[m.group(0)], unicodedata.normalize("NFKD", ch))
        plain = "".join(c for c in nfkd if c in GSM7_BASIC or c in GSM7_EXTENSION)
        if plain:
            out.append(plain)
        else:
            removed = True
    result = "".join(out)
    if removed:
        result = _SPACES_RE.sub(" ", result)
        result = _TRAILING_SPACE_RE.sub("\n", result).strip(" ")
    return result


def _units(text: str) -> tuple[list[int], int, int]:
    """Per-character cost in the encoding the text needs, and that encoding's single/part capacity."""
    if is_gsm7(text):
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text], SMS_SINGLE, SMS_PART
    # UCS-2 counts UTF-16 code units: characters outside the BMP (most emoji) take two.
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text], UCS2_SINGLE, UCS2_PART


def segments(text: str) -> int:
    """How many SMS segments `text` is billed and delivered as (0 for an empty text)."""
    if not text:
        return 0
    # Fast path, the usual case: no two-unit character, so every part but the last is full.
    if is_gsm7(text):
        if not any(ch in GSM7_EXTENSION for ch in text):
            return 1 if len(text) <= SMS_SINGLE else math.ceil(len(text) / SMS_PART)
    elif max(text) <= "\uffff":
        return 1 if len(text) <= UCS2_SINGLE else math.ceil(len(text) / UCS2_PART)
    units, single, part = _units(text)
    if sum(units) <= single:
        return 1
    # Fill parts greedily; a two-unit character (escape pair, surrogate pair) never straddles two parts.
    count, used = 1, 0
    for u in units:
        if used + u > part:
            count += 1
            used = 0
        used += u
    return count


def _numbers(n: int) -> str:
    nums = [str(i) for i in range(1, n + 1)]
    if n == 1:
        return nums[0]
    return f"{', '.join(nums[:-1])} {copy.SMS_OR} {nums[-1]}"


def sms_choice_block(choices: tuple[str, ...] | list[str]) -> str:
    """Numbered choice lines and the closing "Reply ..." line, GSM-7 clean."""
    lines = [f"{i}. {gsm7(label)}" for i, label in enumerate(choices, 1)]
    if len(choices) == 1:
        lines.append(copy.SMS_REPLY_ONE)
    elif len(choices) <= 3:
        lines.append(copy.SMS_REPLY_FEW.format(numbers=_numbers(len(choices))))
    else:
        lines.append(copy.SMS_REPLY_MANY)
    return "\n".join(lines)


# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) plus whitespace, or at a
# line break. The whitespace stays with the sentence, so joining pieces gives back the original text.
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s+|\n\s*")
_WORD_END = re.compile(r"\s+")


def _split_keep(text: str, pattern: re.Pattern[str]) -> list[str]:
    pieces, start = [], 0
    for m in pattern.finditer(text):
        if m.end() > start:
            pieces.append(text[start : m.end()])
            start = m.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


class SmsRenderer:
    """GSM-7 text, numbered choices, at most `max_segments` segments per part (design.md section 8)."""

    def __init__(self, max_segments: int = MAX_SEGMENTS) -> None:
        self.max_segments = max_segments
        # The flow asks the same questions of every customer: a rendered text is kept (bounded), so most replies
        # cost a dictionary lookup instead of sentence splitting and segment counting.
        self._texts = lru_cache(maxsize=1024)(self._render_texts)

    def _fits(self, text: str) -> bool:
        return segments(text.strip()) <= self.max_segments

    def _atoms(self, text: str) -> list[str]:
        """Sentences; a sentence too long for one part becomes words; a word too long becomes slices."""
        atoms: list[str] = []
        for sentence in _split_keep(text, _SENTENCE_END):
            if self._fits(sentence):
                atoms.append(sentence)
                continue
            for word in _split_keep(sentence, _WORD_END):
                while not self._fits(word):
                    cut = self.max_segments * SMS_PART
                    while cut > 1 and not self._fits(word[:cut]):
                        cut -= 1
                    atoms.append(word[:cut])
                    word = word[cut:]
                atoms.append(word)
        return atoms

    def _pack(self, atoms: list[str]) -> list[list[str]]:
        chunks: list[list[str]] = []
        current: list[str] = []
        for atom in atoms:
            if current and not self._fits("".join(current) + atom):
                chunks.append(current)
                current = []
            current.append(atom)
        if current:
            chunks.append(current)
        return [c for c in chunks if "".join(c).strip()]

    def merge(self, replies: list[Reply]) -> list[Reply]:
        """Join consecutive replies of one step into as few texts as fit one part each ("Found it: porch-sensor"
        and the next question become one SMS): fewer messages to pay for and to read, in the same order.
        Only the last reply of a joined text may carry choices."""
        out: list[Reply] = []
        for reply in replies:
            if out and not out[-1].choices:
                joined = Reply(out[-1].text.rstrip() + "\n\n" + reply.text.lstrip(), reply.choices)
                if len(self.render(joined)) == 1:
                    out[-1] = joined
                    continue
            out.append(reply)
        return out

    def render(self, reply: Reply) -> list[Part]:
        texts = self._texts(reply.text, tuple(reply.choices))
        parts = [Part(text=t) for t in texts]
        if parts and reply.choices:
            # The labels as the flow wrote them, so the engine can map a digit back to its answer.
            parts[-1] = Part(text=parts[-1].text, choices=tuple(reply.choices))
        return parts

    def _render_texts(self, text: str, choices: tuple[str, ...]) -> tuple[str, ...]:
        """The texts of the parts `render` returns, in order."""
        body = gsm7(text).strip()
        chunks = self._pack(self._atoms(body)) if body else []
        texts = ["".join(c).strip() for c in chunks]
        # A lone choice ("Skip") beside a free-text question is not numbered: the question's own SMS wording names
        # the word to reply ("or type SKIP"), and at the red light's count "1. Skip" read as "reply 1 to skip" where
        # 1 is also an answer (a blind exploratory round).
        if len(choices) > 1 or (choices and not body):
            block = sms_choice_block(choices)
            if not self._fits(block):
                # Only with many very long labels: the segment limit wins over keeping the choices in one part.
                texts += ["".join(c).strip() for c in self._pack(self._atoms(block))]
            elif texts and self._fits(texts[-1] + "\n" + block):
                texts[-1] = texts[-1] + "\n" + block
            else:
                # Move the last sentence (normally the question itself) next to the choices when it fits.
                last = chunks[-1] if chunks else []
                tail: list[str] = []
                if last and self._fits(last[-1].strip() + "\n" + block):
                    tail.append(last.pop())
                if chunks:
                    texts[-1] = "".join(last).strip()
                head = "".join(tail).strip()
                texts.append(head + "\n" + block if head else block)
        return tuple(t for t in (_tidy(t) for t in texts) if t)


def _tidy(text: str) -> str:
    """No spaces at line ends (they cost a septet each and show as nothing)."""
    return re.sub(r"[ ]+\n", "\n", text.strip())


class WebRenderer:
    """The web chat shows buttons: one part, text and choices unchanged."""

    def render(self, reply: Reply) -> list[Part]:
        return [Part(text=reply.text, choices=tuple(reply.choices))]


class ConsoleRenderer:
    """`cyanbot chat`: numbered choices in the text (no GSM-7 limit), choices kept for digit answers."""

    def render(self, reply: Reply) -> list[Part]:
        text = reply.text
        if len(reply.choices) > 1:  # a lone choice is named by its question, as on SMS
            lines = [f"{i}. {label}" for i, label in enumerate(reply.choices, 1)]
            text = (
                "\n".join([text, *lines, copy.CONSOLE_REPLY])
                if text
                else "\n".join([*lines, copy.CONSOLE_REPLY])
            )
        return [Part(text=text, choices=tuple(reply.choices))]
