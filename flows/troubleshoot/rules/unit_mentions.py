"""Units in a first message beyond units.units_in_opener's: one unit named twice, one among several owned (neither is
"several units down"), and units named in plain words as "the garage one", "the basement sensor".

The tenth blind exploratory test's "garage-door ARNKAB812MJ7RPC wont connect" and "my kitchen-hub, serial
P2MKAB4309QXJ6W, is offline" were told "When several units go offline at the same time, the cause is usually the
Wi-Fi or router they share", and after the fix "You also mentioned garage-door", the unit just fixed. "one of my
devices stopped working" got the same. `same_unit` folds a name that stands right beside a serial or device ID (only
"serial", "aka", a comma or brackets between them) into that serial; `one_of_several` is true for "one of my
devices", "the one in the basement", said of one unit. The blind round 45 found the other way wrong too: "the garage
one and the kitchen one stopped working", "porch sensor is offline and so is the basement sensor" were one unit;
`plain_units` finds such units, by a place or thing and a unit's noun.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import slots

__all__ = ["one_of_several", "plain_units", "same_unit"]

# What may stand between a unit's name and its serial when they are the same unit: "kitchen-hub, serial P2MK...",
# "garage door (s/n ARNK...)", "hallway unit aka HLW...", "P2MK... which is the kitchen hub".
_BETWEEN = lazy(r"^[\s,:;()\[\]\-#.=]*(?:(?:its|it's|it is|is|with|has|the|a|my|our|serial|serial number|serial no|serial #|sn"
                r"|s/n|s n|id|device id|number|no|num|aka|a\.k\.a\.?|also known as|also called|called|named|which is|that is"
                r"|thats|that's|on the (?:bottom|back|label|sticker)(?: says)?|label says|sticker says|says|reads|for"
                r"|the one|one)[\s,:;()\[\]\-#.=]*){0,5}$", re.IGNORECASE)
_ONE_OF = lazy(r"\bone of (?:my|our|the|his|her|your|them|those|these|\d+|two|three|four|five|several|many)\b"
               r"|\b(?:i|we) (?:have|own|got|bought) (?:\d+|two|three|four|five|six|several|a few|a couple of|some|many)"
               r" (?:of )?(?:your |the |these |those )?(?:\w+ )?(?:units|devices|sensors|gadgets|boxes|things|modules|ones|plugs|cameras|monitors|hubs|switches"
               r"|detectors|controllers|trackers)\b"
               r"|\bthe (?:other (?:ones?|units?|devices?) (?:is|are|work|works|seem|seems)|rest (?:are|work|seem))\b")
_SEVERAL_DOWN = lazy(r"\b(?:both|all|none|neither|every one|each of them|two of them|three of them)\b")


def _span(name: str, text: str) -> tuple[int, int] | None:
    """Where `name` is in `text`, its words apart by spaces, dashes or underscores ("garage door", "garage-door")."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    if not words:
        return None
    found = re.search(r"[\s_\-]*".join(re.escape(w) for w in words), text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def same_unit(text: str, refs: list[str]) -> list[str]:
    """`refs` (units_in_opener's, in order) without the names that stand beside a serial or device ID: the same unit,
    kept by its serial, the surer of the two."""
    codes = [r for r in refs if slots.labelled_ref(r)]
    if not codes or len(refs) < 2:
        return refs
    spans = {r: _span(r, text) for r in refs}
    kept = []
    for ref in refs:
        here = spans[ref]
        twin = here is not None and ref not in codes and any(
            (there := spans[code]) is not None and _BETWEEN.match(_gap(here, there, text)) for code in codes)
        if not twin:
            kept.append(ref)
    return kept


def _gap(a: tuple[int, int], b: tuple[int, int], text: str) -> str:
    return text[a[1]:b[0]] if a[0] < b[0] else text[b[1]:a[0]]


def one_of_several(text: str) -> bool:
    """Whether the message is about one unit among several owned ("one of my devices stopped working", "I have 3 of
    your sensors, the one in the basement won't connect"), and not several down ("both", "all of them")."""
    lowered = text.lower()
    return _ONE_OF.search(lowered) is not None and _SEVERAL_DOWN.search(lowered) is None


# "the garage one", "my basement sensor", "porch sensor", "the one in the kitchen": a unit by where or what it is;
# a room or place alone when it is said to be down ("living room went offline").
_NOUN = r"(?:one|unit|sensor|hub|device|plug|camera|monitor|switch|thing|box|gadget|detector|controller|opener|tracker)"
_PLACE = (r"(?:living ?room|bed ?room|kitchen|garage|basement|porch|hallway|hall|office|attic|nursery|den|patio|garden"
          r"|shed|lounge|loft|cellar|barn|workshop|greenhouse|upstairs|downstairs|front door|back door|side door|garage door"
          r"|front yard|back yard|backyard|driveway|pool|dining ?room|laundry|bathroom|study|playroom|guest ?room)")
_STOP = (r"(?:other|same|new|old|first|second|last|only|main|wifi|wi fi|router|a|an|any|every|each|some|which|what|no"
         r"|this|that|one|is|it|its|im|i|we|my|our|your|the|and|also|but|so|of|to|in|on|at|all|both|two|three"
         # "the app one", "the sticker one", "the green one": a password, a light, a router, not a unit
         r"|app|password|pw|key|sticker|admin|account|email|login|network|internet|hotspot|phone|right|wrong|correct"
         r"|real|previous|original|replacement|green|blue|cyan|red|white|orange|light|fast|slow|normal|mesh|google"
         r"|nest|eero)")
_PLAIN = lazy(rf"(?:\b(?:the|my|our|his|her) |(?:^|[.,;!?] |\b(?:also|and|plus|but|so is|neither is|nor) ))"
              rf"(?P<name>(?!{_STOP}\b)[a-z]+(?: (?!{_STOP}\b)[a-z]+)?) (?P<noun>{_NOUN})\b(?! (?:of|that|which|i|we)\b)"
              r"|\bthe (?:one|unit|sensor) (?:in|on|by|at|near|outside|upstairs in|downstairs in) (?:the |my |our )?"
              rf"(?P<place>{_PLACE})\b"
              rf"|(?:^|[.,;!?] |\b(?:also|and|plus|but|the|my|our) )(?P<room>{_PLACE})(?: {_NOUN})?"
              r"(?= (?:is |isnt |has |went |keeps |wont |cant |also |too |stopped|dropped|offline|down|dead|not|disconnect))")
# Two units down, told apart: "and so is", "also", "neither will", "as well", "too" ...
_TWO = lazy(r"\b(?:and|also|too|neither|nor|so is|so does|as well|plus|both|same with|same for|same goes)\b|[+&]")
_IS_DOWN = lazy(r"\b(?:offline|off line|down|dead|not (?:working|connecting|online)|disconnected|dropped|wont connect"
                r"|cant connect|isnt connecting|lost|stopped|broken|not responding|stuck|blinking|flashing|neither)\b")
_NOUNS = frozenset(_NOUN.strip("(?:)").split("|"))


def plain_units(text: str) -> list[str]:
    """The units a first message names in plain words ("the garage one", "the one in the kitchen", "living room"),
    when it names two or more as down; [] otherwise."""
    lowered = " ".join(re.findall(r"[a-z0-9]+|[.,;!?+&]", text.lower().replace("'", "")))
    lowered = re.sub(r" ([.,;!?])", r"\1", lowered)
    found: list[tuple[str, set[str]]] = []
    for m in _PLAIN.finditer(lowered):
        if m.group("name"):
            name = f"the {m.group('name')} {m.group('noun')}"
        else:
            place = m.group("place") or m.group("room")
            name = f"the one in the {place}" if m.group("place") else place
        words = set(name.split()) - _NOUNS - {"the", "in"}
        # One unit named again ("the garage one" ... "garage"), not two that share a word ("front door", "back door").
        if words and not any(words <= other or other <= words for _, other in found):
            found.append((name, words))
    if len(found) < 2 or not _TWO.search(lowered) or not _IS_DOWN.search(lowered) or _one_said(lowered):
        return []
    return [name for name, _ in found]


def _one_said(lowered: str) -> bool:
    """"I have two sensors, the basement one is offline, the garage one is fine": one down."""
    return re.search(r"\b(?:is|are|works?|working|seems?) (?:fine|ok|okay|good|working|online|connected)\b", lowered) \
        is not None
