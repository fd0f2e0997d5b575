"""Readers for the hotspot test and the confirmation: ready, how to, can't, still nothing, is it breathing blue."""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import led, phones, polarity, units
from flows.troubleshoot.rules.answer import LATER_TIME, Reading, ack_only, choice
from flows.troubleshoot.rules.app_offline import OTHER_COLOUR, app_says_offline
from flows.troubleshoot.rules.own_fix import own_fix
from flows.troubleshoot.rules.text import Message, message

# --- the hotspot --------------------------------------------------------------------------------------------

_IPHONE = (r"iphone", r"ios", r"apple", r"ipad")
_ANDROID = (r"android", r"samsung", r"galaxy", r"pixel", r"motorola", r"moto", r"oneplus", r"xiaomi", r"huawei",
            r"lg", r"google phone", r"redmi", r"oppo")
HOW = (r"how", r"where (is|do|can|are)", r"wheres", r"which (menu|setting|settings|app|screen|option)", r"what (do i|setting|settings)", r"show me", r"instructions", r"steps",
        r"dont know how", r"walk me through", r"cant find (it|the|where)", r"help me (set|turn|do|find)",
        r"not sure how", r"which setting", r"no idea how", "explain how", "guide")
_CANT = (r"(cant|cannot|couldnt|unable to|not able to) (do|make|set|turn|use|create|have|share|tether)( (that|it|a|one"
         r"|this|the))?(?! find| figure| see| work out)", r"(plan|carrier|provider|contract|company|it|work) (doesnt"
         r"|wont|does not|dont) (allow|let|support|include|permit)", r"not (allowed|possible|supported|included)",
         r"no (data|data plan|plan|hotspot|smartphone|cell|mobile data|signal|reception|service|phone|cell ?phone)",
         r"dont have (a |any )?(smartphone|data|plan|hotspot|cell|mobile|second|other|phone)", r"flip phone",
         r"landline", r"(blocks?|blocked|disables?|disabled|locked)", r"doesnt (have|support) (a )?hotspot", r"prepaid",
         r"work phone", r"pay extra", r"costs? extra", r"no way to", "impossible", r"i cant$", r"^cant$",
         r"out of data", r"(basic|old|dumb) phone", r"dont have (one|that|it)", r"charges? (extra|for)",
         r"not paying", r"(pay|paying) (extra |more )?for", r"with buttons", r"old nokia", r"only phone is",
         r"pay as you go", r"no internet on (it|mine|my phone|the phone|my mobile)",
         # "my phone doesnt have that": the hotspot asked for, which the phone lacks (explore10's C04)
         r"\b(phone|it|mine) (doesnt|does not|dont|cant|can not|wont) (have|do|support|got) (that|this|one|hotspots?|that "
         r"(feature|option|setting)|the (feature|option|setting))$",
         # Someone else's smartphone, and they are out: no test now (explore10's C04 had only a tablet).
         r"\b(only )?(smart ?phone|iphone|android|mobile|cell ?phone) (in the house |here )?(is|belongs to) (my )?\w+s\b"
         r".{0,40}\b(away|out|at work|not here|not home|gone|travel\w*)\b",
         r"\b(husband|wife|son|daughter|partner|kids?|grandson|granddaughter)s? (has|have|got|took) (the|her|his|their) "
         r"(smart ?phone|iphone|android|phone|mobile)\b.{0,40}\b(away|out|at work|not here|not home|gone|travel\w*)\b",
         # refused:
         r"(wont|will not|not going to|not gonna|refuse to|no way (im|i am|i will|ill)) (do that|do it|do this|unplug|turn "
         r"off|switch off|power off)", r"(cant|cannot|couldnt|not able to|unable to) (unplug|turn off|switch off|power off"
         r"|power down) (the |my |our )?(router|wifi|internet|modem|network|hub)", r"unplug\w* (the |my |our )?(router|wifi"
         r"|internet|modem|network)\b.{0,100}\bno$")  # ("unplug the router for the whole lab? ... NO.": explore8 looped)
# "On" of a place is not the hotspot on: "its on the shelf next to the router" (round 21's tuning).
_READY = (r"ready", r"(its|hotspot|it|hotspots) (is )?(on|up|running|enabled|ready|active|going)(?! (the|a|my|our|top|it"
          r"|there|that|this|his|her)\b)", r"done",
          r"turned (it |the hotspot )?on", r"switched (it )?on", r"^(all )?set$", r"all set", r"(im|its|were|we are|i am)"
          r" (all )?set\b", r"set (it )?up (and|its|it is|now)\b(?! (\w+ )?again)", r"good to go", r"(is|im) next to",
          r"next to it", r"beside", r"enabled", r"on now", r"up and running", r"did it", r"go ahead", r"lets go",
          r"go$", r"^on$", r"ok$", r"okay$", r"^yes", r"^k$", r"redy", r"activated", r"turned (\w+ ){0,3}on",
          r"popped the phone", r"phone (is )?(on top of|next to|beside|by)",
          # The settings checked at the retry: "everything matches already, i checked twice" (round 12 was asked for
          # READY again).
          r"(everything|all|it all|all of it|settings?|name and password|they) (already )?(matches?|match|is right|are right"
          r"|is correct|are correct|checks out|looks? right)", r"(checked|double checked) (it |them |everything )?(twice|again"
          r"|already|all)", r"double checked( it| them| everything)?$")
_WAIT = (r"not yet", r"give me", r"gimme", r"hang on", r"hold on", r"one sec", r"a sec", r"a minute", r"in a bit",
         r"working on it", r"still (doing|trying|setting|working|looking)", "brb", r"will (do|try)", r"ill (do|try)",
         r"tonight", r"tomorrow", r"later", r"when i get", r"wait", r"moment", r"setting it up", r"not (on|ready)",
         r"(need|have) to (find|get|charge)", r"doing it( now)?$", "trying now", "not home", "at work",
         r"back (shortly|soon|in a)", r"finding my", r"\w+ first")


# A time to do it later ("tomorrow", "when I'm home"): read as not yet, with the value "later" (the question then
# stays open until then).
_LATER_TIME = LATER_TIME
_LATER = (r"right now", r"(at|for) the moment", "atm", r"just now", r"not now", r"(can|could) i do (it|this|that)",
          *_LATER_TIME)


def _not_yet(msg: Message) -> Reading:
    return Reading("not_yet", "later" if msg.has(*_LATER_TIME) else None)


# The hotspot on under a name (or password) told: "it's on but it's called Dave's phone", "ready, password
# rescue2024". Judged against the name asked for by the flow (`hotspot_as_asked`): a blind exploratory test's
# "it's on but named Johns iPhone" was taken as ready, and two failed waits later the unit was suspected.
_NAMED_RE = lazy(r"\b(?:named|called|name is|name's|names|name as|shows as|showing as|shows up as|appears as"
                 r"|set (?:it )?(?:up )?as|renamed(?: it)?(?: to)?|(?:on|up|running) as)\s+(?:it |the hotspot |my hotspot |it to )?"
                 r"[\"'\u201c]?"
                 r"(?P<name>[^,.!?;:\"\u201d\n]+)", re.IGNORECASE)
# "it's on but it says Janes iPhone": a name shown, told by its capital or possessive ("says connected" is no name).
_SAYS_NAME_RE = lazy(r"\b(?:it|phone|hotspot|name|wifi|network) (?:says|shows|displays|reads|is showing|shows up as)"
                     r"\s+[\"'\u201c]?(?P<name>(?:[A-Z]|\w+'s\b)[^,.!?;:\"\u201d\n]*)")
_NAME_END_RE = lazy(r"\s+(?:but|and|is|which|so|not|though|now|lol|on|ok|okay|right|if|cos|because|as|like|just|-)\b.*$",
                    re.IGNORECASE)
_NOT_A_NAME_RE = lazy(r"(?:you|u|asked|instructed|told|requested|described|shown|above|said|per|the instructions"
                      r"|in the|your|exactly|like|as|it said|requested|directed|suggested|mentioned"
                      # "renamed the phone and turned hotspot on, password same" (explore5): what was renamed, not to
                      r"|(?:the |my )?(?:phone|iphone|android|hotspot|mobile)|(?:the )?same|identical|matching"
                      r"|theres|there|none)\b",
                      re.IGNORECASE)
_PASSWORD_RE = lazy(r"\bpassword(?: is| as| to| of|:)?\s+[\"'\u201c]?(?P<pw>[^\s\"'\u201d,;!?]+)", re.IGNORECASE)
# Another name or password, without saying which: "I couldn't change the name", "I used my own password".
_NOT_AS_ASKED = (r"(cant|cannot|couldnt|could not|unable to|wont let me|doesnt let me|not able to|didnt|did not"
                 r"|havent) (\w+ ){0,2}(change|rename|edit|set|alter) (\w+ ){0,2}(name|it|password)",
                 r"(left|kept|keep|leave) (the |its |my )?(name|password)", r"(my|the|its) (own|usual|normal|regular"
                 r"|old|existing|default|current|original) (name|password)", r"(different|another|other|own) (name"
                 r"|password)", r"name (is )?still", r"still (called|named)", r"(didnt|did not|havent) (change|rename)",
                 r"cant rename", r"(wont|doesnt|dont) (let me )?(rename|change the name)")


# News of something else done meanwhile, with no word of the hotspot.
_OTHER_NEWS = (r"(moved|move|put|took|brought|placed|carried) (\w+ ){0,3}(closer|nearer|next to|beside|near|by) (\w+ ){0,2}"
               r"(router|modem|hub)", r"(restarted|rebooted|unplugged|reset) (the |my )?(router|modem|hub)")


def hotspot_named(msg: Message) -> Reading | None:
    """The hotspot's name and password as told (`named`: value the name, values the password), or `wrong_name`
    when it says it is not as asked; None when neither is told."""
    if msg.has(*_NOT_AS_ASKED) and not msg.has(r"how", r"where", r"(cant|cannot|couldnt) (find|figure|see)"):
        return Reading("wrong_name")
    if msg.has(*HOW) and msg.is_question:
        return None  # "it's called Sam's iPhone, how do I change it?": the steps answer it
    named = _NAMED_RE.search(msg.raw) or _SAYS_NAME_RE.search(msg.raw)
    password = _PASSWORD_RE.search(msg.raw)
    if named is None and password is None:
        return None
    name = _NAME_END_RE.sub("", named.group("name")).strip() if named else None
    if name is not None and name.lower().startswith("still "):
        return Reading("wrong_name")
    if name is not None and (not name or len(name.split()) > 4 or _NOT_A_NAME_RE.match(name)):
        name = None  # "set it up as you said", "named it exactly like you asked"
    told = password.group("pw") if password and not _NOT_A_NAME_RE.match(password.group("pw")) else None
    if name is None and told is None:
        return None
    return Reading("named", name, (told,) if told else ())


def _same(told: str, asked: str) -> bool:
    # Capitals aside (chat is typed casually), but not spaces or dashes: "Cyan Rescue" is another network name, and a
    # blind exploratory test's twice-failed wait with it ended "that points to the unit itself".
    return told.strip(" .!'\"").casefold() == asked.casefold()


def hotspot_as_asked(reading: Reading, name: str | None, password: str | None) -> bool:
    """Whether a `named` reading matches the hotspot asked for (capitals, spaces and dashes aside: customers type
    names casually in a chat)."""
    told_name = reading.value if isinstance(reading.value, str) else None
    told_pw = reading.values[0] if reading.values else None
    return (told_name is None or name is None or _same(told_name, name)) and \
        (told_pw is None or password is None or told_pw == password)


# Unplugging the router refused, which own_fix would read as a fix under way ("no way im unplugging my router").
_REFUSED = (r"no way (im|i am|ill|i will|i m|am i|i m gonna|im gonna)", r"(not|never|aint) (gonna|going to) unplug",
            r"(not|never) unplugging", r"(wont|won t|will not|refuse to|not about to) (be )?unplug\w*",
            r"(dont|do not|don t) (want|wanna) to unplug", r"(im|i m|i am) not (gonna |going to )?unplug\w*")
# Not doing the test at all, by choice: "skip", "can we skip the hotspot thing?", "I'd rather not".
_SKIP = (r"^skip( it| this| that| the (test|hotspot)( test| thing| part| bit)?)?( please| pls)?$",
         r"(can|could|may|shall) (we|i) (just )?(skip|not do|avoid|bypass|miss out)", r"skip (the |this )?hot ?spot",
         r"(id|i would) rather not", r"(dont|do not) want to (do|use|try|make) (the |a |this )?(hot ?spot|test|that)",
         r"without the hot ?spot", r"rather (just )?(change|fix) (the |my )?router",
         # Not this test, by choice (round 21 and a blind exploratory test: "no hotspot pls" was ready).
         r"^no (hot ?spots? )?(pls|please|thanks|thank you)\b", r"not (doing|gonna do|going to do) (that|this|it|the)",
         r"(dont|do not) (want|wanna) to (mess|change|unplug|touch|fiddle|do|switch|turn)", r"prefer not",
         r"skip (that|this|it)\b", *_REFUSED,
         r"(another|other|different|easier|simpler) way", r"(id|i would) (prefer|rather) (not|skip)",
         r"(cant|cannot|can not|couldnt) (unplug|turn off|switch off) (the |my |our )?(router|modem|internet|wifi)")
# What the customer is doing instead, or has just found: "im redoing the setup with the right password", "restarting
# the router first" (a blind exploratory test was told the unit was online on its hotspot when that worked).
_FIXING = (r"(redo|redoing|re-?do|re-?doing|resetting up|set(ting)? (it )?up again|do(ing)? the set ?up again"
           r"|re-?setup|reconfigur\w*)", r"typed (it|the password|the pass|that) wrong", r"(had|typed|used|put in) the wrong password",
           r"(restart|restarting|reboot|rebooting|resetting|power cycling) (the |my )?(router|modem|hub|wifi)",
           r"fixing (it|that|the)", r"(turned|switched|plugged|powered) (\w+ ){0,2}(router|modem)( \w+){0,3} (back )?on",
           r"(turned|switched|powered|plugged) (back )?on (the |my )?(router|modem)", r"found (the|a) (problem|issue|cause)", r"(let me|ill|i will|gonna|going to) (ask|check"
           r"|fix|change)", r"(changed|changing|fix|fixed|fixing) (the |my )?(router|setting|settings|password)",
           # A fix of the customer's own (the fourth exploratory test: each came online and was told "It worked on
           # your hotspot"): "switched the router to WPA2/WPA3 mixed mode", "turned 2.4 back on", "I'll tap Allow".
           r"(switched|switching|changed|changing|set|setting|put) (the |my )?(router|wifi|network|modem)( \w+){0,3} (to|on"
           r"|back|onto)", r"(turned|switched|put) (the |my )?(2 4|2\.4|24|wpa\w*|\w+ band|band)( \w+){0,2} (back )?on|turned on (the )?2\.?4",
           r"(tap|tapped|tapping|hit|click\w*|press\w*) (on )?(allow|approve|accept)", r"(allow|approve|allowed|approved)"
           r" (the device|the unit|the new device|the sensor|the hub)", r"fixed it (myself|ourselves)",  # and explore9's
           r"(changed|switched|set) (it |that )?(back )?to wpa\w*",  # "changed to WPA2/WPA3"
           # The fifth exploratory test: "carried it upstairs and plugged it in next to the eero instead", "switched the
           # ASUS authentication method from WPA3-Personal back to WPA2/WPA3-Personal. Router's rebooting."
           r"(switched|changed|changing|switching|set) (the |my )?(\w+ ){0,2}(authentication|security|encryption)( \w+){0,8}"
           r" (to|back)", r"(router|modem|eero|hub)s? (is )?(rebooting|restarting)",
           # "wait pw starts w capital M. i think i typed small m in app": the key typed wrong, found (explore5)
           r"typed (a |the )?(small|lower ?case|capital|upper ?case|caps)", r"(typed|entered|put) (it|the pw|pw|the "
           r"password|password) (in )?wrong",
           # "skipping the hotspot. I turned WPA3 off in the eero app", "changed the channel to 6" (explore6: each came
           # online and was told "It worked: your device is online on your hotspot!")
           r"(turned|switched|shut|disabled|turning|switching) (off )?(the |my )?(\w+ ){0,2}(wpa ?3|5 ?g(hz)?|band steering"
           r"|smart connect|40 ?mhz|mac filter\w*|firewall|pi ?hole|ad ?block\w*|iot protection|(advanced )?security)\b",
           r"(changed|changing|set|setting|moved|switched) (the |my )?(\w+ )?channel\b",
           r"(whitelisted|allowlisted|unblocked|allowed) (the |my )?(\w+ )?(device|unit|sensor|hub|particle|domain|it)")


# Moved closer to the router, told (not asked: "i moved it closer, do i still need the hotspot?" is a question).
_MOVED_CLOSER = lazy(r"\b(?:carried|moved|took|brought|relocated|plugged) (?:it|the (?:unit|device|sensor|hub|thing|opener"
                     r"|monitor|box|gadget))(?: \w+){0,4} (?:upstairs|downstairs|closer|nearer|(?:next to|nxt to|near|beside|by) "
                     r"(?:the |our |my )?(?:\w+ )?(?:router|modem|eero|node|extender|mesh|access point|ap|base))\b")


def _fixing(msg: Message) -> bool:
    return msg.has(*_FIXING) or (not msg.is_question and _MOVED_CLOSER.search(msg.plain) is not None
                                 and _JUST_NOW.search(msg.plain) is not None)


# Done just now, to see if it helps: "i just carried it upstairs", "moved the hub next to the router, lets see".
_JUST_NOW = lazy(r"\b(?:just|now|instead|lets see|let s see|see if|give it|we ll see|well see|trying|try)\b"
                 r"|^(?:k|ok|okay|done|so|right|alright|update)\b")  # "k moved it nxt to router" (explore6: read as ready)


_OTHER_TOPIC = lazy(r"\b(?:antenna\w*|aerial|\d+ ?mhz|channel|router|modem|scanner|light|led|blink\w*|cable"
                    r"|plug\w*|board|wire)\b")


def tells_fix(text: str) -> bool:
    """A fix of the customer's own, told at a router question ("I switched the router to WPA2/WPA3 mixed mode, lets
    see"): the unit coming online at the hotspot test before "ready" is then not the hotspot's doing."""
    msg = message(text)
    return _fixing(msg) and not msg.has(r"hot ?spot")


def hotspot_ready(msg: Message) -> Reading:
    pick = choice(msg, ("ready", "iphone", "android", "cant"))
    if pick:
        return Reading(pick)
    if phones.no_smartphone(msg):
        return Reading("no_smartphone")  # "I only have a flip phone": no phone step at all from now on
    if msg.has(*_REFUSED):
        return Reading("skip")  # "no way im unplugging my router": no fix of their own (explore12's n16)
    if (_fixing(msg) or own_fix(msg)) and not msg.has(r"hot ?spot (is )?(on|ready|running)", r"^(ready|done|its on)\b",
                                          r"\b(its|it s|hotspots?) (is )?(on|up|running)( now)?$",
                                          r"hot ?spot'?s? (name|password)", *_NOT_AS_ASKED):
        # before a refusal or a "give it a sec": "no hotspot pls, im redoing the setup with the right password"
        return Reading("fixing")
    if ack_only(msg) or _NOT_ON_YET.search(msg.plain):
        return Reading("not_yet")  # "ok"; "nope never turned it on" (round 11 read it as ready)
    if msg.has(*_SKIP):
        return Reading("skip")
    if (named := hotspot_named(msg)) is not None:
        return named
    if msg.has(*_OTHER_NEWS) and not msg.has(r"hotspot", r"phone", r"ready", r"(its|it is) on"):
        return Reading(None)  # "ok I moved it closer to the router": news, not the hotspot (a blind exploratory test)
    iphone, android = msg.has(*_IPHONE), msg.has(*_ANDROID)
    if msg.has(*_CANT) and not msg.has(r"cant find", r"cant figure", r"dont know how", "how"):
        if msg.has(*_LATER):
            # "I can't right now, can I do it tomorrow?": not now, not never (a blind exploratory test was handed
            # to support at once). The test waits for them.
            return _not_yet(msg)
        return Reading("cant")
    # A question about something else ("how do i change the 40mhz thing?", "the antenna came off, should i plug it
    # back in?") gets no hotspot steps (round 11 got both phones' steps for each).
    about_hotspot = iphone or android or _OTHER_TOPIC.search(msg.plain) is None or \
        re.search(r"\bhot ?spot|tether|rename|maxim", msg.plain) is not None
    asks_how = (msg.has(*HOW) and about_hotspot) or (msg.is_question and (iphone or android))
    if asks_how:
        return Reading("iphone" if iphone and not android else "android" if android and not iphone else "how")
    if msg.has(*_WAIT):
        return _not_yet(msg)
    if msg.is_question and not msg.has("ready", r"(its|hotspot) (is )?on") and about_hotspot:
        return Reading("how")  # "is 5 GHz ok?", "which band?": a question about the set-up
    if msg.has(r"(is|will|would) (that|this|it) (be )?(ok|okay|fine|alright|a problem|enough)"):
        return Reading("how")  # "yes but my phone only does 5g hotspot, is that ok": asked, not ready
    if msg.has(*_READY) or (polarity.verdict(msg) == "yes" and msg.tokens[0] in ("yes", "ok", "okay", "sure", "k",
                                                                                 "y", "yup", "alright", "done")):
        return Reading("ready")
    if iphone or android:
        return Reading("iphone" if iphone else "android")
    return Reading(None)


_STILL_NOTHING = (r"nothing\w*", r"not (showing|show) up", r"(hasnt|not|havent) (joined|connected|appeared)",
                  "zip", "nowt", r"not yet", r"still (not|no|nothing|offline|waiting|the same)", r"not (yet|connect|online|working)",
                  r"no (change|luck|joy|difference)", r"hasnt (connected|changed|come)", r"nada", r"same", r"offline",
                  r"(isnt|doesnt|didnt|wont|not) (work|connect|come)", r"^no$", r"^nope$", r"still no", "zilch",
                  r"0 (connected|clients|devices)", r"no (association|connection|clients)", "not associated")


def hotspot_wait(msg: Message) -> Reading:
    if msg.has(*_STILL_NOTHING) and not msg.has(r"lights?", r"leds?", "dark", "unlit", r"power\w*", r"green", r"blue", r"cyan", r"red", r"white",
                                                   r"magenta", r"purple", r"orange", r"yellow", r"blink\w*",
                                                   r"flash\w*", r"breath\w*", r"puls\w*", r"off"):
        return Reading("still_nothing")
    reading = led.parse_led(msg.raw)
    if reading is not None and (reading.code not in (None, "led:unknown") or reading.need or reading.solid):
        return Reading("led", led=reading)
    if msg.has("light", "led", r"colou?r", "glow") and msg.has(r"puls\w*", r"blink\w*", r"flash\w*", r"breath\w*",
                                                          "solid", "steady", r"glow\w*"):
        return Reading("led")  # about the light, though not which state
    if msg.has(*_STILL_NOTHING):
        return Reading("still_nothing")
    return Reading("other")


_LIGHT_BLUE = lazy(r"\b(?:cyan|blue|teal|aqua|turquoise|tiffany)\b")
_BUT_NOT_WORKING = lazy(r"\bbut\b.*\b(?:not (?:responding|working|connected|online|showing)|offline"
                        r"|unresponsive|(?:says|shows|showing) (?:its |it is |it as )?(?:offline|disconnected))\b")



def confirm_fixed(msg: Message) -> Reading:
    if units.wrong_unit(msg.raw):
        return Reading("wrong_unit")  # "that's not the one I'm looking at"
    if app_says_offline(msg.raw):
        seen = led.parse_led(msg.raw)
        if seen is None or seen.code in (None, "led:unknown", "led:breathing_cyan") or seen.colour in ("cyan", "blue"):
            return Reading("app_offline")  # the light is fine (or unseen), the app says otherwise
    pick = choice(msg, ("yes", "no"))
    if pick:
        return Reading(pick)
    if msg.clauses and polarity.verdict(message(msg.clauses[0])) == "unsure":
        return Reading("unsure")  # "not sure, its blue but I cant tell if its pulsing"
    if msg.has(r"(wouldnt|would not|not|isnt) (call it )?(pulsing|breathing)", r"flashing (quickly|fast)"):
        return Reading("no")
    if OTHER_COLOUR.search(msg.plain) and not _LIGHT_BLUE.search(OTHER_COLOUR.sub(" ", msg.plain)):
        # "slowly pulsing purple", "pulsing but dark blue": pulsing, but not the light blue asked about (a blind
        # exploratory test: both ended "you're all set").
        return Reading("no")
    if _BUT_NOT_WORKING.search(msg.plain):
        return Reading("no")  # "yes but my app says it's not responding"
    if msg.has(r"(calm|slow|gentle|soft)\w* (pale |light |sky )?(blue )?(breath\w*|glow\w*|puls\w*)",
               r"breath\w* (like|in sky|slowly)", r"(blue|sky) (colou?r )?glow", r"glow\w* (blue|sky)"):
        return Reading("yes")
    reading = led.parse_led(msg.raw)
    first = msg.tokens[0] if msg.tokens else ""
    if reading is not None and (reading.code == "led:breathing_cyan" or (
            reading.colour in ("cyan", "blue", None) and (reading.pattern == "breathing" or first == "yes")
            and reading.need in (None, "blue_shade", "cyan_blinks", "light_pattern"))):
        # "pulsing blue", "yes, light blue slow": the breathing light blue the question describes.
        return Reading("no" if msg.has(r"not (pulsing|breathing)") else "yes", led=reading)
    if reading is not None and (reading.code not in (None, "led:unknown", "led:breathing_cyan") or reading.solid
                                or reading.need):
        return Reading("no", led=reading)
    if msg.has(r"(its|it is|all|now|seems?|looks?) (working|good|fine|online|connected)", r"works", "it worked",
               r"(thank|thanks) (you|god)", "awesome", "perfect", "great", "yay", "finally", "fixed"):
        if not msg.has(r"(not|isnt|doesnt|still not) (working|online|connected|work)", "offline"):
            return Reading("yes")
    if msg.has(r"(not|isnt|doesnt|still not|nope) (working|online|connected|work)", r"app (says|shows) offline",
               "offline", r"same as before", r"nothing changed"):
        return Reading("no")
    return Reading(polarity.verdict(msg))


# The hotspot not on after all ("wait, I haven't turned it on yet"), and a setting just fixed ("I set the password wrong,
# fixed it now"), said while the bot watches.
_NOT_ON_YET = lazy(r"\b(?:not|havent|hasnt|didnt|never|did not|have not) (?:\w+ ){0,2}(?:turned|switched|put|got|set)"
                   r" (?:it |the hotspot |my hotspot |that )?(?:on|up)\b|\b(?:hotspot|it) (?:is |isnt |s )?not (?:on|"
                   r"turned on|switched on|ready) yet\b|\bisnt (?:on|ready) yet\b"
                   # "wait i didnt turn on any hotspot", "bro theres NO hotspot" (round 11: "still watching" twice)
                   r"|\b(?:didnt|did not|never|havent|have not) (?:\w+ ){0,2}(?:turn|switch|put|set) (?:on )?(?:a |any "
                   r"|the |my )?(?:hot ?spot|it)\b|\b(?:theres|there is|there s) no hot ?spot\b"
                   r"|\b(?:dont|do not) have (?:a|any) hot ?spot\b|\bhot ?spot (?:is |s )?(?:not|isnt) on\b"
                   r"|\bhot ?spot (?:is |s )?off\b")
_JUST_FIXED = lazy(r"\b(?:fixed|changed|renamed|corrected|sorted|redid|retyped|re-?entered|turned on)\b.{0,40}"
                   r"\b(?:now|just|again|properly)\b|\b(?:now|just) (?:fixed|changed|renamed|corrected|sorted)\b"
                   # "ok the hotspot is on now": it came on only now (a blind exploratory test's wait ran out
                   # 200 s after it did, a failed test).
                   r"|\b(?:hotspot|it|its|hot spot) (?:is |s )?(?:really |actually |finally )?(?:on|up|running)"
                   r" now\b|\bnow (?:its|it is|the hotspot is|hotspot is) (?:on|up|running)\b"
                   r"|\b(?:just|finally|only just) (?:turned|switched|got) (?:it|the hotspot|hotspot) (?:on|up|going)\b")


def not_on_yet(text: str) -> bool:
    """While the bot watches: the hotspot is not on after all ("wait, I haven't turned it on yet")."""
    return _NOT_ON_YET.search(message(text).plain) is not None


def just_fixed(text: str) -> bool:
    """While the bot watches: a hotspot setting was just put right ("I set the password wrong, fixed it now")."""
    return _JUST_FIXED.search(message(text).plain) is not None


# The hotspot's own name or the word itself ("the Cyan hotspot is on"): talk of the hotspot, not of a light-blue light.
_HOTSPOT_TALK = lazy(r"hot ?spot|cyan[ _-]?rescue|rescue", re.IGNORECASE)


def mentions_hotspot(text: str) -> bool:
    return _HOTSPOT_TALK.search(text) is not None


# The unit set up on the hotspot under any name, asked for or told ("can i just make a hotspot with any name and set
# the argon up on that?"), or the Wi-Fi told as one the phone can't copy ("i cant unplug the dorm router, its the
# university's"): the fifth blind exploratory test's student got the copy-your-home-Wi-Fi test again.
_SET_UP_ON = lazy(r"\bset (?:it|the \w+|him|her) up on (?:that|it|the hotspot|my hotspot|the phone|my phone|this)\b"
                  r"|\b(?:cant|cannot|can t|not allowed to|unable to) (?:unplug|copy|turn off|switch off)"
                  r" (?:the |my |our |their )?(?:\w+ )?(?:router|wifi|network|modem)\b")


_NOT_OURS = lazy(r"\b(?:dorm|dorms|university|uni|college|school|campus|hotel|office|building|landlord|landlords"
                 r"|apartment|complex|hospital|library|their|theirs|not mine|isnt mine)\b")


def set_up_on_asked(msg: Message) -> bool:
    """The hotspot test with the unit set up on the hotspot instead, asked for, or needed for a Wi-Fi that isn't the
    customer's to unplug or copy (at home, "I can't unplug the router" stays a refusal of this test)."""
    found = _SET_UP_ON.search(msg.plain)
    return found is not None and (found.group(0).startswith("set ") or _NOT_OURS.search(msg.plain) is not None)
