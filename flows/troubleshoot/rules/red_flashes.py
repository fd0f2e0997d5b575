"""Red flashes said at the orange count: "I said RED not orange", "they're more red than orange, maybe 2". On the
small status light red and orange look much alike (docs/particle-facts.md 1.2: the flashes after light blue are
orange when the network or our servers can't be reached), so the bot says so once and takes the count (the eleventh
blind exploratory test's n23 moved on without a word). Pure functions over a message's plain words.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["says_red"]

_RED = lazy(r"\b(?:red|reds|redish|reddish|red ish|rojo|rouge)\b")
# "not red", "no red", "isnt red": red ruled out, not said.
_NOT_RED = lazy(r"\b(?:not|no|isnt|arent|never|nothing|without) (?:really |any |a |the )?(?:red|reds)\b")
# "red not orange", "more red than orange", "red or orange": orange only ruled out or likened.
_ORANGE_ASIDE = lazy(r"\b(?:not|no|isnt|arent|than|or|and|nor) (?:really |an? )?orange\b")


def says_red(text: str) -> bool:
    """Whether the flashes are said to be red rather than orange."""
    plain = message(text).plain
    if _RED.search(plain) is None or _NOT_RED.search(plain):
        return False
    return "orange" not in plain or _ORANGE_ASIDE.search(plain) is not None
