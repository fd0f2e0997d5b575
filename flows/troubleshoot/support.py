"""With support: what the customer is told when the case goes to the support team, their messages while it is
there, and how `stop` ends a conversation on each channel.

On the web chat the customer gets their case number and when to expect an answer, and is asked once (optional)
how support can reach them if they leave the page. On SMS the phone number is already the way back, and STOP is
confirmed by the carrier, so nothing more is said there.
"""

from __future__ import annotations

from dataclasses import asdict

from flows.troubleshoot.rules import (
    account_asks,
    asks,
    back_to_bot,
    case_asks,
    contacts,
    context,
    hotspot_why,
    intents,
    led,
    light_means,
    self_fix,
    slots,
    units,
    works_now,
)
from flows.troubleshoot.rules.contact_time import when_to_reach
from flows.troubleshoot.rules.led_later import later_light, told_now
from flows.troubleshoot.rules.led_off import lights_up
from flows.troubleshoot.rules.led_others import router_light
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.support_news import SupportNewsSteps
from flows.troubleshoot.support_replies import SupportReplySteps

SUPPORT_ACK_QUIET_SECONDS = 1800
# A question while waiting is answered, but not every line of a burst typed within seconds (a blind exploratory test
# got no answer to "what happens now?" asked a minute after "can you still help me?").
SUPPORT_ASK_QUIET_SECONDS = 20
# Other serials looked up for a unit not on the account, at most.
MAX_RECHECKS = 2


class SupportSteps(SupportReplySteps, SupportNewsSteps):
    """The hand-off's follow-up, messages while with support, and `stop`."""

    def _support_intro(self) -> None:
        """Entering `handed_off`: note when (the web page marks later messages delivered to support); on the web
        chat, the case number and the one optional question about how to reach the customer."""
        self.d["handoff_at"] = self.m.now
        self.d.pop("contact_pending", None)
        if self.d.get("resume") == "hotspot_wait" and self.m.outcome == "handoff:customer_request" and \
                not self.m.cfg.hotspot_ssid and not self.d.get("hotspot_set_up_on"):
            self.say("router_back_handoff")  # a person asked for mid-test, the router unplugged (explore12's n24)
        self.say("case_number", fill={"case": self.m.conversation_id})
        if self.m.channel != "web":
            return  # SMS and Slack reach the customer where they are: no contact question
        if not self.d.get("callback"):
            self.say("ask_contact")
            self.d["contact_pending"] = True

    def _message_while_with_support(self, text: str, media: list[str] | None) -> None:
        # A unit not on the account is never checked again from here: our system can't see it (the sixth exploratory
        # test went round "Thanks, that's a change" -> "Which unit is it?" -> the same hand-off, twice). Another
        # serial typed for it is looked up (`_unit_rechecked`).
        resumable = not self._not_on_account()
        if (self.d.get("device") or {}).get("online") and self._never_on_hotspot(text):
            return  # before a light told beside it ("the hotspot is off ... the light is blue slow like breathing")
        if self._unit_rechecked(text):
            return
        if (resumable and (self._test_taken_up(text) or self._customer_resumes(text) or
                           self._light_changed_with_support(text))) or \
                self._cellular_asked(text) or self._key_or_change_told(text) or self._account_asked(text) or \
                self._not_on_account_light(text):
            return
        given = contacts.contacts(text, asked=bool(self.d.get("contact_pending")))
        new_contact = any(c not in (self.d.get("callback") or []) for c in given)
        for c in given:
            self._keep_contact(c)
        pending = self.d.pop("contact_pending", False)
        if given and (pending or new_contact):
            # Asked for or not, every new way to reach them is confirmed (a blind exploratory test's e-mail got none),
            # with when it suits them, kept for support ("call after 10 in the morning": explore11's n24).
            if when := when_to_reach(text):
                self.d["callback_when"] = when
            self.say("contact_kept_when" if when else "contact_kept", fill={"contact": " and ".join(given), "when": when})
            self._question_beside(text, given)
            return
        if pending and (contacts.declines_contact(text) or intents.pleasantry(text)):
            self.say("contact_skipped")  # "ok", "thanks" to "how can they reach you?": no contact, not asked again
            self._question_beside(text, [])
            return
        if self._declined_later(text):
            return
        if not given and (pending or contacts.this_number(text)) and self._contact_in_other_words(text):
            return  # "you already have my email", "call me": asked for or not
        # When they answer, last: "will they ring today? and should I leave it plugged in?" gets the second.
        if self._asked_with_support(text) or self._reply_while_with_support(text) or \
                (case_asks.asks_when(text) and self._said_with_support("with_support_contact")):
            if pending:
                self.d["contact_pending"] = True  # still open: "skip" may come next
            return
        help_key = self._help_key(text)
        if pending and not self.d.get("contact_asked_again"):
            # "why do you need that?", "ok what now": a message for support; the question stays open once more.
            self.d["contact_asked_again"] = True
            self.d["contact_pending"] = True
            self.say("contact_why" if intents.asks_why(text) else help_key or
                     ("with_support_waiting" if intents.asks_while_waiting(text) else "with_support"))
            self.say("ask_contact")
            self.d["support_acked_at"] = self.m.now
            return
        if help_key is not None:
            # "will someone call me?", "can I return it?", "do I need to keep this page open?"
            self.say(help_key)
            self.d["support_acked_at"] = self.d["support_asked_at"] = self.m.now
            return
        if media:
            self.say("picture_unreadable")
        if not self._noted_for_support(text):
            self._acknowledge(text)

    def _asked_with_support(self, text: str) -> bool:
        """What case support has ("what support case?? i never talked to support") and, after a passed hotspot test,
        why the unit works there and not on the home Wi-Fi (explore12's n14 and n15: no answer, "you can turn the
        hotspot off now"). True when answered. ("will they ring today?": `_message_while_with_support`.)"""
        if case_asks.asks_what_case(text):
            return self._said_with_support("with_support_what_case", fill={"case": self.m.conversation_id})
        if "hotspot:connected" in self.m.findings and hotspot_why.asks_why_hotspot(text):
            old, builtin = self._old_wifi(), bool(self.m.cfg.hotspot_ssid)
            key = "hotspot_why_builtin" if builtin else "hotspot_why_old" if old else "hotspot_why_same"
            fix = self.text("old_wifi_saved") if old else self.router_fix()
            return self._said_with_support(key, fill={"fix": fix})
        return False

    def _acknowledge(self, text: str) -> None:
        """Acknowledge, but not every line of a customer who writes several messages while waiting (the web page
        shows each one as delivered to support); a question ("anyone there?", "any update?") is answered, in fewer
        words when it follows another within seconds (a blind exploratory test's "hello?" got nothing)."""
        quiet = self.m.now - float(self.d.get("support_acked_at", 0)) <= SUPPORT_ACK_QUIET_SECONDS
        if not quiet:
            self.say("with_support_waiting" if intents.asks_while_waiting(text) else "with_support")
            self.d["support_acked_at"] = self.m.now
        elif intents.asks_while_waiting(text):
            asked = self.d.get("support_asked_at")
            recent = asked is not None and self.m.now - float(asked) <= SUPPORT_ASK_QUIET_SECONDS
            self.say("with_support_here" if recent else "with_support_waiting")
            self.d["support_asked_at"] = self.m.now
        elif message(text).plain and not intents.pleasantry(text):
            # More than "ok" or "thanks": a short receipt, never silence (blind exploratory tests' "it's urgent", "i
            # cannot, my phone is old", and answers to the bot's earlier questions, "yes", "steady", "fast", got no
            # reply at all).
            self.say("with_support_noted")

    def _declined_later(self, text: str) -> bool:
        """"skip" a message or two after the contact question was asked again (a blind exploratory test got no
        reply)."""
        if self.d.get("contact_asked_again") and not self.d.get("callback") and not self.d.get("contact_declined") \
                and contacts.declines_contact(text):
            self.d["contact_declined"] = True
            self.say("contact_skipped")
            return True
        return False

    def _key_or_change_told(self, text: str) -> bool:
        """A Wi-Fi key sent to support is hidden as before the hand-off, and said to be (round 10B was told only
        "Thanks, I've added that to your case"); "I changed the password on the router, do I need to do anything?"
        gets: yes, set it up again (True: nothing more to say)."""
        if "[redacted]" in text:
            self.say("password_hidden")
        online = bool((self.d.get("device") or {}).get("online"))
        # Not "what do I change in the router?" (its answer is the fix), nor with the unit online (explore5, 4 times)
        if context.changed_since_setup(text) and not contacts.contacts(text) and not online and \
                not self_fix.asks_fix(text):
            self.say("with_support_changed")
            self.d["support_acked_at"] = self.m.now
            return True
        return False

    def _contact_in_other_words(self, text: str) -> bool:
        """"You already have my email", "text me on this number" to "how can they reach you?" (a blind exploratory
        test got "Thanks, I've added that to your case" and the question again)."""
        if contacts.on_file(text):
            self.say("contact_on_file")
            return True
        if not contacts.this_number(text):
            return False
        if self.m.channel != "web":
            self.say("contact_this_number")  # the number (or Slack account) they write from
        elif not self.d.get("contact_number_asked"):
            self.d["contact_number_asked"] = self.d["contact_pending"] = True
            self.say("contact_which_number")  # the web chat has no number of theirs
        else:
            self.say("contact_skipped")
        return True

    def _noted_for_support(self, text: str) -> bool:
        """A light described, or anger, while support has the case: never met with silence (a blind exploratory
        test's "also the light is now green" and "this is ridiculous" got no reply). The light goes on the case."""
        seen = led.parse_led(text)
        if seen is not None and (seen.colour is not None or seen.code not in (None, "led:unknown")):
            if seen.code and seen.code != "led:unknown":
                self.m.finding(seen.code, "led", "told while with support")
            self.say("with_support_light")
        elif router_light(text):
            self.say("with_support_router_light")  # the router's, not the unit's: not on the case as its light
        elif intents.upset(text) and not self.d.get("upset_acked_support"):
            self.d["upset_acked_support"] = True
            self.say("with_support_sorry")
        else:
            return False
        self.d["support_acked_at"] = self.m.now
        return True

    def _not_on_account_light(self, text: str) -> bool:
        """A light told once a unit not on the account went to support: noted, as our system can't check it."""
        if not self._not_on_account() or (seen := later_light(text, self._last_led())) is None or \
                seen.code in (None, "led:unknown"):
            return False
        self.say("not_on_account_connected" if seen.code == "led:breathing_cyan" else "not_on_account_light")
        self.d["support_acked_at"] = self.m.now
        return True

    def _not_on_account(self) -> bool:
        """The case is with support because the unit is not on the account (not after another serial was found and
        the case went to support later for something else)."""
        return "cloud:not_found" in self.m.findings and self.m.outcome == "handoff:cloud_account"

    def _unit_rechecked(self, text: str) -> bool:
        """Another serial or device ID for a unit not on the account ("oh wait maybe i typed it wrong, its
        PHHAAB830ABCDEF"), while no one at support has picked the case up: looked up, and the bot carries on with it
        when it is on the account (the ninth blind exploratory test's n18; such a serial was read as a Wi-Fi key typed
        wrong, or only added to the case). Twice at most: then the serials are support's to check."""
        ref = slots.labelled_ref(text)
        tried = [str(r).upper() for r in self.d.get("refs_not_found") or []]
        last = self.d.get("lookup_ref") or {}
        if last.get("kind") in ("serial", "id"):
            tried.append(str(last.get("ref", "")).upper())
        if ref is None or not self._not_on_account() or self.m.assignee or ref[1].upper() in tried or \
                self.d.get("rechecks", 0) >= MAX_RECHECKS:
            return False
        self.d["rechecks"] = self.d.get("rechecks", 0) + 1
        self.d["refs_not_found"] = sorted(set(tried))
        self.d.pop("device", None)  # the unit not found is not the one to look at
        self._carry_on("unit_recheck", None, ref[1])
        return True

    def _test_taken_up(self, text: str) -> bool:
        """The hotspot test offered after all ("a colleague lent me a smartphone, I can do the hotspot test now"), once
        the case went to support because it could not be done then and no one there has picked it up: taken up at
        that step, every answer before kept (explore13's n12 got "Added to your case", then the light again)."""
        done = {"hotspot:connected", "hotspot:failed"} & set(self.m.findings)  # the test's result known: nothing to offer
        if self.m.assignee or done or self.d.get("resume") not in ("hotspot_ready", "hotspot_wait") or \
                not back_to_bot.test_now(text):
            return False
        self.d.pop("no_smartphone", None)  # a phone at hand now
        self.d.pop("hotspot_attempts", None)  # the test's first instructions, not "still not on the hotspot"
        self.d["misses"] = 0
        self.d["resume"] = "hotspot_ready"
        self.say("resume_hotspot_test")
        self._back_to_bot()
        return True

    def _customer_resumes(self, text: str) -> bool:
        """"restart" or "can we keep trying?" while no one at support has picked the case up: the bot carries on
        from the start, and the case stays open for support (a blind exploratory test was told "added to your
        case", though the help text offers RESTART at any time)."""
        if self.m.assignee:
            return False
        # "what can I try in the meantime?" carries on only when the customer asked for a person before the bot had
        # tried anything (explore11's n15); after the checks it is answered from what was found (support_replies).
        meanwhile = self.m.outcome == "handoff:customer_request" and back_to_bot.tries_meanwhile(text)
        called_off = back_to_bot.wants_bot(text)  # "never mind the human, let the bot try": a person named, not asked
        if not (intents.word(text, None) == "restart" or intents.keep_trying(text) or called_off or meanwhile):
            return False
        if (intents.asks_for_person(message(text)) and not called_off) or self_fix.asks_setup_how(text) or \
                (self.m.outcome == "handoff:router_issue" and self_fix.asks_fix(text)):
            # "i dont want to wait, can I talk to someone now?", "... how do I put the new wifi in?", and once the
            # router is the cause "what do I change on the nighthawk to do it myself? I don't want to wait a day" (the
            # tenth blind exploratory test's was asked about the light again): the fix, answered below.
            return False
        # "ok let's troubleshoot. kitchen-hub is blinking green" after asking for a person at once: that unit is looked
        # up, not asked for (the fourth blind exploratory test was asked which unit, and its case never had one: "our
        # system doesn't show your unit online" while it was).
        # Calling the person off, only a unit named as the app shows it: "i want the bot help now" names none.
        find = slots.name_in_opener if called_off or meanwhile else units.unit_in_opener
        ref = find(text) if not self.d.get("device") else None
        self._carry_on("resume_meanwhile" if meanwhile else "resume_with_support", led.opener_led(text), ref)
        return True

    def _light_changed_with_support(self, text: str) -> bool:
        """The unit's own light changed since the bot handed the case over, told while no one at support has picked
        it up ("pushed the cable in and now it's flashing green"): the bot carries on from that light, and the case
        stays open for support (round 26: a blind exploratory test's was only added to the case). Not after the
        customer asked for a person, nor for "it works now", answered from what our system sees."""
        if self.m.assignee or self.m.outcome == "handoff:customer_request":
            return False
        asked = light_means.asked_light(text)
        if asked is not None and not told_now(text):
            return False  # "what does blinking dark blue mean?" asks, it does not tell (round 27)
        if works_now.says_it_works(text) and (self.d.get("device") or {}).get("online"):
            return False  # "got it working": answered from what our system sees
        seen = later_light(text, self._last_led())
        if seen is not None and seen.code == "led:unknown":
            seen = None
        if seen is None and not (self._last_led() == "led:off" and lights_up(text)):
            return False
        if asked is None and seen is not None and (self.d.get("device") or {}).get("online") and \
                (seen.code == "led:breathing_cyan" or (seen.code is None and seen.colour == "cyan") or
                 seen.need == "blue_shade"):
            # "ty. cyan now" with the unit online: connected, not a light to troubleshoot (explore5 was asked how
            # the light blinks, then "close ticket?" was not understood). So is a blue of no shade told ("set it up
            # again on the regular one and its blue now": explore12's n02 was asked "light or dark blue?").
            self.say(self._online_with_support_key())
            return True
        if asked is not None:
            self._explain_term(f"light_{asked}")  # "it's blinking blue now, what does that mean?": both
        self._carry_on("resume_light_changed", seen)
        return True

    def _carry_on(self, key: str, seen: led.LedReading | None, ref: str | None = None) -> None:
        """Back from support to the bot, the case still open: `key` said, the light told (`seen`) taken as the light
        question's answer ("can we keep trying? it's blinking green"), and a unit named (`ref`) looked up rather than
        asked for."""
        self.say(key)
        if seen is not None:
            self.d["opener_led"] = asdict(seen)
        self.d["misses"] = 0
        # A new run's hotspot test starts from its first instructions, not "hasn't come online on the hotspot yet"
        # (explore10's n27 heard that before it had turned the hotspot on again).
        self.d.pop("hotspot_attempts", None)
        self.d.pop("rq_answered", None)  # a new run asks the router questions again (router_told.py skips answered ones)
        self.d["resume"] = "led" if self.d.get("device") else "device_id"
        if ref:
            self.d["resume_ref"] = ref
        self._back_to_bot(online_check=seen is None and not ref)

    def _account_asked(self, text: str) -> bool:
        """"what mean not on account??" for a unit not on the account (the fourth exploratory test, twice): what it
        means. Read before the contact question's readers, which took "on my account" for "use the details on my
        account"; that question stays open."""
        if not self._not_on_account() or not account_asks.asks_about_account(text):
            return False
        self.say("not_on_account_meaning")
        self.d["support_acked_at"] = self.m.now
        return True

    def _stop(self) -> None:
        """`stop` (or an opt-out word): the conversation ends. SMS and Slack get no reply (on SMS the carrier
        confirms the opt-out); the web chat has no carrier, so the bot confirms it there. On the web chat, "cancel"
        while support has the case cancels the case (a blind exploratory test's "cancel" stopped the chat, and its
        "yes please cancel" then started troubleshooting afresh)."""
        if self.step == "handed_off" and self.m.channel == "web" and asks.cancel_case(self.heard):
            self._cancel_case(bool((self.d.get("device") or {}).get("online")))
            return
        if self.m.awaiting:
            self.d["resume"] = self.m.awaiting
        if self.m.channel == "web":
            self.say("stopped")
        self.m.finish("abandoned", "ended:opted_out")
        self.fire("abandon")
