"""Answers to the router questions told before they are asked: other devices on the Wi-Fi have internet or not
("phone + laptop work fine on it", "nothing in the house gets online"), the Wi-Fi shows one name or two ("theres
also BELL882-5G"), new devices need no registering ("nothing to register"), no sign-in page ("no guest network").

The tenth blind exploratory test (its n14) told these in its first message and was asked each again ("NO. i
literally just said that"). Each reader says only what a message states outright; a message that says nothing of it,
or asks ("do I need a guest network?"), leaves the question to be asked. A sign-in page or an approved-devices list
told as a fact is `router_settings.portal_told` and `approval_told`'s, read at once. Pure functions.
"""

from __future__ import annotations

from functools import lru_cache

from flows.lazy_re import lazy
from flows.troubleshoot.rules.answers_router import lists_a_pair
from flows.troubleshoot.rules.router_settings import band_names, mac_filtering
from flows.troubleshoot.rules.text import Message, message

__all__ = ["router_told"]

# Other things on the Wi-Fi: "my phone", "the kids' ipads", "everything else", "all our other devices".
_OTHERS = (r"(?:(?:my|our|the|his|her|their|kids|wifes|husbands|wife s|husband s|both|all (?:my |our |the )?|every) )?"
           r"(?:other )?(?:phones?|iphones?|androids?|laptops?|tvs?|smart ?tvs?|tablets?|ipads?|computers?|pcs?|macs?"
           r"|macbooks?|desktops?|alexas?|echos?|echo dots?|xbox|ps4|ps5|playstations?|consoles?|rokus?|fire ?sticks?"
           r"|fire ?tv|chromecasts?|printers?|thermostats?|ring(?: doorbell)?|cameras?|doorbells?|nest|sonos|speakers?"
           r"|smart plugs?|bulbs?|kindles?|switch|netflix|streaming)"
           r"|\b(?:everything|everyone|everybody|anything) else|\ball (?:the |my |our )?(?:other )?(?:devices|gadgets"
           r"|things|stuff)|\b(?:other|rest of (?:the|my|our)) (?:devices|gadgets|things|stuff|house)|\bthe rest"
           r"|\bevery (?:other )?(?:device|gadget|thing)")
_WORKS = (r"(?:works?|working|is fine|are fine|fine|ok|okay|online|on line|connected|connects?|gets? online"
          r"|(?:has|have|got|get|getting) (?:internet|wifi|wi fi)|streams?|streaming|browses?|browsing|loads?|no (?:problems?"
          r"|issues?|trouble)|all good|perfectly|great|without (?:a )?(?:problem|issue))")
# ... and the Wi-Fi or the internet itself said to work ("the internet is fine", "wifi works great").
_NET_FINE = lazy(r"\b(?:the |my |our |home )?(?:internet|wifi|wi fi|broadband)(?: itself| connection)? (?:is |s |seems |has"
                 r" been )?(?:working |running )?(?:fine|ok|okay|great|perfectly|perfect|good|normally|normal|solid"
                 r"|no problem)\b|\b(?:internet|wifi|wi fi|broadband) (?:itself )?works(?: fine| great| perfectly| ok)?\b"
                 r"|\b(?:texting|typing|messaging|writing|chatting)(?: you| this)? (?:on|from|over|via) (?:the |my |our )?"
                 r"(?:wifi|wi fi|same wifi|home wifi)\b")
_OTHERS_WORK = lazy(rf"\b(?:{_OTHERS})\b(?: \w+){{0,6}}? {_WORKS}\b")
# Not the others' internet: the unit's own set-up network, the app, Bluetooth, or mobile data.
_NOT_ABOUT = lazy(r"\b(?:bluetooth|the app|your app|its (?:own )?(?:network|wifi|hotspot)|setup (?:network|wifi|mode)"
                  r"|on (?:mobile )?data|cellular|on (?:4g|5g|lte)|mobile data|hot ?spot)\b")
_NEGATED = lazy(r"\b(?:not|no|cant|cannot|wont|doesnt|dont|isnt|arent|never|nothing|none|neither|nor|either|without"
                r" internet|no internet|offline|off line|down|dead)\b")
# Nothing on the Wi-Fi gets online: "nothing in the house works", "phone has no internet either", "internet is down".
_OTHERS_DOWN = lazy(
    r"\b(?:nothing|none of (?:my|our|the) (?:other )?(?:devices|stuff|things|gadgets)|no (?:other )?(?:device|devices"
    r"|one|thing))(?: else)?(?: \w+){0,4}? (?:works?|is working|are working|has internet|have internet|gets? online"
    r"|can get online|is online|are online|connects?|loads?)\b"
    rf"|\b(?:{_OTHERS})\b(?: \w+){{0,4}}? (?:cant|cannot|wont|doesnt|dont|isnt|arent|not|also (?:cant|wont|not)"
    r"|wont|wouldnt|wasnt|werent) (?:\w+ )?(?:get online|getting online|get on the internet|load(?:ing)? anything"
    r"|have internet|having internet|getting internet|get internet|browse|stream|connect to the internet|working|work"
    r"|online)\b"
    rf"|\b(?:{_OTHERS})\b(?: \w+){{0,4}}? (?:has|have|got|gets?|getting) no (?:internet|wifi|connection|signal)\b"
    r"|\b(?:the |my |our |home )?(?:internet|wifi|wi fi|broadband) (?:is |s |has been |seems |seems to be )?(?:down|out"
    r"|not working|dead|off)\b(?! (?:for|on) (?:the |my |this )?(?:device|unit|plug|sensor|feeder|thing))"
    r"|\bno internet (?:at all|anywhere|on anything|in the (?:house|home|flat|apartment)|for anything|on any)"
    r"|\b(?:everything|all (?:my|our|the) devices)(?: \w+){0,2} (?:is |are )?offline\b")
# A condition, not a fact: "i log in on a page before internet works", "if the wifi is fine".
_IF = lazy(r"\b(?:before|until|till|once|when|if|unless|whether|after)(?: \w+){0,2} $")
_PAST = lazy(r"\b(?:was|were|went|had been|yesterday|last (?:night|week)|earlier|after|since|when)\b")


def others_online(msg: Message) -> str | None:
    """"yes" when the message says other devices on the Wi-Fi have internet now, "no" when they have none either."""
    for clause, asked in _clauses(msg):
        if _NOT_ABOUT.search(clause) or asked:
            continue
        if _OTHERS_DOWN.search(clause) and not _PAST.search(clause):
            return "no"
        found = _OTHERS_WORK.search(clause) or _NET_FINE.search(clause)
        if found and not _NEGATED.search(clause[: found.end()]) and not _IF.search(clause[: found.start()]):
            return "yes"
    return None


# Two names in the Wi-Fi list: "a 2.4 one and a 5 one", "two networks show up", "theres also a 5G version".
_TWO_NAMES = lazy(
    r"\b(?:two|2|both) (?:different |separate )?(?:networks?|names|wifis|wi fis|ssids|wifi names|network names"
    r"|versions|of them)\b(?: \w+){0,4}? (?:show|shows|showing|listed|appear|come up|in (?:the|my) (?:list|wifi list))"
    r"|\b(?:a|one|the) (?:2 4|24|2 point 4)(?: ghz| g)?(?: one| network| version| name)? and (?:a|one|the)"
    r" 5(?: ghz| g)?(?: one| network| version| name)\b"
    r"|\b(?:2 4|24)(?: ghz| g)? and 5(?: ghz| g)? (?:networks|versions|names|ones|ssids|both show|show up|show)\b"
    r"|\b(?:also|plus|and) (?:a |the |another )?(?:\w+ )?5 ?(?:g|ghz) (?:one|version|network|name)\b"
    r"|\bone (?:of them )?(?:ends|ending|with) (?:in |with )?5 ?(?:g|ghz)\b"
    r"|\b(?:shows?|showing|see|seeing|listed as|list has|there are|theres|there s) (?:\w+ )?(?:two|2) (?:networks"
    r"|names|wifis|ssids|of them)\b")
# One name: "only one network shows", "just the one name".
_ONE_NAME = lazy(r"\b(?:only|just) (?:one|1|a single|the one) (?:network|name|wifi|ssid|network name|wifi name)"
                 r"(?: \w+){0,3}? (?:shows?|showing|listed|in (?:the|my) (?:list|wifi list)|comes? up|appears?)\b"
                 r"|\b(?:only|just) (?:see|seeing|shows?|showing|have|has|got) (?:one|1|a single) (?:network|name|wifi"
                 r"|ssid)\b|\b(?:no|not a|isnt a|theres no|there is no) (?:separate |different )?5 ?(?:g|ghz) "
                 r"(?:one|network|version|name)\b")
# A setting as it was, not as it is ("originally they had a 5GHz SSID with the same name, fixed since").
_BEFORE = lazy(r"\b(?:originally|used to|previously|no longer|anymore|any more|been fixed|was fixed|changed (?:it|that))\b")
_5G_PHONE = lazy(r"\b(?:phone|mobile|cell|data|router|modem|network is|on) (?:\w+ )?5 ?g\b(?! (?:one|version|network"
                 r"|name|wifi))")


def wifi_names(msg: Message) -> str | None:
    """"two" when the message says the Wi-Fi shows a name per band, "one" when it shows one name for both."""
    told = [c for c, asked in _clauses(msg) if not asked]  # not "does it matter that I have two networks?"
    if lists_a_pair(msg) or any(_TWO_NAMES.search(c) for c in told):
        return "two"
    if any(_ONE_NAME.search(c) for c in told):
        return "one"
    plain = " ".join(told)
    setting = band_names(plain)
    return setting if setting and not _5G_PHONE.search(plain) and not _BEFORE.search(plain) else None


def _clauses(msg: Message) -> list[tuple[str, bool]]:
    """The message's clauses, each with whether it is asked (its sentence ends with a question mark)."""
    out: list[tuple[str, bool]] = []
    for sentence in _SENTENCE.findall(msg.norm):
        asked = sentence.rstrip().endswith("?")
        out += [(c, asked) for c in message(sentence).clauses]
    return out


_SENTENCE = lazy(r"[^.!?\n]+[.!?\n]*")


# No registering or approving: "nothing to register", "no mac filtering", "no approval needed".
_NO_REGISTER = lazy(
    r"\b(?:nothing|no need|dont need|do not need|dont have|never had|didnt have|dont|do not|doesnt|never)(?: \w+)?"
    r" to (?:register|approve|whitelist|white list|add)(?! (?:it |the \w+ )?(?:in|on|to|with) (?:the|your|ur|an?) "
    r"(?:app|account|website|site))\b"
    r"|\bno (?:device )?(?:registration|registering|approval|approvals|approving|whitelist|white list|allow ?list"
    r"|approved (?:devices )?list)\b(?! (?:in|on|with) (?:the|your) (?:app|account|website))"
    r"|\b(?:devices|anything|anyone|everything|any device|nothing)(?: \w+){0,2} (?:needs?|has|have)(?: to)? (?:be )?"
    r"(?:registered|approved|whitelisted)\b(?=.*\b(?:no|not|nothing|dont|doesnt|never)\b)"
    r"|\b(?:not|no|never|nothing) (?:\w+ )?(?:registered|approved|whitelisted)(?: \w+)? (?:devices|list)\b"
    r"|\b(?:no|not) (?:like )?(?:an? )?(?:office|school|work|campus|corporate|apartment|building) (?:network|wifi)"
    r"(?: or| and|,)?(?: \w+){0,4}? (?:register|approv)")
_OUR_APP = lazy(r"\b(?:app|account|website|warranty|product|on your site)\b")


def no_registration(msg: Message) -> bool:
    """Whether the message says new devices need no registering or approving on the network."""
    if mac_filtering(msg.plain) == "no":
        return True
    for clause, asked in _clauses(msg):
        if not asked and _NO_REGISTER.search(clause) and \
                not (_OUR_APP.search(clause) and "network" not in clause and "wifi" not in clause):
            return True
    return False


# No sign-in page: "no guest network", "no login page", "not one of those hotel logins", "just a normal password".
_NO_SIGN_IN = lazy(
    r"\b(?:no|not a|not an|isnt a|isnt an|not on a|not using a|dont have a|dont use a|theres no|there is no|without a"
    r"|never (?:had|seen|get|got) a|nothing like a|not some|not one of those|not like a|not like)(?: \w+){0,2}?"
    r" (?:guest|hotel|login|log in|sign in|signin|splash|captive|portal|web|landing|public)"
    r"(?: style| type| kind of| like)?(?: \w+)?(?: network| wifi| page| screen| portal| login| log in| sign in| thing"
    r"| stuff)?\b"
    r"|\b(?:nothing|no need|dont (?:need|have)|dont) to (?:sign|log) ?(?:in|on)\b(?! (?:to |on |in |with )?(?:the |your"
    r" |ur )?(?:app|account))"
    r"|\b(?:just|only) (?:a |the )?(?:normal |regular |plain |standard |simple |ordinary )?(?:wifi |wi fi |network )?"
    r"(?:password|wpa2?|passcode|key)(?: \w+){0,3}? (?:no|not|nothing)\b(?: \w+){0,3}? (?:page|login|log in|sign in"
    r"|portal|screen|web)")


def no_sign_in(msg: Message) -> bool:
    """Whether the message says the Wi-Fi has no sign-in page (not a guest or hotel-style network)."""
    return any(not asked and _NO_SIGN_IN.search(c) for c, asked in _clauses(msg))


def router_told(text: str) -> dict[str, str]:
    """The router questions (wifi.py ROUTER_QUESTIONS' names) the message answers, with the answer: "internet"
    yes/no, "same_name" one/two, "mac_filter" no, "guest" no."""
    return dict(_router_told(text))


@lru_cache(maxsize=512)
def _router_told(text: str) -> tuple[tuple[str, str], ...]:
    """router_told's pairs, read once per text (told.py asks up to three times a message)."""
    msg = message(text)
    told: dict[str, str] = {}
    if others := others_online(msg):
        told["internet"] = others
    if names := wifi_names(msg):
        told["same_name"] = names
    if no_registration(msg):
        told["mac_filter"] = "no"
    if no_sign_in(msg):
        told["guest"] = "no"
    return tuple(told.items())
