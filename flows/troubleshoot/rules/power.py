"""After the no-power advice: what the customer checked. "the kettle works on that plug" (the outlet is fine, the
cable and charger not yet tried) against "tried two chargers and cables" (everything tried). Pure functions.

A blind exploratory test (the third) said its outlet worked and was handed to support at once, with no other cable
or charger tried and the USB cable, it turned out, half out of the unit.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["outlet_ok", "tried_other_power"]

_OUTLET_OK = lazy(
    r"(?<![a-z0-9])(?:(?:plug|outlet|socket|wall|power point|power strip|extension|kettle|lamp|toaster|tv|charger|phone)"
    r"(?: \w+){0,3} (?:works?|working|has power|is fine|is ok|is okay|is on|is live)"
    r"|(?:works|working) (?:on|in|from) (?:it|that|the same|the) ?(?:plug|outlet|socket)?"
    r"|(?:plugged|plugged in) (?:into|in) (?:the )?(?:wall|socket|outlet|mains)"
    r"|(?:plugged in|switched on) (?:and|but) (?:still )?(?:nothing|no light|dead|off)"
    r"|(?:outlet|socket|plug|power) (?:is|s) (?:definitely |def )?(?:fine|ok|okay|on|working|good))(?![a-z0-9])")
_TRIED = lazy(
    r"(?<![a-z0-9])(?:(?:another|different|new|other|second|spare|2|two|three|3|several|few|couple of|every) (?:usb )?"
    r"(?:cables?|chargers?|leads?|plugs?|adapters?|power suppl(?:y|ies)|bricks?|wires?)"
    r"|(?:swapped|changed|replaced|switched) (?:the |out the |over the )?(?:usb )?(?:cable|charger|lead|adapter|wire)"
    r"|tried (?:a |another |different |other |the other |my phone )?(?:usb )?(?:cable|charger|lead|adapter)"
    r"|(?:all|both) (?:the )?(?:cables|chargers))(?![a-z0-9])")


def outlet_ok(text: str) -> bool:
    """The customer says the outlet or plug has power ("the kettle works on that plug", "the socket is fine")."""
    return _OUTLET_OK.search(message(text).plain) is not None


def tried_other_power(text: str) -> bool:
    """The customer says they tried another cable or charger."""
    return _TRIED.search(message(text).plain) is not None
