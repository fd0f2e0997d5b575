"""What a customer may say at any step: ask for a person, ask what a question means, start over, opt out.

`global_intent(text)` is read once per message before the step's own reading. Asking for a person is found
anywhere in a sentence ("could I get someone on the phone", "is this automated? I prefer a person"), but a
sentence that only mentions people ("my husband set it up") is not a request. SMS opt-out keywords are matched
on the whole message only, as carriers do. `contact(text)` finds a phone number or e-mail offered for a call-back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from flows.lazy_re import lazy
from flows.troubleshoot.rules import safe_touch
from flows.troubleshoot.rules.asks import asks_duration, asks_wait, channel_question
from flows.troubleshoot.rules.help_asks import visit_asked
from flows.troubleshoot.rules.polarity import verdict
from flows.troubleshoot.rules.text import Message, message

__all__ = ["asks_for_person", "asks_if_bot", "asks_if_safe_to_touch", "asks_privacy", "asks_while_waiting", "global_intent", "global_word",
           "step_free_intent", "upset", "word"]

# SMS opt-out/opt-in keywords (Twilio's list) are matched exactly; politeness is not stripped from them.
_STOP_WORDS = {"stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "opt out"}
_START_WORDS = {"start", "unstop"}

# Whoever the customer wants instead of the bot. Strong words are requests on their own; weak ones need a verb.
_STRONG = (
    r"(a |an |the |some |real |actual |live |human |your |one of your )*(human|humans|human being|agent|agents"
    r"|representative|representatives|rep|operator|real person|actual person|live person|live chat|live agent)",
    r"(tech|technical|customer) (support|service|care|team)", r"support (team|people|staff|person|agent|line|desk)",
    r"(your |the )?(help ?desk|call center|service desk)", r"(a |an )?(technician|tech person|tech guy|engineer)",
    r"(a|your|the|to) (manager|supervisor)", r"escalate (this|it|my case|the case|me)",
    r"(no more|enough of|stop|done with|sick of|tired of|fed up with) (talking to |chatting with |texting )?(a |the |this"
    r" |your )?(bot|robot|machine|automated \w+)", r"(dont|do not) want (to (talk|speak|chat) (to|with) )?(a |the |this"
    r" |your |an )?(bot|robot|machine)", r"(phone )?number (i|we) (can|could) (call|ring|phone|text)", r"number to (call|ring|phone)",
    r"(can|could) (i|we) call (you|someone|somebody|support)", r"(call|ring|phone) (you|your (team|support|company))",
)
_WEAK = r"(someone|somebody|a person|person|people|anyone|anybody|a tech|your team|your staff|staff|one of you)"
_ASK = (
    r"(talk|speak|chat|deal|discuss|work) (to|with)", r"(connect|transfer|put|pass|send|forward|escalate)"
    r" (me|this|us|it)", r"(call|ring|phone|text|email|contact|reach) (me|us)", r"get (me )?(a|an|some|in touch)",
    r"(want|need|prefer|rather|like|request|ask for|asking for|have|get|see if) ", r"can (i|we)",
    r"could (i|we)", r"may i", "please", r"is there", "i would", "let me",
)
# Someone, asked for: "talk to someone", "can someone call me", "is there a person", "get me somebody".
_WEAK_ASK_RE = lazy(
    r"(?<![a-z0-9])(?:(talk|speak|chat|deal|discuss|work) (to|with) " + _WEAK
    + r"|(get|have|send|want|need|prefer|like|rather|request|find) (me )?(to (talk|speak) (to|with) )?"
    r"(someone|somebody|a person|a tech|a real one|a real person|one of you)"  # + "just give me a person" (explore10)
    r"|give (me|us) (someone|somebody|a person|a tech|a real one|a real person|one of you)"
    r"|(someone|somebody|a person|anyone|anybody|a tech|one of you) (to |who can |that can |could |can |please )?"
    r"(call|ring|phone|contact|email|text|reach|help me|talk to me|speak to me|come out)"
    r"|is there (someone|somebody|anyone|anybody|a person|a human)|(connect|transfer|put|pass|forward) (me|us)"
    r" (to|with|through|over)|put me through)(?![a-z0-9])")
_STRONG_RE = lazy(r"(?<![a-z0-9])(?:" + "|".join(_STRONG) + r")(?![a-z0-9])")
_WEAK_RE = lazy(r"(?<![a-z0-9])" + _WEAK + r"(?![a-z0-9])")
_ASK_RE = lazy(r"(?<![a-z0-9])(?:" + "|".join(_ASK) + r")")
# A person asked for with a call-back: "call me", "give me a call", "can someone ring me".
_CALLBACK_RE = lazy(r"(?<![a-z0-9])((call|ring|phone|email|text|contact|reach) (me|us)|(a|with a) (person|human|real"
                    r" person) on the (line|phone)|(someone|somebody|gentleman|lady|man|woman|person) (from|at|on)"
                    r" (your|the) (company|team|support|office|end|side)|give (me|us) a (call|ring)"
                    r"|call (me )?back|callback|(someone|somebody|a person|you|one of your \w+) .{0,40}on the phone|phone call"
                    r"|(talk|speak|chat) (to (someone|you) )?(on|over|by) the phone|whoever (handles|deals|is in"
                    r" charge|looks after)|real someone|helpline|help line|take (it )?over|(put|get) me (onto|on to"
                    r"|through to))(?![a-z0-9])")
# Not a request: the person did something, or is mentioned as a helper at home.
_MENTION_RE = lazy(r"(?<![a-z0-9])(my|our|the) (husband|wife|son|daughter|kid|kids|partner|dad|mom|mum|father"
                   r"|mother|brother|sister|friend|neighbou?r|roommate|landlord|it guy|guy|installer|electrician"
                   r"|boss|family|girlfriend|boyfriend)(?![a-z0-9])")
# Talking about a human in other senses ("human error", "no one else", "people in the house").
_NOT_REQUEST_RE = lazy(r"(?<![a-z0-9])(human error|anyone else|someone else|other people|people (here|in|at)"
                       r"|nobody|no one|(dont|didnt|wont|not) (need|want) (a |an )?(human|person|agent|someone)"
                       r"|no need for|set (it )?up|(letting|estate|travel|insurance|property|real estate) agents?"
                       r"|on the phone to (my|a|the|his|her))(?![a-z0-9])")
# "are you a bot?", "is this a real person", "am i talking to a machine": asked, not a request for a person (one
# pattern for the question answered and for a person preferred over a bot).
_BOT_Q_RE = lazy(
    r"(?<![a-z0-9])(?:(?:are|r) (?:you|u|ya) (?:even |actually |just |really )?(?:a |an )?(?:bot|robot|machine|ai|computer"
    r"|real|human|person|automated|program|chat ?bot|person or|human or|bot or)"
    r"|(?:is|am) (?:this|that|it|i) (?:even |actually |just |really )?(?:talking to |speaking to |chatting with |chatting to"
    r" |texting )?(?:a |an )?(?:bot|robot|machine|ai|real person|human|person|computer|automated|chat ?bot|real human"
    r"|actual person)"
    r"|(?:youre|you are|ur|your) (?:just |only )?(?:a |an )?(?:bot|robot|machine|ai|chat ?bot)"
    r"|is (?:there|anyone|someone|somebody) (?:actually |really )?(?:reading|there)"
    r"|(?:human|person|bot) or (?:a |an )?(?:bot|machine|human|person|ai)"
    # "are these automated messages?", "is this an auto reply", "is a human reading this?" (bench/round18.py)
    r"|(?:are|is) (?:these|this|those|that|they) (?:\w+ )?(?:automated|automatic|auto|pre ?written|canned|scripted)"
    r" (?:messages?|replies|reply|responses?|texts?|answers?|chat)"  # not "is it automatic?" (the unit connecting)
    r"|auto ?(?:reply|replies|response|responses|responder)|chat ?gpt"
    r"|(?:is|are) (?:there )?(?:a |any |an actual |a real )?(?:human|person|people|real person|actual person)"
    r" (?:actually |really )?(?:reading|typing|writing|behind|on the other end)"
    r"|(?:human|person|someone|somebody|anyone|anybody) (?:actually |real )?on the other end)(?![a-z0-9])")
_PREFER_HUMAN_RE = lazy(r"(?<![a-z0-9])(prefer|rather|want|need|like) (a |an |to talk to (a |an )?)?"
                        r"(person|human|people|someone|real one|real person)(?![a-z0-9])")

_HELP_RE = lazy(
    r"(?<![a-z0-9])(what do (you|u) mean|whats? (does|do) (that|this|it|\w+) mean|what does (that|this|it|\w+) mean"
    r"|dont (understand|get (it|what|the question))|didnt (understand|get (it|that))|not sure what (you|u) mean"
    r"|(i am|im) (confused|lost)|confused|what are you asking|what (do|should) i (say|answer|type|put)"
    r"|explain\w*|what means|what am i (meant|supposed) to (be )?(do|doing)|what counts as an? \w+|(which|what) \w+( \w+)?( \w+)? (should|do|am) i|(which|what) \w+ (do )?(you|u) mean|(set up|setup|approved|registered|counted|count) (how|what)|how exactly|not clear|what (am i|should i be|are we) (supposed to be )?(looking|watching|waiting) for|what is (that|this)|whats that|whats this|meaning of|what do you want me to|sorry what"
    r"|i dont follow|makes no sense|dont know what (that|this|you|it) (is|means|mean)"
    r"|whats an? \w+|what is an? \w+|whats (?!next|up|new)\w+$|what is \w+$|what are \w+$|whats the difference|help me understand)"
    r"(?![a-z0-9])"
)
# Asking for help in general; the rest of _HELP_EXACT is confusion about the question just asked.
_GENERAL_HELP = {"help", "info", "help please", "please help", "help me"}
_HELP_EXACT = _GENERAL_HELP | {"huh", "what", "sorry", "pardon", "eh", "what do you mean", "i dont understand",
                               "wut", "wat", "hm", "hmm", "umm", "um"}
# Starting the conversation over. "start again" and "do it over" only count at the start of a clause (after
# "can we", "lets", "please"...): "the fast ones start again" describes the light.
_POLITE_START = r"(?:^|(?:^|\b)(?:lets|let us|can we|could we|i want to|i would like to|id like to|please|just|we should)\s)"
_RESTART_RE = lazy(
    r"^(lets |let us |can we |i want to |i would like to |please )?(restart|reset|start again)( please| pls)?$"
    r"|" + _POLITE_START + r"(start|begin|do|redo|go|restart) (the whole thing |everything |it all |this all |this |it "
    r"|all |the chat |the conversation )?(all )?(over|again|afresh)"
    r"|(?<![a-z0-9])(start (it |this |all |everything )?over|begin again|start afresh|start from scratch"
    r"|go back to the (start|beginning)|reset (the )?(chat|conversation)|restart (the |this )?(whole )?(chat|conversation"
    r"|questions|flow|troubleshooting|thing|process|steps|from)|from the (very )?(beginning|top)"
    r"|(redo|start|restart|begin|do) (this |it |everything |all )?from (scratch|step one|the (very )?(start|beginning))"
    r"|back to (the )?(very )?(beginning|start)|square one)(?![a-z0-9])"
)


def global_word(text: str) -> str | None:
    """The keyword when the WHOLE message is an opt-out or opt-in keyword ("stop" / "start"); None otherwise."""
    p = message(text).plain
    if p in _STOP_WORDS:
        return "stop"
    if p in _START_WORDS:
        return "start"
    return None


def asks_for_person(msg: Message) -> bool:
    p = msg.plain
    if not p:
        return False
    if channel_question(msg.raw):
        # "is this the help line?" (asks.channel_question); what follows may ask: "is this automated? I prefer a person"
        rest = re.split(r"[?!.\n]", msg.raw.strip(), maxsplit=1)[1:]
        return bool(rest and rest[0].strip() and asks_for_person(message(rest[0])))
    if p in ("agent", "human", "person", "representative", "rep", "operator", "support", "real person", "someone",
             "a human", "a person", "an agent", "human please", "agent please", "person please", "live agent"):
        return True
    if _NOT_REQUEST_RE.search(p) and not _BOT_Q_RE.search(p):
        return False
    for clause in (c for c in msg.clauses or (p,) if not visit_asked(c, "?" in msg.raw)):  # n10: a visit, asked
        strong = _STRONG_RE.search(clause)
        if strong and not re.search(r"(?<![a-z0-9])(dont|not|no) (need|want)", clause[: strong.start()]):
            if _MENTION_RE.search(clause) and not _ASK_RE.search(clause):
                continue
            return True
        if _WEAK_ASK_RE.search(clause) and not _MENTION_RE.search(clause):
            return True
        if _CALLBACK_RE.search(clause):
            return True
    return bool(_BOT_Q_RE.search(p) and _PREFER_HUMAN_RE.search(p))


def global_intent(text: str) -> str | None:
    """"stop", "start", "agent", "restart" or "help" for what applies at any step; None for an ordinary answer."""
    return global_word(text) or step_free_intent(text)


def word(text: str, facts: Mapping[str, object] | None) -> str | None:
    """The intent the intake read once (`facts["word"]`, see flows/troubleshoot/plugin.py), or read now for text
    that came without it (tests, messages stored before facts carried it)."""
    if facts and "word" in facts:
        got = facts["word"]
        return got if isinstance(got, str) else None
    return global_intent(text)


def general_help(text: str) -> bool:
    """"help" on its own (general help), as opposed to "huh?" or "what do you mean by X" (explain this question)."""
    return message(text).plain in _GENERAL_HELP


def asks_if_bot(text: str) -> bool:
    """Whether the customer asks if they are talking to a bot or a person (the bot says it is automated)."""
    return _BOT_Q_RE.search(message(text).plain) is not None


# "do you store my wifi password?", "is this safe?", "who can see what I type": a question about their data.
_PRIVACY_RE = lazy(
    r"(?<![a-z0-9])(?:(?:do|will|would|did|can|could|does) (?:you|u|ya|they|anyone|someone|somebody|your (?:company|team"
    r"|staff|people)|the company|support) (?:\w+ )?(?:store|keep|save|see|record|log|share|sell|read|look at|remember"
    r"|have access|access|write down)"
    r"|(?:is|are) (?:it|this|my (?:data|info|information|password|details|stuff)|that|these chats?|this chat) (?:\w+ )?(?:safe"
    r"|secure|private|encrypted|stored|saved|kept|recorded)"
    r"|who (?:can|will|else|gets to) (?:see|read|access)|privacy|data protection|gdpr|safe to (?:give|send|share|type|tell)"
    r"|(?:delete|erase) (?:my|it|the) (?:password|data|info))(?![a-z0-9])")
_PRIVATE_THING = lazy(r"(?<![a-z0-9])(password|pw|pass|data|info|information|details|this|it|that|messages?|chat"
                      r"|what i (type|write|send|say)|stuff|safe|secure|private|privacy|gdpr)(?![a-z0-9])")


# "is it safe for him to press the buttons on it? i dont want him breaking it" (explore7 got the privacy answer).
_TOUCH_RE = lazy(r"\bsafe (?:to|for \w+(?: \w+)? to|if \w+) (?:press|touch|hold|push|handle|pick)\b|\b(?:will|would|could|can"
                 r"|might) (?:he|she|they|i|we|it|my \w+|the kids?) (?:\w+ )?(?:break|damage|ruin|wreck|brick) (?:it|the \w+)\b")


def asks_if_safe_to_touch(text: str) -> bool:
    """Whether the customer asks if handling the unit (its buttons) can harm it: a question, not a worry told."""
    msg = message(text)
    return safe_touch.asks_if_safe(msg) or \
        ("?" in text or msg.plain.startswith(("is it safe", "can he", "can she", "will it"))) and _TOUCH_RE.search(msg.plain) is not None


def asks_privacy(text: str) -> bool:
    """Whether the customer asks if their Wi-Fi password or data is kept, seen or safe."""
    plain = message(text).plain
    m = _PRIVACY_RE.search(plain)
    return m is not None and _PRIVATE_THING.search(plain) is not None and _SAFE_TO_DO.search(plain) is None and \
        _NOTICED.search(plain) is None


# "did you see my last message?": whether the bot took it in, not who can see it (the fourth blind exploratory test got
# the privacy answer, and its light correction was lost).
_NOTICED = lazy(r"\b(?:did|didnt|do|have|havent|did not) (?:you|u) (?:even )?(?:see|read|get|catch|notice) (?:my|what i)"
                r" (?:last |previous |earlier |other |first )?(?:message|msg|text|reply|answer|said|wrote|typed)")
# "is it safe to unplug it?": about doing what the bot asked, not about their data (a blind exploratory test got the
# privacy answer, and its question none).
_SAFE_TO_DO = lazy(r"\bsafe (?:to|for (?:me|him|her|them|us|my \w+|the kids?|a kid) to|if (?:i|he|she|they|we|my \w+)) (?:unplug|press"
                   r"|restart|reboot|reset|turn|switch|do|try|leave|move|pull|update|use|touch|plug|power|hold|run|set)\b")


# Angry, frustrated or swearing: acknowledged once (firm words alone are not: "really bad signal here").
_UPSET_RE = lazy(
    r"(?<![a-z0-9])(?:f+u+c+k\w*|fck\w*|fk|wtf|shit\w*|crap|bs|bullshit|piece of (?:junk|crap|shit|garbage|rubbish)|junk"
    r"|garbage|rubbish|useless|worthless|pathetic|ridiculous|joke|waste of (?:time|money|space)|fed up|sick (?:of|and tired)"
    r"|(?:so|really|very|beyond) (?:annoyed|angry|frustrated|frustrating|fed up|mad|pissed)|annoy\w*|frustrat\w*"
    r"|pissed|furious|livid|hate (?:this|it|you)|(?:third|3rd|fourth|4th|fifth|5th|again and again) time"
    r"|been (?:at (?:this|it)|trying|doing this|on this) (?:for )?(?:an? |one |two |2 |three |3 )?(?:hours?|ages|ever|days?)"
    r"|had enough|this is (?:a )?(?:stupid|dumb"
    r"|terrible|awful|insane)|stupid (?:device|thing|product|bot|machine|company)|dumb (?:device|thing|product|bot)"
    r"|terrible|awful|disgrace\w*|unacceptable|refund)(?![a-z0-9])")


def upset(text: str) -> bool:
    """Whether the customer is angry, frustrated or swearing (shouting in capitals counts)."""
    # Shouting: several words in capitals (a serial or "OK" alone is not).
    # Capitals alone are not anger: some customers always type in capitals, and a serial typed in groups ("PHH AAB
    # 830 ABC DEF") is capitals too (a blind exploratory test was told "sorry this has been such a hassle" for
    # both). With an exclamation mark they are shouting.
    words = re.findall(r"[A-Za-z]{3,}", text)
    shouting = len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words) and "!" in text
    return shouting or _UPSET_RE.search(message(text).plain) is not None


def step_free_intent(text: str) -> str | None:
    """"agent", "bot", "privacy", "wait", "duration", "restart" or "help" (what means the same at every step, short of a
    keyword);
    None otherwise."""
    msg = message(text)
    if asks_if_bot(text) and not any(asks_for_person(message(c)) for c in msg.clauses if not asks_if_bot(c)):
        return "bot"  # "are you a bot?", not "are you a bot? get me a human"
    if asks_for_person(msg):
        return "agent"
    if asks_privacy(text):
        return "privacy"
    if asks_wait(text):
        return "wait"
    if asks_duration(text):
        return "duration"
    p = msg.plain
    if any(_RESTART_RE.search(re.sub(r"^(ugh|ok|okay|fine|right|so|oh|forget it|just|look|honestly) ", "", c))
           for c in (p, *msg.clauses)):
        return "restart"
    if p in _HELP_EXACT:
        return "help"
    return None


def asks_meaning(text: str, short_questions: bool = True) -> bool:
    """True when the customer asks what the question means ("what do you mean by registered?").

    With `short_questions`, a short question back with a question word counts too ("approved by who?").
    """
    msg = message(text)
    p = msg.plain
    if not p:
        return "?" in msg.raw
    if p in _HELP_EXACT or _HELP_RE.search(p):
        return True
    # A short question back with a question word: "approved by who?", "count what exactly?".
    toks = msg.tokens
    if msg.is_question and re.match(r"(so )?what counts as\b", msg.plain):
        return True
    if verdict(msg) == "unsure":
        return False  # "its just blue? cant tell which kind": a doubt, not a question about the question
    first = msg.clauses[0].split() if msg.clauses else toks
    return short_questions and msg.is_question and len(first) <= 8 and bool(
        set(first) & {"who", "what", "which", "whats", "whom"}) and not re.search(r"whats (next|up|new)", msg.plain)



_WAITING_RE = lazy(r"\b(hello|hi|hey|anyone|anybody|somebody|someone|any (update|news|word)|update|news|how long"
                   r"|(are )?(you|u) (still )?there|is (this|it) (working|on)|reply|respond|answer me"
                   r"|still waiting|waiting|when will|whats happening|what now|what next|status|what happens( now"
                   r"| next)?|whats next|now what)\b")


# "can we keep trying?", "let's try again", "I want to carry on": back to the questions, not a note for support.
_KEEP_TRYING_RE = lazy(
    r"\b(?:(?:can|could|shall|should) (?:we|i) (?:please )?(?:keep (?:trying|going)|try (?:it |that |again|some more|"
    r"more)|carry on|continue|go on|still try)|(?:lets|let us|i (?:want|would like|d like) to|id like to|i wanna"
    r"|i can) (?:keep (?:trying|going)|try (?:again|some more|more)|carry on|continue)|^(?:ok |okay |please )?"
    r"(?:keep trying|try again|carry on|continue|keep going)$)"
    # Round 28 (the fourth blind exploratory test's "I changed my mind, I'd rather try fixing it with you now than wait
    # a day" and "ok let's troubleshoot" were added to the case): fixing it with the bot instead of waiting.
    r"|\b(?:lets|let us|can we|could we|shall we|i want to|id like to|i d like to|i wanna)(?: \w+){0,2}"
    r" (?:troubleshoot\w*|fix (?:it|this)|try (?:the |some )?(?:other|more|next|something|another|again|stuff)"
    r"|keep at it|give it (?:another|a) (?:go|try|shot)|start over|start again|do the (?:troubleshoot\w*|steps|checks|tests?)"
    r"|try (?:it )?(?:with you|myself))\b"
    r"|\bchanged? my mind\b|\b(?:rather|prefer to|prefer) (?:try|fix|do|troubleshoot|keep)\w*\b"
    r"|\b(?:dont|do not) (?:want to|wanna) wait\b|\bhelp me fix\b"
    r"|\b(?:with you|with the bot|myself|ourselves) (?:instead|now|meanwhile)\b|\binstead of waiting\b"
    r"|\b(?:help|try|fix|troubleshoot)\w*(?: \w+){0,3} (?:meanwhile|while (?:i|we) wait)\b"
    r"|\bwhat else can (?:i|we) (?:try|do)\b")


def keep_trying(text: str) -> bool:
    """True when the customer wants to go on trying with the bot ("actually, can we keep trying?")."""
    return _KEEP_TRYING_RE.search(message(text).plain) is not None


def asks_while_waiting(text: str) -> bool:
    """A message to support that wants an answer ("hello, anyone there?", "any update?", "how long will it take"),
    as opposed to a note for them ("it's an Arris router")."""
    msg = message(text)
    return msg.is_question or bool(_WAITING_RE.search(msg.plain))


# Every word of it thanks, an ok or a goodbye ("k bye" reopened a fixed case: the eighth blind exploratory test).
_PLEASANT_WORD = (r"(?:thanks?(?: you)?(?: so much| very much| again| a lot| heaps)?|thank u|thx|ty|tysm|cheers|bye(?: bye)?"
                  r"|byee+|goodbye|good bye|cya|see ya|see you|later|laters|ttyl|gtg|got to go|gotta go|good ?night|night"
                  r"|take care|have a (?:good|nice|great) (?:day|one|night|evening|weekend)|ok|okay|k|kk|okie|alright"
                  r"|great|perfect|awesome|brilliant|cool|lovely|yay|all good|sorted|nice|amazing|you rock|lol|haha"
                  r"|mate|again|now|so|well|then|!+|fine|np|no problem|sweet|ace|super|excellent|wonderful|fab|laterz"
                  r"|see (?:yes|ya|u|you)(?: later| soon| around)?|(?:thats|that is) (?:all|it|everything)(?: from me"  # round 35
                  r"| for (?:now|today))?|nothing else|all for (?:now|today)|(?:im|i am) off(?: now)?|(?:talk|speak) (?:soon"
                  r"|later)|bye for now|take it easy|ciao|adios|gracias|merci|danke|xx+|x)")
_PLEASANTRY_RE = lazy(rf"{_PLEASANT_WORD}(?: {_PLEASANT_WORD})*")
_NOT_ONLY_OK = lazy(r"^(?:(?:ok|okay|k|kk|okie|alright|so|well|then|now|again|fine|lol|haha|mate|!+) ?)+$")


def pleasantry(text: str) -> bool:
    """True for a whole message of thanks or goodbye ("thanks!", "ok thank you", "cheers", "bye"), nothing more."""
    plain = message(text).plain
    return bool(_PLEASANTRY_RE.fullmatch(plain)) and (not _NOT_ONLY_OK.fullmatch(plain) or plain in ("ok", "okay"))


# Giving up on the unit mid-troubleshooting (a blind exploratory test: "forget it, I'm returning this thing" got
# the same question again, twice).
_GIVE_UP_RE = lazy(
    r"\b(i give up|giving up|gave up on (it|this|the (plug|unit|device|thing))|forget (it|this|about it)"
    r"|screw (it|this)|sod (it|this)|(im|i am) (so done|done with (it|this|that|trying))"
    r"|done with (it|this|that)( thing)?|(i|im|i am|ill|i will) (just )?quit\b(?! the app)|quitting"
    r"|(im|i am|ill|i will|going to|gonna) (just )?(return|send back|take back|bin|toss|throw away|ditch) (it|this)"
    r"|(returning|sending|taking) (it|this( thing)?) back|send(ing)? it back|take it back|get (a|my money) (refund|back)"
    r"|(want|need|getting|get) (a |my )?refund|waste of (time|money)|not worth (it|the hassle)"
    r"|this is (useless|pointless|hopeless|crap|rubbish|garbage|a joke)|useless (thing|bot|piece)"
    r"|(toss|bin|ditch|chuck) (it|this)|throw it (away|out)|into a drawer|in a drawer|forget this"
    r"|(im|i am) over (it|this)|cant be bothered|(not|no longer) bother(ing)?( with (it|this))?( any ?more)?"
    r"|(ive|i have) had enough|had enough of (it|this)|enough of this|done trying"
    r"|give up on (it|this)|(buy|get|order) (a different|another|something else|a new one)(?! (router|phone))"
    r"|cancel (my|the) order|(this|it)( thing)? is (junk|trash|a waste)|piece of (junk|crap|rubbish)"
    r"|(stick|go back) (with|to) (my|the) old"
    # "ugh this is too much, i dont even know my wifi password" (a blind exploratory test was told "Great! I'm
    # watching" at the hotspot test)
    r"|this is (all |just |way )?(too much|beyond me)|too much for me|(its|this is|all this is) over my head)\b")
# "never mind" on its own gives up; before an answer it corrects ("nvm, found it: it's HomeNet").
_NEVER_MIND_RE = lazy(r"((nah|ok|okay|oh|ah|meh|ugh|well|just|lol) )*(never ?mind|nvm)( (then|lol|thanks|thx|bye"
                      r"|anyway|sorry|forget it))*")


def gives_up(text: str) -> bool:
    """True when the customer stops trying ("forget it, I'm returning this thing", "never mind, I give up"), not
    for a pause ("I'll try again tomorrow"), a question ("should I just return it?") or "nvm, it works now"."""
    msg = message(text)
    if _NEVER_MIND_RE.fullmatch(msg.plain):
        return True
    for clause in msg.clauses:
        if not _GIVE_UP_RE.search(clause):
            continue
        first, *rest = clause.split()
        if first in ("should", "can", "could", "would", "will", "is", "do", "does", "how", "what", "if", "when",
                     "whats", "am") and (msg.is_question or first == "if" or rest[:1] in (["i"], ["we"])):
            continue  # "should I just return it?", "can I get a refund if ...", "do i need to buy a new one" (explore7)
        return True
    return False


def asks_why(text: str) -> bool:
    """"why?", "why do you need that?", "what for?": the customer asks why the bot asks."""
    return bool(re.match(r"(why|what for|whats it for|what is it for|what do you need (it|that|this) for)\b",
                         message(text).plain))

