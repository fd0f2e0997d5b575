"""When a description of the light means no light at all ("no lights", "it's dead", "won't power on"), and when the
same words are about something else: an action ("I turned it off and on"), another thing ("turn off the router"), a
blinking light that goes dark between blinks, or the connection ("it's been dead all week"). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.led_others import drop_other_things
from flows.troubleshoot.rules.led_words import _concept_of, _features, _tokens

# "off" about something other than the light: "I have to head off to work", "will that knock everyone off the
# internet?", "can I turn off the hotspot?" (a blind exploratory test got the no-power advice for each); and actions,
# not a state: "after powering off and re-power on", "turned it off and back on", "doesn't turn it off" (round 19's
# real first messages were read as no light).
OFF_NOT_LIGHT = lazy(
    r"\b(?:head(?:ing)?|knock\w*|kick\w*|log(?:ging|ged)?|sign(?:ing|ed)?) (?:\w+ ){0,3}?off\b"
    r"|\boff (?:to work|to bed|to the shops|the (?:internet|wifi|wi-fi|network))\b|\bhot ?spot (?:\w+ ){0,2}off\b"
    r"|\bturn\w* off (?:the |my )?(?:hot ?spot|router|wifi|phone|tv|laptop)\b|\bday off\b"
    r"|\b(?:power\w*|turn\w*|switch\w*|shut\w*|unplug\w*|cycl\w*) (?:\w+ ){0,2}?off,? (?:and|then|&|n|or|before)\b"
    r"|\boff (?:and|&|then|n) (?:back |again )?on\b|\b(?:on|off) ?/ ?(?:off|on)\b"
    r"|\b(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|cant|cannot|never) (?:\w+ )?(?:turn|switch|go|shut"
    r"|power)\w* (?:\w+ )?off\b")

# "it does green then goes off": a colour that goes off, told in the present, is a colour going on and off (a blink);
# the ninth blind exploratory test was told to check the power. Not "went off", nor a light that stays off.
_THEN_OFF = lazy(r"\b(?:green|blue|cyan|teal|white|red|orange|yellow|purple|magenta|pink)\b[^.!?]{0,40}?\bthen "
                 r"(?:goes|turns|switches) (?:off|dark|out)\b"
                 r"(?! (?:for good|completely|and stays|and doesn t|and doesnt|and never|forever))")
_STAYS_OFF = lazy(r"\b(?:stays?|remains?|staying) (?:off|dark|out)\b|\bno light\b")


def colour_then_off(text: str) -> str:
    """`text` with "<colour> ... then goes off" said as "<colour> ... on and off" (lowercased), else as it was."""
    lower = text.lower()
    if not _THEN_OFF.search(lower) or _STAYS_OFF.search(lower):
        return text
    return _THEN_OFF.sub(lambda m: m.group(0)[: m.group(0).rfind(" then ")] + " on and off", lower)


# "Dead", "off", "nothing", "dark" in a first message are mostly about the connection ("it's been dead all week",
# "nothing happens when I tap connect", "the wifi is off at night"): no light needs the light or its power named.
_LIGHT_OR_POWER = lazy(r"\b(lights?|lit|leds?|lamp|indicator|glow\w*|no power|power(s|ed|ing)? (on|up)"
                       r"|(turn|turns|turned|turning|come|comes|coming|light|lights|lighting|switch|switches)"
                       r" (on|up))\b", re.IGNORECASE)


def says_off(text: str) -> bool:
    """Whether a description with no colour in it says the light is off, once the words about other things and
    actions are left out."""
    plain = text.lower().replace("'", "").replace("\u2019", "")  # "doesn't" as the patterns spell it
    f = _features(OFF_NOT_LIGHT.sub(" ", plain))
    # "nothing. same flashing": a light told blinking after the "nothing" is lit (explore11's n01 was told twice it had
    # no power); not "was blinking, then it went dark", nor "not showing any signal or blinking led" (a real forum
    # post: the blink denied with the light).
    offs = [i for i, c in enumerate(f.concepts) if c == "off" and i not in f.negated]
    lit = any(c in ("blink", "breathe") and i not in f.negated and f.tokens[i - 1:i] not in (["or"], ["nor"], ["no"])
              and i > offs[-1] for i, c in enumerate(f.concepts)) if offs else False
    return bool(offs) and not lit


def opener_off(text: str) -> bool:
    """Whether a first message's "off" is the unit's light: the light or its power named, and no blinking told (a
    light that "blinks twice and then turns off", or "goes off for a second, then resumes blinking", is lit: the
    light question is asked instead of the no-power advice)."""
    plain = text.lower().replace("'", "").replace("\u2019", "")
    if not _LIGHT_OR_POWER.search(drop_other_things(text)):
        return False
    if not _features(_POWER_OFF.sub(" ", OFF_NOT_LIGHT.sub(" ", plain))).has("off"):
        return False  # "after a power off it won't reconnect": the power went off, not the light
    # Every word from the last "now" on, not only the last state's (that is "turns off" in "blinks twice and then
    # turns off"); but not a blink denied ("not blinking, no lights"), one before a change ("was blinking, now no
    # light at all"), or the firmware's ("made 3 flashing attempts").
    tokens = _tokens(text)
    concepts = [_concept_of(t) for t in tokens]
    start = max((i for i, c in enumerate(concepts) if c == "now"), default=0)
    return not any(concepts[i] in ("blink", "breathe", "fast") and "neg" not in concepts[max(0, i - 2):i]
                   and "stopped" not in tokens[max(0, i - 2):i] and not _FIRMWARE.intersection(tokens[i + 1:i + 3])
                   for i in range(start, len(tokens)))


# The power going off, an event: "after a power off", "POWER OFF / POWER ON" (round 19's real first messages).
_POWER_OFF = lazy(r"\bpower(?:ed|ing|s)? (?:\w+ )?off\b")
_FIRMWARE = frozenset({"attempt", "attempts", "firmware", "code", "update", "updates", "tool"})


# The light on again after no light, without its colour: "the light is on now", "it came on", "there's a light now"
# (round 26: told once support had the case, each was only added to it).
_LIGHTS_UP = lazy(r"\b(?:lights?|leds?|it|its|it s)\b(?: \w+){0,3}? (?:is on|came on|comes on|turned on|lit up|lights up"
                  r"|is lit|on now|back on|working)\b|\b(?:has|have|got|theres|there s|there is|showing|shows|we have)"
                  r" (?:a |some )?(?:lights?|leds?)\b|\b(?:lights?|leds?) (?:came|come|is|are) (?:back|on)\b"
                  r"|\b(?:it|its|it s) (?:came|come|turned) on\b|\blit up\b")


def lights_up(text: str) -> bool:
    """After no light at all: the customer tells the unit's light is on now, whatever it does."""
    plain = drop_other_things(text).lower().replace("'", " ").replace("\u2019", " ")
    return bool(_LIGHTS_UP.search(plain)) and not says_off(text)
