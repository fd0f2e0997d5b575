"""A worry or question, at the hotspot test's set-up, about what unplugging the router does to everything else at
home: "if i unplug the router wont the living room one go off too?", "my wife is on a work call", "will the cameras
stop recording?", "does it come back by itself?".

The tenth blind exploratory test's customer asked whether unplugging the router would take another unit offline and
was told "Those are your router's lights, not your device's" (its "go off" read as a light), then the hotspot set-up
again: the worry was never answered. `worried` is true when the message is about the router (or the internet, the
Wi-Fi) going off and names something else it affects, or asks whether things come back afterwards.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["worried"]

# The router, the internet or the Wi-Fi off, down or cut; or "unplug it" (the router just asked about).
_OFF = lazy(
    r"\b(?:unplug\w*|turn\w* (?:it |that |the \w+ )?off|switch\w* (?:it |that |the \w+ )?off|power\w* (?:it |the \w+ )?"
    r"(?:off|down)|shut\w* (?:it |the \w+ )?(?:off|down)|kill\w*|cut\w* (?:off )?(?:the )?(?:internet|wifi|wi fi|power)"
    r"|take (?:the )?(?:internet|wifi|wi fi|router) (?:down|off)|pull\w* the plug)\b"
    r"|\b(?:go|goes|going|be|get|gets|knock\w*|drop\w*|kick\w*)(?: \w+)? (?:offline|off line|down|disconnected)\b"
    r"|\b(?:internet|wifi|wi fi|network|router|modem)s? (?:is |will be |would be |be |goes |go |going |gonna be "
    r"|(?:needs?|has|have) to be )?"
    r"(?:down|off|out|offline|cut)\b|\bwithout (?:the )?(?:internet|wifi|wi fi|router)\b|\bno (?:internet|wifi|wi fi)"
    r" for\b|\blose (?:the |my |our )?(?:internet|wifi|wi fi|connection)\b")
# What else it touches: other units, the TV, a call, cameras, the family, the router's settings, coming back.
_OTHERS = lazy(
    r"\b(?:other|others|another|rest of|everything|everyone|every thing|all (?:my|our|the) (?:other )?(?:stuff|things"
    r"|devices|units|sensors|gadgets)|the (?:\w+ ){0,2}ones?|tv|tvs|telly|netflix|streaming|stream|youtube|xbox|playstation"
    r"|ps5|gaming|game|games|fortnite|work|working|works from home|wfh|zoom|teams|meeting|call|calls|conference|class"
    r"|school|vpn|camera|cameras|cam|cams|alarm|alarms|doorbell|ring|security|monitor|baby|thermostat|nest|alexa|echo"
    r"|smart (?:home|lights?|plugs?)|lights|kids?|son|daughter|wife|husband|partner|family|roommates?|flatmates?"
    r"|housemates?|tenants?|neighbou?rs?|medical|alert|oxygen|phone line|landline|voip|wifi calling|business|shop"
    r"|customers|settings|setting|setup|config\w*|come back|comes back|coming back|back on"
    r"|back up|reconnect\w*|by itself|automatically|on its own|how long|mess (?:up|with)|break|broke|damage)\b")
# ... in a worry: asked, or "can this wait", "I can't", "I'd rather not", "will it drop", "uses that router".
_CONCERN = lazy(
    r"\b(?:can (?:this|it|we|that) wait|(?:do|try) (?:this|it|that) later|later|right now|rn|at the moment|cant|can not"
    r"|cannot|dont want|do not want|rather not|would rather|id rather|cut\w* (?:\w+ )?off|knock\w* (?:out|off)|kill\w*|drop\w*|stop\w*|lose|losing|go"
    r" (?:down|off|offline|crazy|dead|dark)|not a (?:great|good) time|bad time|busy|disconnect\w*|record\w*|set (?:up|it up) again|reconnect\w*|come back|uses? (?:that"
    r"|the|my|our) (?:router|wifi|internet)|on (?:the|that|our|my) (?:wifi|wi fi|internet|router)|runs? (?:on|our|my|the)|need (?:the|it)"
    r"|depends? on|relies? on|affect\w*|interrupt\w*|mess\w*)\b")
# Not about the rest of the home: the hotspot, the phone and its data.
_HOTSPOT_ONLY = lazy(r"\b(?:hot ?spot|data plan|my data|mobile data|iphone|android|(?:my|the) phone(?! line))\b")
_ASKED_OK = lazy(r"\b(?:safe|ok|okay|fine|alright|a problem|an issue)\b")  # "is the alarm ok?", asked only
_ASKED = lazy(r"(?:^|, )(?:will|would|does|do|did|is|are|can|could|should|how|what|whats|wont|doesnt|isnt|dont|if|but)\b")

# Said of the test, not of the rest of the home: "unplugged the router, hotspot is on" is ready.
_DONE = lazy(r"\b(?:unplugged|turned off|switched off|powered off|done|ok|okay|ready)\b.{0,40}\b(?:hot ?spot|phone)\b"
             r".{0,20}\b(?:on|ready|going|up|running)\b")


# "... wont the living room one go off too?"
_TOO = lazy(r"\b(?:go|goes|going|be|get|gets)(?: \w+)? (?:off|offline|off line|down|disconnected) (?:too|as well|also)\b")
# Asked whether it all comes back afterwards, the unplugging understood: "does everything come back by itself after?"
_BACK = lazy(r"\b(?:come|comes|coming|go|goes|turn|turns) back (?:on|up)?|\breconnect\w*|\bback (?:on|up|to normal)\b")


def worried(text: str) -> bool:
    """Whether the message worries or asks about what unplugging the router does to the rest of the home."""
    msg = message(text)
    plain = msg.plain
    asked = msg.is_question or _ASKED.search(plain) is not None
    if _DONE.search(plain) and not asked:
        return False
    if (asked and _BACK.search(plain) and _OTHERS.search(plain)) or _TOO.search(plain):
        return True
    if plain.startswith("why") or re.search(r"\bwhy (?:do|would|should|must) (?:i|we)\b", plain):
        return False  # "why do I have to unplug the router?": why the test needs it (asks.hotspot_aside)
    if _OFF.search(plain) is not None and _OTHERS.search(plain) is not None and \
            (asked or _HOTSPOT_ONLY.search(plain) is None):  # not "turned the router off and changed the hotspot settings"
        return True
    # The unplugging understood, its effect told: "my husband is working from home, I can't take the internet away"
    if not asked and re.search(r"\b(?:works?|working) (?:fine|ok|okay|great|well)\b", plain):
        return False  # "the tv works fine on the wifi": told, no worry
    concern = _CONCERN.search(plain) is not None or (asked and _ASKED_OK.search(plain) is not None)
    return concern and _OTHERS.search(plain) is not None and _HOTSPOT_ONLY.search(plain) is None
