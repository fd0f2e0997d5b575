"""The unit set up on the 5 GHz Wi-Fi, told later: "wait 2.4?? when i set it up i think i picked NETGEAR47-5G in the
app. is that the problem", "oh i used the one ending in 5G", "does it matter that i chose the 5ghz one during setup?".
On a unit that only uses 2.4 GHz that is the cause (docs/particle-facts.md 2): set it up again on the name without
5G (the twelfth blind exploratory test's n11 had the 5G name kept as the Wi-Fi's and the hotspot test asked again).
Not the phone's own Wi-Fi ("i use the 5g one on my phone"). Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

__all__ = ["set_up_on_5g"]

_CHOSE = (r"(?:picked|pick|chose|choose|chosen|selected|select|tapped|clicked|used|went with|went for|set (?:it |him |her |them )?up (?:on|with|to)"
          r"|setup (?:on|with)|connected (?:it |him |her )?(?:to|on|with)|(?:it ?'?s|it is|it was|its been|(?:the )?(?:unit|sensor"
          r"|device|thing) (?:is|was)|it got|it went) (?:on|onto|connected to|joined to|using|set to|paired (?:to|with))|put (?:it|him|her) on|joined (?:it|him|her) to"
          r"|registered (?:it|him|her) on|(?:used|use) (?:the |a )?\S+ (?:when|during|for (?:it|the setup|setup|set up))"
          r"|(?:when|during) (?:i |we )?(?:set (?:it )?up|setup|setting (?:it )?up|installing)(?:,| it)? (?:i |we )?"
          r"(?:used|picked|chose|selected|went with|put))")
_FIVE = (r"(?P<name>[\w\-'.]*?[-_ ]?5 ?g(?:hz)?\b[\w\-.]*|(?:the )?(?:5 ?g|5 ?ghz|five ?g|5 gig)(?: one| network| wifi| band"
         r"| option| name)?|(?:the )?one (?:ending|that ends|with|that has|that says|named) (?:in |with )?(?:5 ?g|5 ?ghz|5)\b)")
_TOLD = lazy(rf"\b{_CHOSE}\b[^.!?]{{0,60}}?{_FIVE}", re.IGNORECASE)
_NOT_IT = lazy(r"(?i)\b(?:without|not|non|no|never|didnt|didn't|instead of|rather than|other than|avoid\w*)\b|-less\b"
              r"|\b(?:should|do|must|have to|need to|shall|which|whether to|to) (?:i |we )?(?:pick|choose|select|use|go with)\b"
              r"|\b(?:pick|choose|select)(?:ing)? between\b")  # "do i have to pick between Home and Home-5G" asks
# The 5 GHz name first: "HomeNet-5G, I used that one when I set it up", "the 5g one is what i picked".
_TOLD_AFTER = lazy(rf"{_FIVE}[^.!?]{{0,50}}?\b(?:(?:is|was) (?:the one|what|which) (?:i|we|my \w+) (?:used|picked|chose|selected"
                   rf"|went with)|(?:i|we) (?:used|picked|chose|selected|went with|connected (?:it|to)|set (?:it|him|her) up)"
                   rf"(?= (?:that|it|this|them|that one|this one|when|during|in the app|for)\b|\s*$|\s*[,.!?])"
                   rf"|(?:when|during) (?:i|we) (?:set (?:it )?up|setup|did the setup))\b", re.IGNORECASE)
# The customer's phone or laptop on the 5 GHz Wi-Fi, not the unit.
_OTHER_THING = lazy(r"\b(?:my|the|our) (?:phone|laptop|tablet|tv|computer|ipad|pc|mac)\b", re.IGNORECASE)


def set_up_on_5g(text: str) -> tuple[bool, str | None]:
    """Whether the unit is told to be set up on the 5 GHz Wi-Fi, and the 5 GHz network's name when written."""
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        m = _TOLD.search(sentence) or _TOLD_AFTER.search(sentence)
        if m is None or (_OTHER_THING.search(sentence) and not re.search(r"(?i)\b(?:set|setup|app)\b", sentence)) or \
                _NOT_IT.search(sentence[max(0, m.start() - 12):m.end()]):
            continue  # "I picked the one without 5G", "i didnt pick the 5g one"
        name = m.group("name")
        name = (name or "").strip(" '\".,")
        real = " " not in name and re.search(r"[A-Za-z]{2,}", re.sub(r"(?i)5 ?g(?:hz)?", "", name)) is not None
        return True, name if real else None
    return False, None
