"""A unit named by what it is, in a first message: "garage opener", "kitchen hub is DEAD", "a porch sensor for my
mother", "the hub in the kitchen". Pure functions; `units.unit_in_opener` asks here first.

The fourth blind exploratory test was asked for the serial of three units it had named this way ("garage opener"
for garage-door; "porch sensor for my mother", read as "mother"; the kitchen hub after "im contacting you people").
A phrase that ends in such a word is looked up by a word of a unit's name too ("name_word"): "garage opener" is the
account's one unit with "garage" in its name (bot/cloud/names.py).
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["DEVICE_NOUNS", "beside_a_thing", "device_phrase", "names_a_device", "new_unit"]

# What a unit is, in customers' words (a unit's name often ends in one: porch-sensor, kitchen-hub, garage-door).
DEVICE_NOUNS = frozenset("sensor sensors hub opener door doorbell thermostat monitor pump camera cam plug switch gate "
                         "lock heater controller tracker detector alarm meter feeder sprinkler valve unit device thing "
                         "gadget box".split())
# Words that qualify no unit: "my", "the", "new", "smart", what is wrong ("dead"), greetings.
_NOT_A_MODIFIER = frozenset("my the our your his her their a an this that these those its it is s new old smart little "
                            "wifi wireless main other same one any every some no hi hello hey and or but so of for to "
                            "in on at with i im we you they he she me us them was were be been are not dead broken "
                            "stupid damn bloody whole entire same wont cant doesnt isnt called named".split())
# "the hub in the kitchen", "the sensor on the porch": the place before the noun.
_NOUN_AT = lazy(r"\b(?P<noun>\w+) (?:in|on|by|at|near|outside|inside) (?:the|my|our|her|his|their) (?P<place>\w+)\b")
# Not a unit, whatever comes before: "my kitchen wifi", "the porch light".
_NOT_A_UNIT = frozenset("wifi internet router modem network light lights lamp tv phone signal connection app".split())
_GENERIC = frozenset("unit device thing gadget box".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def device_phrase(text: str) -> str | None:
    """The words that name a unit by what it is ("garage opener", "porch sensor", "kitchen hub"), or None."""
    tokens = message(text).plain.split()
    for m in _NOUN_AT.finditer(" ".join(tokens)):
        if m.group("noun") in DEVICE_NOUNS - _GENERIC and m.group("place") not in _NOT_A_MODIFIER | _NOT_A_UNIT:
            return f"{m.group('place')} {m.group('noun')}"
    for i, word in enumerate(tokens):
        if word not in DEVICE_NOUNS or i == 0:
            continue
        mods: list[str] = []
        for prev in reversed(tokens[max(0, i - 2):i]):
            if prev in _NOT_A_MODIFIER or prev in DEVICE_NOUNS or prev in _NOT_A_UNIT or not prev.isalnum():
                break
            mods.insert(0, prev)
        if mods:  # "my porch sensor light is green" too: the unit's own light
            end = i + 1
            while end < len(tokens) and tokens[end] in DEVICE_NOUNS:
                end += 1  # "the garage door unit", "the gate opener"
            after = tokens[end] if end < len(tokens) else ""
            number = [after] if after.isdigit() or after in _NUMBER_WORDS else []  # "pump 2", "sensor two"
            return " ".join([*mods, *tokens[i:end], *number])
    return None


def names_a_device(phrase: str) -> bool:
    """Whether a phrase ends in what a unit is ("garage opener"): a word of a unit's name then finds it."""
    words = phrase.split()
    return len(words) >= 2 and words[-1] in DEVICE_NOUNS


def beside_a_thing(phrase: str, clause: str) -> bool:
    """Whether `phrase` ends in, or comes just before, a word for something that is no unit: "kitchen wifi",
    "porch" in "the porch light keeps flickering"."""
    words = phrase.split()
    if words and words[-1] in _NOT_A_UNIT:
        return True
    tokens = clause.split()
    for i in range(len(tokens) - len(words)):
        if tokens[i:i + len(words)] == words:
            return tokens[i + len(words)] in _NOT_A_UNIT
    return False


# A unit told as new, never set up or not added yet: "i bought a new photon yesterday", "its brand new, i just havent
# added it in the app yet" (the fifth blind exploratory test's new unit, not on the account yet, was handed to support
# with a day's wait and no word about adding it).
_NEW_UNIT = lazy(r"\b(?:brand new|new (?:photon|argon|p2|unit|device|one|sensor|board|controller|hub)|just (?:bought|got"
                 r"|received|unboxed|arrived)|never (?:been )?set (?:it )?up|havent (?:added|set up|registered|claimed)"
                 r"|not (?:added|set up|registered|claimed)(?: it)? yet|out of the box|first time setting"
                 r"|still in the box|bought (?:it|one|a new))\b")


def new_unit(plain: str) -> bool:
    """The unit is told as new or not added yet (on the plain text: see text.message)."""
    return _NEW_UNIT.search(plain) is not None
