"""Not knowing the Wi-Fi password, at the password question: "I don't know the wifi password", "forgot it", "no clue
what the code is", or someone else set things up ("my son did the wifi"). Pure functions; `answers_wifi.wifi_password`
reads them as `dont_know`, and the flow says where to find the key with setting up again.
"""

from __future__ import annotations

from flows.lazy_re import lazy

__all__ = ["doesnt_know", "someone_else"]

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
