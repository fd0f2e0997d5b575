"""Has the light been like this for a long time already? ("it's been breathing purple since Saturday", "for 3 days now",
"waiting won't change anything"). A light that only needs a wait (an update, safe mode: docs/particle-facts.md 1) and
has lasted hours or days will not change by itself, so the wait is not asked for again (the eighth blind exploratory
test's four days of safe mode got "please give it a few more minutes"). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["waited_long", "waited_past"]

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_LONG = lazy(
    rf"\bsince (?:last )?(?:{_DAY}|yesterday|the (?:weekend|update|power cut|storm|outage)|last (?:week|night|month)"
    r"|(?:this )?morning|then|forever|ages)\b"
    r"|\b(?:for|over|about|nearly|almost|like) (?:a |an |one |two |three |four |five |several |many |\d+ )?(?:hours|days|weeks"
    r"|months|whole (?:day|night|week|weekend)|ages|a day|a week|a while now|24 hours|a long time|so long)\b"
    r"|\b(?:two|three|four|five|six|several|many|\d+) (?:hours|days|weeks)(?: now| already| straight| in a row)?\b"
    r"|\ball (?:day|night|week|weekend)\b|\b(?:hours|days) (?:now|already|on end)\b"
    r"|\b(?:waiting|wait|waited) (?:\w+ ){0,3}(?:wont|will not|isnt going to|not going to) (?:change|help|fix|do)\b"
    r"|\b(?:not|never|isnt|wont) (?:going to |gonna )?(?:finish|end|stop|change)\w* (?:by itself|on its own)?\b"
    r"|\balready waited\b|\bwaited (?:for )?(?:hours|days|ages|a day|all day)\b"
    # "since we got it", "ever since the move", "always has been": since long ago (explore10's n23, pulsing light blue)
    r"|\bsince (?:we|i) (?:got|bought|installed|set|plugged|moved|put)\b|\bever since\b|\balways (?:been|is|has been)\b"
    r"|\b(?:it s|its|it has) been (?:like (?:this|that) |doing (?:this|that) )?(?:forever|ages|for ages)\b"
    r"|\bfor (?:as long as|longer than) (?:i|we) can (?:remember|tell)\b|\b(?:a couple|a few|couple) (?:of )?(?:hours|days"
    r"|weeks)\b|\b(?:the )?(?:last|past) (?:few |couple of |several |\d+ )?(?:hours|days|weeks)\b"
    r"|\bsame as (?:yesterday|last (?:night|week)|before|always)\b"
    # "way more than 5 minutes", "its been hours" (explore12's n10)
    r"|\b(?:way|much|far|a lot|lot) (?:more|longer) than (?:\d+|five|ten|a few|that)\b|\bbeen (?:hours|days|ages|weeks)\b"
    r"|\b\d+(?:\.\d+)? ?(?:hrs?|hours|days|weeks)\b|\bsince (?:about |like |around )?\d{1,2}(?: ?[:.]\d\d)? ?(?:am|pm|o ?clock"
    r"|this|last|yesterday)\b|\b(?:overnight|all night|last night)\b")


def waited_long(text: str) -> bool:
    """Whether the customer says the light has been like this for hours or days, or that waiting won't change it."""
    return _LONG.search(message(text).plain) is not None


_NUMBERS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30,
            "forty": 40, "forty five": 45, "fifty": 50, "sixty": 60, "a few": 3, "a couple of": 2, "couple": 2}
# A wait in minutes told ("waited 10 mins", "its been 20 minutes", "after fifteen min"), not one to come ("in 10 minutes",
# "give it 10 more minutes").
_MINUTES = lazy(r"(?<!\bin )(?<!\bfor another )(?<!\bgive it )\b(\d+|five|six|seven|eight|nine|ten|fifteen|twenty|thirty"
                r"|forty(?: five)?|fifty|sixty|a few|a couple of|couple)(?: more| or so| odd|ish)? ?(?:mins?|minutes?|m)\b"
                r"(?! (?:more|later|from now))")
_HOUR = lazy(r"\b(?:half an hour|an hour|one hour|hour and a half|1 hour|an hr|1 hr|half hour|30 ?mins?)\b"
             r"|\b(?:ages|forever|a long time|so long|long enough)\b")


def waited_past(text: str, minutes: int) -> bool:
    """Whether the customer says the light has stayed so for at least `minutes` already ("waited 10 mins, still the same
    purple", "its been an hour"), hours and days included: a wait asked for that is over (the thirteenth blind
    exploratory test's c09 was asked to wait five minutes more after ten)."""
    plain = message(text).plain
    if waited_long(text) or _HOUR.search(plain):
        return True
    for m in _MINUTES.finditer(plain):
        value = m.group(1)
        if (int(value) if value.isdigit() else _NUMBERS.get(value, 0)) >= minutes:
            return True
    return False
