"""A unit named by where it is, not by its name or serial: "its the one in the shed", "the porch thing", "the kitchen
one", "the one out in the back shed". The place is looked up among the account's own units by a word of their names
(bot/cloud/names.py `match_word`: "shed" is shed-monitor when no other unit's name has it). Pure functions.

The eleventh blind exploratory test's n21 was asked for the serial twice after "it's the one in the shed", with a
unit called shed-monitor on the account.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["place_phrase"]

# Words that say where within a place ("the back shed", "out in the garden shed"): kept with the place, and no unit's
# name by themselves (names.py tolerates them beside a place).
_WHERE = r"(?:front|back|rear|side|garden|upstairs|downstairs|upper|lower|top|bottom|little|big|old|main|far|outside)"
_ON = r"(?:in|on|at|by|near|outside|inside|next to|beside|above|over|under|in front of|behind)"
_OF = r"(?:the|my|our|her|his|their|mums|moms|dads)"
_THING = r"(?:one|thing|thingy|unit|device|gadget|box|sensor|monitor|hub|opener|controller|sensor thing)"
# "the one in the shed", "the one thats out in the shed", "one on the porch"
_ONE_AT = lazy(rf"\b(?:one|unit|device|thing|sensor|monitor|hub)(?: that s| thats| that is| which is| i have| we have)?"
               rf"(?: (?:out|up|down|over|back|round|outside))? {_ON} (?:{_OF} )?(?P<place>(?:{_WHERE} )?\w+(?: room)?)\b")
# "the kitchen one", "the porch thing", "my garage unit", "the living room one"
_PLACE_ONE = lazy(rf"\b(?:the|my|our|its|it s|that|this) (?P<place>(?:{_WHERE} )?\w+(?: room)?) {_THING}\b")
# "its in the shed", "it's out on the porch": only with a word for a place (any word there may be an app or a label).
_PLACES = (r"(?:shed|garage|porch|kitchen|living room|lounge|bedroom|basement|cellar|attic|loft|garden|yard|barn|office"
           r"|hall|hallway|greenhouse|workshop|studio|nursery|bathroom|laundry|utility room|pantry|conservatory|patio"
           r"|deck|driveway|gate|pool|den|dining room|family room|spare room|playroom|summerhouse|cabin|boathouse)")
_IN_PLACE = lazy(rf"\b(?:its|it s|it is|thats|that s|the unit is|the device is|it sits|sits|lives|mounted)(?: \w+)?"
                 rf"(?: (?:out|up|down|over|back|round))? {_ON} (?:{_OF} )?(?P<place>(?:{_WHERE} )?{_PLACES})\b")
# Not a place: what the words may be about instead ("the one on the label", "the one in the app", "my new one").
_NOT_PLACES = frozenset("app label sticker box moment end list account phone router modem wifi internet network "
                        "website site screen page email picture photo left right same other new old first second last "
                        "broken offline dead only one it that this a an the my our".split())


def place_phrase(text: str) -> str | None:
    """The words of a place a unit is named by ("shed", "back shed", "living room"), or None."""
    plain = message(text).plain
    for pattern in (_ONE_AT, _PLACE_ONE, _IN_PLACE):
        for m in pattern.finditer(plain):
            place = m.group("place")
            if place.split()[-1] not in _NOT_PLACES and not place.split()[-1].isdigit():
                return place
    return None
