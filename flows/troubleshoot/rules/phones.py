"""No smartphone: the customer has no phone that can run an app, show a Wi-Fi list or share a hotspot.

Three steps need a smartphone (the scanner app, the Wi-Fi list's names, the phone hotspot). A blind exploratory
test's customer with a flip phone said so at the scanner question and was asked for the Wi-Fi list and the hotspot
anyway ("I TOLD YOU I HAVE A FLIP PHONE"). Said once, at any question, every phone step is left out.

Not this: a smartphone that cannot do it now (flat battery, no data left, a work phone that blocks apps, "I don't
want to install apps"), a smartphone that is old, someone else's smartphone, or a flip phone they used to have.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import Message

__all__ = ["cant_use_apps", "no_smartphone"]

_KINDS = r"(flip|basic|simple|dumb|old fashioned|old style|old school|old type|button|cheap|senior|pay as you go|prepaid)"
_PHONE = r"(phone|cell|cellphone|cell phone|mobile|mobile phone|handset|one)"

_NONE = (
    r"(no|not a|not an|dont have a|dont have an|dont have any|dont own a|do not have a|dont got a|havent got a"
    r"|have no|without a|never had a|isnt a|its not a|not one of them|not one of those) ?smart ?phones?",
    r"\b(no|not|dont|do not|never|havent|without|aint|cant afford)\b( (?!my\b|the\b)\w+){0,3} (smart ?phones?|smart ?fones?|iphones? or"
    r" (an )?androids?)\b",
    r"\bdumb ?phone", r"\bflip ?phone", r"\bflip (cell|mobile)", r"\bflipphone", r"\b(only|just) (a|an|my) (old )?nokia",
    r"\bnot (a |an )?smart (one|phone)", rf"\b{_PHONE} is (too|very|really) (basic|simple|old fashioned)",
    r"\b(only|just) (have |got )?(the |a |our )?(house|home) phone",
    rf"\b(only|just) (have |got |own |use )?(an? |my )?{_KINDS} {_PHONE}", rf"\b(i have|i got|i own|i use|its) (an? |just an? "
    rf"|only an? )?(very |really |pretty )?{_KINDS} {_PHONE}", rf"\bmy {_PHONE} is (just |only )?(an? )?(very |really )?"
    rf"{_KINDS}( {_PHONE}| one)?\b", rf"\b{_KINDS} {_PHONE} (only|that only|which only|just)\b",
    r"\b(only|just) (have |got )?(a |my )?land ?line", r"\bland ?line only", r"\bno (cell|mobile)( phone)?\b(?! (signal|data|service|reception|coverage))",
    r"\bdont (have|own) (a |any )?(cell|mobile)( phone)?\b(?! (signal|data|service|reception|coverage))",
    rf"\b{_PHONE} (is |is just |is only |only |just )?(for|does) (calls?|calling|talking|ringing)( and texts?)?( only)?\b"
    r"(?! (right now|at the moment))",
    rf"\b{_PHONE} (only|just) (makes|does|takes) calls", r"\b(only|just) (calls|calls and texts?|texts? and calls)\b",
    rf"\b{_PHONE} (has no|doesnt have|doesnt do|cant do|cant get|cant go|cant use|cant run|wont do|doesnt get|has not got"
    r"|does not have|does not do) (on )?(any |the )?(apps?|internet|online|web|wifi)\b",
    rf"\b(no|without) (apps?|internet) on (my|the) {_PHONE}", rf"\b{_PHONE} (without|with no) (apps?|internet)",
    r"\bi dont do apps\b", r"\bdont (use|do) (apps|smartphones|smart phones)\b",
    rf"\b{_PHONE} with buttons", r"\bfolds? (up|open|shut)\b",
    r"\bdont have (a|an|any) (phone|mobile|cell) (that|which) (does|can|has|gets|goes)",
    rf"\b{_PHONE} (cant|doesnt|wont|can not|does not) (download|install|get|run|take|have|do) (any )?apps\b"
    r"(?!.*\b(storage|space|locked|blocked|full)\b)",
    rf"\b{_PHONE} (is not|isnt) (a )?smart\b", rf"\b(no|dont have|dont have any|dont get) (internet|wifi|apps) on (my|the|our) {_PHONE}",
    rf"\b{_PHONE} (doesnt|does not|cant|can not) (connect|get) (to|on) (the )?(internet|wifi|web)",
    r"\b(is|its) (just )?a land ?line", r"\bdont have (one of )?(those|them|these|the) (fancy|modern|new|touch ?screen|smart)"
    r" (phones|mobiles|ones)", r"\bno touch ?screen", r"\b(doro|greatcall|lively flip|kaios)\b",
    r"\bnot (an? )?(iphone|android) or (an? )?(iphone|android)",
    # A tablet, a computer or the house phone as all they have (explore10's C04, "I only have the iPad and the
    # telephone on the kitchen wall", got the iPhone's hotspot steps).
    r"\b(only|just) (have|got|own|use) (the |an? |my |our )?(ipad|tablet|kindle|laptop|computer|pc)s?\b"
    r"(?!.{0,40}\b(and|plus|or) (an? |my |the )?(iphone|android|smart ?phone|mobile|cell)\b)",
    r"\b(tele)?phone (on|in) the (\w+ )?(wall|hall|hallway)\b|\bwall phone\b",
    r"\b(ipad|tablet)s?\b.{0,30}\b(wi ?fi) only\b|\b(wi ?fi) only (ipad|tablet)\b",
    r"\bone of (those|them|the|these) (old|older|basic|simple) (ones|phones|mobiles)\b",
    r"\b(it|mine|its|phone) (only|just) (does|makes|takes|is for) (phone )?calls\b",
    r"\b(dont|do not) (do|use|have|believe in) (cell|mobile|smart) ?phones\b",
    r"\b(jitterbug|lively|consumer cellular flip)\b",
)
# A smartphone after all, or one they used to have: not "no smartphone".
_NOT = (r"\b(work|company|office|business) (phone|mobile|cell)", r"\bused to have\b", r"\bwhen i had\b", r"\bold (flip|nokia)\b.{0,30}\bnow\b", r"\b(now|new) (i have|its|an?) "
        r"(iphone|android|smartphone|samsung|pixel)", r"\b(husband|wife|son|daughter|partner|kids?|grandson"
        r"|granddaughter)s? (has|have|got) (a |an )?(smart ?phone|iphone|android)")


def no_smartphone(msg: Message) -> bool:
    """True when the customer says they have no smartphone ("I only have a flip phone", "my phone is just for
    calls", "landline only")."""
    return msg.has(*_NONE) and not msg.has(*_NOT)


# Apps are beyond the customer: "I dont know how to put apps on, Tom does that", "not good with phones", "can you not
# just tell me what's wrong" (the eighth blind exploratory test was asked for the scanner's list twice, then had it
# explained; only "Skip" worked). Read at the scanner question, before its words are explained.
_NO_APPS = lazy(
    r"\b(?:dont|do not|didnt|don t|wouldnt) (?:\w+ )?know how (?:to )?(?:\w+ )?(?:put|install|download|get|use|do|add|work)"
    r"|\bno idea how\b|\bnot (?:very |too |that |much )?(?:good|great|clever|handy) with (?:phones|apps|tech\w*|computers"
    r"|gadgets|these things|that stuff|this stuff)\b|\bnot (?:very |too )?(?:techy|tech savvy|technical)\b"
    r"|\b(?:my )?(?:son|daughter|grandson|granddaughter|husband|wife|kids?|\w+) (?:does|do|did|sorts|handles) (?:that|the"
    r" apps|apps|all that|the phone stuff)\b|\b(?:cant|can t|cannot) you (?:not )?(?:just )?(?:tell|check|see|fix|look)\b"
    r"|\b(?:over my head|beyond me|too (?:complicated|technical|difficult|much))\b"
    r"|\b(?:i )?(?:cant|can t|cannot|couldnt) do (?:that|this|apps|any of that)\b"
    # Round 35's own phrasings: someone else sets the phone up, installing is refused or impossible.
    r"|\b(?:my )?(?:son|daughter|grandson|granddaughter|husband|wife|kids?|partner|nephew|niece) (?:sets?|set|puts?|does)"
    r" (?:up )?(?:my|the|all my|all the) (?:phone|apps)|\b(?:cant|can t|cannot|wont|will not|dont|do not) (?:want to )?"
    r"(?:install|download|put) (?:any|anything|apps|an app|another app|more apps|things|stuff)"
    r"|\bno (?:room|space|storage) (?:for|on)\b|\b(?:i )?(?:dont|do not) do apps\b"
    r"|\b(?:dont|do not|didnt|don t) understand (?:any of |all of )?(?:this|that|these|it|apps|all this|all that|the app)\b"
    r"|\b(?:can|could) (?:someone|somebody|anyone|you) else do (?:it|that|this)\b")


def cant_use_apps(msg: Message) -> bool:
    """Whether the customer says installing or using an app is beyond them (or asks to be told instead)."""
    return _NO_APPS.search(msg.plain) is not None
