"""Contact details a customer gives for support to reach them: an e-mail address (typed, or said in words: "jane at
gmail dot com"), a call-back number, or none ("here is fine", "you already have it", "text me on this number").
Pure functions.
"""

from __future__ import annotations

import re

from flows.troubleshoot.rules.intents import asks_for_person
from flows.troubleshoot.rules.text import fold, message

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE_RE = re.compile(r"(?<![\w(])(\+?\(?\d[\d\s().\-]{5,}\d)(?![\w])")


def contact(text: str) -> str | None:
    """A phone number or e-mail address the customer gave for a call-back, exactly as typed (the e-mail first);
    None if none."""
    found = contacts(text)
    return found[0] if found else None


def contacts(text: str) -> list[str]:
    """Every e-mail address and call-back number in `text`, e-mail first ("my email is a@b.com and phone 555 123
    4567": both; a blind exploratory test had the number dropped)."""
    raw = fold(text)
    found = [m.group(0).rstrip(".") for m in _EMAIL_RE.finditer(raw)]
    for m in _PHONE_RE.finditer(raw):
        digits = re.sub(r"\D", "", m.group(1))
        if 7 <= len(digits) <= 15 and not re.fullmatch(r"[0-9a-fA-F]{24}", m.group(1)) \
                and _offered(raw, m.start(1), m.end(1)) and not any(m.group(1).strip() in f for f in found):
            found.append(m.group(1).strip())
            break
    return found


# Words that offer a number ("call me on", "my cell is", "reach me at"). Without one, only a message that is
# little more than the number offers it: the numbers in a pasted scanner readout ("(2427 - 2447) 20MHz", "rates
# 6 9 12 18 24"), a date or a firmware build are not a call-back number.
_OFFER_RE = re.compile(r"\b(?:call|calls|called|calling|callback|ring|text|txt|phone|number|num|mobile|cell|cellphone|"
                       r"tel|telephone|reach|contact|whatsapp|sms|landline|digits|back|(?:i.?m|i am) on)\b", re.IGNORECASE)


_DATE_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def _offered(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is offered: its line has words that offer it or ask for a person, or the
    message is little more than the number (and it is not a date)."""
    if _DATE_RE.fullmatch(text[start:end].strip()):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:start] + " " + text[end:line_end if line_end >= 0 else len(text)]
    rest = text[:start] + " " + text[end:]
    return bool(_OFFER_RE.search(line)) or asks_for_person(message(line)) or \
        len(re.findall(r"[A-Za-z]+", rest)) <= 3


_DECLINE_RE = re.compile(
    r"^(skip|skip it|skip this|skip that|pass|no|nope|no thanks|no thank you|nah|not now|rather not|id rather not"
    r"|i would rather not|dont want to|i dont want to|none|no need|here is fine|here|just here|this is fine)$")


def declines_contact(text: str) -> bool:
    """True when the customer declines to leave an e-mail or phone number ("skip", "no thanks", "here is fine")."""
    return bool(_DECLINE_RE.match(message(text).plain))
