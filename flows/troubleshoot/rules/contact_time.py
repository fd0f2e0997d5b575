"""When a customer wants to be reached, said with the contact: "call after 10am on 0171 555 2398", "evenings only
please", "weekdays between 2 and 5", "im on night shift so text dont call". The words are kept for support with the
contact and said back (the eleventh blind exploratory test's n24: "please call after 10 in the morning" got the number
confirmed and the time dropped). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.contacts import contacts

__all__ = ["when_to_reach"]

_CLOCK = (r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.?|p\.m\.?|h|hrs)?|noon|midday|lunch ?time|lunch|midnight"
          r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o ?clock)?)")
_PART = (r"(?:mornings?|afternoons?|evenings?|nights?|lunch ?times?|weekends?|weekdays?|week ?days|work ?hours"
         r"|office hours|business hours|(?:mon|tues?|wednes|wed|thurs?|fri|satur|sat|sun)(?:day)?s?)")
_WHEN = lazy(
    rf"(?<![\w@.])(?:(?:night|late|early|day|evening|morning) shifts?|(?:not |only |any ?time |anytime )?(?:after|before|between|from|until|till|til|by|around|at|past)"
    rf" {_CLOCK}(?:\s?(?:-|to|and|till|until)\s?{_CLOCK})?(?: (?:in the )?(?:morning|afternoon|evening|at night))?"
    rf"|(?:in the |on |at |during |only |(?:not |never )?(?:in|on|at) )?(?:the )?{_PART}(?! shift)(?: only)?"
    rf"|any ?time(?: after \S+)?|(?:text|message|sms|email|whatsapp)(?: me)?(?: only| instead| first)?,?"
    rf" (?:(?:please )?(?:dont|don t|do not|no|not) (?:call|ring|phone)\w*)"
    rf"|(?:no|dont|don t|do not|please dont) (?:calls?|ring|phone) ?(?:me)?(?: please)?"
    rf"|(?:prefer|rather|better|best) (?:a )?(?:text|texts|email|emails|call|calls)"
    rf"|(?:im|i m|i am) (?:at work|working|busy|asleep|sleeping)"
    rf"(?: (?:until|till|til|before|after|during|in the) [\w: ]{{1,12}})?)(?![\w])", re.IGNORECASE)
# Times that are no wish: the unit's own ("it stopped at 3pm"), or how long ago.
_NOT_A_WISH = lazy(r"(?:stopped|went|since|ago|yesterday|last|broke|offline|happened|started|died)", re.IGNORECASE)


def when_to_reach(text: str) -> str | None:
    """The customer's words for when (or how) to reach them, several joined ("weekdays, between 2 and 5"), or None."""
    rest = text
    for c in contacts(text):
        rest = rest.replace(c, " ")
    found: list[str] = []
    for m in _WHEN.finditer(rest):
        before = rest[max(0, m.start() - 25):m.start()]
        if _NOT_A_WISH.search(before):
            continue
        said = m.group(0).strip(" ,")
        if said and said.lower() not in (f.lower() for f in found):
            found.append(said)
    return ", ".join(found)[:80] or None if found else None
