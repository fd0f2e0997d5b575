"""Read a customer's free-text description of the Particle status LED into a finding code.

Customers describe the LED in their own words over SMS, Slack or web chat ("flashing grean really fast",
"light blue then 3 orange blinks", "🟢 blinking", "nothing"). `parse_led` turns that into an `LedReading`: the
`led:*` finding code of docs/codes.md when the description is enough, or the follow-up question the bot
must ask (`need`). `parse_led_detail` reads the answer to that follow-up. Pure functions, no I/O.

Judgement calls (the labelled phrasings in tests/data/led_phrasings.yaml follow them):
- A colour with no pattern word gets the pattern the default LED theme uses for it: dark blue => blinking,
  yellow => blinking, red => SOS, orange => the cyan+orange cloud error. Green, light blue and purple have two
  common states each (light blue: trying to reach our servers or connected; purple: an update or safe mode),
  white three needing different help (breathing, on all the time, a flash then green): they get a question.
- Orange only ever appears as the 1-3 orange flashes after fast cyan, so any orange ("orange then nothing": the
  customer saw the flashes and then the LED resetting) is read as that cloud error, with a count or `blink_count`.
- A solid (non-animated) colour has no finding code: it means the firmware hung (remedy: power-cycle), so the
  reading has `solid=True` and no code. Breathing dark blue has no code either (firmware keeps the radio idle).
- "was X ... now Y" stories count by the last state described; a number is ignored when it is a duration ("for
  20 minutes"), a band ("2.4 GHz") or a product name ("Photon 2").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows.lazy_re import lazy
from flows.troubleshoot.rules import green_pace, led_cycle
from flows.troubleshoot.rules.choices import match_choice
from flows.troubleshoot.rules.led_off import colour_then_off, opener_off, says_off
from flows.troubleshoot.rules.led_patterns import (  # features -> readings
    SOLID_ORANGE,
    LedReading,
    _clause_bounds,
    _orange_count,
    _orange_reading,
    _pattern,
    _reading_for,
    _sos_reading,
    _vague_flashes,
    never_blinks,
)
from flows.troubleshoot.rules.led_words import (  # the reading layer
    _Features,
    _features,
    parse_count,
)
from flows.troubleshoot.rules.polarity import verdict
from flows.troubleshoot.rules.text import message

__all__ = [
    "BLUE_SHADE_CHOICES",
    "CYAN_BLINK_CHOICES",
    "GREEN_SPEED_CHOICES",
    "LED_CODES",
    "LIGHT_PATTERN_CHOICES",
    "WHITE_PATTERN_CHOICES",
    "LedReading",
    "parse_count",
    "opener_led",
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
GREEN_SPEED_CHOICES: tuple[str, ...] = ("Steady, even blinking", "Very fast flicker")
# cyan_blinks: 1 = no other colour (led:blinking_cyan), 2 = orange (then ask the count), 3 = red, 4 = purple.
CYAN_BLINK_CHOICES: tuple[str, ...] = ("No, just light blue", "Orange flashes", "Red flashes", "Purple flashes")
# blue_shade: 1 = light blue (cyan branch), 2 = dark blue (listening-mode branch).
BLUE_SHADE_CHOICES: tuple[str, ...] = ("Light blue", "Dark blue")
# light_pattern (light blue or purple told alone): 1 = blinking, 2 = breathing, 3 = on all the time.
LIGHT_PATTERN_CHOICES: tuple[str, ...] = ("Blinking", "Slowly fading in and out", "On all the time, not changing")
# white_pattern: 1 = breathing white (radio off by the firmware), 2 = on all the time (hung: power-cycle),
# 3 = a white flash then green, over and over (restarting for want of power).
WHITE_PATTERN_CHOICES = ("Slowly fading in and out", "On all the time, not changing", "A quick flash, then green, over and over")


# --- reading -------------------------------------------------------------------------------------------------


# A light that changed: "it was blinking green for ages but now it's blinking light blue". What it shows now is told
# by the parts that say "now", up to a part about the past; a description only of the past ("it was green earlier,
# haven't looked since") says nothing of now (a blind set of such descriptions: bench/led_now.py).
_PRESENT = lazy(r"\b(now|currently|right now|at the moment|atm|at present|these days)\b", re.I)
_PAST = lazy(r"\b(earlier|yesterday|before|at first|used to|last (night|week|time)|this morning|originally"
             r"|previously|ago|havent (looked|checked)|didnt (look|check))\b", re.I)
# A past that goes on ("has been going green on and off since this morning", "started breathing green last
# night"), or a change told: not only the past.
_ONGOING = lazy(r"\b(then|now|still|changed|went|switched|turned|has been|have been|been|started|keeps?"
                r"|whole time|all (day|night)|ever since|since (then|i|it|we|yesterday|this|last))\b", re.I)
_PIECES = lazy(r"(?<=[.!?;,])\s+|\s+(?=\bbut\b)|\s+(?=\band (?:now|then)\b)|\s+-+\s+")


def _now_part(text: str) -> str | None:
    """The part of `text` about the light now, when it also tells what the light did before ("" when it tells
    only of the past); None when it does not tell of two times."""
    pieces = [p for p in _PIECES.split(text) if p and p.strip()]
    lit = [i for i, p in enumerate(pieces) if _features(p).colours]
    present = [i for i in lit if _PRESENT.search(pieces[i])]
    if present:
        first = present[0]
        end = next((j for j in range(first + 1, len(pieces)) if _PAST.search(pieces[j]) and
                    not _PRESENT.search(pieces[j])), len(pieces))
        return " ".join(pieces[first:end]) if (first, end) != (0, len(pieces)) else None
    if lit and all(_PAST.search(pieces[i]) for i in lit) and not any(_ONGOING.search(p) for p in pieces):
        return ""
    return None


# "It flashes green, evenly ... then it just stays green": the flashing goes on, it is no solid light (the fourth
# exploratory test was told its light was stuck); unless a solid light is said in so many words.
_STAYS_COLOUR = re.compile(r"\b(?:stays?|stayed|staying|remains?|remained)(?= (?:on )?(?:green|blue|cyan|light blue)\b)",
                           re.IGNORECASE)
_BLINK_SAID = re.compile(r"\b(?:flash\w*|blink\w*|flicker\w*)", re.IGNORECASE)
_SOLID_SAID = re.compile(r"\b(?:solid\w*|constant\w*|not (?:blinking|flashing)|(?:doesnt|doesn't|does not|stopped|stops|"
                         r"no longer|isnt|isn't) (?:blink|flash)\w*|steady on)\b", re.IGNORECASE)


def _still_blinking(text: str) -> str:
    text = colour_then_off(text)  # "it does green then goes off": green going on and off (led_off.py)
    return _STAYS_COLOUR.sub("keeps flashing", text) if _BLINK_SAID.search(text) and not _SOLID_SAID.search(text) else text


@lru_cache(maxsize=512)
def parse_led(text: str) -> LedReading | None:
    """Read a description of the status LED; None when nothing in it can be read (cached: readers share it)."""
    now = _now_part(text)
    if now == "":
        return None  # only what it did before: the question is asked again
    if now is not None and (reading := parse_led(now)) is not None:
        return reading
    f = _features(_still_blinking(text))
    if not f.tokens:
        return None
    if f.has("rainbow"):
        return LedReading(code=None, need=None, colour=None, note="rainbow")
    if (went_round := led_cycle.cycle(f, text)) is not None:
        return went_round  # "goes green then cyan then red again"
    if f.has("sos"):
        return _sos_reading(f)
    colours = {c for _, c in f.colours}
    if not colours:
        if f.has("off") and says_off(text):
            return LedReading(code="led:off", need=None, colour=None)
        if f.has("unknown"):
            return LedReading(code="led:unknown", need=None, colour=None)
        return None
    cyanish = bool(colours & {"cyan", "blue"})
    if "orange" in colours or (cyanish and "yellow" in colours):
        pattern, speed = _pattern(f, 0, len(f.tokens))
        if not cyanish and (pattern == "solid" or never_blinks(f)):
            return SOLID_ORANGE  # "its orange, just solid": no cloud-error flashes to count (round 12 looped)
        return _orange_reading(f, speed)
    if cyanish and "red" in colours:
        # Older Particle docs call the 2-3 orange cloud-error blinks "red"; one red blink is the handshake error.
        if _vague_flashes(f):
            return LedReading(code=None, need="blink_count", colour="red")
        count = _orange_count(f, "red")
        if count in (2, 3):
            return LedReading(code=f"led:cyan_orange_{count}", need=None, colour="orange", count=count)
        return LedReading(code="led:cyan_red", need=None, colour="red", count=1)
    if cyanish and "magenta" in colours:
        return LedReading(code="led:cyan_magenta", need=None, colour="magenta", count=1)
    if "white" in colours and "green" in colours:
        # White flash then green, repeating: a brown-out reboot while joining Wi-Fi.
        return LedReading(code="led:blinking_green", need=None, colour="green", note="white_green_cycle")
    index, colour = f.colours[-1]
    if colour == "blue" and colours & {"darkblue", "cyan"}:  # "light blue ... blue": the shade said elsewhere counts
        index, colour = [(i, c) for i, c in f.colours if c in ("darkblue", "cyan")][-1]
    elif colour == "blue" and len(shade := {"darkblue", "cyan"} - f.denied_colours()) == 1:  # "not the light blue"
        colour = shade.pop()  # the other shade (explore11's n02)
    start, end = _clause_bounds(f, index)
    pattern, speed = _pattern(f, start, end)
    if pattern is None and speed is None:
        pattern, speed = _pattern(f, 0, len(f.tokens))
    if colour == "red" and pattern != "solid":
        return _sos_reading(f)
    return _reading_for(colour, pattern, speed, f.nothing_else)


def opener_led(text: str) -> LedReading | None:
    """The light a customer's first message describes, when it says enough to skip the light question: a code or a
    follow-up to ask (a solid light or "I can't tell" is asked about as usual). None otherwise."""
    reading = parse_led(text) if text else None
    if reading is None or reading.solid or (reading.code in (None, "led:unknown") and not reading.need):
        return None
    # parse_led left other things' clauses out ("the router's light is off"): so does the test for "no light"
    if reading.code == "led:off" and not opener_off(text):
        return None
    return reading


# --- follow-up answers ---------------------------------------------------------------------------------------


def yes_no(text: str) -> str | None:
    return verdict(message(text))


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
    if speed is None and not f.has("midpace"):  # "kind of fast" is not the flicker (explore10's n26)
        index = _choice(text, GREEN_SPEED_CHOICES)
        speed = {0: "normal", 1: "fast"}.get(index) if index is not None else None
    if speed is None and (f.has("midpace") or _is_unsure(text, f) or pattern == "solid" and green_pace.steady_pace(text)):
        # Fast green is a flicker: "can't tell", "kind of fast" and "steady. whats the MAC?" (explore12 n09) are normal.
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
    if count == 0 or f.has("solid") or never_blinks(f) or text.strip().lower() in ("none", "no", "zero", "nope"):
        return SOLID_ORANGE  # "there are no flashes, it's just orange all the time" (round 12 looped)
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


def _detail_white_pattern(text: str, previous: LedReading) -> LedReading | None:
    """"white" told alone: breathing, on all the time, or a flash then green (docs/particle-facts.md 1.2)."""
    f = _features(text)
    colours = {c for _, c in f.colours}
    pattern, speed = _pattern(f, 0, len(f.tokens))
    cycle = LedReading(code="led:blinking_green", need=None, colour="green", note="white_green_cycle")
    if "green" in colours and (colours <= {"green", "white"}) and \
            re.search(r"\b(then|again|over|repeat\w*|keeps?|back|loop\w*|cycl\w*)\b", text.lower()):
        return cycle  # "goes white then green then white again"
    if colours - {"white"}:
        return parse_led(text)  # another light now ("it's blinking green now")
    white = replace(previous, colour="white", need=None)
    if pattern == "breathing":
        return replace(white, code="led:breathing_white", pattern="breathing")
    if pattern == "solid":
        return replace(white, code=None, pattern="solid", solid=True)
    if pattern == "blinking" or speed is not None:
        # White that keeps flashing is the restart loop, its green half unseen or not named.
        return cycle
    index = _choice(text, WHITE_PATTERN_CHOICES)
    if index == 0:
        return replace(white, code="led:breathing_white", pattern="breathing")
    if index == 1:
        return replace(white, code=None, pattern="solid", solid=True)
    if index == 2:
        return cycle
    return None


def _detail_light_pattern(text: str, previous: LedReading) -> LedReading | None:
    """Light blue or purple told by its colour alone: blinking, slowly fading in and out, or on all the time."""
    f = _features(text)
    if {c for _, c in f.colours} - {previous.colour, "blue", "cyan"}:
        return parse_led(text)  # another light now ("it's blinking green now")
    pattern, speed = _pattern(f, 0, len(f.tokens))
    if pattern is None and speed is None:
        index = _choice(text, LIGHT_PATTERN_CHOICES)
        if index is None:
            return None
        pattern = ("blinking", "breathing", "solid")[index]
    return _reading_for(previous.colour or "cyan", pattern or "blinking", speed)


_DETAIL_READERS = {
    "green_speed": _detail_green_speed,
    "cyan_blinks": _detail_cyan_blinks,
    "blink_count": _detail_blink_count,
    "sos_count": _detail_sos_count,
    "blue_shade": _detail_blue_shade,
    "white_pattern": _detail_white_pattern,
    "light_pattern": _detail_light_pattern,
}


def parse_led_detail(need: str, text: str, previous: LedReading) -> LedReading | None:
    """Read the answer to the follow-up `need` and return the completed reading; None if it cannot be read."""
    reader = _DETAIL_READERS.get(need)
    if reader is None:
        return parse_led(text)
    return reader(text, previous)
