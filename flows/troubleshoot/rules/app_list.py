"""The app's Wi-Fi list without the customer's network, told at the set-up-again step ("the app dont show my wifi in
the list", "only the neighbours' networks show up"): the unit can't see that Wi-Fi, so setting it up again can't work
until that changes (explore11's n06 was asked to set it up again three times, then asked its Wi-Fi's name twice more).
Not the app failing to find the unit itself, nor the phone's own Wi-Fi list. Read on the plain text (rules/text.py).
Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.answer import Reading
from flows.troubleshoot.rules.answers_wifi import resetup
from flows.troubleshoot.rules.text import Message

__all__ = ["not_listed", "resetup_answer"]

_NET = r"(?:wifi|wi fi|wlan|network|networks|router|internet|ssid|connection|home wifi|home network)"
_NOT_LISTED = lazy(
    # "the app doesnt show my wifi", "it cant find our network", "never showed my wifi to pick from"
    r"\b(?:doesnt|does not|dont|do not|didnt|did not|isnt|is not|not|cant|cannot|can t|couldnt|could not|wont|will not"
    r"|never|no|nt)\s+(?:show|shows|showed|shown|showing|see|sees|saw|find|finds|found|list|lists|listed|listing"
    r"|display\w*|appear\w*|pick\w* up|detect\w*|come up|coming up|pop\w* up|give|offer\w*)(?: up)?(?: me)?"
    rf" (?:my|our|the|me my|me our|home|any of my|mine)(?: own| home| \w+s)? {_NET}\b"
    # "my wifi isnt in the list", "our network is not there", "my network doesnt show up"
    rf"|\b(?:my|our|home|the home|my home|my own)(?: \w+)? {_NET}(?: name)? (?:is|s|was)?\s?(?:isnt|is not|wasnt|was not"
    r"|not|doesnt|does not|dont|do not|didnt|did not|never|aint|nowhere|missing)\b"
    r"(?: \w+)?(?: (?:in|on|there|show\w*|appear\w*|listed|come up|coming up|pop\w* up|to be found|found|missing))?"
    # "the list is empty", "no networks found", "nothing in the list"
    r"|\blist (?:is|was|s|stays|keeps) (?:completely |totally |just )?(?:empty|blank)\b|\bempty list\b"
    rf"|\bno (?:{_NET}|wifis) (?:found|showing|show up|shows up|listed|in the list|available|at all)\b"
    r"|\bnothing (?:in|on) (?:the|that) list\b|\b(?:list|app) (?:is )?(?:just )?(?:keeps? )?(?:scanning|searching) "
    r"(?:forever|and scanning|and searching|for ever)\b"
    # "only the neighbours wifi shows", "only the 5g one shows up"
    r"|\bonly (?:shows|show|showing|lists|listing|see|sees|has|gives|finds|the) (?:the |my |our )?(?:neighbou?rs?\w*"
    r"|other|others|5g|5 ghz|5ghz|next door)"
    r"|\b(?:neighbou?rs?\w*|other peoples?|next door\w*) (?:\w+ )?(?:wifi|networks?|ones?)\b(?: \w+){0,3} (?:but|not) "
    r"(?:mine|ours|my|our)\b|\bnone (?:of them )?(?:is|are) (?:mine|ours)\b"
    r"|\b(?:missing|not there|isnt there|not listed|isnt listed|not showing|not in the list|not on the list)\b"
    # a name in place of "my wifi": "cant see HomeNet in the list", "Vodafone-A1B2 doesnt show up in the app"
    r"|\b(?:cant|cannot|can t|dont|do not|doesnt|does not|didnt|did not|not|never|wont)\s+(?:see|find|show|list|appear"
    r"|get)\w*(?: up)? (?!(?:the |my |our |your )?(?:device|sensor|unit|gadget|lamp|thing|hub|plug|it|him|her|them|product"
    r"|controller|up|in|on)\b)\S+(?: \S+)? (?:in|on) (?:the|that|this|your|ur) (?:list|app|options|choices)\b"
    # "... isnt in the list" (the app's list: not "the device isn't in the app")
    r"|\b(?:isnt|is not|wasnt|was not|aint|not|doesnt|does not|dont|do not|never|didnt|did not)(?: \w+)? (?:in|on|show"
    r"\w*(?: up)? (?:in|on)|appear\w*(?: in| on)?|come\w* up (?:in|on)) (?:the|that|this|your|ur) (?:list|options"
    r"|choices)\b")


def not_listed(msg: Message) -> bool:
    """The customer says the app's list of Wi-Fi networks doesn't show theirs (read at the set-up-again step, where
    the list is the app's)."""
    return _NOT_LISTED.search(msg.plain) is not None


def resetup_answer(msg: Message) -> Reading:
    """The set-up-again step's answer: the app's list without the customer's network first ("done, but the app never
    showed my wifi" is no done), else answers_wifi.resetup's."""
    return Reading("trouble", "not_listed") if not_listed(msg) else resetup(msg)
