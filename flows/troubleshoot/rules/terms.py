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
    ("captive_portal", r"captive portal|sign[ -]?in page|splash (page|screen)|log[ -]?in page"),
    ("safe_mode", r"safe ?mode"),  # round 10B: "what is safe mode?" got "There is a small light on your device"
    ("mac", r"mac( address)?|whitelist\w*|allow ?list|device registration"),
    # Round 26: "DHCP" and "addresses it hands out" are in the advice for a router that gives out no address.
    ("dhcp", r"dhcp( server| range)?|ip address(es)?|addresses it hands out|(giv\w*|hands?) (\w+ )?(an )?address(es)?"),
    ("security", r"wpa\d?|wep|security( type)?|encryption|psk"),
    ("band", r"2\.4( ?ghz| ?g)?|5 ?ghz|5g|band|bands|frequency|ghz"),
    ("ssid", r"ssid|network name"),
    ("signal", r"dbm|rssi|signal( strength)?|bars"),
    ("channel", r"channel( width)?|(20|40|80) ?mhz( wide)?|mhz|width|wide"),
    ("mesh", r"mesh|satellites?|pods?"),
    ("scanner", r"(wi ?fi |wifi )?(scanner|analy[sz]er)( app)?"),
    ("hotspot", r"(personal )?hot ?spot|tethering"),
    ("cloud", r"(the |particle )?cloud|your system|our system|your servers?"),
    ("router", r"router|modem|hub|gateway|the box"),
    # Explore12's n14: "what does offline even mean" (twice) and "what is 1 A??" (the charger advice's) went unanswered.
    ("offline", r"offline|off line|online|on line"),
    ("amps", r"\d+(\.\d+)? ?(a|amps?|amperes?|ma|milliamps?)|amps?|amperes?|amperage|milliamps?"),
    # "what does cyan mean": the colour word of the light question (a blind exploratory test got it recorded as
    # the light). Only asked outright: "it's cyan, what does that mean" tells the light.
    ("cyan", r"(?<=what does )cyan|(?<=what is )cyan|(?<=whats )cyan|(?<=what colour is )cyan|(?<=what color is )cyan"),
)
_TERM_RES = [(key, lazy(rf"\b({pattern})\b")) for key, pattern in TERMS]
# Asking what it means: "what is", "whats a", "what does X mean", "no idea what X is", "explain", "X?" alone.
_WHAT_IS = lazy(r"\b(what|whats|wat|wht|wut)\b( (is|are|s|does|do|exactly))?( (a|an|the|that|this|these))?\b"
                r"|\b(mean|means|meaning|stand for|explain|never heard|no idea what|dont know what"
                r"|dont understand|not sure what|whats the difference|difference between|same (thing )?as"
                r"|how (do|can|would) i (know|tell) (if|whether|which)|lost me|is that like|like (a|an|the) \w+$)\b")
# The unit's own MAC address asked for, not the word: "what's its mac", "the mac again", "send me the mac" ("what's
# the MAC address?" is either: as the word is explained with the address, it gets both).
_MAC_ITSELF = lazy(r"\b(its|his|her|your|my|our|their) (wifi |wi fi |device s |units? )?mac\b"
                   r"|\bmac (address )?again\b"
                   r"|\b(send|give|tell|text|email|copy|repeat|resend) (me |us |them )?(the |its |that )?(mac|address)\b")
# "is WPA2 like the password?", "MAC like a macbook?": the word compared with one the customer knows.
_LIKE = lazy(r"\b(is|are|does|do|so)\b.*\blike\b.*\?|^\w+( \w+)? like (a|an|the|my) \w+\?")
_NOT_MEANING = lazy(r"^(where|which|should|can|could|how do i (change|set|turn|find|fix|get)|do i need|is it"
                    r"|is that|will|would)\b|\b(what now|now what|what next|what light|procedure|how to)\b"
                    # Another question with "what" (round 28): "what if the hotspot doesnt work", "what should i do
                    # with the router", "what kind of router", "whats wrong with my hub", "i know what a router is".
                    r"|\b(what if|what happens|what (should|can|could|would|will|shall) (i|we|you|u|it)|what do (i|we) |what (time"
                    r"|kind|type|sort|app|brand|model|else)|whats wrong|what s wrong|i know what)\b"
                    r"|\bwhat (\w+ )?(router|modem|hub|channel|band|hotspot|network|mesh) (should|do|does|can|would|will"
                    r"|is best|settings?)\b")
# How far from "what is" (after it) or "mean" (before it) the word asked about stands.
_NEAR = 40
_SHORT = 8  # words: a longer message asks about the word near its "what is" or "mean" only
_THAT = lazy(r"\s*((that|this|it|those|these)\b|$)")
_AFTER_WORDS = frozenset({"what", "whats", "wat", "wht", "wut", "explain", "never", "no", "dont", "not", "lost",
                          "is", "like", "how"})


def _near(at: int, plain: str) -> bool:
    """The word at `at` is what the meaning is asked of: just after "what is", "no idea what" or "explain", or just
    before "mean" or "stand for" (round 28: "i know what a router is. can the hub do the login page thing or not" and
    "my kitchen hub just blinks green, what can you do" got "The router is the box that makes your Wi-Fi")."""
    for m in _WHAT_IS.finditer(plain):
        after = m.group(0).split()[0] in _AFTER_WORDS  # the word follows "what is"; it comes before "mean"
        # "mac address? whats that", "the DHCP thing, no idea what that is": before "what is that" too.
        back = not after or _THAT.match(plain, m.end())
        if (after and m.start() <= at <= m.end() + _NEAR) or (back and m.start() - _NEAR - 10 <= at <= m.end()):
            return True
    return False


# Asking a meaning outright, for words every state is told in ("offline").
_ASKED_MEANING = lazy(r"\b(?:what|whats|wat|wht|wut)\b.*\b(?:mean|means|meaning|is that|is it)\b|\bmeans? what\b"
                      r"|\b(?:what|whats) (?:is |does )?(?:offline|online|off line|on line)\b")


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
    if key == "offline" and not _ASKED_MEANING.search(plain):
        return None  # "same as before, not online" says the state; "what does offline even mean" asks (explore12)
    if key == "mac" and _MAC_ITSELF.search(plain):
        return None  # "what's the MAC again?": the address itself (self_fix.asks_mac), not what a MAC is
    if _LIKE.search(plain) or (len(msg.tokens) <= _SHORT and _WHAT_IS.search(plain)):
        return key  # a short question is about its word: "sorry what scanner are you on about"
    near = [(at, k) for at, k in found if _near(at, plain)]
    if near:
        return min(near)[1]
    # Only the word and a question mark: "ssid?", "whitelist?? wat".
    return key if msg.is_question and len(msg.tokens) <= 3 else None
