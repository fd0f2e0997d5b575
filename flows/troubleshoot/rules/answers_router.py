"""Readers for the router questions: one name or two, registration, sign-in page, many devices, internet.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.troubleshoot.rules import polarity, slots
from flows.troubleshoot.rules.answer import (
    Reading,
    choice,
    combine,
    cue_pos,
    yes_no_unsure,
)
from flows.troubleshoot.rules.text import Message, message

# --- router questions -----------------------------------------------------------------------------------------

def same_name(msg: Message) -> Reading:
    pick = choice(msg, ("one", "two", "unsure"))
    if pick:
        return Reading(pick)
    verdicts: list[tuple[str, str | None]] = []
    for clause in msg.clauses:
        toks = clause.split()
        if re.search(r"band steering|merge\w*|single ssid|one ssid", clause):
            verdicts.append((clause, "one"))  # one name for both bands
            continue
        two = cue_pos(clause, (r"two", "2", r"both(?! bands)", "separate", r"different (names?|ones?)", "5g", "5 g", "5ghz",
                                r"5 ghz", r"another",
                                r"(another|second|other) (one|name|network)", "twoo", "pair", "dual"))
        one = cue_pos(clause, (r"one", "1", "single", r"just (the )?one", r"only one", r"same name", r"(listed )?once",
                                r"only (see|have|shows?)", "just", "only"))
        if two is not None and (one is None or two <= one or msg.has("one ends", "one (has|with|of)", "one of",
                                                                     "(a|the) (normal|regular|main|usual) one and",
                                                                     r"one (says|is|ends|has|with|of|called|named)",
                                                                     r"one \w+ and (another|a second|the other)")):
            neg = polarity.negated_at(toks, two, 3)
            verdicts.append((clause, "one" if neg else "two"))
        elif one is not None:
            verdicts.append((clause, "two" if polarity.negated_at(toks, one, 2) and "not just" in clause else "one"))
        elif polarity.verdict(message(clause)) == "unsure":
            verdicts.append((clause, "unsure"))
        else:
            verdicts.append((clause, None))
    v = combine(verdicts)
    if msg.clauses and polarity.verdict(message(msg.clauses[0])) == "unsure":
        return Reading("unsure")  # "not sure, my phone only shows some of them": the doubt comes first
    if polarity.verdict(msg) == "unsure" and len({x for _c, x in verdicts if x not in (None, "unsure")}) != 1:
        return Reading("unsure")  # "maybe one, maybe two, i dont know"
    if v:
        return Reading(v)
    return Reading(None)  # a bare yes or no does not say which: asked again with numbered choices


_YES_NO_CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # question: (cues meaning yes, cues meaning no)
    "mac_filter": (
        (r"(have|had|need) to (register|approve|add|be approved|give|send|fill|ring|ask|email)",
         r"on (a|the|their) list", r"only lets? (on|in)", r"put (it |them )?on (a|the) list", "form",
         r"front desk", r"get it (put )?on the system", r"regist\w*", r"approv\w*",
         r"at (school|work|the office|university|uni|college|campus)", r"(give|tell) (it|the it|admin)",
         r"mac (address )?(filter|list|whitelist|allow)", "whitelist", "allow ?list", r"it (department|dept)",
         r"(office|school|campus|dorm|university|work) (network|wifi)", "ask (it|the landlord)", "portal"),
        (r"(home|house|my own|our own|private) (network|wifi|router)", r"anyone can (join|connect)", "just a password",
         r"only (a |the )?password", r"(just|only) need the password", "normal home", "just home", "my house",
         r"at home", "nothing like that", r"anyone (with|who has|that has) (the )?password",
         r"(my|our) (own )?(home|house|place|apartment|flat)", r"(just )?give (people|them|guests|everyone) the password",
         r"(just|only) (need|needs) (the )?password"),
    ),
    "guest": (
        (r"hotel", "guest", "dorm", "airbnb", r"sign ?in (page|screen)", r"sign in\w*", r"on a (web ?)?page",
         r"student", "residence", "coworking", r"accept (the )?terms", "webpage", r"uni account", r"pops? up",
         r"asking for (your |an? )?(email|name|room)", r"holiday (let|rental|home)", r"log ?in (page|screen)", "accept terms",
         r"terms and conditions", "splash", r"(shared|public|apartment|building|campus|office|cafe|coffee) "
         r"(network|wifi)", "landlord", "xfinitywifi", "community", "portal", r"web page", r"have to (log|sign)"),
        (r"(home|house|my own|our own|private|personal) (network|wifi|router)", r"(my|our) (own )?(home|house|place)",
         r"(my|our) \w+s? (house|home|place|apartment|flat)", "private", "just ours", "ours",
         r"just (a |the )?password", r"only (a |the )?password", "normal", r"at home", "its mine", "its ours",
         "nothing like that", "regular home", "no sign ?in", r"just (my|our|us)", "just the family", "family"),
    ),
    "many_devices": (
        (r"(lots|loads|tons|a lot|plenty|hundreds|dozens|heaps) of", r"(30|40|50|60|70|80|90|100|\d{3}) ?(\+|plus)?",
         r"over (30|thirty|40)", r"more than (30|thirty|40)", "smart home", r"every (light|bulb|plug)",
         r"too many", "a lot", "tons", "loads", "many", "dozens", "cafe", "restaurant", "shop", "store",
         r"every (customer|guest|one|body|student)", "customers", "business", "office"),
        (r"(few|couple|handful|half a dozen)", r"just (my|our|the|a|us|me|2|3|4|5|6|7|8|9|10|phones?)",
         r"only (a|my|our|2|3|4|5|6|7|8|9|10|phones?)", r"(under|less than|fewer than|around|about|maybe) (\d|ten"
         r"|five|20|twenty|15)", r"^(\d|1\d|2\d)$", "not (that|many|a lot)", "not many", "hardly any"),
    ),
    "internet": (
        (r"(works|working|fine|ok|okay|good|online|connected|browsing|streaming|netflix|youtube|zoom)",
         r"(chatting|talking|texting|messaging|writing) (to |with )?you (on|from|over|using)",
         r"(can|could) (browse|stream|watch|use|get online|load|google)", r"on it now", r"using it (now|right now)",
         r"texting you (on|over|from) (it|the wifi)", "everything else", "no problems", "all good", "fine"),
        (r"(down|out|offline|not working|no internet|outage|dead|slow|spotty|dropping|drops|cutting out|broken)",
         r"(cant|couldnt) (browse|stream|get online|load|connect)", r"nothing (works|loads|connects)",
         r"(internet|wifi) (is|has been|went) (down|out)", "no signal", "isp", "dodgy", r"no pages? (open|load)",
         r"nothing (gets|is getting) (out|through|online)", r"nothing (is )?connect\w*"),
    ),
}


def many_devices(msg: Message, yes_cues: tuple[str, ...], no_cues: tuple[str, ...]) -> Reading:
    """A count says it best ("about 40", "under 30", "two phones and a tv"); then doubt; then cues."""
    v = polarity.verdict(msg)
    if msg.tokens and msg.tokens[0] in ("yes", "no") and v in ("yes", "no"):
        return Reading(v)
    kept = re.sub(r"\b(family of|with|house with|household of) (\w+)( of us)?\b|\b(\w+) (people|kids|persons|of us)\b", " ",
                  msg.plain)
    n = slots.count(kept.split())
    bound = re.search(r"\b(more than|over|above|at least|under|less than|fewer than|below)\b", msg.plain)
    if n is not None and bound:
        n += 1 if bound.group(1) in ("more than", "over", "above", "at least") else -1
    numbers = [t for t in msg.tokens if t.isdigit() or t in ("one", "two", "three", "four", "five", "six")]
    if n is not None and n >= 5:
        if 25 <= n <= 35 and v == "unsure":
            return Reading("unsure")  # "could be around 30?": right at the line the question draws
        return Reading("yes" if n > 30 else "no")
    if v is None and len(numbers) >= 2:
        return Reading("no")  # "two people, two phones, one laptop"
    if v == "unsure":
        return Reading("unsure")
    cue = polarity.cue_verdict(msg, yes_cues, no_cues)
    return Reading(cue or v)


def yes_no_question(q: str) -> Callable[[Message], Reading]:
    yes_cues, no_cues = _YES_NO_CUES[q]

    def reader(msg: Message) -> Reading:
        pick = choice(msg, ("yes", "no", "unsure"))
        if pick:
            return Reading(pick)
        if q == "many_devices":
            return many_devices(msg, yes_cues, no_cues)
        if q == "internet" and msg.has("no internet", r"(internet|wifi) (is |has been )?(down|out)",
                                       r"(cant|couldnt) get online", r"nothing (loads|works)", r"no pages? (open|load)",
                                       r"nothing (gets|is getting) (out|through|online)", "dodgy",
                                       r"nothing (is )?connect\w* to the internet"):
            return Reading("no")
        if q == "internet" and msg.has(r"(other|all|my|our) (devices?|phones?|laptops?|tv|computers?)"):
            cue = polarity.cue_verdict(msg, yes_cues, no_cues)
            v = polarity.verdict(msg)
            if v == "unsure":
                return Reading("unsure")
            return Reading(v if v in ("yes", "no") and not cue else cue or v)
        return Reading(yes_no_unsure(msg, yes_cues, no_cues))

    return reader
