"""Whether someone is with the unit now, after the customer said they were away from it ("I'm at work, it's at
home"): the customer themselves ("ok I'm home now", "just walked in, looking at it") or someone they relay
("my husband is standing in front of it now", "got my son on the phone, he's right next to it").

The seventh blind exploratory test's "he is there now, hes looking at it" got "Sorry, I didn't get that"; the
reader written for it took 5 of round 34's 20 such messages, written blind. This one reads who (a person) and
where they are (at the unit, at the place, looking at it), clause by clause, and not when that is still to come or
denied ("he'll be there at 6", "nobody's home yet"). Pure functions.
"""

from __future__ import annotations

from typing import Literal

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["with_unit"]

_KIN = (r"(?:mom|mum|mother|dad|father|son|daughter|wife|husband|hubby|partner|kid|kids|child|children|boy|girl|brother"
        r"|sister|neighbou?r|roommate|flatmate|housemate|friend|grandma|grandpa|granny|nan|nana|babysitter|nanny|cleaner"
        r"|tenant|landlord|boss|colleague|coworker|co worker|manager|employee|staff|guy|man|lady|tech|electrician"
        r"|family|parents?|teenager|bf|gf|boyfriend|girlfriend|fiance|fiancee|spouse|other half)")
_OTHER = (rf"(?:he|hes|he s|she|shes|she s|they|theyre|they re|theyve|someone|somebody|(?:my|our|the) (?:\w+ )?{_KIN}s?"
          rf"|{_KIN}s?|{_KIN} s|[a-z]+ s)")
_SELF = r"(?:i|im|i m|i am|ive|we|were|we re|we are|weve)"
_BE = r"(?: is| s| are| re| am| m| has| have| ve| just| now| finally| already| got| went| made it)*"
_AT = (r"(?:(?:standing|sitting|right|now|just|already|finally) )*(?:there|here|home|back(?: home)?|in|inside|over there"
       r"|with it|next to it|by it|near it|beside it|in front of it|at it|in the room|at the (?:house|home|place|property"
       r"|office|shop|store|cabin|cottage|flat|apartment|unit|barn|garage|farm)|at home|at the \w+ s"
       r"|(?:next to|by|in front of|near|beside|with) the (?:unit|device|thing|sensor|box|gadget|\w+))")
_THERE = lazy(
    rf"\b(?P<who>{_SELF}|{_OTHER}){_BE} {_AT}\b"
    rf"|\b(?P<who2>{_SELF}|{_OTHER}){_BE} (?:(?:is|are|am|s|re|m) )?(?:looking at|checking|staring at|watching|holding"
    r"|got eyes on|has eyes on|can see|see|sees|in front of) (?:it|the (?:unit|device|thing|light|sensor|box|\w+))\b"
    rf"|\b(?P<who3>{_SELF}|{_OTHER}){_BE} (?:just )?(?:got home|got back|got there|got here|got in|came home|came back"
    r"|arrived|walked in|made it|home now|back now|here now|there now|went over|popped over|came over|stopped by"
    r"|dropped by|is over there)\b"
    r"|^(?:(?:ok|okay|right|so|yes|yeah|alright) )*(?P<self>(?:just )?(?:walked in|got home|got back|home now|back home"
    r"|here now|looking at it|in front of it|next to it|with it now|at the house))\b"
)
# Still to come, or not at all: "he'll be there at 6", "nobody's home yet", "not till tonight", "when she gets back".
_NOT_YET = lazy(r"\b(?:will|ll|wont|won t|gonna|going to|when|once|until|till|til|later|soon|tomorrow|tonight|yet|not"
                r"|isnt|isn t|arent|aren t|cant|can t|cannot|no one|nobody|noone|nobodys|(?:hell|shell|theyll|ill|well) be"
                r"|after|before|in (?:an?|\d+) (?:hour|hours|min|mins|minutes)|at \d|by \d|on (?:his|her|their|my) way)\b")


def with_unit(text: str) -> Literal["self", "other"] | None:
    """"self" when the customer is with the unit now, "other" when someone they relay is, None for neither."""
    for clause in message(text).clauses or ():
        found = _THERE.search(clause)
        if found is None or _NOT_YET.search(clause):
            continue
        who = found.group("who") or found.group("who2") or found.group("who3") or ("i" if found.group("self") else "")
        first = who.split()[0] in ("i", "im", "ive", "we", "were", "weve") or who in ("i m", "i am", "we re", "we are")
        return "self" if first else "other"
    return None
