"""A reader per kind of question: what the customer's answer means for the question the bot asked.

Every answer goes through the same stages: `text.message` normalises it (case, typos, emoji, punctuation) and
splits it into clauses; `intents.global_intent` finds what applies at any step (a person, start over, opt out);
then the question's own reader (answers_*.py, listed in QUESTIONS below) gives a `Reading`: a label from tests/data/answers_schema.md (yes / no /
unsure, a choice, or a slot such as a network name, a serial or a count). A question the customer asks about the
question ("what do you mean by registered?") is `help`. A reading with label None is an answer the bot cannot
use; the flow asks again in simpler words, at most three times in a row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows.lazy_re import lazy
from flows.troubleshoot.rules import (
    aftercare,
    asks,
    cause_asks,
    contacts,
    context,
    intents,
    key_unknown,
    led,
    light_means,
    light_where,
    phones,
    questions_back,
    slots,
    ssids,
    support_asks,
    terms,
    units,
    unplug_worry,
    which_unit,
    works_now,
)
from flows.troubleshoot.rules.answer import Reading, cue_clause
from flows.troubleshoot.rules.answers_after import remedy_ask
from flows.troubleshoot.rules.answers_hotspot import HOW, confirm_fixed, hotspot_ready, hotspot_wait
from flows.troubleshoot.rules.answers_light import (
    blink_count,
    blue_shade,
    cyan_blinks,
    green_speed,
    sos_count,
)
from flows.troubleshoot.rules.answers_router import lists_a_pair, same_name, yes_no_question
from flows.troubleshoot.rules.answers_wifi import (
    KEY_CUES,
    OTHER_PASSWORD_CUES,
    device_id,
    wifi_password,
    wifi_scan,
)
from flows.troubleshoot.rules.app_list import resetup_answer
from flows.troubleshoot.rules.charger_asks import asks_charger_enough
from flows.troubleshoot.rules.doing_now import doing_now
from flows.troubleshoot.rules.key_recall import asks_key_recall
from flows.troubleshoot.rules.led_others import (
    lamp_asked,
    names_router,
    router_light,
    without_lamps,
    without_router_lights,
)
from flows.troubleshoot.rules.mode_asks import asks_setup_mode
from flows.troubleshoot.rules.own_fix import own_fix
from flows.troubleshoot.rules.stepped_away import stepped_away
from flows.troubleshoot.rules.text import Message, looks_like_scan, message
from flows.troubleshoot.rules.with_unit import with_unit
from flows.troubleshoot.rules.wpa3_asks import asks_wpa3_support
from flows.troubleshoot.rules.wrapped_name import wifi_network

__all__ = ["QUESTIONS", "Reading", "describes_light", "read", "read_for_bench"]


QUESTIONS: dict[str, Callable[[Message], Reading]] = {
    "device_id": device_id,
    "green_speed": green_speed,
    "cyan_blinks": cyan_blinks,
    "blink_count": blink_count,
    "blue_shade": blue_shade,
    "sos_count": sos_count,
    "wifi_password": wifi_password,
    "resetup": resetup_answer,
    "wifi_network": wifi_network,
    "wifi_scan": wifi_scan,
    "same_name": same_name,
    "mac_filter": yes_no_question("mac_filter"),
    "guest": yes_no_question("guest"),
    "many_devices": yes_no_question("many_devices"),
    "internet": yes_no_question("internet"),
    "hotspot_ready": hotspot_ready,
    "hotspot_wait": hotspot_wait,
    "confirm_fixed": confirm_fixed,
}

# Questions where "it works now" is read before the answer (not those about the light, whose readers take
# "breathing cyan" as the answer it is, nor the serial question, asked before the unit is known).
WORKS_NOW_QUESTIONS = frozenset({"green_speed", "wifi_password", "resetup", "wifi_network", "wifi_scan", "same_name",
                                 "mac_filter", "guest", "many_devices", "internet", "hotspot_ready"})
# The words each question is about: asked what one means, the customer gets the question explained.
OWN_TERMS: dict[str, tuple[str, ...]] = {
    "wifi_network": ("ssid", "router", "band"), "same_name": ("band", "ssid"), "wifi_scan": ("scanner", "signal", "channel"),
    "hotspot_ready": ("hotspot",), "hotspot_wait": ("hotspot", "cloud"), "mac_filter": ("mac",),
    "cyan_blinks": ("cyan",),
    "guest": ("captive_portal",), "wifi_password": ("router",), "resetup": ("router",),
    "confirm_fixed": ("cloud",),
}

# Questions where "forget it, I'm returning it" is read before the answer: those asked mid-troubleshooting, but not
# the counts of blinks, where "forget it" gives up the counting (a skip), not the unit.
GIVE_UP_QUESTIONS = WORKS_NOW_QUESTIONS | {"led", "blue_shade", "cyan_blinks", "hotspot_wait"}


def _password_changed(text: str) -> Reading | None:
    """At the password question, the Wi-Fi's password changed since the set-up, told beside a question: "the wifi
    password got changed so the hub has the old one. what do i do" is the answer (round 23: a blind exploratory test
    had "hub" explained instead)."""
    if context.changed_since_setup(text) != "changed":
        return None
    told = wifi_password(message(text))
    return told if told.value == "changed" else None


# A message that opens with its question, before any answer.
_ASKED_FIRST = lazy(r"(?:is there|isnt there|can|could|cant|can t|couldnt|would|will|why|do you|are you|surely|so)\b")


def read(question: str, text: str, facts: dict[str, object] | None = None) -> Reading:
    """Read the customer's answer to `question` (a key of QUESTIONS): global intents first, then the question.

    `facts` are what redaction learnt (the text has `[redacted]` where a key was): a message that carried only a
    key reads as `password` at the password question.
    """
    if facts and facts.get("password_given") and question == "wifi_password":
        rest = message(text.replace("[redacted]", " "))
        explicit = rest.has("yes", "no", "not", "sure", "correct", "right", "wrong") or \
            cue_clause(rest, KEY_CUES) or cue_clause(rest, OTHER_PASSWORD_CUES)
        if not explicit or wifi_password(rest).label is None:
            return Reading("password", contact=contacts.contact(text))
    who = contacts.contact(text)
    intent = intents.word(text, facts)
    if intent == "agent" and question == "confirm_fixed" and aftercare.calls_again(text):
        intent = None  # "yes, do I need to call you every time it does this?": answered, not handed off (round 29)
    if intent in ("restart", "privacy") and question != "device_id" and intents.asks_if_safe_to_touch(text):
        intent = None  # "will holding the button make it start over?" asks if handling it is safe (round 34), read below
    if intent in ("stop", "start", "agent", "restart", "bot", "privacy", "duration", "wait"):
        return Reading(intent, contact=who)
    if question == "device_id" and (ref := slots.device_ref(text)) is not None and ref[0] in ("serial", "id"):
        # "what person button?? i dont see one. ok PHHAAB830ABCDEF": the serial, not the question (explore12's n21)
        return Reading({"id": "device_id"}.get(ref[0], ref[0]), ref[1], contact=who)
    if question == "hotspot_ready" and asks.hotspot_aside(text) == "which_password":
        return Reading(None, contact=who)  # "which password for the hotspot, old or new": the step answers (explore12)
    aside = _aside(question, text)
    if aside is not None:
        return replace(aside, contact=who) if who else aside
    msg = _name_beside_router_lights(text) if question == "wifi_network" and router_light(text) else message(text)
    reader = QUESTIONS.get(question)
    if question == "wifi_scan" and phones.cant_use_apps(msg) and not phones.no_smartphone(msg) and \
            not looks_like_scan(text):
        return Reading("skip", contact=who)  # "I dont know how to put apps on, Tom does that" (explore8): no scan
    if (intent == "help" or intents.asks_meaning(text, short_questions=question != "hotspot_wait")) and \
            not (question == "wifi_scan" and looks_like_scan(text)):  # "what? ... here from WiFi Analyzer: <scan>"
        # "what do you mean by registered?" explains the question; it is not a miss.
        # Not when the answer is in it as well: "what light? there's a little light that goes green on and off"
        # (a blind exploratory test got the question explained again, the light ignored).
        if not (question == "hotspot_ready" and msg.has(*HOW)) and not (question == "led" and describes_light(text)):
            return Reading("help", contact=who)
    if question in questions_back.YES_NO_QUESTIONS and questions_back.asks_back(msg, question):
        return Reading("help", contact=who)  # "how would I know?": explained with how to find out, asked again
    if question != "device_id" and _ASKED_FIRST.match(msg.plain) and asks.asks_remote(text):
        return Reading(None, contact=who)  # "is there no way for you to fix it remotely": no "no" (round 54)
    if reader is None:
        return Reading(None, contact=who)
    got = reader(msg)
    if question in questions_back.LIGHT_QUESTIONS and (
            (got.label in (None, "unsure") and questions_back.asks_back(msg, question))
            or questions_back.how_to_tell(msg)):
        # "how can I tell?" at the green-speed question was "can't tell" (normal speed recorded, the question lost).
        return Reading("help", contact=who)
    if (got.label is None or (got.label == "other" and question != "hotspot_wait")) and \
            question != "device_id" and _asks_about_question(msg):
        return Reading("help", contact=who)
    if who and got.contact is None:
        got = replace(got, contact=who)
    return got


def _unplug_worry(text: str) -> bool:
    """What unplugging the router does to the rest of the home, worried about; a refusal ("i cant unplug the router,
    my husband is working from home") is the hotspot reader's, which skips the test (round 21)."""
    return unplug_worry.worried(text) and hotspot_ready(message(text)).label in (None, "not_yet", "other", "how", "no")


def _asked_outright(text: str) -> str | None:
    """Asked whatever the step, before any answer read in the same words: "what was the password i typed earlier?"
    ("key_recall"), "how do I make it blink blue?" ("setup_mode": no light told)."""
    if asks_key_recall(text):
        return "key_recall"
    return "setup_mode" if asks_setup_mode(text) else None


def _asked_like_a_term(text: str) -> str | None:
    """Questions answered as a word of ours is, then the question again: "is the iphone cube enough amps?", "does the
    photon support wpa3?" (explore12's n14: passed over, or read as the step's answer), "is it safe for him to press
    the buttons?" (explore7: the privacy answer)."""
    if asks_charger_enough(text):
        return "charger"
    if asks_wpa3_support(text):
        return "wpa3_support"
    return "safe_touch" if intents.asks_if_safe_to_touch(text) and not asks.asks_remote(text) else None


def _aside(question: str, text: str) -> Reading | None:
    """What is read before the question's own answer: where the light is, what a light or a word means, "it works
    now", giving up, a changed password, which units; None for none of these."""
    if looks_like_scan(text):
        return None  # a pasted scan's words are its networks', not a question (explore5: "here is what ... shows")
    if (outright := _asked_outright(text)) is not None:
        return Reading(outright)  # the key typed earlier (explore10 n29: not "back"); set-up mode (explore11 n05)
    if (paused := _paused(question, text)) is not None or (question == "hotspot_ready" and _unplug_worry(text)):
        return Reading(paused or "unplug")  # "wont the other one go off too?": the step answers it (asks.hotspot_aside)
    about_light = question == "led" or question in questions_back.LIGHT_QUESTIONS
    at_name = question == "wifi_network" and not lists_a_pair(message(text))  # "HomeNet and HomeNet-5G": a name
    if (question == "resetup" or at_name) and key_unknown.asks_which_network(text, band_said=at_name):
        return Reading("pick_band")  # "two names on the sticker, one ends in -5G: which?" (no term of it explained)
    if question == "led" and names_router(text) and _RESTARTS.search(text) and remedy_ask(message(text)) == "which_box":
        # "which one, I have 3 eeros" after a router restart: no word of it is a term or a where (round 27); the light
        # step reads it after its remedy.
        return Reading(None)
    if question not in _OWN_KEY_QUESTIONS and question not in questions_back.YES_NO_QUESTIONS and \
            support_asks.asks_key_where(text):
        return Reading("key_where")  # "I DONT KNOW THE WIFI PASSWORD. WHERE IS IT" at the light question (explore5)
    told = question == "wifi_password" or question not in questions_back.YES_NO_QUESTIONS  # the password's: its own
    if question != "device_id" and support_asks.enterprise(text, told=told, bare=question == "wifi_password"):
        return Reading("guessed", "enterprise")  # "does it support 802.1x PEAP?" (explore7: never answered)
    if question != "device_id" and (guess := cause_asks.cause_asked(text)) is not None and \
            guess != _OWN_GUESS.get(question):
        return Reading("guessed", guess)  # "could the router be running out of addresses?" (explore6: ignored)
    if question != "device_id" and which_unit.asks_which_unit(text):
        return Reading("which_unit")  # "wait which one are we fixing now?" (explore10's n16 got where the light is)
    if about_light and lamp_asked(text) and (_THAT_ONE_ASKED.search(text) or not describes_light(without_lamps(text))):
        return Reading("where")  # "the porch light is on, a normal yellow bulb. is that the one?": which light we mean
    if question != "device_id" and light_where.asks_where(text, about_light) and \
            not describes_light(light_where.without_casing(text)):
        return Reading("where")  # "where is the light?": where to look, then the question again
    # At a light's follow-up only with no answer in it ("before i answer, what does blinking green mean?": not steady).
    lower = text.lower()
    follow_up = question != "led" and about_light and not _ANSWER_WORDS.search(lower) and _MEANS.search(lower) is not None
    if question != "device_id" and (not about_light or follow_up) and (light := light_means.asked_light(text)) and \
            (light != "told" or question not in light_means.OWN_LIGHT_QUESTIONS):
        # "what does the orange blinking even mean?": explained, then the question again (round 27), before "it works
        # now" ("what does slow breathing blue mean?" claims nothing); at the light's own questions it is their answer.
        return Reading("term", f"light_{light}")
    if (question in WORKS_NOW_QUESTIONS or question == "led") and works_now.says_it_works(text, question) and \
            (question != "led" or not describes_light(text)) and \
            (question != "wifi_password" or not context.connects_sometimes(text)):  # "works sometimes then drops"
        # At the light question only without a light told ("nvm it's working now"): a light is its answer. Read
        # for a claim first: the light question's step reads the light itself, so it is read here only then.
        return Reading("works_now")
    if question in GIVE_UP_QUESTIONS and intents.gives_up(text):
        return Reading("give_up")
    if question == "wifi_password" and (changed := _password_changed(text)) is not None:
        return changed
    if question != "device_id" and (asked := _asked_like_a_term(text)) is not None:
        return Reading("term", asked)
    if question != "device_id" and (term := terms.asked_term(text)):
        # "what's WPA2?": the word explained, then the question again; a word the question is about is explained
        # with the question itself ("what's a scanner app?" at the scanner question).
        return Reading("help" if term in OWN_TERMS.get(question, ()) else "term", term)
    if question == "device_id" and asks.which_units(text):
        return Reading("which_units")  # "which ones do I have?": the account's units (round 12)
    return None


# Questions with an answer of their own for "where is the Wi-Fi password?" (not knowing it is one of them).
# Questions about the very thing guessed at: "yes, maybe 40 devices" answers "many devices?" (answers_tuning3).
_OWN_GUESS = {"many_devices": "dhcp", "mac_filter": "mac_filter", "same_name": "band_steering"}
_OWN_KEY_QUESTIONS = frozenset({"wifi_password", "resetup", "device_id"})
_THAT_ONE_ASKED = re.compile(r"\b(?:is|was) (?:it|that|this) (?:the|my|a) (?:\w+ )?(?:one|light|lamp|bulb)\b|\bdo you mean\b"
                             r"|\bwhich light\b", re.I)
_MEANS = re.compile(r"\b(mean|means|meaning|telling|indicat\w*|signif\w*)\b")
_ANSWER_WORDS = re.compile(r"\b(fast|faster|slow|slowly|steady|steadily|even (?:blink|flash|pace)\w*|evenly|quick|quickly|rapid|flicker\w*"
                           r"|normal|regular|dark|light blue|sky|navy|pulsing|breathing|\d)\b")


# Boxes to restart, told beside "which one": "unplug which one, i have 3 eeros" (not "which one? the router's light or
# the unit's", where the light is).
_RESTARTS = re.compile(r"\b(unplug|restart|reboot|reset|switch|turn)\w*\b|\b(2|3|4|5|two|three|four|five|several|all"
                       r"|both)\b", re.IGNORECASE)


def _name_beside_router_lights(text: str) -> Message:
    """At the Wi-Fi name question, "HomeNet. the modem lights are flashing white" is the name, not "the modem"; with
    no name beside them, the router's lights are the aside they are, and nothing is read (round 26)."""
    kept = without_router_lights(text)
    named = ssids.name_token(kept) or re.search(r"\b(called|named|name is)\b", kept, re.IGNORECASE)
    return message(kept if named else "")


def _paused(question: str, text: str) -> str | None:
    """A pause with no answer in it: "brb" (the question stays open), "back" (the question again), or at the hotspot
    question "not_yet" (its own wait); None for none."""
    if question not in ("hotspot_wait", "resetup") and (away := stepped_away(text)) is not None and \
            not (away == "brb" and _own_wait(question, text)):
        # "brb", "ok I'm back, where were we" (explore6); at the hotspot question a pause is its own "not yet" (the test
        # waits, "Take your time"), and "OK I'M BACK" was read as the hotspot on (round 33).
        return "not_yet" if question == "hotspot_ready" and away == "brb" else away
    if (question == "led" or question in questions_back.LIGHT_QUESTIONS) and doing_now(text) and \
            with_unit(text) is None and _own_label(question, text) is None and not describes_light(text) and \
            not own_fix(message(text)) and units.unit_switch(text, strict=False) is None and not units.wrong_unit(text):
        return "brb"  # "hang on, let me go look at it" (round 40): the light question stays open
    return None


def _own_label(question: str, text: str) -> str | None:
    """What the question's own reader reads in `text` (None: nothing, or no reader of its own)."""
    reader = QUESTIONS.get(question)
    return reader(message(text)).label if reader is not None else None


def _own_wait(question: str, text: str) -> bool:
    """A pause the question's own reader reads as one ("give me a minute" at the scanner question: "No rush"), with
    words of its own for the wait."""
    return _own_label(question, text) in ("not_yet", "later")


def describes_light(text: str) -> bool:
    """A colour or a light's state is told (the light question's own reader reads it)."""
    seen = led.parse_led(text)
    return seen is not None and (seen.colour is not None or seen.code not in (None, "led:unknown"))


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
