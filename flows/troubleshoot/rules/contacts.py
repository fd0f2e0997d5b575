"""Contact details a customer gives for support to reach them: an e-mail address (typed, or said in words: "jane at
gmail dot com"), a call-back number, or none ("here is fine", "you already have it", "text me on this number").
Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.intents import asks_for_person
from flows.troubleshoot.rules.text import fold, message

_EMAIL_RE = lazy(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE_RE = lazy(r"(?<![\w(])(\+?\(?\d[\d\s().\-]{5,}\d)(?![\w])")


def contact(text: str) -> str | None:
    """A phone number or e-mail address the customer gave for a call-back, exactly as typed (the e-mail first);
    None if none."""
    found = contacts(text)
    return found[0] if found else None


# An address said in words, as voice typing writes it ("jane dot doe at gmail dot com", "sam (at) mail [dot] net"): a
# blind exploratory test's "jane at gmail dot com" was added to the case as a note and the question asked again.
# "at the rate (of)" is how "@" is said in Indian English.
_W_AT = r"\s*(?:\(at\)|\[at\]|\bat the rate(?: of)?\b|\bat\b|@)\s*"
_W_DOT = r"\s*(?:\(dot\)|\[dot\]|\bdot\b|\bpoint\b|\.)\s*"
# Voice typing writes the digits of an address apart ("john dot smith 58 at gmail dot com": the tenth blind
# exploratory test's was kept as 58@gmail.com): a space before digits joins them too.
_W_JOIN = r"\s*(?:\bunderscore\b|\bhyphen\b|\bdash\b|\bperiod\b|[_\-])\s*|\s+(?=\d+\b)"
_W_PART = r"[a-z0-9][a-z0-9._%+\-]*"
_SPOKEN_EMAIL_RE = lazy(rf"(?<![a-z0-9._%+\-])(?P<local>{_W_PART}(?:(?:{_W_DOT}|{_W_JOIN}){_W_PART})*){_W_AT}"
                        rf"(?P<domain>{_W_PART}(?:(?:{_W_DOT}|{_W_JOIN}){_W_PART})*{_W_DOT}[a-z]{{2,12}})\b")
_SAID_SIGNS = ((r"\(at\)|\[at\]|\bat the rate(?: of)?\b|\bat\b", "@"), (r"\(dot\)|\[dot\]|\bdot\b|\bpoint\b|\bperiod\b", "."),
               (r"\bunderscore\b", "_"), (r"\bhyphen\b|\bdash\b", "-"), (r"\s+", ""))


def _spoken_emails(raw: str) -> list[str]:
    """E-mail addresses said in words, written as addresses (lower case)."""
    found = []
    for m in _SPOKEN_EMAIL_RE.finditer(raw.lower()):
        said = m.group(0)
        if not re.search(r"\bat\b|\(at\)|\[at\]|\bdot\b|\(dot\)|\[dot\]", said) or re.search(r"\s\.|\.\s", said):
            continue  # typed as an address (_EMAIL_RE's), or sentences ("he is at work. com")
        for pattern, sign in _SAID_SIGNS:
            said = re.sub(pattern, sign, said)
        if _EMAIL_RE.fullmatch(said):
            found.append(said)
    return found


def contacts(text: str, asked: bool = False) -> list[str]:
    """Every e-mail address and call-back number in `text`, e-mail first ("my email is a@b.com and phone 555 123
    4567": both; a blind exploratory test had the number dropped). `asked`: the answer to "how can they reach you?",
    where any number is offered ("555 201 3344 but only after 6 in the evening please", explore11's n24)."""
    raw = fold(text)
    found = [m.group(0).rstrip(".") for m in _EMAIL_RE.finditer(raw)] or _spoken_emails(raw)
    for m in _PHONE_RE.finditer(raw):
        digits = re.sub(r"\D", "", m.group(1))
        if 7 <= len(digits) <= 15 and not re.fullmatch(r"[0-9a-fA-F]{24}", m.group(1)) \
                and (asked and not _DATE_RE.fullmatch(m.group(1).strip()) or _offered(raw, m.start(1), m.end(1))) \
                and not any(m.group(1).strip() in f for f in found):
            found.append(m.group(1).strip())
            return found
    return found + _spoken_phone(raw)[:1]


# A number said in words, as voice typing or a careful customer writes it ("five five five, one two three...", "oh
# seven seven double two ..."): a blind exploratory test's was added to the case as a note and the question asked
# again. Digits may mix in ("555 two one two ..."); "double"/"triple" repeat the next digit.
_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_REPEAT_WORDS = {"double": 2, "triple": 3, "treble": 3}
_NUMBER_TOKEN_RE = lazy(r"\+|[a-z]+|\d+")


def _is_digit(token: str) -> bool:
    return token.isdigit() or token in _REPEAT_WORDS or (token in _DIGIT_WORDS and token not in ("o", "oh"))


def _spoken_phone(raw: str) -> list[str]:
    """The first call-back number said (partly) in words, as digits ("+" kept); [] when none is offered."""
    tokens = _NUMBER_TOKEN_RE.findall(raw.lower())
    runs: list[tuple[str, int, int]] = []  # (digits, first token, last token + 1)
    digits, start, repeat, worded = "", 0, 1, False
    padded = [*tokens, "."]
    for i, tok in enumerate(padded):
        if tok in _REPEAT_WORDS:
            repeat = _REPEAT_WORDS[tok]
            start = i if not digits else start
            continue
        said = _DIGIT_WORDS.get(tok) or (tok if tok.isdigit() else None)
        # "oh" and "o" are zero only beside other digits ("oh seven seven ..."), not "oh well".
        if said is not None and (tok not in ("o", "oh") or digits or _is_digit(padded[i + 1])):
            start = i if not digits and repeat == 1 else start
            digits += said * repeat if len(said) == 1 else said
            worded = worded or said != tok
        elif tok in ("+", "plus"):
            if not digits:
                digits, start = "+", i  # a country code follows; mid-number it changes nothing
        else:
            if worded and 7 <= len(digits.lstrip("+")) <= 15:
                runs.append((digits, start, i))
            digits, worded = "", False
        repeat = 1
    for number, first, end in runs:
        rest = [t for j, t in enumerate(tokens) if not first <= j < end and t.isalpha()]
        if _OFFER_RE.search(" ".join(rest)) or len(rest) <= 3:
            return [number]
    return []


# Words that offer a number ("call me on", "my cell is", "reach me at"). Without one, only a message that is
# little more than the number offers it: the numbers in a pasted scanner readout ("(2427 - 2447) 20MHz", "rates
# 6 9 12 18 24"), a date or a firmware build are not a call-back number.
_OFFER_RE = lazy(r"\b(?:call|calls|called|calling|callback|ring|text|txt|phone|number|num|mobile|cell|cellphone|"
                 r"tel|telephone|reach|contact|whatsapp|sms|landline|digits|back|(?:i.?m|i am) on)\b", re.IGNORECASE)


_DATE_RE = lazy(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


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


_DECLINE_RE = lazy(
    r"^(skip|skip it|skip this|skip that|pass|no|nope|no thanks|no thank you|nah|not now|rather not|id rather not"
    r"|i would rather not|dont want to|i dont want to|none|no need|here is fine|here|just here|this is fine)$"
    # "just here is fine thanks", "I'll check back here", "no email sorry", "nah I'm good"
    r"|^(?:(?:no|nah|nope) )?(?:thanks |thank you )?(?:just )?(?:here|in (?:this|the) chat|on here|this chat|this page)"
    r"(?: is| works| will do)?(?: (?:fine|ok|okay|good|great))?(?: thanks| thank you| please)?$"
    r"|^(?:i will|i can|i am going to) (?:just )?(?:check back|come back|wait|keep checking|look back|check this)"
    r"(?: here| in (?:this|the) chat| on here| later| on this page)?(?: thanks)?$"
    r"|^(?:no|i dont have|dont have|i have no|i havent got|havent got|i do not have|i dont use) (?:an |a |any )?"
    r"(?:email|e-mail|mail|phone|number)(?: address)?(?: sorry| thanks)?$"
    r"|^(?:(?:nah|no) )?(?:i am|im) (?:good|fine|ok|okay)(?: thanks)?$")
# "you already have my email", "use the one on my account": support has it already.
_ON_FILE_RE = lazy(
    r"\b(?:you|they|support|your team) (?:should |must |will |do |probably )?(?:already )?(?:have|got|has|know)"
    r" (?:it|them|that|my (?:email|e-?mail|mail|number|details|info|contact\w*|address|phone))\b"
    r"|\b(?:on|in|from|with|of) (?:my|the) (?:account|order|profile|registration|file|records?|receipt|invoice|purchase)\b"
    r"|\b(?:same|the one|the email|the number|the address) (?:as|on|i used|i gave|i registered|registered|from|i signed)"
    r"\b|\b(?:i|we) (?:registered|signed up|ordered|bought it) with\b|\bon file\b")
# "text me", "call this number": the number they are texting from.
_THIS_NUMBER_RE = lazy(
    r"^(?:just |please |pls |yes |ok )?(?:text|txt|call|ring|message|msg|phone|sms|whatsapp|contact) (?:me|us)"
    r"(?: back)?(?: (?:on |at )?(?:this|here|this number|this phone|this mobile|this cell|the same number|my mobile))?"
    r"(?: please| thanks| thank you)?$"
    r"|\b(?:this|same|my current|the same|the current) (?:number|phone|mobile|cell|cellphone)\b")


# ... said in more words, in a message that gives no contact: "I'd rather keep it in the chat", "I'll keep this page open".
_DECLINE_ANY_RE = lazy(
    r"\b(?:(?:id|i would) rather not|prefer not|(?:id|i would) rather (?:keep|stay|wait|just)|(?:dont|do not) want to"
    r" (?:give|share|leave|hand)|not comfortable|not needed|skip|(?:i will|i can|i am going to) (?:just )?(?:check|wait"
    r"|keep|come back|stay)|keep (?:it|this|things) (?:here|in (?:the|this) chat)|(?:this|the) chat is fine|here is fine"
    r"|here works|(?:page|chat|tab) open"
    # Not to be contacted at all: "no dont bother contacting me. im done" was asked again (round 22, from a blind
    # exploratory test).
    r"|(?:dont|do not|no need to|dont need to|no need for you to) (?:bother )?(?:contact|call|email|e-mail|text|ring|reach)"
    r"(?:ing)?(?: me)?|(?:dont|do not) want (?:to be|being) (?:contacted|called|emailed|texted|reached)|not giving (?:that|it"
    r"|my \w+|them|you)(?: out)?|rather not (?:say|give|share)|^(?:no |ok |nah )?(?:just )?leave it(?! (?:on|off|plugged|in|there|alone|running))"
    r"|no (?:contact|calls|emails) (?:please|thanks)"
    r")\b")


def declines_contact(text: str) -> bool:
    """True when the customer declines to leave an e-mail or phone number ("skip", "no thanks", "here is fine")."""
    plain = message(text).plain
    return bool(_DECLINE_RE.match(plain)) or (_DECLINE_ANY_RE.search(plain) is not None and not contacts(text))


def on_file(text: str) -> bool:
    """Support has the customer's details already ("you already have my email", "same as on my order")."""
    return _ON_FILE_RE.search(message(text).plain) is not None


def this_number(text: str) -> bool:
    """Support may use the number the customer writes from ("text me", "call me on this number")."""
    return _THIS_NUMBER_RE.search(message(text).plain) is not None
