"""Doing what was asked, right now, with nothing to report yet: "i do the setup again now, wait", "hang on, doing it
now", "checking now", "let me go look at it", "ok trying now, will report back" (explore9's n26: the customer who wrote
"i do the setup again now, wait" was asked what the light was doing at once). The question stays open, with a short
"take your time".

Read on the plain text (see text.message). Callers check first that no answer is in the message (a light's colour, a
yes or no, "done", "it worked"): "checking now... its blinking green" answers. Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["doing_now"]

# What the customer is doing: the step, looking at the unit, the app, the phone's hotspot.
_ACT = (r"(?:doing|trying|checking|looking|setting(?: (?:it|this|that|everything|the \w+))? up|resetting|redoing"
        r"|re doing|reinstalling|installing|downloading|updating|opening|running|restarting|rebooting|unplugging|plugging"
        r"|turning(?: (?:it|that|the \w+|my \w+))? on|switching(?: (?:it|that|the \w+|my \w+))? on|going through"
        r"|working on|walking|heading|going (?:down|up|out|over|to)|on my way)")
_NOW = r"(?:now|rn|right now|atm|at the moment|as we speak|as i type|this minute)"
_SOON = (r"(?:let me|lemme|ill|i ll|i will|will|gonna|going to|about to|i m going to|im going to|im gonna|i m gonna"
         r"|ok i ll|ok ill)")
_DO = (r"(?:do|try|check|look|go|set|reset|redo|re do|install|download|turn|switch|run|restart|reboot|unplug|open"
       r"|find|have a look|take a look|get)")
_MOMENT = (r"(?:wait|hold on|hang on|hold up|one sec|a sec|1 sec|one moment|a moment|one min|a min|a minute|a few min\w*"
           r"|give me|gimme|just a \w+|sec|brb|bear with me)")
_DOING_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:i m|im|i am|am|currently|just|now|ok|okay|k|yes|yeah|sure|alright)? ?{_ACT}\b.*\b{_NOW}"
    rf"|(?:i m|im|i am|am|currently) {_ACT}\b"
    rf"|^(?:ok |okay |k |sure |alright |yes |yeah )?{_ACT}(?: (?:it|that|this|so|the \w+|my \w+))?$"
    rf"|{_SOON} {_DO}\b.*\b(?:{_NOW}|and (?:let you know|report back|get back|tell you|come back|see)"
    rf"|(?:then|and) (?:i ll|ill|will) (?:let you know|report back|get back|tell you))"
    rf"|\b{_NOW} {_SOON}? ?{_DO}\b"
    rf"|^(?:ok |okay |k |sure |yes )?(?:i m |im |i am )?on it(?: now)?$|^(?:ok |okay )?on my way\b"
    rf"|{_SOON} go (?:\w+ ){{0,3}}(?:and |to )?(?:look|check|see)\b"
    rf"|{_MOMENT}\b.*\b(?:{_ACT}|{_SOON} {_DO}|i (?:do|try|check)|(?:it s|its|it is) (?:in|out in|down in|up in|at)"
    rf" (?:the|my) \w+)"
    rf"|(?:{_ACT}|i (?:do|try|check)\b.*\b{_NOW})\b.*\b{_MOMENT}$)(?![a-z0-9])"
)
# A result or a time later: then it is no "doing it now" ("did it", "tried, still green", "I'll do it tomorrow").
_NOT_NOW = lazy(r"(?<![a-z0-9])(?:done|did it|did that|tried|finished|worked|works|working now|didnt|doesnt|still"
                r"|not working|failed|tomorrow|tonight|later|when i get|this evening|after work|next week|cant|can t"
                r"|cannot|wont|won t|how|why|what|where|which)(?![a-z0-9])")


def doing_now(text: str) -> bool:
    """Whether the customer says they are doing what was asked now (or going to, at once), with no result yet."""
    plain = message(text).plain
    return bool(plain) and _NOT_NOW.search(plain) is None and _DOING_RE.search(plain) is not None
