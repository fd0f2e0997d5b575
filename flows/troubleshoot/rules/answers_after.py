"""Reader for the light question asked again after a remedy ("Once you've done that, what is the light doing now?"):
the customer describes the light (read by `led.parse_led`), says nothing changed, or only says they did it.
"""

from __future__ import annotations

from flows.troubleshoot.rules import led
from flows.troubleshoot.rules.answer import LATER_TIME, Reading, ack_only
from flows.troubleshoot.rules.led_others import names_router
from flows.troubleshoot.rules.text import Message

# Nothing changed: the light is what it was before the remedy.
_SAME = (r"(still|stil|stll) (the )?same", r"same( old)?( thing| things| as (before|earlier|it was|b4)| again| pattern"
         r"| light| lights| problem| deal| story| issue| result| here)?", r"samey?", r"no change", r"no diff(erence)?",
         r"unchanged", r"(nothing|nothin|nout|nowt) (has )?(changed|changes|different|new|happened)",
         r"(didnt|did not|doesnt|does not|hasnt|has not|havent|not|wont|wasnt) "
         r"(change|changed|help|helped|work|worked|fix|fixed|do anything|did anything|make a difference|do a thing)",
         r"(hasnt|has not|havent|have not|didnt|did not|not) (yet )?(solved|fixed|sorted|resolved|helped|changed)",
         r"no (luck|joy|dice|go|improvement|better)", r"not (any )?(better|different)", r"no different",
         r"(back|went back|came back|goes back|going back|right back) to (the same|it|what|how|doing)",
         r"still (stuck|doing (it|that|this|the same)|happening|there|going|at it|like that|the case|no good|bad)",
         r"^still$", r"^same$", r"as before", r"like before", r"identical", r"exact same",
         r"same (old )?(same|story)", r"(it )?keeps? (doing|happening)", r"^nope same", r"didnt do (anything|nothing)")
# Only that the remedy was done (or an acknowledgement), with nothing about the light now.
_DONE = (r"done", r"did (it|that|so|this|as you said|what you said)", r"(un)?plugged( it)?( in| back)?",
         r"re ?plugged", r"power(ed)? ?(it )?(off|cycled|cycle|down|up|back)", r"restart(ed)?", r"reboot(ed)?",
         r"reset( it)?", r"turned (it )?(off|on|back)", r"switched (it )?(off|on|back)", r"ok(ay|ey)?", r"k+",
         r"kk", r"yes", r"yep", r"yup", r"yeah", r"ya", r"sure", r"alright", r"tried( it| that)?",
         r"(it s |its )?back (on|in|up)", r"waited", r"finished", r"(set|setup) (it )?(up )?again", r"complete(d)?",
         r"got it", r"will do", r"on it", r"cool", r"thanks?", r"ty", r"all (set|good)", r"went through",
         r"changed (the )?(cable|charger|plug|socket|outlet|usb)", r"(new|another|different) (cable|charger|plug"
         r"|socket|outlet|usb)", r"twice", r"again")


def led_after(msg: Message) -> Reading:
    """`led` (the light described: `led` holds it), `same`, `done`, or None (none of these: a question, or
    words the bot cannot use)."""
    reading = led.parse_led(msg.raw)
    same = msg.has(*_SAME)
    # "nothing changed" / "no difference" read as "no light" to the light's reader: with no colour or pattern
    # named, they say the light did not change.
    if reading is not None and reading.described and not (same and reading.colour is None and reading.pattern is None):
        return Reading("led", led=reading)
    if msg.is_question:
        return Reading(None)
    if same:
        return Reading("same")
    if msg.has(*_DONE):
        return Reading("done")
    return Reading(None)


# --- what the customer asks or says about the remedy itself --------------------------------------------------
# A blind exploratory test asked "how do I restart the router?", "where is the reset button?", "will that knock
# everyone off the internet?", "I can't, the router is in my landlord's flat" and "hang on, let me go look" after a
# remedy: each got "Sorry, I didn't get that", and the third such answer a handoff as not understood.

_WHERE_ROUTER = (r"where (is|s|are|would|do i find|can i find|will i find)( \w+){0,3} (router|modem|hub|wifi box"
                 r"|internet box)", r"wheres( \w+){0,2} (router|modem)", r"what (is|s) (a|the|my) (router|modem)",
                 r"(which|what) (box|thing|one|device) is (the|my) (router|modem)", r"which (router|modem)",
                 r"(dont|do not) know (where|what|which)( \w+){0,2} (router|modem) is",
                 r"(cant|cannot|can not|couldnt) (find|see|locate)( \w+){0,2} (router|modem)",
                 r"(what|which) does (the|a) (router|modem) look like", r"never seen (the|a|our) (router|modem)",
                 r"no (idea|clue) (where|what)( \w+){0,2} (router|modem)", r"^(the |a |what |which |our |my )?(router"
                 r"|modem|wifi box|internet box)$", r"(what|whats) (is )?a (router|modem)", r"wheres (the |my )?(wifi|internet)"
                 r" box", r"is (that|it|the router) (the )?(\w+ ){0,3}(box|thing|hub)\b", r"box (from|by) (the )?\w+$",
                 r"do you mean (the |my )?(modem|hub|box|router|wifi box)", r"(router|modem) (and|or) (a |the )?(router"
                 r"|modem)\b.{0,20}\bwhich")
# Several boxes, which to restart: "unplug which one, i have 3 eeros", "the modem or the router?", "do i unplug all the
# mesh things" (round 27; a blind exploratory test's was passed over).
_BOXES = r"(modem|router|hub|booster|extender|repeater|mesh|eero|pod|point|node|satellite|box|unit|orbi|deco|ont)(s|es)?"
_WHICH_BOX = (r"which (one|ones|1|box|boxes|of (them|the \w+)|thing|things|eero|pod|unit)\b(?! is (the|my) (router|modem))",
              rf"{_BOXES} (or|and) (the |my |a |just )?(\w+ )?({_BOXES}|one|thing)\b", rf"\b{_BOXES}\b.*\b(too|as well|also)\b",
              rf"^(what about|and|also|plus) (the |my |our )?(\w+ )?{_BOXES}\b", r"\bor just\b", r"\bevery one of\b",
              r"(unplug|restart|reboot|turn off|switch off|reset|do) (all|both|every|each)\b", r"^(all|both)( of (them|the \w+))?$",
              r"\b(all|both) of (them|the \w+)\b", r"\ball (2|3|4|5|two|three|four|five) ",
              rf"\b(2|3|4|5|two|three|four|five|several|multiple|a few|a couple of) (\w+ )?{_BOXES}\b",
              r"(theres|there is|there s|there are|we have|i have) (a|the|an) \w+( \w+)? and (a|an|the) \w+( \w+)?"
              r" (thing|box|booster|extender|repeater|mesh|router|modem)\b")
# Asked, with a box or a router named: "just the one by the tv?", "the ONT too?", "the main one or the satellites?".
_WHICH_BOX_ASKED = (r"\b(just|only|even) (the|my)\b", r"\b(too|as well|also)$", r"\bor\b", r"\b(all|both)\b",
                    r"\bwhich$")
# Asked without a question mark: "is it the sky box or the little white one", "unplug the main one or the satellites".
_ASKED_START = (r"^(is|do|does|should|shall|which|what|so|just|only|even|unplug|restart|reboot|theres|there s|there are)\b")
_WHERE_BUTTON = (r"where (is|s|are|would|do i find|can i find)( \w+){0,3} (button|buttons|reset|switch)",
                 r"wheres( \w+){0,2} (button|reset)", r"(which|what) (button|buttons|switch)",
                 r"(cant|cannot|can not|couldnt|dont) (find|see|locate)( \w+){0,3} (button|buttons|reset)",
                 r"(is there|there is no|theres no|no|there isnt) (a |an |any )?(reset )?(button|buttons)",
                 r"what does (the|a) (reset )?button look like", r"(button|reset) (is )?where",
                 r"\b(tiny|little|small|pin) ?(pin ?)?hole", r"^(the |a |what |which )?(reset )?button$",
                 r"button (on|at) the (back|side|bottom|top|front|underneath)", r"where (do|should|can) i (press|push|poke)",
                 r"(which|what) (do i|should i) (press|push)", r"(two|2|both|several|three|3) buttons", r"what reset")
_WORRY = (r"(does|will|would|wont|could|can|doesnt) (that|it|this) (reset|wipe|delete|erase|break|damage|forget|hurt"
          r"|mess|lose)", r"^is (that|it|this) (safe|ok|okay|risky|dangerous|bad)", r"(forget|lose|loses|forgets) (my |the |its |all )?"
          r"(wifi|settings|password|setup|data)",
          r"will (that|it|this|i|we|everyone|everything|my|the|doing|unplugging|restarting)\b( \w+){0,8} (lose|knock"
          r"|cut|disconnect|drop|wipe|delete|erase|break|damage|affect|kill|kick|reset|mess|go off|turn off"
          r"|go down|need|have to|stop)", r"(is it|is that|it is|its|would it be|will it be) (safe|ok|okay|alright"
          r"|fine|bad)( for \w+)? to", r"(lose|losing|wipe|wiping|erase|reset|resetting) (all )?(my |the |our |its )?"
          r"(settings|data|setup|set up|recordings|history|config|configuration|password|schedule)",
          r"(do|will) i (have|need) to (set|setup|configure|redo)", r"(wont|will not) (that|it|this) (break|damage"
          r"|hurt|wipe|reset)", r"(everyone|everybody|the kids|my family|work|my work|the tv|other devices?)\b( \w+)"
          r"{0,6} (lose|lost|drop|cut off|offline|off the internet|without internet)", r"any (risk|harm|danger)",
          r"(safe|ok|okay) (to do|to unplug|to restart|while)")
_HOW = (r"how (do|would|should|can|shall|exactly|does|will) (i|we|you|one|it|that|this)\b", r"how to\b",
        r"how long (do|should|must|shall)", r"what do you mean", r"walk me through", r"(show|tell) me how",
        r"step by step", r"(dont|do not|not sure|no idea|unsure) (know )?how", r"which (cable|plug|lead|wire|cord"
        r"|socket|end|bit|part|one do i)", r"unplug (what|which)", r"(what|which) (do i|should i|am i supposed to)"
        r" (unplug|press|plug|restart|reboot|do)", r"^how\b(?! much| many| come| often)", r"^(ok|okay|sure|yes) (but )?how", r"explain",
        r"instructions", r"(i )?(dont|do not) understand", r"what (app|setup|settings)", r"in (what|which) app",
        r"which app", r"what does (that|it|this) mean", r"meaning what", r"restart (it|the router|my router) how",
        r"(unplug|plug|restart|press|reset|reboot) (\w+ )?(from )?where", r"^(sorry |um |huh |err )?what$",
        r"(dont|do not) get (it|that|you|what)", r"what (do|should|must) i (need to |have to )?do", r"what does (\w+ ){1,2}mean",
        r"(in|on) the app where", r"where in the app", r"(easiest|best|quickest|simplest) way", r"(what|which) (kind|type"
        r"|sort) of (charger|cable|plug|usb|lead|adapter)", r"\bor the (one|other|plug|cable|wall)\b")
_CANT = (r"(cant|can not|cannot|unable to|not able to|no way to|wont be able to|couldnt|impossible to) (\w+ ){0,2}"
         r"(do|get|reach|access|unplug|restart|reboot|turn|switch|touch|plug|press|run|use|try|change|move|go)",
         r"(dont|do not|dont have|have no|got no) (have )?(access|another|a spare|a different|any other|an other"
         r"|the admin|admin|a second)", r"(landlord|building|office|it department|management|neighbou?rs?|flatmate"
         r"|roommate|housemate|my work|the company|isp|provider)s?\b( \w+){0,8} (router|control|controls|manage"
         r"|manages|own|owns|has it|have it|locked|lets|let me|wont let|doesnt let|dont let|in charge)",
         r"(router|modem|it) (is )?(in|at|locked|behind|owned|controlled|managed|upstairs in|in another)\b( \w+){0,3}"
         r" (landlord|neighbou?r|office|cupboard|flat|apartment|building|cabinet|basement|locked|room)",
         r"not (my|our) (router|modem|wifi)", r"(hard ?wired|wired in|built in|hardwired|screwed)",
         # "the router box is in my grandsons room and he locked it", "IT manages it", "not allowed to touch it",
         # "40 people are using it", "he's at school until 4" (explore13's n07: asked for the light again)
         r"(router|modem|box)( box| thing)? (is |s )?(in|at|upstairs in|downstairs in|inside)( \w+){0,4} (room|office"
         r"|cupboard|closet|cabinet|basement|loft|attic|garage|flat|apartment|building|server room|comms room)",
         r"(router|modem|box|room|door|cupboard|cabinet)\b( \w+){0,6} locked\b", r"\blocked (it|the|in|away)\b",
         r"(not|arent|am not|im not|i m not|never) (allowed|permitted|supposed) to\b",
         r"(no|dont have|do not have|without) (permission|the password|the login|admin rights|a key)\b",
         r"\b(wont|will not|not going to|not gonna|refuse to|rather not|dont want to|do not want to|not) (touch|touching"
         r"|unplug|unplugging|restart|restarting|reboot|rebooting|mess with|messing with|turn off|turning off)\b",
         r"\b(it|i t|the it|tech|it dept|it team|landlord|isp|provider|office|school|work|company|building|management"
         r"|my (dad|father|husband|wife|son|daughter|boss|grandson|granddaughter|roommate|flatmate))( \w+){0,3} (manages"
         r"|manage|controls|control|owns|own|runs|run|handles|handle|looks after|is in charge of|set it up|has the)\b",
         r"\b(people|everyone|everybody|family|kids|wife|husband|others|colleagues|staff|students|\d+ (people|users))"
         r"( \w+){0,2} (are |is |s )?(using|on it|on the|working|gaming|streaming|in a (meeting|call)|on a call|relying)",
         r"\b(not home|not here|not back|away|at school|at work|out|asleep)\b( \w+){0,4} (until|till|til|before) \w+",
         r"no (other|spare|another|second|different) (charger|cable|plug|usb|lead|adapter)",
         r"(only|just) (have |got )?(one|this|the one) (charger|cable|plug|lead)", r"not allowed",
         r"(no|dont have|without) (physical )?access", r"(away|not home|not at home|at work)\b.{0,30}(router|unit|it)$",
         r"^not possible", r"(its|it is|thats|we use|we are on|im on) (on )?the (office|work|school|buildings?|shared"
         r"|landlords?|hotel|uni|college|dorm|communal|neighbou?rs?) (network|wifi|router|internet)",
         r"(router|wifi|it|modem) belongs to", r"(only|just) (have|got) (the )?(cable|charger|plug|lead) (it|that) came",
         r"wired (in|into)", r"(id|i would) rather not", r"share (the |a |our )?(wifi|internet|router) with")
_WAIT = (r"(one|1|a|just a|give me a|gimme a|two|2|five|5|few|couple|a couple of) (sec|secs|second|seconds|min|mins"
         r"|minute|minutes|moment|mo|tick)\b", r"hang on", r"hold on", r"give me", r"gimme", r"bear with",
         r"^(ok |okay |sure |yes |right )?(i am |im )?(doing|trying|unplugging|restarting|rebooting) (it|that|this|the router"
         r"|now)\b", r"\btrying( now| it| that)?$", r"(be )?back in (\d+|a|ten|five|two|twenty|half)", r"(i will|ill|will|gonna"
         r"|going to|let me|lemme|i am going to|off to|heading to) (go )?(do|try|check|look|restart|unplug|reboot"
         r"|have a look|find|see|go|get|run|grab|give)", r"\b(later|tonight|tomorrow|in the morning|when i get"
         r" (home|back)|after work|this evening|in a bit|in a while|shortly)\b", r"brb", r"be right back",
         r"(working|on) it", r"just a sec", r"(will|ill|i will) (report|let you know|get back|come back)",
         # "wait" asks for time alone or with what to wait for; "wait, I never sent you a password ..." corrects
         # something (explore6 got "Take your time" and its question was dropped).
         r"^(ok |okay |pls |please )?wait( a (sec|second|minute|min|moment|bit|mo))?( please| pls)?$",
         r"\bwait (for|till|until|while|a (sec|second|minute|min|moment|bit|mo)\b|up|on it)", r"(pls|please|can you"
         r"|could you) wait")


def _asked(msg: Message) -> bool:
    return msg.is_question or msg.has(_ASKED_START)


def remedy_ask(msg: Message) -> str | None:
    """What a message after a remedy says about the remedy itself: `where_router`, `where_button` (where it is),
    `which_box` (which of several boxes to restart),
    `worry` (a side effect or safety), `how` (how to do it), `cant` (cannot do it), `wait` (doing it, or later);
    None for anything else."""
    if msg.has(*_WHERE_ROUTER):
        return "where_router"
    if msg.has(*_WHERE_BUTTON):
        return "where_button"
    if msg.has(*_WHICH_BOX) or (_asked(msg) and msg.has(*_WHICH_BOX_ASKED) and
                                 (names_router(msg.plain) or msg.has(r"\b(box|boxes)\b"))):
        return "which_box"
    if msg.has(*_WORRY):
        return "worry"
    if msg.has(*_CANT) and not msg.has(r"(cant|cannot|can not|couldnt) (see|tell|find)"):
        return "cant"
    if msg.has(*_HOW):
        return "how"
    if msg.has(*_WAIT) or ack_only(msg):
        return "wait"  # doing it, or later; "ok" agrees to do it, it does not say it was done
    return None


def after_remedy(msg: Message) -> Reading:
    """The reader of the light question asked again after a remedy: where the router or a button is (before the
    light: "I can't see a reset button" is no light), `led_after`'s `led` and `same`, then what else the message says
    about the remedy (`remedy_ask`), then `done`; None for none of these."""
    ask = remedy_ask(msg)
    if ask in ("where_router", "where_button") or (ask == "which_box" and _asked(msg)):
        return Reading(ask)  # "the white box or the black one?" tells no light
    after = led_after(msg)
    if after.label in ("led", "same"):
        return after
    if ask is not None:
        return Reading(ask, "later" if ask == "wait" and msg.has(*LATER_TIME) else None)
    return after
