"""The internet provider's outage, told mid-conversation: "spectrum app says there's an outage in my area", "laptop
says connected no internet and the isp box has a red light", "comcast is down in our whole street". Then nothing in
the home can get online, the unit is not at fault, and it reconnects by itself once the service is back: no hotspot
test, no router questions. Pure functions.

Round 28 (the fourth blind exploratory test's "spectrum app says there's an outage in my area" got the hotspot test
again, and "wait, isnt it just the spectrum outage? do i really need the hotspot thing" got "Take your time").
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["tells_outage"]

_PROVIDERS = (r"isp|provider|internet company|comcast|spectrum|xfinity|bt|verizon|fios|at ?t|att|sky|virgin|cox|optimum"
              r"|centurylink|frontier|talktalk|vodafone|plusnet|telstra|optus|rogers|bell|shaw|starlink|eir|ziggo|orange"
              r"|free|sfr|telekom|cable company|broadband")
# Only an outage named as one: the provider, the area, the line. "The internet is down for everything, the router has
# a red light" is the home's internet, where restarting the router comes first (the internet question's remedy).
_OUTAGE = lazy(
    rf"\b(?:outage|outages|service (?:is |has been |went )(?:down|out)|service interruption|fault on (?:the|our|my) line"
    rf"|line fault|network fault|known (?:fault|issue|problem)|engineer (?:is )?coming)\b"
    rf"|\b(?:{_PROVIDERS})\b(?: \w+){{0,5}} (?:is |are |s |has been |went |been )?(?:down|out|dead|having (?:an? )?(?:issue"
    rf"|problem|fault)s?)\b"
    rf"|\b(?:whole|entire) (?:street|area|neighbou?rhood|town|block|building|village)\b|\bin (?:my|our|the) area\b")
# Not now, not theirs, or denied: "we had an outage last month but its fine now", "internet works fine", "no outage"
# ("since yesterday" is now: the eighth blind exploratory test's "virgin is down in our whole street since yesterday").
_NOT = lazy(r"\b(?:last (?:week|month|year|time)|ago|(?<!since )yesterday|used to|earlier this (?:week|month)|was fixed|fixed now"
            r"|fine now|back (?:now|up)|resolved|over now)\b|\b(?:no|not an?|isnt an?|wasnt an?|without an?) outage\b"
            r"|\b(?:internet|wifi|it|netflix|everything else|phone|laptop|tv) (?:\w+ ){0,2}(?:works|working|is fine"
            r"|is ok|fine)\b|\bwhat if\b")


def tells_outage(text: str) -> bool:
    """The customer tells that their internet service itself is down, now."""
    plain = message(text).plain
    return bool(plain) and _OUTAGE.search(plain) is not None and _NOT.search(plain) is None
