"""A yes that is not sure of itself, at "was it your Wi-Fi's password?": "i think so", "probably", "it should have
been", "my husband typed it, as far as i know it was the right one", "yes?".

The tenth blind exploratory test's "but i think so", "my son set it up actually" were taken as a firm yes, and the
wrong key was never suspected again. A hedged yes is read as a yes that leaves the wrong key possible: the chat goes
on, and the key is not ruled out as a cause (base.py `_key_confirmed`). Confident words ("definitely", "100%",
"for sure", "positive", "pretty sure") are no hedge.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["hedged_yes"]

# Leaning to yes on its own: "i think so", "probably", "should have been".
_HEDGE = lazy(
    r"\b(?:i (?:think|thought|believe|reckon|hope)(?: so| it was| it is| its| that| yes| yeah)?|i (?:guess|suppose) so"
    r"|think so|believe so|probably|prob|probs|likely|i would say yes|id say yes|should (?:have |of |ve )?be(?:en)?"
    r"|supposed to (?:be|have been)|hopefully|hope so|as far as i (?:know|can tell|remember)|afaik|to my knowledge"
    r"|if i (?:remember|recall) (?:right|correctly)?|iirc|from memory|must (?:have|of|ve) been|presumably|fairly certain)\b")
# Doubt, a hedge only beside a yes ("yes but not 100% sure"); alone ("not sure", "maybe?") it is not sure.
_DOUBT = lazy(r"\b(?:not (?:100|a 100|one hundred|totally|completely|entirely|absolutely|fully) ?(?:%|percent|per cent)?"
              r"(?: sure| certain)?|not (?:sure|certain|positive)|maybe|perhaps|i guess|i suppose|kind of|kinda|sort of"
              r"|sorta|could be)\b")
_YES = lazy(r"\b(?:yes|yeah|yep|yup|ya|yea|yess|ok|correct|right|it was|i did)\b")
_SURE = lazy(r"\b(?:definitely|definately|certainly|absolutely|for sure|100 ?%|100 percent|positive|no doubt|of course"
             r"|obviously|yes i am sure|im sure|i am sure|pretty sure|quite sure|very sure|sure of it|(?<!as far as )i know it was)\b")


def hedged_yes(text: str) -> bool:
    """Whether an answer to "was it your Wi-Fi's password?" is an unsure yes."""
    msg = message(text)
    plain = msg.plain
    if plain in ("yes", "yeah", "yep", "y", "i think") and text.strip().endswith("?"):
        return True  # "yes?"
    if _SURE.search(plain):
        return False
    said_yes = _YES.search(plain) is not None
    if _DOUBT.search(plain) is not None:
        return said_yes  # "yes but not 100% sure"; "i think so, not sure though" is not sure at all
    return _HEDGE.search(plain) is not None
