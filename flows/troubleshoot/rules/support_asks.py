"""Easy questions the bot can still answer once support has the case: where the Wi-Fi password is written, whether
WPA3 matters, whether the unit can use 5 GHz, and how far from the router it can be. The fifth blind exploratory test
asked each of them while waiting and got "Your case is with our support team. They usually answer within one working
day" (an 81-year-old asking where her Wi-Fi password was among them).

Each needs a question (a question mark, or a clause opening like one) and the topic's own words; a statement with the
same words ("I already put it on the 2.4 network", "it's right next to the router") is not one. Read on the plain
text (see text.message). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.cause_asks import ASKED_OPENING
from flows.troubleshoot.rules.text import Message, message

__all__ = ["asks_key_where", "easy_question"]

# A clause opening like a question, with or without its question mark ("where do i find the wifi password").
_ASKING = lazy(r"(?:^|\b(?:and|but|so|also|ok|okay|oh|hi|hello|sorry|quick question|one more thing|btw|i asked|i am asking"
               r"|im asking|i meant|i mean|i want to know|i wanted to know|i need to know|i said) )"
               r"(?:how|where|wheres|what|whats|which|does|do|did|can|could|would|will|should|is|isnt|are|any idea"
               r"|i wonder|wondering|not sure (?:if|whether)|tell me (?:if|whether|where|how))\b")

# The Wi-Fi's own key, not the app's, the account's or the router's admin login.
_KEY = (r"(?<!app )(?<!account )(?<!email )(?<!admin )(?<!login )(?<!hotspot )"
        r"(?:(?:wifi|wi fi|wireless|network|router|internet|home|modem) (?:password|pass word|passcode|key|code|pw"
        r"|pwd|passphrase|security key)|password|passcode|pw|pwd|passphrase|wpa key|security key)")
_KEY_WHERE = lazy(
    # "where is the wifi password", "wheres the key written", "where do i find my network key"
    rf"\bwhere(?: s| is|s| would| might| can| do| does| could| should| will| to)?(?: \w+){{0,5}}? {_KEY}\b"
    # "how do i find my wifi password", "how can i find out what the password is", "how do i get the wifi key"
    rf"|\bhow (?:do|can|would|could|should|will|to|does) (?:\w+ ){{0,2}}?(?:find|get|look up|locate|know|figure out"
    rf"|find out|track down|see|check|recover|retrieve|dig up)(?: out)? (?:what )?(?:\w+ ){{0,2}}?{_KEY}\b"
    # "what's my wifi password?", "what would my network key be"
    rf"|\bwhat(?: is| s|s| was| would be| would) (?:my|our|the) {_KEY}\b"
    # "is the password on the router?", "would the key be on the sticker"
    rf"|\b(?:is|would|will|could) the (?:\w+ )?(?:password|key|code) (?:be )?(?:on|under|behind|printed on"
    rf"|written on|on the back of|on the bottom of) (?:the|a|my|our) (?:router|sticker|box|modem|label)"
    # "wifi password where??", "who would have the wifi password", "can you tell me my wifi password"
    rf"|\b{_KEY}(?: \w+){{0,3}} where\b|\bwho (?:\w+ ){{0,3}}?{_KEY}\b"
    rf"|\b(?:tell|give|send|remind) (?:me|us) (?:\w+ ){{0,2}}?{_KEY}\b"
    rf"|\b(?:do|does|would|could) (?:you|support|they|you guys) (?:know|have|see) (?:\w+ ){{0,2}}?{_KEY}\b"
    rf"|\bwhat (?:password|key|code) (?:do|should|would|am|is) (?:i|we|it) ")
# "i don't know my wifi password, can you help?": only as a question, and only once support has the case (at a step it
# is as often "I don't know the password, there is none": the fifth exploratory test's dorm).
_KEY_UNKNOWN = lazy(rf"\b(?:dont|do not|never|no idea|forgot|forgotten|lost|cant remember|cant find|cannot find"
                    rf"|can t find) (?:know |knew |what )?(?:\w+ )?(?:my|the|our) {_KEY}\b")
# No key at all: "theres no password, it's MAC based", an open network.
_NO_KEY = lazy(r"\b(?:no|without a|without|doesnt have a|does not have a|dont have a) (?:wifi )?(?:password|key|pw)\b"
               r"|\bmac based\b|\bopen network\b")
# Typing the key into the unit is the set-up's how, not where to find it.
_PUT_IN = lazy(r"\b(?:put|enter|type|change|send|set)\b(?: \w+){0,3} (?:in|into|to|on) (?:the |my )?"
               r"(?:unit|device|app|sensor|it)\b")

_WPA = lazy(r"\bwpa[- ]?[23]\b|\bsecurity (?:setting|type|mode|option|thing|protocol|level)s?\b"
            r"|\bencryption\b")
_MATTERS = lazy(r"\b(?:matter|matters|why|blame|culprit|should|need|needs|have to|turn (?:\w+ )?off|switch|change|pick|choose|which"
                r"|affect|affects|problem|issue|cause|causing|reason|work|works|support|supports|compatible|ok|okay"
                r"|fine|right|correct|use|uses|keep|leave|able|can|could)\b")

_BAND = lazy(r"\b5 ?(?:ghz|g|gig|gigahertz)\b|\b2[. ]?4 ?(?:ghz|g|gig|gigahertz)?\b|\bband\b|\bbands\b|\bdual band\b"
             r"|\bfaster (?:network|wifi|one)\b")
_BAND_ASK = lazy(r"\b(?:can|does|do|will|would|could|is|should|which|what|need|needs|work|works|use|uses|support"
                 r"|supports|connect|join|handle|matter|compatible|ok|okay)\b")

_DISTANCE = lazy(
    r"\bhow far\b|\bdistance\b|\bin range\b|\bout of range\b|\bwifi range\b|\brange of\b|\btoo far\b|\bfar away\b"
    r"|\bfar from\b|\bclose to\b|\bcloser\b|\bnearer\b|\bnext to the router\b"
    r"|\b(?:extender|extenders|repeater|booster|mesh|access point|range extender|wifi extender|powerline)\b"
    r"|\b(?:(?<!at the )(?<!from the )(?<!into the )(?<!off the )wall|walls|floor|floors|ceiling|concrete|brick|metal"
    r"|how close|same room|rooms? away|feet|ft|meters"
    r"|metres|yards)\b|\bmov(?:e|ing) (?:the |my |our )?(?:router|unit|device|it|sensor|hub|thing|modem)\b")
# A place asked about ("will it work in the garage?"): only with a word of reaching it.
_PLACE = lazy(r"\b(?:garage|basement|cellar|shed|attic|loft|upstairs|downstairs|outside|outdoors|porch|barn|backyard"
              r"|yard|garden|other room|other end|far end|other side|across the house)\b")
_REACH = lazy(r"\b(?:work|works|reach|reaches|too|far|connect|problem|matter|ok|okay|fine|block|blocks|affect|help"
              r"|signal|strong enough|get wifi)\b")


def _asked(msg: Message) -> bool:
    return "?" in msg.raw or any(_ASKING.match(c) for c in msg.clauses)


# A cellular unit's mobile signal: "only 1 bar of LTE down there, could that be it?", "should i take it upstairs by a
# window?" (the fifth blind exploratory test's Boron got "Your case is with our support team", twice).
_MOBILE = lazy(r"\b(?:lte|4g|5g|3g|bars?|signal|coverage|reception|window|upstairs|basement|cellar|outside|outdoors"
               r"|mobile network|cell (?:signal|service|tower)|sim)\b")


def asks_key_where(text: str) -> bool:
    """Where the Wi-Fi key is, asked at one of the flow's questions: only a where or how asks it there (at every
    question, so none of the other topics is read)."""
    msg = message(text)
    return _asked(msg) and _key_where(msg.plain, at_step=True)


def _key_where(plain: str, at_step: bool) -> bool:
    return bool(_KEY_WHERE.search(plain) or (not at_step and _KEY_UNKNOWN.search(plain))) and \
        not _PUT_IN.search(plain) and not _NO_KEY.search(plain)


def easy_question(text: str, cellular: bool = False, at_step: bool = False) -> str | None:
    """Which easy question the message asks ("key_where", "wpa3", "band", "distance"; for a `cellular` unit,
    "mobile_signal" and none of the Wi-Fi ones), or None. `at_step`: asked at one of the flow's questions, where only
    a where or how asks where the key is."""
    msg = message(text)
    if not _asked(msg):
        return None
    plain = msg.plain
    if cellular:
        return "mobile_signal" if _MOBILE.search(plain) else None
    if _key_where(plain, at_step):
        return "key_where"
    if _WPA.search(plain) and _MATTERS.search(plain):
        return "wpa3"
    if _BAND.search(plain) and _BAND_ASK.search(plain) and not re.search(r"\b5g (?:phone|data|signal|coverage)\b",
                                                                          plain):
        return "band"
    if _DISTANCE.search(plain) or (_PLACE.search(plain) and _REACH.search(plain)):
        return "distance"
    return None


# A Wi-Fi that asks for a username as well as a password (WPA2-Enterprise, 802.1X), asked about or told: "does it
# support 802.1x PEAP?", "the new wifi asks for a username AND password, your app only has a password box" (the
# seventh blind exploratory test's café got "Thanks, that helps" and the guest-network question, three times).
_ENTERPRISE_WORD = lazy(r"\b(?:802 ?1 ?x|peap|eap ?tls|wpa2? ?enterprise|wpa3 ?enterprise|radius)\b")
# eduroam is always such a Wi-Fi: asked about ("does eduroam work with it?": explore11's n10 was read as a network that
# registers devices). Told at the password question, it is a public network's (rules/answers_wifi.py).
_EDUROAM_ASKED = lazy(r"\beduroam\b.*\b(?:works?|support\w*|compatible|connect\w*|join|use|ok|okay|fine|possible)\b"
                      r"|\b(?:works?|support\w*|compatible|connect\w*|join|use|can|could|will|would|does|should)\b.*"
                      r"\beduroam\b")
_SUPPORTS = lazy(r"\b(?:does|do|can|will|would|could|is) (?:it|they|the \w+|your \w+|this)(?: \w+)? (?:support|work|do|handle"
                 r"|connect|join|use|compatible|able)\b")
# Something to log in with besides the key: a username, a login, an ID, a work or school account.
_LOGIN = (r"(?:user ?name|user id|user|login|log in|logon|id number|identity|credentials|domain (?:account|login)"
          r"|(?:employee|staff|student|badge|network|member|room|badge) (?:id|number|no|login|account)"
          r"|(?:my |our |the |a )?(?:work|school|company|uni|university|college|office|corporate|student|hospital)"
          r" (?:email|login|account|credentials|id|username|user ?name))")
_USERNAME = lazy(
    rf"\b{_LOGIN}s? (?:\w+ ){{0,2}}(?:and|&|\+|plus|as well as|also|with|then|n) (?:\w+ ){{0,2}}(?:password|pass|pw|passcode|pwd)\b"
    rf"|\b(?:have to|need to|must|got to|gotta|has to) (?:enter|input|type|put in|use|give|fill in) (?:in )?(?:a |my |the |your |our )?"
    rf"(?:\w+ )?{_LOGIN}\b"
    rf"|\b(?:password|pass|pw|pwd) (?:\w+ ){{0,2}}(?:and|&|\+|plus|as well as|also|with|n) (?:\w+ ){{0,2}}{_LOGIN}\b"
    rf"|\b(?:asks?|asking|asked|wants?|wanted|needs?|needed|requires?|required|prompts?|prompted|pops? up) (?:me |you )?"
    rf"(?:for |with )?(?:a |an |my |the |your |our )?(?:\w+ )?{_LOGIN}\b"
    r"|\b(?:log|logs|logging|sign|signs|signing) (?:in|on) (?:to it |to the wifi |to the network )?(?:with|using) (?:my |our |a "
    r"|your )?(?:(?:work|school|company|uni|university|college|office|corporate|student|employee|staff|hospital)\b"
    r"|(?:\w+ )?(?:account|credentials|login|id)\b)"

)
# A username then its example ("my Username (example@uni.edu) and Password": tzapu/WiFiManager#1630's eduroam), read
# only with no word of the app.
_USERNAME_FAR = lazy(rf"\b{_LOGIN}s? (?:\w+ ){{3,4}}(?:and|&|\+|plus) (?:\w+ )?(?:password|pass|pw|passcode|pwd)\b")
# An e-mail as the login: only with the Wi-Fi named ("my email and password to get on the school wifi"), never the app's.
_EMAIL_LOGIN = lazy(r"\b(?:e ?mail|email address) (?:\w+ ){0,2}(?:and|&|\+|plus|n) (?:\w+ ){0,2}(?:password|pass|pw|pwd)\b")
# Our app's own account (its e-mail and password), no Wi-Fi of that kind: "the app asked for my email and password".
_APP_ACCOUNT = lazy(r"\b(?:the|your|this|ur|our|my|in the|on the) app\b|\bapp (?:account|login|password|username)\b"
                    r"|\baccount password\b")
_WIFI_KIND = lazy(r"\b(?:wifi|wi fi|network|internet|eduroam|work|school|office|company|campus|university|uni|college"
                  r"|hotel|dorm|hospital|corporate|join|connect)\b")


def enterprise(text: str, told: bool = True, bare: bool = False) -> bool:
    """Whether the message asks whether the unit supports a Wi-Fi with a username (WPA2-Enterprise, 802.1X), or tells
    that the Wi-Fi asks for a username as well as a password (the unit can use neither). A bare mention of such a Wi-Fi
    ("it's WPA2-Enterprise") is the router questions' to read, and there (`told` False) only the question is read; at
    the password question (`bare`) it is the answer ("it's eduroam, PEAP")."""
    plain = message(text).plain
    if (_ENTERPRISE_WORD.search(plain) and (bare or _SUPPORTS.search(plain))) or \
            (("?" in text or (not told and ASKED_OPENING.search(plain))) and _EDUROAM_ASKED.search(plain)):
        # At a router's yes/no question, eduroam asked about without "?" too (the round 53 blind set rarely typed it);
        # at the name question it is the Wi-Fi's name, and at the password question a public network's.
        return True
    if not told:
        return False
    if _USERNAME_FAR.search(plain) and _APP_ACCOUNT.search(plain) is None:
        return True
    if _USERNAME.search(plain) is None and re.search(r"\buser ?name\s*[,/]\s*pass", text, re.IGNORECASE) is None:
        return _EMAIL_LOGIN.search(plain) is not None and _APP_ACCOUNT.search(plain) is None and \
            _WIFI_KIND.search(plain) is not None
    return _APP_ACCOUNT.search(plain) is None or _WIFI_KIND.search(_APP_ACCOUNT.sub(" ", plain)) is not None


# "IS MY DEVICE BLOCKED on your side yes or no", "is it something on your end?" (the eighth blind exploratory test's
# quarantined unit got "Added to your case." twice).
_BLOCKED = lazy(r"\b(?:block|blocked|blocking|ban|banned|lock|locked|disable|disabled|suspend|suspended|on hold|quarantin\w*"
               r"|blacklist\w*|black listed|deactivate|deactivated|barred|cut (?:it )?off|shut (?:it )?(?:off|down)"
               r"|(?:turn|turned|switch|switched) (?:it |my \w+ )?off)\b")
# Blocking that is someone else's: the router, the provider, a filter (round 35's own phrasings).
_NOT_OURS = lazy(r"\b(?:router|modem|isp|provider|broadband|firewall|parental|antivirus|work|school|office|landlord"
                 r"|network admin|it department|my (?:wifi|internet|network))\b")
_US = lazy(r"\b(?:you|u|ya|yall|company|remotely|have i been|has (?:my|the|our) \w+ been|is (?:it|my \w+|the \w+)"
           r" (?:\w+ )?(?:blocked|banned|locked|blacklisted|suspended|deactivated))\b")
# Round 35's own phrasings added: "did you block my device?", "have you guys disabled it", "did your company lock it".
_YOUR_SIDE = lazy(r"\b(?:your|ur) (?:side|end|servers?|system|cloud|platform|company|guys|team|people)\b|\bby you\b"
                  r"|\bon your\b|\bfrom your\b|\b(?:did|have|has|could|would|can|do) (?:you|u|ya|yall|you guys|you people"
                  r"|the company|they) (?:\w+ )?(?:block|ban|lock|disable|suspend|deactivate|cut|shut|put)"
                  r"|\byou (?:guys |people )?(?:blocked|banned|locked|disabled|suspended|deactivated)\b"
                  r"|\b(?:is|was) (?:it|the (?:device|unit)|my (?:device|unit|\w+)) (?:\w+ )?(?:blocked|banned|locked|suspended"
                  r"|quarantined|disabled)\b")


def asks_if_blocked(text: str) -> bool:
    """Whether the customer asks if our side (the cloud) blocks the unit."""
    msg = message(text)
    asked = msg.is_question or re.search(r"\b(?:yes or no|or not)\b", msg.plain) or \
        re.match(r"(?:is|was|are|did|has|have)\b", msg.plain) is not None
    if not asked or _BLOCKED.search(msg.plain) is None:
        return False
    if _YOUR_SIDE.search(msg.plain):
        return True
    return _US.search(msg.plain) is not None and _NOT_OURS.search(msg.plain) is None

