"""What a light means, asked mid-conversation: "what does the orange blinking even mean?", "is blinking green bad?",
"so what's that light telling me?". Which light the customer asks about, or "told" for the light they told before
without naming it again. Pure functions.

The copy explains each (`copy_explain.LIGHT_TEXT`, after docs/particle-facts.md 1.2); asked at a question, the
light is explained and the question asked again (round 27: a blind exploratory test's "what does the orange blinking
even mean? is it broken" got only "Probably not").
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.text import message

__all__ = ["LIGHTS", "OWN_LIGHT_QUESTIONS", "asked_light", "light_of_code"]

# The lights the copy explains (a key each: `light_<key>`).
LIGHTS = ("blinking_green", "fast_green", "breathing_green", "blinking_cyan", "breathing_cyan", "dark_blue", "blue",
          "orange_flashes", "red", "magenta", "white", "off")

# Asking what something means or says: "what does X mean", "X means what", "what is it telling me", "why is it X",
# "is X bad?", "explain the X", "X = ?".
_ASKS_MEANING = lazy(
    r"\b(?:what|whats|wat|wht|wut)\b(?:\W+\w+){0,8}?\W+(?:mean|means|meaning|meant|indicate\w*|signif\w*|telling|tell"
    r"|saying|say|trying to say|for|about)\b"
    r"|\bmeans? what\b|\bmeaning of\b|\bwhat (?:is|s) (?:that|this|it) (?:light|colou?r|blink\w*|flash\w*)\b"
    r"|\b(?:why|how come)\b(?:\W+\w+){0,6}?\W+(?:blink\w*|flash\w*|flicker\w*|puls\w*|breath\w*|green|blue|cyan|orange"
    r"|red|purple|pink|magenta|white|amber|yellow|light|lit|off|on)\b"
    r"|\b(?:is|does|do|are)\b(?:\W+\w+){0,6}?\W+(?:bad|good|normal|ok|okay|fine|a bad sign|a good sign|serious"
    r"|an error|a problem|broken|dead|wrong)\b(?:(?:\W+\w+){0,6}?\s*\?| (?:thing|sign)\b)"
    r"|^(?:is|are|does)\b(?:\W+\w+){0,6}?\W+(?:bad|good|normal|ok|okay|fine|serious|broken|wrong)\b"
    r"|\bexplain\b|\bno idea what\b|\bdont (?:know|understand|get) what\b|=\s*(?:\?|bad|good)|=[^=?]{0,30}\?"
    r"|\bmeaning\b|\bdoes\b(?:\W+\w+){0,6}?\W+mean\b|\b(?:what|whats|wat)\W+(?:is|are|r|s|was)\b|\bdeal with\b"
    r"|\btell me what\b")
# The light the customer refers to without a colour: "the blinking", "that light", "it does that".
_LIGHT_WORDS = lazy(r"\b(?:light|lights|led|blink\w*|flash\w*|flicker\w*|puls\w*|breath\w*|colou?r|lit|glow\w*"
                    r"|when it does (?:that|this))\b")
# What is not a light's meaning, though it has "what ... mean": a word of the bot's ("what do you mean by
# hotspot?"), where the light is, or what to do.
_NOT_LIGHT = lazy(r"\b(?:what do (?:you|u) mean by|where (?:is|s|are)|which light|what light|hot ?spot|password"
                  r"|wi ?fi name|network name|maximi[sz]e|compatib\w*|2\.4|5 ?ghz|what (?:do|should) i do)\b")

_PAST = lazy(r"\b(?:earlier|yesterday|before|at first|used to|last (?:night|week|time)|this morning|originally"
             r"|previously|ago)\b", re.IGNORECASE)

# Questions about the light itself, whose own words ("what does pulsing mean?" at "is it now slowly pulsing light
# blue?") are explained with the question: a light not named there is not the light told before.
OWN_LIGHT_QUESTIONS = frozenset({"confirm_fixed", "sos_count", "blink_count"})
# The app's word against the light: "the app says offline but it's breathing cyan, what does that mean?" is the app's
# question. (A light told as new, "it's now flashing red, what does that mean?", is explained and then acted on by the
# flow, as any new light.)
_TELLS = lazy(r"\b(?:app|offline|online)\b")

_BY_CODE = {
    "led:blinking_green": "blinking_green", "led:fast_green": "fast_green", "led:breathing_green": "breathing_green",
    "led:blinking_cyan": "blinking_cyan", "led:breathing_cyan": "breathing_cyan", "led:blinking_blue": "dark_blue",
    "led:cyan_red": "red", "led:red_sos": "red", "led:cyan_magenta": "magenta", "led:blinking_magenta": "magenta",
    "led:breathing_magenta": "magenta", "led:breathing_white": "white", "led:off": "off",
    "led:cyan_orange_1": "orange_flashes", "led:cyan_orange_2": "orange_flashes", "led:cyan_orange_3": "orange_flashes",
}
_BY_COLOUR = {"green": "blinking_green", "cyan": "blinking_cyan", "blue": "dark_blue", "orange": "orange_flashes",
              "yellow": "orange_flashes", "red": "red", "magenta": "magenta", "white": "white"}


def light_of_code(code: str | None) -> str | None:
    """The light key of a light code told before (None for one the copy does not explain)."""
    return _BY_CODE.get(code) if code else None


def asked_light(text: str) -> str | None:
    """The light whose meaning the customer asks (a key of LIGHTS), "told" for the light told before, or None."""
    plain = message(text).plain
    raw = text.lower().replace("'", "").replace("\u2019", "")  # with its "?" and "=": "green blinking = bad?"
    if not plain or not _ASKS_MEANING.search(raw) or _NOT_LIGHT.search(plain) or _TELLS.search(plain):
        return None
    # A light asked about may be one seen before ("it did a red sos thing earlier, what does that mean?"): the
    # light reader leaves the past out, a meaning does not.
    seen = parse_led(_PAST.sub(" ", text))
    if seen is not None:
        key = light_of_code(seen.code) if seen.code else None
        if key is None and seen.colour is not None:
            key = _BY_COLOUR.get(seen.colour)
            if key == "blinking_green" and seen.speed == "fast":
                key = "fast_green"
            elif key in ("blinking_cyan", "dark_blue") and seen.pattern == "breathing":
                key = "breathing_cyan"  # "slow breathing blue": the connected light (dark blue rarely breathes)
        if key is None and seen.need == "blue_shade":
            # Blue of no told shade: pulsing is the connected light blue; blinking may be either, so both are told.
            key = "breathing_cyan" if seen.pattern == "breathing" else "blue"
        if key is not None:
            return key
    return "told" if _LIGHT_WORDS.search(plain) else None
