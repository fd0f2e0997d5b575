"""Questions about the help itself, not answers: how support will get in touch ("will someone call me?"), returning
or replacing the unit ("can I just send it back?"), what happens next or whether to stay ("do I need to keep this
page open?"), and whether the customer broke the unit ("did I break it?"). Asked beside the bot's question they are
answered and the question kept; asked once the case is with support, each gets its own answer (flows/troubleshoot/
support.py). Read on the plain text (lower case, no punctuation; see text.message). Pure functions.

Before (bench/round18.py, a blind held-out set): "will someone call me?" was handed to support as a request for a
person, and after the hand-off every one of these got "Your case is with our support team".
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.context import changed_since_setup
from flows.troubleshoot.rules.text import message

__all__ = ["asks_cost", "asks_next", "asks_return", "asks_visit", "contact_question", "help_question", "says_broken",
           "visit_asked", "visit_return_or_cost"]

# Who might get in touch, and how.
_WHO = (r"(?:someone|somebody|anyone|anybody|a person|a human|a real person|support|your support|the support team"
        r"|support team|your team|the team|the company|they|you|u|you guys|yall|an agent|a tech|a technician"
        r"|an engineer|customer (?:service|support|care)|someone from (?:\w+ ){0,2}?(?:support|the team|the company))")
_HOW = (r"(?:call|ring|phone|email|e mail|text|txt|message|contact|reach|get back to|get in touch with|be in touch"
        r" with|follow up with|notify|update|reply to|respond to|write to|write back to)")
_MEANS = r"(?:phone|email|e mail|text|sms|a call|call|phone call|whatsapp)"
_CONTACT_RE = lazy(
    r"(?<![a-z0-9])(?:"
    # "will someone call me?", "how will they contact me", "is somebody going to ring me", "when will you get back to me"
    rf"(?:will|would|is|are|does|do|when will|when would|when does|how will|how would|how do|how does|how are"
    rf"|how is|how can|how should|how else will) {_WHO} (?:\w+ ){{0,3}}?{_HOW} (?:me|us)"
    # "will I get a call or an email?", "should I expect a phone call"
    r"|(?:will|would|do|should|shall|can) (?:i|we) (?:\w+ ){0,2}?(?:get|receive|be getting|expect) (?:a |an |any )?"
    r"(?:phone call|call|ring|email|e mail|text|message|reply|response|notification|callback|call back)"
    # "how will I know when they answer?", "how do I hear back", "will I hear back"
    # ("how would I know if there are orange flashes?" and "how would I find out?" are about the step asked)
    r"|how (?:will|would|do|does|can|should|am|are) (?:i|we) (?:\w+ ){0,2}?(?:hear|be told|be contacted|be notified"
    r"|get (?:a |an |the )?(?:answer|reply|response|update)|(?:know|find out) (?:when|if) (?:they|you|someone|support"
    r"|the team|your team) (?:\w+ )?(?:reply|replies|replied|answer|answers|respond|responds|get back|gets back|write"
    r"|writes|call|calls|email|emails))"
    r"|(?:will|would|when will|when do|when would|do) (?:i|we) hear (?:back|from (?:you|them|someone|support|anyone))"
    rf"|(?:by|via|over) {_MEANS} or (?:by |via |over )?(?:{_MEANS}|here|chat|this chat|in here)"
    # "do you need my number?", "should I give you my email"
    r"|(?:do|does|will|would) (?:you|they|support|your team|someone) (?:need|want) (?:\w+ ){0,2}?(?:my )?(?:phone number"
    r"|number|email|e mail|email address|contact details|details)"
    r"|(?:should|do|must|can|shall) (?:i|we) (?:give|send|leave) (?:you |them |support )?(?:my )?(?:phone number|number"
    r"|email|e mail|email address|contact details|details)"
    r"|(?:will|do|would) (?:they|you|support|the team|someone|your team) (?:reply|respond|answer|write back|get back)"
    r" (?:here|in (?:this|the) chat|by (?:phone|email|e mail|text)|on (?:here|this|the phone)|to me)"
    r"|(?:will|would|can|could) (?:you|they|someone|support) (?:let me know|keep me (?:posted|updated|informed|in the loop))"
    r"|(?:where|how) will (?:the|their|your) (?:reply|answer|response) (?:come|be|show|arrive)"
    r")(?![a-z0-9])")


def contact_question(text: str) -> bool:
    """How or whether support will get in touch: a question about the help, not a request for a person now."""
    return _CONTACT_RE.search(message(text).plain) is not None


_UNIT = r"(?:it|this|this thing|them|the (?:unit|device|thing|opener|hub|sensor|product|item)|my (?:unit|device|opener|hub|sensor|order|purchase))"
_RETURN_RE = lazy(
    r"(?<![a-z0-9])(?:refund\w*|money back|full credit"
    rf"|(?:return|exchange)(?:ed|ing)? {_UNIT}(?! to\b)"
    r"|(?:can|could|may|do|should|shall|will|would) (?:i|we|you) (?:\w+ ){0,2}?(?:return|exchange|send back|swap)\b"
    r"|(?:send|ship|post|mail|give|get) (?:me |us )?(?:a )?(?:new|replacement|another|working|different) (?:one|unit|device"
    r"|opener|hub|sensor)"
    r"|(?:get|want|need|like|send|ship|sending|arrange) (?:me |us )?(?:a )?(?:replacement|exchange)\b(?! (?:router|modem"
    r"|phone|cable|adapter|charger|plug))"
    rf"|send {_UNIT} back|replace {_UNIT}|replacement (?:unit|device|opener|hub|sensor)"
    r"|return (?:policy|label|window|period|it)|returns (?:policy|process)|rma|warranty|swap (?:it|this) (?:out|for)"
    r")(?![a-z0-9])")


# A visit to the customer's home, or the unit taken somewhere to be looked at (explore13's n10: "will somebody come to
# my house?" got "Your case is with our support team").
_VISIT_RE = lazy(
    # Someone coming, to the home ("can someone come and help me?" asks for a person: intents.asks_for_person) ...
    r"(?<![a-z0-9])(?:(?:someone|somebody|anyone|anybody|a (?:person|man)|you|they|your (?:team|guys|people)|support)"
    r"(?: \w+){0,3} (?:come|coming|visit\w*|stop by|drop by|pop (?:round|over|by)|call ?out)\b(?: \w+){0,3}"
    r" (?:house|home|flat|apartment|place|property|here|out|over|round|around)\b"
    # ... or a technician coming at all.
    r"|(?:a (?:tech\w*|engineer|repair ?man)|an engineer|your (?:tech\w*|engineers?))(?: \w+){0,3} (?:come|coming"
    r"|visit\w*|stop by|drop by|pop (?:round|over|by)|call ?out)\b"
    r"|(?:home|house|site|onsite|on site|in person|engineer|technician) (?:visit|call ?out|appointment)"
    r"|(?:send|sending|dispatch\w*) (?:a |an |out |someone |somebody |anyone )+(?:tech\w*|engineer|person|someone|out)"
    r"|(?:technician|engineer)s?\b(?: \w+){0,3} (?:come|coming|visit\w*|to (?:my|the|our) (?:house|home|flat|place))"
    r"|(?:book|schedule|arrange) (?:a |an )?(?:tech\w*|engineer|repair ?man|home visit|visit|call ?out)\b"
    r"|(?:send|post|mail|ship) (?:it|this|the (?:unit|device|thing|hub|sensor)) (?:in|to you)\b"
    r"|(?:bring|take|drop|carry) (?:it|this|the (?:unit|device|thing|hub|sensor)) (?:\w+ ){0,2}(?:to|into|in to) (?:a|the"
    r"|your|one of your) (?:\w+ )?(?:store|shop|office|center|centre|repair|service|branch)"
    r"|(?:post|mail|ship|send) (?:it|this|the (?:unit|device|thing|hub|sensor)) (?:\w+ ){0,2}(?:to you|in|off) (?:\w+ ){0,2}"
    r"(?:to be |for |so you can )?(?:look\w*|check\w*|test\w*|repair\w*|fix\w*|inspect\w*))(?![a-z0-9])")
# Anything costing money, asked ("does this cost money?", "do I have to pay for the repair?"); not the customer's data,
# Wi-Fi or internet plan, and not a refund (asks_return).
_COST_RE = lazy(r"\b(?:cost|costs|costing|charge|charged|charges|pay|paying|paid|fee|fees|price|pricing|expensive|free"
                r"|money|bill|billed|invoice\w*)\b")
_NOT_COST_RE = lazy(r"\b(?:data|hot ?spot|wifi|wi fi|network|internet|broadband|refund\w*|money back|plan)\b")
_ASKED_RE = lazy(r"^(?:is|do|does|should|will|would|has|could|can|are|am|whats|what s|what|how|who|any)\b")


def asks_visit(text: str) -> bool:
    """Whether someone comes to the customer's home, or the unit must be taken somewhere to be looked at."""
    return _VISIT_RE.search(message(text).plain) is not None


def visit_asked(clause: str, marked: bool) -> bool:
    """A visit asked about, not wanted: `clause` asks_visit and is a question (`marked`: the message has a "?"). "I need
    someone to come out and look at it" asks for a person."""
    return (marked or _ASKED_RE.search(clause) is not None) and asks_visit(clause)


def asks_cost(text: str) -> bool:
    """A question whether any of this costs money (support, a repair, a replacement, a call-out)."""
    msg = message(text)
    asked = "?" in text or any(_ASKED_RE.search(c) for c in msg.clauses)
    return asked and _COST_RE.search(msg.plain) is not None and _NOT_COST_RE.search(msg.plain) is None


def visit_return_or_cost(text: str) -> str | None:
    """"visit", "return" or "cost" for a question about a home visit, a return (or replacement, or the warranty) or a
    cost, in that order (with support, each has its answer; a cost asked of a replacement is the return's)."""
    if asks_visit(text):
        return "visit"
    return "return" if asks_return(text) else "cost" if asks_cost(text) else None


def asks_return(text: str) -> bool:
    """Returning, exchanging or replacing the unit, or a refund, asked or wanted."""
    return _RETURN_RE.search(message(text).plain) is not None


_NEXT_RE = lazy(
    r"(?<![a-z0-9])(?:"
    r"what (?:happens|will happen|s going to happen|is going to happen|would happen|comes|do i do|should i do|do we do"
    r"|should we do|can i do|am i supposed to do|am i meant to do|are the next steps|s the next step|is the next step"
    r"|are my options|s the plan|is the plan|s the process|is the process) ?(?:now|next|after (?:this|that)|then"
    r"|from here|in the meantime|meanwhile|while i wait|until then)?"
    r"|what (?:next|now|s next|is next)|then what|where do (?:we|i) go from here|next steps?\b"
    r"|(?:do|should|must|can|shall) (?:i|we) (?:need to |have to |still |just )?(?:keep|leave|stay|close|shut|exit|wait)"
    r" (?:\w+ ){0,3}?(?:page|chat|window|tab|app|browser|open|here|online|on the line|by the phone|around|near)"
    r"|(?:is it ok|is it okay|ok|okay|alright|fine|safe) (?:if|to) (?:i )?(?:close|leave|shut|exit) (?:\w+ ){0,2}?(?:page"
    r"|chat|window|tab|app|browser)"
    r"|(?:what|anything) (?:\w+ ){0,4}?(?:in the meantime|meanwhile|while i wait)"
    r")(?![a-z0-9])")


def asks_next(text: str) -> bool:
    """What happens next, what to do meanwhile, or whether to stay on this page or by the phone."""
    return _NEXT_RE.search(message(text).plain) is not None


# "did I break it?", "I think it's faulty": said or asked, the unit itself suspected.
_BROKEN_RE = lazy(
    r"(?<![a-z0-9])(?:did (?:i|we|my \w+) (?:\w+ )?(?:break|damage|ruin|fry|brick|kill|wreck|mess up) (?:it|the (?:unit"
    r"|device|thing)|something|this)"
    r"|(?:i think|pretty sure|probably|maybe|must be|i bet|i guess|i reckon|i suspect|perhaps) (?:that )?(?:it|its|it s"
    r"|the unit|this thing|the device|the thing|mine|my unit) (?:is |s )?(?:just |simply )?(?:broken|faulty|defective"
    r"|a dud|bricked|busted|fried|damaged|the problem)"  # not "dead": "no light at all, i think it's dead" is the light
    r"|hardware (?:fault|issue|problem|failure|defect)|(?:is|could|might) (?:it|this|the) (?:\w+ )?(?:hardware|unit)"
    r" (?:be )?(?:bad|faulty|broken|the issue|the problem|at fault))(?![a-z0-9])")


# A light described alongside ("blinking red, i think it's faulty"): the light is the answer, read as usual.
_LIGHT_TOLD = lazy(r"\b(?:light|lights|led|blink\w*|flash\w*|green|blue|cyan|red|orange|white|purple|magenta|yellow"
                   r"|solid|pulsing|breathing|glow\w*|dark|nothing)\b")


def says_broken(text: str) -> bool:
    """The unit itself suspected, in words asks.aside's question patterns miss ("did I break it?"), with no light
    described."""
    plain = message(text).plain
    return _BROKEN_RE.search(plain) is not None and _LIGHT_TOLD.search(plain) is None


def help_question(text: str) -> str | None:
    """"contact", "return" or "next" for a question about the help beside the bot's question; None otherwise (also
    when the message tells a change since the set-up, which the answer readers act on: "the wifi password got changed
    so the hub has the old one. what do i do" was told what happens next, the change lost)."""
    if changed_since_setup(text):
        return None
    if contact_question(text):
        return "contact"
    if asks_return(text):
        return "return"
    if asks_next(text) and not re.search(r"\b(?:light|led|blink\w*|flash\w*|router|hot ?spot|app|scanner)\b",
                                         message(text).plain):
        return "next"
    return None
