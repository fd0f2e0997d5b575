"""What changed just before the unit went offline, as the first message tells it ("we got a new router yesterday",
"I moved it to the garage", "we had a power cut"): each points to its own first fix. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.answers_wifi import CHANGED_SINCE, NOT_CHANGED
from flows.troubleshoot.rules.text import message

__all__ = ["changed_since_setup", "first_change", "opener_context"]

_MESH = r"google (?:nest )?wifi|nest wifi|eero|orbi|deco|velop|plume|amplifi|mesh(?: wifi| system| network)?"
# What changed just before the unit went offline, told in the first message: each points to its own first fix.
_CONTEXT = (
    ("new_router", lazy(
        r"(?<![a-z0-9])(?:(?:new|replaced|replacement|changed|different|upgraded|swapped|another) (?:\w+ ){0,2}?"
        r"(?:router|modem|hub|box|internet provider|provider|isp|broadband|fibre|fiber|gateway|wifi system"
        r"|(?:wireless )?access point|extender|(?:networking|network|wifi) (?:gear|equipment|kit))"
        r"|(?:router|modem|hub|gateway|box) (?:was |got |has been |is )?(?:replaced|changed|swapped|upgraded)"
        r"|(?:router|modem|isp|provider) (?:change|swap|replacement)|factory reset (?:my |the |our )?(?:router|modem)"
        r"|(?:isp|provider|internet company) (?:\w+ ){0,2}?(?:upgraded|changed|replaced|swapped) (?:my|our|the)"
        r" (?:network|router|modem|wifi|box)|(?:router|modem)(?: \w+){0,6} (?:bought|got|ordered) a new one"
        r"|(?:switched|changed|moved|went) (?:\w+ )?(?:internet |broadband )?(?:provider|providers|isps?|company|companies)"
        r"|(?:switched|changed|moved) (?:over )?to (?:bt|sky|virgin|comcast|xfinity|spectrum|verizon|att|at&t|ee|vodafone"
        r"|talktalk|plusnet|fios|starlink|t-mobile)"
        # "we switched from spectrum to AT&T fiber last week" (the tenth blind exploratory test, never taken in)
        r"|(?:switched|changed|moved|went) (?:over )?from (?:\w+ ){1,3}?to (?:\w+ )?(?:bt|sky|virgin|comcast|xfinity"
        r"|spectrum|verizon|att|at&t|at t|ee|vodafone|talktalk|plusnet|fios|starlink|t-mobile|fiber|fibre|cable|5g home)"
        r"|(?:(?:replac|swapp|upgrad|chang)(?:ed|ing) (?:out )?|switch(?:ed|ing) out )(?:our|my|the) (?:router|modem|hub"
        r"|box|wifi)(?! (?:password|passcode|pw|pass|key|name|code|firmware|software|settings?))|upgraded to (?:fibre|fiber)"
        # A mesh system in place of the router: "we switched to Google Nest Wifi", "got an eero" (round 10).
        r"|(?:switch|chang|mov|upgrad|swapp)(?:ed|ing) (?:over )?to (?:a |an |the |our )?(?:new )?(?:\w+ )?(?:" + _MESH + r")"
        r"|went (?:over )?to (?:a |an |the |our )?(?:new )?(?:" + _MESH + r")"
        r"|(?:new|got(?: an?)?|bought an?|installed an?|put in an?) (?:new )?(?:" + _MESH + r"))(?![a-z0-9])")),
    # Moved to another home: another Wi-Fi, so the unit is set up again there ("we just moved house", "took it to my
    # mum's"); a blind exploratory test was told to try it near the router, as for a move to the garage.
    ("new_home", lazy(
        r"(?<![a-z0-9])(?:moved (?:house|home|homes|flats?|apartments?|out|in|places?|address|country|city|town|states?)"
        r"|(?:moved|(?:after|since|when) (?:\w+ )?moving) (?:in)?to (?:a |our |my |the )?new (?:house|home|flat|apartment"
        r"|place|address|town|city|build)"
        r"|(?:since|after|when) (?:i|we) (?:just )?moved(?! (?:it|them|the|my|our))|(?:just|recently) moved(?: in)?$"
        r"|(?:moved|took|taken|brought|carried) (?:it|them|the \w+|my \w+|our \w+)? ?(?:\w+ )?(?:to|over to) (?:my |our "
        r"|the )?(?:(?:mums?|moms?|dads?|parents?|grand\w+)(?! (?:room|bedroom|office))(?: (?:house|place|flat|home))?"
        r"|\w+s (?:house|place|flat|home))|(?:moved|took|taken) (?:it|them)? ?(?:to|over to) (?:another|a different|the other|our "
        r"other|my other) (?:house|home|flat|apartment|place|property|address)|(?:in|at|to) (?:my|our|the) new (?:house"
        r"|home|flat|apartment|place)|new (?:house|home|flat|apartment|place) (?:and|since|now)|holiday home|caravan"
        r"|(?:to|at) (?:my |the )?(?:office at work|work office|workplace))(?![a-z0-9])")),
    ("moved", lazy(
        r"(?<![a-z0-9])(?:(?:moved|relocated|took|taken|put|brought|carried) (?:it|them|the \w+|my \w+|our \w+|the unit"
        r"|the device)? ?(?:\w+ )?(?:to|into|in|out to|over to|up to|down to) (?:the |my |our |a |another |other |a new )?"
        r"(?:garage|shed|garden|basement|cellar|attic|loft|office|room|upstairs|downstairs|barn|workshop|other|kitchen"
        r"|building|location|spot|floor"
        r"|bedroom|porch|yard|cabin|hall|hallway|lounge|living room|patio|conservatory|utility)"
        r"|moved (?:it|them) (?:upstairs|downstairs|outside|inside))(?![a-z0-9])")),
    ("power_cut", lazy(
        r"(?<![a-z0-9])(?:power (?:cut|outage|failure|went (?:out|off|down)|was (?:out|off|cut))|(?:blackout|black out)"
        r"|(?:electric|electricity|power) (?:went|was) (?:off|out)|lost power|no power (?:for|last|this)|storm"
        r"|outage|brown ?out|(?:power|electricity) (?:came|come|comes|was|is) back|power loss|loss of power|(?:router|modem|wifi|internet)s? power (?:got |was )?(?:turned |cut |"
        r"switched )?(?:off|out)|tripped|trip switch|breaker (?:tripped|went|blew|flipped))(?![a-z0-9])")),
)


_FUTURE = lazy(r"(?<![a-z0-9])(will|would|going to|gonna|next (week|month)|planning|plan to|about to|(?:like|want"
               r"|wanted|wish|trying|try|able|how) to|should i|do i need to)(?![a-z0-9])")
# Said right after the change: it has not happened yet ("moving house next week").
_SOON = lazy(r"^ (?:\w+ )?(?:next (?:week|month|year)|soon|tomorrow|later)(?![a-z0-9])")


def sentences(text: str) -> list[str]:
    """The message's sentences, each as plain words: a plan, a wish or a denial is read in its own sentence ("I
    moved it to the garage (where it will live)" is a move; "is there a way to change the password?" is none)."""
    return [plain for part in re.split(r"[.!?;\n]+", text) if (plain := message(part).plain)]


def _told(pattern: re.Pattern[str], plain: str) -> re.Match[str] | None:
    """The pattern's first match in one sentence that is not a plan, a wish or a question (said before it, or "soon"
    after)."""
    for found in pattern.finditer(plain):
        before = plain[:found.start()]
        if not _FUTURE.search(before) and not _SOON.search(plain[found.end():]) and not _DENIED.search(before) and \
                not _ASKED_BEFORE.search(before) and not _MAYBE_BEFORE.search(before):
            return found
    return None


# Asked, not told: "do I need a new router or not", "would a new modem help", "is it time to get a new router" (with
# or without the question mark; explore11's n03 was told "You mentioned a new router"). Not "we got a new router, is
# that why?": the question comes after.
_ASKED_BEFORE = lazy(r"(?:^|\b(?:but|and|so|or|also|then|just|wondering|ask\w*|question|know|idea|think|tell me|um|hi"
                     r"|hello|ok|okay|well))\s*(?:do|does|should|shall|would|will|could|can|must|is|are|might|may|would"
                     r"|wld|shud|shld)\s+(?:i|we|you|u|it|a|an|the|getting|buying|replacing|changing|my|our|that|this"
                     r"|they|he|she|its|there|time)\b(?:\s+\w+){0,7}\s*$")
# A router only wished for or weighed: "maybe i need to buy a new one", "worth getting a new router", "need a new
# router?" (not "had to get a new router").
_MAYBE_BEFORE = lazy(r"(?<!had to )(?<!have to )(?<!had )\b(?:need|needs|buy|buying|purchase|purchasing|order"
                     r"|recommend|suggest|worth|maybe|perhaps|consider\w*|thinking of|time for)\s+(?:to\s+)?(?:buy\s+"
                     r"|get\s+|getting\s+|buying\s+)?(?:a|an|another)?\s*$")


# Denied just before: "it's NOT a new router" (the sixth exploratory test was told about its new router again).
_DENIED = lazy(r"\b(?:not|isnt|wasnt|never)(?: (?:a|an|the|any|really))? $")


# Another router tried as a test, not a change: "another router was tested with the same result".
_TRIED = lazy(r"\b(?:tried|tested|try|test|testing|trying) (?:\w+ ){0,3}?(?:another|a different|other|a second)"
              r" (?:router|modem)|\b(?:another|a different|other) (?:router|modem) (?:was|were) (?:tested|tried)\b")


def opener_context(text: str) -> str | None:
    """"new_router", "new_home" (moved to another home), "moved" (within it) or "power_cut" when the first message
    says that changed just before; None otherwise."""
    parts = [plain for plain in sentences(text) if not _SETTINGS.search(plain)]
    for name, pattern in _CONTEXT:
        if any(_told(pattern, plain) and not (name == "new_router" and _TRIED.search(plain)) for plain in parts):
            return name
    return None


def first_change(text: str) -> str | None:
    """What changed before the unit went offline, in a first message: opener_context's, or "changed" for the Wi-Fi's
    password or name ("changed my wifi password last nite": the key, not a new router, as round 12 was told)."""
    return opener_context(text) or ("changed" if changed_since_setup(text) == "changed" else None)


# A change told later in the chat, at the questions after the password's: not one of the hotspot's own (its name and
# password are set for the test), not a plan or a question about one, and not a denial.
_HOTSPOT_WORDS = lazy(r"(?<![a-z0-9])(?:hot ?spot|phone|iphone|android|cyan ?rescue|rescue)(?![a-z0-9])")
_ASKS = lazy(r"^(?:do|does|did|should|shall|can|could|would|will|is|are|must|have i|do i|should i|how (?:do|can|would"
             r"|should|to))\b")
_RENAMED = lazy(r"(?<![a-z0-9])(?:renamed|changed the name of) (?:the |our |my )?(?:wifi|network|router)"
                r"|(?:chang|renam)(?:ed|ing) (?:the |our |my )?(?:wifi |wireless |network )?(?:ssid|network name|wifi name)"
                r"|(?:wifi|network)(?:s)? (?:name )?(?:was |got |has been )?renamed(?![a-z0-9])")
# Set up somewhere else, told later: "it was set up at my old flat", "it worked at my mum's before I brought it here".
_SET_UP_ELSEWHERE = lazy(r"(?<![a-z0-9])(?:(?:old|previous|last|other) (?:flat|house|home|place|apartment|address)"
                         r"|(?:i|we) (?:have |ve )?moved since|(?:brought|took|moved|carried) (?:it|them) (?:here|over"
                         r" here|with (?:me|us))|(?:worked|set up|setup) (?:fine )?at (?:my|our|the) \w+s? (?:house"
                         r"|place|flat|home))(?![a-z0-9])")
# Another password than the Wi-Fi's: "I reset the password on the particle account".
_ACCOUNT = lazy(r"(?<![a-z0-9])(?:account|app|particle|email|login|admin|cloud)(?: \w+)? password|password (?:on|for|of|to)"
                r" (?:the |my |our )?(?:\w+ )?(?:account|app|login|email)(?![a-z0-9])")
_KEY_WORDS = lazy(r"(?<![a-z0-9])(?:password|passcode|key|pass|name)s?(?![a-z0-9])")
_ROUTER_WORDS = lazy(r"(?<![a-z0-9])(?:router|modem|hub|box|provider|isp|broadband|fibre|fiber|gateway)(?![a-z0-9])")


# The router's own software updated: the same router, name and password ("I just upgraded the router firmware and
# turned on WPA3": the fourth blind exploratory test was told to set the unit up again).
# Someone else's router ("the neighbours got a new router"), or only the internet plan changed ("the ISP upgraded our
# plan", "faster plan, same box"): no change to the Wi-Fi the unit knows (round 33).
_NOT_OURS = lazy(r"\b(?:neighbou?rs?|next door|upstairs|downstairs)\b(?: \w+){0,2} (?:got|get|have|has|bought|put in"
                 r"|installed|getting)(?: (?!our\b|my\b)\w+){0,2} (?:router|modem|wifi|box|mesh|network)\b")
_PLAN_ONLY = lazy(r"\b(?:plan|package|speed|speeds|tier|contract|subscription|bill|billing|bundle)\b")
_EQUIPMENT = lazy(r"\b(?:router|modem|box|hub|gateway|eero|mesh|wifi|wi fi|network|password|name|ssid)\b")
_FIRMWARE = lazy(r"\b(?:upgrad|updat)\w* (?:the |my |our )?(?:router|modem|hub|gateway)(?: s)? (?:firmware|software)\b"
                 r"|\b(?:router|modem|hub|gateway)(?: s)? (?:firmware|software) (?:update|upgrade)")


# The router's settings changed, not the router: "since I changed some router settings to speed up my wifi" (the sixth
# exploratory test was told to set the unit up again with "the new router's" Wi-Fi, and again after "NOT a new router").
_SETTINGS = lazy(r"\b(?:router|modem|wifi|network|eero|mesh)(?: s)? (?:settings?|config\w*|options?|channel|channel width"
                 r"|security|mode)\b|\b(?:settings?|config\w*|options?) (?:on|in|of) (?:the |my |our )?(?:router|modem|wifi)\b")


def changed_since_setup(text: str) -> str | None:
    """"new_home" (moved to another home), "router" (a new router or provider) or "changed" (the Wi-Fi's password or
    name) when a message later in the chat says that changed since the unit was set up; None otherwise. Each
    sentence is read on its own (round 19's real messages had a denial or a question in another sentence)."""
    for plain in sentences(text):
        if found := _changed_in(plain):
            return found
    return None


def _changed_in(plain: str) -> str | None:
    if _HOTSPOT_WORDS.search(plain) or _ASKS.search(plain) or NOT_CHANGED.search(plain) or _ACCOUNT.search(plain) or \
            _FIRMWARE.search(plain) or _NOT_OURS.search(plain) or \
            (_PLAN_ONLY.search(plain) and not _EQUIPMENT.search(plain)):
        return None
    found = _told(CHANGED_SINCE, plain)
    if found and _KEY_WORDS.search(found.group(0)):
        return "changed"  # "I changed my wifi password": the key, though "changed my wifi" alone reads as a new router
    if _SETTINGS.search(plain):
        return None
    told = opener_context(plain)
    if told is None and _told(_SET_UP_ELSEWHERE, plain):
        told = "new_home"
    if told in ("new_home", "new_router"):
        return "router" if told == "new_router" else told
    if told is None and found:
        return "router" if _ROUTER_WORDS.search(found.group(0)) else "changed"
    if told is None and _told(_RENAMED, plain):
        return "changed"
    if told is None and (found := _told(_DIFFERENT_NOW, plain)):
        return "router" if "router" in found.group(0) else "changed"
    return None


# The Wi-Fi is not the one the unit was set up on, said without "changed": "the wifi name is different now", "it was set
# up on our old wifi" (round 22; a blind exploratory test said it three times at the router questions, unheard).
_DIFFERENT_NOW = lazy(r"(?<![a-z0-9])(?:(?:wifi|wi fi|network|wireless)(?: \w+)? (?:name|password|pass|names|ssid)s? (?:is|are|s)"
                      r" (?:now )?(?:different|not the same|new)|(?:password|name|wifi|network) (?:isnt|is not|aint|arent)"
                      r" the same (?:as|anymore|now)|set (?:it |him |her |them )?up on (?:the|our|my|an) (?:old|previous|other"
                      r"|former) (?:wifi|wi fi|network|router|modem|password|name|wifi name|box))(?![a-z0-9])")


_FAR = lazy(r"\b(?:far|farther|further|away) (?:from|away from) (?:the |my |our )?(?:router|modem|wifi|hub|house)"
            r"|\b(?:shed|garden|outbuilding|barn|workshop|detached|outside|outdoors|basement|cellar|attic|loft"
            r"|other end of|far end|far side|back of the (?:garden|yard|house|property))\b")


def moved_far(text: str) -> bool:
    """The unit was moved somewhere far from the router ("to the back of the garden shed", "far from the router")."""
    plain = message(text).plain
    return _FAR.search(plain) is not None and re.search(r"\b(?:moved|move|moving|relocated|took|taken|put|carried"
                                                         r"|installed|mounted)\b", plain) is not None


_DROPS = lazy(r"\b(?:keeps?|kept) (?:on )?(?:dropping|disconnecting|going offline|going off line|losing|cutting out"
              r"|dropping off|falling off)|\b(?:drops?|dropping|disconnects?|disconnecting|goes offline|going offline"
              r"|cuts out|falls off) (?:\w+ ){0,3}(?:every|now and (?:then|again)|randomly|at random|sometimes|on and"
              r" off|a few times|several times|all the time|all day|constantly|(?:once|twice) a (?:day|week))\b"
              r"|\b(?:offline and online|online and offline|on and off(?:line)?|comes and goes|intermittent\w*"
              r"|unreliable|drops? (?:out|off) (?:a lot|often))\b")


# Asked about, not told: "will it keep dropping off though?", "hope it doesn't keep disconnecting".
_WILL_DROP = lazy(r"\b(?:will|wont|would|gonna|going to|hope|might|could) (?:it |this |that )?(?:not |\w+nt )?"
                  r"(?:keep|drop|disconnect|go|cut|fall)")


def drops_now_and_then(text: str) -> bool:
    """The unit connects but drops off again and again ("keeps dropping offline every few hours", "goes offline and
    online all day"): round 12 was told "you're all set" because it was online at that moment."""
    plain = message(text).plain
    return _DROPS.search(plain) is not None and _WILL_DROP.search(plain) is None


# Connected before, or now and then: "it connects sometimes??", "it was online yesterday", "works for an hour then drops"
# (the ninth blind exploratory test's n11 was asked about its Wi-Fi password twice: a unit that connects at all has it).
_WORKED = lazy(r"\b(?:connects|connected|works|worked|goes online|went online|comes online|came online|was online|was"
               r" working|was fine|been online|gets online|got online|joins|joined)\b[^.?!]{0,40}?\b(?:sometimes|some"
               r" times|at times|now and (?:then|again)|on and off|off and on|then (?:drops?|dropped|goes|went|disconnects?"
               r"|cuts|falls)|for (?:a bit|an hour|a while|a few \w+|a day|a couple|a minute|a second|months|weeks|years"
               r"|ages)|yesterday|last (?:week|night|month|time)|before|earlier|this morning|the other day)\b"
               r"|\bsometimes (?:it )?(?:connects|works|goes online|comes online|joins|shows online)\b")


# Worked, then stopped: "it was fine for a year, stopped on sunday", "worked great until the storm", "no problems
# till last week" (explore11's n16; the round 53 blind set). Its password was right then.
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_STOPPED = lazy(
    r"\b(?:was|been|were|has been|have been|had been) (?:\w+ )?(?:working|fine|ok|okay|good|great|perfect|online"
    r"|connected|running|reliable)\b"
    r"|\b(?:worked|working|ran|running|online|connected|fine|no (?:problems?|issues?))(?: \w+){0,6}? (?:until|till|til"
    r"|up (?:to|until)|right up)\b"
    r"|\b(?:stopped|quit|died|went (?:offline|off|dead|down)|dropped (?:off|out)|disconnected|gave up|conked out"
    r"|packed (?:up|in))(?: \w+){0,5}? (?:yesterday|last|on " + _DAYS + r"|" + _DAYS + r"|this (?:morning|week|weekend)"
    r"|(?:a |two |three |few |couple (?:of )?)(?:days?|weeks?|nights?) ago|recently|suddenly|out of (?:nowhere|the blue)"
    r"|overnight|since|after|when|a while back)\b"
    r"|\b(?:used to|always (?:used to )?)(?: \w+)? (?:work|connect|be online|be fine)\b"
    r"|\bnever (?:had|gave) (?:us |me )?(?:a |any )?(?:problems?|issues?|trouble)\b"
    r"|\b(?:worked|working|was fine|ran|was online)(?: \w+){0,3} for (?:months|years|ages|a (?:year|month|long time)"
    r"|\d+ (?:months|years|weeks))\b")


_NOW_AND_THEN = lazy(r"\b(?:sometimes|now and then|on and off|off and on|intermittent\w*|drop\w*|keeps?|comes and goes"
                    r"|every (?:few|couple|now|so often)|then (?:\w+ )?(?:goes|went|drops|dies|disconnects|stops|cuts|falls"
                    r"|loses)|for a (?:few|couple of|couple) (?:hours|minutes|mins|days)|random\w*|again and again"
                    r"|back and forth|offline again|on again off again)\b")


def comes_and_goes(text: str) -> bool:
    """The unit connects now and then, in looser words than `drops_now_and_then` ("it connects sometimes"), as
    opposed to one that worked until it stopped ("it worked fine until yesterday")."""
    return _NOW_AND_THEN.search(message(text).plain) is not None


def connects_sometimes(text: str) -> bool:
    """The unit connected before, or does now and then ("it connects sometimes", "it was online yesterday", "keeps
    dropping off"): its saved Wi-Fi password is right."""
    plain = message(text).plain
    return drops_now_and_then(text) or _WORKED.search(plain) is not None or _STOPPED.search(plain) is not None
