"""A customer who would fix it themselves, once the cause is named: "I can log into my router, what exactly should I
change?", "what do I tell the landlord?", "what's the device's MAC address?". Pure functions.

A blind exploratory test (round 10) was told "Your case is with our support team" for both, with the cause known
and the change one setting away (docs/particle-facts.md section 4).
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_fix", "asks_given_mac", "asks_how_to_do", "asks_mac", "asks_router_how", "asks_setup_how",
           "asks_what_mac_is", "key_typed_wrong", "router_brand"]

_FIX = lazy(
    r"\bwhat (?:exactly |setting |settings )?(?:should|do|would|must|can) (?:i|we) (?:need to |have to )?"
    r"(?:change|do|set|fix|turn|switch|tell|ask|say|look for)\b"
    r"|\bhow (?:do|can|would|should) (?:i|we) (?:fix|change|sort|solve|set|turn|switch) (?:it|this|that|the \w+|my \w+)\b"
    r"|\b(?:can|could) (?:i|we) (?:fix|change|sort|do) (?:it|this|that)(?: myself| ourselves)?\b"
    # "can i fix the router myself?", "do it on my own" (explore10's n27 in other words)
    r"|\b(?:can|could) (?:i|we) (?:fix|change|sort|set) (?:the |my |our )?(?:router|modem|wifi|settings?)(?: \w+)?"
    r" (?:myself|ourselves|on my own|on our own)\b|\b(?:do|fix|sort) (?:it|this|that) (?:myself|ourselves|on my own)\b"
    r"|\bwhat (?:do|should) i tell\b|\bwhich setting\b|\bwhat (?:is|s) the fix\b|\bhow to fix\b"
    r"|\b(?:fix|change) it (?:myself|ourselves)\b|\bwhere (?:do|can) i (?:change|find) (?:it|that|this|the setting)\b"
    # "what my son must change in the router?", "what to change?" (the fifth exploratory test, in plain words)
    r"|\bwhat (?:(?:my|our|the) \w+|he|she|they|you) (?:should|must|need to|has to|have to|can) (?:change|do|set|fix)\b"
    r"|\bwhat (?:to|2) (?:change|set|fix)\b"
    # Without the "do" ("so what i do with the one name?", "what i do??": explore9's non-native English)
    r"|\b(?:so |then |now )?what (?:i|we) (?:should |must |need to |have to )?(?:do|change)\b(?! wrong| right)")
_MAC = lazy(r"\bmac\b(?: address)?|\b(?:wifi|wi fi|hardware|device s|devices|its) address\b")
# The address asked for without its name, once the advice gave it: "which address do I give them?", "what do I send
# the IT guy?", "can you email me that code?" (round 26).
_MAC_UNNAMED = lazy(r"\b(?:which|what) (?:address|code)\b|\baddress (?:you|u) (?:said|gave|sent|mentioned)\b"
                    r"|\b(?:email|text|send|give) (?:me |us )?(?:that|the|this) (?:address|code)\b"
                    r"|\bwhat (?:do|should) i (?:send|give|forward) (?:to )?(?:the|my|our|them|him|her)\b")


def asks_fix(text: str) -> bool:
    """The customer asks what to change to fix it themselves."""
    return _FIX.search(message(text).plain) is not None


def asks_mac(text: str) -> bool:
    """The customer asks for the unit's Wi-Fi (MAC) address, to have it allowed on a network."""
    plain = message(text).plain
    return _MAC.search(plain) is not None and ("?" in text or plain.split()[:1] in (["what"], ["whats"], ["need"]))


# What the word means, not the unit's address: "what is MAC?", "what's a mac address", "what does MAC mean", "what is
# mac filter", "MAC?" alone (the eighth blind exploratory test was given the address, then the same question again).
_WHAT_MAC_IS = lazy(r"^(?:(?:so|ok|okay|sorry|um+|and|but|wait|hm+) )*(?:what|whats|wat|wht)(?: is| s)?(?: an?| this| that)?"
                    r" mac(?: address(?:es)?| filter\w*| list| thing)?(?: mean\w*)?$"
                    r"|\bwhat (?:does|do|is) (?:an? |the |this |that )?mac(?: address| filter\w*)? (?:mean|stand for)\b"
                    r"|^mac(?: filter\w*)?$")


def asks_what_mac_is(text: str) -> bool:
    """The customer asks what a MAC (address, filter) is: the word explained, not the unit's address told alone."""
    return any(_WHAT_MAC_IS.search(clause) for clause in message(text).clauses)


def asks_given_mac(text: str) -> bool:
    """Once the advice gave the unit's Wi-Fi address: asked for by its name, or as "the address", "that code" (not
    at the questions, where "which code?" may be about a password)."""
    return asks_mac(text) or _MAC_UNNAMED.search(message(text).plain) is not None


# How to set the unit up again, asked once support has the case (round 22; a blind exploratory test's "how do i put the
# new wifi name and password into the sensor?" got "Your case is with our support team").
_HOW = lazy(r"\bhow (?:do|can|would|should|to|will|does) |\b(?:what are |whats )?the steps\b|\bwalk (?:me|us) "
            r"through\b|\binstructions\b|\bwhat do (?:i|we) (?:do|need to do) to\b|\bshow (?:me|us) how\b|\bexplain how\b")
_SETUP = lazy(r"\bset\w* (?:\w+ ){0,2}?up (?:again|on|with|for|to)\b|\bset ?up again\b|\bre-?do(?:ing)? (?:the |its |it )?"
              r"(?:set ?up|wifi|connection)|\bre-?set ?up\b|\bre-?connect\w*\b|\bconnect (?:it|the \w+|him|her) (?:back|again"
              r"|to (?:my|the|our) (?:home |new )?(?:wifi|wi fi|network|internet))|\b(?:put|enter|type|change|update|add|give"
              r"|fix|get) (?:the |my |our |a )?(?:new |right |correct |home |current )?(?:wifi |wi fi |network )?(?:name|password"
              r"|details|credentials|settings|info|pass)\b(?! (?:on|in|of) (?:the |my )?router)|\bback on (?:my|the|our)"
              r" (?:home )?(?:wifi|wi fi|network)\b|\b(?:new|home) (?:wifi|wi fi|network) (?:into|on|in) (?:it|the)\b")


def asks_setup_how(text: str) -> bool:
    """The customer asks how to set the unit up again on their Wi-Fi ("how do I put the new wifi password in it?"),
    not what to change on the router."""
    plain = message(text).plain
    asks_how = _HOW.search(plain) is not None or ("?" in text and "how" in plain.split())
    return asks_how and _SETUP.search(plain) is not None


# The Wi-Fi key typed wrong at the set-up, realised: "the sticker has a 0 or an O, maybe i typed the wrong one??", "i
# think the wifi password i put in was wrong" (the eighth blind exploratory test, with support, got "Added to your
# case." three times).
_KEY_WRONG = lazy(
    r"\b(?:typed|put|entered|used|got|keyed|input) (?:in )?(?:the |a )?(?:wrong|incorrect) (?:password|pw|one|key|letter"
    r"|character|digit)\b|\b(?:password|pw|key) (?:i|we|he|she) (?:typed|put in|put|entered|used|gave it) (?:in )?(?:was|is|must"
    r" be|might be|may be) (?:wrong|incorrect|off|mistyped)\b|\b(?:typed|put|entered|spelled|spelt) (?:the |my )?(?:wifi )?"
    r"(?:password|pw|key) (?:in )?(?:wrong|incorrectly)\b|\bmistyped\b|\btypo in (?:the |my )?(?:password|pw|key)\b"
    r"|\b(?:0|zero) or (?:an? )?(?:o|oh|letter o)\b|\b(?:an? )?(?:o|letter o) or (?:a )?(?:0|zero)\b"
    r"|\b(?:1|one) or (?:an? )?(?:l|i)\b|\b(?:an? )?l or (?:a )?(?:1|one)\b"
    # Round 35's own phrasings: the old password, the app's password, a capital letter.
    r"|\b(?:got|had) (?:the |my )?(?:wifi |wi fi )?(?:password|pw|key) wrong\b"
    r"|\b(?:password|pw|key) (?:i|we|he|she) (?:typed|put in|put|entered|used) (?:in )?(?:might|may|could|must) (?:have|of)"
    r" been (?:wrong|incorrect|off|mistyped)\b"
    r"|\b(?:used|typed|put|entered|gave it) (?:in )?(?:the |my |our )?(?:old|previous|app|account|wrong wifi|other|email"
    r"|gmail|icloud|apple id|phone|bank)"
    r" (?:wifi |wi fi )?(?:password|pw|key|one)\b(?! (?:and|but) it (?:worked|connected))"
    r"|\b(?:capital|upper ?case|lower ?case|small) (?:letter|l|o|i)\b.{0,40}\b(?:wrong|isnt|wasnt|shouldnt|maybe|might|not)\b"
    r"|\b(?:put|typed|used) a (?:capital|small|lower ?case|upper ?case) (?:letter )?where\b"
    r"|\bmy (?:app|account) password instead\b|\binstead of the (?:wifi|wi fi|router) (?:one|password)\b")


# The same in looser words (round 35's own phrasings): the key, or typing it, beside a mistake, a doubt or the wrong
# one ("maybe the password was wrong", "i typed it lowercase", "i typed the password from the old router"), unless it
# is said to be right.
_KEY = lazy(r"\b(?:password|passwords|pw|key|passcode|wifi code)\b|\b(?:typed|entered|put|keyed) (?:it|that) (?:in )?"
            r"(?:wrong|incorrectly|in lower ?case|in upper ?case|lower ?case|upper ?case|in caps|in small letters)\b")
_MISTAKE = lazy(r"\b(?:wrong|incorrect\w*|mistakes?|typos?|mistyped|mis typed|mixed up|mix up|muddled|lower ?case|upper ?case"
                r"|capitals?|caps|small letters?|old (?:router|one|password|key|wifi)|different|not the same|doesnt match"
                r"|dont match|didnt match|(?:wasnt|not|wasn t) (?:sure|certain) (?:about|of|what|which|if)|my fault)\b")
_SAID_RIGHT = lazy(r"\b(?:definitely|def|100|sure (?:it|its|the)|double checked|checked (?:it )?(?:twice|again|three"
                   r"|\d)|(?:is|was|its|it s) (?:correct|right|fine)|right password|correct password|not wrong"
                   r"|(?:isnt|wasnt|not) (?:the )?(?:problem|issue))\b")


def key_typed_wrong(text: str) -> bool:
    """Whether the customer says (or suspects) the Wi-Fi key was typed wrong at the set-up."""
    plain = message(text).plain
    if _KEY_WRONG.search(plain):
        return True
    return bool(_KEY.search(plain) and _MISTAKE.search(plain)) and _SAID_RIGHT.search(plain) is None



# How to reach the router's settings, or where a setting is in them: "how do I open the router settings?", "where is the
# security setting? its a TP-Link", "how do I change WPA3 to WPA2 on my Netgear?" (the ninth blind exploratory test's n06
# and n08 asked four times and were given the next question). Not how to set the unit up again (asks_setup_how).
_ASKS_HOW = (r"(?:how (?:do|can|would|should|to|will|does|did|d|is)|how (?:i|we) (?:do|can|change|open|get)|(?:where|wheres)"
             r" (?:is|s|are|do|can|would|will|should|the|abouts)|where (?:i|we) (?:find|change|can)|which (?:app|website|site"
             r"|page|menu|tab|address|button|option)|what (?:app|website|site|page|menu|address|ip|tab|button|option)"
             r"|(?:dont|don t|do not|didnt|no idea|no clue|not sure|cant|can t|cannot|unsure|never) (?:\w+ )?(?:know )?(?:how|where)"
             r"|(?:show|tell|teach|explain|guide) (?:me|us|him|her) (?:how|where)|walk (?:me|us) through|steps to"
             r"|instructions (?:for|to|on)|is there (?:a |any )?way to|any (?:way|hints?|tips?) (?:to|how|on))")
_ROUTER = (r"(?:router|routers|modem|hub|gateway|access point|admin|router settings|wifi settings|wi fi settings|settings"
           r"|setting|control panel|setup page|config\w*|its app|the app|app for (?:the|my) router)")
_ROUTER_BRANDS = (r"(?:tp-?link|tp link|tplink|deco|netgear|orbi|nighthawk|linksys|velop|asus|eero|google (?:wifi|nest|home)"
                  r"|nest wifi|xfinity|comcast|spectrum|verizon|fios|at ?t|bt|sky|virgin|huawei|zyxel|fritz ?box|fritz"
                  r"|d-?link|ubiquiti|unifi|arris|motorola|belkin|tenda|mercusys|starlink)")
_A_SETTING = (r"(?:wpa\d?|wpa2 ?/ ?wpa3|wpa2 wpa3|security|encryption|2[.,]4 ?(?:ghz|g)?|2 4|24 ?ghz|5 ?ghz|5g|bands?|channels?|channel"
              r" width|bandwidth|width|20 ?mhz|40 ?mhz|smart ?connect|band ?steering|ssid|network name|wifi name|option"
              r"|setting|settings|menu|toggle|switch)")
_ROUTER_HOW = lazy(
    r"\b" + _ASKS_HOW + r"\b(?:[^.?!]{0,50})\b(?:open|get (?:in|into|to|on|at)|log ?(?:in|on|into)|login|sign (?:in|into)"
    r"|access|reach|go (?:in|into|to)|enter|find|see|check|look (?:at|in)|change|switch|set|turn|put|make|disable|enable"
    r"|split|separate|select|pick|choose|force|do (?:it|that|this)|fix (?:it|that|this))\b(?:[^.?!]{0,40})\b(?:"
    + _ROUTER + r"|" + _A_SETTING + r"|" + _ROUTER_BRANDS + r")\b"
    r"|\b" + _ASKS_HOW + r"\b(?:[^.?!]{0,30})\b(?:the |that |this |my |our )?(?:" + _A_SETTING + r"|router settings|admin"
    r" (?:page|panel|settings))\b"
    r"|\b" + _ASKS_HOW + r"\b(?:[^.?!]{0,60})\b(?:on|in|for|with) (?:the |my |our |a |an )?" + _ROUTER_BRANDS + r"\b"
    r"|\b(?:which|what|whats)(?: is| s)? (?:the )?(?:app|website|site|page|address|ip|web address|link|url)\b[^.?!]{0,40}\b"
    r"(?:router|modem|hub|gateway|settings|" + _ROUTER_BRANDS + r")\b"
    r"|\b(?:where|how) (?:that|the|this) (?:setting|option|menu|switch|button)s? (?:is|are)\b"
    # "where do i change it?" (at a router question, the cause told)
    r"|\bwhere (?:do|can|would|should|will) (?:i|we) (?:change|find|set|do|turn|switch) (?:it|that|this|them)\b")
# Getting in, asked beside the router named: "I dont know the router login, how do i get in?" (real text, round 37).
_GET_IN = lazy(r"\bhow (?:do|can|would|should|d) (?:i|we|you) (?:get|log|sign) (?:in|on)\b")
_ROUTER_NAMED = lazy(r"\b(?:router|modem|admin|router s settings|its settings)\b")
# A bare "how?" beside the router's maker: "ok but how?? I have a Linksys".
_BARE_HOW = lazy(r"^(?:(?:ok|okay|but|so|and|um+|right|sure|fine|yes|yeah) )*how\b(?! long| much| many| come)")


def asks_router_how(text: str) -> bool:
    """The customer asks how to open the router's settings, or where a setting is in them."""
    msg = message(text)
    asked = _ROUTER_HOW.search(msg.plain) is not None or (_BARE_HOW.search(msg.plain) is not None and
                                                         router_brand(text) is not None) or \
        (_GET_IN.search(msg.plain) is not None and _ROUTER_NAMED.search(msg.plain) is not None)
    return asked and not asks_setup_how(text)


# How to make the change told, without naming the router: "ok and how do I do that?", "how?", "walk me through it",
# "what do I click?". Only at a router question once its cause was told (elsewhere "how do I do that" is the hotspot's).
_HOW_TO_DO = lazy(r"^(?:(?:ok|okay|and|but|so|um+|right|sure|fine|yes|yeah|alright|great|thanks) )*how(?: exactly)?$"
                  r"|\bhow (?:do|would|can|should|will|to|d) (?:i|we|you|one)? ?(?:even |actually |exactly )?(?:do|change"
                  r"|fix|set|make|switch|turn) (?:that|it|this|the change|those|them|these)\b"
                  r"|\bhow (?:do|would|can|should) (?:i|we) (?:even |actually )?(?:do|go about) (?:that|it|this)\b"
                  r"|\bwalk (?:me|us) through\b|\bwhat (?:do|should) (?:i|we) (?:click|press|tap|select|open)\b"
                  r"|\b(?:no idea|no clue|dont know|don t know|not sure|unsure) how (?:to )?(?:do )?(?:that|it|this|any)\b"
                  r"|\b(?:show|tell) (?:me|us) how\b|\bstep by step\b"
                  r"|\bwhere (?:do|can|should|would) (?:i|we) (?:go|look|click|find (?:it|that|this))\b")


def asks_how_to_do(text: str) -> bool:
    """The customer asks how to make a change just told, in words that name neither the router nor the setting."""
    return _HOW_TO_DO.search(message(text).plain) is not None


def router_brand(text: str) -> str | None:
    """The router's maker named in the message ("tp-link", "netgear", ...: copy_fixes.ROUTER_WHERE's keys)."""
    plain = message(text).plain
    for brand, pattern in _BRAND_KEYS:
        if pattern.search(plain):
            return brand
    return None


_BRAND_KEYS = (
    ("tp-link", lazy(r"\b(?:tp-?link|tp link|tplink|deco|tether)\b")),
    ("netgear", lazy(r"\b(?:netgear|orbi|nighthawk)\b")),
    ("asus", lazy(r"\basus\b")),
    ("linksys", lazy(r"\b(?:linksys|velop)\b")),
    ("eero", lazy(r"\beero\b")),
    ("google", lazy(r"\b(?:google (?:wifi|nest|home)|nest wifi)\b")),
    ("xfinity", lazy(r"\b(?:xfinity|comcast)\b")),
)
