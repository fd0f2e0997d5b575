"""The troubleshooting flow: a python-statemachine `StateMachine` whose states are the steps of design.md §6.

`TroubleshootFlow.handle(kind, **payload)` is the only entry point. `EVENTS` picks the handler for the kind of
event; a handler reads the event with the pure rules, picks the next step and fires the transition into it, and
`after_transition` then asks that step's question (`QUESTIONS`). A customer's answer goes to the handler of the
step being asked (`ANSWERS`). The step mixins (light.py, wifi.py, hotspot.py) hold those questions and answers.
Everything the flow wants done is recorded on the model as effects (bot/flowkit.py); it does no I/O.
State values are stored in the database: never rename them without a migration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from statemachine import State, StateMachine

from bot.flowkit import FlowModel
from flows.troubleshoot import copy
from flows.troubleshoot.base import LATER_SECONDS
from flows.troubleshoot.changes import ChangeSteps
from flows.troubleshoot.confirm import ConfirmSteps
from flows.troubleshoot.device import AWAY_STEPS, SWITCH_STEPS, DeviceSteps
from flows.troubleshoot.hotspot import HotspotSteps
from flows.troubleshoot.light import LATER_LIGHT_STEPS, LightSteps
from flows.troubleshoot.opener import OpenerSteps
from flows.troubleshoot.phone import PhoneSteps
from flows.troubleshoot.remedy import RemedySteps
from flows.troubleshoot.resetup import ResetupSteps
from flows.troubleshoot.rules import asks, contacts, help_asks, intents, led, self_fix, slots
from flows.troubleshoot.rules.aftercare import topic as aftercare_topic
from flows.troubleshoot.rules.led_later import told_now
from flows.troubleshoot.rules.reading import Reading, read
from flows.troubleshoot.support import SupportSteps
from flows.troubleshoot.told import ToldSteps
from flows.troubleshoot.wifi import WifiSteps

# The steps at which the bot waits for the customer (design §6 `awaiting`, a contract: stored and shown by the API).
AWAITING_STEPS = (
    "device_id", "led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check",
    "hotspot_ready", "hotspot_wait", "confirm_fixed",
)


class TroubleshootFlow(DeviceSteps, OpenerSteps, LightSteps, RemedySteps, WifiSteps, ResetupSteps, ChangeSteps,
                       HotspotSteps, ConfirmSteps, PhoneSteps, ToldSteps, SupportSteps, StateMachine):
    """From "it won't connect" to an online device or a complete case for support."""

    start = State("Start", value="start", initial=True)
    device_id = State("Which unit", value="device_id")
    looking_up = State("Looking up the unit", value="looking_up")
    led = State("Status light", value="led")
    led_detail = State("Light detail", value="led_detail")
    wifi_password = State("Wi-Fi password check", value="wifi_password")
    wifi_network = State("Wi-Fi name", value="wifi_network")
    wifi_scan = State("Scanner readout", value="wifi_scan")
    router_check = State("Router questions", value="router_check")
    hotspot_ready = State("Hotspot set-up", value="hotspot_ready")
    hotspot_wait = State("Watching the hotspot test", value="hotspot_wait")
    confirm_fixed = State("Confirm it works", value="confirm_fixed")
    handed_off = State("With support", value="handed_off")
    resolved = State("Resolved", value="resolved", final=True)
    abandoned = State("Ended", value="abandoned", final=True)

    # Each event below moves to one step, from the steps listed; a step listing itself asks its question again.
    # Any step can go back to "which unit": "restart" when no unit is known yet (a case given back before one was).
    identify = device_id.from_.any()
    # ... and from the questions about a unit, when the customer names another one ("sorry, wrong one").
    look_up = looking_up.from_(
        start, device_id, looking_up, led, led_detail, wifi_password, wifi_network, wifi_scan, router_check,
        hotspot_ready, confirm_fixed,
    )
    ask_led = led.from_(
        looking_up, led, led_detail, wifi_password, wifi_network, wifi_scan, router_check, hotspot_ready, confirm_fixed
    )
    ask_led_detail = led_detail.from_(led, led_detail)
    ask_password = wifi_password.from_(looking_up, led, led_detail, wifi_password, wifi_network, wifi_scan, router_check,
                                       hotspot_ready)
    ask_network = wifi_network.from_(led, led_detail, wifi_password, wifi_network, wifi_scan)
    ask_scan = wifi_scan.from_(wifi_network, wifi_scan, wifi_password, confirm_fixed)
    ask_router = router_check.from_(led, led_detail, wifi_scan, wifi_network, router_check)
    ask_hotspot = hotspot_ready.from_(led, led_detail, wifi_scan, router_check, hotspot_ready, hotspot_wait)
    wait_hotspot = hotspot_wait.from_(hotspot_ready, hotspot_wait)
    # Online during the hotspot steps is the test's result (hotspot:connected), not this; see _on_cloud.
    came_online = confirm_fixed.from_(
        device_id, looking_up, led, led_detail, wifi_password, wifi_network, wifi_scan, router_check, hotspot_ready,
        confirm_fixed,
    )
    # Given back by a person: ask again what was asked before the handoff (`resume`), else start at the light.
    release = handed_off.to(
        device_id, led, led_detail, wifi_password, wifi_network, wifi_scan, router_check, hotspot_ready,
        confirm_fixed, cond="resumes",
    ) | handed_off.to(led)
    # The global exits, declared once: `from_.any()` gives every state that is not final its own transition.
    hand_off = handed_off.from_.any()
    resolve = resolved.from_.any()
    abandon = abandoned.from_.any()

    model: FlowModel

    # ------------------------------------------------------------------ entry point
    def handle(self, kind: str, **payload: Any) -> None:
        """Feed one event: begin, message, lookup_result, cloud, timer, release or resolve (keys of EVENTS)."""
        EVENTS[kind](self, **payload)

    # ------------------------------------------------------------------ asking questions
    def after_transition(self, event: str, target: State, simple: bool = False, quiet: bool = False) -> None:
        # One generic hook rather than on_enter_<state>: a StateMachine runs no enter callbacks on a
        # self-transition, yet `ask_led` from `led` must ask again; and a restored machine enters nothing.
        step = target.value
        self.m.awaiting = step if step in AWAITING_STEPS else None
        if target.final or step == "handed_off":
            for t in ("reply", "abandon", "hotspot"):
                self.m.cancel_timer(t)
            if step == "handed_off":
                self._support_intro()
            return
        if step == "hotspot_wait":
            self.m.status = "waiting_device"
        elif step not in ("handed_off",):
            self.m.status = "active"
        if step == "looking_up":
            return
        # "I couldn't find that unit, please type it again" (quiet) asks the question again too: count it.
        if step != "hotspot_wait" and not self._count_ask(step):
            return
        if quiet:
            return
        QUESTIONS[step](self, simple)
        if step != "hotspot_wait":
            self.m.cancel_timer("abandon")
            later = self.d.pop("reply_later", False)  # a question left open until tomorrow (away from the unit)
            self.m.start_timer("reply", LATER_SECONDS if later else self.m.cfg.reply_timeout_seconds)
            self.d["reminded"] = False

    # ------------------------------------------------------------------ events
    def _on_begin(self, device_id: str | None = None, text: str = "", media: list[str] | None = None,
                  facts: dict[str, Any] | None = None, previous: dict[str, Any] | None = None) -> None:
        """The customer's first message opens the conversation; a serial or ID in it is used at once. `previous`:
        the conversation that ended shortly before, fixed or gone quiet (its unit is `device_id`)."""
        word = None if previous and aftercare_topic(text) == "case" else intents.word(text, facts)  # no person asked
        who = contacts.contact(text)
        if who:
            self._keep_contact(who)
        if word == "stop":
            self._stop()
            return
        self._acknowledge_upset(text)
        self._opener_notes(text)
        if not self._after_fix(text, word, previous, device_id):
            if word == "agent":
                self.d["agent_greeted"] = True  # the hand-off then says no more (explore9's n26)
            self.say("welcome_back" if word == "start" else "greet_agent" if word == "agent" else
                     "greet_support" if asks.channel_question(text) else "greet")
        if not word and slots.device_ref(text) is None:
            self._other_language(text)
        if word in ("bot", "privacy", "duration"):
            self.say(f"about_{word}")  # answered here too, then the first question (a blind exploratory test)
        if media:
            self.say("picture_unreadable")
        if facts and facts.get("password_given"):
            self.say("password_hidden")  # as at every later question (a blind exploratory test was not told)
        self._note_told(text)
        ref, named, device_id = self._unit_from_opener(text, word, device_id)
        opener = led.opener_led(text)
        if opener is not None:
            from dataclasses import asdict

            self.d["opener_led"] = asdict(opener)
        elif asks.away_from_unit(text):
            # "it's offline, I'm at work and it's at home": said at the light question, the first that needs someone
            # next to the unit (a blind exploratory test was asked about the light it had said it could not see).
            self.d["away_opener"] = True
        self._look_up_opener(text, word, ref if named else None, device_id)

    def _on_message(self, text: str = "", facts: dict[str, Any] | None = None,
                    media: list[str] | None = None) -> None:
        facts = facts or {}
        self.heard = text
        if self.step != "device_id":  # away, said first: kept while the unit is found, then the answers say more
            self.d.pop("away_opener", None)
        self.m.cancel_timer("reply")
        self.m.cancel_timer("abandon")
        if intents.word(text, facts) == "stop":
            self._stop()
            return
        if self.step == "handed_off":
            self._message_while_with_support(text, media)
            return
        if self._outage_told(text):
            return
        reading = read(self.reading_key(), text, facts)
        for who in ([reading.contact] if reading.contact else []) + contacts.contacts(text):
            self._keep_contact(who)  # every one given: an e-mail and a number alike
        self._note_told(text)
        if self._between_answers(text, reading):  # "yes I'm here" after a reminder, or a goodbye (explore9's n21)
            return
        if self._global_answer(text, reading):
            return
        self._acknowledge_upset(text)  # not with a handoff or a give-up: their own words say sorry
        if media and not text.strip():
            self.say("picture_unreadable")
            self._reask()
            return
        if self.step in SWITCH_STEPS and self._switch_unit(text):
            return
        if self._told_later(text):
            return
        if self.step in AWAY_STEPS and self._away_from_unit(text):
            return
        if self.step in LATER_LIGHT_STEPS and self._light_changed(text, reading):
            return
        if reading.label == "no_smartphone":
            return self._no_smartphone()  # at a phone step's question; said at another, noted (told.py)
        if facts.get("password_given") and self.step not in ("wifi_password", "wifi_network"):
            self.say("password_hidden")  # those two steps say it with their answer; every other step says it here
        answer = ANSWERS.get(self.step)
        if answer is None:
            self._reask()
            return
        if media:
            self.say("picture_unreadable")
        answer(self, text, facts, reading)

    def _acknowledge_upset(self, text: str) -> None:
        """Anger or swearing is acknowledged once, with a person on offer; the message is then read as usual (a blind
        exploratory test's "fuck this piece of shit" got the question again, as if unsaid)."""
        if not self.d.get("upset_acked") and intents.upset(text):
            self.d["upset_acked"] = True
            self.say("sorry_upset")

    def _aside_answered(self, text: str, reading: Reading) -> bool:
        """A question beside the one asked, answered, then that question again, uncounted."""
        if self.step == "confirm_fixed" and reading.label in (None, "help", "term", "privacy", "setup_mode", "unsure") \
                and (kind := aftercare_topic(text)) and (kind == "rejoin" or reading.label not in ("setup_mode", "unsure")):
            return self._aftercare_asked(text, kind)  # "is there a button she should avoid?" (explore4), "set it up again?"
        if reading.label in ("bot", "privacy", "duration", "wait"):
            # "are you a bot?", "do you keep my password?", "how long will this take?" (blind exploratory tests were
            # handed to support, read as "yes", or told "Sorry, I didn't get that").
            hotspot = reading.label in ("wait", "duration") and self.step in ("hotspot_ready", "hotspot_wait")
            self.say("about_wait_hotspot" if hotspot else f"about_{reading.label}")
        elif reading.label in (None, "help", "guessed", "how") and self._why_told(text, reading):
            pass  # "why does that matter?": the question's reason, then the question (explore9's n16)
        elif reading.label == "brb":
            return self._brb()
        elif reading.label == "back":
            self.say(self._back_key())  # then the question again, as it was
        elif reading.label == "guessed":
            self._guessed(str(reading.value))  # the customer's own guess at the cause (explore6)
        elif (ask := self._router_change_asked(text, reading)) is not None:  # explore9's n06, n08 and n13
            self._router_how(text) if ask == "how" else self._fix_it_yourself(True, with_support=False)
        elif reading.label in ("where", "key_where", "key_recall", "which_unit", "setup_mode"):
            self._where_asked(reading.label)  # where to look (10B), the key's (explore5), which unit (explore10 n16)
        elif reading.label in (None, "help") and self_fix.asks_what_mac_is(text) and \
                self.d.get("mac_defined") != self.question_key():
            self.d["mac_defined"] = self.question_key()  # asked again at this question: the usual help, then a person
            self._explain_term("mac")  # "what is MAC?": the word, and the unit's address when known (explore8's c09)
        elif reading.label in (None, "help") and self_fix.asks_mac(text) and not self_fix.asks_what_mac_is(text) and \
                (mac := (self.d.get("device") or {}).get("mac_wifi")):
            self.say("mac_told", fill={"mac": mac})  # "what's its MAC? I can send it to IT" (round 11 got what a MAC is)
        elif reading.label in (None, "help", "agent") and (kind := help_asks.help_question(text)) and \
                (reading.label != "agent" or kind == "contact"):
            # "will someone call me?" (read as a request for a person), "can I just return it?", "what happens next?"
            self.say({"contact": "about_contact", "return": "aside_return", "next": "about_next"}[kind])
        elif reading.label in (None, "help") and (kind := asks.aside(text)):
            self.say(self._side_answer_key(kind))  # "can't you check it from your end?", "is it broken?"
        else:
            return False
        return self._after_aside(text, reading)

    def _global_answer(self, text: str, reading: Reading) -> bool:
        """Act on the words that mean the same at every step (agent, help, "it works now", restart); False for any
        other."""
        if reading.label == "agent" and not help_asks.contact_question(text):
            if reading.contact:
                self.m.reply(self.text("agent_handoff_callback", contact=reading.contact))
                self._handoff("handoff:customer_request", say=False)
            else:
                self._handoff("handoff:customer_request")
            return True
        if self._aside_answered(text, reading):
            return True
        if reading.label == "help" and self.step == "led" and self._remedy_help(text):
            return True  # "what do you mean?" after a remedy: the remedy in more words, not the light question's
        if reading.label == "help":
            # "help" alone gets the general help; "what do you mean by registered?" gets this question explained.
            key = None if intents.general_help(text) else copy.EXPLAIN.get(self.reading_key())
            again = self.d.get("helped_q") == self.question_key()  # the same explanation twice helps no one
            self.d["helped_q"] = self.question_key()
            self.say("help_again" if again else key or "help")
            self._reask(counted=again)
            return True
        if reading.label == "works_now":
            self._works_now()
            return True
        if reading.label == "term":  # a word, or a light: "why is it blinking teal now?" is acted on too (round 27)
            self._explain_term(str(reading.value))
            if self._light_beside(text, reading):
                return False  # the light told beside the word asked is the answer (round 34)
            if not (str(reading.value).startswith("light_") and self.step in LATER_LIGHT_STEPS and told_now(text) and
                    self._light_changed(text, reading)) and not self._verdict_said_first(text):
                self._reask(counted=False)  # unless answered first: "yes, is what I say. what is MAC?" (explore8)
            return True
        if reading.label == "give_up":
            self._handoff("handoff:other", self._give_up_copy())  # support can still help, or arrange a return
            return True
        if reading.label == "restart":
            keep = {k: self.d[k] for k in ("device",) if k in self.d}
            self.d.clear()
            self.d.update(keep)
            self.say("restart")
            if keep.get("device"):
                self._to_led()
            else:
                self.fire("identify")
            return True
        return False

    def _on_timer(self, name: str) -> None:
        if name == "hotspot" and self.step == "hotspot_wait":
            self._hotspot_failed()
        elif name == "cyan_watch" and self._watching_cyan():
            self._cyan_but_offline()  # still the pulsing light blue told last, not another unit or light since
        elif name == "reply" and self.m.awaiting and self.step not in ("hotspot_wait", "handed_off"):
            if self.step == "confirm_fixed":
                # Silence after "it's online" counts as no objection (docs/codes.md: resolved:device_online).
                self.m.finish("resolved", "resolved:device_online")
                self.fire("resolve")
                return
            # Told "it works now" while our system saw it offline: the check-in says it still isn't (a blind
            # exploratory test was closed with the unit offline and never told).
            self.say("works_still_offline" if self.d.get("works_claims") else "reminder")
            QUESTIONS[self.step](self, False)  # the question with it: "yes" then answers what it sees (round 8)
            self.d["reminded"] = True
            self.m.start_timer("abandon", self.m.cfg.reply_timeout_seconds)
        elif name == "abandon" and self.step not in ("hotspot_wait", "handed_off"):
            self.say("abandoned_offline" if self.d.get("works_claims") else "abandoned")
            self.m.finish("abandoned", "abandoned:no_reply")
            self.fire("abandon")

    def _on_release(self) -> None:
        if self.step != "handed_off":
            return  # released twice, or the bot already has it: nothing to give back
        self.say("released")
        self._back_to_bot()

    def _on_resolve(self) -> None:
        self.say("agent_resolved")
        self.m.finish("resolved", "resolved:agent")
        self.fire("resolve")

    # ------------------------------------------------------------------ the device_id step
    def _ask_device_id(self, simple: bool) -> None:
        if ref := self.d.pop("resume_ref", None):
            self._look_up_named(str(ref))  # named when carrying on after a hand-off (support.py `_customer_resumes`)
            return
        self.say("ask_device_id_simple" if simple else "ask_device_id")

    # ------------------------------------------------------------------ shared outcomes
# The three dispatch tables. Each names its handlers directly (no handler is found by building its name), and
# tests/test_flow.py checks they are complete: every awaiting step has one question and one answer handler.

# kind of event (what the engine says happened) -> its handler
EVENTS: dict[str, Callable[..., None]] = {
    "begin": TroubleshootFlow._on_begin,
    "message": TroubleshootFlow._on_message,
    "lookup_result": TroubleshootFlow._on_lookup_result,
    "cloud": TroubleshootFlow._on_cloud,
    "timer": TroubleshootFlow._on_timer,
    "release": TroubleshootFlow._on_release,
    "resolve": TroubleshootFlow._on_resolve,
}

# awaiting step -> what the bot says on entering it; `simple` asks again in plainer words after a miss
QUESTIONS: dict[str, Callable[[TroubleshootFlow, bool], None]] = {
    "device_id": TroubleshootFlow._ask_device_id,
    "led": TroubleshootFlow._ask_led,
    "led_detail": TroubleshootFlow._ask_led_detail,
    "wifi_password": TroubleshootFlow._ask_wifi_password,
    "wifi_network": TroubleshootFlow._ask_wifi_network,
    "wifi_scan": TroubleshootFlow._ask_wifi_scan,
    "router_check": TroubleshootFlow._ask_router_check,
    "hotspot_ready": TroubleshootFlow._ask_hotspot_ready,
    "hotspot_wait": TroubleshootFlow._ask_hotspot_wait,
    "confirm_fixed": TroubleshootFlow._ask_confirm_fixed,
}

# awaiting step -> how a customer's message there is answered (after the global words are handled)
ANSWERS: dict[str, Callable[[TroubleshootFlow, str, dict[str, Any], Reading], None]] = {
    "device_id": TroubleshootFlow._answer_device_id,
    "led": TroubleshootFlow._answer_led,
    "led_detail": TroubleshootFlow._answer_led_detail,
    "wifi_password": TroubleshootFlow._answer_wifi_password,
    "wifi_network": TroubleshootFlow._answer_wifi_network,
    "wifi_scan": TroubleshootFlow._answer_wifi_scan,
    "router_check": TroubleshootFlow._answer_router_check,
    "hotspot_ready": TroubleshootFlow._answer_hotspot_ready,
    "hotspot_wait": TroubleshootFlow._answer_hotspot_wait,
    "confirm_fixed": TroubleshootFlow._answer_confirm_fixed,
}
