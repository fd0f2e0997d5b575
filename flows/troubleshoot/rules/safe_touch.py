"""Whether the customer asks if handling the unit is safe: pressing or holding its buttons, touching, unplugging or
moving it, and whether that could break it, reset it or lose its settings ("will pushing the button wipe it??", "can
my dad unplug it without breaking something", "is it ok if he presses the little button").

The seventh blind exploratory test's "is it safe for him to press the buttons?" got the privacy answer; the reader
written for it took 1 of round 34's 20 such questions, written blind. This one reads the question's parts: a
handling act (a verb, or the button itself), and a worry or a permission asked, in a question. A button named with
no worry ("which button is the reset one?", "i pressed it already, nothing happened") asks nothing of the kind.
Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import Message

__all__ = ["asks_if_safe"]

# Doing something to the unit with one's hands.
_HANDLE = lazy(
    r"\b(?:press\w*|push\w*|hit|hitting|handl\w*|squeez\w*|click\w*|tap\w*|touch\w*|hold\w*|held|poke|poking|pokes"
    r"|grab\w*|take (?:it|the unit) (?:off|down|apart|out)|taking (?:it|the unit) (?:off|down|apart|out)"
    r"|fiddl\w*|mess\w* (?:with|around)|play\w* (?:with|around)|unplug\w*|plug\w* (?:it|him|her|the unit)? ?(?:in|out|back)"
    r"|pull\w* (?:the )?(?:plug|cable|cord|power)|pick\w* (?:it|him|her|the \w+) up|pick up|lift\w*|move|moving|moved"
    r"|open\w* (?:it|the (?:case|cover|back|lid))|turn\w* (?:it|the \w+) off|switch\w* (?:it|the \w+) off"
    r"|power\w* (?:it )?(?:off|down|cycle)|restart\w*|reset\w*|reboot\w*)\b|\bbuttons?\b"
)
# What could go wrong: a harm, a loss, being safe or all right, or care asked for.
_WORRY = lazy(
    r"\b(?:(?:is it|its|it s|would it be|will it be|be|is that|thats|that s) (?:ok|okay|alright|all right|fine)"
    r"|(?:ok|okay|alright|all right|fine) (?:to|if)|safe|unsafe|dangerous|danger|risk\w*|harm\w*|hurt\w*|shock\w*"
    r"|electrocut\w*|break|breaks|breaking|broke|broken|damag\w*|ruin\w*|wreck\w*|brick\w*|fry|fried|kill\w*"
    r"|(?:mess|screw|muck)\w* (?:\w+ )?up|does it matter|matter if|careful|gentle|delicate|fragile|avoid\w*|stay away"
    r"|keep away|leave (?:it|the \w+) alone|shouldnt|should not|shouldn t|mustnt|must not|(?:lose|loses|losing|lost) (?:my|its|the|all|everything|settings|data|wifi|it)"
    r"|wipe\w*|wiping|erase\w*|erasing|clear\w*|delete\w*|forget\w*|factory|warranty|void\w*|problem|bad|wrong"
    r"|harmful|worse|scared|afraid|nervous|worried|worry|what happens if|what would happen if|explod\w*|catch fire"
    r"|spark\w*|disconnect\w*|(?:will|would|could|might|gonna|going to|does|doesnt|wont|it) (?:\w+ ){0,3}reset\w* (?:it|everything|all|my"
    r"|the|its))\b"
)
# Asking leave to do it: "can i press it?", "should he hold the button?", "am i allowed to touch it".
_LEAVE = lazy(
    r"\b(?:can|could|may|should|shall|do|does) (?:i|he|she|we|they|you|my \w+|the kids?) (?:just )?(?:\w+ )?"
    r"(?:press|push|hit|click|tap|touch|hold|poke|fiddl|mess|play|grab)\w*\b"
    r"|\b(?:am|are|is) (?:i|we|he|she|they) allowed\b|\ballowed to\b"
)
# Asked, not told: a question mark, a question's opening or tag, or wondering in so many words.
_ASKING = lazy(
    r"^(?:is|are|can|could|may|should|shall|will|would|do|does|am|if|what if|whats the risk|any risk)\b"
    r"|\b(?:what happens|what would happen|what if)\b|\b(?:will|would|wont|does|doesnt|is|isnt) (?:it|he|she)$|\bright$"
    r"|\b(?:can|could|should|may) (?:i|he|she|we|they|my \w+)\b"
    r"|\b(?:wondering|want(?:s|ed)? to know|not sure if|not sure whether|no idea if|worried|scared|afraid|nervous"
    r"|dont want (?:him|her|them|to|my \w+|the kids?)|do not want)\b"
)
# A handling act still to come, or imagined: not only one told as done ("i pressed the button and nothing happens, is it
# broken?" asks whether the unit is broken, answered as such).
_HYPOTHETICAL = lazy(r"\b(?:if|would|could|will|wont|might|gonna|going to|can|cant|should|shall|may|ok to|safe to|allowed)\b")
# The unit's state asked ("is it broken or should i reset it?"): whether it is broken, not whether handling it would
# break it (round 18's "is it broken" questions get their own answer).
_STATE = lazy(r"\b(?:is|was|if) (?:it|this|the (?:unit|device|thing)|mine) (?:\w+ )?(?:broken|broke|dead|faulty|defective"
              r"|busted|fried|bricked|damaged)\b|\b(?:broken|dead|faulty|defective) or\b|\b(?:something|anything|whats|what s"
              r"|what is) wrong with\b|\bproblem with (?:it|the \w+|my \w+)\b"
              r"|\b(?:did|have|has) (?:i|he|she|we|they|my \w+) (?:\w+ )?(?:break|broke|broken|damage|damaged|ruin|ruined|kill"
              r"|killed|fry|fried|brick|bricked|mess|messed|screw|screwed)\b|\bi (?:think|guess) (?:i|he|she|we) (?:broke|killed|fried)\b")
# Another box handled (the router, the phone): not the unit.
_OTHER_BOX = lazy(r"\b(?:router|modem|hub|extender|mesh|phone|iphone|hotspot|laptop|computer|pc|tv|app|breaker|fuse)\b")
# Where the button is, which it is, or what was done with it already: no question about safety.
_NOT_THIS = lazy(r"\b(?:which|where(?: is| s)?|what) (?:one|button|buttons)\b|\bcant find\b|\bno buttons?\b")


def asks_if_safe(msg: Message) -> bool:
    """Whether the message asks if handling the unit (its buttons, its plug) is safe or could harm it."""
    plain = msg.plain
    if _HANDLE.search(plain) is None or _OTHER_BOX.search(plain) is not None:
        return False
    acts = [m.group() for m in _HANDLE.finditer(plain) if not m.group().startswith("button")]
    if acts and all(a.split()[0].endswith("ed") or a.startswith("held") for a in acts) and \
            _HYPOTHETICAL.search(plain) is None:
        return False
    asked = msg.is_question or _ASKING.search(plain) is not None
    if not asked:
        return False
    if _WORRY.search(_STATE.sub(" ", plain)) is not None:
        return True
    return _LEAVE.search(plain) is not None and _NOT_THIS.search(plain) is None
