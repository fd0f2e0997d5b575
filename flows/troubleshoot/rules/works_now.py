"""Does the customer say the unit works now? ("fixed", "nvm it just connected", "light is breathing cyan now")

Asked at every question where no light is being read: a customer who got the unit online some other way says so
in passing, and the answer reader would take it for an unreadable answer (a blind exploratory test: "fixed" three
times at a router question ended as "not understood"). Not a claim: something else working ("everything else
works", "the hotspot is working"), a denial ("still not working"), the past ("it was working yesterday"), a
question or a hope ("will it work now?", "if it connects I'll let you know"). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.polarity import NEGATORS
from flows.troubleshoot.rules.text import Message, message

__all__ = ["says_it_works"]

# The claim itself, in the customer's words.
_CLAIM = lazy(
    r"\b(?:fixed|sorted|solved|resolved|up and running|back (?:on ?line|up)|good to go"
    r"|(?:works|working|connected|online|on ?line|on the (?:wifi|wi fi|network)|connecting fine|going) now"
    r"|now (?:works|working|connected|online|its (?:working|connected|online))"
    r"|(?:just |finally |it )(?:connected|came (?:on ?line|on|up)|started working|works|worked|joined|paired)"
    r"|got (?:it|the \w+) (?:to work|working|going|connected|online|on ?line|on the wifi)"
    r"|(?:breathing|pulsing|slow(?:ly)? pulsing|slow pulse|slowly breathing) (?:cyan|light blue|blue|teal)"
    r"|(?:cyan|light blue|teal) (?:breathing|pulsing|slow pulse)|slow cyan pulse|breathing now"
    r"|(?:app|it) (?:says|shows) (?:(?:its|it is|as|it as) )?(?:on ?line|connected)"
    r"|(?:its|it is|it s) (?:back |finally )?(?:on ?line|connected)$"
    # The app's readings back: "ok its showing the temp now", "the numbers are back" (the eighth exploratory test's
    # "its showing the temp now 👍" was told to close the app and open it again).
    r"|(?:app|it|its|it s|app s) (?:is )?(?:showing|shows|updating|updated|loading|loaded) (?:the |my |all the )?(?:temp\w*"
    r"|data|readings?|numbers|values|stats|info|everything) (?:now|again)"
    r"|(?:temp\w*|data|readings?|numbers|values|stats) (?:are |is |s )?(?:showing|back|coming in|updating|there) (?:now|again)"
    # Round 35's own phrasings: "temps are coming through again", "the graph is updating", "back to normal", "works
    # like a charm", "i can see the live data now", "the garage opens from the app again".
    r"|(?:temp\w*|data|readings?|numbers|values|stats|graphs?|charts?|dashboard|feed|history) (?:are |is |s )?(?:back"
    r"|coming (?:in|through)|updating|refreshing|live)\b(?! (?:to|in) (?:zero|0))"
    r"|(?:can|could) (?:now )?see (?:the |my |all the |its )?(?:live )?(?:temp\w*|data|readings?|numbers|values|graphs?|stats)"
    r" (?:now|again)|back to normal|(?:working|works|runs|running) (?:perfectly|great|like a (?:charm|dream)|a treat"
    r"|beautifully|flawlessly|fine|well) (?:now|again)|(?:working|works) (?:like a (?:charm|dream)|a treat|perfectly"
    r"|beautifully|flawlessly)|(?:opens|closes|responds|reacts|turns on|switches|connects|shows up) (?:from|in|with"
    r"|through|via) the app (?:again|now)|(?:its|it s|it is|all|everything|everythings|its all|all s) (?:working|reporting"
    r"|updating|running|doing its (?:thing|job)|online|connected) again|(?:showing|shows) (?:it |everything |them )?live"
    r" (?:again|now)"
    # explore13's n13: "ok I unplugged it and now it's fine, thanks, bye", "all good now", "seems ok now": a word of
    # well-being with "now" or "again" ("the light looks fine", "ok fine" and "it's fine, I'll wait" claim nothing).
    r"|(?:(?:its|it s|it is|it|all|everything|everythings|all s|thats|that s|seems|looks|it seems|it looks|seems to be"
    r"|looks to be|is) (?:all |to be |like )?|^)(?:fine|good|ok|okay|great|sorted|all set|alright|all right|normal"
    r"|behaving|happy|all good)(?: \w+)? (?:now|again)\b"
    r"|\bnow (?:its |it s |it is |its all |it s all |everything s |everythings |all )(?:fine|good|ok|okay|sorted|great"
    r"|all good|alright|normal)|(?:seems|appears|looks) to be (?:working|connected|online|fine) (?:now|again)"
    r"|(?:unit|device|sensor|hub|plug|gadget) (?:seems|appears|looks) to be (?:working|connected|online)"
    r"|(?:back to )?(?:its|it s) (?:normal|usual|old) self)\b")
# Something other than the unit: when a clause names one of these and not the unit, its "working" is theirs.
_OTHER_THING = lazy(
    r"\b(?:internet|wifi|wi fi|network|router|modem|phone|phones|laptop|computer|pc|tv|netflix|youtube|hotspot"
    r"|everything else|everyone else|other (?:devices?|stuff|things)|the rest|my end|password|scanner|email)\b")
_UNIT = lazy(r"\b(?:plug|unit|device|sensor|light|led|thing|gadget|it|its|photon|switch|camera|bulb)\b")
_PAST = lazy(r"\b(?:was (?:working|connected|online|fine)|used to|worked (?:before|fine|last|until|yesterday|when"
             r"|for|great|well|ok|okay|perfectly|flawlessly|all)|(?:has|had|have) been (?:working|fine|online|connected)"
             r"|for (?:a|one|two|three|several|many|\d+) (?:years?|months?|weeks?|days?)|for (?:ages|months|years|weeks)"
             r"|yesterday|last (?:week|night|month|year)|before (?:we|i|the)|until|back when|when (?:we|i) (?:first )?(?:set"
             r"|got|bought|installed|plugged))\b")
_NOT_A_CLAIM = lazy(r"^(?:if|once|when|whenever|hopefully|hope|will|would|should|could|can|is|does|do|did"
                    r"|has|have|maybe|might|until)\b|\b(?:if it|once it|when it|hopefully|fingers crossed"
                    r"|will it|would it|is it|does it|did it (?:connect|work)|see if|let you know if|in case)\b")


def _claims(clause: str) -> bool:
    m = _CLAIM.search(clause)
    if m is None or _NOT_A_CLAIM.search(clause) or _PAST.search(clause):
        return False
    if re.search(r"\b(?:stopped|stops|quit|keeps?|kept|not|never|isnt|wasnt|no longer)\s+(?:\w+\s+)?$",
                 re.sub(r"\bnever ?mind\b", " ", clause[: m.start()])):
        return False  # "it stopped working again", "keeps going offline again"
    if m.group(0) == "back up" and (
            re.search(r"\b(?:carried|brought|moved|took|put|walked|went|go|carry|bring|move|take)\b(?: \w+){0,2} $",
                      clause[: m.start()])
            or re.match(r" (?:to|the|on|in|into|onto|stairs|there|here|at)\b", clause[m.end():])):
        return False  # "i carried it back up to the porch" (the eighth exploratory test got "That's great to hear!")
    if re.match(r"(?:fixed|sorted|solved|resolved)\b", m.group(0)) and _OTHER_THING.match(
            re.sub(r"^(?:the|my|our|out|it)\s+", "", clause[m.end():].strip())):
        return False  # "my flatmate sorted the internet"
    before = re.sub(r"\bnever ?mind\b", " ", clause[: m.start()]).split()  # "never mind, it works" is no denial
    if NEGATORS & set(before[-3:]) or re.search(r"\bstill\b", clause) and not re.search(r"\bnow\b", clause):
        return False  # "not fixed", "still not connected" ("still" alone: it has not changed)
    # "the hotspot is working now": its subject is something else, unless the unit is named too ("it's on the
    # wifi now" names the wifi as where, not what).
    other = _OTHER_THING.search(clause[: m.start()])
    if other and not re.search(r"\b(?:plug|unit|device|sensor|photon|switch|camera|bulb)\b", clause) and \
            not re.search(r"\b(?:it|its|it is)\b[^,]*$", clause[: m.start()]):
        return False
    return True


def says_it_works(text: str, question: str | None = None) -> bool:
    """True when the message says the unit itself now works (connected, online, the normal breathing light)."""
    msg: Message = message(text)
    if not msg.plain:
        return False
    for clause in msg.clauses:
        claim = _CLAIM.search(clause)
        if question == "hotspot_ready" and claim and re.fullmatch(r"sorted|fixed|good to go", claim.group(0)):
            continue  # "sorted, tethering switched on": the hotspot is ready
        if question == "internet" and not re.search(
                r"\b(?:plug|unit|device|sensor|photon|switch|camera|bulb|light|led|fixed|sorted|solved|it (?:just )?"
                r"connected|came on ?line)\b", clause):
            continue  # at the internet question, "yes it's working" is the internet's answer
        if _claims(clause):
            return True
    return False
