"""The password typed earlier asked for again: "what was the password i typed earlier? i forgot it lol can you remind
me", "can u send me back the wifi password i gave you". The bot never keeps a Wi-Fi key (it is hidden before anything
is stored), so it can't show it: it says so, and where the Wi-Fi's password is found.

The tenth blind exploratory test's n29 was told "Welcome back! Here's where we were:" ("remind me" read as a return
from a pause). Not where to find the password, whether it is kept, or the question again. Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_key_recall"]

_KEY = r"(?:wi ?fi |wifi |network |router |home )?(?:password|passwd|pass word|passcode|pass code|pw|pwd|pass|key|code)"
_GAVE = (r"(?:typed|type|entered|enter|used|use|put|put in|gave|give|sent|send|wrote|write|told|tell|shared|share"
         r"|input|inputted|set|chose|picked|texted|provided)")
_ME = r"(?:i|we|i ve|ive|i d|id|my (?:husband|wife|son|daughter|partner))"
_EARLIER = r"(?:earlier|before|just now|at the start|a minute ago|a while ago|the first time|in the app|at set ?up|in setup)"
# Asked for: "what was / what's / remind me / tell me / send me back / can you show me / do you still have".
_ASK = (r"(?:what (?:was|is|s|were)|whats|wat was|which (?:was|is)|remind (?:me|us)(?: of| what)?|tell (?:me|us)(?: again| back)?"
        r"|show (?:me|us)(?: again)?|give (?:me|us)(?: back)?|send (?:me|us)?(?: back)?|text (?:me|us)(?: back)?"
        r"|repeat|resend|read (?:me )?back|say (?:back|again)|(?:do|did) (?:you|u) (?:still )?(?:have|remember|know|save|keep)"
        r"|can (?:you|u) (?:find|get|look up|pull up|check)|need)")
_RECALL = lazy(
    # "what was the password i typed earlier", "remind me the pw I used", "send me back the wifi key I gave you"
    rf"\b{_ASK} (?:(?:me|us) )?(?:back )?(?:again )?(?:the |my |our |that |this |what )?{_KEY}"
    rf"(?: (?:that|which))?(?: {_ME})? (?:just |had |have |already )?{_GAVE}\b"
    # "what password did I type", "which code did we use before"
    rf"|\b(?:what|which|wat) {_KEY} (?:did|do|have|had) {_ME} (?:just )?{_GAVE}\b"
    # "the password I typed earlier, can you remind me?", "forgot the pw i sent you"
    rf"|\b{_KEY} {_ME} (?:just |had |have |already )?{_GAVE}(?: (?:in|you|it|to you|into it|it in))?"
    rf"(?: {_EARLIER})?\b(?=.*\b(?:remind|forgot|forget|what|tell|send|show|repeat|again|back|remember|lost)\b)"
    # "what was my password again?", "remind me of my wifi password from before"
    rf"|\b(?:what (?:was|s|is)|whats|remind (?:me|us)(?: of)?) (?:the |my |our )?{_KEY} (?:again|{_EARLIER})\b"
    rf"|\b(?:remind|tell|show|send|give) (?:me|us) (?:back )?(?:the |my |our )?{_KEY} (?:back|again|{_EARLIER})\b"
    # "what did I type for the password?", "forgot what i entered as the wifi key", "cant remember which code we used"
    rf"|\b(?:what|which) (?:did|do|have|had) {_ME} (?:just )?{_GAVE}(?: you| in| it| in to it)?(?: (?:as|for) (?:the |my |our )?"
    rf"{_KEY})\b|\b(?:forgot|forget|forgotten|dont remember|cant remember|can t remember|lost track of) (?:what|which)"
    rf"(?: {_KEY})? {_ME} (?:just )?{_GAVE}\b"
    # "can I see the password I entered", "I need the pw I put in earlier back"
    rf"|\b(?:can|could|may) (?:i|we) (?:see|have|get|check) (?:the |my |our |that )?{_KEY}(?: (?:that|which))? {_ME}"
    rf" (?:just |had |have |already )?{_GAVE}\b|\b(?:need|want) (?:the |my |our |that )?{_KEY}(?: (?:that|which))? {_ME}"
    rf" (?:just |had |have |already )?{_GAVE}\b"
    # "you have my wifi password right? whats it again", "you saved the code, can you send it"
    rf"|\b(?:you|u) (?:have|got|saved|kept|stored|took|recorded) (?:my|the|our) {_KEY}\b(?=.*\b(?:what|whats|send|tell|remind|show"
    rf"|give|read)\b)")


def asks_key_recall(text: str) -> bool:
    """Whether the message asks the bot to tell again a password the customer typed or gave before."""
    return _RECALL.search(message(text).plain) is not None
