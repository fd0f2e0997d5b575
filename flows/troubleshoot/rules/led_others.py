"""Lights that are not the unit's status light: other LEDs on the board (the D7 user LED, the charge LED) and other
things with lights or screens beside it (the router, the mesh, the phone's app). The clauses about them are dropped
before the light is read. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.slots import labelled_ref

__all__ = ["STATUS_LED", "drop_clauses", "drop_other_leds", "drop_other_things", "lamp_asked", "names_router",
           "router_light", "without_lamps", "without_router_lights"]


# Other lights on the board or around it (the blue D7 user LED, the charge LED, a relay shield's power LED):
# what customers say about them is not the status light.
_OTHER_LED = lazy(r"\b(d7|user led|onboard led|on board led|chg|charg\w* led|power led|relay|shield|small blue led"
                  r"|tiny blue led|blue led next to|led next to the usb)\b", re.IGNORECASE)
STATUS_LED = lazy(r"\b(status|rgb|main|multi ?-?colou?r|particle|big) (led|light)\b", re.IGNORECASE)


def drop_other_leds(s: str) -> str:
    """Remove the sentences, or the clauses of a sentence, that describe a light other than the status LED."""
    return drop_clauses(s, _OTHER_LED)


# Other things with lights, colours or screens that customers mention beside the device's light: a clause about them
# is not about the status light. Things with lights of their own (the router's) may stand beside the device: a clause
# that names the device too is kept ("the unit next to the router is blinking green"). What a screen shows is never
# the light, even when it names the device ("the app shows the sensor in red").
# Routers go by their kind, their maker or their provider's name ("the eero", "my BT hub", "the Xfinity gateway"):
# a hub is the router only with a provider's name, as customers call their own units hubs too (round 26).
_NEIGHBOURS = lazy(r"\b(router|modem|extender|repeater|mesh|tv|power ?strip|eero|orbi|deco|velop|google wi-?fi"
                   r"|nest wi-?fi|wi-?fi point|puck|gateway|ont|access point|node|satellite|nighthawk|netgear|linksys"
                   r"|tp-?link|asus|arris|xfinity|spectrum|verizon|fios|starlink|unifi"
                   r"|(wi-?fi|internet|isp|cable|fib(re|er)|sky|broadband|router) box"
                   r"|(bt|sky|virgin( media)?|smart|talk ?talk|plusnet|ee|vodafone|shell|hyperoptic|super) hub"
                   # Other things at home with lights: "the green was the microwave clock behind it" (the fourth blind
                   # exploratory test's correction was read as the unit's green).
                   r"|microwave|oven|stove|cooker|fridge|freezer|dishwasher|washing machine|washer|dryer|alarm clock"
                   r"|smoke (alarm|detector)|printer|xbox|playstation|night ?light)s?\b",
                   re.IGNORECASE)
_SCREENS = lazy(r"\b(app|phone|iphone|android|screen|laptop|computer|website|web ?page|icon|tick|check ?mark)s?\b",
                re.IGNORECASE)
_OWN_THING = lazy(r"\b(unit|device|sensor|photon|argon|board|thermostat|controller|gadget|module|plug)s?\b",
                  re.IGNORECASE)


# A lamp taken for the light asked about: "THE PORCH LIGHT IS ON, IT IS A NORMAL YELLOW BULB. IS THAT THE ONE?" (the
# fifth blind exploratory test, 81, was told to press RESET for a blinking yellow). Not a router: no router advice.
# "The little lamp on it has gone dark" is the unit's own light (answers_tuning4).
_LAMPS = lazy(r"(?<!little )(?<!tiny )(?<!small )(?<!its )(?<!status )\b(lamp|light ?bulb|bulb|lantern|flood ?light|porch light"
              r"|ceiling light|street ?light|christmas lights|fairy lights|light fixture)s?\b"
              r"(?! (?:on|in) (?:it|the (?:unit|device|sensor|box|board|thing|controller|front)))", re.IGNORECASE)
_SIMILE = lazy(r"\b(?:like|as|as if|similar to) (?:a|an|the|some)(?: \w+){0,2} (?:lamp|light ?bulb|bulb|lantern|flood ?light"
               r"|christmas lights|fairy lights)s?\b", re.IGNORECASE)
_THAT_ONE = lazy(r"\b(is|was) (it|that|this) (the|that|this) (one|light|thing)\b|\bthat one\b|\bwhich light\b"
                 r"|\bdo you mean\b", re.IGNORECASE)


def lamp_asked(text: str) -> bool:
    """A lamp told or asked about at a light question ("the porch light is on, is that the one?"), with nothing of
    the unit named beside it. Its clauses are not dropped before a light is read: customers call the unit's own light
    a lamp or a porch light too (the light-later bench lost two)."""
    if labelled_ref(text) is not None:
        return False  # "wich lamp r we talking about? bedrom one serial is P2MK...": the unit named (explore11's n08)
    text = _SIMILE.sub(" ", text)  # "jittery, like a dodgy bulb about to go": how it blinks (answers_tuning4)
    return _LAMPS.search(text) is not None and (
        _THAT_ONE.search(text) is not None or _OWN_THING.search(without_lamps(text)) is None)


def without_lamps(text: str) -> str:
    """The message without its clauses about a lamp."""
    return drop_clauses(text, _LAMPS, keep=_OWN_THING)


def names_router(text: str) -> bool:
    """The message names a router, modem or mesh, by kind, maker or provider."""
    return _NEIGHBOURS.search(text) is not None


def drop_other_things(s: str) -> str:
    """Remove the sentences or clauses about other things' lights and screens."""
    return drop_clauses(drop_clauses(s, _NEIGHBOURS, keep=_OWN_THING), _SCREENS)


def drop_clauses(s: str, other: re.Pattern[str], keep: re.Pattern[str] | None = None) -> str:
    """Remove the sentences, or the clauses of a sentence, that name `other` (unless they name the status LED, or
    match `keep`)."""
    if not other.search(s):
        return s
    kept = []
    for sentence in _sentences(s):
        if not other.search(sentence):
            kept.append(sentence)
            continue
        kept += [c for c in _clauses(sentence)
                 if not other.search(c) or STATUS_LED.search(c) or (keep is not None and keep.search(c))]
    return " . ".join(kept)


def _sentences(s: str) -> list[str]:
    return re.split(r"(?<=[.;!?\n])\s+", s)


def _clauses(sentence: str) -> list[str]:
    return re.split(r"\s+(?:and|but|while|whereas|after|when|since|because|once|before|until)\s+|,\s*", sentence)


def _all_clauses(text: str) -> list[str]:
    return [c for sentence in _sentences(text or "") for c in _clauses(sentence)]


# What a router's lights do, in a clause about the router: "the router lights are all orange", "the eero is blinking".
_LIGHT_WORDS = lazy(r"\b(lights?|leds?|lit|blink\w*|flash\w*|flicker\w*|glow\w*|puls\w*|solid|green|red|orange|amber"
                    r"|white|blue|purple|yellow|off)\b", re.IGNORECASE)


def without_router_lights(text: str) -> str:
    """The message without its clauses about the router's lights (what is left may be empty)."""
    return " . ".join(c for c in _all_clauses(text) if c.strip() and not _router_light_clause(c))


# Switching a thing off or on is no light told: "should i turn off the eero band steering" (explore11's n10 got "Those
# are your router's lights").
# Not "the power light is on": that is a light.
_SWITCHED = lazy(r"\b(?:turn|turned|turning|switch|switched|switching|shut)(?: \w+){0,4}? (?:off|on)\b|\bpowered (?:off|on)\b"
                 r"|\b(?:off|on) and (?:on|off)(?: again)?\b", re.IGNORECASE)


def _router_light_clause(clause: str) -> bool:
    clause = _SWITCHED.sub(" ", clause)
    return bool(_NEIGHBOURS.search(clause) and _LIGHT_WORDS.search(clause) and not _OWN_THING.search(clause))


def router_light(text: str) -> bool:
    """The message tells what the router's (or the mesh's, or the modem's) lights do, in a clause that does not name
    the unit: "my modem has an orange light, is that related?" (round 26: the router's white lights got the unit's
    white-light question). Not when another clause tells the unit's own light: "restarted the router, its lights came
    back. the light on the unit is still flashing green" tells the two apart already (explore11's n12 was told "Those
    are your router's lights")."""
    clauses = _all_clauses(text)
    if not any(_router_light_clause(c) for c in clauses):
        return False
    return not any(_OWN_THING.search(c) and _LIGHT_WORDS.search(c) and not _NEIGHBOURS.search(c) for c in clauses)
