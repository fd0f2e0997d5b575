"""The customer's own network picked out of a Wi-Fi list described at the Wi-Fi name question: "There is a tick next
to HOME-4F2A-2.4 and underneath there are others, xfinitywifi and HOME-4F2A-5 and the neighbours one", "ours is
BT-7XK2PQ, the others are neighbours", "NETGEAR47 (connected)".

The tenth blind exploratory test's n05: an older customer described her list; the provider's public hotspot in it
(xfinitywifi) was taken for her network's sign-in page, and no name was kept. The name marked as hers (a tick, a
"connected", "ours", "the one I'm on") is the network's; a public hotspot only listed beside it is nobody's answer.
Pure functions on the message as typed (names keep their case).
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import ssids

__all__ = ["listed_public_only", "marked_network"]

_TICK = r"(?:tick|tic|check ?mark|checkmark|check|\u2713|\u2714|\u2705|\u2611)"
# A mark, then the customer's network's name ("a tick next to HOME-4F2A-2.4", "ours is BT-7XK2PQ").
_THEN_NAME = lazy("|".join((
    rf"\b{_TICK}(?: mark| sign| symbol)?(?: is| s)?(?: right)? (?:next to|beside|by|on|against|at|alongside|in front of)"
    r"(?: the one| one| the network| network)?(?: called| named| that says)?",
    rf"\bthe one (?:with|that has|that s|thats|showing|that shows|that says|which says|with the word)(?: a| the)?"
    rf" (?:{_TICK}|connected|lock and connected)(?: next to it| on it| beside it| by it| under it)?(?: is| s|:| =| -)",
    r"\b(?:ours|mine|my one|our one|my network|our network|my wifi|our wifi|my home wifi|our home wifi|the home one)"
    r"(?: is|'s| s|:| =| -| is called| is named| called| named)(?![a-z])(?: the (?:top|first|one at the top)(?: one)?,?)?"
    r"(?: called| named)?",
)), re.IGNORECASE)
# ... or being on it ("I'm connected to Vodafone-ABC123"): then only a name as names are typed ("on my laptop" is none).
_ON_NAME = lazy(r"\b(?:i m|i'm|im|i am|we re|we're|were|we are|(?:my |the )?phone(?: is|'s| s)?|currently|already)"
                r" (?:connected|on|using|joined)(?: to)?(?: the one called| the one named| the network| network| wifi)?",
                re.IGNORECASE)
_SHAPED = lazy(r"[A-Z0-9_\-\"'\u201c\u2018]")
# A name, then its mark ("NETGEAR47 has a tick", "BT-7XK2PQ (connected)", "Linksys00421 is ours").
_NAME_THEN = lazy("|".join((
    rf"\s*(?:[-,(:]\s*|\s(?:has|with|got|that has|which has|shows|says|is)\s+(?:a |the |got a |has a )?)"
    rf"(?:{_TICK}|connected)\b",
    r" (?:is|'s|s) (?:ours|mine|my one|our one|my network|our network|my wifi|our wifi|the one i'?m on|the one im on"
    r"|the one we use|the one i use|the one we're on|the one were on)\b",
)), re.IGNORECASE)
# Where a name ends: a comma, a full stop, a bracket, or the next part of the sentence.
_END = lazy(r"\s*(?:[,;!?\n(\[]|\.(?:\s|$)|\s[-\u2013\u2014]\s|\s(?:and|but|with|under|underneath|below|above|then"
            r"|the others?|others|also|plus|though|which|that|i think|lol|haha|next to|has|is|are|was|on my|in my)\s)",
            re.IGNORECASE)
_NOT_A_NAME = lazy(r"^(?:the|one|a|an|it|its|that|this|my|our|top|first|network|wifi|connected|called|named|mine|ours"
                   r"|which|with|has|and|is|on|to|next|list|phone|home|shows|there|others?)$", re.IGNORECASE)


def marked_network(raw: str) -> str | None:
    """The name the customer marks as theirs in a described list, as typed; None when no name is marked."""
    names = [_name(_END.split(raw[found.end():].lstrip(" :"), maxsplit=1)[0]) for found in _THEN_NAME.finditer(raw)]
    names += [_name(_END.split(raw[:found.start()])[-1]) for found in _NAME_THEN.finditer(raw)]
    names += [n for found in _ON_NAME.finditer(raw) if (n := _name(_END.split(raw[found.end():].lstrip(" :"), 1)[0]))
              and _SHAPED.search(n)]
    name = next((n for n in names if n), None)
    if name and re.search(re.escape(name) + r"[-_ ]?5 ?g", raw, re.IGNORECASE):
        return None  # "mine shows up as NETGEAR47 and NETGEAR47-5G": both its names (the name reader's pair)
    return name


def _name(chunk: str) -> str | None:
    """The network's name in `chunk`, when it is one."""
    chunk = chunk.strip(" .,;:!?")
    if not chunk or _NOT_A_NAME.match(chunk.split()[0].strip("\"'\u201c\u2018")) or len(chunk) > 40:
        return None
    names = ssids.network_names(chunk)
    return names[0] if names else None


# A provider's public hotspot (its network's name, one word: not "we have xfinity wifi at home", the provider's home
# service) named as the customer's own ("we use the xfinitywifi hotspot", "I'm on xfinitywifi"), or alone; not
# listed among others ("the others are xfinitywifi and the neighbours'").
_ON_PUBLIC = lazy(r"\b(?:on|using|use|used|connected to|connect to|joined|join|we have|have|its|it s|network is|wifi is"
                  r"|called|only|just|through|via|to) (?:the |a |an |our |my |their |that )?xfinitywifi\b|^xfinitywifi$")


def listed_public_only(plain: str) -> bool:
    """Whether "xfinitywifi" is only named in passing (listed beside other networks), not as the customer's own."""
    return "xfinitywifi" in plain and _ON_PUBLIC.search(plain) is None
