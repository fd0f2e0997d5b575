"""Two practical questions asked at any step, which the eleventh blind exploratory test saw unanswered: how to put the
unit in set-up mode (n05: "how do I put the device into setup mode?" got the scanner app explained, twice), and whether
the router can go back on after the phone-hotspot test (n07: "can I plug my router back in now or what" got "Thanks,
I've added that to your case", with the family's Wi-Fi still off). Read on the plain text (rules/text.py). Pure
functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_router_back", "asks_setup_mode"]

# Asking how: a question, or the words of one without its mark ("how do i get it in pairing mode").
_HOW = lazy(r"\b(?:how|where|which|what (?:button|do i|should i)|can you|could you|tell me|show me|explain|help me|cant"
            r"|cannot|can t|dont know|do not know|no idea|not sure|need to|have to|supposed to|do i|should i|is there)\b")

# Set-up mode in the names customers give it, and what it looks like (the dark blue blink: docs/particle-facts.md 1).
_MODE = lazy(r"\b(?:set ?up|setup|pairing|pair|listening|listen|config\w*|discovery|discoverable|connect\w*|learning"
             r"|wifi|wi fi|ap|blue|blinking blue|flashing blue|dark blue|reset|programming|install\w*)(?: \w+){0,2} mode\b"
             r"|\bmode (?:where|that|when|in which) (?:\w+ ){0,4}?(?:blink|flash|blue|pair|set)\w*"
             r"|\b(?:make|get|turn|put|set|have) (?:it|the \w+|my \w+|this|that)(?: \w+)? (?:to |into |in |start )?"
             r"(?:blink\w*|flash\w*) (?:dark |deep |navy )?blue\b|\bback to (?:blink\w*|flash\w*) (?:dark |deep )?blue\b"
             r"|\b(?:blink\w*|flash\w*) (?:dark |deep )?blue (?:again|mode)\b"
             r"|\b(?:reset|restart)\b(?: \w+){0,6} (?:so|for) (?:that )?(?:the|my) (?:app|phone)(?: \w+){0,2} (?:can |will |could )?"
             r"(?:find|see|detect|pick up|spot|discover)"
             # "how do I pair it", "make it discoverable", "so it shows up in the app", "start the pairing"
             # Not "repair" (explore13's n10: "do I have to pay for the repair?" got the set-up mode steps).
             r"|\b(?:pair|pairing|re[ -]pair\w*|discoverable)\b"
             r"|\b(?:show|shows|showing|appear|appears|come|comes) up (?:in|on) (?:the |my )?(?:app|phone)\b"
             r"|\b(?:app|phone) (?:can|could|will|to) (?:find|see|detect|discover|pick up) (?:it|the \w+|my \w+)\b"
             r"|\b(?:reset|restart)\w* (?:it |the \w+ |my \w+ )?(?:to|for|so i can|and) (?:set ?up|setup|start over|redo)\b"
             # "put it back into setup", "which button do I hold", "how do I get the dark blue light"
             r"|\b(?:in|into|back in|back into|back to) (?:the )?(?:set ?up|setup|pairing|config\w*|listening)\b"
             r"|\b(?:which|what) button (?:do|should|to|must|can) (?:i |we |you )?(?:\w+ )?(?:press|hold|push)\b"
             r"|\b(?:get|make|see|have) (?:it |the )?(?:dark|deep|navy) blue\b")


def asks_setup_mode(text: str) -> bool:
    """The customer asks how to put the unit in set-up (pairing, listening) mode, or to make it blink dark blue."""
    msg = message(text)
    return _MODE.search(msg.plain) is not None and ("?" in msg.raw or _HOW.search(msg.plain) is not None)


# The router (or the internet, or the Wi-Fi) back on, or the hotspot off, asked.
_BACK = lazy(r"\b(?:plug|put|turn|switch|power|hook|connect|set)\w* (?:the |my |our |it |in )?(?:\w+ )?(?:router|modem"
             r"|wifi|wi fi|internet|box|hub|eero|eeros|mesh|it|them|everything)(?: \w+)? ?(?:back (?:in|on|up)|on again"
             r"|in again)\b"
             r"|\b(?:router|modem|wifi|wi fi|internet|box|hub)(?: \w+){0,3} back (?:in|on|up)\b"
             r"|\b(?:turn|switch|shut)\w* (?:the |my )?(?:hot ?spot|tether\w*) off\b|\b(?:turn|switch|shut)\w* off (?:the |my )?"
             r"(?:hot ?spot|tether\w*)\b|\b(?:stop|end|kill|disconnect|disable)\w* (?:the |my )?(?:hot ?spot|tether\w*)\b"
             # "turn the router on now", "reconnect the modem", "power the router up again", "have the wifi back"
             r"|\b(?:turn|switch|power)\w* (?:the |my |our )?(?:router|modem|wifi|wi fi|internet|box|hub)(?: \w+)? on\b"
             r"|\b(?:turn|switch|power)\w* on (?:the |my |our )?(?:router|modem|wifi|wi fi|internet)\b"
             r"|\b(?:reconnect|re ?plug|replug|restore)\w* (?:the |my |our )?(?:router|modem|wifi|wi fi|internet|box)\b"
             r"|\b(?:power|start|boot)\w* (?:the |my |our )?(?:router|modem)(?: \w+)? (?:up|again)\b"
             r"|\b(?:router|modem|wifi|wi fi|internet)(?: \w+){0,2} (?:on|up) again\b|\b(?:wifi|wi fi|internet|router) back\b"
             r"|\bback to normal\b")
_ASKED = lazy(r"\b(?:can|could|may|should|shall|do|does|is it|ok to|okay to|safe|allowed|yet|when|how long)\b")


def asks_router_back(text: str) -> bool:
    """The customer asks whether the router (the Wi-Fi, the internet) can go back on, or the hotspot off."""
    msg = message(text)
    return _BACK.search(msg.plain) is not None and ("?" in msg.raw or _ASKED.search(msg.plain) is not None)
