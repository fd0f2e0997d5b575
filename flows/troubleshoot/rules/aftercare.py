"""A question asked beside "yes, it's pulsing light blue" once the unit is back, or just after the chat closed: will it
happen again (`again`), which button to keep away from (`button`), what was wrong (`cause`), whether the case is
closed (`case`). Pure functions.

A blind exploratory test asked "do i have to do this every time they change the router?" and "is there a button she
should avoid?" with its yes, and got "Great, you're all set!" with the question ignored, three times.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["calls_again", "topic"]

# Asking, without a "?": "i was wondering if ...", "let me know what caused it", a clause that starts as a question.
_ASKING = lazy(r"(?<![a-z0-9])(?:wonder\w*|curious|curiosity|(?:let me|lmk) know|tell me|explain"
               r"|(?:any|some) (?:tips?|advice|idea)|what if|do (?:i|we) (?:have|need)|should (?:i|we))(?![a-z0-9])")
_QUESTION_CLAUSE = lazy(r"^(?:(?:yes|yeah|yep|yup|ok|okay|so|and|but|also|oh|great|thanks|thank you|btw|one more thing"
                        r"|quick question)\s+)*(?:how|what|whats|why|which|when|will|would|is|was|did|do|does|can"
                        r"|could|should|shall|if)\b")
# "so is my case closed or will someone still contact me" (explore7 got a new greeting and a new case at support).
_CASE = lazy(r"(?<![a-z0-9])(?:(?:is|was) (?:my|the|this) (?:case|ticket|chat|request) (?:closed|done|over|finished|still open"
             r"|open|sorted)|(?:will|is) (?:someone|anyone|somebody|support|a person|your team) (?:still )?(?:going to )?"
             r"(?:contact|call|email|message|text|get back to|reach out to) me|do i (?:still )?need to do anything"
             r"|is that it|are we done)(?![a-z0-9])")
_BUTTON = lazy(r"(?<![a-z0-9])(?:buttons?|press\w*|push\w*|pushed|hold\w*|touch\w*|bump\w*|knock\w*|dust\w*"
               r"|clean\w*|wip\w*|cover\w*|tape|resett\w*|reset (?:it|button)|setup button|mode button|pin ?hole"
               r"|little hole|stay away from|not (?:to )?touch|hit|lock\w*|hands off|childproof\w*|reset one"
               r"|paper ?clip|keep (?:her|him|them|the kids|my \w+) (?:away )?from)(?![a-z0-9])")
_CAUSE = lazy(r"(?<![a-z0-9])(?:"
              r"what (?:actually |really |exactly |even )?(?:was|went|is|s) (?:actually |really |exactly )?"
              r"(?:wrong|on|the (?:problem|issue|matter|cause|reason|deal|fault))"
              r"|what (?:actually |really |exactly )?(?:caused|happened|fixed|did (?:it|the trick)"
              r"|did (?:we|you|i) (?:actually |just )?(?:fix|do|change)|made it|went on)"
              r"|why (?:did|was|does|is|would|had|has|do)|cause[ds]?|causing|reason|because of|due to"
              r"|idea why|know why|(?:was|is) up with|going on|so it was|was (?:it|that) (?:the|her|his|my|because)"
              r"|whyd|howd|my fault|(?:something|anything) (?:i|we|she|he|they) did"
              r"|(?:i|we|she|he) (?:do|did) (?:something|anything) wrong"
              r"|(?:did|have) (?:i|we|she|he|they) (?:break|broke|broken|mess)|what was it|how come"
              r"|how did (?:it|this|that)|end up|on (?:my|our|your) (?:end|side)|(?:my|our|your) (?:end|side) or"
              r")(?![a-z0-9])")
_AGAIN = lazy(r"(?<![a-z0-9])(?:again|every ?time|each time|next time|in (?:the )?future|from now on|going forward"
              r"|(?:stay|keep|remain)s? (?:on|online|connected|working)|keep (?:happening|doing|dropping)|for good"
              r"|permanent\w*|regular thing|remember|power (?:goes|cut|cuts|outage|fails|failure)|be (?:ok|okay|fine"
              r"|alright|good) (?:now|from now)|worried|keep it (?:working|online|connected|going)|anything else"
              r"|stay (?:that way|like that)|last\b|new (?:router|modem|provider|internet|wifi|password)"
              r"|another router|(?:change|changes|changed|switch\w*|swap\w*|replace\w*|upgrade\w*) (?:the |my |our "
              r"|their |a |internet |wifi |broadband )?(?:router|wifi|password|internet|modem|providers?"
              r"|network|company)"
              r"|(?:router|wifi|password|provider|network) (?:changes|is changed|gets changed)"
              r"|what happens (?:when|if)"
              r"|(?:goes|go|drops?|falls?) (?:offline|off)|redo|set (?:it )?up again|do (?:all )?(?:this|that|it) "
              r"(?:over|all)|happen(?:s|ing)? (?:again|more)|prevent|avoid|stop (?:it|this|that) (?:from )?happen\w*)"
              r"(?![a-z0-9])")


def topic(text: str) -> str | None:
    """"button", "cause" or "again" for a question of that kind in `text`; None for no question of these (a yes,
    thanks, or a remark: "yes!! thank you", "yep breathing blue, mom is happy")."""
    msg = message(text)
    plain = msg.plain
    if not (msg.is_question or _ASKING.search(plain) or any(_QUESTION_CLAUSE.search(c) for c in msg.clauses)):
        return None
    if _BUTTON.search(plain):
        return "button"
    if _CAUSE.search(plain):
        return "cause"
    if _AGAIN.search(plain):
        return "again"
    return "case" if _CASE.search(plain) else None


# "do I need to call you every time it does this?": a question about next time, not a request for a person now.
_CALLS_AGAIN = lazy(r"\b(?:need|have|got|supposed) to (?:call|contact|message|text|ring|phone|email) (?:you|support|u"
                    r"|your (?:team|support))\b.*\b(?:every ?time|each time|again|next time|whenever|if it)\b")


def calls_again(text: str) -> bool:
    """Asking whether support must be called next time ("will I have to call you every time?")."""
    msg = message(text)
    return msg.is_question and _CALLS_AGAIN.search(msg.plain) is not None
