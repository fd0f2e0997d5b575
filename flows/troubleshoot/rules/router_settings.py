"""A router's settings told in the customer's own words, at the router questions: the two bands under one name or two
("smart connect is on", "separate SSIDs for 2.4 and 5"), MAC filtering on or off, a sign-in page or none. Real
descriptions of people's own Wi-Fi (round 20) say these as settings, not as "one name" or "yes": read first, so the
question's usual reader does not take "2.4 and 5 GHz" for two names. Pure functions over a message's plain words.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.wifi_list import listed_public_only

__all__ = ["approval_told", "band_names", "mac_filtering", "portal_told", "sign_in_page"]

# Routers' names for putting both bands under one name.
_STEERING = r"(?:smart ?-?connect|band ?-?steering|auto(?:matic)? band (?:select\w*|steering)|band ?-?select\w*)"
_BANDS = r"(?:both(?: bands| frequencies)?|(?:the )?(?:2[.,]4|2 4|24) ?(?:ghz|g)?(?: band)? (?:and|&|/) (?:the )?5 ?(?:ghz|g)?" \
         r"(?: bands?| networks?)?|(?:the |all )?bands|(?:the )?frequencies|each band)"
_SSID = r"(?:wi-?fi |wireless )?(?:ssids?|essids?|network names?|wifi names?)"

# Can't split them, or wants to: both bands are under one name now ("just want to separate my SSID for 2,4 and 5").
_CANT_SPLIT = lazy(r"\b(?:cant|cannot|can not|doesnt let (?:you|me|us)|dont let (?:you|me|us)|no way to|unable to|not able"
                   r" to|wont let (?:you|me|us)|no option to|(?:want|need|trying|like|wish|how) to) (?:\w+ )?(?:separate"
                   r"|split|seperate)")
_TWO = lazy(
    r"\b(?:disabl\w*|turn\w* off|switch\w* off|switch\w* from|deactivat\w*|untick\w*|uncheck\w*|no) (?:the |that |this )?"
    + _STEERING
    + r"|" + _STEERING + r" (?:is |was |has been |got )?(?:off|disabled|turned off|switched off|deactivated)"
    r"|\b(?:separated?|seperate|different|distinct|split|own|dedicated) (?:\w+ )?(?:ssids?|network names|names|wifi names)\b"
    r"|\b(?:separated?|different) (?:2\.4|2 4|24|networks|bands|wi-?fi networks)|\b(?:dedicated|separated?|own|an?|my|our)"
    r" (?:2\.4|2 4|24) ?(?:ghz|g)?"
    r"(?: only)? (?:ssid|network|wifi)\b|\bsplit (?:the |my |our |up )?(?:bands?|networks?|ssids?|wifi|them|it)\b"
    r"|\b(?:two|2|three|3) (?:ssids|network names|different|separate|wi-?fi names)\b|\bssid for each band\b"
    r"|\b(?:renam\w*|chang\w*) (?:the )?(?:ssid|name)(?: \w+){0,4} (?:of |for )?(?:the )?5 ?(?:ghz|g)\b"
    r"|\brenam\w* (?:the |my )?5 ?(?:ghz|g)\b"
    r"|\b(?:dedicated to|for (?:the|my|our)) (?:iot|smart home)|\b(?:iot|smart home) (?:network|ssid|wifi)\b"
    r"|\b(?:ssid|network) (?:\w+ ){0,5}?only 2\.4")
_ONE = lazy(
    _STEERING + r"|\bsame (?:ssid|name|network name|wifi name)\b(?: \w+){0,6} (?:for |on |across |over )?" + _BANDS
    + r"|" + _BANDS + r" (?:\w+ ){0,5}?(?:the )?same (?:ssid|name|network name|wifi name|network)\b"
    r"|\bcombin\w* (?:\w+ ){0,3}?(?:bands?|frequencies|networks?|2\.4|2 4|single|one)\b|\bmerged?\b|\bmerging\b"
    r"|\b(?:single|one|1) (?:ssid|network name|wifi name)\b|\b(?:one|single) (?:network|name) for (?:both|all|the)\b"
    r"|\bsame " + _SSID + r"|\b(?:on|under|with|using|share|sharing|shares) (?:\w+ )?(?:the )?same (?:ssid|name|network"
    r" name|wifi name|essid)\b|\b(?:ssids?|essids?|names?) (?:are|is) (?:the same|identical)|\bidentical (?:\w+ ){0,2}?"
    r"(?:names|ssids)\b|\bbroadcast\w* (?:as |on |in )?both\b")


def band_names(plain: str) -> str | None:
    """"one" (both bands under one name), "two" (a name for each) or None when no setting is told."""
    if _CANT_SPLIT.search(plain):
        return "one"  # "Google Wifi doesn't let you split 2.4 and 5"
    if _TWO.search(plain):
        return "two"  # "I turned off band steering and made a separate 2.4 network"
    return "one" if _ONE.search(plain) else None


_MAC = r"mac(?: address)? (?:filter\w*|white ?list\w*|allow ?list\w*|access control|restrictions?)"
_MAC_OFF = lazy(r"\b" + _MAC + r" (?:is |was |has been )?(?:off|disabled|not (?:on|enabled|active|set|used)|turned off)"
                r"|\b(?:no|disabled?|turned off|without|dont use|dont have|not using) (?:any )?" + _MAC
                + r"|\b(?:dhcp|ip) reserv\w*|\breserv\w* (?:an |a |the )?(?:ip|address|dhcp)|\bstatic (?:ip|lease|dhcp)"
                r"|\bno (?:white ?list|allow ?list)\b")
_MAC_ON = lazy(r"\b" + _MAC + r" (?:is |was |has been )?(?:on|enabled|active|turned on|set up)\b|\b(?:enabled?|turned on"
               r"|use|using|have|has|on|with|operates on) (?:\w+ )?" + _MAC + r"|\bmac (?:address )?auth\w*"
               r"|\bwhite ?listed (?:\(?by )?(?:mac|devices)|\bmac addresses? to (?:control|restrict|limit) access"
               r"|\bonly allows? (?:\w+ ){0,2}(?:whitelisted|registered|approved)")


def mac_filtering(plain: str) -> str | None:
    """"yes" (the router lets only listed devices on), "no" (it is off, or the MAC is only for a DHCP reservation)."""
    if _MAC_OFF.search(plain):
        return "no"
    return "yes" if _MAC_ON.search(plain) else None


_NO_PAGE = lazy(r"\b(?:no|without|not a|isnt a|there is no|theres no|never a|never (?:seen|had|got|get|saw) (?:a|any))"
                r" (?:\w+ )?(?:login|log[ -]?in|sign[ -]?in|splash"
                r"|web|captive|landing|portal)(?: page| screen| portal)?\b|\bno captive\b"
                r"|\b(?:guest (?:network|wifi|ssid)|it) (?:\w+ ){0,4}?(?:just|only) (?:has |uses |needs )?(?:a |the )?"
                r"(?:password|wpa2?|key)")


_PAGE = lazy(r"\bcaptive portal|\b(?:login|log[ -]?in|sign[ -]?in|splash|landing|redirect\w*) (?:page|screen|portal)|\b(?:agree"
             r"|accept\w*) (?:to )?(?:the )?terms|\broom number|\badditional login|\bportal\b")
_SECURED = lazy(r"\b(?:secured|protected) with (?:a )?password|\b(?:with|has|needs|uses) (?:a |the )?(?:password|wpa\w*)"
                r"|\bwpa\w*(?: key| personal)?\b|\b(?:open|own) guest network|\bguest (?:network|wifi) (?:\w+ )?(?:with|has)"
                r" (?:a )?password")


def sign_in_page(plain: str) -> str | None:
    """"yes" for a sign-in page ("captive portal", "a page to accept the terms"), "no" when one is denied or the
    network only has a password ("a guest network, but it just has a password, no login page"); None otherwise."""
    if _NO_PAGE.search(plain):
        return "no"
    if _PAGE.search(plain):
        return "yes"
    return "no" if _SECURED.search(plain) else None


# A sign-in page told in passing, before it is asked ("on my laptop i gotta log in w my student id on a page before
# internet works"): the fourth blind exploratory test was asked the guest question it had already answered twice.
_PAGE_TOLD = lazy(r"\b(?:a |the |some |this |that |its own )?(?:web ?page|page|screen|window|pop ?-?up|browser|portal"
                  r"|box|prompt|form)"
                  r" (?:\w+ ){0,3}?(?:pops? up|comes? up|opens?|appears?|shows? up|asks?|where (?:you|i|we)"
                  r"|to (?:log|sign|accept|agree|enter|type|register|click|tap|put|fill|give|pay|connect|continue))\b"
                  r"|\b(?:welcome|landing|auth\w*|registration|guest|terms) (?:page|screen)"
                  r"|\b(?:agree|accept\w*) (?:to )?(?:the |their |its )?(?:terms|rules|conditions|policy|usage policy|aup)\b"
                  r"|\b(?:hit|click|tap|press) (?:on )?(?:accept|agree|i agree|i accept|continue|connect)\b"
                  r"|\b(?:enter|type|put in|give|fill in)\b(?: \w+){0,5}? to (?:get|go) (?:online|on the internet"
                  r"|internet access|connected)\b|\b(?:room number|student id|student number|library card|voucher"
                  r"|site number|booking (?:number|reference))\b"
                  r"|\b(?:log ?in|login|sign ?in|sign on|register|accept|agree|click|tap|enter|type)\b(?: \w+){0,6}?"
                  r" (?:on|in|via|thru|through|from) (?:a|the|some|this|that|their|its own) (?:web ?page|page|screen"
                  r"|website|site|browser|pop ?-?up|window|portal)\b"
                  r"|\b(?:after|once|when|until|as soon as) (?:you |u |i |we |they |ive |youve |everyone )?(?:log(?:ged|ging|s)? ?"
                  r"(?:in|on)|sign(?:ed|ing|s)? ?(?:in|on)|accept\w*|agree\w*|register\w*|authenticat\w*)\b"
                  r"|\b(?:have|has|had|need|needs|needed|gotta|got|must) to (?:sign|log) ?(?:in|on)\b"
                  r"|\b(?:login|log in|sign ?in) (?:thing|step|bit|process|prompt|stuff)"
                  r"|\bwhere (?:you|u|i|we) (?:have to |must |need to |gotta )?(?:sign|log) ?(?:in|on)\b"
                  r"|\b(?:student|guest|hotel|campus|dorm|building|resident) (?:login|log in|sign ?in)\b"
                  # Round 35's own phrasing: "you log in with your apartment number".
                  r"|\b(?:log|sign) ?(?:in|on) (?:with|using) (?:your|my|our|the|a) (?:apartment|flat|unit|room|door|member\w*"
                  r"|resident|student|staff|employee|badge|card|booking|loyalty) ?(?:number|no|id|code|card|pin)?\b"
                  r"|\bopens? (?:up )?(?:safari|chrome|a browser|the browser|a web ?page)\b"
                  r"|\b(?:requires?|required|asks?|makes?|forces?) (?:me |you |us |people |users |everyone )?to (?:sign|log)"
                  r" ?(?:in|on)|\b(?:log|sign)(?:ging|ged|ing|ed)? ?(?:in|on)?to (?:a|the|their|its own"
                  r"|some) (?:web ?page|page|website|site|portal|browser)\b"
                  r"|\baccess code\b(?: \w+){0,8}? (?:to (?:get|go) (?:online|on|in)|before|for (?:the )?(?:wifi|internet))"
                  r"|\b(?:terms and conditions|terms of (?:use|service)|t ?& ?cs?|tos)\b|\bsign in to (?:the )?network\b"
                  r"|\b(?:access code|voucher|code)\b(?: \w+){0,6}? (?:front desk|reception|lobby|concierge|office)\b"
                  r"|\bcaptive\b|\bsplash\b|\bwalled garden\b")
# Logging in to our app, the router's own settings page or an account: no sign-in page on the network.
_NOT_NETWORK_PAGE = lazy(r"\b(?:your|the|ur|ya|this|our|my) app\b|\bapps? (?:login|log in|sign ?in)|\baccount\b"
                         r"|\brouter(?:s)? (?:settings|admin|page|login|web ?page|config\w*)|\badmin\b|\b192\.168"
                         r"|\b(?:my|his|her|their|our) (?:email|gmail|outlook|netflix|facebook|xbox|playstation)\b"
                         r"|\bset ?(?:ting )?(?:it )?up\b|\bsetup\b|\b(?:in|into|to|on) (?:netflix|facebook|gmail|email|youtube"
                         r"|amazon|spotify|xbox|playstation|steam|zoom|teams|instagram|tiktok)\b")


def portal_told(plain: str) -> bool:
    """A Wi-Fi with a sign-in page told as a fact or asked about, anywhere: "I have to click accept on a page", "a
    screen pops up asking for my room number", "xfinitywifi". Not a login to an app, an account or the router's
    settings; not a sign-in page denied ("no login page, just a password")."""
    if _NO_PAGE.search(plain) or (_NOT_NETWORK_PAGE.search(plain) and not _PAGE.search(plain)):
        return False
    # A provider's hotspot as the customer's own, not listed in passing beside it (explore10's n05: "there are
    # others, xfinitywifi and HOME-4F2A-5" became a sign-in page)
    public = "xfinitywifi" in plain and not listed_public_only(plain)
    return bool(_PAGE.search(plain) or _PAGE_TOLD.search(plain) or public)


# A network that lets in only the devices someone added ("the landlord has to add every new device on a list", the
# ninth blind exploratory test's n07, told three times and never answered). Who approves, then the verb; or the devices
# that must be approved; or the list itself. Not an app's or account's registration.
_WHO = r"(?:landlord|it|i\.t\.?|it (?:department|dept|team|guy|people)|admin\w*|school|office|building(?: \w+)?|manager|"\
       r"management|uni(?:versity)?|campus|college|dorm|network (?:admin|team|guy)|(?:some|any)(?:one|body)|they)"
_APPROVE = r"(?:add|approve|register|regist|whitelist|white ?list|allow|authori[sz]e|enable|put)"
_APPROVAL = lazy(
    r"\b" + _WHO + r" (?:\w+ ){0,2}?(?:has|have|needs?|must|got|is going|are going|should|will|would)(?: to)? (?:\w+ )?"
    + _APPROVE + r"\w*(?: \w+){0,3} (?:devices?|it|them|every\w*|each|mac|gadgets?|things?|on (?:a|the|his|their) "
    r"list)"
    r"|\b(?:every|each|any|all|new|our|my|unknown|unregistered) (?:new |other )?(?:devices?|gadgets?|things?|phones?"
    r"|laptops?)(?: \w+){0,3} (?:has|have|needs?|must|got|gotta)(?: to)? (?:be |get )?(?:added|approved|registered"
    r"|whitelisted|white listed|allowed|authori[sz]ed|put on)"
    r"|\b(?:approved|allowed|registered|authori[sz]ed) (?:devices?|list|mac)|\bdevice (?:registration|approval)"
    r"|\b(?:white ?list|allow ?list|approved list|approval list)\b|\bregister (?:the |a |my |our |each |every |all )?"
    r"(?:new )?(?:devices?|gadgets?|mac)")
_APP_ACCOUNT = lazy(r"\b(?:app|account|warranty|product registration)\b")


# "no device registration", "not a whitelist": denied, in a message that tells several things at once (the tenth blind
# exploratory test's first message was told to get its unit approved).
_DENIED = lazy(r"\b(?:no|not|without|dont|doesnt|never|nothing|isnt|theres no|there s no|no need for)(?: an?| any| the)?"
               r"(?: \w+)?\s*$")


def approval_told(plain: str) -> bool:
    """Whether the message says the network lets in only devices someone approved or registered."""
    told = [m for m in _APPROVAL.finditer(plain) if not _DENIED.search(plain[max(0, m.start() - 30):m.start()])]
    return (bool(told) or mac_filtering(plain) == "yes") and not _APP_ACCOUNT.search(plain)
