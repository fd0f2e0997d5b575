"""Questions about the case once support has it: when they will answer ("will they ring today?": the twelfth blind
exploratory test's c02 got "I'm here"), and what case is meant ("what support case?? i never talked to support": c15
got no answer, the bot having handed it over by itself when the unit came online). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_what_case", "asks_when"]

_THEY = (r"(?:they|someone|somebody|anyone|support|the support team|your support team|your team|the team|a person|a human"
         r"|an agent|a tech|you guys|you|u|yall|a real person|customer service)")
_GET = (r"(?:call|ring|phone|contact|reply|respond|answer|get back|get in touch|be in touch|text|email|e mail|message|write"
        r"|look at|see|pick up|deal with|sort|fix|help|hear)")
_WHEN = lazy(
    # "when will they call", "when is someone going to get back to me", "when do i hear back"
    rf"\bwhen (?:will|would|do|does|can|could|should|might|is|are|am|s)\b(?: \w+){{0,4}}? {_GET}\w*\b"
    # "will they ring today?", "is someone going to call me tonight"
    rf"|\b(?:will|would|is|are|could|can)\b {_THEY}\b(?: \w+){{0,4}}? {_GET}\w*\b(?: \w+){{0,3}}? (?:today|tonight"
    rf"|tomorrow|this (?:morning|afternoon|evening|week)|soon|before|by)\b"
    # "how long until they answer", "how long will it take them", "how long do i have to wait"
    r"|\bhow (?:long|soon|quickly|fast)\b(?! (?:does|will|would|is) (?:the |this )?(?:test|check|hotspot|it take to connect))"
    r"|\b(?:by when|what time|which day|any idea when|roughly when|eta|how many (?:days|hours|business days"
    r"|working days))\b"
    r"|\b(?:do|does|will|are) (?:they|support|you|the team|you guys|your team|someone) (?:work|open|answer|reply)\w* "
    r"(?:on )?(?:weekends?|saturdays?|sundays?|today|tonight|after hours|at night|now)\b"
    r"|\b(?:will|would|should|do|can) (?:i|we) (?:hear|get (?:a |an )?(?:call|reply|answer|response|email|text))\b"
    r"(?: \w+){0,3}? (?:today|tonight|tomorrow|soon|back|this week)\b"
    r"|\b(?:will|would|does|is) (?:it|this|that) (?:going to )?take (?:long|a while|days|ages|forever|weeks)\b"
    r"|\b(?:today|tonight|tomorrow) (?:or|at all)\b"
)
_WHAT_CASE = lazy(
    r"\b(?:what|which|wat|wht) (?:support )?(?:case|ticket|support team|support)\b"
    r"|\bwho (?:is|are|s) (?:support|the support team|your support|they|these people|this support)\b"
    r"|\bwhat (?:do you|d you|does that) mean\b(?: \w+){0,3}? (?:case|support|passed|handed|sent)\b"
    r"|\bi (?:never|didnt|did not|havent|have not|dont|do not) (?:\w+ )?(?:talked|talk|spoke|speak|spoken|asked|ask"
    r"|contacted|contact|opened|open|made|make|called|call|want|wanted|need|needed) (?:to |for |with |a |an )?(?:support"
    r"|anyone|anybody|a person|a human|a case|a ticket|a support case|support team|help from support)\b"
    r"|\b(?:why|how come) (?:did|have|has|were|was|are) (?:you|i|it|this|my \w+) (?:\w+ )?(?:pass|hand|send|sent|transfer"
    r"|escalat|forward|refer|put)\w*\b"
    r"|\b(?:what|which) (?:team|department|people)\b(?! (?:do|does|will|should) (?:i|we) (?:call|contact|email|ring))"
    r"|\bwhat are you (?:talking|on) about\b"
    r"|\b(?:since|from) when (?:do|did) i have a case\b"
)
_NUMBER = lazy(r"\b(?:case|ticket|reference|ref) (?:number|no|id|#)\b|\bnumber again\b")


def asks_when(text: str) -> bool:
    """Whether the message asks when support will answer or get in touch."""
    plain = message(text).plain
    return _WHEN.search(plain) is not None and _WHAT_CASE.search(plain) is None


def asks_what_case(text: str) -> bool:
    """Whether the message asks what case, or what support, the bot means (not "what's my case number?")."""
    plain = message(text).plain
    return _WHAT_CASE.search(plain) is not None and _NUMBER.search(plain) is None
