"""A Wi-Fi told to be on 5 GHz only, at any question ("our new router only broadcasts a 5 GHz network", "I turned off
2.4 because of interference"), and a phone's band told instead ("my phone only does 5G"), which is not the Wi-Fi's.
Patterns only; told.py acts on them (docs/particle-facts.md 2: a Photon or Argon uses 2.4 GHz only).
"""

from __future__ import annotations

from flows.lazy_re import lazy

__all__ = ["FIVE_ONLY", "PHONE_BAND"]

FIVE_ONLY = lazy(r"\b(?:only|just) (?:on |broadcasting |broadcasts |shows? (?:up )?(?:on )?|has |have |uses |running (?:on )?"
                 r"|does |gives (?:out )?|puts out |got )?(?:the |a |an |one )?5 ?(?:ghz|g)\b(?! (?:and|or|&) 2)"
                 r"|\b5 ?(?:ghz|g)(?: \w+)? only\b|\bnothing on (?:the )?2[.,]?4\b"
                 r"|\bno 2[.,]?4 ?(?:ghz|g)?\b(?: band| network| wifi)?"
                 # "I turned off 2.4 because of interference" (explore13's n04 was told to set it up again on the 5 GHz)
                 r"|\b(?:turned|switched|shut|disabled|removed|killed) (?:off )?(?:the |my |our )?2[.,]?4\b"
                 r"|\b2[.,]?4 ?(?:ghz|g)?(?: band| network| wifi| radio)? (?:is |was |s )?(?:off|disabled|turned off"
                 r"|switched off|gone)\b")
PHONE_BAND = lazy(r"\b(?:my |the )?(?:phone|iphone|android|hot ?spot|mobile|cell)(?: \w+){0,2} (?:only|just)\b")
