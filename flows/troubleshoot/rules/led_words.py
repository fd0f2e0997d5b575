"""How customers' words are read before the LED rules apply: vocabulary, typo tolerance, tokens, counts.

The layer under flows/troubleshoot/rules/led.py: colour and pattern words (with the misspellings people text),
emoji, number words, and the `_Features` of a description (which colours, patterns and counts it names, and
where). Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from flows.lazy_re import lazy
from flows.troubleshoot.rules.led_others import STATUS_LED, drop_other_leds, drop_other_things
from flows.troubleshoot.rules.text import zipf

# --- vocabulary ----------------------------------------------------------------------------------------------

_COLOUR_WORDS: dict[str, str] = {}
for _colour, _words in {
    "green": "green greens greeen greenish grean grn",  # "grn": texting shorthand, too short for typo matching
    "cyan": "cyan cyans teal tealish aqua aquamarine turquoise turqoise turquoisey turq seafoam cyanish xcyan",
    "blue": "blue blu blues bluish blueish",
    "darkblue": "xdarkblue navy indigo cobalt sapphire ultramarine denim",
    "magenta": "magenta purple purples pink pinkish purplish violet lilac lavender fuchsia fuschia majenta",
    "yellow": "yellow yellowish yello",
    "white": "white whiteish whitish",
    "red": "red reddish",
    "orange": "orange orangey orangy orangish amber",
}.items():
    for _w in _words.split():
        _COLOUR_WORDS[_w] = _colour

_CONCEPT_WORDS: dict[str, str] = {}
for _concept, _words in {
    "blink": "blink blinks blinking blinked blinky blinkin blinkng blinker flash flashes flashing flashed flashy "
    "flicker flickers flickering flickered flickery strobe strobes strobing strobed twinkle twinkles twinkling wink winks "
    "winking xblink",
    "breathe": "breathe breathes breathing breathed breath breaths pulse pulses pulsing pulsed pulsating pulsate fade fades "
    "fading faded throb throbs throbbing throbbed xbreathe",
    "solid": "solid solidly constant constantly stays stay staying xsolid",
    "steady": "steady steadily",
    "fast": "fast faster fastly rapid rapidly quick quickly quicker frantic frantically furiously hyper speedy xfast",
    "slow": "slow slowly slower normal normally regular regularly evenly medium moderate moderately xslow",
    "off": "off dark dead nothing nothin none blank unlit xoff",
    "unknown": "idk dunno unsure xunknown",
    "rainbow": "rainbow rainbows xrainbow",
    "sos": "sos xsos morse",
    "nothingelse": "xnothingelse",
    "midpace": "xmidpace",
    "neg": "not no isnt doesnt dont never without wasnt arent nor didnt cant",
    "now": "now currently today tonight anymore xnow",
}.items():
    for _w in _words.split():
        _CONCEPT_WORDS[_w] = _concept

# Common words one typo away from a colour or pattern word; never "correct" these ("the last time" is not "fast").
_NOT_TYPOS = frozenset(
    "greet greed greek tell team tear teak ping pine pint pins pick punk violent while write whine blind bling "
    "brink flask flesh flush flushing flushed flushes fishing bringing breaking breaching stroke stroking throw "
    "throwing purse face fake fame fate fads facing faking sold slot show snow stow slew slop fist fact fest fart "
    "quirk dart dare darn dank dork deal dear deaf dean deed noting blur clan more mouse moose star stab stag stat "
    "sway flicked breadth blanking blanked lately".split()
)
_FUZZY_VOCAB: tuple[str, ...] = tuple(w for w in (*_COLOUR_WORDS, *_CONCEPT_WORDS) if len(w) >= 4 and not w.startswith("x"))

# A blink pace between the two, or a guess at it ("kind of fast", "fastish", "faster than a heartbeat maybe"): not the
# very fast flicker, which is unmistakable (explore10's n26 was told the router gave no address). Also read at the pace
# question (answers_light.green_speed). Not "pretty fast", "quite fast": in everyday speech, fast.
MIDPACE = (r"(?:\b(kind of|kinda|sort of|sorta|fairly|somewhat|moderately|medium|reasonably|relatively|semi"
           r"|a (little|bit)|bit|mildly)( (fast|quick|rapid|rapidly|quickly|speedy)|(fast|quick)ish)\b"
           r"|\b(fast|quick|speedy) ?ish\b|\b(fast|quick)(er)? than (a |my |your )?(heart ?beat|normal|a clock\w*)\b"
           r"|\bhard to say\b)(?! ?(flicker|strob|flutter))")  # "kind of fast flicker" is the flicker

# Multi-word phrases rewritten to one canonical token before the word-by-word reading. Order matters.
_PHRASES: tuple[tuple[str, str], ...] = (
    # Never the light's colour: "out of the blue" (suddenly), "green rather than cyan", "the kitchen light made it look
    # blue", "i said blue before" (round 23: "its green not blue. kitchen light was making it look blue" read cyan).
    (r"\bout of the blue\b|\b(rather than|instead of|as opposed to)( (the|a|its|usual|normal|light|dark|solid|steady"
     r"|breathing|blinking|flashing|pulsing))* \w+|\b(made|make|makes|making) (it )?(look|seem|appear)( like)?( (light"
     r"|dark))? \w+|\b(i|we) (said|told you|wrote|typed|thought)( it was| its| it)?( (light|dark))? \w+ (before|earlier"
     r"|at first|first)\b", " "),
    (r"\bevery now and (then|again)\b|\bnow and (then|again)\b", " sometimes "),
    # Blinking at a pace in between (MIDPACE): its pace asked. Before the heartbeat of breathing below.
    (MIDPACE, " xblink xmidpace "),
    (r"\b(right now|at the moment|at present|these days|this morning|since then)\b", " xnow "),
    # Not being able to say what the light does.
    (r"\b(i )?(do not|dont|don t|didnt) (really )?know\b|\bno idea\b|\bnot sure\b|\bno clue\b|\bnot certain\b"
     r"|\b(cant|can not|cannot|couldnt|unable to) (see|tell|check|look)\b|\bnot (near|home|with)\b|\baway from\b"
     r"|\bhard to (see|tell)\b|\b(didnt|did not|havent|have not|not) (look|looked|check|checked)\b", " xunknown "),
    # No light at all (before "light blue" so that "no light" is not eaten, and not "no light blue").
    (r"\bno lights?(?! ?(blue|green))\b( at all)?|\bnot lit\b|\b(is ?nt|is not|not) (on|lit|lighting)\b"
     r"|\bnot (turning|coming) on\b|\b(wont|will not) (turn|come|light) (on|up)\b"
     r"|\b(doesnt|does not|dont|do not|no longer|never) (lights? up|comes? on|turns? on|light)\b|\bnot lighting( up)?\b"
     r"|\bnothing (is )?(lit|on|showing|happening|at all)\b|\bno leds?\b"
     r"|\bno power\b|\b(wont|will not|doesnt|does not|not) power (on|up)\b|\bnot powering (on|up)\b", " xoff "),
    # No light denied: "I never said no light", "it's not off", "nothing changed" (explore11's n01 was told twice that
    # its flashing unit had no power).
    (r"\b(never|not|didnt|did not|dont|do not|i not) (said|say|saying|tell|told|mean|meant|write|wrote|type|typed)"
     r"( that| it| its| it was| it is| there was| there is| the light was| the light is)? (xoff|off|dead|dark|nothing)\b"
     r"|\b(isnt|is not|not|wasnt|was not|aint|never) (turned |switched |gone )?(off|dead|dark)\b"
     r"|\bnothing (has |have )?(changed|changes|different|new)\b", " "),
    # Shades of blue.
    (r"\b(light|lite|lt|lighter|lightish|pale|paler|sky|baby|ice|icy|powder|bright light|(swimming )?pool|tiffany"
     r"|robins? egg) ?blue\b|\blightblue\b|\blight blu(e)?ish\b"
     r"|\bblue ?green\b|\bgreen ?blue\b|\b(blu|blue)(e)?(ish|y) green\b|\bgreen(ish|y) blue\b", " xcyan "),
    (r"\b(dark|darker|darkish|drk|dk|deep|deeper|royal|navy|midnight|proper|true|strong) ?blue\b|\bdarkblue\b",
     " xdarkblue "),
    # Breathing: slow fade in and out.
    (r"\bfad\w* (in and out|on and off|up and down|in out)\b|\bin and out\b|\bbrighter and dimmer\b"
     r"|\bdimmer and brighter\b|\bbright(er)? (then|and) dim(mer)?\b|\bdims? and bright\w*\b"
     r"|\bglow\w* slowly\b|\bslowly glow\w*\b|\bgets? brighter\b|\bglow\w* (softly|gently|up and down)\b"
     r"|\b(dim|bright)\w* (and|then) (dim|bright|dark)\w*\b|\bheart ?beat\b|\bdim\w* up and down\b"
     r"|\bslow(ly)? glow\w*\b|\bwax\w* and wan\w*\b|\bglow\w* (slowly )?(on and off|off and on)\b"
     # A light going on and off gently/softly is fading, not flashing ("slow white pulse, on and off gently").
     r"|\b(gently|softly|smoothly) (going |turning |fading )?(on and off|off and on)\b"
     r"|\b(on and off|off and on) (gently|softly|smoothly)\b", " xbreathe "),
    (r"\bon and off\b|\boff and on\b|\bon off\b|\b(switch|alternat|chang|flipp|flick)\w* (back and forth )?between\b", " xblink "),
    # Listening mode is the dark-blue blink, whatever shade the customer calls it.
    (r"\blistening mode\b|\bback to (blinking|flashing) blue\b", " xdarkblue xblink "),
    # A dead light in other words.
    (r"\bnot showing (any|anything)\b|\bwent (dark|dead|off|out)\b|\bgoes (dark|dead|off|out)\b"
     r"|\bno (signs? of life|signal|lights? at all)\b|\bnot lit\b|\bnothing lights up\b", " xoff "),
    # "green but it wont stay on": a light that goes off and on again (explore10's n13 was told it stays solid).
    (r"\b(wont|won t|doesnt|does not|dont|do not|cant|never|not) (stay|stays|staying|remain|keep) (on|lit)\b", " xblink "),
    (r"\b(stays?|staying|always|constantly|just|remains?) on\b|\bon (all the time|constantly|permanently)\b", " xsolid "),
    # Speed phrases. A speed the light never reaches is the normal pace ("never flashed more quickly").
    (r"\b(never|not|didnt|doesnt|dont|wont)( \w+)? (more quickly|any faster|faster|more rapidly|quicker|any quicker)\b",
     " xslow "),
    (r"\blike (crazy|mad|a strobe)\b|\bmany times a second\b|\breally quick\b", " xfast "),
    (r"\b(twice|once|one time|two times) (a|per|every) sec\w*\b|\b(every|each) (half )?(a )?(second|sec)\b"
     r"|\b(normal|steady|regular|slow|medium) (pace|speed|rate)\b|\bnot that (fast|quick)\b", " xslow "),
    # The SOS pattern described instead of named.
    (r"\b(three|3) (short|quick|fast)\w*( \w+){0,2}?,? (then )?(three|3) (long|slow)\w*"
     r"(,? (then )?(three|3) (short|quick|fast)\w*)?", " xsos "),
    (r"\b(fast|quick|short),? then slow,? then (fast|quick|short)\b|\b(fast|quick|short) slow (fast|quick|short)\b"
     r"|\bshort short short long long long\b|\bdots? and dashes\b|\bs o s\b", " xsos "),
    # A colour gone: "no more red", "the red is gone", "red stopped" (after the unplug for the SOS, explore11's n18).
    (r"\bno more\b|\b(?=(red|orange|purple|magenta|pink|white|yellow)( (flash\w*|blink\w*|light|sos|thing))?"
     r" (is |has |have )?(gone|stopped|disappeared|went away|vanished|no longer)\b)", " no "),
    (r"\ball (the )?colou?rs\b|\bevery colou?r\b|\bmulti ?colou?r\w*\b|\b(cycling|changing) colou?rs\b"
     r"|\bdifferent colou?rs\b", " xrainbow "),
    (r"\bnothing else\b|\bno other (colou?rs?|flash\w*|blink\w*)\b|\b(only|just) (?=(xcyan|cyan|teal|aqua|turquoise)\b)"
     r"|\b(didnt|did not|havent|have not|never) (see|saw|seen|notice|noticed) (any|anything)\b(?! lights?)", " xnothingelse "),
)
_PHRASES_RE = tuple((lazy(p), r) for p, r in _PHRASES)

_EMOJI: dict[str, str] = {
    "\U0001f7e2": "green", "\U0001f49a": "green", "\U0001f535": "blue", "\U0001f499": "blue", "\U0001fa75": "xcyan",
    "\U0001f7e3": "purple", "\U0001f49c": "purple", "\U0001f7e1": "yellow", "\U0001f49b": "yellow",
    "\U0001f7e0": "orange", "\U0001f9e1": "orange", "\U0001f534": "red", "\u2764": "red", "\u26aa": "white",
    "\U0001f90d": "white", "\U0001f308": "rainbow", "\U0001f198": "sos",
}  # fmt: skip

_COUNT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "once": 1, "twice": 2, "thrice": 3,
    "single": 1, "double": 2, "triple": 3,
}  # fmt: skip
_TIME_UNITS = frozenset(
    "second seconds sec secs s minute minutes min mins m hour hours hr hrs h day days week weeks month months "
    "year years am pm oclock ghz mhz g percent ms hz".split()
)
_NOT_COUNT_BEFORE = frozenset("photon argon boron gen p version v firmware os".split())
_SEPARATORS = frozenset("| then but after before".split())
# "not the light blue", "not that dark blue": the colour after one of these is still the one denied.
_DETERMINERS = frozenset("the a that this those any".split())
_STOP_NEGATION = frozenset("| it its is just but more rather instead only i this that the then im".split())
_BLINK_NOUNS = frozenset("blink blinks flash flashes flicker flickers".split())


def _osa(a: str, b: str) -> int:
    """Optimal-string-alignment edit distance (typos: insert, delete, substitute, swap two neighbours)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


# An ordinary English word is what it says, not a typo of a colour or pattern word an edit away: "unit" is not
# "unlit" (no light), "great" not "grean" (green), "says" not "stays" (solid), "done" not "dont", "speed" not
# "speedy" (fast). wordfreq's Zipf frequency tells them apart: from 3.0 a word is in everyday use (about once in a
# million words); the typos customers make of these words ("grean", "flasing", "breething") are far rarer.
_EVERYDAY_ZIPF = 3.0


@lru_cache(maxsize=8192)  # customers use few distinct words; each miss scans the vocabulary
def _correct(token: str) -> str:
    """The vocabulary word `token` is a typo of, or `token` unchanged."""
    if token in _COLOUR_WORDS or token in _CONCEPT_WORDS or len(token) < 4 or token in _NOT_TYPOS:
        return token
    if not token.isalpha() or zipf(token, "en") >= _EVERYDAY_ZIPF:
        return token
    # Typos keep the first letter; one edit for short words, two for long ones ("breething", "flasing").
    limit = 1 if len(token) < 8 else 2
    best, best_d = token, limit + 1
    for word in _FUZZY_VOCAB:
        if word[0] != token[0] or abs(len(word) - len(token)) > limit:
            continue
        d = _osa(token, word)
        if d < best_d:
            best, best_d = word, d
    return best


# Cached (here and `_features`): one message is read by many readers, several of which ask for its words and
# features again (a message to support was tokenised about three times); callers never change what they get.
@lru_cache(maxsize=1024)
def _tokens(text: str) -> list[str]:
    """Lowercased words with phrases canonicalised, typos corrected and clause breaks as "|"."""
    s = drop_other_things(drop_other_leds(unicodedata.normalize("NFKC", text or "").replace("\u2019", "'")))
    s = STATUS_LED.sub(" led ", s)  # "the main multi-color LED" is the status light, not a rainbow
    for emoji, word in _EMOJI.items():
        s = s.replace(emoji, f" {word} ")
    s = s.lower().replace("\u2019", "'").replace("'", "")
    s = re.sub(r"\.\.\.\s*-{2,3}\s*\.\.\.", " xsos ", s)
    s = re.sub(r"\bs\.\s?o\.\s?s\.?", " sos ", s)
    s = re.sub(r"\d+[.,]\d+", " ", s)  # "2.4 GHz", "1.5 seconds": never a blink count
    s = re.sub(r"(?<=\d)x\b|\bx(?=\d)", " x ", s)  # "3x" / "x3" -> "3 x" / "x 3"
    s = re.sub(r"[-_/+&*~]", " ", s)
    s = re.sub(r"[,.;:!?()\[\]\"]+", " | ", s)
    s = re.sub(r"[^a-z0-9| ]+", " ", s)
    s = " ".join(s.split())
    for pattern, repl in _PHRASES_RE:
        s = " ".join(pattern.sub(repl, s).split())  # keep single spaces: later phrases match "a b"
    return [_correct(t) for t in s.split()]


# --- features ------------------------------------------------------------------------------------------------


@dataclass
class _Features:
    """What a description mentions, after negation and the "was ... now" cut."""

    colours: list[tuple[int, str]]
    tokens: list[str]
    concepts: list[str | None]
    negated: set[int]
    nothing_else: bool

    def has(self, concept: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(self.tokens) if end is None else end
        return any(self.concepts[i] == concept and i not in self.negated for i in range(start, stop))

    def last(self, concepts: tuple[str, ...], start: int = 0, end: int | None = None) -> str | None:
        stop = len(self.tokens) if end is None else end
        for i in range(stop - 1, start - 1, -1):
            if self.concepts[i] in concepts and i not in self.negated:
                return self.concepts[i]
        return None

    def negated_concept(self, concept: str) -> bool:
        return any(self.concepts[i] == concept for i in self.negated)

    def denied_colours(self) -> set[str]:
        """The colours said not to be the light's ("not light blue")."""
        return {_COLOUR_WORDS[self.tokens[i]] for i in self.negated if self.concepts[i] == "colour"}


def _concept_of(token: str) -> str | None:
    if token in _COLOUR_WORDS:
        return "colour"
    return _CONCEPT_WORDS.get(token)


@lru_cache(maxsize=1024)
def _features(text: str) -> _Features:
    tokens = _tokens(text)
    concepts = [_concept_of(t) for t in tokens]
    negated: set[int] = set()
    nothing_else = False
    for i, concept in enumerate(concepts):
        if concept == "nothingelse":
            nothing_else = True
        if concept != "neg":
            continue
        # "not blinking", "no orange or red", "doesn't blink": the next few words are denied.
        for j in range(i + 1, min(i + 5, len(tokens))):
            if tokens[j] in _DETERMINERS and j + 1 < len(tokens) and concepts[j + 1] == "colour":
                continue  # "dark blue, not the light blue": that colour denied (explore11's n02 was read light blue)
            if tokens[j] in _STOP_NEGATION:
                break
            if concepts[j] in ("colour", "blink", "breathe", "solid", "steady", "fast", "slow"):
                negated.add(j)
                if concepts[j] == "colour" and _COLOUR_WORDS[tokens[j]] in ("orange", "red", "magenta"):
                    nothing_else = True
    colours = [(i, _COLOUR_WORDS[t]) for i, t in enumerate(tokens) if concepts[i] == "colour" and i not in negated]
    cut, stop = _last_state(tokens, concepts, colours, negated)
    if cut or stop < len(tokens):
        colours = [(ci - cut, c) for ci, c in colours if cut <= ci < stop]
        tokens, concepts = tokens[cut:stop], concepts[cut:stop]
        negated = {j - cut for j in negated if cut <= j < stop}
    return _Features(colours, tokens, concepts, negated, nothing_else)


# Words that start the next state in a story ("blinking magenta, then goes to fast green, now breathing cyan").
_STATE_STARTS = frozenset("then now eventually afterwards afterwords later goes went turns turned changes changed "
                          "switches switched stopped stops xnow".split())
_FLASH_COLOURS = frozenset({"orange", "red", "magenta", "yellow"})
_GOES = frozenset("goes went turns".split())


_REPEATS = lazy(r"\b(back to|again|over and over|repeat\w*|restarts?|loops?|cycles?|every time|each time"
                r"|and so on|on repeat)\b")


def _last_state(tokens: list[str], concepts: list[str | None], colours: list[tuple[int, str]],
                negated: set[int]) -> tuple[int, int]:
    """Where the last state described begins and ends ((0, len): the whole text is one state).

    Several states in one message: the last one counts. A dead light at the end ("then it went dark") is the
    last state even without a colour. Flashes of orange, red or purple right after blinking cyan are one
    pattern with it (the cloud-error blinks), so that pair stays together. A pattern that repeats ("then back
    to cyan", "over and over") is one state, and so is a dark pause after orange flashes ("2 orange then dark").
    Words after the last state that name no colour ("this happens after flashing") are commentary.
    """
    whole = (0, len(tokens))
    starts = [i for i, t in enumerate(tokens) if t in _STATE_STARTS]
    if not starts or _REPEATS.search(" ".join(tokens)) or "sos" in tokens or "xsos" in tokens:
        return whole
    bounds = [0, *starts, len(tokens)]
    segments = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]

    def named(seg: tuple[int, int]) -> set[str]:
        return {c for ci, c in colours if seg[0] <= ci < seg[1]}

    def off(seg: tuple[int, int]) -> bool:
        return any(concepts[i] == "off" and i not in negated for i in range(*seg))

    for k in range(len(segments) - 1, -1, -1):
        seg = segments[k]
        here = named(seg)
        if not here and off(seg) and k > 0:
            previous = next((named(s) for s in reversed(segments[:k]) if named(s)), set())
            if previous and previous <= {"orange"}:
                return whole  # "2 orange flashes then dark": the pause between the flashes
            return seg[0], len(tokens)
        if not here:
            continue
        if here <= _FLASH_COLOURS:
            for j in range(k - 1, -1, -1):
                before = named(segments[j])
                if not before:
                    continue
                breathing = any(concepts[i] == "breathe" for i in range(*segments[j]))
                if before & {"cyan", "blue"} and not breathing:
                    return segments[j][0], seg[1]  # blinking cyan, then orange/red/purple flashes: one pattern
                break
        end = seg[1]
        for later in segments[k + 1:]:
            # "blinking green now, slowly": the light as it is now, told in two parts (its speed was cut off); "teal,
            # goes bright and dim": what that light does (a blind round's pulsing light blue was asked its pattern).
            if named(later) or off(later) or not (tokens[later[0]] in ("now", "xnow") or (
                    tokens[later[0]] in _GOES and any(concepts[i] in ("breathe", "blink") and i not in negated
                                                       for i in range(*later)))):
                break
            end = later[1]
        return seg[0], end
    return whole


def _counts(tokens: list[str]) -> list[tuple[int, int]]:
    """(position, number) for each blink count in the words, skipping durations, bands and product names."""
    found: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if tok.isdigit():
            value = int(tok)
        elif tok in _COUNT_WORDS:
            value = _COUNT_WORDS[tok]
        else:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if nxt in _TIME_UNITS or (nxt in ("a", "per", "every") and after.startswith("sec")):
            continue
        if i > 0 and tokens[i - 1] in _NOT_COUNT_BEFORE:
            continue
        if tok == "one" and i > 0 and tokens[i - 1] in ("the", "that", "this", "which", "first", "second"):
            continue
        found.append((i, value))
    return found


def parse_count(text: str) -> int | None:
    """A blink count 1..15 from "3", "three", "3x", "x3", "three times", "thrice", "once", "twice", "one"."""
    for _, value in _counts(_tokens(text)):
        return value if 1 <= value <= 15 else None
    return None
