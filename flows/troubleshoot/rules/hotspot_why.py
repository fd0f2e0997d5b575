"""Asking why the unit works on the phone's hotspot and not on the home Wi-Fi, once the hotspot test passed: "so why
would it not work on my real wifi with the same password? makes no sense", "the new wifi is already in the device
no? the hotspot have the new name" (the twelfth blind exploratory test's n15 got "Yes, you can turn the hotspot off
now", twice). What the passed test shows, and what is different about the home Wi-Fi, answers it. Not "can I turn
the hotspot off?", thanks, or what the light does now. Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["asks_why_hotspot"]

_HOME = (r"(?:(?:my|our|the|me) )?(?:(?:home|house|real|own|normal|regular|actual|main|usual|proper|new|old) )?"
         r"(?:wifi|wi fi|wlan|network|router|internet|broadband|connection)")
_HOTSPOT = r"(?:(?:the |my |your |a )?hot ?spot|(?:my |the |your )?(?:phones?|phone s)|(?:my |the )?mobile|(?:my |the )?iphone|(?:my |the )?cell)"
_NOT = r"(?:not|wont|won t|doesnt|doesn t|does not|didnt|didn t|cant|can t|cannot|isnt|is not|wouldnt|would not|never)"
_WORKS = r"(?:work|works|worked|working|connect|connects|connected|connecting|join|joins|joined|go online|get online)"
_ASKS = lazy(
    # "why won't it work on my wifi", "how come it cant connect to the home network"
    rf"\b(?:why|how come|whys|wat|what s the reason|what is the reason)\b(?: \w+){{0,6}}? {_NOT}\b(?: \w+){{0,4}}? "
    rf"{_WORKS}\b(?: \w+){{0,3}}? (?:on|to|with|through|thru|off|via) {_HOME}\b"
    # "why does it work on the hotspot but not my wifi", "why only on my phone"
    rf"|\b(?:why|how come|whys)\b(?: \w+){{0,6}}? {_WORKS}\b(?: \w+){{0,3}}? (?:on|to|with|through|thru|off|via) "
    rf"{_HOTSPOT}\b"
    rf"|\b(?:why|how come)\b(?: \w+){{0,4}}? only (?:{_WORKS} )?(?:on|with|through) {_HOTSPOT}\b"
    # "how can it work on my phone and not my network", "why not on my wifi"
    rf"|\bhow (?:is|does|can|could|would|come)\b(?: \w+){{0,3}}? {_WORKS}\b(?: \w+){{0,3}}? (?:on|to|with|through|thru"
    rf"|off|via) {_HOTSPOT}\b"
    rf"|\bwhy not (?:on |with |to )?{_HOME}\b"
    # "it works on the hotspot but not my wifi", "connects to my phone fine but wont to the router"
    rf"|\b{_WORKS}\b(?: \w+){{0,3}}? (?:on|to|with|through|thru|off|via) {_HOTSPOT}\b(?: \w+){{0,4}}? (?:but|and|yet)"
    rf"(?: it)? (?:not|doesnt|doesn t|wont|won t|cant|can t|isnt|never)\b"
    # "so it's not the device?", "so the unit is fine then?", "my wifi works for everything else"
    r"|\b(?:so|then|wait so|ok so) (?:it s|its|it is|it|the (?:unit|device|sensor|hub|thing)(?: is)?) (?:not|isnt|is not"
    r"|fine|ok|okay|working|good)(?: the| my)? ?(?:device|unit|sensor|hub|thing|broken|faulty)?\b"
    rf"|\b(?:every|all|everything|all (?:my|the|our)|every other) (?:\w+ )?(?:else|other|device|devices|thing|things)"
    rf"(?: \w+){{0,4}}? (?:work|works|connect|connects|fine|are fine|is fine|ok)\b(?: \w+){{0,3}}? {_HOME}\b"
    rf"|\b{_HOME} (?:works|is fine|is ok|is working|works fine) (?:for|with) (?:everything|every|all|my)\b"
    # "what's the difference between my wifi and the hotspot", "what is different about my router"
    r"|\b(?:what s|whats|what is|wats|what would be|what could be) (?:the )?(?:difference|different|diff)\b"
    r"|\bdifference between\b"
    # "what's wrong with my router then", "so is it my wifi?", "so the problem is my router?"
    rf"|\bwhat(?:s| s| is)? (?:wrong|the (?:problem|issue)) with {_HOME}\b"
    rf"|\b(?:so|then) (?:is it|it s|its|it is|the (?:problem|issue|fault) is|it must be|is the (?:problem|issue))"
    rf" (?:my |the |our )?(?:home |own )?(?:router|wifi|wi fi|network|internet)\b"
    # "isn't the new wifi already in it?", "doesn't it already have the new password"
    r"|\b(?:already|allready|alredy) (?:has|have|got|knows?|saved|in|on|stored|set up with|set to)\b"
    r"|\b(?:isnt|is not|arent|are not|wasnt) (?:the |my )?(?:new )?(?:wifi|password|details|name|network)\w* (?:already )?"
    r"(?:in|on|saved|stored)\b"
    # "makes no sense", "i don't get it, same password" with the hotspot or the Wi-Fi named
    r"|\b(?:makes? no sense|doesnt make (?:any )?sense|does not make (?:any )?sense|dont (?:get|understand)"
    r"|do not (?:get|understand)|dont see why|confus\w*|weird|strange|odd)\b"
)
# The sense and confusion words ask only with the hotspot or the home Wi-Fi named beside them.
_VAGUE = lazy(r"\b(?:makes? no sense|make (?:any )?sense|dont (?:get|understand)|do not (?:get|understand)|dont see why"
              r"|confus\w*|weird|strange|odd)\b")
_NAMED = lazy(rf"\b(?:hot ?spot|{_HOME})\b")
_DIFFERENCE = lazy(r"\b(?:difference|different|diff)\b")
_HOTSPOT_NAMED = lazy(rf"\b{_HOTSPOT}\b")
_HOME_NAMED = lazy(rf"\b{_HOME}\b")
_WHY = lazy(r"\b(?:why|how come|how is that|how does that)\b")


def asks_why_hotspot(text: str) -> bool:
    """Whether the message asks why the unit works on the hotspot and not the home Wi-Fi (or whether the unit has the
    Wi-Fi's details already, or what is different about the router)."""
    plain = message(text).plain
    found = _ASKS.search(plain)
    if found is None:
        return False
    if _DIFFERENCE.search(found.group(0)):
        return _NAMED.search(plain) is not None  # "what's the difference?" about something else
    if _VAGUE.search(found.group(0)):
        # "makes no sense, it works on the hotspot with the same password": both named, or a why; not "I'm confused,
        # where is the wifi password?" (round 31's key question).
        both = _HOTSPOT_NAMED.search(plain) is not None and _HOME_NAMED.search(plain) is not None
        return both or _WHY.search(plain) is not None
    return True
