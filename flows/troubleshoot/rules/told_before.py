"""What a customer tells before its question is asked: which password was typed at set-up ("I used the wifi password
from the sticker", "password is definitely the wifi one"), whether a phone hotspot was tried already ("tested it
on my phone's hotspot, no change") and whether the router was restarted already ("I already rebooted the router
twice"). Pure functions; `rules/asks.py` re-exports the first two.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["hotspot_tried", "password_told", "restarts", "router_restarted", "setup_redone", "unit_restarted"]

_PW = r"(?:password|passwd|pass word|pw|passcode|key|psk|wifi key|network key)"
_TOLD_YES_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:used|typed|entered|put in|put|input|using|gave it|use) (?:in )?(?:the |my |our )?(?:correct |right "
    rf"|proper |exact )?(?:wifi|wi fi|router|sticker|network|routers|correct|right|proper|same)(?: s)? (?:wifi )?{_PW}"
    rf"|{_PW} (?:is|was|s) (?:definitely |100 |deffo |def |for sure |absolutely )?(?:right|correct|fine|ok|okay|good|the "
    rf"right one|not the problem)|(?:verified|checked|double checked|triple checked|confirmed) (?:the |my )?(?:wifi )?"
    rf"{_PW}|{_PW} (?:from|off|on) the (?:sticker|router|label|back of the router)|(?:right|correct) {_PW} (?:for sure|"
    rf"definitely|100)|know (?:the|my) {_PW} is (?:right|correct)"
    # "password is definitely the wifi one", "it was the wifi one not the app one" (round 10 was asked anyway)
    rf"|{_PW} (?:is|was|s) (?:definitely |100 |deffo |def |for sure |absolutely )?(?:the )?(?:wifi|wi fi|router|sticker)"
    rf" (?:one|{_PW})|(?:definitely|it was|it s|its) the (?:wifi|wi fi|router|sticker) one not the (?:app|account))(?![a-z0-9])")
_TOLD_NO_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:typed|used|entered|put|put in|gave it|input) (?:in )?(?:my |the |our )?(?:email|e mail|app|account"
    rf"|gmail|icloud|apple|old|wrong|admin|router admin|login|amazon|other)(?: s)? {_PW}|(?:might|may|could|must) (?:have|of|ve)"
    rf" (?:got|typed|entered|put|gotten|made|mis ?typed)(?: in)? (?:the |my )?(?:{_PW} )?(?:wrong|a typo|a mistake|"
    rf"incorrect)|(?:not sure|unsure|dont know) (?:if|whether) (?:i |the )?(?:typed|entered|got|put|used)? ?(?:the |my )?"
    rf"(?:{_PW} )?(?:right|correctly|correct)|(?:guess|guessed) (?:a couple of |some of )?(?:the )?(?:letters|characters"
    rf"|{_PW})|(?:wrong|incorrect) {_PW} (?:maybe|perhaps|possibly|i think))(?![a-z0-9])")
_TOLD_NEG_RE = lazy(r"(?<![a-z0-9])(?:not|never|didnt|havent|dont) (?:\w+ ){0,2}(?:used|typed|entered|changed) ")


def password_told(text: str) -> str | None:
    """Before the password question: "yes" when the message says the password typed at set-up was the Wi-Fi key ("I
    used the wifi password from the sticker"), "no" when it says it was another or may be wrong, else None."""
    plain = message(text).plain
    if _TOLD_NO_RE.search(plain):
        return "no"
    if _TOLD_YES_RE.search(plain) and not _TOLD_NEG_RE.search(plain):
        return "yes"
    return None


_HOTSPOT_TRIED_RE = lazy(
    r"(?<![a-z0-9])(?:(?:tried|tested|test|used|connected|hooked|tethered|put|linked|paired|set) (?:it |the unit |the device "
    r"|that |them )?(?:up )?(?:on|to|with|via|using|through|onto|off)? ?(?:a |my |the |our |his |her |a friends |my partners "
    r"|my wifes |my husbands |partners |\w+s )?(?:phone s |phones |mobile s |mobile |cell )?(?:hot ?spot|tether\w*|personal "
    r"hotspot)|(?:hot ?spot|tethering) (?:test|trick)? ?(?:didnt|did not|doesnt|does not|wont|didn t|also|too|as well)? ?"
    r"(?:work|help|connect|fail\w*|worked|connected)|tethered it|already (?:did|done|tried) (?:the |a )?(?:hot ?spot|tether)"
    r"|(?:on|with|via) (?:my |a )?(?:phone s |phones )?hot ?spot (?:it|and it) (?:worked|connected|works|didnt|did not))")
_HOTSPOT_NOT_YET_RE = lazy(r"(?<![a-z0-9])(?:havent|have not|not yet|didnt|never|can|could|will|ill|might|thought"
                           r" about|going to|gonna|should i|do i|how do|whats|what is)(?![a-z0-9])")


def hotspot_tried(text: str) -> bool:
    """Before the hotspot test: the customer says the unit was tried on a phone hotspot already ("tested on a hotspot,
    no change", "tethered it to my partner's phone and it worked")."""
    plain = message(text).plain
    m = _HOTSPOT_TRIED_RE.search(plain) or _HOTSPOT_RESULT_RE.search(plain)
    return m is not None and not _HOTSPOT_NOT_YET_RE.search(plain[:m.start()])


# The unit on a phone's hotspot, told with its result: "it works on my phone hotspot", "even on a hotspot it won't
# connect", "used my phone as a hotspot".
_HOTSPOT_RESULT_RE = lazy(
    r"(?<![a-z0-9])(?:(?:works|worked|connects|connected|connecting|joins|joined) (?:fine |ok |okay |straight away )?(?:on"
    r"|to|with|via) (?:my |a |the )?(?:\w+ )?(?:phone s |phones |phone |mobile s |mobile |iphone |android )?hot ?spot"
    r"|(?:even )?(?:on|with|via|to) (?:my |a |the )?(?:\w+ )?(?:phone s |phones |phone |mobile |iphone )?hot ?spot (?:it |and"
    r" it |and )?(?:still )?(?:wont|won t|wouldnt|didnt|doesnt|does not|did not|cant|couldnt|worked|works|connected|fails"
    r"|failed)|(?:used|tried|using|use) (?:my |the |a )?(?:phone|mobile|iphone|cell) (?:as|for) (?:a )?hot ?spot"
    r"|hot ?spot (?:from|on|off) (?:my |the )?(?:phone|mobile|iphone) (?:didnt|did not|doesnt|wont|worked|works|made no)"
    r"|(?:connected|hooked) (?:it )?(?:up )?to (?:my |the )?(?:\w+ )?hot ?spot)(?![a-z0-9])")


# The router restarted already: the first fix for fast green is done (round 10 was told to restart it again).
_RESTARTED_RE = lazy(
    r"(?<![a-z0-9])(?:(?:already |just |have |ve |i |we )?(?:rebooted|restarted|reset|power cycled|powercycled|unplugged"
    r"|turned off and on|switched off and on|turned off and back on) (?:the |my |our )?(?:router|modem|hub|wifi box"
    r"|internet box|broadband box)|(?:router|modem|hub) (?:was |has been |got |is )?(?:already )?(?:rebooted|restarted"
    r"|reset|power cycled)|(?:rebooted|restarted) (?:it|everything) (?:and|plus) (?:the )?router)(?![a-z0-9])")
_RESTART_NOT_YET_RE = lazy(r"(?<![a-z0-9])(?:havent|have not|not yet|didnt|did not|should i|do i|can i|will|ill"
                           r"|going to|gonna|how do i|how to)(?![a-z0-9])")


# The unit itself power-cycled by the customer already ("I tried unplugging it and plugging it back in twice, same
# thing": the twelfth blind exploratory test's c12 was told to unplug it for 10 seconds). Not the router's (above),
# not a restart asked about or to come, nor a unit that restarts by itself ("it keeps rebooting on its own").
_UNIT = (r"(?:it|him|her|them|this|the (?:unit|device|thing|sensor|hub|gadget|opener|box|monitor|tracker|board|photon"
         r"|argon|particle|power)|my (?:unit|device|sensor|hub|gadget|opener|monitor)|(?:the |my )?(?:porch|garage|kitchen"
         r"|shed|living room|door|garage door|bedroom|spare) (?:sensor|hub|unit|opener|monitor|one|thing|door)|the plug"
         r"|the power|the cable|the usb|the cord|power)")
_UNIT_RESTARTED = lazy(
    # "I unplugged it and plugged it back in", "restarted the sensor", "power cycled it twice", "pulled the plug"
    rf"\b(?:unplugged|unplugging|restarted|restarting|rebooted|rebooting|power ?cycled|power ?cycling|replugged"
    rf"|re plugged|reset|resetting|pulled|pulling|cycled|switched|turned|disconnected) {_UNIT}\b"
    rf"(?! (?:\w+ )?(?:later|tomorrow|tonight|now|first|next))"
    # "turned it off and on again", "switched it off and back on"
    r"|\b(?:turned|turning|switched|switching|shut|shutting) (?:it |him |her |the \w+ )?off and (?:back )?on\b"
    r"|\b(?:unplugged|unplugging) and (?:re ?plugged|plugged (?:it )?(?:back )?in)\b"
    r"|\b(?:plugged|put) (?:it|him|her) back in\b(?! (?:later|tomorrow|now))"
    r"|\b(?:pressed|hit|pushed|tapped|clicked) (?:the )?(?:little )?reset(?: button)?\b"
    r"|\b(?:tried|did|done|already did|tried the|did the) (?:the )?(?:unplug|restart|reboot|power ?cycle|off and on"
    r"|turn it off and on|unplugging|restarting|rebooting|power cycling)\w*\b"
)
# Before it: a restart to come, asked about or not done ("should I unplug it?", "I'll restart it", "haven't unplugged").
_RESTART_NOT_DONE = lazy(r"\b(?:havent|have not|not yet|didnt|did not|never|should (?:i|we)|do (?:i|we)|can (?:i|we)"
                         r"|will|ill|i ll|going to|gonna|how do i|how to|want me to|need to|have to|shall i|before i"
                         r"|to|if i|dont want to|afraid to|scared to|not|wont)\s+(?:\w+\s+){0,2}$")
# The router's, or a factory reset or set-up again, or the unit's own restarts.
_NOT_UNIT = lazy(r"^(?:\s*(?:the |my |our )?(?:router|modem|wifi|internet|broadband|hub box|mesh|extender))"
                 r"|factory|hard reset|set ?up|wifi")


_UNIT_NAMED = lazy(r"\b(?:unit|device|sensor|gadget|opener|monitor|tracker|photon|argon|board|thing itself|the thing)\b")


def unit_restarted(text: str, router: bool | None = None) -> bool:
    """Whether the customer says they have already power-cycled (or reset) the unit itself (`router`: whether the
    message says the router was restarted, when the caller has read that already)."""
    plain = message(text).plain
    if (router_restarted(text) if router is None else router) and not _UNIT_NAMED.search(plain):
        return False  # "i unplugged the router and plugged it back in": "it" is the router
    for m in _UNIT_RESTARTED.finditer(plain):
        after = plain[m.end():m.end() + 25]
        if _RESTART_NOT_DONE.search(plain[max(0, m.start() - 30):m.start()]) or \
                _NOT_UNIT.search(m.group(0)[m.group(0).find(" "):] + after[:12]):
            continue
        return True
    return False


def restarts(text: str) -> dict[str, bool]:
    """The restarts told already, as the flow keeps them: the router's, the unit's."""
    router = router_restarted(text)
    told = {"router_restarted": router, "unit_restarted": unit_restarted(text, router)}
    return {k: True for k, v in told.items() if v}


def router_restarted(text: str) -> bool:
    """The customer says the router was restarted already ("I already rebooted the router twice")."""
    plain = message(text).plain
    m = _RESTARTED_RE.search(plain)
    return m is not None and not _RESTART_NOT_YET_RE.search(plain[max(0, m.start() - 20):m.start()])


# The unit set up again already, with the new Wi-Fi's details ("yes I did setup again with new wifi name and password":
# the eighth blind exploratory test was then told to set it up again with the new Wi-Fi's name and password).
_REDONE = lazy(r"\b(?:i|we|he|she|they|my \w+) (?:already |have |ve |did |just |also )*(?:did (?:the |a )?set ?up again"
               r"|set (?:it |the \w+ )?up again|redid (?:the |its |it s )?(?:set ?up|wifi)|re[- ]?did (?:the )?set ?up"
               r"|re[- ]?set ?up|re[- ]?paired|re[- ]?added)\b(?! (?:later|tomorrow|tonight))"
               r"|\balready (?:did|tried|done) (?:the |a )?set ?up again\b")


def setup_redone(text: str) -> bool:
    """Whether the customer says the unit was set up again already (not that they will)."""
    plain = message(text).plain
    m = _REDONE.search(plain)
    return m is not None and re.search(r"\b(?:should|shall|will|would|can|could|do|does|need to|have to|going to|gonna"
                                       r"|must|to|if)\s+$", plain[: m.start()]) is None
