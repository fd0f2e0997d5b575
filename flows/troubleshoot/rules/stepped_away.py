"""Stepping away or back mid-chat, with no answer in the message: "brb", "one sec, kid's crying", "gotta grab the
door, back in 5" (the question stays open, not asked again; see told._brb for how it counts) and "ok I'm back, where
were we", "sorry about that, what did you need again" (the question again). The sixth blind exploratory test got
"Sorry, I didn't catch that", a flash colour asked, and at the Wi-Fi name question its words taken as the network's
name; round 33's blind set found the first reader took only "brb" and "back, where were we" said alone (5 of 40).

Read on the plain text (see text.message): no answer in it (a light's colour or pattern, yes or no, a Wi-Fi name),
then a return or a recap asked for, then leaving in so many words, or a moment asked for with nothing else about the
troubleshooting. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["only_a_pause", "says_back", "stepped_away"]

_FOR_A_BIT = r"(?:a|one|1|two|2|three|3|five|5|ten|10|a few|few|a couple(?: of)?|couple(?: of)?)"
_WHILE = r"(?:sec|secs|second|seconds|min|mins|minute|minutes|moment|moments|mo|bit|tic|tick)"
# Leaving the chat, said in so many words: a pause whatever else the message says (unless it answers).
_AWAY_RE = lazy(
    rf"(?<![a-z0-9])(?:brb|bbl|afk|be right back|b right back|right back|(?:be|i ll|ill|i will|will be) back"
    rf"(?: (?:soon|shortly|later|in \w+|in a \w+|after))?|back in (?:\d+|{_FOR_A_BIT})|back (?:soon|shortly|later|in a bit)"
    r"|step(?:ping)? (?:away|out)|(?:can we|lets|let s|i need to|need to|gotta) pause|pause (?:here|for a (?:bit|sec|min"
    r"|minute|moment)))(?![a-z0-9])"
)
# Why the customer goes, or a moment asked for ("hold on", "one sec", "let me go look"). Both often lead an answer or a
# correction ("hold on, I meant the living room one"): a pause only when nothing else is about the troubleshooting.
_MOMENT_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:^|(?:just|wait|pls|please|need|for|ok|okay|k|um|uh|sorry) ){_FOR_A_BIT} {_WHILE}\b"
    rf"|hold on|hang on|hold up|hang tight|wait up|(?:give me|gimme)(?: like)? (?:\d+|some time|{_FOR_A_BIT})"
    rf"|just a {_WHILE}|one moment|a moment please|\d+ ?(?:min|mins|minutes|sec|secs)\b"
    r"|(?:let me|lemme|i ll|ill|gonna) (?:go )?(?:check|look|see|find)(?: at)?(?: it| the light| the unit| the thing"
    r"| my \w+| the \w+)?"
    r"|(?:gotta|got to|need to|have to|must|going to|gonna|i ll|ill|i need to|i have to|let me|lemme) (?:go|run|pop"
    r"|nip|dash|head|pick|grab|get|take|answer|feed|change|put|walk|let|deal|check on|charge|make|cook|finish|find"
    r"|sort|help)\b|someone s at the door|someone is at the door|(?:door ?bell|doorbell) (?:is )?ringing"
    r"|(?:phones?|battery) (?:is |s )?(?:about to die|dying|dead)|(?:kid|kids|baby|dog|toddler|daughter|son) (?:is |s |are )?"
    r"(?:crying|screaming|awake|up|needs?|calling)|on (?:a|the|another) call|phone call|in a meeting)(?![a-z0-9])"
)
_RETURN_RE = lazy(
    r"(?<![a-z0-9])(?:(?:im|i m|i am|were|we re|we are|and) (?:back|here)(?: now| again)?"
    r"(?! (?:to (?!finish|continue|carry on|it)|at|on|in|from|with|home))"
    r"|back now|back at it|back again|^back$|^(?:ok|okay|k|alright) back$|^(?:hi|hello|hey) again$|(?:you|u) still there"
    r"|are (?:you|u) (?:still )?there|(?:ready|lets|let s|can we|ok to|happy to|ready to) (?:continue|keep going|carry on"
    r"|go on|resume|pick (?:it )?up)|sorry (?:about|for) (?:that|the (?:wait|delay))|sorry (?:i|i was|got|i got)"
    r" (?:distracted|away|gone|busy|sidetracked|pulled away)|sorry had to (?:go|step away|run)|that took a while"
    r"|(?:ok|okay|alright) where were we|returned)(?![a-z0-9])"
)
# Asking for the question again after being away: enough on its own.
_RECAP_RE = lazy(
    r"(?<![a-z0-9])(?:where were we|where was i|where did we (?:leave off|stop|get to)|what was the (?:question|step)"
    r"|what were (?:we doing|you asking)|what did you (?:need|ask|want|say)|remind me|what step (?:were we|was i) on"
    r"|what was i doing|repeat(?: that| the question| it)?(?: again)?$|repeat (?:that|the question)"
    r"|say (?:that|the question|it) again|what was it again|what were we on)(?![a-z0-9])"
)
# What the troubleshooting is about, or a correction of an answer.
_TOPIC_RE = lazy(r"(?<![a-z0-9])(?:light|led|lamp|wifi|wi fi|network|router|modem|password|pw|hot ?spot|unit|device|hub"
                 r"|sensor|opener|serial|sticker|label|app|setup|set up|internet|meant|mean|actually|instead|it|its"
                 r"|it s|same|still|again|changed|try|tried|check|checking|look|looking|cable|cord|charger|power|outlet"
                 r"|plug|channel|bands?|settings?|wpa\w*|5g|mesh|eero|restart\w*|reboot\w*|swapp?ed|moved|fixed"
                 r"|(?:the|that|this|other) (?:\w+ ){0,2}one)(?![a-z0-9])")
# An answer in the message: a light's colour or pattern, a yes or no, a Wi-Fi name told. Then it is no pause.
_ANSWER_RE = lazy(
    r"(?<![a-z0-9])(?:yes|yeah|yep|yup|ya|no|nope|nah|not sure|idk|dunno|green|blue|cyan|teal|white|red|orange|yellow"
    r"|purple|magenta|pink|blink\w*|flash\w*|steady|solid|puls\w*|breath\w*|fad\w*|flicker\w*|called|named|name is"
    r"|network is|wifi is|ssid|works|working|ready|on now|its on|it s on)(?![a-z0-9])"
)
# A Wi-Fi name typed as written: letters and digits in one word ("HomeNet5"), or a capital inside one ("HomeNet").
_NAME_SHAPED = re.compile(r"\b(?!\d+(?:min|mins|sec|secs|minutes|m|s|hrs?)\b)(?=\w*[A-Za-z])(?=\w*\d)\w{4,}\b"
                          r"|\b\w*[a-z][A-Z]\w*\b|\b\w+[_-]\w+\b")


def stepped_away(text: str) -> str | None:
    """"brb" (stepping away) or "back" (back, or where were we); None when the message answers anything."""
    plain = message(text).plain
    if not plain or _ANSWER_RE.search(plain) or _NAME_SHAPED.search(text or ""):
        return None
    # "what now?" alone asks what comes next in the troubleshooting, not the question again: with a return said only.
    if _RECAP_RE.search(plain) or _RETURN_RE.search(plain):
        return "back"
    if _AWAY_RE.search(plain):
        return "brb"
    if "?" in text:
        return None  # a question beside the pause ("hold on, how do I do that?") is the question's to answer
    if not _MOMENT_RE.search(plain):
        return None
    return None if _TOPIC_RE.search(_MOMENT_RE.sub(" ", plain)) else "brb"


def only_a_pause(text: str) -> bool:
    """Whether `text` is nothing but a pause's words ("hold on", "one sec", "brb"): never a Wi-Fi's name ("hold on...
    ok it's steady green now" had "hold on" kept as the network's name)."""
    plain = message(text).plain
    return bool(plain) and (plain in _FILLERS or any(r.fullmatch(plain) for r in (_AWAY_RE, _MOMENT_RE)))


_FILLERS = frozenset({"wait", "ok wait", "oh wait", "hmm", "hmmm", "um", "umm", "uh", "er", "ok so", "so"})


def says_back(text: str) -> bool:
    """Whether the message says the customer is back ("ok I'm back"), not only asks where things were."""
    return _RETURN_RE.search(message(text).plain) is not None
