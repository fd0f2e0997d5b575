"""Read a customer's free-text description of the Particle status LED into a finding code.

Customers describe the LED in their own words over SMS, Slack or web chat ("flashing grean really fast",
"light blue then 3 orange blinks", "🟢 blinking", "nothing"). `parse_led` turns that into an `LedReading`: the
`led:*` finding code of diagnosis-codes.md when the description is enough, or the follow-up question the bot
must ask (`need`). `parse_led_detail` reads the answer to that follow-up. Pure functions, no I/O.

Judgement calls (the labelled phrasings in tests/data/led_phrasings.yaml follow them):
- A colour with no pattern word gets the pattern the default LED theme uses for it: dark blue => blinking,
  purple => breathing (safe mode is the state that lasts; an update blinks only for minutes), yellow => blinking,
  white => breathing, red => SOS, orange => the cyan+orange cloud error. Green and light blue have two common
  states each, so they get a follow-up question instead.
- Orange only ever appears as the 1-3 orange flashes after fast cyan, so any orange ("orange then nothing": the
  customer saw the flashes and then the LED resetting) is read as that cloud error, with a count or `blink_count`.
- A solid (non-animated) colour has no finding code: it means the firmware hung (remedy: power-cycle), so the
  reading has `solid=True` and no code. Breathing dark blue has no code either (firmware keeps the radio idle).
- "was X ... now Y" stories count by the last state described; every number is ignored when it is a duration
  ("for 20 minutes", "twice a second"), a band ("2.4 GHz") or a product name ("Photon 2").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from flows.troubleshoot.rules.answers import match_choice, yes_no

__all__ = [
    "BLUE_SHADE_CHOICES",
    "CYAN_BLINK_CHOICES",
    "GREEN_SPEED_CHOICES",
    "LED_CODES",
    "LedReading",
    "parse_count",
    "parse_led",
    "parse_led_detail",
]

LED_CODES: tuple[str, ...] = (
    "led:blinking_green",
    "led:fast_green",
    "led:breathing_green",
    "led:blinking_cyan",
    "led:cyan_orange_1",
    "led:cyan_orange_2",
    "led:cyan_orange_3",
    "led:cyan_red",
    "led:cyan_magenta",
    "led:breathing_cyan",
    "led:blinking_blue",
    "led:breathing_magenta",
    "led:blinking_magenta",
    "led:blinking_yellow",
    "led:breathing_white",
    "led:red_sos",
    "led:off",
    "led:unknown",
)

# Follow-up choices, in the order shown (1-based digits answer them). Same labels as flows/troubleshoot/copy.py.
# green_speed: 1 = normal speed (led:blinking_green, joining Wi-Fi), 2 = fast (led:fast_green, waiting for DHCP).
GREEN_SPEED_CHOICES: tuple[str, ...] = ("Steady blinking, about twice a second", "Very fast flicker")
# cyan_blinks: 1 = no other colour (led:blinking_cyan), 2 = orange (then ask the count), 3 = red, 4 = purple.
CYAN_BLINK_CHOICES: tuple[str, ...] = ("No, just light blue", "Orange flashes", "Red flashes", "Purple flashes")
# blue_shade: 1 = light blue (cyan branch), 2 = dark blue (listening-mode branch).
BLUE_SHADE_CHOICES: tuple[str, ...] = ("Light blue", "Dark blue")


@dataclass(frozen=True)
class LedReading:
    """What the customer's description says: a finding code, or which follow-up question is needed.

    `pattern` ("blinking" | "breathing" | "solid" | None) and `speed` ("fast" | "normal" | None) are additions
    to the contract: they carry what was said into `parse_led_detail` (e.g. "blue, breathing" then "dark").
    """

    code: str | None
    need: str | None
    colour: str | None
    count: int | None = None
    solid: bool = False
    note: str | None = None
    pattern: str | None = None
    speed: str | None = None


# --- vocabulary ----------------------------------------------------------------------------------------------

_COLOUR_WORDS: dict[str, str] = {}
for _colour, _words in {
    "green": "green greens greeen greenish grean grn",  # "grn": texting shorthand, too short for typo matching
    "cyan": "cyan cyans teal aqua turquoise turqoise cyanish xcyan",
    "blue": "blue blu blues bluish blueish",
    "darkblue": "xdarkblue navy indigo",
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
    "flicker flickers flickering flickered flickery strobe strobes strobing strobed xblink",
    "breathe": "breathe breathes breathing breathed breath pulse pulses pulsing pulsed pulsating pulsate fade fades "
    "fading faded throb throbs throbbing throbbed xbreathe",
    "solid": "solid solidly constant constantly stays stay staying xsolid",
    "steady": "steady steadily",
    "fast": "fast faster fastly rapid rapidly quick quickly quicker frantic frantically furiously hyper speedy xfast",
    "slow": "slow slowly slower normal normally regular regularly medium moderate moderately xslow",
    "off": "off dark dead nothing nothin none blank unlit xoff",
    "unknown": "idk dunno unsure xunknown",
    "rainbow": "rainbow rainbows xrainbow",
    "sos": "sos xsos morse",
    "nothingelse": "xnothingelse",
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

# Multi-word phrases rewritten to one canonical token before the word-by-word reading. Order matters.
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bevery now and (then|again)\b|\bnow and (then|again)\b", " sometimes "),
    (r"\b(right now|at the moment|at present|these days|this morning|since then)\b", " xnow "),
    # Not being able to say what the light does.
    (r"\b(i )?(do not|dont|don t|didnt) (really )?know\b|\bno idea\b|\bnot sure\b|\bno clue\b|\bnot certain\b"
     r"|\b(cant|can not|cannot|couldnt|unable to) (see|tell|check|look)\b|\bnot (near|home|with)\b|\baway from\b"
     r"|\bhard to (see|tell)\b|\b(didnt|did not|havent|have not|not) (look|looked|check|checked)\b", " xunknown "),
    # No light at all (before "light blue" so that "no light" is not eaten, and not "no light blue").
    (r"\bno lights?(?! ?(blue|green))\b( at all)?|\bnot lit\b|\b(is ?nt|is not|not) (on|lit|lighting)\b"
     r"|\bnot (turning|coming) on\b|\b(wont|will not) (turn|come|light) (on|up)\b"
     r"|\b(doesnt|does not|dont|do not) (light up|come on|turn on|light)\b|\bnot lighting( up)?\b"
     r"|\bnothing (is )?(lit|on|showing|happening|at all)\b|\bno leds?\b", " xoff "),
    # Shades of blue.
    (r"\b(light|lite|lt|lighter|pale|paler|sky|baby|ice|icy|powder|bright light) ?blue\b|\blightblue\b"
     r"|\bblue ?green\b|\bgreen ?blue\b|\b(blu|blue)(e)?ish green\b|\bgreenish blue\b", " xcyan "),
    (r"\b(dark|darker|drk|dk|deep|deeper|royal|navy|midnight) ?blue\b|\bdarkblue\b", " xdarkblue "),
    # Breathing: slow fade in and out.
    (r"\bfad\w* (in and out|on and off|up and down|in out)\b|\bin and out\b|\bbrighter and dimmer\b"
     r"|\bdimmer and brighter\b|\bbright(er)? (then|and) dim(mer)?\b|\bdims? and bright\w*\b"
     r"|\bglow\w* slowly\b|\bslowly glow\w*\b|\bgets? brighter\b"
     # A light going on and off gently/softly is fading, not flashing ("slow white pulse, on and off gently").
     r"|\b(gently|softly|smoothly) (going |turning |fading )?(on and off|off and on)\b"
     r"|\b(on and off|off and on) (gently|softly|smoothly)\b", " xbreathe "),
    (r"\bon and off\b|\boff and on\b", " xblink "),
    (r"\b(stays?|staying|always|constantly|just|remains?) on\b|\bon (all the time|constantly|permanently)\b", " xsolid "),
    # Speed phrases.
    (r"\blike (crazy|mad|a strobe)\b|\bmany times a second\b|\breally quick\b", " xfast "),
    (r"\b(twice|once|one time|two times) (a|per|every) sec\w*\b|\b(every|each) (half )?(a )?(second|sec)\b"
     r"|\b(normal|steady|regular|slow|medium) (pace|speed|rate)\b|\bnot that (fast|quick)\b", " xslow "),
    # The SOS pattern described instead of named.
    (r"\b(three|3) (short|quick|fast)\w*( \w+){0,2}?,? (then )?(three|3) (long|slow)\w*"
     r"(,? (then )?(three|3) (short|quick|fast)\w*)?", " xsos "),
    (r"\b(fast|quick|short),? then slow,? then (fast|quick|short)\b|\b(fast|quick|short) slow (fast|quick|short)\b"
     r"|\bshort short short long long long\b|\bdots? and dashes\b|\bs o s\b", " xsos "),
    (r"\ball (the )?colou?rs\b|\bevery colou?r\b|\bmulti ?colou?r\w*\b|\b(cycling|changing) colou?rs\b"
     r"|\bdifferent colou?rs\b", " xrainbow "),
    (r"\bnothing else\b|\bno other (colou?rs?|flash\w*|blink\w*)\b|\b(only|just) (?=(xcyan|cyan|teal|aqua|turquoise)\b)"
     r"|\b(didnt|did not|havent|have not|never) (see|saw|seen|notice|noticed) (any|anything)\b(?! lights?)", " xnothingelse "),
)
_PHRASES_RE = tuple((re.compile(p), r) for p, r in _PHRASES)

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


def _correct(token: str) -> str:
    """The vocabulary word `token` is a typo of, or `token` unchanged."""
    if token in _COLOUR_WORDS or token in _CONCEPT_WORDS or len(token) < 4 or token in _NOT_TYPOS:
        return token
    if not token.isalpha():
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


def _tokens(text: str) -> list[str]:
    """Lowercased words with phrases canonicalised, typos corrected and clause breaks as "|"."""
    s = unicodedata.normalize("NFKC", text or "")
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


def _concept_of(token: str) -> str | None:
    if token in _COLOUR_WORDS:
        return "colour"
    return _CONCEPT_WORDS.get(token)


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
            if tokens[j] in _STOP_NEGATION:
                break
            if concepts[j] in ("colour", "blink", "breathe", "solid", "steady", "fast", "slow"):
                negated.add(j)
                if concepts[j] == "colour" and _COLOUR_WORDS[tokens[j]] in ("orange", "red", "magenta"):
                    nothing_else = True
    colours = [(i, _COLOUR_WORDS[t]) for i, t in enumerate(tokens) if concepts[i] == "colour" and i not in negated]
    # "was blinking green ... now breathing cyan": keep what follows the last "now" that still names a colour.
    for i in range(len(tokens) - 1, -1, -1):
        if concepts[i] == "now" and any(ci > i for ci, _ in colours):
            colours = [(ci, c) for ci, c in colours if ci > i]
            tokens, concepts = tokens[i + 1 :], concepts[i + 1 :]
            negated = {j - i - 1 for j in negated if j > i}
            colours = [(ci - i - 1, c) for ci, c in colours]
            break
    return _Features(colours, tokens, concepts, negated, nothing_else)


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


# --- reading -------------------------------------------------------------------------------------------------


def _clause_bounds(f: _Features, index: int) -> tuple[int, int]:
    """The clause around token `index`, extended over following clauses that name no colour."""
    start = index
    while start > 0 and f.tokens[start - 1] not in _SEPARATORS:
        start -= 1
    end = index + 1
    while end < len(f.tokens):
        if f.tokens[end] in _SEPARATORS and any(ci > end for ci, _ in f.colours):
            break
        end += 1
    return start, end


def _pattern(f: _Features, start: int, end: int) -> tuple[str | None, str | None]:
    """("blinking" | "breathing" | "solid" | None, "fast" | "normal" | None) said in tokens[start:end]."""
    motion = f.last(("blink", "breathe"), start, end)
    speed = f.last(("fast", "slow"), start, end)
    if speed is None and f.negated_concept("fast"):
        speed = "slow"  # "not fast" is normal speed
    steady = f.has("steady", start, end)
    if motion is None and speed is None and not steady and not f.has("solid", start, end):
        return None, None
    if motion == "breathe":
        return "breathing", None
    if motion == "blink" or speed is not None:
        if steady and speed is None:
            speed = "slow"  # "steady blinking" is a steady pace, not a solid light
        return ("blinking" if motion == "blink" else None), ("fast" if speed == "fast" else "normal" if speed else None)
    return "solid", None


def _reading_for(
    colour: str, pattern: str | None, speed: str | None, nothing_else: bool = False
) -> LedReading:
    """The reading for one colour with the pattern and speed said about it."""
    solid = pattern == "solid"
    base = LedReading(code=None, need=None, colour=colour, pattern=pattern, speed=speed, solid=solid)
    if solid:
        return base  # firmware hung: no finding code, remedy is a power-cycle
    if colour == "green":
        if pattern == "breathing":
            return replace(base, code="led:breathing_green")
        if speed == "fast":
            return replace(base, code="led:fast_green")
        if speed == "normal":
            return replace(base, code="led:blinking_green")
        return replace(base, need="green_speed")
    if colour == "cyan":
        if pattern == "breathing":
            return replace(base, code="led:breathing_cyan")
        if nothing_else:
            return replace(base, code="led:blinking_cyan")
        return replace(base, need="cyan_blinks")
    if colour == "blue":
        return replace(base, colour=None, need="blue_shade")
    if colour == "darkblue":
        base = replace(base, colour="blue")
        if pattern == "breathing":
            return base  # breathing dark blue: radio idle by firmware, no finding code
        note = "fast_blue" if speed == "fast" else None
        return replace(base, code="led:blinking_blue", note=note)
    if colour == "magenta":
        if pattern == "blinking" or speed == "fast":
            return replace(base, code="led:blinking_magenta")
        return replace(base, code="led:breathing_magenta")
    if colour == "yellow":
        return replace(base, code="led:blinking_yellow")
    if colour == "white":
        if pattern == "blinking":
            return base  # white flashes alone: a reboot loop without the green half; ask again
        return replace(base, code="led:breathing_white")
    if colour == "red":
        return replace(base, code="led:red_sos", need="sos_count")
    return base


def _orange_count(f: _Features) -> int | None:
    """How many orange flashes were described, if said: a number near "orange", or "orange orange"."""
    orange_at = [i for i, c in f.colours if c == "orange"]
    counts = _counts(f.tokens)
    if counts:
        return min(counts, key=lambda c: min(abs(c[0] - o) for o in orange_at))[1]
    # "an orange blink" is one flash.
    for o in orange_at:
        if o > 0 and f.tokens[o - 1] in ("a", "an") and o + 1 < len(f.tokens) and f.tokens[o + 1] in _BLINK_NOUNS:
            return 1
    if len(orange_at) >= 2:
        return len(orange_at)
    return None


def _sos_count(f: _Features) -> int | None:
    counts = _counts(f.tokens)
    if not counts:
        return None
    blink_at = [i for i, c in enumerate(f.concepts) if c in ("blink", "sos")]
    if blink_at:
        counts.sort(key=lambda c: min(abs(c[0] - b) for b in blink_at))
    value = counts[0][1]
    return value if 1 <= value <= 15 else None


def _orange_reading(f: _Features, speed: str | None) -> LedReading:
    count = _orange_count(f)
    if count is not None and 1 <= count <= 3:
        return LedReading(code=f"led:cyan_orange_{count}", need=None, colour="orange", count=count, speed=speed)
    return LedReading(code=None, need="blink_count", colour="orange", speed=speed)


def _sos_reading(f: _Features) -> LedReading:
    count = _sos_count(f)
    return LedReading(
        code="led:red_sos", need=None if count else "sos_count", colour="red", count=count, pattern="blinking"
    )


def parse_led(text: str) -> LedReading | None:
    """Read a description of the status LED; None when nothing in it can be read."""
    f = _features(text)
    if not f.tokens:
        return None
    if f.has("rainbow"):
        return LedReading(code=None, need=None, colour=None, note="rainbow")
    if f.has("sos"):
        return _sos_reading(f)
    colours = {c for _, c in f.colours}
    if not colours:
        if f.has("off"):
            return LedReading(code="led:off", need=None, colour=None)
        if f.has("unknown"):
            return LedReading(code="led:unknown", need=None, colour=None)
        return None
    cyanish = bool(colours & {"cyan", "blue"})
    if "orange" in colours:
        _, speed = _pattern(f, 0, len(f.tokens))
        return _orange_reading(f, speed)
    if cyanish and "red" in colours:
        return LedReading(code="led:cyan_red", need=None, colour="red", count=1)
    if cyanish and "magenta" in colours:
        return LedReading(code="led:cyan_magenta", need=None, colour="magenta", count=1)
    if "white" in colours and "green" in colours:
        # White flash then green, repeating: a brown-out reboot while joining Wi-Fi.
        return LedReading(code="led:blinking_green", need=None, colour="green", note="white_green_cycle")
    index, colour = f.colours[-1]
    start, end = _clause_bounds(f, index)
    pattern, speed = _pattern(f, start, end)
    if pattern is None and speed is None:
        pattern, speed = _pattern(f, 0, len(f.tokens))
    if colour == "red" and pattern != "solid":
        return _sos_reading(f)
    return _reading_for(colour, pattern, speed, f.nothing_else)


# --- follow-up answers ---------------------------------------------------------------------------------------


def _is_unsure(text: str, f: _Features) -> bool:
    return yes_no(text) == "unsure" or f.has("unknown")


def _choice(text: str, choices: tuple[str, ...]) -> int | None:
    return match_choice(text, choices)


def _detail_green_speed(text: str, previous: LedReading) -> LedReading | None:
    f = _features(text)
    other = {c for _, c in f.colours} - {"green"}
    if other:
        return parse_led(text)  # the customer described something else instead
    pattern, speed = _pattern(f, 0, len(f.tokens))
    green = replace(previous, colour="green", need=None, solid=False)
    if pattern == "breathing":
        return replace(green, code="led:breathing_green", pattern="breathing")
    if speed is None:
        index = _choice(text, GREEN_SPEED_CHOICES)
        speed = {0: "normal", 1: "fast"}.get(index) if index is not None else None
    if speed is None and _is_unsure(text, f):
        # Fast green is a distinctive flicker; a customer who cannot tell is seeing the normal pace.
        speed = "normal"
    if speed == "fast":
        return replace(green, code="led:fast_green", pattern="blinking", speed="fast")
    if speed == "normal":
        return replace(green, code="led:blinking_green", pattern="blinking", speed="normal")
    if pattern == "solid":
        return replace(green, code=None, pattern="solid", solid=True)
    return None


def _detail_cyan_blinks(text: str, previous: LedReading) -> LedReading | None:
    f = _features(text)
    if f.has("sos"):
        return _sos_reading(f)
    colours = {c for _, c in f.colours}
    if "orange" in colours:
        return _orange_reading(f, previous.speed)
    if "red" in colours:
        return LedReading(code="led:cyan_red", need=None, colour="red", count=1)
    if "magenta" in colours:
        return LedReading(code="led:cyan_magenta", need=None, colour="magenta", count=1)
    cyan = LedReading(code="led:blinking_cyan", need=None, colour="cyan", pattern="blinking", speed=previous.speed)
    pattern, _ = _pattern(f, 0, len(f.tokens))
    if pattern == "breathing" and colours <= {"cyan", "blue"}:
        return replace(cyan, code="led:breathing_cyan", pattern="breathing")
    if f.nothing_else or f.has("off") or yes_no(text) == "no" or _is_unsure(text, f):
        # No other colour seen (or not noticed): plain blinking cyan, still trying to reach the cloud.
        return cyan
    index = _choice(text, CYAN_BLINK_CHOICES)
    if index == 0:
        return cyan
    if index == 1:
        return LedReading(code=None, need="blink_count", colour="orange", speed=previous.speed)
    if index == 2:
        return LedReading(code="led:cyan_red", need=None, colour="red", count=1)
    if index == 3:
        return LedReading(code="led:cyan_magenta", need=None, colour="magenta", count=1)
    if colours and colours != {"cyan"}:
        return parse_led(text)  # the customer described something else instead
    return None


def _detail_blink_count(text: str, previous: LedReading) -> LedReading | None:
    f = _features(text)
    colours = {c for _, c in f.colours}
    if "red" in colours and "orange" not in colours:
        return LedReading(code="led:cyan_red", need=None, colour="red", count=1)
    if "magenta" in colours and "orange" not in colours:
        return LedReading(code="led:cyan_magenta", need=None, colour="magenta", count=1)
    count = parse_count(text)
    if count is None and "orange" in colours:
        count = _orange_count(f)
    if count is not None and 1 <= count <= 3:
        return LedReading(code=f"led:cyan_orange_{count}", need=None, colour="orange", count=count, speed=previous.speed)
    return None  # no count, unsure, or a count the LED never shows: ask again


def _detail_sos_count(text: str, previous: LedReading) -> LedReading | None:
    f = _features(text)
    sos = LedReading(code="led:red_sos", need=None, colour="red", pattern="blinking")
    count = parse_count(text)
    if count is not None:
        return replace(sos, count=count)
    lowered = text.lower().replace("\u2019", "'")
    if (
        _is_unsure(text, f)
        or yes_no(text) == "no"
        or re.search(r"\b(can'?t|cannot|couldn'?t|unable to) count\b|\blost count\b|\btoo fast\b|\bno\b", lowered)
    ):
        return sos  # the count is optional: the finding stays led:red_sos without it
    return None


def _detail_blue_shade(text: str, previous: LedReading) -> LedReading | None:
    f = _features(text)
    words = set(f.tokens)
    colours = {c for _, c in f.colours}
    shade: str | None = None
    if "orange" in colours or "red" in colours or "magenta" in colours:
        return parse_led("light blue " + text)
    if "cyan" in colours or words & {"light", "lighter", "lite", "pale", "sky", "bright", "cyan"}:
        shade = "cyan"
    elif "darkblue" in colours or words & {"dark", "darker", "deep", "navy", "xdarkblue"}:
        shade = "darkblue"
    else:
        index = _choice(text, BLUE_SHADE_CHOICES)
        shade = {0: "cyan", 1: "darkblue"}.get(index) if index is not None else None
    if shade is None:
        return None
    pattern, speed = _pattern(f, 0, len(f.tokens))
    if pattern is None and speed is None:
        pattern, speed = previous.pattern, previous.speed
    return _reading_for(shade, pattern, speed, f.nothing_else)


_DETAIL_READERS = {
    "green_speed": _detail_green_speed,
    "cyan_blinks": _detail_cyan_blinks,
    "blink_count": _detail_blink_count,
    "sos_count": _detail_sos_count,
    "blue_shade": _detail_blue_shade,
}


def parse_led_detail(need: str, text: str, previous: LedReading) -> LedReading | None:
    """Read the answer to the follow-up `need` and return the completed reading; None if it cannot be read."""
    reader = _DETAIL_READERS.get(need)
    if reader is None:
        return parse_led(text)
    return reader(text, previous)
