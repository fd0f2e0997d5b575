"""Why the question asked matters, asked at it without an answer: "why does that matter?", "why do you need my wifi
name", "what does the light have to do with anything", "how is a scanner app going to help", "what's the point of the
hotspot", "why do I need to unplug the router?" (the ninth blind exploratory test's n16: "why does that matter? is it
the mesh?" got the light question again, with no word of why it matters). The bot gives the question's reason, then
asks it again.

Not this: what a light means ("why is it blinking green?"), why the unit fails ("why won't it connect?"), how to do a
step ("how do I turn on the hotspot?"): other readers answer those. Read on the plain text. Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["why_asked"]

_IT = (r"(?:that|this|it|the \w+(?: \w+)?|my \w+(?: \w+)?|knowing(?: \w+){1,3}|a (?:scanner|hotspot|wifi scanner)"
       r"(?: app)?|an app|(?:the )?colou?r|the light|which (?:colou?r|name|one)|(?:what|how) (?:it|the light) (?:is|does)"
       r"(?: doing)?)")
_MATTERS = (r"(?:matter|matters|important|relevant|necessary|needed|help|helps|helping|useful|change anything"
            r"|make (?:a|any) difference|tell you)")
_WHY_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:why|how come) (?:does|do|would|is|s|should|will) {_IT} (?:even |really |actually )?"
    rf"(?:{_MATTERS}|have to do with)"
    r"|(?:why|how come) (?:do|does|would|d|are|r) (?:you|u|ya|the bot|it|they) (?:even |really |actually )?"
    r"(?:need|want|care|ask\w*|have to know|need to know|wanna know|want to know)\b(?! (?:help|a person|support))"
    r"|what (?:do|does|d) (?:you|u|ya) (?:need|want) (?:that|this|it|to know that|to know) for\b"
    r"|(?:what|wat|wut)(?: (?:does|has|have|s|is))? (?:that|this|it|the \w+(?: \w+)?|my \w+(?: \w+)?|any of (?:this|that)"
    r"|colou?rs?|lights?) (?:got |even |really )?(?:to do|have to do|has to do|doing) with"
    r"|(?:how|in what way) (?:is|will|would|does|can|could|s) " + _IT + r" (?:going to |gonna |supposed to |really |even )?"
    r"(?:help|matter|relevant|make a difference|tell you|change anything|fix)"
    r"|(?:what s|whats|what is|wats) the (?:point|use|reason|purpose)(?: of| in| for|$)"
    r"|\bis (?:that|this|it) (?:even |really )?(?:relevant|important|necessary|needed|required|useful)"
    r"|(?:does|would|will) (?:that|this|it|the \w+) (?:even |really |actually )?(?:matter|make a difference|help)"
    r"|why (?:should|must|would|do|does|have to) (?:i|we) (?:need to |have to |even |really )?(?:unplug|install"
    r"|download|do|turn|use|check|tell|give|answer|look|switch|restart|know|care|bother|share|send)"
    r"|why (?:are|r) (?:you|u) asking(?! (?:me )?(?:again|that again|this again))"
    r"|(?:whats|what s|what is|wats) (?:that|this|it|a \w+|the (?:hotspot|scan\w*|app|light|colou?r|name|question|step))"
    r" (?:for|about)$"
    r"|^(?:but |and |ok |okay )?(?:why|what for|how come)$|^why (?:a|the|my|an) (?:\w+ )?\w+$"
    r"|^(?:but |and |ok |okay |so )?why (?:unplug|turn|switch|restart|install|download|use|check)\b"
    r"|what (?:good|difference) (?:will|would|does|is|s) (?:that|this|it|the \w+) (?:do|make|going to (?:do|make))"
    r"|(?:what (?:will|would|does|is|s)|whats) (?:that|this|it|the \w+) (?:going to |gonna )?(?:show (?:you|u|us)|prove"
    r"|tell (?:you|u|us))\b|hows (?:that|this|it) (?:going to |gonna |supposed to )?(?:help|matter|relevant)"
    r"|why (?:is|s) (?:that|this|it|the \w+) (?:important|relevant|necessary|needed|a question))(?![a-z0-9])"
)
# A light's meaning or the unit's failing, asked with "why": other readers answer those.
_NOT_RE = lazy(r"(?<![a-z0-9])(?:why (?:is|does|s|isnt|doesnt|wont|won t|cant|can t|did|was) (?:it|the (?:light|unit"
               r"|device|thing)|my \w+) (?!matter|important|relevant|necessary|needed|have to do)|blink\w*|flash\w*"
               r"|won t (?:connect|work)|wont (?:connect|work)|questions|keeps? asking)(?![a-z0-9])")  # why_questions's


def why_asked(text: str) -> bool:
    """Whether `text` asks why the question (or the step) matters, with no answer to it."""
    plain = message(text).plain
    return bool(plain) and _WHY_RE.search(plain) is not None and _NOT_RE.search(plain) is None
