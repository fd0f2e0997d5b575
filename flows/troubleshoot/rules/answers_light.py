"""Readers for the light's follow-up questions: how fast the green blinks, the colour and count of the flashes
after cyan, the shade of blue, the SOS count.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import led, polarity, slots
from flows.troubleshoot.rules.answer import (
    Reading,
    choice,
    combine,
    cue_pos,
)
from flows.troubleshoot.rules.led_words import MIDPACE
from flows.troubleshoot.rules.text import Message, message

# --- the light's follow-ups ---------------------------------------------------------------------------------

_FAST = (r"fast\w*", r"fa+st", r"like the clappers", "shimmer", "manic", "disco", r"barely see it", "frenzied",
         "hummingbird", r"rapid(ly)?", r"quick(ly)?", r"flicker(ing|s)?", r"strob(e|ing)", r"super ?fast", "frantic",
         r"very fast", r"crazy", "hyper", "faster", r"like crazy", "speedy", "fluttering", "machine gun")
_SLOW = (r"slow(ly)?", "steady", r"normal\w*", r"regular\w*", r"twice a second", r"once a second", r"(about|around) (1|2|one"
         r"|two) (a|per|every) second", "medium", "moderate", "average", "calm", "relaxed", "gentle",
         "evenly", "even pace", "even", "consistent", "usual", r"blink blink", "leisurely", r"no hurry",
         r"count along", r"(car|turn) (indicator|signal)", r"on off on off", "unhurried", r"on and off",
         r"constant(ly)?",
         "tick", "heartbeat", "rhythm", "lazy")


BETWEEN = (r"(somewhere |kind of |sort of |kinda )?(in )?between", r"kind of medium", r"sort of medium", "depends",
            r"(sometimes|varies|changes)")


_MIDPACE = lazy(MIDPACE)
# A pace in numbers: "about twice a second", "5 or 6 times a second", "every 2 seconds" (explore11's n24 read
# "perhaps twice a second" as the fast flicker). Fast green is a flicker well above the normal blink's pace
# (docs/particle-facts.md 1.2): four a second and more is read as fast.
_TIMES = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple": 2, "a few": 3, "a dozen": 12, "dozens": 20}
_N = r"(?:\d+(?:\.\d+)?|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a few|a dozen|dozens)"
_PER_SECOND = lazy(rf"\b(?P<n>{_N})(?:(?: or |-| to ){_N})?(?: times?| blinks?| flashes?)?"
                   rf" (?:a|per|each|every|in a|in one) (?:second|sec|s)\b")
# "every second" alone is said of any blink ("blinks fast, every second"): a number, or "once", says a pace.
_EVERY = lazy(rf"\b(?:once (?:every|each|a)|(?:every|each|about every) (?P<n>{_N}|other|half a))(?: (?:seconds?|secs?))\b")


_STRONG_FAST = lazy(r"\b(?:very|really|super|so|crazy|insanely) (?:fast|quick)|\bflicker|\bstrob|\brapid|\bfrantic")


def _rate(plain: str) -> float | None:
    """Blinks a second, told in numbers, or None."""
    if m := _PER_SECOND.search(plain):
        tail = re.findall(_N, m.group(0))  # "5 or 6 times a second": the larger
        return max(float(_TIMES.get(n, n)) for n in tail)
    if m := _EVERY.search(plain):
        n = m.group("n")
        return 2.0 if n == "half a" else 1.0 / float(_TIMES.get(n, n)) if n and n != "other" else 1.0
    return None


def green_speed(msg: Message) -> Reading:
    if (rate := _rate(msg.plain)) is not None and (rate >= 4 or _STRONG_FAST.search(msg.plain) is None):
        return Reading("fast" if rate >= 4 else "slow")  # a number beside "very fast": the words (round 34)
    if _MIDPACE.search(msg.raw.lower()):
        return Reading("unsure")  # "kind of fast", "fastish": not the flicker (read as the normal pace)
    pick = choice(msg, ("slow", "fast"))
    if pick:
        return Reading(pick)
    if msg.has(*BETWEEN) and not msg.has("fast", "slow"):
        return Reading("unsure")
    verdicts: list[tuple[str, str | None]] = []
    for clause in msg.clauses:
        c = message(clause)
        fast = cue_pos(clause, _FAST)
        slow = cue_pos(clause, _SLOW)
        if (re.search(r"\b(what counts as|whether|if (its|it is))\b", clause) and polarity.verdict(c) == "unsure") or \
                (fast is not None and slow is not None and re.search(r"\b(sometimes|or)\b", clause)) or \
                re.search(r"\bhow (fast|quick|slow)\b", clause):
            verdicts.append((clause, "unsure"))  # "i dont know what counts as fast": the speed is the doubt
        elif fast is not None and (slow is None or fast <= slow):
            neg = polarity.negated_at(clause.split(), fast)
            verdicts.append((clause, "slow" if neg else "fast"))
        elif slow is not None:
            neg = polarity.negated_at(clause.split(), slow)
            # "not steady" with no word for fast: people hear "steady" as "solid" and mean it blinks; fast green is a
            # flicker they name ("it's not steady, it's flashing on and off" is the normal blink).
            steady = re.search(r"\b(steady|even|consistent|regular\w*|constant\w*)\b", clause) is not None and \
                re.search(r"\bslow\w*", clause) is None
            verdicts.append((clause, ("unsure" if steady and cue_pos(msg.plain, _FAST) is None else "fast")
                             if neg else "slow"))
        elif polarity.verdict(c) == "unsure":
            verdicts.append((clause, "unsure"))
        else:
            verdicts.append((clause, None))
    v = combine(verdicts)
    return Reading(v)


_COLOUR_CUES = {
    "orange": (r"orang\w*", "amber", r"yellow\w*", r"gold\w*", "satsuma", "tangerine", "carrot", "pumpkin",
               "irn-bru", "irn bru", "apricot", "peach", "rust"),
    "red": (r"red(dish)?", "crimson", "fire engine", "strawberry", "blood", r"tail.?lights?", "ruby", "cherry",
            "tomato", "scarlet", "brake lights?"),
    "magenta": (r"purpl\w*", "magenta", r"pink\w*", "violet", "lilac", "lavender", "fuchsia", "majenta", "grape",
                "plum", "cadbury", "mauve", "raspberry"),
}


def cyan_blinks(msg: Message) -> Reading:
    pick = choice(msg, ("none", "orange", "red", "magenta"))
    if pick:
        return Reading(pick)
    if msg.has(r"nothing (in between|else|between|but)", r"no other colou?rs?",
               r"(didnt|did not|havent|never) (see|catch|notice|spot) any", r"(just|only) (that |the )?one colou?r") and \
            not any(cue_pos(c, cues) is not None for c in msg.clauses for cues in _COLOUR_CUES.values()):
        return Reading("none")
    seen: list[tuple[str, str | None]] = []
    for clause in msg.clauses:
        toks = clause.split()
        hits = []
        for colour, cues in _COLOUR_CUES.items():
            pos = cue_pos(clause, cues)
            if pos is not None:
                neg = polarity.negated_at(toks, pos, window=4)
                hits.append((pos, "none" if neg else colour))
        positive_hits = sorted(h for h in hits if h[1] != "none")
        seen.append((clause, positive_hits[0][1] if positive_hits else ("none" if hits else None)))
    positive = [(c, v if v != "none" else None) for c, v in seen]
    named = {colour for c in msg.clauses for colour, cues in _COLOUR_CUES.items() if cue_pos(c, cues) is not None}
    if len(named) > 1 and polarity.verdict(msg) == "unsure":
        return Reading("unsure")  # "could be orange could be red, cant pick"
    if any(v not in (None, "none") for _c, v in seen):
        got = combine(positive)
        n = led.parse_count(msg.raw) if got == "orange" else None
        # "two orange flashes": the count told with the colour (a blind exploratory test was asked it again)
        return Reading(got, n if n is not None and 1 <= n <= 3 else None)
    v = polarity.verdict(msg)
    if any(x == "none" for _c, x in seen) or v == "no" or msg.has("just (light )?blue", "only (ever )?(light )?blue", "just cyan", "only (ever )?cyan",
                                    "dont see any",
                                    "nothing else", "no other", "no flashes", "no colou?rs?", "just the blue",
                                    "only the blue", "all blue", "just blue", "plain"):
        return Reading("none")
    if v == "unsure":
        return Reading("unsure")
    return Reading(None)


def blink_count(msg: Message) -> Reading:
    pick = choice(msg, ("1", "2", "3"))
    if pick:
        return Reading(pick)
    n = slots.count(msg.tokens)
    if msg.has(r"between (\d|one|two|three) and", r"\d (or|to) \d", r"(two|three|one) or (two|three)", "varies",
               r"sometimes \w+ sometimes", r"changes", r"pin it down",
               r"missed (them|it)", r"(in )?between (them|the two)"):
        return Reading("unsure")
    if n is not None and 1 <= n <= 3:
        return Reading(str(n))
    if n is not None and 4 <= n <= 12:
        return Reading("unsure")  # "4": no pattern of ours; read as flashes not counted (it looped to a handoff)
    if polarity.verdict(msg) == "unsure" or msg.has("cant count", "too fast", "lost count", "hard to count",
                                                    r"too (quick|fast)\w*", r"(go|goes) by too"):
        return Reading("unsure")
    return Reading(None)


def blue_shade(msg: Message) -> Reading:
    pick = choice(msg, ("light", "dark"))
    if pick:
        return Reading(pick)
    verdicts: list[tuple[str, str | None]] = []
    for clause in msg.clauses:
        toks = clause.split()
        light = cue_pos(clause, ("light", "lighter", "lite", "pale", "paler", "softer", "sky", r"bright(er)? blue",
                                  "cyan", "teal", "turquoise", "aqua", "baby", "ice", "icy", "greenish", "powder",
                                  "ocean", "tropical", "swimming pool", "pool", r"robins? egg", "tiffany", "duck egg",
                                  "caribbean", "glacier"))
        dark = cue_pos(clause, ("dark", "darker", "darkish", "drk", "dk", "deep", r"ink\w*", "cobalt", "navy", "royal", "midnight", "proper blue",
                                 "regular blue", "normal blue", "true blue", "pure blue", "real blue", "indigo"))
        if light is not None and (dark is None or light <= dark):
            verdicts.append((clause, "dark" if polarity.negated_at(toks, light, 3) else "light"))
        elif dark is not None:
            verdicts.append((clause, "light" if polarity.negated_at(toks, dark, 3) else "dark"))
        elif polarity.verdict(message(clause)) == "unsure" or re.search(r"^(?:its |it s )?(?:just|plain|only|simply)"
                                                                          r" blue\b|^blue (?:i guess|i think)$", clause):
            verdicts.append((clause, "unsure"))  # "it's just blue": no shade to tell
        else:
            verdicts.append((clause, None))
    return Reading(combine(verdicts))


# Two counts offered ("1 or 2 i can't tell", "either 2 or 3"), or no count and the customer wants to get on ("just
# tell me what to do", "it varies", "SOS?"): the count is skipped, never a guess.
_TWO_COUNTS = lazy(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?: or (?:maybe |perhaps )?|\s*-\s*"
                   r"|\s*/\s*| to )(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_NO_COUNT = (r"(tell|show) me what to do", r"(just|can you|please) (fix|sort|help)", r"not (counting|gonna count|going to"
             r" count)", r"varies", r"different (each|every)", r"keeps changing", r"^sos$", r"(cant|can not|cannot) tell",
             r"(whats|what is) next", r"(just )?(continue|carry on|go on)")


def sos_count(msg: Message) -> Reading:
    if msg.has("skip", "rather not", r"(cant|couldnt) (count|manage)", r"next question", r"move on",
               r"manage that"):
        return Reading("skip")
    two = _TWO_COUNTS.search(msg.plain)
    if (two and two.group(1) != two.group(2)) or msg.has(*_NO_COUNT):
        return Reading("skip")
    n = slots.count(msg.tokens)
    if n is not None and 1 <= n <= 20 and not msg.has("(cant|couldnt) count"):
        return Reading("count", n)
    if msg.has("skip", r"(cant|couldnt|unable to) (count|tell|see)", "lost count", "too fast", "no idea",
               "not sure", "dont know", "no", "pass", "hard to", "many", "lots", "gave up", "missed"):
        return Reading("skip")
    if polarity.verdict(msg) in ("unsure", "no"):
        return Reading("skip")
    return Reading(None)
