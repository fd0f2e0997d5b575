"""A light that goes round in a cycle, told in one message: "goes green then cyan then red again" (it connects, then
crashes: the SOS pattern, a software fault in the unit, not the Wi-Fi) and "green then blue then green again, back
and forth" (it joins the Wi-Fi and then fails to reach the cloud: the blinking-cyan branch, as reaching cyan means
the Wi-Fi and its password work). Blind exploratory rounds 11 and 12 got the hotspot test for the first and the
green questions for the second.

Not a cycle: one pattern with two colours ("cyan with red flashes" is the handshake error, whose flash repeats by
itself), a change that happened once ("it was blue and now it's green": `led._now_part`), or red alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.lazy_re import lazy
from flows.troubleshoot.rules.led_patterns import LedReading, _orange_count, _sos_reading
from flows.troubleshoot.rules.led_words import _Features

__all__ = ["cycle", "sos_back"]

# It goes round: said of the whole sequence ("again", "over and over", "back and forth", "keeps doing that"); not
# "power cycle" (a restart the customer did).
_ROUND = lazy(r"\b(?:again|over and over|keeps?|kept|loops?|looping|repeats?|repeating|on repeat|(?<!power )cycles?"
              r"|(?<!power )cycling|back and forth|back n forth|back & forth|round and round|every time|each time"
              r"|alternat\w*|switch(?:es|ing)? between|goes back|back to|then back|starts? over|all over again)\b")
# A crash, said in words: the SOS, many red flashes, a restart by itself. (Cyan then one red flash that repeats is the
# handshake error, docs/particle-facts.md; so is an older doc's "red" for the orange cloud-error blinks.)
_CRASH = lazy(r"\b(?:sos|crash\w*|(?:lots of|many|a bunch of|loads of|rapid|fast|quick|frantic\w*) (?:red )?"
              r"(?:flash\w*|blink\w*)|(?:flash\w*|blink\w*) red (?:rapidly|fast|quickly|like crazy|a lot|lots)"
              r"|(?:restarts|reboots|resets) (?:itself|on its own|by itself)|(?:and|then) (?:it )?(?:restarts|reboots|resets))\b")


# Where it ended: "... and now it just stays green", "it ended up blinking green": one light now, not a cycle.
_SETTLED = lazy(r"\b(?:stays?|stayed|staying|ended up|ends up|ended on|settled|stuck|remains?|remained)\b"
                r"(?: \w+){0,3} (?:green|blue|cyan|light blue)\b")
_CRASHED = LedReading(code="led:red_sos", need=None, colour="red", pattern="blinking")


def cycle(f: _Features, text: str) -> LedReading | None:
    """The reading of a cycle described in `text` (`f`: its features), or None when it describes no cycle."""
    order = [c for _, c in f.colours]
    lowered = text.lower()
    joined = [i for i, c in enumerate(order) if c == "green"]
    cloudward = [i for i, c in enumerate(order) if c in ("cyan", "blue")]
    red = [i for i, c in enumerate(order) if c == "red"]
    if set(order) - {"green", "cyan", "blue", "red", "white"}:
        return None  # orange or magenta flashes: the cloud errors' own patterns
    if red and (joined or cloudward) and min(joined + cloudward) < max(red):
        # Connected or nearly, then a crash said in words, going round (or restarting by itself).
        if _orange_count(f, "red") in (1, 2, 3):
            return None  # "blinks red 3 times and restarts": an older doc's name for the orange cloud error
        if _CRASH.search(lowered) and (_ROUND.search(lowered) or re.search(r"\b(?:restarts|reboots|resets)\b", lowered)):
            sos = _sos_reading(f) if f.has("sos") else None  # its count kept ("SOS, thirteen blinks")
            return replace(sos if sos is not None and sos.code == "led:red_sos" else _CRASHED, cycle="crash_loop")
        return None
    if "white" in order and set(order) <= {"white", "green"} and re.search(r"\bgreen\b", lowered):
        # "flashes green a few times, then white, then slowly breathes white": the start-up, then its program's Wi-Fi
        # off (explore11's n13 was told it restarts for want of power); white and green told to repeat is that.
        if order[-1] == "white" and f.has("breathe"):
            return LedReading(code="led:breathing_white", need=None, colour="white", pattern="breathing")
        if _ROUND.search(lowered) and not f.has("breathe"):
            return LedReading(code="led:blinking_green", need=None, colour="green", note="white_green_cycle")
        return None
    if joined and cloudward and not red and _goes_round(order, lowered) and \
            not re.search(r"\b(?:dark|navy|deep) blue\b", lowered) and not _SETTLED.search(lowered):
        # Reaching light blue means the Wi-Fi and its password work: whether the light blue has flashes of another
        # colour comes next (the cloud's branch).
        return LedReading(code=None, need="cyan_blinks", colour="cyan", pattern="blinking", cycle="green_cyan")
    return None


def _goes_round(order: list[str], lowered: str) -> bool:
    """Said to repeat, or "back to" a colour it showed before the other one (green, cyan, green): "it was cyan, then
    back to green" changed once."""
    said = {m.group(0) for m in _ROUND.finditer(lowered)}
    if said - {"back to", "goes back", "then back"}:
        return True
    runs = [c for i, c in enumerate(order) if i == 0 or order[i - 1] != c]  # "cyan, cyan, green": cyan, green
    return bool(said) and len(runs) >= 3


# The red told back after the unplug asked for the SOS: "again", "back", "keeps crashing".
_BACK = lazy(r"\b(again|back|still|keeps?|same|crash\w*|reboots?|restarts?|repeat\w*|returns?|returned)\b")


def sos_back(reading: LedReading, text: str) -> LedReading | None:
    """After the unplug the bot asked for a red SOS, red told back ("blinks light blue for a bit then the red thing
    again") is the SOS again: a unit that keeps crashing, not the handshake error's red flash among light blue
    (explore11's n18 got the phone-hotspot test)."""
    if reading.colour != "red" and reading.code != "led:cyan_red":
        return None
    for clause in re.split(r"[.,;:!?]+|\b(?:but|and|then|now)\b", text.lower()):
        if re.search(r"\b(red|sos)\b", clause) and _BACK.search(clause) and not _GONE.search(clause):
            return _CRASHED  # "... then the red thing again"; not "no more red, it's back to green"
    return None


_GONE = lazy(r"\b(no|not|gone|stopped|anymore|more|never|went away|disappeared)\b")
