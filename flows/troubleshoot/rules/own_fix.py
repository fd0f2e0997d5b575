"""A fix of the customer's own, told in any words at the phone-hotspot question: something done (or being done, or
about to be) to the router, the Wi-Fi's settings or the unit ("i just switched the router to wpa2", "my husband is
splitting the bands right now", "already re-did the setup w the right pw", "swapped the usb cable, gonna see").

The sixth blind exploratory test was told "It worked: your device is online on your hotspot!" after such fixes, and
round 33's blind set found the phrase list in answers_hotspot.py took 13 of 30: this reads the shape (an action verb,
not negated nor asked, and what it acted on) rather than phrases. A clause about the hotspot or the phone is never
one: "I changed my phone's name to CyanRescue" is the test being set up. Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import Message

__all__ = ["own_fix"]

_DONE = (r"changed|switched|turned|disabled|enabled|moved|plugged|unplugged|restarted|rebooted|reset|redid|re did"
         r"|updated|upgraded|split|separated|renamed|added|allowed|whitelisted|removed|replaced|swapped|fixed|tweaked"
         r"|adjusted|relocated|brought|carried|cycled|unblocked|reconfigured|forced|lowered|took|deleted|unchecked"
         r"|toggled|flipped|shut|set|put|made")
_DOING = (r"changing|switching|turning|disabling|enabling|moving|plugging|unplugging|restarting|rebooting|resetting"
          r"|redoing|re doing|updating|upgrading|splitting|separating|renaming|adding|allowing|whitelisting|removing"
          r"|replacing|swapping|fixing|tweaking|adjusting|relocating|bringing|carrying|cycling|unblocking"
          r"|reconfiguring|forcing|lowering|taking|deleting|toggling|flipping|shutting|setting|putting|making|trying")
_BASE = (r"change|switch|turn|disable|enable|move|plug|unplug|restart|reboot|reset|redo|re do|update|upgrade|split"
         r"|separate|rename|add|allow|whitelist|remove|replace|swap|fix|tweak|adjust|relocate|bring|carry|cycle|unblock"
         r"|reconfigure|force|lower|take|delete|toggle|flip|shut|set|put|make|try|use")
_WILL = (r"(?:i ll|ill|i will|gonna|going to|let me|lemme|we ll|well|will|about to|gotta|need to|have to|want to|wanna"
         r"|trying to|try to|first)")
# What the action was done to: the router and its settings, the Wi-Fi, the unit, its cable and power.
_THING = (r"(?:router|modem|wifi|wi fi|network|bands?|2 4|24 ?ghz|2 4 ?ghz|5 ?g|5 ?ghz|channel|password|pw|pass|key"
          r"|settings?|security|wpa\w*|encryption|mode|mac|filter\w*|firewall|blocker|ad ?block\w*|pi ?hole|dns|mesh"
          r"|eero|eeros|node|nodes|extender|unit|device|hub|sensor|opener|thing|cable|cord|charger|power|adapter|outlet"
          r"|plug|antenna|mhz|ssid|set ?up|setup|isp|box|access point|ap|allow ?list|whitelist|app|controller|gateway"
          r"|smart connect|band steering|everything|all of it|both)")
_FIX_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:i|we|he|she|they|my \w+|just|already|so|ok|k|then|and|also|finally|now)\s+)*"
    rf"(?:(?:{_DONE})|(?:is|are|am|im|i m|were|we re|been)\s+(?:{_DOING})|{_WILL}\s+(?:{_BASE}))"
    rf"(?:\s+(?:\w+|it|the|my|our|off|on|up|back|over|out|to|in|down)){{0,6}}?\s+{_THING}(?![a-z0-9])"
    # "moved it next to the router", "plugged it in by the modem", "re-did it": the unit by its pronoun, where it went
    rf"|(?<![a-z0-9])(?:moved|plugged|relocated|carried|brought|took|redid|re did|reset|restarted|rebooted|unplugged)"
    r"\s+it(?:\s+(?:in|back|closer|upstairs|downstairs|again|over|out|and|to|next|right|by|the|near|into|\w+)){0,6}"
    r"(?![a-z0-9])|(?<![a-z0-9])(?:turned|switched|shut) (?:it|that|them) off|(?<![a-z0-9])disabled (?:it|that|them)"
)
# The unit taken nearer the router, done, doing, about to or offered as a test ("I'll try bringing it in first", "could I
# not just bring it back inside to the hall and see if it works there?": explore7 was told "It worked: your device is
# online on your hotspot!" when it came online there).
# (Not "plug it back in": the antenna's cable, or the power.)
_MOVE_IT_RE = lazy(r"(?<![a-z0-9])(?:move|moving|moved|bring|bringing|brought|take|taking|took|carry|carrying|carried|put"
                   r"|putting|relocate|relocating|relocated|hang|hanging|hung) (?:it|the (?:unit"
                   r"|device|sensor|hub|thing|gadget|opener)) (?:back )?(?:in|inside|indoors|closer|nearer|upstairs"
                   r"|downstairs|next to|nxt to|near|by|beside|into|to the|over to)(?![a-z0-9])")
_OFFER_RE = lazy(r"\b(?:could|can|cant|couldnt|shall|should|would) (?:i|we) not\b|\bwhy not\b")
# Negated or asked: "I didn't change anything", "should I move it closer first?".
_NOT_RE = lazy(r"(?<![a-z0-9])(?:didnt|did not|havent|have not|hasnt|has not|not|never|cant|cannot|couldnt|wont"
               r"|dont|no one|nobody|nothing)(?![a-z0-9])")
_ASKED_RE = lazy(r"^(?:\w+\s+)?(?:should|shall|can|could|do|does|did|would|will|is|are|what|how|why|when|where|which"
                 r"|whats|hows|maybe i should|or should|if i)\b")
_TEST_RE = lazy(r"(?<![a-z0-9])(?:hot ?spots?|phone|iphone|android|rescue|cyan ?rescue|maximi[sz]e|tether\w*"
                r"|(?:that|the|same|your|this) (?:name|password)|name and (?:the )?password|(?:turned|switched|put) (?:it|that"
                r"|this) on|its on|it s on)(?![a-z0-9])")


def own_fix(msg: Message) -> bool:
    """Whether a clause tells a fix the customer did, is doing or is about to do (not asked, not negated, not about
    the hotspot or the phone)."""
    offers = [_OFFER_RE.sub(" ", c) for c in msg.clauses]  # "could I not just bring it inside?" offers, denies nothing
    if any(_MOVE_IT_RE.search(c) and not _NOT_RE.search(c) and not _TEST_RE.search(c) for c in offers):
        return True  # asked too: "OK, go ahead" answers the offer
    for clause in msg.clauses:
        clause = clause.replace("-", " ")  # "re-did the setup", "set-up"
        if _TEST_RE.search(clause) or _ASKED_RE.search(clause):
            continue
        m = _FIX_RE.search(clause)
        if m is None or _NOT_RE.search(clause[: m.end()]):
            continue
        if msg.is_question and len(msg.clauses) == 1:
            return False  # "moved it closer, will that do?" in one breath is asked
        return True
    return False
