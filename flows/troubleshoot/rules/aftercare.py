"""A question asked beside "yes, it's pulsing light blue" once the unit is back, or just after the chat closed: will it
happen again (`again`), which button to keep away from (`button`), what was wrong (`cause`), whether the case is
closed (`case`), whether back home it rejoins that Wi-Fi by itself (`rejoin`). Pure functions.

A blind exploratory test asked "do i have to do this every time they change the router?" and "is there a button she
should avoid?" with its yes, and got "Great, you're all set!" with the question ignored, three times.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["all_well", "calls_again", "topic"]

# Asking, without a "?": "i was wondering if ...", "let me know what caused it", a clause that starts as a question.
_ASKING = lazy(r"(?<![a-z0-9])(?:wonder\w*|curious|curiosity|(?:let me|lmk) know|tell me|explain|just checking|checking in"
               r"|(?:want|wanted|wanting|need|needed) to (?:check|confirm|know|make sure|ask)|to confirm|can you confirm"
               r"|not sure (?:if|whether)|quick question"
               r"|(?:any|some) (?:tips?|advice|idea)|what if|do (?:i|we) (?:have|need)|should (?:i|we))(?![a-z0-9])")
_QUESTION_CLAUSE = lazy(r"^(?:(?:yes|yeah|yep|yup|ok|okay|so|and|but|also|oh|great|thanks|thank you|btw|one more thing"
                        r"|quick question)\s+)*(?:how|what|whats|why|which|when|will|would|is|was|did|do|does|can"
                        r"|could|should|shall|if)\b")
# "so is my case closed or will someone still contact me" (explore7 got a new greeting and a new case at support).
_CASE = lazy(
    r"(?<![a-z0-9])(?:(?:my|the|this|our|that) (?:support )?(?:case|ticket|chat|request|issue|problem|complaint|report"
    r"|claim)(?: \w+)? (?:is |was |been |get |gets |got )?(?:now )?(?:officially )?(?:closed|close|resolved|done|over|finished"
    r"|still open|open|sorted|complete|completed|marked|solved|fixed|taken care of|cancelled|canceled)"
    r"|(?:close|closed|closing|mark|marked|cancel|cancelled) (?:my|the|this|our|that) (?:case|ticket|request|issue|complaint)"
    r"|(?:will|is|are|does|should|would|do|did) (?:someone|anyone|somebody|support|a person|a human|an agent|a rep|a tech"
    r"|a technician|your (?:team|support|staff|tech)|the (?:team|support team|tech)|they|you guys|you|u) (?:still |else )?"
    r"(?:be |going to |gonna |need to |have to )?(?:contact\w*|call\w*|email\w*|e mail\w*|message\w*|text\w*|ring\w*"
    r"|reach\w* out|get\w* (?:back )?(?:in touch|to me|back)|follow\w* up|come|coming|visit|send\w* someone)"
    r"|(?:do|should|must|will) (?:i|we) (?:still )?(?:need|have|want) to (?:do|wait|call|contact|reply|respond|answer"
    r"|anything|something|follow up|close|confirm)"
    r"|(?:should|do|will) (?:i|we) (?:wait|expect|be expecting|look out) (?:for )?(?:a |an |any |someone |somebody "
    r"|a follow ?up |your )?(?:call|email|e mail|reply|message|text|follow ?up|technician|tech|contact|visit|answer)"
    r"|(?:is|was) (?:that|this|it) (?:it|all)|are we (?:all )?(?:done|good|finished|set|sorted|through)"
    r"|(?:am i|are we) (?:all )?(?:set|good to go|done here)|officially (?:fixed|resolved|closed|done|sorted)"
    r"|follow ?up|any further action|nothing else (?:to do|i need|needed)|anything (?:else )?(?:i|we) (?:need|have|should)"
    r" (?:to )?do|(?:case|ticket|reference|request) (?:number|no|id)|confirmation (?:email|e mail|text|message)"
    r"|(?:support|someone|anyone|they|your team|a tech) (?:still )?(?:need|needs|have|has) to (?:look|check|see|come|call)"
    r"|(?:if|whether) (?:i|we) (?:still )?(?:need|have|should) (?:to )?(?:do|wait|call|contact|reply|respond|anything)"

    r"|(?:no one|nobody|noone|nobodys|no body) (?:is |will |s )?(?:going to |gonna |needs? to |has to |have to )?"
    r"(?:call|contact|email|message"
    r"|text|come|follow)"
    r"|(?:technician|tech|engineer|repair) (?:appointment|visit)|appointment (?:is )?(?:still|cancelled|canceled|on|off)"
    r"|(?:everything|all|it) (?:is |s )?(?:sorted|done|resolved|good|fine|ok|okay|set|closed) on (?:your|the|their) (?:end|side)"
    r"|hear (?:back )?from (?:you|anyone|someone|somebody|support|your team|them)"
    r"|what happens (?:with|to|about) (?:my|the|this) (?:case|ticket|request|complaint)"
    r"|status of (?:my|the|this) (?:case|ticket|request|complaint)|still being (?:looked at|worked on|handled|investigated"
    r"|reviewed|escalated))(?![a-z0-9])"
)
# "and the support people, they still call me on whatsapp?" (the eighth exploratory test opened a new case); not asked
# for: "can someone call me?".
_THEY_CALL = lazy(r"\b(?:support|the support (?:people|team|guys)|they|someone|somebody|anyone|you guys|your team|the team)"
                  r" (?:still |also )?(?:going to |gonna |will |ll |need to |have to )?(?:call|contact|email|message|text"
                  r"|ring|whatsapp|phone)\w* (?:me|us)\b")
_CALL_ASKED = lazy(r"\b(?:can|could|would|may|please|pls|want|need|like|get)(?: you)?(?: have)? (?:support|someone|somebody"
                   r"|anyone|they|you guys|your team|the team|the support \w+)\b")
# "on your end": the case's state asked about, not the cause (the cause reader takes "on your end or mine").
_YOUR_END = lazy(r"\bon (?:your|the|their) (?:end|side)\b")
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

# Back home, will it rejoin the home Wi-Fi by itself? (explore13's c21: "yes! breathing cyan. when I get home will it go
# back to my home wifi by itself?" got "you're all set", then "Sorry, I didn't get that".)
_HOME = r"(?:home|house|usual|normal|own|regular|main|office|old|original|first|other)"
_REJOIN = lazy(
    r"(?<![a-z0-9])(?:(?:go|goes|going|switch\w*|connect\w*|reconnect\w*|jump\w*|hop\w*|move\w*|get|gets|change\w*"
    r"|revert\w*|fall\w*|return\w*) (?:itself |by itself )?back (?:on ?(?:to )?|to |onto |over to )?(?:my |the |our |its )?"
    rf"(?:{_HOME}|router|wifi|wi fi|network|modem)"
    rf"|(?:remember\w*|keep\w*|know\w*|recogni[sz]e\w*|find\w*|join\w*|pick\w* up|save\w*|store\w*|forget\w*) (?:about )?"
    rf"(?:both|(?:my|the|our|its) {_HOME} (?:wifi|wi fi|network|router|internet)s?|home)"
    rf"|(?:reconnect\w*|rejoin\w*|connect\w*|join\w*) (?:\w+ ){{0,2}}(?:to |on |with )?(?:my|the|our) {_HOME}\b"
    r"|(?:set (?:it )?up|setup|set ?up|redo|re do|configure|pair|connect) (?:\w+ ){0,4}(?:again )?(?:at|when|once|back)"
    r" (?:(?:at )?home|i get|we get|i m back|im back|i go)"
    r"|(?:do|go through|repeat) (?:all )?(?:this|that|it|these steps)(?: \w+)? again (?:at|when|once|back) (?:home|i get)"
    rf"|(?:use|grab|latch onto|hook up to|hop on|pick up) (?:my|the|our) (?:{_HOME} )?(?:wifi|wi fi|network|router)"
    r"(?: \w+){0,2} (?:at home|when|once|back|again|later)"
    r"|switch\w* between|both (?:networks|wifis|wi fis)|two (?:networks|wifis)|multiple (?:networks|wifis)"
    r"|more than one (?:network|wifi))(?![a-z0-9])")


# The phone's alerts stopped, with the unit online ("new phone, the alerts stopped", "notifications dont pop up"): told
# as often as asked (the seventh test's, never pointed at the phone's notifications).
_ALERTS = lazy(r"(?<![a-z0-9])(?:alerts?|notifications?|notifs?|push (?:messages|notices)|pop ?ups?|pings?|warnings?)"
               r"(?![a-z0-9])")
_NOT_COMING = lazy(r"(?<![a-z0-9])(?:not|no|dont|doesnt|don t|doesn t|didnt|never|stopped|stop|no longer|any ?more|nothing"
                   r"|missing|quit|quiet|silent|isnt|arent|wont|havent|hasnt)(?![a-z0-9])")


def alerts_stopped(text: str) -> bool:
    """Whether the customer says the phone's alerts from the unit stopped or don't arrive."""
    msg = message(text)
    return any(_ALERTS.search(c) and _NOT_COMING.search(c) for c in msg.clauses or (msg.plain,))


def topic(text: str) -> str | None:
    """"button", "cause", "again", "case" or "rejoin" (back home, will it rejoin that Wi-Fi by itself?) for a question
    of that kind in `text`, "alerts" for the phone's alerts
    stopped (told or asked); None for no question of these (a yes, thanks, or a remark: "yes!! thank you", "yep
    breathing blue, mom is happy")."""
    msg = message(text)
    plain = msg.plain
    if alerts_stopped(text):
        return "alerts"
    if not (msg.is_question or _ASKING.search(plain) or any(_QUESTION_CLAUSE.search(c) for c in msg.clauses)):
        return None
    if _REJOIN.search(plain):
        return "rejoin"
    again = [m.group() for m in _AGAIN.finditer(plain)]
    case = _CASE.search(plain) or (_THEY_CALL.search(plain) and not _CALL_ASKED.search(plain))
    if case and not _BUTTON.search(plain) and not _CAUSE.search(_YOUR_END.sub(" ", plain)) and \
            set(again) <= {"anything else"}:
        return "case"  # "do I need to do anything else, or is my ticket closed?" (round 34), before "anything else"
    if _BUTTON.search(plain):
        return "button"
    if _CAUSE.search(plain):
        return "cause"
    if _AGAIN.search(plain):
        return "again"
    return "case" if case else None


# "do I need to call you every time it does this?": a question about next time, not a request for a person now.
_CALLS_AGAIN = lazy(r"\b(?:need|have|got|supposed) to (?:call|contact|message|text|ring|phone|email) (?:you|support|u"
                    r"|your (?:team|support))\b.*\b(?:every ?time|each time|again|next time|whenever|if it)\b")


def calls_again(text: str) -> bool:
    """Asking whether support must be called next time ("will I have to call you every time?")."""
    msg = message(text)
    return msg.is_question and _CALLS_AGAIN.search(msg.plain) is not None


# Just after a fix, with the unit still online: a statement that all is well in any words ("yep its reporting again",
# "all good the numbers are there"), nothing wrong said in it and nothing asked. Round 35's blind set told "it works"
# in more ways than works_now's claims (which are read at every question, so stay narrow).
_WELL = lazy(r"(?<![a-z0-9])(?:works?|working|worked|showing|shows|showed|back|good|great|fine|perfect|normal|live"
             r"|updating|updated|reporting|online|connected|running|sorted|fixed|brilliant|awesome|excellent|happy"
             r"|there|coming (?:in|through)|sweet|champion|magic|charm|treat|yay|woo\w*|hooray|finally)(?![a-z0-9])")
_AMISS = lazy(r"(?<![a-z0-9])(?:not|no|nope|never|dont|doesnt|didnt|isnt|wasnt|wont|cant|cannot|aren t|don t|doesn t"
              r"|didn t|isn t|won t|can t|still|stopped|stops|offline|off ?line|problem|issue|error|wrong|broken|blink\w*"
              r"|flash\w*|help|why|how|what|when|where|which|but|though|however|except|again\?|missing|nothing|zero"
              r"|dead|gone|lost|weird|strange|odd|slow|disconnect\w*|drop\w*|red|orange|green|other|another|second)(?![a-z0-9])")


def all_well(text: str) -> bool:
    """Whether the message says, in any words, that all is well now (not asked, nothing wrong in it)."""
    msg = message(text)
    return not msg.is_question and _WELL.search(msg.plain) is not None and _AMISS.search(msg.plain) is None
