"""A light told at a later question: "wait, now it's blinking light blue" at the password question, "sorry I meant
it's flickering really fast" after blinking green. The new light to act on, or None. Pure functions.

Only a light the customer tells as the gadget's own counts (the router's or the phone's lights are left out, as at
the first message), only one that differs from the light told before, and only a message that does not answer
the question being asked (the flow reads that first).
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.led import LedReading, opener_led
from flows.troubleshoot.rules.text import message

__all__ = ["colour_of", "corrects", "later_light", "light_answers_follow_up", "light_told", "told_now"]

# A correction of the light told before: its colour stays, its pattern or speed is what changes.
_CORRECTION = lazy(r"\b(sorry|i meant|i mean|meant to say|actually|wait|correction|my bad|oops|no no)\b", re.I)
_MOTION = lazy(r"\b(blink\w*|flash\w*|flicker\w*|fast|quick\w*|rapid\w*|slow\w*|breath\w*|puls\w*|fad\w*"
               r"|solid|steady)\b", re.I)


# A message that answers the question counts as a new light only with words that tell a change or a correction
# ("yes, and now it's blinking light blue"); one that answers nothing is read for a light as it is.
_CHANGE = lazy(r"\b(now|just|changed|went|turned|switched|started|suddenly|actually|sorry|meant|mean|wait|oh|btw"
               r"|also|anymore|no longer)\b", re.I)


# A light said wrongly before ("actually no wait, it's flashing cyan not green", "sorry, I meant dark blue"), as
# against one that changed since ("wait, now it's blinking light blue"): the light told before was never there.
_CORRECTS = lazy(r"\b(?:sorry|i meant|i mean|meant to say|actually|correction|my bad|oops|my mistake|wrong"
                 r"|not (?:green|blue|light blue|cyan|dark blue|purple|magenta|white|red|orange|yellow))\b", re.I)
# "I looked again" is no change (the sixth exploratory test's "sorry, I looked again - it's not blue ... it's blinking
# GREEN" was read as the light-blue follow-up's answer).
_CHANGED = lazy(r"\b(?:now|changed|changing|went|gone|turned|switched|started|anymore|any more|no longer|since"
                r"|(?<!looked )(?<!checked )(?<!look )(?<!check )(?<!looking )again)\b", re.I)


def corrects(text: str) -> bool:
    """The message corrects the light told before rather than telling a change."""
    return bool(_CORRECTS.search(text)) and not _CHANGED.search(text)


# A light told as it is now, in a question about what it means: stricter than _CHANGE ("wait, what does blinking blue
# mean?" asks about a colour).
_NOW = lazy(r"\b(now|changed|went|gone|turned|switched|started|suddenly|anymore|any more|no longer|currently"
            r"|at the moment)\b", re.I)


def told_now(text: str) -> bool:
    """The message tells its light as now or changed ("it's blinking blue now, what does that mean?"), as against asking
    about one ("what does blinking blue mean?")."""
    return bool(_NOW.search(text))


def light_told(text: str, before: str | None, answered: bool) -> LedReading | None:
    """The new light to act on at a later question; `answered`: the question's own reader took the message as an
    answer."""
    if answered and not _CHANGE.search(text):
        return None
    return later_light(text, before)


def later_light(text: str, before: str | None) -> LedReading | None:
    """The light `text` tells, when it is a new one for the gadget; `before`: the light code told before."""
    reading = opener_led(text)
    colour = _COLOURS.get(before or "")
    if reading is None and colour and _CORRECTION.search(text) and _MOTION.search(text):
        reading = opener_led(f"{_SAID[colour]} {text}")  # "sorry I meant it's blinking fast": still that colour
    if reading is None or (reading.code is None and reading.need is None):
        return None
    if reading.code is not None and reading.code == before:
        return None  # "still blinking green": nothing new
    if reading.code is None and reading.colour is not None and reading.colour == colour:
        return None  # "it's green" after blinking green: nothing the follow-up would change
    return reading


# The colour of each light code the customer may have told before (as the light reader names colours), and how a
# customer says it.
_COLOURS = {
    "led:blinking_green": "green", "led:fast_green": "green", "led:breathing_green": "green",
    "led:blinking_cyan": "cyan", "led:breathing_cyan": "cyan", "led:blinking_blue": "blue",
    "led:breathing_magenta": "magenta", "led:blinking_magenta": "magenta",
}
_SAID = {"green": "green", "cyan": "light blue", "blue": "dark blue", "magenta": "purple"}


def colour_of(code: str | None) -> str | None:
    """The colour of a light code told before, as the light reader names colours (None when unknown)."""
    return _COLOURS.get(code or "")


# Words that say a light does not blink at all, beyond "steady" (which at "steady pace or very fast?" is the pace).
_NOT_BLINKING = lazy(r"\b(?:solid|not (?:blinking|flashing)|doesnt (?:blink|flash)|no (?:blinking|flashing)|on all the time"
                     r"|constant|stays on|always on|not moving)\b", re.IGNORECASE)


_ON_OFF = lazy(r"\bon\b.{0,12}\boff\b|\boff\b.{0,12}\bon\b|\b(?:speed|pace|steady|steadily|slow|fast|quick|regular|normal)\b")


# The dark one named at "light blue or dark blue?": "dark", "the dark one", "darker", "deep".
_DARK_SHADE = re.compile(r"(?:(?:it s |its |it is )?(?:the |a )?(?:dark|darker|deep|deeper|darkish)(?: one| shade| blue"
                         r"| colou?r)?(?: i think| i guess)?)")


def light_answers_follow_up(need: str, text: str, seen: LedReading | None, prev: LedReading) -> bool:
    """Whether the light told answers a light's follow-up question as a light of its own: one that does not blink
    ("it's just solid red"), or another colour told now ("oh now its light blue flashing fast" to "steady or very fast
    green?" got the fast-green advice: explore7). "steady green" to that question is its pace, not a solid light."""
    if seen is None:
        return False
    if seen.code == "led:off":
        # "hmm it went off", "now its dark, no light" (round 34's tuning got "Sorry, which is it?"); not a blink told
        # as "on off on off, normal speed", nor "dark" (the one) to "light blue or dark blue?" (it got "No light
        # usually means no power").
        if need == "blue_shade" and _DARK_SHADE.fullmatch(message(text).plain):
            return False
        return _ON_OFF.search(text.lower()) is None
    if seen.solid:
        return not (need == "green_speed" and "steady" in text.lower() and not _NOT_BLINKING.search(text))
    return seen.described and prev.colour is not None and seen.colour not in (None, prev.colour)
