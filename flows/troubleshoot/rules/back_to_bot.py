"""Back to the bot after the case went to support: the customer calls the person off ("cancel the agent, let the bot
help"), or asks what they can try themselves while they wait. explore11's n15: "no, i want the bot help now. cancel
the agent. start again please" and "anything I can try today?" got "Your case is with our support team". Pure
functions over the message's plain words (rules/text.py).
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["test_now", "tries_meanwhile", "wants_bot"]

# Not "the case", "the ticket": calling those off closes the case (support.py's cancel).
# Not "no need for a support case" (the case closed), nor "no need for someone to call, just email" (a way to reach
# them).
_PERSON = r"(?:person|human|agent|someone|somebody|support|support team|team|engineer|technician|tech|rep)" \
          r"(?! ?(?:case|ticket|request|team case|to (?:call|ring|phone|text|email|e mail)))"
_BOT = r"(?:you|u|the bot|bot|the robot|robot|the chat ?bot|chat ?bot|the assistant|the automated \w+|this chat)"

# The person called off, or the bot asked for instead. Not "cancel my order" or "is the bot broken?".
_WANTS_BOT = lazy(
    rf"\b(?:cancel|call off|drop|scrap|withdraw|stop)(?: \w+){{0,2}} {_PERSON}\b"
    rf"|\b(?:never ?mind|nevermind|forget|no need for|dont need|do not need|dont want|do not want)(?: about)?"
    rf"(?: \w+){{0,2}} {_PERSON}\b"
    rf"|\b(?:help from|help with|try with|try it with|do it with|go with|work with|stay with|back to|talk to|use)"
    rf"(?: \w+)? (?:the bot|bot|the robot|robot|the chat ?bot|chat ?bot|the assistant|the automated \w+)\b"
    rf"|\b(?:the bot|bot|the robot|robot|the chat ?bot|chat ?bot)(?: (?!no\b|not\b|never\b|useless\b|cant\b)\w+){{0,3}}"
    r" (?:help|try|fix|troubleshoot|instead)\w*\b"
    rf"|\b(?:maybe|ok|okay|fine|alright|actually|then)(?: \w+){{0,2}} {_BOT}(?: can| could| might)? (?:help|try|fix)\b"
    rf"|\b(?:can|could|will|would) {_BOT} (?:help|try|fix|troubleshoot)\w*(?: \w+){{0,3}} (?:now|instead|today|after all"
    r"|then|in the meantime|meanwhile)\b"
    r"|\b(?:lets|let us|we can|can we|could we|shall we) (?:start|begin|go|do (?:it|this|the \w+))"
    r" (?:again|over|from (?:the )?(?:start|beginning|scratch)|back)\b"
    r"|\b(?:start|begin) (?:again|over|from (?:the )?(?:start|beginning|scratch))\b"
    r"|\b(?:go|get|come) back to (?:the )?(?:troubleshoot\w*|steps|questions|checks|tests?|fixing)\b"
    r"|\btogether\b(?: \w+){0,3} (?:now|instead|meanwhile|while)\b|\b(?:try|fix|do) (?:it |this )?together\b"
    r"|\b(?:rather|prefer to|prefer) (?:not wait|sort|get it|do it|have a go)\b")

# What to try while waiting: "anything I can do myself in the meantime?", "what can I try today while I wait?".
_MEANWHILE = lazy(
    r"\b(?:meantime|meanwhile|in the mean ?time|while (?:i|we|im|were) (?:wait\w*|waiting)|before (?:they|someone|support"
    r"|the team) (?:get|gets|reply|replies|answer|answers|call|calls)\w*|till then|until then|for now|today|tonight"
    r"|right now|myself|my self|ourselves|on my own)\b")
_TRY_ASKED = lazy(
    r"\b(?:anything|something|things?|stuff|steps?|what|which|is there \w+) (?:else )?(?:\w+ )?(?:i|we) (?:can|could|should"
    r"|might|may|ought to)(?: \w+)? (?:try|do|check|test|attempt|look at|fix)\b"
    r"|\b(?:can|could|should|shall|may) (?:i|we) (?:try|do|check|test|attempt|fix)\b"
    r"|\b(?:any|some) (?:tips|ideas|suggestions|steps|things to try|advice|self ?help|quick fix\w*)\b"
    r"|\b(?:what|how) (?:to|should i|do i|can i) (?:try|do)\b")


# It works now: "no need for a person, it works now" is answered from what our system sees, not started over.
_WORKS = lazy(r"\b(?:works?|working|online|connected|fixed|sorted|back up|back on)(?: again)?(?: now)?\b")


def wants_bot(text: str) -> bool:
    """The customer calls the person off or asks the bot to help after all ("cancel the agent", "ok maybe the robot
    can help", "let's start again")."""
    plain = message(text).plain
    told = re.sub(r"\b(?:get|getting|make|making) (?:it|this|the \w+) (?:work\w*|online|connected|fixed)", " ", plain)
    return _WANTS_BOT.search(plain) is not None and _WORKS.search(told) is None


def tries_meanwhile(text: str) -> bool:
    """The customer asks what they can try themselves while support has the case ("anything I can do in the meantime?",
    "is there something I could try today?")."""
    plain = message(text).plain
    return _TRY_ASKED.search(plain) is not None and _MEANWHILE.search(plain) is not None


# The hotspot test offered after all (explore13's n12): the test named, and now, or a phone at hand now.
_TEST = lazy(r"\b(?:hot ?spot|tether\w*|(?:phone|mobile|cell) (?:test|thing|trick|step|check)|(?:the|that|this|your) test"
             r"|test (?:with|using|on|via) (?:my|the|a|his|her) (?:phone|mobile|cell|iphone|android|smart ?phone)"
             r"|the (?:thing|step|check) (?:you|with (?:the|my|a) phone))\b")
_NOW = lazy(r"\b(?:now|after all|today|right away|this time|ready|changed my mind|can (?:i|we)|could (?:i|we)|shall we"
            r"|lets|let s|let me|i ll|i will|i can|i could|im ready|i m ready|want me to|wanna|want to|would like to"
            r"|d like to|happy to|able to|try it|try that|do it|give it a (?:go|try|shot))\b")
_PHONE_NOW = lazy(r"\b(?:lent|borrowed|got|have|found|brought|has)(?: me)? (?:a|my|his|her|the|an|their) (?:\w+ )?"
                  r"(?:phone|smart ?phone|iphone|android|mobile|cell)\b|\b(?:home|back|here) (?:now )?with (?:a|my|his|her|the)"
                  r" (?:\w+ )?(?:phone|smart ?phone|iphone|android|mobile)\b")
_NOT_NOW = lazy(r"\b(?:later|tomorrow|tonight|next week|another time|cant|can t|cannot|couldnt|couldn t|wont|won t|why"
                r"|what is|what s|whats|how does|how do|didnt|didn t|did not|not (?:now|today|able)|dont have|don t have"
                r"|no phone|yesterday|already did|instead of|rather not|not going to|no way|still (?:no|not)"
                r"|too (?:hard|complicated|difficult|much|technical)|(?:turn|switch|shut|put)\w* (?:\w+ ){0,3}off|off the"
                r" hot ?spot|(?:change|set|name|switch)\w* (?:\w+ ){0,3}back"
                r"|is (?:the|that|this|a) (?:\w+ )?(?:test|hot ?spot)\w*(?: \w+)? (?:needed|necessary|required))\b")


def test_now(text: str) -> bool:
    """The customer offers or asks to do the hotspot test now ("a colleague lent me a smartphone, I can do the hotspot
    test now after all", "can we do the phone test now?"), not later, not a question about it, not a refusal."""
    plain = message(text).plain
    if _NOT_NOW.search(plain):
        return False
    return bool(_PHONE_NOW.search(plain) or (_TEST.search(plain) and _NOW.search(plain)))
