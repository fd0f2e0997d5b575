"""The Wi-Fi's name corrected after it was given: "wait no i meant the other one, the one called Linksys00412_EXT, thats
the extender", "sorry the wifi is actually Linksys00412_EXT". The tenth blind exploratory test's correction was taken
for another unit, and every answer so far was lost. Pure functions.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.network_told import called
from flows.troubleshoot.rules.ssids import name_token, volunteered_network
from flows.troubleshoot.rules.text import fold, message, squashed

__all__ = ["corrected_network"]

# Said as a correction, not a first telling.
_CUE = lazy(r"\b(actually|i meant|meant|correction|correct one|wait|sorry|oops|my bad|mistake|wrong|not|instead|"
            r"the other one|other network|rather|typo|misspelled|mis typed|mistyped)\b")
_WIFI_WORD = lazy(r"\b(wifi|wi fi|network|ssid|name|extender|connected to|it s on|its on|is on)\b")
# A scanner's readout (its own question reads those), not a name told.
_READOUT = lazy(r"-\s?\d{2,3}\s?dbm\b|\bch(?:annel)?\s?\d|\b\d+\s?mhz\b|\bwpa\d|\n", re.IGNORECASE)
_FILLER = lazy(r"\b(is|its|it's|it is|was)\s+(?:actually|really|just|definitely|in fact)\s+", re.IGNORECASE)


def corrected_network(text: str, current: str) -> str | None:
    """The Wi-Fi's name as the customer now corrects it (not `current`), or None."""
    if not current or _READOUT.search(text):
        return None
    plain = message(text).plain
    if not _CUE.search(plain):
        return None
    said = _FILLER.sub(r"\1 ", fold(text))
    stem = squashed(current)
    name = volunteered_network(said) or called(said)
    if name is None and len(stem) >= 4:
        # A name of the same family as the one given: "Linksys00412_EXT" for "Linksys00412".
        for token in re.findall(r"[^\s,;!?\"'()]+", said):
            token = token.strip(".:")
            if squashed(token) != stem and squashed(token).startswith(stem) and name_token(token):
                name = token
                break
    if name is None or squashed(name) == stem:
        return None
    if not (_WIFI_WORD.search(plain) or squashed(name).startswith(stem)):
        return None  # "i meant the garage one, it's called garage-door": a unit, not the Wi-Fi
    return name
