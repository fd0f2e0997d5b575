"""Which unit a message is about, once the conversation has one: "sorry, wrong one, it's the garage door" (switch to
another unit), "that's not the one I'm looking at" (the unit is in doubt). Pure functions on the text."""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import slots, unit_place, unit_words
from flows.troubleshoot.rules.fillers import without_fillers
from flows.troubleshoot.rules.serial_typos import typo_of
from flows.troubleshoot.rules.text import Message, message, squashed

__all__ = ["same_unit", "unit_in_opener", "unit_switch", "units_in_opener", "wrong_unit"]

_UNIT_NOUN = r"(?:one|unit|device|serial|serial number|number|sensor|box|thing|gadget|module|label)"
# Nouns that can only mean a unit ("the wrong one" may be a password or a Wi-Fi name at the questions about those).
_ONLY_UNIT = r"(?:unit|device|serial|serial number|sensor|gadget|module)"
# The unit being talked about is not the one meant: "wrong one", "not that one", "I typed the wrong serial".
_WRONG_RE = lazy(
    rf"(?<![a-z0-9])(?:(?:wrong|incorrect) {_ONLY_UNIT}|^(?:sorry |oops |no |nope |oh )*(?:wrong|incorrect) one(?: sorry| lol)?$"
    rf"|(?:its|thats|that is|this is|it is|its a|thats a|this is a|mine is|i have|looking at|got) (?:a |an )?(?:different"
    rf"|another) {_UNIT_NOUN}|(?:its|it is|i meant|meant|its actually) the other"
    rf"|(?:not|isnt|aint|nt) (?:the|that|this|my) (?:right |correct |same |broken |faulty |bad )?{_ONLY_UNIT}"
    r"|^(?:no |nope |sorry )*not (?:that|this) one(?: sorry)?$"
    r"|(?:thats|that is|its|it is|thats not|this is) not (?:it|mine|the one|the right one|which|what i (?:have|own|got|m looking at))"
    r"|not the one (?:i m|im|i am) (?:looking at|holding|talking about|asking about|trying to fix)"
    rf"|(?:typed|gave|sent|put|entered|used) (?:you )?(?:in )?the wrong {_ONLY_UNIT}"
    r"|(?:isnt|is not|not) the (?:broken|problem|faulty|offline|bad|dead) one"
    r"|(?:looking at|checking|talking about|asking about) (?:a )?(?:different|another|the wrong|the other)"
    r"|(?:the one |the unit |the device |what )?(?:in front of me|i have here|im looking at|i am looking at|next to me"
    r"|on my desk|i have in my hand)(?: \w+){0,3} (?:isnt|is not|not|aint|is a different|is another)"
    r"|(?:isnt|is not|not) (?:the one |what )?(?:in front of me|im looking at|i am looking at|i have here)"
    r"|which (?:one|unit|device|serial) (?:are you|is that|is this|is it|did you|do you)"
    r"|(?:youve|you have|you ve|u have|you got|youre on|you are on|youre looking at) (?:got )?the wrong)"
    r"(?![a-z0-9])")
# A correction: "actually", "I meant", "sorry", "oops", "instead", "the right one is".
_CORRECTION_RE = lazy(
    r"(?<![a-z0-9])(?:actually|actualy|wait|hmm|no|nope|i meant|meant to say|i mean|sorry|oops|whoops|my bad|my mistake|instead"
    r"|hang on|hold on|no no|not that|scratch that|correction|wrong|(?:right|correct|actual|real) (?:one|serial|number"
    r"|unit|device)|not (?:the|my|our) \w+|(?:trouble|problem|issue|issues|problems) (?:is )?with|mixed (?:them |it )?up"
    r"|mix up|mixup|confused|got (?:them|it|that) (?:wrong|mixed)|(?:can|could) we (?:look at|check|do|switch to)|lets (?:look"
    r" at|check|do|switch to)|switch to)(?![a-z0-9])")
# "no", "wait", "hmm" correct something only where a clause starts ("no, the garage one"); anywhere else they are
# words of a sentence ("theres no password", "every now and then ... hmm": explore5 switched units on both).
_STARTS_ONLY = frozenset({"no", "nope", "no no", "wait", "hmm"})
_PASTED_SCAN = lazy(r"(?i)(?:[0-9a-f]{2}:){5}[0-9a-f]{2}|-\d{2,3}\s*dbm\b|\brssi\b|\bbssid\b")
_COLOURS_ONLY = lazy(r"(?i)^(?:(?:light|dark|bright|pale|yellow|orange|red|green|blue|cyan|purple|magenta|white|pink"
                     r"|amber|teal|turquoise|ish)[-_]?)+$")


def _corrects(msg: Message) -> bool:
    """A word of correction in the message; "no", "wait" and "hmm" only where a clause starts (as a whole word:
    "nothing works" starts with no "no")."""
    return any(m.group(0) not in _STARTS_ONLY or any(f"{c} ".startswith(f"{m.group(0)} ") for c in msg.clauses)
               for m in _CORRECTION_RE.finditer(msg.plain))
_SAYS_SORRY = lazy(r"(?<![a-z0-9])(?:sorry|oops|whoops|my bad|my mistake|i meant|meant to say|scratch that|correction"
                   r"|mixed (?:them |it )?up|mix up|confused)(?![a-z0-9])")
# "it's the garage door (one) that's broken", "the kitchen hub is the broken one", "I meant the shed one".
_NAME = r"(?P<name>[a-z0-9][a-z0-9_\-]*(?: [a-z0-9][a-z0-9_\-]*){0,2}?)"
_TAIL = r"(?:one|unit|device)"  # after a name: "the garage door one" (a "sensor" may be part of the name)
_NAMED_RE = [lazy(p) for p in (
    rf"(?:^|\s)(?:its|it is|it s|i meant to say|meant to say|wanted to say|i meant|i mean|meant|look at|looking at"
    r"|switch to|its actually|is actually|its for|talking about|asking about|messaging about"
    r"|is about|its about|is really about"
    r"|writing about|(?:trouble|problem|issue|issues|problems) (?:is )?with|having trouble with)"
    rf" (?:the |my |our )?{_NAME}(?: {_TAIL})?(?: (?:that|thats|which|thats the one|is the one|thats broken"
    r"|not|instead|with|i|im|is|isnt|has|having)| *$)",
    rf"(?:^|\s)(?:the |my |our )?{_NAME}(?: {_TAIL})? (?:is|s) (?:the (?:broken|problem|faulty|offline|bad|dead"
    r"|right|correct|actual|one)|(?:broken|offline|down|dead|not working|not connecting|playing up|acting up"
    r"|the problem))",
    rf"the (?:right|correct|actual|broken|problem|faulty|offline|bad|dead|real) {_UNIT_NOUN} is (?:the |my |our )?{_NAME}(?: {_TAIL})?(?: |$)",
    r"the one (?:in|on|at|by|near|outside|from|for) (?:the |my |our )?(?P<name>[a-z0-9\-]+(?: [a-z0-9\-]+)?)",
    rf"(?:^|\s)(?:the |my |our )?{_NAME}(?: {_TAIL})? instead",
)]
# Words that never name a unit: the light, the Wi-Fi, states, pronouns ("actually it's blinking green now").
_NOT_NAME_WORDS = frozenset(
    # Where the unit is or what state it is in ("maybe it's hidden", "no, it's under the shelf"): round 11 switched
    # to a unit called "hidden".
    "hidden covered under underneath behind inside beneath unplugged plugged asleep sleeping frozen stuck "
    "blinking flashing green blue cyan red orange white purple magenta yellow light led lights pulsing breathing off on "
    "fine ok okay working broken offline online dead wifi wi-fi network router password pw same right wrong correct "
    "it this that one same other another not now still also just really a an very problem issue mine yours thing "
    "unit device serial number first second last new old there here again done ready sorted yes no different back "
    "connected disconnected doing saying showing app account email admin guest iot 5g 2.4 ghz ssid modem tp link tplink "
    "netgear linksys asus eero google nest xfinity bt sky virgin orbi deco spectrum verizon att comcast vodafone "
    "telstra optus huawei zte like flickering flicker flickers fast slow slowly quickly quick steady solid dim bright "
    "dark colour color blinks flashes pulse pulses glowing glow lit sticker label box screen list phone name names "
    "speed pace rate normal regular even usual constant "
    "password passwords key code wait waiting minute minutes second seconds hour i me you we they he she us them "
    "good morning evening afternoon dear hello hi hey hallo support team sir madam gadget thermostat hallway "
    "two three both all some any every none question answer setup set up app".split())
# Hyphenated words that name a network, a router or a password, not a unit ("TP-Link", "guest-net").
_NETWORKISH = lazy(r"wi-?fi|wlan|ssid|net\b|network|guest|iot\b|router|modem|link|5g|2\.4|ghz|xfinity|sky|virgin|movistar"
                   r"|vodafone|livebox|freebox|bbox|telekom|fritz|netgear|linksys|tplink|d-?link|huawei|zte|att\d|spectrum|verizon|fios|bell\d|rogers"
                   r"|telus|optus|telstra|bigpond|ziggo|kpn|telia|jazztel|fastweb|eero|orbi|deco|tello|^bt[-_]|plusnet|talktalk"
                   r"|^ee[-_]|sagemcom|technicolor|arris|tenda|asus|archer|nighthawk|starlink", re.I)
_FINE_RE = lazy(r"(?<![a-z0-9])(?:works?|working|is|s|are|seems?) (?:fine|ok|okay|good|perfectly|great|normal)(?![a-z0-9])")


def wrong_unit(text: str) -> bool:
    """Whether the unit talked about is not the one meant ("wrong one", "not the one I'm looking at", "wrong serial")."""
    msg = message(text)
    return any(_WRONG_RE.search(c) for c in (msg.plain, *msg.clauses))


def unit_switch(text: str, strict: bool = False) -> tuple[str, str | None] | None:
    """("switch", what names the other unit) when the customer says the problem is another unit and names it;
    ("switch_unnamed", None) when they only say it is the wrong one; None otherwise (another unit mentioned as
    fine, "wrong password", a Wi-Fi a unit is put on: "should i set it up on BELL-492 instead", explore9).

    `strict`, at the questions about the Wi-Fi, its password and the hotspot: there "wait, it's two names actually"
    and "I used the wrong one" are about the question, and a Wi-Fi's name is often one word ("actually it's
    SkyNet"). So a unit is named as the app shows it ("garage-door"), beside a word that can only mean a unit
    ("wrong unit"), or as a unit is called: two words or "the <word> one" ("i meant the kitchen hub"); never
    unnamed."""
    msg = message(text)
    plain = msg.plain
    wrong = wrong_unit(text)
    only_unit = bool(re.search(rf"(?<![a-z0-9]){_ONLY_UNIT}(?![a-z0-9])", plain))
    if not wrong and not _corrects(msg):
        return None
    if _PASTED_SCAN.search(text):
        return None  # a scanner's table ("... instead", then its networks): no unit in it (explore5)
    ref = slots.device_ref(text)
    if ref is not None and ref[0] in ("serial", "id"):
        return ("switch", ref[1])
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+", text):  # "garage-door", as the app shows it
        if slots.name_in_opener(m[0]) and not _NETWORKISH.search(m[0]) and not _COLOURS_ONLY.match(m[0]) and \
                not _WIFI_NAMED.search(text[max(0, m.start() - 30):m.start()].lower()):
            return ("switch", m[0])
    for pattern in (*_NAMED_RE[:3], _NAMED_RE[4]) if strict else _NAMED_RE:
        for m in pattern.finditer(plain):
            name = _clean(m.group("name"))
            if name and not _FINE_RE.search(plain[m.end():m.end() + 30]) and \
                    (not strict or only_unit or _called_as_unit(name, plain[m.start("name"):m.end()])):
                return ("switch", name)
    # "wrong one lol, kitchen hub", "sorry, garage door, not porch": a clause only a name, beside a correction (not
    # a bare "no", which answers the question asked)
    for clause in message(text).clauses if wrong or _SAYS_SORRY.search(plain) else ():
        if len(clause.split()) <= 4 and not _CORRECTION_RE.search(clause) and not _WRONG_RE.search(clause) and \
                (name := _clean(clause)) and len(name.split()) >= 2 and not set(name.split()) & _CLAUSE_VERBS:
            return ("switch", name)
    if strict and not only_unit:
        return None
    return ("switch_unnamed", None) if wrong and not _FINE_RE.search(plain) else None


# A clause with these is a sentence, not a unit's name ("sorry took forever, kids. found the paper": explore5).
_CLAUSE_VERBS = frozenset("found find took take got get forever kids paper what supposed again was is were im i it "
                          "its you he she they we this that did do does have has had can will would back done "
                          "tried".split())
# Where a password or a Wi-Fi name is written or comes from, never a unit ("I meant the one on the fridge card").
_NOT_UNIT_AT_WIFI = frozenset("fridge card paper note notes account login school work office house home hotel neighbours "
                              "neighbors phone hotspot mobile laptop computer tv cable".split())


def _called_as_unit(name: str, said: str) -> bool:
    """At the Wi-Fi questions: `name` is said as a unit is called, two plain words ("kitchen hub") or one before
    "one" ("the garage one"), and is nothing a password or a Wi-Fi comes from."""
    words = name.split()
    if any(w in _NOT_UNIT_AT_WIFI or not w.isalpha() for w in words):
        return False
    return len(words) >= 2 or bool(re.search(rf"{re.escape(name)} {_TAIL}\b", said))


def _clean(name: str) -> str | None:
    words = name.split()
    while words and words[0] in ("the", "my", "our", "a", "one", "actually", "really", "just", "probably", "definitely"):
        words = words[1:]
    while words and words[-1] in ("one", "unit", "device", "please", "pls", "thanks", "actually", "instead", "now", "lol",
                                  "then", "too"):
        words = words[:-1]
    if not words or any(w in _NOT_NAME_WORDS for w in words) or _NETWORKISH.search(" ".join(words)):
        return None
    return " ".join(words)


def same_unit(ref: str, device: dict[str, object]) -> bool:
    """Whether `ref` (a serial, ID or name as typed) is the unit already known (`device`: the cloud's view of it)."""
    typed = squashed(ref)
    return bool(typed) and (typed in {squashed(str(device.get(k) or "")) for k in ("serial_number", "id", "name")}
                            or typo_of(ref, str(device.get("serial_number") or "")))


# --- several units in the first message -------------------------------------------------------------------------
_CODE = lazy(r"(?<![A-Za-z0-9])[A-Za-z0-9]{12,24}(?![A-Za-z0-9])")
_JOINED = lazy(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+(?![A-Za-z0-9])")
# Words that end a unit's name on either side of "and" ("both my porch sensor and garage door are offline").
_BEFORE_NAME = frozenset("both all my the our and hi hello hey also plus with from so but then is are of for".split())
_AFTER_NAME = frozenset("are r is s both have has keep kept went dropped stopped arent not wont cant off offline down "
                        "seem all dont disconnected lost showing show stuck blinking flashing and also were was "
                        "since today again just wont keeps wouldnt wont wifi both".split())
_DOWN = (r"(?:offline|off line|down|dead|not (?:working|connecting|online)|disconnected|dropped|wont connect|cant connect"
         r"|lost|stopped|broken|not responding|stuck|blinking|flashing)")
# "all my units are offline", "none of my devices connect", "3 of my sensors dropped off".
_UNNAMED_RE = lazy(
    r"(?<![a-z0-9])(?:(?:all|both|every one|each|none|several|multiple|some|most|two|three|four|2|3|4) (?:of )?(?:my |our "
    r"|the )?(?:units|devices|sensors|gadgets|boxes|ones|of them|things|modules)"
    r"|(?:all|every) (?:my |our |the )?(?:unit|device|sensor|one)s?"
    r"|(?:units|devices|sensors|gadgets) (?:are |r )?(?:all |both )?" + _DOWN + r")(?![a-z0-9])")
_FINE_AFTER = lazy(r"^(?:one |unit )?(?:is|s|are|seems?|works?|working) (?:fine|ok|okay|good|working|still working"
                   r"|online|normal)|^(?:one |unit )?(?:works|working|still works)"
                   r"|^(?:is |s )?(?:fine|ok|okay|online|connected)\b(?! ?\?)")


# The Wi-Fi's name, not a unit: "wifi name is Orbi_Home" (a blind exploratory test was told it had named two units),
# where a unit is put ("set it up on BELL-492", "point it at Batcave-IoT"), a router's model ("ASUS RT-AX86U").
_WIFI_NAMED = lazy(r"(?:wi-?fi|network|ssid|router|hotspot)(?: name)?(?: is| s| called| named|:)?(?: right| correct)?\s*['\"(]?$"
                  r"|\b(?:set (?:it |him |her |them )?up on|connect(?:ed|ing)? (?:it |them )?to|join(?:ed|ing)?|put (?:it |them )?on"
                  r"|point(?:ed|ing)? (?:it |them )?(?:at|to)|(?:switch|mov)(?:e|ed|ing)? (?:it|them) (?:over )?to|go(?:ing)? with)"
                  r" (?:the |my |our )?$|\b(?:asus|netgear|linksys|tp-?link|arris|eero|orbi|deco|ubiquiti|unifi|huawei|zte|sagemcom"
                  r"|technicolor|fritz!?box|motorola|belkin|d-?link|router|modem|model|firmware)\W*$")
_VERB_JOINED = lazy(r"(?i)(?:copy|double|triple|re|hard|soft|factory|power|pre|cross|hand|spell|auto)-[a-z]+ed")


def units_in_opener(text: str) -> tuple[list[str], bool]:
    """Every unit a first message names as not working (serials, IDs, names as the app shows them, names in plain
    words joined by "and"), in order; and whether it says several or all units are down without naming them."""
    refs: list[str] = []
    text = without_fillers(text)  # "long story short", "up-to-date": no unit, and none found below (explore11's n14)
    plain = message(text).plain

    def add(ref: str, end: int) -> None:
        after = text[end:end + 30].lower().lstrip(" ,.")
        if not _FINE_AFTER.search(after) and all(squashed(ref) != squashed(r) for r in refs):
            refs.append(ref)

    for m in _CODE.finditer(text):
        if slots.labelled_ref(m.group(0)):
            add(m.group(0).upper(), m.end())
    for m in _JOINED.finditer(text):
        if slots.name_in_opener(m.group(0)) and not _NETWORKISH.search(m.group(0)) and \
                not _VERB_JOINED.fullmatch(m.group(0)) and \
                not _WIFI_NAMED.search(text[max(0, m.start() - 30):m.start()].lower()):
            add(m.group(0), m.end())
    # "kitchen hub + living room", "porch sensor, garage door and kitchen hub are down": names on both sides of "and".
    # Commas only in a list that has its "and" ("Good morning, my gadget is offline" is no list).
    outside = re.sub(r"\([^()]*\)", " ", text)  # "my garage door opener (argon, serial ARN...)": one unit (explore6)
    listed = re.search(r"(?<![a-z])and(?![a-z])|[+&]", outside.lower()) is not None
    comma = r",(?!\s*(?:but|which|so|just|and|the other|it|its|i|is)\b)" if listed else r"(?!x)x"
    joined = message(re.sub(rf"\s*(?:[+&/]|{comma})\s*", " and ", outside)).plain.split()
    for i, word in enumerate(joined):
        if word != "and" or i == 0:
            continue
        left: list[str] = []
        for w in reversed(joined[max(0, i - 3):i]):
            if w in _BEFORE_NAME:
                break
            left.insert(0, w)
        right: list[str] = []
        j = i + 1
        while j < len(joined) and joined[j] in ("my", "the", "our", "also"):
            j += 1
        while j < len(joined) and len(right) < 3 and joined[j] not in _AFTER_NAME:
            right.append(joined[j])
            j += 1
        rest = " ".join(joined[j:j + 5])
        if not left or not right or not re.search(r"(?:^|\s)(?:are|r|both|have|keep|went|dropped|stopped|arent|not|wont|cant"
                                                 r"|off|offline|down|seem|all|dont|disconnected|lost|stuck|blinking"
                                                 r"|flashing|keeps|were)\b", rest):
            continue
        if _FINE_AFTER.search(rest):
            continue
        for name in (_clean(" ".join(left)), _clean(" ".join(right))):
            if name and _listed_name(name) and \
                    not any(squashed(name) in squashed(r) or squashed(r) in squashed(name) for r in refs):
                refs.append(name)
    unnamed = len(refs) < 2 and _UNNAMED_RE.search(plain) is not None
    return refs, unnamed


def _listed_name(name: str) -> bool:
    """Words on one side of "and" in a list of units that may be a unit's name."""
    words = name.split()
    # A unit's name in plain words has two words at least ("porch sensor", "kitchen hub"), or a digit: one word is a
    # thing or a place ("gadget", "hallway"), not a unit's name (a blind exploratory test). A word cut by letters the
    # plain text drops ("Gerät") is none. "blinking green, normal speed, and I've already re-entered the password,
    # definitely the wifi one": a light and a sentence, not units (a blind exploratory test was told "You mentioned
    # ... normal speed and definitely the").
    return (len(words) >= 2 or re.search(r"\d", name) is not None) and all(len(w) >= 2 for w in words) and \
        not set(words) & _NOT_IN_NAME and words[-1] not in _LEAD_WORDS and name not in ("units", "devices", "sensors")


# --- one unit named in the first message, in the customer's own words --------------------------------------------
# Where a unit's name ends: "my porch sensor IS offline", "garage door OFFLINE", "pool pump 2 WONT connect".
_STATUS_WORDS = frozenset("is isnt s are arent was wasnt wont will keeps keep kept has hasnt have havent went stopped "
                          "dropped dropping drops not cant cannot doesnt didnt offline down disconnected disconnects "
                          "disconnecting showing shows says seems stuck blinking flashing flashes blinks lost needs "
                          "refuses failed fails died dead playing acting just still never wouldnt light lights led "
                          "status appears isn wasn changed replaced reset moved".split())
# Where it begins: after "my", "the", a greeting or a connecting word ("hi, my kitchen hub ...").
_LEAD_WORDS = frozenset("my the our your his her their a an with for about hi hello hey hiya morning evening afternoon "
                        "good dear team support so and but also now ok okay please help that this guys there all i we "
                        "think believe since today yesterday again why what urgent re regarding sir madam thanks thank "
                        "you problem issue trouble of in on at mums moms dads called named".split())
# Ends a name given after "with" ("help with my kitchen hub please").
_END_WORDS = frozenset("please thanks thank asap again today now urgently pls plz thx".split()) | _STATUS_WORDS
_AFTER_MY = frozenset("to back but on in at since for from after because and or so".split())
# Words that name no unit of their own: a phrase of only these is not looked up.
_NO_UNIT = frozenset("unit units device devices thing things gadget gadgets it everything something nothing wifi wi fi "
                     "internet router modem app phone connection network product system light lights one ones stuff "
                     "box all them both its it s im this that there here mine we they he she you u password key "
                     "person human someone somebody agent".split())


# Words no unit's name has: the light, what was done, how sure.
_NOT_IN_NAME = frozenset("speed normal fast slow slowly steady blinking flashing blinks flashes green blue cyan white "
                         "purple orange red yellow definitely already ive im password passwords wifi app tried "
                         "entered retyped".split())


_CALLED_RE = lazy(r"\b(?:called|named|name is|calls it|call it|listed as|shows up as|shows as|saved as)\b")


def unit_in_opener(text: str) -> str | None:
    """The words a first message may name one unit by, to look up among the account's units ("hi my porch sensor is
    offline" -> "porch sensor"; the cloud decides whether it names one: bot/cloud/names.py). The first of several
    units named; a name as the app shows it; else the words before what is wrong with it ("the garage door unit
    wont connect"), or after "with" ("help with my kitchen hub"). None when the words could only be a thing ("my
    unit is offline", "the wifi is down")."""
    text = without_fillers(text)
    refs, _ = units_in_opener(text)
    if len(refs) >= 2:
        return refs[0]
    ref = slots.device_ref(text)
    if ref is not None and ref[0] == "name" and len(text.split()) == 1:
        return ref[1]
    if (joined := slots.name_in_opener(text)) is not None:
        return joined
    # "garage opener says offline" (the fourth exploratory test), or where it is: "the one in the shed" (explore11's n21)
    if (what := unit_words.device_phrase(text) or unit_place.place_phrase(text)) is not None:
        return what
    clauses = message(text).clauses
    for clause in clauses:
        words = clause.split()
        phrase = _before_status(words) or _after_with(words) or _after_my(words)
        if phrase and not set(phrase.split()) <= _LIGHT_WORDS:
            # "my kitchen wifi is slow", "the porch light keeps flickering": a thing beside a unit, not the unit
            return None if unit_words.beside_a_thing(phrase, clause) else phrase
    if len(clauses) > 1 and (alone := _clause_alone(clauses)):
        return alone  # "porch sensor. green light", "porch sensor, blinking" (round 11 was asked for the serial)
    words = " ".join(clauses).split()
    if 0 < len(words) <= 4 and not any(w in _STATUS_WORDS for w in words):  # "porch sensor", "hi, garage door"
        start = max((k + 1 for k, w in enumerate(words) if w in _LEAD_WORDS), default=0)
        if (phrase := _usable(words[start:])) is not None:
            return phrase
    named = ref is not None and ref[0] == "name" and _CALLED_RE.search(text.lower()) is not None
    return ref[1] if ref is not None and named else None


_LIGHT_WORDS = frozenset("green cyan blue red orange yellow white purple magenta light led blinking flashing".split())
_SENTENCE_WORDS = frozenset("i im i m is am are was its it s this that he she we they you me".split())


def _clause_alone(clauses: tuple[str, ...]) -> str | None:
    """A clause of its own that is only a name of two or three words, beside clauses about the light or the trouble."""
    for clause in clauses:
        words = clause.split()
        if 2 <= len(words) <= 3 and not any(w in _STATUS_WORDS or w in _LEAD_WORDS or w in _SENTENCE_WORDS
                                            for w in words) and (phrase := _usable(words)) is not None:
            return phrase
    return None


def _usable(words: list[str]) -> str | None:
    words = words[-4:]
    return " ".join(words) if words and not all(w in _NO_UNIT for w in words) else None


def _before_status(words: list[str]) -> str | None:
    """The words between the last leading word and a word about the unit's state ("why is my garage door unit
    offline": the first such word that has a name before it)."""
    for end in (k for k, w in enumerate(words) if k and w in _STATUS_WORDS):
        start = max((k + 1 for k, w in enumerate(words[:end]) if w in _LEAD_WORDS or w in _STATUS_WORDS), default=0)
        if (phrase := _usable(words[start:end])) is not None:
            return phrase
    return None


def _after_my(words: list[str]) -> str | None:
    """"can you check my porch sensor", "I cannot get the porch sensor to connect": the words after "my" or "the"."""
    for k, w in enumerate(words):
        if w in ("my", "the", "our"):
            rest = words[k + 1:]
            end = next((i for i, x in enumerate(rest) if x in _END_WORDS or x in _AFTER_MY), len(rest))
            if (phrase := _usable(rest[:end])) is not None:
                return phrase
    return None


def _after_with(words: list[str]) -> str | None:
    """"problem with my kitchen hub", "help with the pool pump please"."""
    for k, w in enumerate(words):
        if w in ("with", "regarding", "about"):
            rest = [x for x in words[k + 1:] if x not in ("my", "the", "our", "a", "an")]
            end = next((i for i, x in enumerate(rest) if x in _END_WORDS or x in _AFTER_MY), len(rest))
            if (phrase := _usable(rest[:end])) is not None:
                return phrase
    return None
