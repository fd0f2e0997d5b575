"""The unit's own app (or a dashboard, the website) showing it offline, or its readings not arriving: read at the
"is it pulsing light blue?" confirmation and in a first message ("the app says my living room unit is offline")."""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["OTHER_COLOUR", "app_says_offline"]

# Colours that are not the light blue the confirmation asks about; "blue" alone is taken for light blue.
OTHER_COLOUR = lazy(r"\b(?:purple|magenta|pink|violet|lilac|(?:dark|navy|deep|royal|darker) ?blue|navy|green"
                    r"|white|red|orange|yellow|amber)\b")
# What the unit measures or sends, and words that say it does not come.
_WHAT = (r"(?:temperatures?|temps?|readings?|data|values?|numbers?|measurements?|updates?|notifications?|alerts?|graphs?"
         r"|stats|info|humidity|levels?|figures|history|logs?)")
_NOT = (r"(?:dont|don t|doesnt|doesn t|arent|aren t|isnt|isn t|is not|are not|not|never|wont|won t|havent|haven t|hasnt"
        r"|hasn t|has not|have not|didnt|didn t|no longer|still not|stopped)")
# The unit's own app (or a dashboard, the website) shows it offline: "yes but the app still says disconnected".
_APP_OFFLINE = lazy(
    r"\b(?:app|apps|application|dashboard|website|site|portal|phone|screen|account|console|thermostat app)\b.{0,40}?"
    r"\b(?:offline|off line|disconnected|not connected|no connection|not online|unavailable|not responding"
    r"|unresponsive|not working|cant connect|cannot connect|cant find|not found|no signal|not reachable|unreachable"
    r"|grey|greyed|gray|red|o+f+ ?l+i*n+e*|of+ ?line"
    # "my phone app doesnt show it online", "app isnt showing it connected" (explore10's C16 typed "sez ofline")
    r"|(?:doesnt|does not|dont|isnt|is not|not|wont|still not|never) (?:show|showing|say|saying|list|listing|update"
    r"|updating|see|seeing)\w* (?:it |that it is |its |it as |as )?(?:online|connected|on)\b)\b"
    r"|\b(?:offline|off line|ofline|disconnected|not connected|no connection|not online|unavailable|not responding)\b"
    r".{0,25}?\b(?:in|on)"
    r" (?:the|my|our) (?:app|dashboard|website|phone|account)\b"
    # Online, but what it measures does not arrive: "yes but no readings", "breathing cyan but the data stopped".
    r"|\b(?:no|not (?:getting|sending|showing|updating|receiving)|stopped (?:sending|updating|reporting|showing)"
    r"|without|missing|zero) (?:any |new |the |its )?(?:data|readings?|updates?|values?|numbers?|measurements?)\b"
    r"|\b(?:data|readings?|values?|numbers?|measurements?) (?:stopped|not updating|arent updating|missing|frozen"
    r"|not coming|stuck|havent updated|hasnt updated)"
    # What it measures, named, not arriving: "the temperatures still don't show up in the app", "the app hasn't shown a
    # new reading since yesterday", "graph is flat", "not sending anything" (explore13's n06: closed as fixed).
    rf"|\b{_WHAT}(?: \w+){{0,3}}? (?:still |just |also )?{_NOT} (?:\w+ )?(?:show|showing|shown|come|coming|arrive|arriving"
    r"|update|updating|updated|appear|appearing|load|loading|change|changing|moving|refresh|refreshing|sync|syncing"
    r"|through|in|up)\b"
    rf"|\b{_NOT} (?:\w+ )?(?:shown|showing|sent|sending|got|getting|received|receiving|updated|updating|posted|posting"
    rf"|logged|logging|recorded|recording|reported|reporting|uploaded|uploading|displayed|displaying)(?: me)? (?:a |any |the "
    rf"|its |new |fresh |latest |a new |any new )*{_WHAT}"
    r"|\b(?:not|isnt|is not|stopped|never) (?:sending|reporting|logging|posting|uploading|updating) (?:anything|any\w*"
    r"|nothing)\b|\b(?:graph|chart|line|history)\w* (?:is |are |looks |just |still )*(?:flat|flatlined|frozen|stuck|empty"
    r"|blank|not moving)\b|\blast (?:reading|update|data|temperature|value)s? (?:is |was |from |at )"
    # "nothing coming through on the app", "still shows yesterday's temp", "last updated 14 hours ago", "no temps"
    r"|\b(?:nothing|no \w+) (?:is |s )?(?:coming|showing|getting|going) (?:through|in|up|across|over)\b"
    rf"|\b(?:shows|showing|says|saying|stuck (?:on|at)|frozen (?:on|at)|reads|reading) (?:\w+ )?(?:yesterday s|yesterdays"
    rf"|last night s|last nights|old|the old|the same|the last|an old|old old)(?: \w+)? {_WHAT}"
    r"|\blast (?:updated|update|seen|sync\w*|synced|reading|report\w*|heard)\b(?: \w+)? (?:\d+|an|a|a few|several"
    r"|yesterday|hours|days|last)\b"
    rf"|\b(?:no|not any|without|zero) (?:new |fresh |more )?(?:temps?|temperatures?|info|figures|humidity|stats)\b"
    rf"|\b(?:not|isnt|arent|is not|are not|nothing) (?:getting|receiving|seeing) (?:anything|any \w+|{_WHAT})\b")


def app_says_offline(text: str) -> bool:
    """The app (or a dashboard) shows the unit offline, or no readings arrive: "the app says my living room unit is
    offline", "no readings in the app for 2 days"."""
    plain = message(text).plain
    # A red dot or icon in the app is the app's mark, not the unit's light ("app has a red dot next to it still").
    plain = _APP_MARK.sub(" offline ", plain)
    return _APP_OFFLINE.search(plain) is not None and not OTHER_COLOUR.search(plain)


_APP_MARK = lazy(r"\b(?:red|grey|gray) (?:dot|icon|mark|circle|x|cross|exclamation(?: mark| point)?|symbol|badge|banner|"
                 r"triangle)s?\b")
