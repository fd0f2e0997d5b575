"""A reader per kind of question: what the customer's answer means for the question the bot asked.

Every answer goes through the same stages: `text.message` normalises it (case, typos, emoji, punctuation) and
splits it into clauses; `intents.global_intent` finds what applies at any step (a person, start over, opt out);
then the question's own reader below gives a `Reading`: a label from tests/data/answers_schema.md (yes / no /
unsure, a choice, or a slot such as a network name, a serial or a count). A question the customer asks about the
question ("what do you mean by registered?") is `help`. A reading with label None is an answer the bot cannot
use; the flow asks again in simpler words, at most three times in a row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flows.troubleshoot.rules import intents, led, polarity, slots
from flows.troubleshoot.rules.choices import match_choice
from flows.troubleshoot.rules.text import Message, message

__all__ = ["QUESTIONS", "Reading", "read", "read_for_bench"]


@dataclass(frozen=True)
class Reading:
    """What one answer says: `label` (None when unreadable), a slot `value` or `values`, and a call-back contact."""

    label: str | None
    value: str | int | None = None
    values: tuple[str, ...] = field(default_factory=tuple)
    contact: str | None = None
    led: led.LedReading | None = None


def _choice(msg: Message, labels: tuple[str, ...]) -> str | None:
    """A numbered pick ("2", "option 2", "the second one") of the labels, in the order the bot shows them."""
    p = msg.plain
    m = re.fullmatch(r"(?:option |number |no |choice |#)?(\d{1,2})(?: please| pls| thanks)?", p)
    if m:
        n = int(m.group(1))
        return labels[n - 1] if 1 <= n <= len(labels) else None
    idx = match_choice(msg.raw, [f"{i + 1}" for i in range(len(labels))])
    return labels[idx] if idx is not None and p and p.split()[0] in ("option", "number", "the", "choice") else None


def _yes_no_unsure(msg: Message, yes: tuple[str, ...] = (), no: tuple[str, ...] = (),
                   unsure: tuple[str, ...] = ()) -> str | None:
    """Content cues first (they say more than a bare yes), then the yes/no/unsure words."""
    if unsure and msg.has(*unsure):
        return "unsure"
    v = polarity.verdict(msg)
    if v == "unsure":
        return "unsure"
    cue = polarity.cue_verdict(msg, yes, no) if (yes or no) else None
    return cue or v


# --- which unit ---------------------------------------------------------------------------------------------

_UNKNOWN_DEVICE = (
    r"(cant|couldnt|dont|didnt|unable to) (find|see|read|locate|get to|reach)", r"no (sticker|label|serial|number|id)",
    r"(worn|rubbed|peeled|fell) off", r"dont (know|have)", r"no idea", "where is", r"nothing (written|printed)",
    r"(threw|thrown) (it|the box) (away|out)", r"not sure", "unreadable", "faded", "cant read", "no clue",
)


def _device_id(msg: Message) -> Reading:
    ref = slots.device_ref(msg.raw)
    if ref is not None:
        kind, value = ref
        if kind != "name" or not msg.has(*_UNKNOWN_DEVICE) or msg.has("called", "named", "calls it"):
            return Reading({"id": "device_id"}.get(kind, kind), value)
    if msg.has(*_UNKNOWN_DEVICE) or polarity.verdict(msg) == "unsure":
        return Reading("unknown")
    if msg.tokens:
        return Reading("other")
    return Reading(None)


# --- the light's follow-ups ---------------------------------------------------------------------------------

_FAST = (r"fast\w*", r"fa+st", r"like the clappers", "shimmer", "manic", "disco", r"barely see it", "frenzied",
         "hummingbird", r"rapid(ly)?", r"quick(ly)?", r"flicker(ing|s)?", r"strob(e|ing)", r"super ?fast", "frantic",
         r"very fast", r"crazy", "hyper", "faster", r"like crazy", "speedy", "fluttering", "machine gun")
_SLOW = (r"slow(ly)?", "steady", r"normal\w*", r"regular\w*", r"twice a second", r"once a second", r"(about|around) (1|2|one"
         r"|two) (a|per|every) second", "medium", "moderate", "average", "calm", "relaxed", "gentle",
         "evenly", "even pace", "even", "consistent", "usual", r"blink blink", "leisurely", r"no hurry",
         r"count along", r"(car|turn) (indicator|signal)", r"on off on off", "unhurried",
         "tick", "heartbeat", "rhythm", "lazy")


_BETWEEN = (r"(somewhere |kind of |sort of |kinda )?(in )?between", r"kind of medium", r"sort of medium", "depends",
            r"(sometimes|varies|changes)")


def _green_speed(msg: Message) -> Reading:
    pick = _choice(msg, ("slow", "fast"))
    if pick:
        return Reading(pick)
    if msg.has(*_BETWEEN) and not msg.has("fast", "slow"):
        return Reading("unsure")
    verdicts = []
    for clause in msg.clauses:
        c = message(clause)
        fast = _cue_pos(clause, _FAST)
        slow = _cue_pos(clause, _SLOW)
        if (re.search(r"\b(what counts as|whether|if (its|it is))\b", clause) and polarity.verdict(c) == "unsure") or \
                (fast is not None and slow is not None and re.search(r"\b(sometimes|or)\b", clause)):
            verdicts.append((clause, "unsure"))  # "i dont know what counts as fast": the speed is the doubt
        elif fast is not None and (slow is None or fast <= slow):
            neg = polarity.negated_at(clause.split(), fast)
            verdicts.append((clause, "slow" if neg else "fast"))
        elif slow is not None:
            neg = polarity.negated_at(clause.split(), slow)
            verdicts.append((clause, "fast" if neg else "slow"))
        elif polarity.verdict(c) == "unsure":
            verdicts.append((clause, "unsure"))
        else:
            verdicts.append((clause, None))
    v = _combine(verdicts)
    return Reading(v)


def _cue_pos(clause: str, cues: tuple[str, ...]) -> int | None:
    best = None
    for cue in cues:
        m = re.search(rf"(?<![a-z0-9]){cue}(?![a-z0-9])", clause)
        if m:
            pos = len(clause[: m.start()].split())
            best = pos if best is None else min(best, pos)
    return best


_CORRECTIONS = ("wait", "actually", "i mean", "no wait", "sorry", "oh", "but", "i am wrong", "im wrong",
                "my mistake", "no sorry")


def _combine(verdicts: list[tuple[str, str]]) -> str | None:
    """First decisive clause; after a correction ("wait no", "but", "i am wrong"), the first one after it."""
    if not verdicts:
        return None
    marks = [i for i, (c, _v) in enumerate(verdicts) if c.startswith(_CORRECTIONS)]
    for mark in reversed(marks):
        after = [v for c, v in verdicts[mark:] if v is not None and v != "unsure"]
        if after:
            return after[0]
    decided = [v for _c, v in verdicts if v not in (None, "unsure")]
    if len(set(decided)) > 1 and any(c.startswith("sometimes") or " sometimes " in f" {c} " for c, _v in verdicts):
        return "unsure"  # "sometimes fast sometimes slow"
    if decided:
        return decided[0]
    return "unsure" if any(v == "unsure" for _c, v in verdicts) else None


# Colours, and the things customers compare them to ("the colour of a satsuma", "like a fire engine").
_COLOUR_CUES = {
    "orange": (r"orang\w*", "amber", r"yellow\w*", r"gold\w*", "satsuma", "tangerine", "carrot", "pumpkin",
               "irn-bru", "irn bru", "apricot", "peach", "rust"),
    "red": (r"red(dish)?", "crimson", "fire engine", "strawberry", "blood", r"tail.?lights?", "ruby", "cherry",
            "tomato", "scarlet", "brake lights?"),
    "magenta": (r"purpl\w*", "magenta", r"pink\w*", "violet", "lilac", "lavender", "fuchsia", "majenta", "grape",
                "plum", "cadbury", "mauve", "raspberry"),
}


def _cyan_blinks(msg: Message) -> Reading:
    pick = _choice(msg, ("none", "orange", "red", "magenta"))
    if pick:
        return Reading(pick)
    if msg.has(r"nothing (in between|else|between|but)", r"no other colou?rs?",
               r"(didnt|did not|havent|never) (see|catch|notice|spot) any", r"(just|only) (that |the )?one colou?r") and \
            not any(_cue_pos(c, cues) is not None for c in msg.clauses for cues in _COLOUR_CUES.values()):
        return Reading("none")
    seen: list[tuple[str, str | None]] = []
    for clause in msg.clauses:
        toks = clause.split()
        hits = []
        for colour, cues in _COLOUR_CUES.items():
            pos = _cue_pos(clause, cues)
            if pos is not None:
                neg = polarity.negated_at(toks, pos, window=4)
                hits.append((pos, "none" if neg else colour))
        positive_hits = sorted(h for h in hits if h[1] != "none")
        seen.append((clause, positive_hits[0][1] if positive_hits else ("none" if hits else None)))
    positive = [(c, v if v != "none" else None) for c, v in seen]
    named = {colour for c in msg.clauses for colour, cues in _COLOUR_CUES.items() if _cue_pos(c, cues) is not None}
    if len(named) > 1 and polarity.verdict(msg) == "unsure":
        return Reading("unsure")  # "could be orange could be red, cant pick"
    if any(v not in (None, "none") for _c, v in seen):
        return Reading(_combine(positive))
    v = polarity.verdict(msg)
    if any(x == "none" for _c, x in seen) or v == "no" or msg.has("just (light )?blue", "only (ever )?(light )?blue", "just cyan", "only (ever )?cyan",
                                    "dont see any",
                                    "nothing else", "no other", "no flashes", "no colou?rs?", "just the blue",
                                    "only the blue", "all blue", "just blue", "plain"):
        return Reading("none")
    if v == "unsure":
        return Reading("unsure")
    return Reading(None)


def _blink_count(msg: Message) -> Reading:
    pick = _choice(msg, ("1", "2", "3"))
    if pick:
        return Reading(pick)
    n = slots.count(msg.tokens)
    if msg.has(r"between (\d|one|two|three) and", r"\d (or|to) \d", r"(two|three|one) or (two|three)", "varies",
               r"sometimes \w+ sometimes", r"changes", r"pin it down",
               r"missed (them|it)", r"(in )?between (them|the two)"):
        return Reading("unsure")
    if n is not None and 1 <= n <= 3:
        return Reading(str(n))
    if polarity.verdict(msg) == "unsure" or msg.has("cant count", "too fast", "lost count", "hard to count",
                                                    r"too (quick|fast)\w*", r"(go|goes) by too"):
        return Reading("unsure")
    return Reading(None)


def _blue_shade(msg: Message) -> Reading:
    pick = _choice(msg, ("light", "dark"))
    if pick:
        return Reading(pick)
    verdicts = []
    for clause in msg.clauses:
        toks = clause.split()
        light = _cue_pos(clause, ("light", "lighter", "lite", "pale", "paler", "softer", "sky", r"bright(er)? blue",
                                  "cyan", "teal", "turquoise", "aqua", "baby", "ice", "icy", "greenish", "powder",
                                  "ocean", "tropical", "swimming pool", "pool", r"robins? egg", "tiffany", "duck egg",
                                  "caribbean", "glacier"))
        dark = _cue_pos(clause, ("dark", "darker", "darkish", "drk", "dk", "deep", r"ink\w*", "cobalt", "navy", "royal", "midnight", "proper blue",
                                 "regular blue", "normal blue", "true blue", "pure blue", "real blue", "indigo"))
        if light is not None and (dark is None or light <= dark):
            verdicts.append((clause, "dark" if polarity.negated_at(toks, light, 3) else "light"))
        elif dark is not None:
            verdicts.append((clause, "light" if polarity.negated_at(toks, dark, 3) else "dark"))
        elif polarity.verdict(message(clause)) == "unsure":
            verdicts.append((clause, "unsure"))
        else:
            verdicts.append((clause, None))
    return Reading(_combine(verdicts))


def _sos_count(msg: Message) -> Reading:
    if msg.has("skip", "rather not", r"(cant|couldnt) (count|manage)", r"next question", r"move on",
               r"manage that"):
        return Reading("skip")
    n = slots.count(msg.tokens)
    if n is not None and 1 <= n <= 20 and not msg.has("(cant|couldnt) count"):
        return Reading("count", n)
    if msg.has("skip", r"(cant|couldnt|unable to) (count|tell|see)", "lost count", "too fast", "no idea",
               "not sure", "dont know", "no", "pass", "hard to", "many", "lots", "gave up", "missed"):
        return Reading("skip")
    if polarity.verdict(msg) in ("unsure", "no"):
        return Reading("skip")
    return Reading(None)


# --- the Wi-Fi password -------------------------------------------------------------------------------------

# Describing the router's Wi-Fi key means yes; naming any other password (or doubting the capitals) means no.
_KEY_CUES = (r"sticker", r"label", r"(back|bottom|side|underneath|under) of the (\w+ )?(router|modem|box|hub)",
             r"card (that came|in the box|with the)", r"came with the (router|modem|hub|box)",
             r"(my|our|the) (xbox|tv|laptop|tablet|console|ps5|playstation|kindle|printer|computer|ipad|phone)"
             r" (uses?|is on|connects)", r"(gave|give) (it to )?(my|our|the|guests|visitors|people)",
             r"guests? use", r"so (he|she|they) could get online",
             r"(on|from|under) the (router|modem|box|card)", r"printed", r"(wifi|wireless|network|wpa2?) (key|password"
             r"|pass|code)", r"the box it came", "router card", r"same (one|password|as) (as )?(my|our|the) (phone"
             r"|laptop|tablet|computer|devices?|other)", r"(my|our) (phone|laptop|other devices?) (uses?|use it"
             r"|connect)", r"what (everything|all|the other) \w* ?(else )?uses?", r"everything else (uses|is on)",
             r"the (router|modem)s? (one|password|key)", r"from the router", r"on the router", "network key")
_OTHER_PASSWORD_CUES = (
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


def _wifi_password(msg: Message) -> Reading:
    pick = _choice(msg, ("yes", "no"))
    if pick:
        return Reading(pick)
    other = _cue_clause(msg, _OTHER_PASSWORD_CUES)
    key = _cue_clause(msg, _KEY_CUES)
    if other == "yes" and key != "yes":
        return Reading("no")
    if other == "yes" and key == "yes":
        # Both named: "not the app one, the one on the sticker" -> the negated one is what it was not.
        return Reading("yes" if _negated_cue(msg, _OTHER_PASSWORD_CUES) else "no")
    if key == "yes":
        return Reading("yes")
    if key == "no":
        return Reading("no")  # "it wasnt the one on the sticker"
    v = polarity.verdict(msg)
    return Reading(v)


def _cue_clause(msg: Message, cues: tuple[str, ...]) -> str | None:
    """"yes" when a cue occurs in a clause where it is not negated, "no" when only negated, None when absent."""
    result = None
    for clause in msg.clauses:
        pos = _cue_pos(clause, cues)
        if pos is None:
            continue
        if polarity.negated_at(clause.split(), pos, 4):
            result = result or "no"
        else:
            return "yes"
    return result


def _negated_cue(msg: Message, cues: tuple[str, ...]) -> bool:
    for clause in msg.clauses:
        pos = _cue_pos(clause, cues)
        if pos is not None and polarity.negated_at(clause.split(), pos, 4):
            return True
    return False


_DONE = (r"done", r"did (it|that|so)", r"tried( it)?", r"finished", r"redid", r"re ?did", r"set it up again",
         r"(gone|went) (thru|through)",
         r"all set", r"completed", r"went through", r"ran (it|the setup)", r"typed (in )?the", r"entered the",
         r"ok", r"yes", r"okay")
_TROUBLE = (r"fail(ed|s)?", r"didnt work", r"doesnt work", r"not work(ing)?", r"wont (accept|connect|work|find|let"
            r"|take)", r"stuck", r"error", r"crash(es|ing|ed)?", r"still (blinks|blinking|flashing|green|not|the same"
            r"|offline)", r"same (thing|problem|as before)", r"cant (get|find|connect|do)", r"says wrong", r"no luck",
            r"no change", r"spinning", r"keeps", r"nothing happen", r"not connecting", r"help", r"problem", r"hangs",
            r"hung", r"spins?", r"spinning", r"froze", r"frozen", r"freezes",
            r"times? out", r"timed out", r"unable", r"(says?|said) (the )?(password )?wrong", r"(password|pw) wrong",
            r"wrong password", r"(says?|said) unable", r"rejected")
_NOT_YET = (r"not yet", r"later", r"give me", r"gimme", r"hang on", r"hold on", r"one sec", r"a sec", r"a minute",
            r"in a bit", r"working on it", r"still (doing|trying|setting|working|going)", "brb", r"will (do|try)",
            r"ill (do|try)", r"tonight", r"tomorrow", r"this evening", r"when i get", r"doing it (now)?", r"wait",
            r"not home", r"at work", r"haven'?t yet", r"havent (tried|done)", r"min(ute)?s?$", r"moment",
            r"in progress", r"will (reply|let you know|tell you)", r"once it finish\w*", r"not (done|finished)",
            r"in the middle of")


def _resetup(msg: Message) -> Reading:
    pick = _choice(msg, ("done", "trouble"))
    if pick:
        return Reading(pick)
    if msg.is_question and msg.has("what", "which", "how", "where", "why"):
        return Reading(None)  # a question back about the set-up: answered as help
    if msg.has(r"not yet", r"havent (done|tried|had)", "in progress", r"not (done|finished)") or \
            (msg.has(*_NOT_YET) and not msg.has(*_TROUBLE) and not msg.has(r"did it", "tried", "done")):
        return Reading("not_yet")
    if msg.has(*_TROUBLE):
        return Reading("trouble")
    if msg.has(*_DONE) or polarity.verdict(msg) == "yes":
        return Reading("done")
    if polarity.verdict(msg) == "no":
        return Reading("not_yet")
    return Reading(None)


# --- the Wi-Fi network ----------------------------------------------------------------------------------------

def _wifi_network(msg: Message) -> Reading:
    if polarity.verdict(msg) == "unsure" or msg.has("skip", r"dont know", "no idea", "not sure", "cant remember",
                                                    "no clue", "dont have a clue", "forgot", r"dont have (the|its) name",
                                                    r"hidden ssid", r"only the [\w ]*admin", "foggiest"):
        return Reading("unknown")
    if msg.is_question and msg.tokens and msg.tokens[0] in ("where", "how", "what", "whats", "which", "why"):
        return Reading(None)
    names = slots.network_names(msg.raw)
    if not names or msg.plain in ("no", "yes", "ok", "hi", "hello"):
        return Reading(None)
    return Reading("name", names[0], tuple(names) if len(names) > 1 else ())


# A readout described in words: "mine is -60 on channel 6", "2 bars", "cant see any 2.4 network".
_DESCRIBED_SCAN = (r"-\d{2}(dbm| dbm)?", r"channel \d+", r"ch \d+", r"\d+(\.\d)? ?ghz", r"2\.4", r"\d bars?",
                   r"(weak|strong|low|good|full|red|green) (signal|bars?)", r"signal (is )?(weak|strong|low|good)",
                   r"(very |really )?(weak|strong)$", r"in the list", r"\d+ networks", r"lots of networks",
                   r"(mine|my network|my wifi) (is|has|shows)", r"both (strong|weak)", r"(20|40|80) ?mhz", r"wpa\d",
                   r"(excellent|good|fair|poor|weak|strong) for", r"on the list", r"(only|just) the neighbou?rs",
                   r"minus \d+", r"\w+ bars?")


def _wifi_scan(msg: Message) -> Reading:
    from flows.troubleshoot.rules import scan  # the scan reader is large; only this step needs it

    if scan.parse_scan(msg.raw) or msg.has(*_DESCRIBED_SCAN) or re.search(r"(?<![\w-])-\s?\d{2}\b", msg.raw):
        return Reading("readout")
    if msg.has("skip", "skipping", "pass", r"(cant|couldnt|wont|dont want to|not able to|unable to) (install|download|do|get|find"
                                r"|use|run)", r"no (app|apps|smartphone|phone)", r"dont have", "too (hard|complicated)",
               r"next", r"rather not", "no thanks", r"(not|isnt|doesnt) (possible|allowed|work)", "work phone",
               r"no (storage|space)", "cant", "nope", "no", r"too old", "flip phone", r"not doing", r"wont do",
               r"(dont|do not) want to", r"(dont|doesnt|wont) (allow|let)", "company phone",
               r"(cant|not allowed to) install") or msg.plain in ("1", "no", "n", "nah"):
        return Reading("skip")
    return Reading(None)


# --- router questions -----------------------------------------------------------------------------------------

def _same_name(msg: Message) -> Reading:
    pick = _choice(msg, ("one", "two", "unsure"))
    if pick:
        return Reading(pick)
    verdicts = []
    for clause in msg.clauses:
        toks = clause.split()
        if re.search(r"band steering|merge\w*|single ssid|one ssid", clause):
            verdicts.append((clause, "one"))  # one name for both bands
            continue
        two = _cue_pos(clause, (r"two", "2", r"both(?! bands)", "separate", r"different (names?|ones?)", "5g", "5 g", "5ghz",
                                r"5 ghz", r"another",
                                r"(another|second|other) (one|name|network)", "twoo", "pair", "dual"))
        one = _cue_pos(clause, (r"one", "1", "single", r"just (the )?one", r"only one", r"same name", r"(listed )?once",
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
    v = _combine(verdicts)
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


def _many_devices(msg: Message, yes_cues: tuple[str, ...], no_cues: tuple[str, ...]) -> Reading:
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


def _yes_no_question(q: str) -> Callable[[Message], Reading]:
    yes_cues, no_cues = _YES_NO_CUES[q]

    def reader(msg: Message) -> Reading:
        pick = _choice(msg, ("yes", "no", "unsure"))
        if pick:
            return Reading(pick)
        if q == "many_devices":
            return _many_devices(msg, yes_cues, no_cues)
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
        return Reading(_yes_no_unsure(msg, yes_cues, no_cues))

    return reader


# --- the hotspot --------------------------------------------------------------------------------------------

_IPHONE = (r"iphone", r"ios", r"apple", r"ipad")
_ANDROID = (r"android", r"samsung", r"galaxy", r"pixel", r"motorola", r"moto", r"oneplus", r"xiaomi", r"huawei",
            r"lg", r"google phone", r"redmi", r"oppo")
_HOW = (r"how", r"where (is|do|can|are)", r"wheres", r"which (menu|setting|settings|app|screen|option)", r"what (do i|setting|settings)", r"show me", r"instructions", r"steps",
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
         r"not paying", r"(pay|paying) (extra |more )?for", r"with buttons", r"old nokia", r"only phone is")
_READY = (r"ready", r"(its|hotspot|it|hotspots) (is )?(on|up|running|enabled|ready|active|going)", r"done",
          r"turned (it |the hotspot )?on", r"switched (it )?on", r"(all )?set", r"good to go", r"(is|im) next to",
          r"next to it", r"beside", r"enabled", r"on now", r"up and running", r"did it", r"go ahead", r"lets go",
          r"go$", r"^on$", r"ok$", r"okay$", r"^yes", r"^k$", r"redy", r"activated", r"turned (\w+ ){0,3}on",
          r"popped the phone", r"phone (is )?(on top of|next to|beside|by)")
_WAIT = (r"not yet", r"give me", r"gimme", r"hang on", r"hold on", r"one sec", r"a sec", r"a minute", r"in a bit",
         r"working on it", r"still (doing|trying|setting|working|looking)", "brb", r"will (do|try)", r"ill (do|try)",
         r"tonight", r"tomorrow", r"later", r"when i get", r"wait", r"moment", r"setting it up", r"not (on|ready)",
         r"(need|have) to (find|get|charge)", r"doing it( now)?$", "trying now", "not home", "at work",
         r"back (shortly|soon|in a)", r"finding my", r"\w+ first")


def _hotspot_ready(msg: Message) -> Reading:
    pick = _choice(msg, ("ready", "iphone", "android", "cant"))
    if pick:
        return Reading(pick)
    iphone, android = msg.has(*_IPHONE), msg.has(*_ANDROID)
    if msg.has(*_CANT) and not msg.has(r"cant find", r"cant figure", r"dont know how", "how"):
        return Reading("cant")
    asks_how = msg.has(*_HOW) or (msg.is_question and (iphone or android))
    if asks_how:
        return Reading("iphone" if iphone and not android else "android" if android and not iphone else "how")
    if msg.has(*_WAIT):
        return Reading("not_yet")
    if msg.is_question and not msg.has("ready", r"(its|hotspot) (is )?on"):
        return Reading("how")  # "is 5 GHz ok?", "which band?": a question about the set-up
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


def _hotspot_wait(msg: Message) -> Reading:
    if msg.has(*_STILL_NOTHING) and not msg.has(r"light", r"led", r"green", r"blue", r"cyan", r"red", r"white",
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


def _confirm_fixed(msg: Message) -> Reading:
    pick = _choice(msg, ("yes", "no"))
    if pick:
        return Reading(pick)
    if msg.clauses and polarity.verdict(message(msg.clauses[0])) == "unsure":
        return Reading("unsure")  # "not sure, its blue but I cant tell if its pulsing"
    if msg.has(r"(wouldnt|would not|not|isnt) (call it )?(pulsing|breathing)", r"flashing (quickly|fast)"):
        return Reading("no")
    if msg.has(r"(calm|slow|gentle|soft)\w* (pale |light |sky )?(blue )?(breath\w*|glow\w*|puls\w*)",
               r"breath\w* (like|in sky|slowly)", r"(blue|sky) (colou?r )?glow", r"glow\w* (blue|sky)"):
        return Reading("yes")
    reading = led.parse_led(msg.raw)
    first = msg.tokens[0] if msg.tokens else ""
    if reading is not None and (reading.code == "led:breathing_cyan" or (
            reading.colour in ("cyan", "blue", None) and (reading.pattern == "breathing" or first == "yes")
            and reading.need in (None, "blue_shade", "cyan_blinks"))):
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


QUESTIONS: dict[str, Callable[[Message], Reading]] = {
    "device_id": _device_id,
    "green_speed": _green_speed,
    "cyan_blinks": _cyan_blinks,
    "blink_count": _blink_count,
    "blue_shade": _blue_shade,
    "sos_count": _sos_count,
    "wifi_password": _wifi_password,
    "resetup": _resetup,
    "wifi_network": _wifi_network,
    "wifi_scan": _wifi_scan,
    "same_name": _same_name,
    "mac_filter": _yes_no_question("mac_filter"),
    "guest": _yes_no_question("guest"),
    "many_devices": _yes_no_question("many_devices"),
    "internet": _yes_no_question("internet"),
    "hotspot_ready": _hotspot_ready,
    "hotspot_wait": _hotspot_wait,
    "confirm_fixed": _confirm_fixed,
}


def read(question: str, text: str, facts: dict[str, object] | None = None) -> Reading:
    """Read the customer's answer to `question` (a key of QUESTIONS): global intents first, then the question.

    `facts` are what redaction learnt (the text has `[redacted]` where a key was): a message that carried only a
    key reads as `password` at the password question.
    """
    if facts and facts.get("password_given") and question == "wifi_password":
        rest = message(text.replace("[redacted]", " "))
        explicit = rest.has("yes", "no", "not", "sure", "correct", "right", "wrong") or \
            _cue_clause(rest, _KEY_CUES) or _cue_clause(rest, _OTHER_PASSWORD_CUES)
        if not explicit or _wifi_password(rest).label is None:
            return Reading("password", contact=intents.contact(text))
    who = intents.contact(text)
    intent = intents.global_intent(text)
    if intent in ("stop", "start", "agent", "restart"):
        return Reading(intent, contact=who)
    msg = message(text)
    reader = QUESTIONS.get(question)
    if intent == "help" or intents.asks_meaning(text, short_questions=question != "hotspot_wait"):
        # "what do you mean by registered?" explains the question; it is not a miss.
        if not (question == "hotspot_ready" and msg.has(*_HOW)):
            return Reading("help", contact=who)
    if reader is None:
        return Reading(None, contact=who)
    got = reader(msg)
    if (got.label is None or (got.label == "other" and question != "hotspot_wait")) and \
            question != "device_id" and _asks_about_question(msg):
        return Reading("help", contact=who)
    if who and got.contact is None:
        got = Reading(got.label, got.value, got.values, who, got.led)
    return got


def _asks_about_question(msg: Message) -> bool:
    """An unreadable question back ("which password do you mean?", "what app?", "set up how, exactly?")."""
    first = msg.tokens[0] if msg.tokens else ""
    wh = {"what", "whats", "which", "where", "how", "why", "who", "wheres", "hows"}
    return msg.is_question and (first in wh | {"is", "do", "does", "should", "can", "could", "am", "are"}
                                or bool(set(msg.clauses[0].split()) & wh))


def read_for_bench(question: str, text: str) -> dict[str, object]:
    """`read` as a plain dict for bench/answers_accuracy.py."""
    from flows.troubleshoot.rules.redact import redact_secrets

    awaiting = "wifi_password" if question in ("wifi_password", "resetup") else question
    redacted, facts = redact_secrets(text, awaiting)
    r = read(question, redacted, facts)
    return {"label": r.label, "value": r.value, "values": list(r.values), "contact": r.contact}
