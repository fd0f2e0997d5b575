"""Where the customer is, against where the unit is: away from it for now ("I'm on holiday", "it's at my mum's place 2
hours away"), back with it ("I'm home now", "he's there now"), or with it somewhere unusual ("travelling for work and
brought my sensor to the hotel"). The light questions wait for someone next to the unit (flows/troubleshoot/light.py).
Pure functions over a message's plain words. (Moved out of rules/asks.py, which re-exports them.)
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.remote_ask import asks_remote
from flows.troubleshoot.rules.text import message

__all__ = ["away_from_unit", "back_with_unit", "someone_there"]

# Not where the unit is, now: "I'm on holiday", "it's at my mum's place 2 hours away", "I'm managing this remotely".
_ME_AWAY = (r"(?:im|i am|i m|were|we are|we re|currently|atm|right now|at the moment|still)? ?(?:away|abroad|overseas"
            r"|travell?ing|on (?:holiday|holidays|vacation|vacay|hols|a trip|a business trip|the road|a plane|leave)"
            r"|out of (?:town|the country|state|station|the office)|not (?:at )?home|not there|not at the (?:house|property"
            r"|place|site|shop|farm)|not near (?:it|the (?:unit|device|house))|nowhere near (?:it|the)|in (?:another|a different)"
            r" (?:city|country|state|town)|at (?:work|uni|university|school|the office)|on (?:my|the) way"
            r"|(?:hours?|miles|km|kms) away)")
_AWAY_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:im|i am|i m|were|we are|we re) {_ME_AWAY}"
    r"|(?:wont|will not|won t|not) (?:be )?(?:home|back|there)(?: \w+){0,2} (?:till|until|til|before|for)"
    r"|(?:im|i m|i am|ill|i ll|i will|be|were|we re|we will|well|we ll|not|till im|until im|when im|get|getting)"
    r" (?:be )?(?:back|home) (?:next|on|in \d|in a|in an|this|tomorrow|tonight|friday|monday|tuesday|wednesday"
    r"|thursday|saturday|sunday|later|at the weekend|on the weekend)"
    r"|(?:remotely|remote location|from abroad|from overseas|from work)"
    r"|(?:cant|cannot|can t|unable to|no way to|not able to) (?:get to|reach|access|go to|get over to) (?:it|the (?:unit"
    r"|device|house|property|place|sensor))"
    r"|(?:its|it is|it s|the unit is|the device is|unit is|device is|thing is) (?:at|in|on) (?:my|our|the|a|his|her"
    r"|their) (?:other |holiday |vacation |rental |second |beach |lake |country |summer )?(?:house|home|place|cabin"
    r"|cottage|flat|apartment|property|parents|mums|moms|mum s|mom s|dads|grans|grandmas|nans|shop|store|office"
    r"|warehouse|farm|truck|van|boat|caravan|rv|lorry|unit|site|villa|chalet|barn|workshop|business)"
    r"(?: \w+){0,6}? (?:away|and im|and i m|and i am|im not|i m not|i am not|while im|but im|but i m|im in|i m in"
    r"|hours|miles|km)"
    r"|(?:my )?(?:tenant|tenants|renter|renters|guests|parents|mum|mom|dad) (?:has|have|got) it"
    r"|(?:im|i am|i m) in [a-z]+ (?:atm|right now|at the moment|for)"
    r"|(?:its|it is|it s|unit is|device is) in (?:a|the|my|our|his|her) (?:truck|van|boat|caravan|lorry|rv|camper)"
    r"|(?:im|i am|i m) not (?:with|by|next to|near) (?:it|the (?:unit|device|sensor))"
    r"|(?:cant|can t|cannot|wont be able to) (?:check|look|see|do (?:it|that|this))(?: at)?(?: it| the light)?"
    r" (?:till|until|til|before|now im|while im)"
    r")(?![a-z0-9])")
# Away in the past, or back: "it stopped while we were on holiday", "home now".
_BACK_RE = lazy(r"(?<![a-z0-9])(?:while (?:we|i) (?:were|was)|when (?:we|i) (?:were|was|got back|came back)"
                r"|(?:came|got|just got|just came) back|(?:im|i am|i m) (?:home|back|next to it|here) now"
                r"|home now|back now|was away|were away|work from home|working from home)(?![a-z0-9])")

_BACK_NOW_RE = lazy(r"^(?:(?:hi|hello|hey|ok|okay|right|so)\s+)*(?:(?:im|i am|i m|we re|were|we are) (?:back|home"
                    r"|here|next to it|with it)(?: now)?|back|home now|back now|hi|hello|hey)(?: again)?$")

# "he is there now, hes looking at it. what do u want him to check" (explore7 got "Sorry, I didn't get that").
_THEY_ARE_THERE_RE = lazy(r"(?<![a-z0-9])(?:he|she|they|someone|somebody|my \w+|hes|shes|theyre)(?: is| s| are| re)? (?:is |are )?"
                          r"(?:there|home|back|with it|next to it|by it|in front of it|looking at it)(?: now)?(?![a-z0-9])")


def back_with_unit(text: str) -> bool:
    """"hi, I'm back", "home now", "he's there now": the customer who was away (or someone) is with the unit again."""
    return _BACK_NOW_RE.search(message(text).plain) is not None or someone_there(text)


def someone_there(text: str) -> bool:
    """"he's there now": someone else is with the unit (said so, the customer relays)."""
    return _THEY_ARE_THERE_RE.search(message(text).plain) is not None


# The unit is with them, wherever they are: "travelling for work and brought my sensor to the hotel", "took the plug
# to my mum's to set it up" (the ninth test's n14 was told someone must be next to it, and asked to wait a day).
_WITH_ME_RE = lazy(r"(?<![a-z0-9])(?:(?:brought|took|taken|packed|carried|carrying|brung|bring|bringing|have|got) (?:it"
                   r"|them|the \w+|my \w+|this \w+|our \w+)(?: \w+){0,3}? (?:with me|with us|along|to (?:the|my|a|our"
                   r"|his|her|their) \w+)|(?:it s|its|it is|the \w+ is|the \w+ s|i have it|ive got it|i ve got it) (?:right"
                   r" )?(?:here )?(?:with me|next to me|in front of me|in my hand)|(?:with me|with us) (?:here|now|at|in|on)"
                   r"|testing (?:it|the \w+|my \w+) (?:at|in)|trying to (?:connect|set up|setup|get) (?:it|the \w+|my \w+)"
                   r"(?: \w+){0,2}? (?:here|at (?:the|my|a|our) \w+))(?![a-z0-9])")
# Away said first, without "I'm": "on vacation and my thermostat at home shows offline".
# The company's "remotely" in a remote ask.
_REMOTELY = lazy(r"\b(?:fix|reset|reboot|restart|check|update|see|access|do|push|look at|sort|turn)\w*(?: it| this| that| the \w+)?"
                 r"(?: (?:on|off|out))? remotely\b")
_AWAY_FIRST_RE = lazy(r"^(?:(?:hi|hey|hello|so|ok|okay|help|hiya)\s+)*(?:currently |still )?(?:on (?:holiday|holidays"
                      r"|vacation|a trip|a business trip)|away (?:from home|for)|abroad|overseas|out of town|at work)"
                      r"(?![a-z0-9])")


def away_from_unit(text: str) -> bool:
    """Whether the customer says they are not where the unit is for now ("I'm on holiday", "it's at my parents'
    house 2 hours away"), so they cannot look at it; not a unit hard to see at home, nor being away in the past,
    nor a unit they have with them on the road."""
    plain = message(text).plain
    if asks_remote(text):
        # "is there no way for you guys to fix it remotely": "remotely" is the company's there, not theirs (round 54)
        plain = _REMOTELY.sub(" ", plain)
    away = _AWAY_RE.search(plain) is not None or _AWAY_FIRST_RE.search(plain) is not None
    return away and _BACK_RE.search(plain) is None and _WITH_ME_RE.search(plain) is None
