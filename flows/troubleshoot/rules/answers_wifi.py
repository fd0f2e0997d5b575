"""Readers for which unit it is and the Wi-Fi questions: password, setting up again, network name, scanner readout."""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules import key_unknown, network_told, not_names, phones, polarity, slots, ssids
from flows.troubleshoot.rules.answer import (
    LATER_TIME,
    Reading,
    ack_only,
    choice,
    cue_clause,
    negated_cue,
    without_ack,
)
from flows.troubleshoot.rules.dictated import spelling_told, spoken, undictate
from flows.troubleshoot.rules.doing_now import doing_now
from flows.troubleshoot.rules.hedged import hedged_yes
from flows.troubleshoot.rules.keyshape import LEAD_CORE
from flows.troubleshoot.rules.stepped_away import only_a_pause
from flows.troubleshoot.rules.text import Message, message
from flows.troubleshoot.rules.wifi_list import marked_network

# --- which unit ---------------------------------------------------------------------------------------------

_UNKNOWN_DEVICE = (
    r"(cant|couldnt|dont|didnt|unable to) (find|see|read|locate|get to|reach)", r"no (sticker|label|serial|number|id)",
    r"(worn|rubbed|peeled|fell) off", r"dont (know|have)", r"no idea", "where is", r"nothing (written|printed)",
    r"(threw|thrown) (it|the box) (away|out)", r"not sure", "unreadable", "faded", "cant read", "no clue",
    # asking where it is ("where do I find the serial number?"): the answer says where
    r"where (do|can|would|should|will) (i|we|you) (find|see|look|get)", r"where (would|will) (it|that) be", r"how (do|can) (i|we) find",
    r"^(still |i )?(cant|cannot|couldnt|can not)$", r"no luck", r"^(no|nope|nah)$",
)


# Words that make a short reply something other than a unit's name: chat, greetings, pronouns and verbs, the light.
_NOT_NAME_WORDS = frozenset("""
hi hello hey hiya morning afternoon evening good thanks thank thx ok okay lol yes no yeah yep nope sure fine please
i me you it its is are was be am do does did have has had can could will would let go look see wait hang on one sec
what which where why how who when not dont cant idea know sorry help person human agent support stop start
light led blinking flashing blink flash breathing pulsing solid green blue cyan red orange yellow white purple
magenta off broken working offline online dead again still just already also so and or but if
""".split())


def _plain_name(msg: Message) -> str | None:
    """A unit's name typed as plain words ("porch sensor", "Garage Door", "my kitchen hub"): at most three words of
    letters (and digits) with nothing else in them, after a leading "the", "my" or "our"."""
    words = msg.raw.strip(" \t.!,;:").split()
    while words and words[0].lower() in ("the", "my", "our"):
        words = words[1:]
    if not 1 <= len(words) <= 3 or msg.is_question:
        return None
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9'_\-]*", w) for w in words):
        return None
    if any(w.lower().strip("'") in _NOT_NAME_WORDS for w in words):
        return None
    return " ".join(words)


def device_id(msg: Message) -> Reading:
    ref = slots.device_ref(msg.raw)
    if (ref is None or ref[0] == "name") and (joined := slots.name_in_opener(msg.raw)):
        # "its the porch-sensor one", "start with porch-sensor": the one name as the app shows it, not the words
        # around it (a blind exploratory test was told "I couldn't find a unit by that name").
        ref = ("name", joined)
    if ref is not None:
        kind, value = ref
        if kind != "name" or not msg.has(*_UNKNOWN_DEVICE) or msg.has("called", "named", "calls it"):
            return Reading({"id": "device_id"}.get(kind, kind), value)
    if msg.has(*_UNKNOWN_DEVICE) or polarity.verdict(msg) == "unsure":
        return Reading("unknown")
    name = _plain_name(msg)
    if name is not None:
        # Customers name the unit as the app shows it, with spaces for its dashes ("porch sensor"): looked up by name
        # (a blind exploratory test was told "I couldn't find a serial number in that").
        return Reading("name", name)
    if msg.tokens:
        return Reading("other")
    return Reading(None)


# --- the Wi-Fi password -------------------------------------------------------------------------------------

# Describing the router's Wi-Fi key means yes; naming any other password (or doubting the capitals) means no.
KEY_CUES = (r"sticker", r"label", r"(back|bottom|side|underneath|under) of the (\w+ )?(router|modem|box|hub)",
             r"card (that came|in the box|with the)", r"came with the (router|modem|hub|box)",
             r"(my|our|the) (xbox|tv|laptop|tablet|console|ps5|playstation|kindle|printer|computer|ipad|phone)"
             r" (uses?|is on|connects)", r"(gave|give) (it to )?(my|our|the|guests|visitors|people)",
             r"guests? use", r"so (he|she|they) could get online",
             r"(on|from|under) the (router|modem|box|card)", r"printed", r"(wifi|wireless|network|wpa2?) (key|password"
             r"|pass|code)", r"the box it came", "router card", r"same (one|password|as) (as )?(my|our|the) (phone"
             r"|laptop|tablet|computer|devices?|other)", r"(my|our) (phone|laptop|other devices?) (uses?|use it"
             r"|connect)", r"what (everything|all|the other) \w* ?(else )?uses?", r"everything else (uses|is on)",
             r"the (router|modem)s? (one|password|key)", r"from the router", r"on the router", "network key")
OTHER_PASSWORD_CUES = (
    "account", r"\bapp\b", r"app password", "login", r"log ?in", r"sign ?in", "website", "web site", "email",
    "e-mail", "particle", "admin", r"(old|previous|former) (\w+ )?(flat|house|place|apartment|home)\w*", r"(old|previous|former) (ssid|router|network|modem|provider)",
    r"before the (isp|provider|router)", r"(old|previous|former) wifi\w*", r"router (settings|page|admin|login)", r"settings page", r"(old|previous|former"
    r"|last|other) (wifi|network|router|house|place|one)", r"(old|previous) wifi", "capital", "caps", "capitals",
    "case sensitive", "uppercase", "upper case", "lower case", "lowercase", "typo", "mistyped", "misspelled",
    r"messed up", "apple id", "icloud", "google", "gmail", "facebook", "amazon", "bank", "phone passcode",
    r"phone (pin|code)", "pin", "my password for", "same as my email", "computer password", "windows password",
    r"(might|may) have (typed|got|put|used|made|mixed)", "wrong one", "by mistake", "instead", "not the wifi",
    r"mix(ed)? up", r"log ?in(to)?", r"sign ?in(to)?", r"(0|zero) and (an )?o\b",
)


# The Wi-Fi changed since the set-up ("I changed the wifi password last week"): the unit keeps the old key, so it is
# set up again (a blind exploratory test's change was read as "yes"). Also read later (context.changed_since_setup).
CHANGED_SINCE = lazy(
    r"\b(?:changed|change|reset|replaced|updated|swapped|upgraded)\b(?:\s+\w+){0,4}?\s+(?:wi ?fi |router |network )?"
    r"(?:password|passcode|key|router|modem|hub|wifi|network|internet|provider|isp)s?\b"
    r"|\b(?:password|router|modem|wifi|network|internet provider|isp)s?\b(?:\s+\w+){0,3}?\s+(?:was |were |got |has been |"
    r"have been |been )?(?:changed|reset|replaced|updated|swapped|upgraded)\b"
    r"|\b(?:got|have|getting|installed|gave us|given) (?:a )?new (?:router|modem|hub|internet|provider|wifi)\b"
    r"|\bnew (?:router|modem|hub|provider) (?:since|now|last|this|yesterday|after)\b")
# ... and "i cant change their wifi" (a hotel's: round 12 was told to set the unit up again with the new details).
NOT_CHANGED = lazy(r"\b(?:not|never|hasnt|havent|didnt|dont|wasnt|no|cant|cannot|unable to|not able to|not allowed to"
                   r"|no way to) (?:been )?(?:\w+ )?(?:changed|change|reset"
                    r"|replaced)\b|\bsame (?:password|router|wifi|one)\b")


# Someone else did the set-up ("my husband set it up"): the customer cannot say which password was typed.
def wifi_password(msg: Message) -> Reading:
    if msg.tokens and msg.tokens[0] in ("where", "how", "which") and msg.is_question:
        return Reading("help")  # "where is the sticker?": where the key is, not "yes" (an exploratory round)
    if CHANGED_SINCE.search(msg.plain) and not NOT_CHANGED.search(msg.plain):
        return Reading("no", "changed")
    if key_unknown.doesnt_know(msg.plain) and polarity.verdict(msg) != "yes" and \
            not msg.has(r"which (one|password)", *OTHER_PASSWORD_CUES):
        return Reading("dont_know")
    if key_unknown.someone_else(msg.plain) and polarity.verdict(msg) not in ("yes", "no") and \
            not msg.has(*KEY_CUES, *OTHER_PASSWORD_CUES):
        # Someone else set it up: they can't say, and where to find the key comes with setting up again.
        return Reading("dont_know")
    other = cue_clause(msg, OTHER_PASSWORD_CUES)
    key = cue_clause(msg, KEY_CUES)
    if other != "yes" and hedged_yes(msg.raw) and polarity.verdict(msg) != "no":
        return Reading("yes", "hedged")  # "i think so": on, the key still in doubt (explore10's n29: a firm yes)
    if other == "no" and key != "no":
        # "no, it wasn't the app one", "not the app password, the wifi one": the "no" is about the other password
        # (a blind exploratory test was sent back to set-up by it). Read before the choices, whose "No" it matches.
        return Reading("yes")
    pick = choice(msg, ("yes", "no"))
    if pick:
        return Reading(pick)
    if other == "yes" and key != "yes":
        return Reading("no")
    if other == "yes" and key == "yes":
        # Both named: "not the app one, the one on the sticker" -> the negated one is what it was not.
        return Reading("yes" if negated_cue(msg, OTHER_PASSWORD_CUES) else "no")
    if key == "yes":
        return Reading("yes")
    if key == "no":
        return Reading("no")  # "it wasnt the one on the sticker"
    v = polarity.verdict(msg)
    return Reading(v)


# Saying it was done ("did it", "finished"); `_DONE` adds the bare acknowledgements that count as done too.
_DID_IT = (r"done", r"did (it|that|so)", r"tried( it)?", r"finished", r"redid", r"re ?did", r"set it up again",
           r"(gone|went) (thru|through)",
           r"all set", r"completed", r"went through", r"ran (it|the setup)", r"typed (in )?the", r"entered the")
_DONE = (*_DID_IT, r"ok", r"yes", r"okay")
_TROUBLE = (r"fail(ed|s)?", r"didnt work", r"doesnt work", r"not work(ing)?", r"wont (accept|connect|work|find|let"
            r"|take)", r"stuck", r"error", r"crash(es|ing|ed)?", r"still not (letting|accepting|taking)",
            r"still (blinks|blinking|flashing|green|not|the same|offline)", r"same (thing|problem|as before)",
            r"no change", r"nothing happen", r"cant (get|find|connect|do)", r"says wrong", r"no luck", r"spinning",
            r"keeps", r"not connecting", r"problem", r"hangs", r"hung", r"spins?", r"froze", r"frozen", r"freezes",
            r"times? out", r"timed out", r"unable", r"(says?|said) (the )?(password )?wrong", r"(password|pw) wrong",
            r"wrong password", r"(says?|said) unable", r"rejected", r"incorrect", r"invalid", r"not accepted",
            # Could not do it at all: no app, no sticker (a blind exploratory test: "I don't have the app, I can't
            # do it" was thanked for trying).
            r"^i? ?(cant|cannot|couldnt)\b", r"(cant|cannot|couldnt|wont|doesnt) (download|install|open|load|add|pair)",
            r"(dont|do not) (even )?have (the|your|ur|an?) app", r"no app", r"not able to", r"lost the sticker",
            r"(no|cant find the|there is no|theres no) sticker")
_NOT_YET = (r"not yet", r"later", r"give me", r"gimme", r"hang on", r"hold on", r"one sec", r"a sec", r"a minute",
            r"in a bit", r"working on it", r"still (doing|trying|setting|working|going)", "brb", r"will (do|try)",
            r"ill (do|try|redo|re do|set)", r"(will|gonna|going to) (redo|re do)", r"tonight", r"tomorrow", r"this evening", r"when i get", r"doing it (now)?", r"wait",
            r"not home", r"at work", r"haven'?t yet", r"havent (tried|done)", r"min(ute)?s?$", r"moment",
            r"in progress", r"will (reply|let you know|tell you)", r"once it finish\w*", r"not (done|finished)",
            r"in the middle of", r"(installing|downloading|reinstalling|updating|opening|finding) (the |your |ur )?app")


# Not knowing how to set the unit up again (a blind exploratory test got "Reply DONE once you've run the setup again").
_HOW_TO_SETUP = (r"(dont|do not|didnt|dunno|not sure|no idea) (know )?how", r"how (do|can|should|would|does) (i|we|you|one)"
                 r" (do|set|redo|re do|run|reset|reconnect|get|start|add|find|go)", r"how to (do|set|redo|run|start|add)",
                 r"where (in|on) (the|your|ur) app", r"where (is|s) (that|it|this)( option| button)? (in|on) (the|your|ur) app",
                 r"where (do|can) i (find|go|start|tap|click)",
                 r"(cant|cannot|can t|couldnt) (find|see) (where|how|(the |that |this |an? |any )?(option|button|setting"
                 r"|menu|setup|set up|page))", r"(cant|cannot|couldnt) find (it|that|this) in the app", r"what do i (do|press|tap|click)", r"which (button|option|menu|setting)",
                 r"(show|tell|walk) me how", r"(lost|confused) in the app", r"never (done|did) (that|it|this) before")


# Cannot set it up again at all: no app or no phone for it, the Wi-Fi password unknown, someone else set it up.
_CANNOT_SETUP = (r"(dont|do not) (even )?have (the|your|ur|an?|that|this|any) app", r"no app", r"(cant|cannot|couldnt|wont|doesnt|unable to"
                 r"|not able to) (download|install|get|find|open|load) (the |your |ur |that |an? )?app",
                 r"(dont|do not|dunno|no idea) (know )?(what )?(the |my |our )?(wifi |wi fi |router )?(password|key)( is)?",
                 r"(lost|cant find|no|dont have) (the |a |my )?(sticker|label|password)", r"(grandson|granddaughter|son|daughter"
                 r"|husband|wife|partner|installer|technician|landlord|someone else|somebody else|my kid|my kids) (set|did|installed)"
                 r" (it|the setup|the set up|everything)", r"not my (phone|account|app)", r"(cant|cannot) log ?in")
# Not now ("can't right now, I'm at work"): the set-up comes later, not trouble with it.
_NOT_NOW = (r"(cant|cannot|can t|not able to|unable to|wont be able to)( \w+){0,3} (now|right now|at the moment|atm|today"
            r"|tonight|until|till)\b", r"not (now|today|right now|at the moment|until)", r"^(i am |im |sorry )?(busy|at work"
            r"|not home|not at home|out|away|driving)( right now| at the moment| atm| now)?$", r"(busy|at work|not home|away from"
            r" home|driving) (right now|at the moment|atm|now|till|until)")
# Asking for help with it: the steps ("I need help", "help me", "can you help?"), unless it failed (`_TROUBLE`).
_HELP_WITH = (r"^(i )?(need|want|would like|could use) (some )?help", r"^help( me)?( please| pls)?$", r"help me (with|do|set)",
              r"(can|could) (you|u|someone) help")
# Checking which key is meant ("is that the one?", "thats it right?"), or a question first ("ok but whats the ...").
_CHECKS_KEY = (r"(is|thats|that s|is that|is it|that is) (it|the one|right|correct|the password|the key)",
               r"(right|correct|yes|no)$", r"(this|that) one")
_ASKS_FIRST = r"^(ok |okay |so |and |but |ok but |hmm |um )?(what|whats|where|wheres|which|how)"
_YES_NO_QUESTION = frozenset("can cant could couldnt do does dont doesnt should shall will wont would is isnt must have am"
                             .split())


def resetup(msg: Message) -> Reading:
    pick = choice(msg, ("done", "how", "trouble"))
    if pick:
        return Reading(pick)
    if msg.has(*_CANNOT_SETUP) or phones.no_smartphone(msg):
        return Reading("trouble", "cannot")  # nothing tried: said so, and the Wi-Fi checks next
    if msg.has(*_NOT_NOW) and not msg.has(r"didnt work", r"doesnt work", r"failed", r"error", r"wrong"):
        return Reading("not_yet", "later")
    if msg.has(*_HELP_WITH) and not msg.has(*_TROUBLE) and not msg.has(*_NOT_YET):
        return Reading("how")
    if msg.is_question and msg.tokens and msg.tokens[0] in _YES_NO_QUESTION and not msg.has(*_DID_IT):
        # "do I have to do this for every unit?", "can't I just give the new router the old name?": a question
        # about the set-up, explained (round 12 took them as done and as trouble).
        return Reading("help")
    if without_ack(msg) is None or ack_only(msg):
        return Reading("not_yet")  # "ok", "sure", "oh ok": they are about to do it
    if msg.plain in ("skip", "skip it", "skip this", "skip that", "pass", "next"):
        return Reading("trouble")  # "skip": not done, and the other checks next (a blind exploratory test was told to
        # reply DONE, three times, for "skip", "two" and "no")
    if msg.has(*_HOW_TO_SETUP) and not msg.has(r"(sticker|label|password|key|router)"):
        return Reading("how")  # "I don't know how to do that", "where in the app?": the steps, not "Reply DONE"
    if msg.is_question and msg.has("what", "which", "how", "where", "why"):
        return Reading(None)  # a question back about the set-up: answered as help
    if not msg.has(*_DID_IT) and (msg.has(_ASKS_FIRST) or (msg.is_question and msg.has(*_CHECKS_KEY))):
        return Reading(None)  # "it says 'Wireless Network Key'. is that the one?" (round 28 was thanked for trying)
    if msg.has(r"not yet", r"havent (done|tried|had)", "in progress", r"not (done|finished)") or doing_now(msg.raw) or \
            (msg.has(*_NOT_YET) and not msg.has(*_TROUBLE) and not msg.has(r"did it", "tried", "done")):
        return Reading("not_yet", "later" if msg.has(*LATER_TIME) else None)
    if msg.has(*LATER_TIME) and msg.has(r"(cant|cannot|can t|not able to|wont be able to|unable to) (do|try|get to)"
                                         r"( it| that| this)? (now|right now|at the moment|atm|today)",
                                         r"not (now|today|right now|at the moment)", r"(can|could) i do (it|this|that)"):
        # "I can't do that now, maybe tomorrow": later, not trouble with the set-up (the question stays open).
        return Reading("not_yet", "later")
    if msg.has(*_TROUBLE):
        return Reading("trouble")
    if msg.has(*_DONE) or polarity.verdict(msg) == "yes":
        return Reading("done")
    if polarity.verdict(msg) == "no":
        return Reading("not_yet")
    return Reading(None)


# --- the Wi-Fi network ----------------------------------------------------------------------------------------

# Replies to "what is your Wi-Fi called?" that are no name: going to look, cannot say, where it is written (explore).
_LOOKING = (r"let me (check|look|see|find)", r"(ill|i will|will|gotta|got to|have to|need to|going to|gonna) (go )?(check|look)",
            r"checking", r"looking", "brb", r"hang on", r"hold on", r"one sec", r"a sec", r"one moment",
            r"just a (sec|min|minute|moment)", r"give me a (sec|min|minute|moment)")
_CANNOT = (r"^i? ?(cant|cannot|can not|couldnt)$", r"^(i am |im )?(unable|not able)$")
_WRITTEN_ON = (r"^(it'?s |its |it is |the name is |the names |its name is )?(written |printed |stuck )?(on|from|in|under"
               r"|behind|inside) (the|a|my|our) (sticker|label|router|box|back|bottom|fridge|card|paper|note|drawer|wall"
               r"|modem|hub|manual|booklet|leaflet|side)\b")


# Away from the phone or the Wi-Fi: no name now ("im at work", "my phone isnt on the wifi"), or later ("when home").
_AWAY = (r"(im|i am|were|we are) (at work|out|away|not (at )?home|on holiday|at the shop)", r"^not (at )?home",
         r"(phone|i|im|i am) (isnt|is not|am not|not|aint) (on|connected to) (the |my |our )?(wifi|wi fi|it|network)",
         r"when i (get|am) (home|back)", r"(once|when) (im|i am|i get) (home|back)")
_BACK_LATER = (r"(will|ill|gonna|going to|can) (check|look|find|tell|send)", r"when i (get|am) (home|back)",
               r"(once|when) (im|i am|i get) (home|back)", r"later")
_PLAIN_CAPS = frozenset("I I'm I've I'd Iphone iPhone Android Settings Wi-Fi WiFi Wifi".split())


def _namey(raw: str) -> bool:
    """A word after the first that looks like a network's name (digits, "_", "HomeNet", "BT", "Garden")."""
    return any(re.search(r"\d|_|[a-z][A-Z]|^[A-Z]", w) and w.strip("?.,!") not in _PLAIN_CAPS
               for w in raw.split()[1:])


_ASKS_BACK = lazy(r"^(?:do|does|did|should|can|could|is|are) (?:you|it|i|that|this|they) (?:mean|the|need|want"
                  r"|have|look|one|find|see|type|put)\b")

# Words that make "the password I used" a correction even with the key in the message.
_OTHER_KEY = (r"wrong", r"mixed up", r"mistake", r"oops", r"email", r"e mail", r"account", r"app", r"other",
              r"different", r"instead", r"meant", r"not the")


def wifi_network(msg: Message) -> Reading:
    if msg.has(r"(dont|do not|not sure) (know )?how", r"how (do|can|would|should) (i|we|you)", r"how to (find|see|check|tell)",
               r"where (do|can|would|should) (i|we) (find|see|look)") and not _namey(msg.raw):
        return Reading("help")  # "i dont know how to find that": where to look, then the question (round 11 moved on)
    if network_told.hidden(msg):
        # "my network is hidden, it doesn't show in the list": no name to give, unless one is told beside it ("its
        # called SecretNet": round 12 lost it).
        return Reading("hidden", network_told.called(msg.raw))
    if polarity.verdict(msg) == "unsure" or msg.has("skip", r"dont know", "no idea", "not sure", "cant remember",
                                                    "no clue", "dont have a clue", "forgot", r"dont have (the|its) name",
                                                    r"hidden ssid", r"only the [\w ]*admin", "foggiest") or \
            msg.has(*_CANNOT) or re.search(_WRITTEN_ON, msg.plain):
        if not ssids.name_token(msg.raw) or msg.has("skip", r"dont know", "no idea"):
            return Reading("unknown")  # not "Bigpond8B2F i think, might be wrong": a name with a doubt
    if msg.tokens and msg.tokens[0] in ("where", "how", "what", "whats", "which", "why", "who", "huh"):
        # A question back, with or without its question mark ("where do I find that", "why do you need it"): the
        # question explained, when nothing in it looks like a name.
        return Reading(None if _namey(msg.raw) or msg.has("called", "named") else "help")
    if _ASKS_BACK.match(msg.plain) and not _namey(msg.raw):
        return Reading("help")  # "do you mean the password", "is it the one under wifi in settings"
    if msg.has(*_AWAY):
        return Reading("not_yet" if msg.has(*_BACK_LATER) else "unknown")  # "im at work", "not home till 6"
    quoted = re.search(r"[\"'\u201c\u2018]", msg.raw)
    if msg.has(*_LOOKING) and not quoted and not msg.has(r"called", r"named", r"name is", r"its", r"it is") and \
            not (len(msg.clauses) > 1 and ssids.name_token(msg.clauses[-1])):  # "one sec... HomeNet5": the name
        return Reading("not_yet")
    if marked := marked_network(msg.raw):
        return Reading("name", marked)  # "there is a tick next to HOME-4F2A-2.4, underneath xfinitywifi" (explore10 n05)
    if (called := network_told.called(msg.raw, whole=True)) and _namey(f"called {called}"):
        return Reading("name", called)  # "my phone has no wifi list. On my laptop it's called ATT8h2Kq. ..." (explore5)
    if not_names.about_names(msg) and not spelling_told(msg.raw):  # not "home net all one word"
        return Reading("about_names")  # "only one name", "there are two of them": no name in it
    if not_names.not_a_name(msg) and not spelling_told(msg.raw):
        return Reading(None)
    if msg.has("password") and msg.has(r"(typed|used|put|entered|gave|meant|wrong|mixed up)") and \
            ("[redacted]" not in msg.raw or msg.has(*_OTHER_KEY)):
        # "oh wait, I think I typed my email password": back to the password. Not the key itself offered ("oh and
        # the password I used was X", a blind exploratory test was sent back to set-up by it): that is hidden.
        return Reading("wrong_password")
    # "BellNet pw: sunshine42": the name is what comes before the key, never with it (explore: "BellNet pw: [redacted]").
    raw = spoken(msg.raw)  # "... five g period there's also one": voice typing's full stop; then the key
    raw = _WITH_PASSWORD.split(raw, maxsplit=1)[0] if "[redacted]" in raw else raw
    if "[redacted]" in msg.raw and not_names.not_a_name(message(raw)):
        return Reading(None)  # "oh and the password I used was [redacted]": no name before the key
    said_5g = _SAID_5G.search(raw)
    if said_5g:
        raw = (raw[:said_5g.start()] + " " + raw[said_5g.end():]).strip(" ,.;-")
    names = [n for n in ssids.network_names(not_names.TOLD.sub("", raw.strip())) if not only_a_pause(n)]
    if not names or msg.plain in ("no", "yes", "ok", "hi", "hello"):
        return Reading(None)
    if said_5g:
        # "Vodafone-ABC123 (the 5G one)": the name of the 5 GHz network, which the unit cannot use (a blind
        # exploratory test's remark was dropped, and the name taken as any other).
        return Reading("five_ghz", names[0])
    if (written := undictate(names[0], msg.raw)) is not None:
        return Reading("dictated", written)  # "smith family underscore five g": as written, said back (explore10)
    return Reading("name", names[0], tuple(names) if len(names) > 1 else ())


# The customer says the name given is the 5 GHz network's ("(the 5G one)", "but I used the 5g network").
_SAID_5G = lazy(r"[(,\-]?\s*(?:(?:but |and )?(?:i |we )?(?:think |guess )?(?:used|picked|chose|connected (?:it )?to|"
                r"set it up on|its|it'?s|on|that'?s|thats)?\s*)?(?:the )?5 ?g(?:hz)? (?:one|network|version|band|wifi)"
                r"\)?(?!\s*(?:is|was|isn'?t|are|has|switched|turned|disabled|off)\b)", re.IGNORECASE)


_WITH_PASSWORD = lazy(rf"\s*(?:[,;/]|\band\b)?\s*(?:(?:the|my|its|wifi|wi-fi|network)\s+)*{LEAD_CORE}\b"
                      r"|\s*\[redacted\]", re.IGNORECASE)  # the redaction's own lead words


# A readout described in words: "mine is -60 on channel 6", "2 bars", "cant see any 2.4 network".
_DESCRIBED_SCAN = (r"-\d{2}(dbm| dbm)?", r"channel \d+", r"ch \d+", r"\d+(\.\d)? ?ghz", r"2\.4", r"\d bars?",
                   r"(weak|strong|low|good|full|red|green) (signal|bars?)", r"signal (is )?(weak|strong|low|good)",
                   r"(very |really )?(weak|strong)$", r"in the list", r"\d+ networks", r"lots of networks",
                   r"(mine|my network|my wifi) (is|has|shows)", r"both (strong|weak)", r"(20|40|80) ?mhz", r"wpa\d",
                   r"(excellent|good|fair|poor|weak|strong) for", r"on the list", r"(only|just) the neighbou?rs",
                   r"minus \d+", r"\w+ bars?")


def wifi_scan(msg: Message) -> Reading:
    from flows.troubleshoot.rules import scan  # the scan reader is large; only this step needs it

    if phones.no_smartphone(msg):
        return Reading("no_smartphone")  # no phone to run a scanner app on
    nets = scan.parse_scan(msg.raw)
    if nets or msg.has(*_DESCRIBED_SCAN) or re.search(r"(?<![\w-])-\s?\d{2}\b", msg.raw):
        return Reading("readout", networks=tuple(nets))
    if msg.has("skip", "skipping", "pass", r"(cant|couldnt|wont|dont want to|not able to|unable to) (install|download|do|get|find"
                                r"|use|run)", r"no (app|apps|smartphone|phone)", r"dont have", "too (hard|complicated)",
               r"next", r"rather not", "no thanks", r"(not|isnt|doesnt) (possible|allowed|work)", "work phone",
               r"no (storage|space)", "cant", "nope", "no", r"too old", "flip phone", r"not doing", r"wont do",
               r"(dont|do not) want to", r"(dont|doesnt|wont) (allow|let)", "company phone",
               r"(cant|not allowed to) install") or msg.plain in ("1", "no", "n", "nah"):
        return Reading("skip")
    if without_ack(msg) is None or msg.has(*_WILL_SCAN) or doing_now(msg.raw):
        return Reading("not_yet")  # "ok", "ok will do", "installing it now": the readout comes later
    return Reading(None)


# Going to do the scan: "will do", "installing it now", "give me a minute" (explore: "ok" x3 was not understood).
_WILL_SCAN = (r"will do", r"(ill|i will|gonna|going to|let me) (do|try|get|install|download|find|have a look|look)",
              r"(installing|downloading|getting|finding|opening|looking for) (it|the app|that|one|an app|the scanner)",
              r"give me a (sec|min|minute|moment|bit)", r"one (sec|moment|min)", r"hang on", r"hold on", r"brb",
              r"on it", r"doing it (now)?", r"in a (bit|minute|sec)", r"(just )?a (sec|minute|moment)")
