"""Not knowing the Wi-Fi password, at the password question: "I don't know the wifi password", "forgot it", "no clue
what the code is", or someone else set things up ("my son did the wifi"). Pure functions; `answers_wifi.wifi_password`
reads them as `dont_know`, and the flow says where to find the key with setting up again.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_key_label", "asks_where_key", "asks_which_network", "doesnt_know", "doesnt_know_wifi", "someone_else"]

_SOMEONE_ELSE = lazy(r"\b(?:(?:my|our|the|a) (?:\w+ )?(?:son|daughter|husband|wife|partner|kids?|dad|mum|mom|father"
                     r"|mother|brother|sister|roommate|flatmate|housemate|landlord|guy|technician|tech|engineer"
                     r"|installer|friend|neighbou?r|boyfriend|girlfriend|grandson|granddaughter|nephew|niece"
                     r"|provider|isp|company)|(?:my|our|the) \w+|someone|somebody|some guy|installer|he|she|they)"
                     r" (?:else )?(?:did|does|set|sets|setup|installed|installs|configured|connected|put|sorted"
                     r"|handled|handles) (?:it|that|the \w+|everything|this)?\b")
# Not knowing the Wi-Fi password at all ("I don't know the wifi password", "forgot it", "no clue what the code is"):
# where to find it comes with setting up again (a blind exploratory test's customer was told to type the password
# "your phone uses", which they had just said they did not know).
_DONT_KNOW_KEY = lazy(
    r"\b(?:dont|do not|didnt|did not|never|dunno|cant|cannot|couldnt|could not|no longer|doesnt|does not) (?:even )?"
    r"(?:know|knew|remember|recall|have|had|got|find|member)\b(?: \w+){0,4}? (?:password|passcode|pass|code|key|pw"
    r"|pwd|it)\b"
    r"|\bforg[oe]t(?:ten)?\b|\b(?:no|not a|havent a|havent got a|have no) (?:idea|clue)\b(?: \w+){0,4}? (?:password"
    r"|passcode|code|key|pw|it is|its|wifi)\b|\bcouldnt tell you\b")


def doesnt_know(plain: str) -> bool:
    """The customer says they do not know (or remember) the Wi-Fi password; `plain` as `Message.plain`."""
    return _DONT_KNOW_KEY.search(plain) is not None


# Not knowing the Wi-Fi's name or password at the hotspot step, which asks for both ("i dont know my wifi name or
# password tho": the thirteenth blind exploratory test's n05 was read as a hotspot named "tho" and watched for).
_DONT_KNOW_WIFI = lazy(
    r"\b(?:dont|do not|didnt|did not|never|dunno|cant|cannot|couldnt|could not|no longer|doesnt|does not|not sure)"
    r" (?:even |really |actually )?(?:know|knew|remember|recall|have|had|got|find|member|sure)\b(?: \w+){0,5}? (?:name"
    r"|names|password|passcode|pass|code|key|pw|pwd|ssid|details|login)\b"
    r"|\b(?:no|not a|havent a|havent got a|have no) (?:idea|clue)\b(?: \w+){0,5}? (?:name|password|passcode|code|key|pw"
    r"|ssid|details|wifi|wi fi|network)\b"
    r"|\bforg[oe]t(?:ten)?\b(?: \w+){0,4}? (?:name|password|passcode|code|key|pw|ssid|details)\b"
    r"|\b(?:what s|whats|what is|where is|wheres|where do i find) (?:my|our) (?:wifi |wi fi |network |home |router )"
    r"(?:name|password|passcode|ssid|key)\b")


def doesnt_know_wifi(plain: str) -> bool:
    """The customer says they do not know their Wi-Fi's name or password (or asks what it is); `plain` as
    `Message.plain`."""
    return _DONT_KNOW_WIFI.search(plain) is not None


def someone_else(plain: str) -> bool:
    """Someone else set up the Wi-Fi or the unit ("my husband did it", "the installer set it up")."""
    return _SOMEONE_ELSE.search(plain) is not None


# Where to find the key, asked: "how do I find the wifi password", "where is the wifi password".
_WHERE_KEY = lazy(r"\b(?:where|how) (?:do|can|would|could|should) (?:i|we) (?:find|get|see|look up|check|know)\b(?: \w+){0,4}?"
                  r" (?:password|passcode|key|pw)\b|\bwhere (?:is|s|are|would) (?:the|my|our) (?:wifi |wi fi |network )?"
                  r"(?:password|key|pw)\b|\bwhat (?:is|s) (?:my|the|our) (?:wifi |wi fi )?password\b")


def asks_where_key(text: str) -> bool:
    """The customer does not know the Wi-Fi password, or asks where to find it."""
    plain = message(text).plain
    return doesnt_know(plain) or _WHERE_KEY.search(plain) is not None


# The router sticker's name for the key, asked about: "it says 'Wireless Network Key'. is that the one?", "the label says
# WPA key, thats it right?".
_KEY_LABEL = lazy(r"\b(?:wireless|wifi|wi fi|network|wpa2?|wpa ?psk|security|wlan) (?:network )?(?:key|passphrase|pass|password"
                  r"|code)\b|\bpsk\b|\bpassphrase\b")


def asks_key_label(text: str) -> bool:
    """A question whether the sticker's "Wireless Network Key" (or "WPA key") is the Wi-Fi password."""
    msg = message(text)
    return _KEY_LABEL.search(msg.plain) is not None and (msg.is_question or msg.has(r"(is|thats|that s) (it|the one)"))


# Which of the router's names to pick at the set-up step ("theres two on the sticker, one ends in -5G, which one?",
# "2.4 or 5?", "do I pick the faster one?"): a blind exploratory test got the whole set-up text again, twice.
_WHICH_NET = lazy(r"\bwhich\b|\bwhats? (?:is )?(?:the |my )?(?:wifi |network )?name\b|\bis it the\b.*\bor\b"
                  r"|\bor the (?:plain|normal|regular|other|5g|2\.4|2g|first|second|one)\b"
                  r"|\b(?:2\.4|24|2|2g|5|5g)(?: ?ghz| g)? or (?:the )?(?:2\.4|24|2|2g|5|5g)\b"
                  r"|\b(?:pick|choose|use|select|go with|connect to|join|want) (?:the )?(?:5g|5 ?ghz|2\.4|2g|faster"
                  r"|quicker|stronger|first|second|other|plain|normal|both|one with|one without)\b|\bboth or\b"
                  r"|\bor (?:just )?(?:the )?other\b|\bor (?:just )?one\b|\bor not\b"
                  r"|\bwhat about (?:the )?(?:5g|5 ?ghz|2\.4|2g|other)\b|\bshould it be\b"
                  r"|\b(?:pick|choose|decide) between\b|\bis (?:it )?(?:the )?(?:5g|5 ?ghz|2\.4|2g|faster|other)(?: one"
                  r"| network| name)? (?:ok|okay|fine|right|correct|better|good|the one)\b|\b(?:can|will|does|would) it"
                  r" (?:use|do|work on|work with|connect to|join|take) (?:the )?(?:5g|5 ?ghz|2\.4|2g|faster|other)\b"
                  r"|\b(?:2\.4|2g|5g)(?: ?ghz)?(?: one)? (?:right|correct|yeah|yes)\b")
_TWO_NAMES = lazy(r"\b(?:5g|5 ?ghz|2\.4(?: ?ghz)?|24 ?ghz|2g|two|2 (?:names|networks|wifis|of them)|both|twice|faster"
                  r"|quicker|stronger|other one|plain one|normal one)\b|\w[-_](?:5g|5ghz|2g|24|2\.4)\b")
_ASKING_WHICH = lazy(r"\b(?:which|whats|what|should i|should we|do i|do we|idk which|not sure which|dont know which"
                     r"|confused|unsure which|help)\b")


def asks_which_network(text: str, band_said: bool = False) -> bool:
    """Asking which of two or more names (bands) to pick; not a name already picked ("done, I used the one without
    5G") nor another choice ("which button?", "which app?"). `band_said`: only when a band is named ("one ends in
    5G"), where "which one?" or "there are two" may ask something else (at the Wi-Fi name question)."""
    msg = message(text)
    plain = msg.plain
    if not (msg.is_question or _ASKING_WHICH.search(plain)) or re.search(r"\bbuttons?\b|\bwhich (?:\w+ )?apps?\b", plain):
        return False
    if band_said:
        return bool(_WHICH_NET.search(plain)) and _BAND.search(plain) is not None
    return bool(_WHICH_NET.search(plain)) and (bool(_TWO_NAMES.search(plain)) or "which one" in plain)


_BAND = lazy(r"\b(?:5g|5 ?ghz|2\.4(?: ?ghz)?|24 ?ghz|2g)\b|\w[-_](?:5g|5ghz|2g|24|2\.4)\b")
