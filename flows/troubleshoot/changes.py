"""What the customer corrects or tells later in the chat: about the Wi-Fi password ("actually it was the app password I
typed", after the password question, or "oh wait, we got a new router on Monday") means setting the unit up again with
the Wi-Fi's key; about the light ("oops sorry I mean slow, normal speed") withdraws the light told before."""

from __future__ import annotations

from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.rules import context, led, network_told, scan
from flows.troubleshoot.rules.led_later import corrects, later_light
from flows.troubleshoot.rules.outage import tells_outage
from flows.troubleshoot.rules.reading import read
from flows.troubleshoot.rules.set_up_5g import set_up_on_5g
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.wifi_down import wifi_down

# What the finding says when the customer told why the password may be wrong.
_WHY_DETAIL = {"changed": "changed since the set-up", "router": "new router since the set-up",
               "new_home": "moved home since the set-up", "unknown": "the customer does not know the Wi-Fi password",
               "admin": "the router's own login (admin) password was typed"}
# The questions after the password's, where "actually it was the app password I typed" is a correction of it.
CORRECTION_STEPS = frozenset({"wifi_scan", "router_check"})
# ... and where a change since the set-up told in passing means setting it up again (rules/context.py): a blind
# exploratory test's "oh wait, I changed my wifi password yesterday" became its Wi-Fi's name, and "we got a new router
# on monday" got "Sorry, I didn't catch that" at the router questions and then a hotspot test.
CHANGE_TOLD_STEPS = frozenset({"wifi_network", "wifi_scan", "router_check", "hotspot_ready"})
# ... and where the Wi-Fi's name typed by hand at the set-up is (after the name was asked).
# At the Wi-Fi name question, a name typed because it is hidden gets the hidden name's advice there (wifi.py) instead.
TYPED_TOLD_STEPS = frozenset({"wifi_password", "wifi_network", "wifi_scan", "router_check", "hotspot_ready"})
# Lights that say the unit has joined a Wi-Fi: its saved name and password work (docs/particle-facts.md 1.2).
JOINED_LIGHTS = frozenset({"led:fast_green", "led:blinking_cyan", "led:cyan_orange_1", "led:cyan_orange_2",
                           "led:cyan_orange_3", "led:cyan_red", "led:cyan_magenta", "led:breathing_cyan"})


# Where an outage told is taken in: the light and the Wi-Fi, router and hotspot questions.
OUTAGE_STEPS = frozenset({"led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check",
                          "hotspot_ready", "hotspot_wait"})


class ChangeSteps(FlowSteps):
    """Corrections of the password answer, and setting up again for a password that is suspected."""

    def _outage_told(self, text: str) -> bool:
        """The internet provider's outage told at a question ("spectrum app says there's an outage in my area"): the
        unit is not at fault and reconnects by itself, so no hotspot test and no router questions; the light is asked
        once the internet is back, and the unit coming online meanwhile is noticed (round 28: the fourth blind
        exploratory test got the hotspot test again, and "isnt it just the outage?" got "Take your time")."""
        if self.step not in OUTAGE_STEPS or self.d.get("outage_told") or not tells_outage(text):
            return False
        if self.step == "wifi_network" and wifi_down(text):
            return False  # the phone sees no Wi-Fi at all: the router is down, restarted first (wifi.py, wifi_down)
        self.d["outage_told"] = True
        self.m.finding("network:no_internet", "customer", "the internet provider's outage told")
        self._remedy_then_led("remedy_outage", "outage")
        return True

    def _told_later(self, text: str) -> bool:
        """A correction of the password answer, or a change since the set-up, told at a later question (once); False
        when the message is neither."""
        if self.step in CORRECTION_STEPS and self._password_corrected(text):
            return True
        if self.step in ("led", "led_detail") and not self.d.get("context") and \
                (why := context.changed_since_setup(text)):
            # Told at a light question ("oh wait, we got a new router last week"): kept for after the light, which
            # decides whether it matters (blinking light blue has joined the Wi-Fi already); a blind exploratory test
            # got "Sorry, which is it?" and the change was lost.
            self.d["context"] = {"router": "new_router", "changed": "changed", "new_home": "new_home"}[why]
            seen = led.parse_led(text)
            if seen is not None and seen.described:
                return False  # the light is the answer; the change waits for it
            self.say("change_noted")
            self._reask(counted=False)
            return True
        if self.step in TYPED_TOLD_STEPS and not self.d.get("typed_told") and \
                network_told.typed_by_hand(msg := message(text)) and \
                not (self.step == "wifi_network" and network_told.hidden(msg)):
            # "when i set it up the wifi wasnt in the list so i just typed it in myself" (explore7: "Thanks, that helps",
            # and the name that did not match was never mentioned again).
            self.d["typed_told"] = True
            self.m.cancel_timer("reply")
            self.d.update(pw_phase="resetup", resetup_for="typed", misses=0)
            self.fire("ask_password")
            return True
        if self.step in TYPED_TOLD_STEPS and not self.d.get("band_told") and set_up_on_5g(text)[0] and \
                self._platform() not in (None, *scan.DUAL_BAND_PLATFORMS) and self.d.get("rq_current") != "same_name":
            # "when i set it up i picked NETGEAR47-5G in the app. is that the problem" (explore12's n11: the 5G name
            # became the Wi-Fi's and the hotspot test was asked again): yes, set it up again on the name without 5G.
            self.m.cancel_timer("reply")
            self.d.update(pw_phase="resetup", resetup_for="band", band_told=True, band_set_up_on=True, misses=0)
            self.fire("ask_password")
            return True
        # "we got a new router in the summer. does that matter?" at the password question (explore12's n08); at the
        # set-up again, resetup.py says a new box is very likely why.
        asked = self.step == "wifi_password" and "?" in text and self.d.get("pw_phase") != "resetup"
        if (self.step in CHANGE_TOLD_STEPS or asked) and not self.d.get("change_told") and \
                (why := context.changed_since_setup(text)) and (not asked or why == "router"):
            self.d["change_told"] = why
            if self._last_led() in JOINED_LIGHTS:
                # Its light says it joined the Wi-Fi it has now: setting it up again would not help (a blind exploratory
                # test was told to, at 3 orange flashes); the new router's settings are the likely cause.
                self.say("change_noted_joined")
                if not self._answered_beside(text):
                    self._reask(counted=False)
                return True
            self.m.cancel_timer("reply")
            self._wrong_password(why)
            return True
        return False

    def _answered_beside(self, text: str) -> bool:
        """The router question's answer given with the change ("yes, new router from spectrum. everything else works"):
        taken, not asked again with "Sorry, I didn't catch that" (round 33)."""
        question = self.d.get("rq_current")
        if self.step != "router_check" or question in (None, "same_name"):
            return False
        reading = read(str(question), text)
        if reading.label not in ("yes", "no", "unsure"):
            return False
        self._answer_router_check(text, {}, reading)
        return True

    def _password_corrected(self, text: str) -> bool:
        """"actually no wait, it was the app password I typed" after the password question: back to setting it up
        again with the Wi-Fi password (a blind exploratory test went on to the router questions, the cause lost)."""
        if self.d.get("pw_phase") == "resetup" or read("wifi_network", text).label != "wrong_password":
            return False
        self._wrong_password()
        return True

    def _wrong_password(self, why: str | None = None) -> None:
        self.m.finding("wifi:wrong_password_suspected", "customer", _WHY_DETAIL.get(why or ""))
        self.d["pw_phase"] = "resetup"
        self.d.pop("resetup_for", None)
        if why:
            self.d["resetup_for"] = why  # "I changed the wifi password last week": its own words for setting up again
        self.d["misses"] = 0
        self.fire("ask_password")

    def _withdraw_light(self, code: str) -> None:
        """The light `code` (told last) was never there: not named as a cause, nor what it implied, and marked
        corrected in the light's history for support."""
        self._rule_out(code)
        for implied in _IMPLIED.get(code, ()):
            self._rule_out(implied)
        history = self.d.get("led_history") or []
        if history and history[-1].get("code") == code:
            history[-1]["corrected"] = True

    def _corrected_light(self, text: str) -> led.LedReading | None:
        """"oops sorry I mean slow, normal speed" at the light question after the last light's remedy: the light it
        corrects to, with the old one withdrawn and the remedy done with (a blind exploratory test got "Sorry, I
        didn't get that", and kept fast green's findings). None when the message corrects no light."""
        before = self._last_led()
        seen = later_light(text, before) if before and corrects(text) else None
        if before is None or seen is None or not seen.described:
            return None
        self._withdraw_light(before)
        self.d.pop("after_remedy", None)
        # Its remedy was for a light that was not there: not a remedy tried, now or in the next conversation.
        self.d["remedies"] = [r for r in self.d.get("remedies", []) if r != before]
        if isinstance(self.d.get("carry"), dict):
            self.d["carry"]["remedies"] = list(self.d["remedies"])
        self.say("answer_corrected")
        return seen


# What a light implied, withdrawn with it.
_IMPLIED = {"led:fast_green": ("wifi:dhcp_exhausted_suspected",), "led:cyan_orange_2": ("network:no_internet",),
            "led:cyan_orange_3": ("network:cloud_port_blocked_suspected",)}
