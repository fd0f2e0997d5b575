"""Replies to "what is your Wi-Fi called?" that are no network's name: chat, a plea, a question back, the light,
the router's make, a network described or pointed at instead of named. A blind exploratory test took each for one.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import ssids
from flows.troubleshoot.rules.answer import ACK_WORDS
from flows.troubleshoot.rules.text import Message, is_word

# "I already told you it's HomeNet", "like I said, HomeNet": the name after the complaint.
TOLD = lazy(r"^(?:i (?:already |just )?(?:told|said to) you|like i (?:said|told you)|as i said"
             r"|i (?:can )?(?:only |just )?see|there(?:'s| is| are)(?: only| just)?|my phone (?:only )?(?:shows|lists|says))"
             r"[\s,:]*(?:that\s+)?(?:only\s+|just\s+)?", re.IGNORECASE)

# Replies that are no network's name (a blind exploratory test took each for one): chat, a question back, the
# device's light, the router's make.
_CHAT = ACK_WORDS | frozenset("lol haha hmm hm so this is a lot much omg wow ugh yes no yeah yep nope sure fine "
                              "great please pls hi hello hey wait sorry oh and also btw plus um whatever done finished "
                              "ready redone".split())
# "my wifi", "the home network", "the google nest wifi": what the network is, not what it is called.
# Never "home" or "house" alone: networks are called that too.
_GENERIC = frozenset("my the our wifi wi fi network internet wireless connection name its it is".split())
_OWNER = frozenset("my the our its it".split())
# Words of a plea or thanks, which no network's name of several words has.
_PLEA = frozenset("you u me thank thanks thx help helping please pls plz confused understand".split())
_AUX = ("is", "are", "does", "do", "should", "can", "could", "will", "would", "has", "have", "am", "shall", "must")
_LIGHT_TALK = lazy(r"\b(blink\w*|flash\w*|puls\w*|breath\w*|solid|light|led)\b.*\b(green|cyan|blue|red|orange"
                   r"|white|purple|magenta|yellow)\b|\b(green|cyan|blue|red|orange|white|purple|magenta|yellow)"
                   r"\b.*\b(blink\w*|flash\w*|puls\w*|breath\w*)\b")
_LIGHT_NOW = lazy(r"^(?:its |it is )?(?:still|now|just|turned|went|gone)(?: \w+)? (?:green|cyan|blue|red|orange|white"
                  r"|purple|magenta|yellow)$")
_MAKES = frozenset("netgear orbi nighthawk tp link tplink archer deco linksys velop asus eero google nest xfinity bt "
                   "smart hub plusnet sky virgin media superhub arris motorola spectrum att verizon fios huawei zte "
                   "fritz fritzbox box ubiquiti unifi amplifi mesh router modem gateway its it is a an the my model "
                   "new old".split())


# Which network, described instead of named: "the one on the sticker", "same as before", "its my own", "the xfinity
# one" (a blind exploratory test was asked to paste the scan "for my own").
_DESCRIBED_NET = lazy(
    r"^(?:(?:no|yes|yeah|well|oh|ok) )*(?:(?:its|it is|its just|just|not) )?(?:the |my |our )?(?:own|usual|normal|main"
    r"|regular|same)(?: one| network| wifi| wi fi)?$|^(?:the|my|our) (?:home|house|family|default|original) one$"
    r"|\b(?:one|name|network|wifi) (?:on|from|printed on|written on) the (?:sticker|router|box|label|card|back)\b"
    r"|\b(?:sticker|label) one\b|^(?:the |its )?same (?:as|one as) (?:before|always|usual|last time|the other|my phone"
    r"|the phone)\b|^(?:the )?(?:one|network) (?:i|we) (?:always |normally |usually )?use\b"
    r"|^(?:its |it s )?(?:just|only) (?:the )?one$")


# A network pointed at, not named: "the one with my surname", "the 2.4 one", "just my home wifi", "mine, not the
# neighbours'". Read only when typed in small letters: "The One" may be a name.
_POINTED_AT = lazy(
    r"^(?:its |it is |just |well )?(?:the )?one (?:from|with|that|which|i|we|for|in|on|at|by|of|my|our|the|your)\b"
    r"|^(?:its |it is |just )?(?:the|my|our) (?:\S+ ){1,2}one$"
    r"|^(?:its |it is )?(?:just )?(?:my|our) (?:home |house |own |usual |normal )?(?:wifi|wi fi|network|internet)$"
    r"|^(?:its |it is )?mine\b")


# A reply about the names, not one of them: "only one name", "there are two of them", "it shows both", "my phone
# shows loads of networks" (blind exploratory round 10 took "only one name" for the name). A count and a word for
# a network, every word an ordinary one, typed in small letters: "Just One More" may be a name.
_COUNT = frozenset("only one two three four both same single loads lots many several bunch few multiple couple "
                   "all any none different".split())
_NETWORK_WORD = frozenset("name names network networks wifi wifis ssid ssids one ones them list both band bands".split())
_PLAIN_EXTRA = frozenset("wifi wi fi ssid ssids 5g 2g 5ghz theres thats its".split())


def about_names(msg: Message) -> bool:
    """The reply talks about the network names (how many, which) without giving one."""
    toks = msg.tokens
    if len(toks) < 2 or re.search(r"[A-Z\"\u201c\u201d]", msg.raw[1:]) or msg.has(r"called", r"named", r"name is"):
        return False
    counts = {i for i, t in enumerate(toks) if t in _COUNT or t.isdigit()}
    nets = {i for i, t in enumerate(toks) if t in _NETWORK_WORD}
    # Two words ("only one", "two names"), or "both" alone; "one sec" is no count of networks.
    counted = bool(counts and nets and (len(counts | nets) > 1 or "both" in toks))
    return counted and \
        all(t.isdigit() or t in _PLAIN_EXTRA or is_word(t, 3.0) for t in toks)


def _without_thanks(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Without the thanks at the end ("Garden thanks!"): the rest may be a name."""
    while toks and toks[-1] in ("thanks", "thank", "you", "thx", "ty", "cheers", "please", "pls"):
        toks = toks[:-1]
    return toks


# What the customer did at the set-up, told instead of the name: "I picked it from the list", "we chose the one on
# the sticker" (round 34's tuning took the sentence for a name, and asked for the scan "for I picked it from the list").
_DID = lazy(r"^(?:i|we|he|she|my \w+) (?:just |already |only |did )?(?:picked|pick|chose|choose|selected|select|tapped"
            r"|tap|clicked|click|typed|entered)\b")


# A sentence about what happened, not a name: "I just wrote I did this already. It didn't work" (the eighth exploratory
# test's Wi-Fi became "It didn't work").
_TOLD_SO = lazy(r"\b(?:didnt|didn t|doesnt|doesn t|dont|don t|isnt|isn t|wont|won t|cant|can t|wasnt|wasn t|havent|already"
                r"|i just|i said|i wrote|i told|i did)\b")


_ABOUT_KEY = lazy(r"(?:(?:the|my|our|its|it s|and|but|oh|ok)\s+)*(?:wifi |wi fi |network |router )?(?:password|pw|pass"
                  r"|passcode|key)\b(?! is the name)")


def not_a_name(msg: Message) -> bool:
    toks = msg.tokens
    if len(toks) >= 3 and _TOLD_SO.search(msg.plain) and not ssids.name_token(msg.raw) and \
            not msg.has(r"called", r"named", r"name is"):
        return True
    if _ABOUT_KEY.match(msg.plain) and not ssids.name_token(msg.raw) and not msg.has(r"called", r"named", r"name is"):
        return True  # "the password is on the sticker": the key, and no name (round 35's own phrasing was the name)
    if _DID.search(msg.plain) and len(toks) > 3 and not msg.has(r"called", r"named", r"name is") and \
            not re.search(r"[A-Z0-9]", msg.raw[2:]):
        return True  # in small letters past "I": "I picked it from the list", never "I typed HomeNet5"
    if about_names(msg):
        return True
    if re.fullmatch(r"(?:still |its |it s |now |number )?\d{1,2}", msg.plain):
        return True  # "4", "still 1": an SMS choice or a light's answer, not a Wi-Fi name (round 10B took both)
    if not msg.has(r"called", r"named", r"name is") and any(_DESCRIBED_NET.search(c) for c in msg.clauses or ()):
        return True
    if msg.has(r"(rather|prefer) not", r"not (going|gonna) to (say|tell)", r"none of your business", r"why do you need"):
        return True  # "I'd rather not say": no name, and not one to search for (an exploratory round echoed it back)
    if len(toks) >= 2 and _PLEA & set(_without_thanks(toks)) and not re.search(r"[\"'\u201c\u2018]", msg.raw) and \
            not ssids.name_token(msg.raw) and \
            not TOLD.match(msg.raw.strip()) and \
            not msg.has(r"called", r"named", r"name is"):
        return True  # "can you help me please", "thanks for your help so far": a plea or thanks, not a name
    if len(toks) == 3 and toks[0] in ("the", "my") and toks[2] == "one" and toks[1] in _MAKES:
        return True  # "the xfinity one": the router's make
    if not msg.has(r"called", r"named", r"name is") and _POINTED_AT.search(msg.plain) and \
            not re.search(r"[A-Z]", msg.raw.split(",")[0][1:]):
        return True  # "the one from my provider", "the 2.4 one", "mine, not the neighbours" typed in small letters
    if not toks or all(t in _CHAT for t in toks):
        return True
    if toks[0] in _AUX and msg.is_question:
        return True  # "is 5GHz a problem?": answered as a question about the question
    if _LIGHT_TALK.search(msg.plain) or _LIGHT_NOW.search(msg.plain):
        return True  # "still blinking green", "still green"
    named = msg.has(r"called", r"named", r"name is", r"names")
    if not named and re.search(r"\b(router|modem|gateway)\b", msg.plain) and len(toks) > 1 and \
            not re.search(r"\b(?:wifi|wi-fi|network|it) is \S*\d", msg.raw, re.IGNORECASE):
        return True  # "it's a BT Smart Hub 2 router"
    if not named and all(t in _GENERIC for t in toks) and _OWNER & set(toks):
        return True  # "my wifi", "the network"
    if not named and len(toks) > 2 and toks[0] in ("the", "my", "our") and toks[-1] in ("wifi", "network", "system") \
            and all(t in _MAKES for t in toks[1:-1]):
        return True  # "the google nest wifi": the router's make, not the network's name
    return not named and len(toks) > 1 and all(t in _MAKES or t.isdigit() for t in toks)
