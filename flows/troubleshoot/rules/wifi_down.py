"""The Wi-Fi itself down or missing, told at the Wi-Fi name question: "my phone isnt showing any wifi, its on 4g",
"there is no name, the wifi is gone", "the router has red lights since the storm". Pure functions.

A blind exploratory test (the third), after a power cut, said so twice and had "no name" kept as its network's name;
the router was what needed restarting.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["wifi_down"]

_NET = r"(?:wifi|wi fi|wi-fi|wifis|network|networks|internet|signal|name)"
_DOWN = lazy(
    r"(?<![a-z0-9])(?:(?:no|not any|none|cant see any|cant find any|doesnt show any|dont see any|isnt showing any|not"
    r" showing any|no longer see|cant see (?:my|our|the)|cant find (?:my|our|the)|dont see (?:my|our|the)) " + _NET
    + r"|(?:my |our |the |home )?" + _NET + r" (?:is |s |has |have |seems |seems to be )?(?:gone|down|dead|missing|not there"
    r"|disappeared|vanished|not showing(?: up)?|not working|out|off|not on|isnt there|wont come (?:on|back|up))"
    r"|(?:phone|it|im|i am) (?:is |s )?(?:on|using) (?:my )?(?:4g|5g|3g|lte|mobile data|data|cellular|cell data)"
    r"|(?:router|modem|hub|box|internet box)(?: \w+){0,3} (?:is |s |seems |looks )?(?:off|dead|down|not working|broken"
    r"|wont (?:turn|come|power) on|not (?:turning|coming) on|has (?:a |no )?(?:red|orange|amber|blinking red|no) lights?"
    r"|lights? (?:are |is )?(?:red|orange|amber|off|out|flashing red))"
    r"|(?:red|orange|amber) lights? on (?:the |my |our )?(?:router|modem|hub|box)"
    r"|nothing (?:shows|shows up|in the list|comes up|appears|there)|(?:the )?list is (?:empty|blank)"
    r"|(?:there is|theres|there s) no (?:wifi|wi fi|network|name)(?! (?:password|key)))(?![a-z0-9])")
_WORKS = lazy(r"(?<![a-z0-9])(?:wifi|wi fi|internet|network|it) (?:is |s )?(?:working|works|fine|ok|up|on)(?! (?:on|with))"
              r"|(?:other|all|my) (?:devices?|phones?|laptops?) (?:are |is )?(?:working|fine|online|connected)")


def wifi_down(text: str) -> bool:
    """The customer's Wi-Fi itself seems down or gone (no network in the phone's list, the router dark or red)."""
    plain = message(text).plain
    return _DOWN.search(plain) is not None and _WORKS.search(plain) is None
