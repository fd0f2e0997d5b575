"""Words the bot uses that customers ask the meaning of ("what's WPA2?", "ssid?"): which one is asked about.

The copy explains each (`copy_explain.TERM_TEXT`); asked at any question, the word is explained and the question
asked again. Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["TERMS", "asked_term"]

# Words the bot uses that customers ask about ("what's WPA2?"), most specific first: the copy explains each.
TERMS: tuple[tuple[str, str], ...] = (
    ("captive_portal", r"captive portal|sign ?in page|splash (page|screen)|log ?in page"),
    ("safe_mode", r"safe ?mode"),  # round 10B: "what is safe mode?" got "There is a small light on your device"
    ("mac", r"mac( address)?|whitelist\w*|allow ?list|device registration"),
    ("security", r"wpa\d?|wep|security( type)?|encryption|psk"),
    ("band", r"2\.4( ?ghz| ?g)?|5 ?ghz|5g|band|bands|frequency|ghz"),
    ("ssid", r"ssid|network name"),
    ("signal", r"dbm|rssi|signal( strength)?|bars"),
    ("channel", r"channel( width)?|(20|40|80) ?mhz|mhz|width"),
    ("mesh", r"mesh|satellites?|pods?"),
    ("scanner", r"(wi ?fi |wifi )?(scanner|analy[sz]er)( app)?"),
    ("hotspot", r"(personal )?hot ?spot|tethering"),
    ("cloud", r"(the |particle )?cloud|your system|our system|your servers?"),
    ("router", r"router|modem|hub|gateway|the box"),
    # "what does cyan mean": the colour word of the light question (a blind exploratory test got it recorded as
    # the light). Only asked outright: "it's cyan, what does that mean" tells the light.
    ("cyan", r"(?<=what does )cyan|(?<=what is )cyan|(?<=whats )cyan|(?<=what colour is )cyan|(?<=what color is )cyan"),
)
_TERM_RES = [(key, lazy(rf"\b({pattern})\b")) for key, pattern in TERMS]
# Asking what it means: "what is", "whats a", "what does X mean", "no idea what X is", "explain", "X?" alone.
_WHAT_IS = lazy(r"\b(what|whats|wat|wht|wut)\b( (is|are|s|does|do|exactly))?( (a|an|the|that|this|these))?\b"
                r"|\b(mean|means|meaning|stand for|explain|never heard|no idea what|dont know what"
                r"|dont understand|not sure what|whats the difference|difference between|same (thing )?as"
                r"|how (do|can|would) i (know|tell) (if|whether|which))\b")
_NOT_MEANING = lazy(r"^(where|which|should|can|could|how do i (change|set|turn|find|fix|get)|do i need|is it"
                    r"|is that|will|would)\b|\b(what now|now what|what next|what light|procedure|how to)\b")


def asked_term(text: str) -> str | None:
    """The word the customer asks the meaning of ("whats wpa2??" is `security`), or None."""
    msg = message(text)
    plain = msg.plain
    if not plain or _NOT_MEANING.search(plain):
        return None
    found = [(m.start(), key) for key, pattern in _TERM_RES if (m := pattern.search(plain))]
    if not found:
        return None
    key = min(found)[1]
    if _WHAT_IS.search(plain):
        return key
    # Only the word and a question mark: "ssid?", "whitelist?? wat".
    return key if msg.is_question and len(msg.tokens) <= 3 else None
