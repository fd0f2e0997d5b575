"""A "no" to "was it the Wi-Fi password?" taken back, while the bot waits for the set-up to be run again.

The tenth blind exploratory test answered "no", was told to set the unit up again with the Wi-Fi key, then wrote "wait
no sorry i misread, yes it WAS the wifi password. i meant yes": the bot said "No rush." and waited for DONE, and "I
don't need to redo it. the password was correct. yes." was thanked for trying (recorded as a set-up run again).
`was_right` is true for such a correction: the key typed was the Wi-Fi's after all, said with a correction cue
(misread, meant yes, wrong button) or as "no need to redo it, it was right". Not for a set-up run again ("did it
again with the sticker one"), nor for the no confirmed ("no, it was the admin one").
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["was_right"]

# The no taken back: read wrong, tapped wrong, meant yes.
_TAKEN_BACK = lazy(
    r"\b(?:misread|mis read|misunderstood|misunderstand|read (?:it|that|the question) wrong|got (?:it|that|the question)"
    r" wrong|(?:tapped|pressed|hit|clicked|typed|chose|picked|answered) (?:the )?(?:wrong|no by mistake)|wrong (?:button"
    r"|answer|one)|fat fingers?|by mistake|(?:i )?meant (?:to say )?yes|i mean yes|should (?:have|of) (?:said|been) yes"
    r"|oops|my mistake|my bad|sorry|correction|wait|actually|scratch that|ignore (?:that|my last)"
    r"|i thought you (?:asked|meant|said|were asking)|confused|mixed (?:it|them) up)\b")
# The key typed was the Wi-Fi's: "it WAS the wifi password", "I did use the sticker one", "the password was right".
# Not "the router one": the router's own login is called that too.
_WAS_THE_KEY = lazy(
    r"\b(?:it|that|mine|what i (?:typed|used|put in|entered))(?: really| definitely| actually)? (?:was|is|were)"
    r"(?: really| definitely| actually| in fact)? (?:the |my )?(?:wi ?fi|wireless|network|sticker|right|correct"
    r"|proper|home)(?: one| password| key| pw| code)?\b|\b(?:the )?one (?:on|from|off) the (?:sticker|router|label|back)\b"
    r"|\b(?:i|we) (?:did|do|have|had|definitely|really|actually)(?: \w+)? (?:use|used|type|typed|put|enter|entered"
    r"|input) (?:in )?(?:the |my )?(?:wi ?fi|wireless|network|sticker|right|correct|proper)(?: one| password"
    r"| key| pw)?\b"
    r"|\b(?:the |my )?(?:password|key|pw|one i (?:typed|used))(?: i (?:typed|used|put in|entered))? (?:was|is|were)"
    r"(?: \w+)? (?:right|correct|fine|ok|okay|good|the wifi one|the right one)\b"
    r"|\b(?:dont|do not|didnt|did not|no) need (?:to )?(?:redo|re do|do it again|do that again|set it up again|change"
    r"|retype)\b|\bno need\b")
# Run again after all ("did it again with the sticker one"), or the no kept ("it was the admin one").
_NOT_A_TAKE_BACK = lazy(
    r"\b(?:did it again|redid|re did|reran|re ran|tried again|retyped|re typed|re entered|reentered|just did|done it"
    r"|doing it now|redoing|set it up again and|still blinking|still not)\b"
    r"|\b(?:used|typed|put in|entered|it was|was|its|it s|that was) (?:my |the |an? |our )?(?:account|admin|app|email|e mail"
    r"|login|log in|apple|google|gmail|icloud|router login|portal) (?:one|password|pw|key)\b")
# Taken back outright, the key not named: "oops meant yes", "pressed the wrong button".
_PLAINLY = lazy(r"\b(?:(?:i )?meant (?:to say )?yes|i mean yes|should (?:have|of) (?:said|been) yes|(?:tapped|pressed|hit"
                r"|clicked|chose|picked) (?:the )?wrong|wrong button|misread|mis read|misunderstood|answered no by mistake"
                r"|said no by mistake)\b")


def was_right(text: str) -> bool:
    """Whether `text` takes back a "no" to "was it the Wi-Fi password?": the key typed was the Wi-Fi's after all."""
    msg = message(text)
    plain = msg.plain
    if _NOT_A_TAKE_BACK.search(plain) or (msg.is_question and not _TAKEN_BACK.search(plain)):
        return False  # "I see my network twice, which is right?": a question about the set-up (round 29)
    if _PLAINLY.search(plain) and not _WAS_THE_KEY.search(plain):
        return True  # "oops meant yes"
    if not _WAS_THE_KEY.search(plain):
        return False
    # "no need to redo it, the password was correct" says it outright; "it was the wifi one" needs a cue it is a
    # correction (at this question, a bare "it was the sticker one" may be the set-up just run with it).
    return _TAKEN_BACK.search(plain) is not None or " need" in f" {plain}" or \
        any(w in plain.split() for w in ("correct", "right", "yes", "yep", "yeah"))
