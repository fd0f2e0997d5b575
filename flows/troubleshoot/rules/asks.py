"""Common questions and situations customers tell at any step that are neither answers nor requests for a person:
"how long will this take?", "I'm on holiday, it's at the house". Read on the plain text (lower case, no
punctuation; see text.message). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import broken, help_asks, key_unknown, mode_asks, unplug_worry
from flows.troubleshoot.rules.away import away_from_unit as away_from_unit  # re-exported
from flows.troubleshoot.rules.away import back_with_unit as back_with_unit  # re-exported
from flows.troubleshoot.rules.away import someone_there as someone_there  # re-exported
from flows.troubleshoot.rules.led_others import router_light
from flows.troubleshoot.rules.remote_ask import asks_remote
from flows.troubleshoot.rules.text import message, zipf
from flows.troubleshoot.rules.told_before import hotspot_tried as hotspot_tried  # re-exported
from flows.troubleshoot.rules.told_before import password_told as password_told  # re-exported

__all__ = ["aside", "asks_duration", "asks_wait", "away_from_unit", "back_with_unit", "hotspot_tried", "other_language",
           "password_told", "still_here", "thanks_only"]

# What "this" is when a customer asks how long it takes: the help itself, not the light or the hotspot.
_THIS = (r"(?:this|it|that|all this|all of this|the whole thing|this whole thing|the (?:whole )?(?:process|fix|chat"
         r"|troubleshooting|repair|support)|this (?:chat|process|troubleshooting|stuff|thing)|these (?:steps|questions)"
         r"|we|you)")
_DURATION_RE = lazy(
    r"(?<![a-z0-9])(?:"
    # "how long will this take", "how long's this gonna take", "how long does it usually take"
    rf"how (?:long|much time)(?: (?:is|will|does|would|should|do|can|could|s|ll|might))? {_THIS}(?: \w+){{0,3}}? "
    r"(?:take|last|be|need|go on)"
    rf"|how longs? {_THIS} (?:gonna|going to|gunna) (?:take|be|last)"
    r"|how long (?:till|til|until|before) (?:this|it|its|thats|we|you|were|we are|everything)(?: is| s)? (?:done|fixed"
    r"|finished"
    r"|sorted|working|over)"
    r"|how much (?:longer|more)|how many (?:more )?(?:questions|steps|things|minutes|mins)|^how long$|eta"
    r"|(?:are we|r we|we|is this|is it|are you) (?:nearly|almost|close to|near|about) (?:done|finished|there|over)"
    r"|how (?:quick|fast) (?:is|will|can) (?:this|it|we)"
    rf"|{_THIS} (?:gonna|going to|will) take (?:long|ages|forever|all day|hours|the whole day)"
    r"|(?:only|just) (?:got|have) (?:about |like )?(?:\d+|a few|few|five|ten|two|fifteen|twenty|a couple) (?:min|mins"
    r"|minutes|minute)"
    # "will this take long?", "is this gonna take ages", "is this going to be quick"
    rf"|(?:will|would|does|is|s|gonna|going to) {_THIS} (?:\w+ ){{0,2}}(?:take|be|last) (?:long|ages|forever|a while|much time"
    r"|more than|quick|quickly|fast|short|very long|all day|hours)"
    rf"|(?:is|will) {_THIS} (?:gonna |going to )?(?:be )?(?:quick|long|a quick one|a long one)"
    r"|(?:takes?|take) how long|long will (?:this|it) take|time (?:will|does|is) (?:this|it) (?:take|going to take)"
    # "I only have 5 minutes, is that enough?", "got 10 mins"
    r"|(?:i|ive|i have|i ve|i got|i ve got|i have got|i only have|i only got|got|have) (?:only )?(?:got )?"
    r"(?:about |like |maybe |just )?(?:\d+|a few|few|five|ten|two|three|fifteen|twenty|a couple|couple of) "
    r"(?:min|mins|minutes|minute)(?: \w+){0,6}? (?:enough|ok|okay|alright|fine|quick|time)"
    r"|(?:\d+|a few|five|ten|two|fifteen|twenty) (?:min|mins|minutes) (?:enough|is that enough|ok)"
    r")(?![a-z0-9])"
)
# About the light, the hotspot or the unit's own timing, not the help: "how long should the light blink?".
_OTHER_SUBJECT = lazy(r"(?<![a-z0-9])(?:light|led|blink\w*|flash\w*|hotspot|hot spot|router|update|reboot|restart"
                      r"|offline|been|has it|had it|wait for (?:it|the))(?![a-z0-9])")


def asks_duration(text: str) -> bool:
    """Whether the customer asks how long the troubleshooting will take ("how long will this take?", "I've only
    got 5 mins, is that enough?"); not time only mentioned ("it's been offline for a long time")."""
    msg = message(text)
    # Clause by clause, then the whole ("I've only got 5 mins, is that enough?" is two clauses).
    for clause in (*msg.clauses, msg.plain):
        m = _DURATION_RE.search(clause)
        if m is None:
            continue
        # "how long should the light blink for?", "how long has it been offline?": about something else.
        if _OTHER_SUBJECT.search(clause[m.start():]) and not re.search(r"(?:this|the whole thing|all this) take",
                                                                        clause):
            continue
        return True
    return False


# How long to wait for the unit after a change: "how long should I wait?", "how long until it comes back online?".
_WAIT_RE = lazy(
    r"(?<![a-z0-9])(?:how long (?:should|do|shall|must|will|would|ll|have to|need to|to)? ?(?:i|we|you)? ?(?:have to |need "
    r"to )?wait|(?:should|do|shall|must) (?:i|we) (?:just )?wait|how long (?:until|till|til|before) (?:it|its|it s|the "
    r"(?:unit|device|light)) (?:comes?|is|goes|gets|will be|should be|connects|reconnects)"
    r"|how long (?:does|will|should|would) (?:it|the (?:unit|device)) (?:take|need) to (?:connect|come|reconnect|get|go"
    r"|start|boot|show)|how long for it to)(?![a-z0-9])")


def asks_wait(text: str) -> bool:
    """Whether the customer asks how long to wait for the unit after a change ("how long should I wait?")."""
    return _WAIT_RE.search(message(text).plain) is not None


# Languages a customer may write in that we can at least name in our reply (copy_units' "other_language_<lang>").
OTHER_LANGS = ("es", "fr", "de", "pt", "it")


def other_language(text: str) -> str | None:
    """The language of a message written in Spanish, French, German, Portuguese or Italian rather than English
    ("hola, mi aparato no funciona"), or None. Only words of letters count; English is looked at first, so a message
    of common English words never reads the other lists."""
    tokens = [t for t in re.findall(r"[^\W\d_]{2,}", (text or "").lower())]
    if len(tokens) < 3:
        return None
    english = sum(zipf(t, "en") >= 4.0 for t in tokens)
    if english * 2 >= len(tokens):
        return None
    votes: dict[str, int] = {}
    for t in tokens:
        en = zipf(t, "en")
        best = max(OTHER_LANGS, key=lambda lang: zipf(t, lang))
        if zipf(t, best) >= max(en + 1.0, 3.0):
            votes[best] = votes.get(best, 0) + 1
    if not votes:
        return None
    lang, n = max(votes.items(), key=lambda kv: kv[1])
    return lang if n * 2 > len(tokens) else None


# --- asks answered mid-conversation, and facts told before their question ----------------------------------------

# "why do you keep asking me questions, just fix it", "how many more questions?".
_WHY_QUESTIONS_RE = lazy(
    r"(?<![a-z0-9])(?:(?:why|how come) (?:do |are |r |does )?(?:you|u|it|this bot|the bot) (?:keep|keeps|still|always|need to)"
    r" ask\w*|why (?:all|so many|the|these|all these|all the) (?:\w+ )?questions|how many more (?:questions|things|steps)"
    r"|(?:stop|enough|sick of|tired of|fed up with) (?:with )?(?:asking|all)? ?(?:the |these |all these |your )?questions"
    r"|so many questions|too many questions|(?:already|just) (?:asked|answered) (?:me )?(?:that|this|you that)"
    r"|why (?:are|r) (?:you|u) asking (?:me )?(?:again|that again|this again)|(?:just|pls|please) fix it(?: already)?$"
    r"|more questions\b)")


def aside(text: str) -> str | None:
    """A mid-conversation ask the bot answers before its question again: "check_remote" ("can't you check it from your
    end?"), "is_broken" ("is it broken?"), "why_questions" ("why all these questions?"), "router_light" (the router's
    lights told), "allow_device" (the router's prompt to let a new device in), "setup_mode" (how to put the unit in set-up mode), or
    None."""
    plain = message(text).plain
    if _WHY_QUESTIONS_RE.search(plain):
        return "why_questions"
    if mode_asks.asks_setup_mode(text):
        return "setup_mode"  # "how do I put it in setup mode?" (explore11's n05 got the scanner app explained)
    if _ANTENNA_RE.search(plain):
        return "antenna"  # "the antenna wire is unplugged, should i plug it back in?" (round 11 got the hotspot steps)
    if asks_remote(text):
        return "check_remote"
    question = "?" in text or re.match(r"(?:is|do|does|should|will|has|could|can|are|whats|what s)\b", plain) is not None
    if broken.asks_if_broken(text):
        return "is_broken"  # "is it broken?", and "did I break it?" or "i think it's faulty" (bench/round18.py)
    if help_asks.asks_visit(text) and (question or "?" in text):
        return "visit"  # "will someone come to my house to fix it?" (explore13's n10 got "Sorry, I didn't get that")
    if help_asks.asks_cost(text) or (question and _COST_RE.search(plain) and
                                     not re.search(r"\b(?:data|hotspot|wifi|wi fi|network|internet)\b", plain)):
        return "cost"  # "will this cost me money?" (round 12 got "Sorry, I didn't get that", twice)
    if router_light(text) and not unplug_worry.worried(text):  # "wont the living room one go off too?" (explore10)
        return "router_light"  # "the router lights are all orange, is that bad" (round 26: passed over)
    if _ALLOW_RE.search(plain) and (question or "should" in plain):
        return "allow_device"  # "'New device wants to join - Allow/Block'. Should I tap Allow?" (the fourth test)
    return None


# The router app's prompt for a new device: "should I tap Allow?", "it asks allow or block".
_ALLOW_RE = lazy(r"\b(?:tap|hit|press|click|choose|pick|select) (?:on )?(?:allow|approve|accept)\b"
                 r"|\ballow ?(?:/|or) ?block\b|\b(?:allow|approve) (?:the (?:new )?device|this device)\b"
                 r"|\bwants to join\b")


_COST_RE = lazy(r"\b(?:cost|costs|charge|charged|pay|paying|fee|fees|price|expensive|free|money|bill|billed)\b")


_ANTENNA_RE = lazy(r"\b(?:antenna|aerial)s?\b.*\b(?:off|unplugged|loose|missing|broken|fell|came|plug\w*|attach\w*"
                   r"|connect\w*|need|should|new|lost|snapped|out)\b|\b(?:no|lost|missing|broken|loose) (?:the )?"
                   r"(?:antenna|aerial)\b|\bneed (?:a |an )?(?:new |another )?(?:antenna|aerial)\b")


_STILL_HERE_RE = lazy(r"^(?:(?:yes|yeah|yep|yea|ya|ok|okay|sorry|hi|hello|hey|oh|oops|still) )*(?:i m |im |i am |i m still "
                      r"|im still |i am still |still )?(?:here|back|around|with you)(?: now| sorry| again)*$"
                      r"|^(?:sorry|apologies) (?:i was|i got|got|was) (?:busy|away|distracted|side ?tracked)\b")


def still_here(text: str) -> bool:
    """The whole message says the customer is (back) here ("yes I'm here", "sorry, I'm back"): an answer to "are you
    still there?", not to the question before it."""
    return _STILL_HERE_RE.search(message(text).plain) is not None


# Thanks in more words ("thanks, have a good day", "that worked, thanks a lot"), with nothing said still wrong (a blind
# exploratory test's thanks just after a fix reopened the case).
_THANKS_RE = lazy(r"\b(?:thanks|thank you|thank u|thx|ty|cheers|ta|appreciate it|much appreciated)\b")
_STILL_WRONG_RE = lazy(r"\b(?:not|no|still|again|stopped|doesn'?t|didn'?t|won'?t|isn'?t|can'?t|problem|issue"
                       r"|offline|broken|but|another|other|also|too)\b")


def thanks_only(text: str) -> bool:
    """Thanks, in any words, and nothing that says something is still wrong."""
    lower = text.lower()
    return _THANKS_RE.search(lower) is not None and _STILL_WRONG_RE.search(lower) is None


# Asking support to drop the case ("never mind, it's working, you can close this", "please cancel my ticket"): a blind
# exploratory test's "please cancel the case" got no reply at all.
_CANCEL_RE = lazy(
    r"\b(?:cancel\w*|close|closed|withdraw|delete|drop|scrap|shut)\b (?:\w+ ){0,3}?(?:case|ticket|request|complaint"
    r"|support|query|enquiry|inquiry|claim|report|it|this|that)\b"
    r"|\b(?:dont|do not|no longer|wont|will not|dont even|doesnt) need (?:any )?(?:help|support|you|the case|assistance"
    r"|anyone|someone|it any ?more|to (?:hear|talk|speak|call|contact))"
    r"|\b(?:you can|feel free to|please|go ahead and|pls|just) (?:close|cancel|ignore|disregard)\b"
    r"|\b(?:ignore|disregard) (?:my|this|the|that|those|these|previous|earlier) (?:\w+ )?(?:case|ticket|message|messages"
    r"|request)"
    r"|\bno (?:need|longer need)(?: for)? (?:any )?(?:help|support|anyone|a reply|someone|to (?:reply|contact|call|get"
    r" back|look|check|ring|email|respond))"
    r"|\b(?:all )?(?:sorted|fixed|solved|resolved) (?:now )?(?:so )?(?:you can|no need)\b"
    r"|\bcall off\b|\bstand down\b|\bnot needed any ?more\b"
    r"|^(?:please |pls |ok |yes |yes please )?cancel(?: it| that| this)?(?: please| pls| thanks| thank you)?$")
_NOT_CANCEL_RE = lazy(r"\b(?:did|have|has) (?:you|u|ya|they|support|someone) (?:\w+ )?(?:close|closed|cancel\w*)\b"
                      r"|\b(?:dont|do not|please dont|pls dont|not|never|why did you|why was|why has|who) "
                      r"(?:\w+ ){0,2}(?:cancel\w*|close|closed|ignore)\b|\bcancel\w* (?:my|the|our) (?:plans|order"
                      r"|subscription|appointment|meeting)\b|\bapp cancel\w*|\bsetup cancel\w*"
                      # "does my buddy need to delete it from his account first?" (explore12's n04 closed the case)
                      r"|\b(?:need|needs|have|has|should|must|got) to (?:delete|remove|drop) (?:it|this|that)\b"
                      r"|\b(?:delete|remove|drop) (?:it|this|that) (?:from|off|out of) (?:his|her|their|my|the|our|your) "
                      r"(?:account|app|phone|list|profile|devices)\b")


# Taking a request to close back ("no wait actually dont cancel, i want to keep it": the eighth blind exploratory test
# got "Added to your case." three times, then "Done: our support team has your request to close the case.").
_KEEP_CASE_RE = lazy(r"\b(?:dont|do not|please dont|pls dont|no dont|never) (?:\w+ ){0,2}(?:cancel|close)\w*\b(?! (?:my )?"
                     r"(?:plans|order|subscription|account))|\bkeep (?:it|my case|the case|the ticket|this|my ticket) (?:open"
                     r"|going|active)\b|\b(?:i want|id like|i d like|i would like|please) to keep (?:it|the case|my case"
                     r"|the ticket)\b|\b(?:undo|take back|scratch|forget|ignore) (?:the |my |that )?(?:cancel\w*|close|closing)\b")


def keep_case(text: str) -> bool:
    """The customer takes back a request to close their case."""
    return _KEEP_CASE_RE.search(message(text).plain) is not None


def cancel_case(text: str) -> bool:
    """The customer asks support to drop the case, or says they no longer need it."""
    plain = message(text).plain
    return _CANCEL_RE.search(plain) is not None and _NOT_CANCEL_RE.search(plain) is None


# "hello is this the help line?", "am I talking to a real person?": whether they reached support, not a request for a
# person (a blind exploratory test's "hello is this the help line" was handed to support at once, with no unit known).
_CHANNEL_RE = lazy(
    r"^(?:(?:hi|hello|hey|hiya|hallo|good (?:morning|afternoon|evening)|excuse me|sorry|um+|erm)\b[ ,.!?]*)*"
    r"(?:is (?:this|that|it|this chat)|am i (?:talking|speaking|chatting|texting) (?:to|with)|have i (?:reached|got|come"
    r" to|found)|am i (?:in|at) the right (?:place|number|chat)|is this where|are you|r u|who am i (?:talking|speaking)"
    r" (?:to|with)|who is this|whos this|is anyone|is somebody|is someone)\b"
    r"(?:(?! (?:can|could|may) i (?:talk|speak|chat)| (?:i )?(?:want|need|would like) (?:to )?(?:talk|speak)).)*$")
_CHANNEL_WORDS_RE = lazy(r"\b(?:help ?line|helpline|help desk|helpdesk|customer (?:service|support|care|services)"
                         r"|support|tech(?:nical)? support|right (?:place|number|chat|company)|real|human|person"
                         r"|bot|robot|machine|computer|ai|automated|cyan\w*|who|company|service|team)\b")


def channel_question(text: str) -> bool:
    """The first sentence only asks whether this is support, or who is answering; the rest may tell the problem."""
    plain = message(text).plain
    first = message(re.split(r"[?!.\n]", text.strip(), maxsplit=1)[0] or text).plain
    return bool(first) and _CHANNEL_RE.search(first) is not None and _CHANNEL_WORDS_RE.search(first) is not None \
        and _PERSON_ASKED_RE.search(plain) is None


# ... but a person asked for in the same message is that request: "is this customer service? I need to speak to someone".
_PERSON_ASKED_RE = lazy(r"\b(?:(?:can|could|may) (?:i|we)|(?:i )?(?:need|want|would like|wanna|id like)(?: to)?)"
                        r" (?:talk|speak|chat)\b|\b(?:put|get) me through\b|\b(?:human|agent|person|someone)"
                        r" please\b")


# Questions at the hotspot set-up that are not about setting it up (a blind exploratory test's "why do I need a
# hotspot?", "will it cost me data?" and "how long must it stay on?" got the set-up steps, then a handoff).
_HOTSPOT_ASIDES = (
    # "which password do i use for the hotspot, old or new" after a Wi-Fi change (explore12's n03 was told the password
    # is never kept, then "OLD or NEW password for the hotspot??" started the test's wait).
    ("which_password", lazy(r"\b(?:which|what) (?:password|pw|pass|key)\b.{0,40}\bhot ?spot|\bhot ?spot\b.{0,40}\b(?:which|what)"
                            r" (?:password|pw|pass|key)\b|\b(?:old|new) or (?:the )?(?:old|new)\b(?: (?:password|pw|pass|one|key"
                            r"|wifi))?")),
    # "does it even know my hotspot? i never put it in" (the fourth exploratory test was told "Take your time", then
    # handed off as not understood): how the unit finds the hotspot.
    ("knows", lazy(r"\b(?:does|will|would|can|how (?:does|will|would|can)) (?:it|the \w+|my \w+|that thing) (?:even )?"
                   r"(?:know|find|see|recogni[sz]e|connect to|join|get on) (?:about )?(?:my|the|a|this|that|which) ?"
                   r"(?:hot ?spot|phone|iphone|android)?|\bnever (?:put|typed|entered|added|set|gave|told) (?:it|the"
                   r" hotspot|my hotspot|the password|the name|anything) (?:in|into)\b|\b(?:dont|do not|didnt) i "
                   r"(?:need|have) to (?:add|put|enter|type|pair|connect|link|set)\b|\bdo i (?:need|have) to (?:pair|link"
                   r"|add|put|enter|type) (?:it|the \w+|the hotspot|my hotspot|the password)\b")),
    ("chat", lazy(r"\b(?:lose|losing|drop|cut off|disconnect\w*|kick\w*|still (?:work|be able|text|message|chat|get"
                  r"|reach|talk|use|call)|keep (?:working|chatting|talking)|can i (?:still )?(?:text|message|chat"
                  r"|reply|talk|call|use (?:my|the) phone))\b.{0,40}\b(?:chat|you|this|phone|texts?|messages?|calls?"
                  r"|internet|whatsapp|conversation)\b|\b(?:chatting|texting|messaging|talking|typing) (?:to you )?(?:on|with"
                  r"|from) (?:this|my|the same) phone\b|\b(?:this chat|my phone|the chat|my texts|the phone) (?:still )?"
                  r"(?:work|working|go|stop)")),
    ("chat", lazy(r"\bhow (?:will|do|can|would) i (?:reply|answer|talk|message|text|reach you|keep chatting|chat)\b"
                  r"|\b(?:using|on) (?:my|this|the) phone (?:to |for )?(?:talk|chat|messag|text)\w*|\bwill (?:the|this|our)"
                  r" (?:chat|conversation|messages?|texts?) (?:stop|end|drop|work|disconnect|cut|go)"
                  r"|\b(?:stay|remain|still be|be) (?:connected|online|in touch) (?:to|with) (?:you|this|the chat)"
                  r"|\b(?:disconnect|cut|kick|drop)\w* (?:me )?(?:off |out )?(?:from |of )?(?:this|the|our) (?:chat"
                  r"|conversation)")),
    ("data", lazy(r"\b(?:data|gb|gigs?|mb|megabytes?|allowance|plan|bill|charges?|charged|cost|costs|costing|pay|paid|"
                  r"expensive|free|roaming)\b")),
    ("how_long", lazy(r"\bhow long\b(?! (?:have|has|did|ago))|\bfor how long\b|\b(?:leave|keep|stay|have) (?:it |the "
                      r"hotspot |this )?(?:on|running|going)? ?(?:for )?(?:ever|forever|all day|all night|long"
                      r"|permanently|how many minutes)\b|\bhow many minutes\b|\bwhen can i (?:turn|switch) (?:it )?off\b")),
    ("why", lazy(r"\bwhy\b|\bwhat(?:s| is) the (?:point|purpose|reason|idea)\b|\bhow (?:will|would|does|is) (?:a |the "
                 r"|that |this |it )?(?:hotspot |test )?(?:help|work|fix|tell|show)|\bwhat (?:does|will|would) (?:this|the"
                 r"|that|a) (?:test|hotspot) (?:do|show|tell|prove|achieve)\b|\bwhat for\b")),
)


# No band setting on the phone's hotspot: "my samsung doesnt let me change the band, there's no option. what now"
# (explore11's n10 got "OK, go ahead"). A sentence that names the setting and its absence.
# "that option", "such a setting": the band setting the bot just named.
_BAND_SETTING = lazy(r"\b(?:bands?|ap band|2 ?4(?: ?ghz| ?g)?|24 ?ghz|\d ?ghz|compatib\w*|maximi[sz]e\w*|frequenc\w*)\b"
                     r"|\b(?:that|such|this) (?:an? )?(?:option|setting|switch|toggle)s?\b")
# Not "can't find": where it is, the how-to's (script hotspot_watch_questions).
_ABSENT = lazy(r"\b(?:no|not|dont|doesnt|didnt|isnt|aint|wont|without|missing|nowhere|never|nothing|none|greyed|grayed"
               r"|(?:cant|cannot|couldnt) (?!find|see|locate|get to)\w+)\b|\bonly (?:has|have|shows?|gives?|offers?|lets?|got)\b")


def _no_band_setting(text: str) -> bool:
    for sentence in re.split(r"(?<=[.!?;])\s+|\s+but\s+", text):
        plain = message(sentence).plain
        if _BAND_SETTING.search(plain) and _ABSENT.search(plain) and not re.search(r"\bwhat(?: does| is|s)\b", plain) \
                and not re.search(r"\b(?:router|modem|hub|mesh|eero|gateway)\b", plain):  # the phone's, not the router's
            return True
    return False


# No mobile data at all, said, not asked about: the hotspot cannot be made.
_NO_DATA = lazy(r"\b(?:no|without|zero|dont have|doesnt have|dont get|doesnt get|has no|have no) (?:any )?(?:mobile |cell "
                r"|cellular )?data\b(?! (?:left|right now|at the moment|till|until))")


def hotspot_aside(text: str) -> str | None:
    """"which_password", "knows", "chat", "data", "how_long", "no_band" or "why" for a question at the hotspot set-up
    about the test itself; None otherwise."""
    msg = message(text)
    asked = msg.is_question or re.search(r"^(?:why|how|will|does|can|do|is|what|whats|for|if|wont|would)\b", msg.plain) \
        or re.search(r"\b(?:small|limited|little|no|low) (?:data|plan|allowance)\b|\bdata (?:plan|allowance|cap)\b", msg.plain)
    if _no_band_setting(text):
        return "no_band"  # before the how-to its words would ask for ("my iphone has no maximize compatibility")
    if key_unknown.doesnt_know_wifi(msg.plain):
        return "key_unknown"  # "i dont know my wifi name or password tho" (explore13's n05: read as a hotspot's name)
    for kind, pattern in _HOTSPOT_ASIDES:
        if kind in ("data", "why") and not asked:
            continue  # "data" and "why" words are everywhere; asked about, they are the question
        if kind == "data" and re.search(r"\b(?:router|light|led|turn (?:it |my )?data on|data (?:is )?off)\b", msg.plain):
            continue
        if kind == "data" and not msg.is_question and _NO_DATA.search(msg.plain):
            continue  # "my plan has no data": no hotspot at all, not a worry about its cost (explore10's C04)
        if pattern.search(msg.plain):
            return kind
    return None


# A bare yes or ok right after "you're all set": agreement with it (a blind exploratory test's "yes" reopened the case).
_BARE_OK = frozenset({"yes", "ok", "okay", "k", "cool", "great", "good", "nice", "perfect", "brilliant", "awesome",
                      "yes thanks", "ok thanks", "ok great", "ok cool", "sweet", "lovely", "yay"})


def bare_ok(text: str) -> bool:
    return message(text).plain in _BARE_OK


# "which ones do I have?", "what devices are on my account?", "can you list my units?" at the serial question.
_WHICH_UNITS = lazy(r"\b(?:which|what) (?:units?|devices?|ones?|sensors?|things?)(?: \w+){0,2} (?:do i have|have i got"
                    r"|are (?:on|in|under) (?:my|the) account|do you (?:see|have)|are there|are mine|i have)"
                    r"|\blist (?:my|the|all|all my|all the) (?:units|devices|sensors)|\bwhat (?:do i|have i) (?:have|got)"
                    r" (?:on|in|under) (?:my|the) account")


def which_units(text: str) -> bool:
    """The customer asks which units they have (round 12: no app, no sticker, handed to support)."""
    return _WHICH_UNITS.search(message(text).plain) is not None
