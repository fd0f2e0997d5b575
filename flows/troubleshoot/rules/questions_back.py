"""A question asked back at a yes/no question instead of an answer: "how would I know?", "where do I see that?",
"how do I change the channel?", "is that something the landlord does?". Pure functions.

The question's own reader took words in them for an answer ("know" for not sure, "change" for a change): a blind
exploratory test's "how do I change the channel?" at the registration question was read as "not sure" and the next
question came. Read as one, the question asked is explained (with how to find out) and asked again. A message that
also answers ("not sure, how do I check?", "no. is that bad?", "maybe 10? is that a lot?") is an answer.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import Message

__all__ = ["LIGHT_QUESTIONS", "YES_NO_QUESTIONS", "asks_back", "how_to_tell"]

# The questions answered yes / no / not sure (one name or two for `same_name`).
YES_NO_QUESTIONS = frozenset({"same_name", "mac_filter", "guest", "many_devices", "internet", "wifi_password"})
# The light's follow-up questions, where a question back is read only when their reader found no answer in it.
LIGHT_QUESTIONS = frozenset({"green_speed", "cyan_blinks", "blue_shade", "blink_count"})

_QUESTION_START = frozenset({"how", "hows", "where", "wheres", "what", "whats", "which", "who", "whos", "why", "when",
                             "is", "isnt", "are", "does", "do", "did", "should", "can", "could", "would", "will",
                             "like", "meaning", "so"})
_ANSWER = lazy(
    r"\b(?:yes|yeah|yep|yup|ya|yea|yh|y|no|nope|nah|na|n|not sure|unsure|dunno|idk|no idea|maybe|probably|possibly"
    r"|think so|dont think so|dont know|no clue|could be|might be|definitely|correct|right|true|false|sure|of course"
    r"|absolutely|obviously|never)\b"
    r"|\b(?:it is|it isnt|its not|it was|it wasnt|there is|there are|theres|they do|they dont|we do|we dont|i do|i dont"
    r"|i did|i didnt|it does|it doesnt)\b")
# Greetings and the like before the question: "hi, how do I check that?", "sorry, where is that?".
_FILLER = lazy(r"(?:hi|hello|hey|ok|okay|sorry|um+|er+|hmm+|well|right|so|thanks|thank you|ah|oh)(?: there)?")
# Answers only some questions take: a count of devices, one name or two.
_OWN_ANSWER = {
    "same_name": lazy(r"\b(?:one|two|both|single|separate|once|twice|2|1)\b"),
    "many_devices": lazy(r"\b(?:a few|few|lots|loads|plenty|none|\d+|one|two|three|four|five|six|seven|eight"
                         r"|nine|ten|twenty|thirty|forty|fifty)\b|(?<!how )\bmany\b"),
}


def asks_back(msg: Message, question: str) -> bool:
    """The message asks something instead of answering: a question (a question mark, or how / where / what ... first)
    with no answer in it."""
    clauses = [c for c in msg.clauses if c.split() and not _FILLER.fullmatch(c)]
    first = clauses[0].split()[0] if clauses else ""
    if not (msg.is_question or first in ("how", "hows", "where", "wheres", "what", "whats", "which", "who", "why")):
        return False
    if first not in _QUESTION_START:
        # "two I think?" (a guess with a question mark), "I put my email password in, is that wrong?" (an answer,
        # then a question about it): answers.
        return False
    if question in LIGHT_QUESTIONS and any(c.split()[0] not in _QUESTION_START for c in clauses[1:]):
        return False  # "how would I know, it flashes too quick to see any colour": it says what it can't see
    plain = _without_question_words(msg.plain)
    own = _OWN_ANSWER.get(question)
    return _ANSWER.search(plain) is None and (own is None or own.search(plain) is None)


def _without_question_words(plain: str) -> str:
    # "how do i know", "do i count the phones?": the question's own "do" and "i" are not "I do".
    return re.sub(r"\b(?:do|does|did|would|will|can|could|should|is|are) (?:i|it|we|they|you|there)\b", " ", plain)


_HOW_TO_TELL = lazy(r"^(?:\w+ )?how (?:would|do|can|could|should|will) (?:i|we|you) (?:know|tell|see|check|count"
                    r"|be sure)\b")


def how_to_tell(msg: Message) -> bool:
    """"how would i know if there are orange flashes": how to tell, whatever answer words it has (round 10B read it as
    "orange flashes")."""
    clauses = [c for c in msg.clauses if c.split()]
    # "How would I know, it flashes too quick to see any colour": it says what it can't see, an answer.
    return _HOW_TO_TELL.search(msg.plain) is not None and all(c.split()[0] in _QUESTION_START for c in clauses[1:])
