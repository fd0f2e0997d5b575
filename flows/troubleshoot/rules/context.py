"""What changed just before the unit went offline, as the first message tells it ("we got a new router yesterday",
"I moved it to the garage", "we had a power cut"): each points to its own first fix. Pure functions.
"""

from __future__ import annotations

import re

from flows.troubleshoot.rules.text import message

__all__ = ["opener_context"]

# What changed just before the unit went offline, told in the first message: each points to its own first fix.
_CONTEXT = (
    ("new_router", re.compile(
        r"(?<![a-z0-9])(?:(?:new|replaced|replacement|changed|different|upgraded|swapped|another) (?:\w+ ){0,2}?"
        r"(?:router|modem|hub|box|internet provider|provider|isp|broadband|fibre|fiber|gateway|wifi system)"
        r"|(?:router|modem|hub|gateway|box) (?:was |got |has been |is )?(?:replaced|changed|swapped|upgraded)"
        r"|(?:switched|changed|moved|went) (?:\w+ )?(?:internet |broadband )?(?:provider|providers|isp|company|companies)"
        r"|(?:switched|changed|moved) (?:over )?to (?:bt|sky|virgin|comcast|xfinity|spectrum|verizon|att|at&t|ee|vodafone"
        r"|talktalk|plusnet|fios|starlink|t-mobile)|(?:replaced|swapped|upgraded|changed) (?:our|my|the) (?:router|modem|hub"
        r"|box|wifi)|upgraded to (?:fibre|fiber))(?![a-z0-9])")),
    ("moved", re.compile(
        r"(?<![a-z0-9])(?:(?:moved|relocated|took|taken|put|brought|carried) (?:it|them|the \w+|my \w+|our \w+|the unit"
        r"|the device)? ?(?:\w+ )?(?:to|into|in|out to|over to|up to|down to) (?:the |my |our |a |another |other |mums?"
        r"|moms?|dads?|\w+'s )?(?:garage|shed|garden|basement|cellar|attic|loft|office|room|house|flat|apartment|upstairs"
        r"|downstairs|barn|workshop|other|new|kitchen|bedroom|porch|yard|cabin)|moved (?:house|home|flats?|apartments?"
        r"|out|in)|(?:since|after) (?:i|we) moved)(?![a-z0-9])")),
    ("power_cut", re.compile(
        r"(?<![a-z0-9])(?:power (?:cut|outage|failure|went (?:out|off|down)|was (?:out|off|cut))|(?:blackout|black out)"
        r"|(?:electric|electricity|power) (?:went|was) (?:off|out)|lost power|no power (?:for|last|this)|storm"
        r"|outage|brown ?out|(?:tripped|trip switch|breaker))(?![a-z0-9])")),
)


def opener_context(text: str) -> str | None:
    """"new_router", "moved" or "power_cut" when the first message says that changed just before; None otherwise."""
    plain = message(text).plain
    if re.search(r"(?<![a-z0-9])(will|would|going to|gonna|next (week|month)|planning|plan to|about to)(?![a-z0-9])",
                 plain):
        return None  # "we're moving next week, will it work there?": not what happened
    for name, pattern in _CONTEXT:
        if pattern.search(plain):
            return name
    return None
