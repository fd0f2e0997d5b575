"""Not knowing the Wi-Fi password, at the password question: "I don't know the wifi password", "forgot it", "no clue
what the code is", or someone else set things up ("my son did the wifi"). Pure functions; `answers_wifi.wifi_password`
reads them as `dont_know`, and the flow says where to find the key with setting up again.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_key_label", "asks_where_key", "doesnt_know", "someone_else"]

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
