"""Questions and wishes said beside the answer a step asked for, which the ninth blind exploratory test saw ignored:
which Wi-Fi extender to buy (n11), whether every mesh point must be unplugged for the hotspot test (n12, n16), whether
the phone's hotspot will do on a network with a sign-in page (n04), and a goodbye (n21: "i said bye. stop" opened a
support case), and a hedged answer to "is it working now?" (n22: "hmm maybe" closed the case as fixed). Pure
functions over a message's plain words (rules/text.py).
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_extender", "asks_mesh_units", "asks_portal_hotspot", "cant_unplug", "hedged", "says_goodbye", "urgent"]

_ASKING = lazy(r"^(?:(?:so|ok|okay|and|but|also|hi|hey|um|oh|then|well) )*(?:which|what|whats|should|would|will|could|can"
               r"|do|does|is|are|any)\b"
               r"|\b(?:which|what kind|what type|should|would|could|recommend\w*|suggest\w*|worth|best|brand|model"
               r"|do i need|i need|need to (?:buy|get)|(?:buy|get) (?:a|an|one|another))\b")

# A Wi-Fi extender in its many names.
_EXTENDER = lazy(r"\b(?:(?:wi ?fi |wifi |range |signal |network )?(?:extender|extenders|booster|boosters|repeater"
                 r"|repeaters|amplifier|amplifiers)|mesh (?:point|points|node|nodes|system|kit|unit|units|satellite"
                 r"|satellites|router|wifi)|powerline(?: adapter| adapters)?|access point|another router|second router"
                 r"|range extend\w*|boost (?:the |my )?(?:signal|wifi|wi fi))\b")


def asks_extender(text: str) -> bool:
    """The customer asks which extender (booster, repeater, mesh point) to get, or whether one would help: in the
    sentence that names it. Not "we got an eero mesh system last week ... the app doesnt show any readings"
    (explore11's n22 got extender advice it never asked for)."""
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        plain = message(sentence).plain
        if _EXTENDER.search(plain) is not None and ("?" in sentence or _ASKING.search(plain) is not None):
            return True
    return False


# "Should I move one of the nest points closer to the garage?" (explore11's n10 got the next question, twice).
_MOVE_CLOSER = lazy(r"\b(?:should|shall|could|can|would|will|do) (?:i|we|it|that|you)(?: \w+){0,2} (?:move|put|bring|place"
                    r"|relocate|shift|moving|putting)(?: \w+){0,6} (?:closer|nearer|next to|near|beside)\b"
                    r"|\b(?:move|put|bring|moving|putting)(?: \w+){0,6} (?:closer|nearer)\b(?:[^.?!]*)\?")


# How near the router must be, asked in other words: "does the router have to be in the same room", "would moving the
# eero help", "is it too far from the router" (the round 53 blind set: customers rarely type the question mark).
_NEARNESS = lazy(r"\b(?:clos(?:e|er)|near(?:er|by)?|far(?:ther)?|further|distance|same room|next to|beside|in range|range"
                 r"|too far|how far|move|moving|moved|relocat\w*)\b")
_ASKS = lazy(r"\b(?:should|shall|would|could|does|do|is|are|can|will|need|needs|has to|have to|must|help|helps|matter"
             r"|matters|worth|maybe|better|problem|issue)\b")
_DONE = lazy(r"\b(?:already|i moved|we moved|i put|we put|i have moved|its (?:right )?(?:next to|beside|near)"
             r"|it s (?:right )?(?:next to|beside|near))\b")


def asks_move_closer(text: str) -> bool:
    """The customer asks whether to move the router, a mesh point or the unit closer to the other, or how near it
    must be; not where it already is ("I already moved it next to the router")."""
    plain = message(text).plain
    if _MOVE_CLOSER.search(plain + ("?" if "?" in text else "")) is not None:
        return True
    asked = "?" in text or _ASKS.search(plain) is not None
    return asked and _NEARNESS.search(plain) is not None and _DONE.search(plain) is None and \
        re.search(r"\b(?:router|modem|mesh|extender|repeater|booster|node|point|eero|deco|orbi|nest|hub|unit|device"
                  r"|sensor|it)\b", plain) is not None


# A mesh system's parts: "the 3 eeros", "the satellites", "the pucks", "the other nodes".
_MESH_PART = lazy(r"\b(?:eeros?|pucks?|satellites?|sats|nodes?|decos?|orbis?|velops?|beacons?|mesh (?:points?|units?"
                  r"|routers?|things?|pods?|discs?|disks?)|points|pods|extenders?|the (?:other|little|small|round|white)"
                  r" (?:ones|things|boxes|units|discs|disks)|(?:google|nest) (?:wifi|points?)|(?:two|three|four|2|3|4)"
                  r" (?:of them|routers|boxes|units|things))\b")
_UNPLUG = lazy(r"\b(?:unplug\w*|plug\w*|turn\w* (?:off|them off|it off)|switch\w* (?:off|them off)|power\w* (?:off|down)"
               r"|(?:all|every|each|both) (?:of )?(?:them|one|ones)|only (?:the )?(?:main|first|big|one)|just (?:the )?"
               r"(?:main|first|big|one)|which (?:one|ones|router|box)|the main one|main (?:one|router|unit|eero|puck))\b")


def asks_mesh_units(text: str) -> bool:
    """The customer says or asks which of a mesh system's points were (or must be) unplugged for the hotspot test."""
    plain = message(text).plain
    return _MESH_PART.search(plain) is not None and _UNPLUG.search(plain) is not None


_HOTSPOT = lazy(r"\b(?:hot ?spot|hotspots|personal hotspot|tether\w*|(?:my )?phones? (?:wifi|wi fi|internet|data)"
                r"|mobile (?:data|wifi|hotspot)|my (?:own )?data)\b")
_CAN_USE = lazy(r"\b(?:can|could|should|would|will|may|is it ok|ok to|okay to|instead|use|using|work|works|while"
                r"|travel\w*|meanwhile|for now|alternative|better)\b")


def asks_portal_hotspot(text: str) -> bool:
    """The customer asks whether the phone's hotspot can be used instead (on a network with a sign-in page)."""
    msg = message(text)
    return _HOTSPOT.search(msg.plain) is not None and ("?" in msg.raw or _CAN_USE.search(msg.plain) is not None)


# Ending the chat: "bye", "forget it, I'm done", "no more questions, thanks", "cancel this". Not "stop blinking",
# "stop telling me to restart", "bye bye wifi lol it drops every hour".
_BYE = lazy(r"^(?:(?:ok|okay|k|fine|nah|no|well|right|alright|anyway|thanks|thank you|ty|sorry|ugh|meh|whatever)"
            r" )*(?:bye+(?: now| for now)?|goodbye|good bye|cya|see ya|later|ttyl|im out|i m out|im off|i m off"
            r"|forget it|forget this|never ?mind|nvm|cancel(?: this| it| the chat)?|no more questions|im done|i m done"
            r"|i am done|thats enough|that s enough|enough)"
            r"(?: (?:thanks|thank you|ty|then|now|for now|for today|bye|goodbye|im done|i m done|i am done|lol|sorry"
            r"|with this|with it|cancel|stop|pls|please|mate))*$")
_BYE_CLAUSE = lazy(r"^(?:bye+|goodbye|good bye|cya|ttyl|stop|cancel|im done|i m done|i am done|forget it|never ?mind"
                   r"|nvm|no more questions(?: please| thanks)?)$")


def says_goodbye(text: str) -> bool:
    """The customer ends the chat now ("bye", "forget it im done", "no more questions thanks bye"), in a message of
    nothing else or with a goodbye clause beside its other words ("i said bye. stop")."""
    msg = message(text)
    if _BYE.search(msg.plain):
        return True
    clauses = [c for c in msg.clauses if c]
    return len(clauses) > 1 and all(_BYE_CLAUSE.search(c) or _BYE.search(c) for c in clauses[-1:]) and \
        any(_BYE_CLAUSE.search(c) for c in clauses)


# Not a clear yes or no: "hmm maybe", "i think so?", "kinda", "it did for a sec", "not sure, it flickered".
_HEDGE = lazy(r"\b(?:maybe|might be|i think so|think so|not sure|unsure|kinda|kind of|sort of|sorta|i guess|guess so"
              r"|probably|possibly|perhaps|hard to tell|cant tell|can t tell|not certain|dunno|idk|no idea"
              r"|for a (?:sec|second|moment|bit|minute)|briefly|on and off|flicker\w*|hm+|hmm+|ish)\b")
_SURE = lazy(r"\b(?:yes|yep|yeah|yup|definitely|for sure|it is|it s pulsing|its pulsing|pulsing (?:light )?blue|all good"
             r"|working)\b")


def hedged(text: str) -> bool:
    """A hedged or unsure answer, not a clear yes ("hmm maybe", "i think so?"); a clear yes with a hedge beside it
    ("yes! i think it works now") is a yes."""
    msg = message(text)
    if _HEDGE.search(msg.plain) is None:
        return msg.plain.endswith(("so", "yes", "yeah")) and msg.raw.rstrip().endswith("?")
    return _SURE.search(msg.plain) is None or msg.raw.rstrip().endswith("?")


# The router isn't the customer's to unplug for the hotspot test, or is out of reach (the ninth test's n17: "i cant
# unplug the router its in the basement and belongs to the landlord" was told to unplug it again). Not a refusal at
# home ("i cant unplug the router, my husband is working from home"): that skips the test, as the eighth test asked.
_ROUTER_WORD = r"(?:router|modem|wifi box|internet box|hub|box|wifi|wi fi|internet|network|it|that|the thing)"
_NOT_THEIRS = lazy(
    r"\b(?:no|dont have|don t have|without) access to (?:the |our |my )?" + _ROUTER_WORD +
    r"|\b(?:landlord|landlords|building|buildings|office|offices|company|companys|work|school|schools|it dept|it"
    r" department|management|neighbou?rs?|hoa|apartment|apartments|complex|university|unis?|college|hotel|dorm"
    r"|dorms)(?: s)? (?:router|modem|wifi|wi fi|box|network|internet)\b"
    r"|\b" + _ROUTER_WORD + r" (?:is|s) (?:in a |in the |behind a )?(?:locked|lock(?:ed)? up|not mine|not ours)\b"
    r"|\blocked (?:cupboard|closet|room|cabinet|box)\b"
    r"|\b(?:belongs to|owned by|controlled by|managed by|run by|part of) (?:the |my |our |this )?(?:landlord|building"
    r"|office|company|school|it|management|neighbou?r|apartment|complex|university|uni|college|hotel|dorm|hall|work"
    r"|employer)\b"
    r"|\b(?:dont|don t|do not) know which (?:box|one|thing|light) is the router\b|\bwhich (?:box|one|thing) is the"
    r" (?:router|modem)\b")
# "can't get to it", "not allowed to touch it", said of the router named beside it.
_CANT_REACH_IT = lazy(r"\b(?:cant|can t|cannot|can not|couldnt|unable to|not able to|not allowed to|no way (?:i can|to))"
                      r" (?:\w+ ){0,2}?(?:reach|get to|access|touch) (?:it|that|them|this|the router|the modem)\b")
_ROUTER_NAMED = lazy(r"\b(?:router|modem|wifi box|internet box|hub)\b")


def cant_unplug(text: str) -> bool:
    """The router isn't the customer's to unplug for the hotspot test, or is out of their reach."""
    plain = message(text).plain
    return _NOT_THEIRS.search(plain) is not None or (
        _CANT_REACH_IT.search(plain) is not None and _ROUTER_NAMED.search(plain) is not None)


# It can't wait (the ninth test's n19: "one working day?? its urgent my freezer alarm is on it" got the usual reply).
_URGENT = lazy(r"\b(?:urgent\w*|emergenc\w*|asap|a s a p|immediately|right away|right now|critical|life or death"
               r"|cant wait|can t wait|cannot wait|can not wait|no time|time sensitive|this is serious|need it (?:today"
               r"|tonight|now|working)|by tomorrow|by tonight|(?:spoil|spoiling|go off|going off|rot|rotting|thaw\w*|melt"
               r"\w*|defrost\w*)|(?:whole|full|one|1|a) (?:working |business )?day\b[^.!]{0,12}\?"
               r"|(?:fall|medical|panic) (?:sensor|alarm|button|detector|pendant)|baby monitor|security (?:system"
               r"|alarm|camera)|(?:my|our) (?:business|shop|store|restaurant|cafe|clinic) (?:opens|is open|needs)"
               r"|losing (?:money|business|stock|food)|(?:elderly|old|disabled|sick) (?:mum|mom|dad|father|mother|parent"
               r"|parents|grandma|grandmother|grandpa|grandfather|relative|neighbou?r))\b")


def urgent(text: str) -> bool:
    """The customer says it can't wait for support's usual reply (food spoiling, a medical or safety alarm, a business
    opening, "urgent", "asap")."""
    return _URGENT.search(message(text).plain) is not None
