"""Remedies for a light, and the light question asked again after one: what the customer answers ("still the same",
"done"), and what they ask or say about the remedy before doing it: how, where the router or a button is, whether it
is safe, that they can't, or that they will do it in a moment or later.

The light question asked again after a remedy ("Once you've done that, what is the light doing now?") was answered in
a blind exploratory test with "how do I restart the router?", "where is the reset button?", "will that knock everyone
off the internet?", "I can't, the router is in my landlord's flat" and "hang on, let me go look": each got "Sorry, I
didn't get that", and the third a handoff as not understood. Each is answered here, and the light asked again.
"""

from __future__ import annotations

import re

from flows.troubleshoot.base import LATER_SECONDS, FlowSteps
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.rules import led, power, waited
from flows.troubleshoot.rules.answers_after import remedy_ask
from flows.troubleshoot.rules.led_later import colour_of
from flows.troubleshoot.rules.text import message

# The last remedy's light (light.py `remedies`) -> what the customer was asked to do.
REMEDY_KIND = {
    "led:fast_green": "router",
    "network:no_internet": "router",  # the Wi-Fi itself down: the router restarted (rules/wifi_down.py)
    "led:off": "power",
    "white_green": "charger",
    "led:blinking_blue": "setup",
    "led:blinking_yellow": "button",
    "led:breathing_magenta": "wait",
    "led:blinking_magenta": "wait",
    "rainbow": "wait",
    "outage": "wait",  # the internet provider's outage (changes.py `_outage_told`)
}
# What is said to each ask, by the remedy's kind; a kind not listed gets the "unplug" text (a power cycle: the crash
# pattern, a stuck light, pulsing green).
_ANSWER = {
    "how": "remedy_how_{kind}",
    "where_router": "remedy_where_router",
    "which_box": "remedy_which_box",
    "where_button": "remedy_where_button_{kind}",
    "worry": "remedy_worry_{kind}",
}
_WHERE_BUTTON_KINDS = ("button", "router")
# How long an update or safe mode is given to finish ("leave it plugged in for 5 minutes") before the same light means
# support.
REMEDY_WAIT_SECONDS = 300
_WORRY_KINDS = ("router", "setup", "wait")


class RemedySteps(FlowSteps):
    """A remedy said, and the answers, questions and remarks at the light question asked again after it."""

    def _remedy_kind(self) -> str:
        given = self.d.get("remedies") or [""]
        return REMEDY_KIND.get(given[-1], "unplug")

    def _remedy_ask(self, label: str | None, later: bool = False) -> bool:
        """Answer `label` (answers_after.after_remedy's) about the last remedy; False when it is none of those."""
        if not self.d.get("after_remedy") or label not in ("how", "where_router", "where_button", "worry", "cant",
                                                            "wait", "which_box"):
            return False
        kind = self._remedy_kind()
        if label == "which_box" and kind != "router":
            return False  # "which one?" after unplugging the unit is not about the router's boxes
        self.d["led_again"] = "wait" if kind == "wait" else True  # asked again as after the remedy, not afresh
        if label == "cant":
            self._remedy_cant(kind)
            return True
        if label == "wait":
            # Going to do it: the question stays open (not asked again: no question more than three times in a row,
            # design 6.1), with the reminder when it goes quiet, or tomorrow's when they said later.
            self.say("resetup_later" if later else "remedy_take_your_time")
            self.m.start_timer("reply", LATER_SECONDS if later else self.m.cfg.reply_timeout_seconds)
            return True
        asked = self.d.setdefault("remedy_asked", [])
        if label in asked:
            # The same answer twice helps no one: a person, or the light once they've tried (a question answered:
            # not counted as a miss; past three asks the question is pointed at, then support, so never a loop).
            self.say("remedy_ask_again")
            self._reask(counted=False)
            return True
        asked.append(label)
        key_kind = kind
        if label == "where_button" and kind not in _WHERE_BUTTON_KINDS:
            key_kind = "unplug"
        elif label == "worry" and kind not in _WORRY_KINDS:
            key_kind = "unplug"
        self.say(_ANSWER[label].format(kind=key_kind))
        self._reask(counted=False)
        return True

    def _remedy_help(self, text: str) -> bool:
        """"What do you mean?" (read as a call for help) after a remedy: the remedy in more words (`_remedy_ask`)."""
        return self._remedy_ask(remedy_ask(message(text)))

    def _remedy_cant(self, kind: str) -> None:
        """The remedy can't be done: for the router restart, the router questions come next (they find its cause
        without the restart); anything else goes to support, who can help another way."""
        self.d["misses"] = 0
        self.d.pop("after_remedy", None)
        if kind == "router":
            self.d["router_untouchable"] = True  # the hotspot test, if it comes, without unplugging it (explore13's n07)
            self.say("remedy_cant_router")
            self._apply_led(led.LedReading(code="led:fast_green", need=None, colour="green"), "")
            return
        self._handoff("handoff:other", key="remedy_cant_handoff")

    def _waited_long(self, code: str) -> bool:
        """An update or safe mode (purple), told to have lasted longer than the five minutes it is given (hours or days,
        or "waited 10 mins": explore13's c09 was asked for more): it won't change by itself, so support (who can send
        the update again) at once, with why; True then."""
        if code not in ("led:breathing_magenta", "led:blinking_magenta") or not waited.waited_past(self.heard, 5):
            return False
        self.say("remedy_waited_long")
        self._handoff("handoff:other", key="other_handoff")
        return True

    def _remedy_then_led(self, key: str, code: str, extra: str | None = None) -> None:
        if self._waited_long(code):
            return
        given = self.d.setdefault("remedies", [])
        carried = self.d.get("carried_remedies") or []
        if (key == "remedy_sos" or extra == "remedy_power_cycle") and self.d.get("unit_restarted") and \
                code not in given:
            # "I tried unplugging it and plugging it back in twice, same thing" (explore12's n13, c12, was told to
            # unplug it): the restart is done, and the light is the one after it.
            self.say("restarted_already")
            given.append(code)
        if code == "led:blinking_blue" and code in given and code not in carried:
            self._blue_after_setup()
            return
        if code in given and code not in carried and REMEDY_KIND.get(code) == "wait" and not self.d.get("waited_more") \
                and self.m.now - float(self.d.get("remedy_at", 0)) < REMEDY_WAIT_SECONDS:
            # Still updating a minute after "leave it for 5 minutes": the wait it was asked for, once, before support
            # (a blind exploratory test was handed off at once).
            self.d["waited_more"] = True
            self.say("remedy_wait_more")
            self.d["led_again"] = "wait"
            self.fire("ask_led")
            return
        if code == "led:off" and code in given and code not in carried and not self.d.get("power_next_told") and \
                not power.tried_other_power(self.heard):
            # "the outlet works, the light is still off": another cable and charger, and the cable pushed all the way
            # in, once before support (a blind exploratory test was handed off with neither tried; its cable was loose).
            self.d["power_next_told"] = True
            self.d["after_remedy"] = self.d["led_again"] = True  # "Once you've done that, what is the light doing now?"
            self.say("remedy_off_next")
            self.fire("ask_led")
            return
        if code in given:
            # The same light after its remedy, or back after last time's fix: support has to look at it.
            outcome = "handoff:device_suspected" if code in (
                "led:off", "led:red_sos", "led:breathing_green", "led:blinking_blue"
            ) else "handoff:other"
            # The SOS or white breathing back after the unplug: its software, said so (explore11's n18, n13).
            again = {"led:red_sos": "sos_again_handoff", "led:breathing_white": "white_again_handoff"}.get(code)
            self._handoff(outcome, key="recurring_handoff" if code in carried else again or "other_handoff")
            return
        given.append(code)
        self.d["carry"] = {"remedies": list(given)}  # for the customer's next conversation (bot/engine/stepper.py)
        self.d["remedy_at"] = self.m.now
        self.say(key)
        if extra:
            self.say(extra)
        # Nothing to do for a rainbow or an update but wait: not "once you've done that"; nor for an outage.
        self.d["led_again"] = "outage" if key == "remedy_outage" else "wait" if key in (
            "remedy_rainbow", "remedy_updating", "remedy_safe_mode", "remedy_safe_mode_offline") else True
        self.d["after_remedy"] = True
        self.fire("ask_led")

    def _blue_after_setup(self) -> None:
        """Back in set-up mode after setting it up again: on a Photon a join that fails right after new Wi-Fi details
        goes back to listening mode (docs/particle-facts.md, blinking dark blue), most often a wrong password. The
        Wi-Fi checks and the hotspot test come before support (a blind exploratory test went to support, "device
        suspected", at once)."""
        self.m.finding("wifi:wrong_password_suspected", "led", "back to set-up mode after setting it up again")
        self.d["branch"] = "wifi"
        self.d.pop("after_remedy", None)
        if self.d.get("pw_phase") == "checked":
            # Set up again with the Wi-Fi key already: the password question once more was a loop (blind exploratory
            # round 11 got the same set-up text twice); the Wi-Fi itself is next.
            self.say("blue_after_key_setup")
            self.fire("ask_network")
            return
        self.say("blue_after_setup")
        self.fire("ask_password")

    def _still_the_colour(self, text: str, seen: led.LedReading | None) -> bool:
        """"still purple" when the light is asked again (after its remedy, or a wait for an update): the colour alone,
        said to be unchanged, is the same light as before, which is taken as told again; True then (round 10 was asked
        again whether it blinked, faded or stayed on). False when the message is not that."""
        before = self._last_led()
        colour = colour_of(before)
        if seen is None or seen.code is not None or seen.need is None or colour is None or \
                re.search(r"\b(?:still|same|again|unchanged)\b", text, re.IGNORECASE) is None:
            return False
        if not (seen.colour == colour or (seen.colour is None and seen.need == "blue_shade" and colour in ("blue", "cyan"))):
            return False
        if self.d.get("after_remedy"):
            return self._after_remedy("same")
        self._apply_led(led.LedReading(code=before, need=None, colour=colour), text)
        return True

    def _after_remedy(self, after: str | None) -> bool:
        """The light question asked again after a remedy, answered without a light (`after`: the after-remedy
        reader's label): "still the same" is the same light again (its remedy did not help: support), and "done"
        (once) is asked what the light does now, neither counted as not understood. False when it is neither."""
        if (self.d.get("remedies") or [None])[-1] == "led:off" and power.outlet_ok(self.heard):
            after = "same"  # "its plugged into the wall, the kettle works on it": no light yet (it got "Take your time")
        if after == "same":
            self.d["misses"] = 0
            self.d.pop("after_remedy", None)
            if self.d["remedies"][-1] == "led:fast_green":
                # Still fast green after the router restart: the router's address and allow-list questions.
                self._apply_led(led.LedReading(code="led:fast_green", need=None, colour="green"), "")
                return True
            self._remedy_then_led("other_handoff", self.d["remedies"][-1])
            return True
        if after == "done" and self.d["after_remedy"] != "acknowledged":
            self.d["misses"] = 0
            self.d["after_remedy"] = "acknowledged"  # a second "done" is a miss: never a loop
            self.say("ask_led_after_done", CHOICES["led"])
            return True
        return False
