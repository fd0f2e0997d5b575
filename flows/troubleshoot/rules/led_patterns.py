"""From the features of an LED description to an `LedReading`: clauses, patterns, colours and flash counts.

led.py reads whole messages and follow-up answers with these; led_words.py supplies the features (tokens,
colours, concepts). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flows.troubleshoot.rules.led_words import _BLINK_NOUNS, _SEPARATORS, _counts, _Features


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
    cycle: str | None = None  # "crash_loop" or "green_cyan": a sequence that goes round (led_cycle.py)

    @property
    def described(self) -> bool:
        """Whether the light question can act on it: a code, a follow-up to ask, a note (rainbow ...), or a light
        that stays one colour, which names no pattern of its own but means the firmware is stuck."""
        return self.code is not None or self.need is not None or self.note is not None or self.solid


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
        return replace(base, colour="blue") if colour == "darkblue" else base  # firmware hung: a power-cycle
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
        if pattern is None and speed is None:
            # Light blue alone: blinking (trying to reach our servers) or breathing (connected) need different help,
            # so how it behaves is asked (a blind exploratory test's "cyan" was taken as blinking).
            return replace(base, need="light_pattern")
        return replace(base, need="cyan_blinks")
    if colour == "blue":
        return replace(base, colour=None, need="blue_shade")
    if colour == "darkblue":
        if pattern is None and speed is None:
            # Dark blue alone: blinking (waiting to be set up) is by far the most common, but a light that fades or
            # stays on is something else, so how it behaves is asked (explore9's n15: "Dark blue blinking means..."
            # to a customer who never said it blinked).
            return replace(base, need="light_pattern")
        base = replace(base, colour="blue")
        if pattern == "breathing":
            return base  # breathing dark blue: radio idle by firmware, no finding code
        note = "fast_blue" if speed == "fast" else None
        return replace(base, code="led:blinking_blue", note=note)
    if colour == "magenta":
        if pattern == "blinking" or speed == "fast":
            return replace(base, code="led:blinking_magenta")
        if pattern is None and speed is None:
            return replace(base, need="light_pattern")  # an update (blinking) or safe mode (breathing): asked
        return replace(base, code="led:breathing_magenta")
    if colour == "yellow":
        return replace(base, code="led:blinking_yellow")
    if colour == "white":
        if pattern == "blinking":
            # White flashes alone: the restart loop with its green half not named, or another white state; which one is
            # asked (a blind exploratory test's "flashing white" was asked its colour).
            return replace(base, need="white_pattern")
        if pattern is None:
            # "white" alone: breathing (radio off), on all the time (hung) and a flash then green (restarting) need
            # different help, so ask which (a blind exploratory test was handed to support at once).
            return replace(base, need="white_pattern")
        return replace(base, code="led:breathing_white")
    if colour == "red":
        return replace(base, code="led:red_sos", need="sos_count")
    return base


def _vague_flashes(f: _Features) -> bool:
    """"red bursts", "a red flicker occasionally": flashes whose number the customer did not say."""
    vague = {"occasionally", "sometimes", "some", "bursts", "burst", "intermittent", "intermediate", "random"}
    red_at = [i for i, c in f.colours if c in ("red", "yellow")]
    return any(t in vague for r in red_at for t in f.tokens[r:r + 4]) or _every_so_often(f)


def _every_so_often(f: _Features) -> bool:
    text = " ".join(f.tokens)
    return bool(re.search(r"\b(every so often|now and then|occasionally|sometimes|intermittent\w*|random\w*)\b", text))


def _orange_count(f: _Features, colour: str = "orange") -> int | None:
    """How many orange flashes were described, if said: a number near "orange", or "orange orange"."""
    # Yellow is read as orange (their flashes are one signal), so it is looked for too: "cyan then yellow flashes 2
    # times" raised on an empty list here, and the step handed the customer to support.
    same = {colour, "yellow"} if colour == "orange" else {colour}
    orange_at = [i for i, c in f.colours if c in same]
    counts = _counts(f.tokens)
    if counts and orange_at:
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
    count = None if _every_so_often(f) else _orange_count(f)
    if count is not None and 1 <= count <= 3:
        return LedReading(code=f"led:cyan_orange_{count}", need=None, colour="orange", count=count, speed=speed)
    return LedReading(code=None, need="blink_count", colour="orange", speed=speed)


def _sos_reading(f: _Features) -> LedReading:
    count = _sos_count(f)
    return LedReading(
        code="led:red_sos", need=None if count else "sos_count", colour="red", count=count, pattern="blinking"
    )

# Orange that stays on: no Particle pattern, a hung unit (docs/particle-facts.md: a solid colour; power-cycle).
SOLID_ORANGE = LedReading(code=None, need=None, colour="orange", pattern="solid", solid=True)


def never_blinks(f: _Features) -> bool:
    """"not blinking", "no flashes": a negation right before the blink word."""
    return any(c == "neg" and i + 1 < len(f.concepts) and f.concepts[i + 1] == "blink" for i, c in enumerate(f.concepts))
