"""The status-light steps: reading the customer's description, the one follow-up, and the branch it selects."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.changes import JOINED_LIGHTS
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.light_detail import detail_from_answer
from flows.troubleshoot.light_tables import DETAIL_QUESTIONS, LED_REMEDY
from flows.troubleshoot.rules import led, light_where, polarity, waited
from flows.troubleshoot.rules.answers_after import after_remedy
from flows.troubleshoot.rules.answers_hotspot import mentions_hotspot
from flows.troubleshoot.rules.choices import match_choice
from flows.troubleshoot.rules.held_button import held_long
from flows.troubleshoot.rules.led_cycle import sos_back
from flows.troubleshoot.rules.led_later import corrects, light_answers_follow_up, light_told
from flows.troubleshoot.rules.reading import Reading
from flows.troubleshoot.rules.red_flashes import says_red
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.told import follow_up
from flows.troubleshoot.wording import capital

# The questions after the light's where a new light told is acted on (the light's own questions, the hotspot watch
# and the confirmation read lights themselves).
LATER_LIGHT_STEPS = frozenset({"wifi_password", "wifi_network", "wifi_scan", "router_check", "hotspot_ready"})
MAX_LATER_LIGHTS = 2

# How long a light that says "connected" waits for our system to see the unit online before support is asked.
CYAN_WATCH_SECONDS = 180


class LightSteps(FlowSteps):
    """`led` and `led_detail`."""

    def _ask_led(self, simple: bool) -> None:
        if self.d.get("opener_led") and not simple:
            # The customer already described the light in their first message: use it instead of asking again.
            self._apply_led(led.LedReading(**self.d.pop("opener_led")), "")
            return
        if self.d.pop("away_opener", False) and not simple:
            # Away from the unit, said in the first message: this question waits until someone is next to it.
            self.say("away_opener")
            self.d["away_told"] = True
            self.d["reply_later"] = True
            return
        again = self.d.get("led_again")
        key = "ask_led_simple" if simple else (
            f"ask_led_after_{again}" if again in ("wait", "outage") else "ask_led_again" if again else "ask_led")
        if key == "ask_led" and self.d.get("context") == "power_cut" and not self.d.get("context_told"):
            # After a power cut the router comes back slowly, and a unit can hang: both checked first.
            self.d["context_told"] = True
            self.say("context_power_cut")
        self.say(key, CHOICES["led"])
        self.d["led_again"] = False

    def _ask_led_detail(self, simple: bool) -> None:
        # Each follow-up is already one plain question with choices: the simpler wording is the same question.
        key, choices = DETAIL_QUESTIONS.get(self.d.get("led_need") or "", ("ask_led_simple", CHOICES["led"]))
        if simple:
            # Asked again after an answer that did not say which: not word for word the same (a blind exploratory
            # test: "yes" to "steady or very fast?" got the identical question back).
            self.m.reply(self.text("which_is_it") + " " + capital(self.text(key)), choices)
            return
        self.say(key, choices)

    def _answer_led(self, text: str, facts: dict[str, Any], _reading: Reading) -> None:
        # Asked again after a remedy, the answer is read by the after-remedy reader, which reads the light too but
        # first tells "nothing changed" (no change) from "nothing" (no light).
        after = after_remedy(message(text)) if self.d.get("after_remedy") else None
        reading = after.led if after is not None else led.parse_led(light_where.without_casing(text))  # "the BOX is white"
        if after is not None and self._waited_long((self.d.get("remedies") or [""])[-1]):
            return  # "it's been like that since yesterday" after "leave it 5 minutes" (explore12's n10)
        if self._still_the_colour(text, reading):
            return
        if after is not None and after.label == "cant" and (reading is None or not reading.described) and \
                self._remedy_ask("cant"):
            return  # "can i do something else?" can't do it: not the "Something else" button (explore13's n07)
        idx = match_choice(text, CHOICES["led"])
        if reading is not None and (reading.code, reading.colour, reading.need) != (None, None, None) and \
                not text.strip().isdigit():
            # A description ("blinking green, normal speed", "was blinking green but now it's blinking light blue")
            # says more than the closest choice, which matched the words of the past light.
            idx = None
        if idx == 4:
            # "Something else": the customer's own words come next (a blind exploratory test got "Sorry, I didn't
            # get that" for picking the bot's own choice).
            self.d["misses"] = 0
            self.say("ask_led_own_words")
            return
        if idx is not None:
            reading = _CHOSEN_LIGHT[idx]
        # A solid light ("steady green", "it just stays red") is described too: `_led_branch` gives its remedy.
        if (reading is None or not reading.described) and idx is None and _PATTERN_ONLY.search(message(text).plain) \
                and not self.d.get("colour_asked"):
            # "it's breathing": how, but not which colour (a blind exploratory test got "Sorry, I didn't get that").
            # The colour is asked, and read with the words already given.
            self.d["colour_asked"] = text
            self.d["misses"] = 0
            self.say("ask_led_colour")
            return
        if isinstance(told := self.d.pop("colour_asked", None), str) and \
                (both := led.parse_led(f"{told} {text}")) is not None and both.described:
            reading = both  # "it's breathing", then "light blue": breathing light blue
        if (reading is None or not reading.described) and idx is None and (fixed := self._corrected_light(text)):
            reading = fixed
        if reading is None or not reading.described:
            if idx is None and after is not None and (self._after_remedy(after.label) or
                                                      self._remedy_ask(after.label, after.value == "later")):
                return
            self._miss()
            return
        self._apply_led(reading, text)

    def _answer_led_detail(self, text: str, facts: dict[str, Any], answer: Reading) -> None:
        need, prev = follow_up(self.d)
        if need == "blink_count" and self._red_for_orange(text, answer):
            return
        seen = led.parse_led(text)
        if corrects(text) and seen is not None and seen.colour not in (None, prev.colour) and seen.described:
            # "no wait, its green actually" to the light-blue follow-up: another light, not "no flashes" (round 10B).
            self.say("answer_corrected")
            self._apply_led(seen, text)
            return
        # "it's just solid red" (a blind exploratory test got the crash advice for it), or another colour now.
        reading = seen if light_answers_follow_up(need, text, seen, prev) else detail_from_answer(need, answer, prev)
        if reading is None:
            # Not an answer to the follow-up: maybe a description of another state ("now it's breathing cyan").
            reading = led.parse_led_detail(need, text, prev)
        if reading is None and need == "cyan_blinks" and not self.d.get("flash_colour_asked") and \
                (answer.label == "yes" or polarity.verdict(message(text)) == "yes"):
            # "yes" to "do you see orange, red or purple flashes?": which colour, not "Sorry, which is it?" (a blind
            # exploratory test was handed off as not understood after three yeses).
            self.d["flash_colour_asked"] = True
            self.d["misses"] = 0
            self.say("ask_flash_colour", CHOICES["cyan_blinks"])  # numbered as the question they answer
            return
        if reading is None:
            self._miss()
            return
        self._apply_led(reading, text)

    def _red_for_orange(self, text: str, answer: Reading) -> bool:
        """"I said RED not orange" at the orange count (explore11's n23): red and orange look alike on the small
        light, said once; with a count (or "can't count") the answer is read as usual, else the count is asked
        again in the same breath. True when the message is used up."""
        if self.d.get("red_said") or not says_red(text):
            return False
        self.d["red_said"] = True
        if answer.label in ("1", "2", "3", "unsure"):
            self.say("count_red_is_orange")
            return False
        self.d["misses"] = 0
        self.say("count_red_is_orange_ask", CHOICES["blink_count"])
        return True

    def _apply_led(self, reading: led.LedReading, text: str) -> None:
        self.d["misses"] = 0
        self.d.pop("after_remedy", None)
        if (self.d.get("device") or {}).get("is_cellular") and reading.need in ("green_speed", "cyan_blinks"):
            # Cellular: the blink speed changes nothing for us; support checks SIM, plan and coverage.
            code = "led:blinking_green" if reading.colour == "green" else "led:blinking_cyan"
            reading = led.LedReading(code=code, need=None, colour=reading.colour)
        if self._light_not_this_unit(reading):
            return
        after_sos = "led:red_sos" in self.d.get("remedies", [])
        if after_sos and (back := sos_back(reading, text)) is not None:
            reading = back
        elif reading.need == "sos_count" and (self.step == "led_detail" or after_sos):
            reading = led.LedReading(code="led:red_sos", need=None, colour="red", count=reading.count)
        elif reading.need == "light_pattern" and reading.colour == "darkblue" and self._last_led() == "led:blinking_blue":
            reading = led.LedReading(code="led:blinking_blue", need=None, colour="blue", pattern="blinking")  # "still" it
        if reading.need:
            self.d["led_need"] = reading.need
            self.d["led_partial"] = {"code": reading.code, "need": reading.need, "colour": reading.colour,
                                     "count": reading.count, "solid": reading.solid, "note": reading.note,
                                     "pattern": reading.pattern, "speed": reading.speed}
            self.fire("ask_led_detail")
            return
        self._record_led(reading)
        self._led_branch(reading)

    def _light_not_this_unit(self, reading: led.LedReading) -> bool:
        """Online in our system, a light that says not (green, dark blue): maybe another unit, asked once (explore)."""
        if not (self.d.get("device") or {}).get("online") or self.d.get("unit_doubt_asked"):
            return False
        if reading.colour != "green" and reading.code != "led:blinking_blue":
            return False
        self.d["unit_doubt_asked"] = True
        self.d["opener_led"] = asdict(reading)  # the light of the unit in front of them: its answer, once it is found
        self.say("online_other_light")
        self.fire("identify")
        return True

    def _record_led(self, reading: led.LedReading) -> None:
        code = reading.code or "led:unknown"
        detail = None
        if code == "led:red_sos" and reading.count:
            detail = f"{reading.count} blinks between SOS"
        elif reading.solid and not reading.code:
            # No code of its own (docs/codes.md): support reads what the customer saw in the detail.
            detail = f"solid {reading.colour}, not blinking" if reading.colour else "solid, not blinking"
        elif reading.note == "white_green_cycle":
            # No code of its own either: support would read a Wi-Fi symptom in blinking green (a blind exploratory test).
            detail = "a white flash, then green, over and over: restarting for want of power"
        hist = self.d.setdefault("led_history", [])
        if not hist or hist[-1]["code"] != code:
            hist.append({"code": code, "at": self.m.now, "detail": detail, "note": reading.note})
        self.m.finding(code, "led", detail)

    def _led_branch(self, reading: led.LedReading) -> None:
        code = reading.code or "led:unknown"
        dev = self.d.get("device") or {}
        if reading.solid:
            return self._remedy_then_led("remedy_solid", code, extra="remedy_power_cycle")
        if reading.note == "white_green_cycle":
            return self._remedy_then_led("remedy_white_green", "white_green")
        if reading.note == "rainbow":
            return self._remedy_then_led("remedy_rainbow", "rainbow")
        if dev.get("is_cellular") and self._cellular_light(code):
            return
        if code == "led:unknown" and dev.get("online") and dev.get("status") == "safe_mode":  # "can't see it from here"
            return self._handoff("handoff:other", key="safe_mode_unseen_handoff")  # our system sees it (explore11 n19)
        unknown_joined = code == "led:unknown" and self._joined_before()
        if code == "led:blinking_green" or (code == "led:unknown" and not unknown_joined):
            self.d["branch"] = "wifi"
            self._context_first()
            self._to_password()
        elif code == "led:fast_green":
            self.m.finding("wifi:dhcp_exhausted_suspected", "led", "fast green: waiting for an IP address")
            if code not in self.d.get("remedies", []) and not self.d.get("router_restarted"):
                # Restarting the router frees its addresses, the usual first fix (docs/particle-facts.md 1.2; a blind
                # exploratory test with 40 gadgets on the Wi-Fi was never told). The light is asked again after it.
                self._remedy_then_led("remedy_fast_green", code)
                return
            if code in self.d.get("carried_remedies", []):
                self.say("recurring_fast_green")  # restarting the router last time only helped for a while
            elif self.d.get("router_restarted") and code not in self.d.get("remedies", []):
                self.say("fast_green_restarted")  # "I already rebooted the router twice": not told to again
            self.d["branch"] = "dhcp"
            self._to_router_questions()
        elif code == "led:cyan_orange_2":
            self.m.finding("network:no_internet", "led")
            self.d["branch"] = "internet"
            self._to_router_questions()
        elif code == "led:cyan_orange_3":
            self.m.finding("network:cloud_port_blocked_suspected", "led")
            self.d["branch"] = "firewall"
            self.fire("ask_hotspot")
        elif code in ("led:cyan_orange_1", "led:cyan_red", "led:cyan_magenta"):
            self.d["branch"] = "keys"
            self.fire("ask_hotspot")
        elif code == "led:blinking_cyan" or unknown_joined:
            self.d["branch"] = "internet"
            self._to_router_questions()
        elif code == "led:breathing_cyan":
            self._breathing_cyan(bool(dev.get("online")))
        elif code in LED_REMEDY:
            if code == "led:red_sos":
                self.m.finding("device:firmware_crash", "led", _sos_detail(self.d))
            key = self._safe_mode(bool(dev.get("online"))) if code == "led:breathing_magenta" else \
                "remedy_blue_held" if code == "led:blinking_blue" and held_long(self.heard) else LED_REMEDY[code]
            extra = "remedy_power_cycle" if code in ("led:breathing_green", "led:breathing_white") else None
            self._remedy_then_led(key, code, extra=extra)
        else:
            self.d["branch"] = "wifi"
            self.fire("ask_password")

    def _cellular_light(self, code: str) -> bool:
        """A cellular unit's connecting light: support (SIM, plan, coverage); True then. Not no light, SOS and the
        like, which get their own remedies first, nor pulsing light blue, which is connected (a blind exploratory
        test's cellular unit got "support will check the SIM" for both)."""
        if (code in LED_REMEDY and code != "led:blinking_blue") or code == "led:breathing_cyan":
            return False
        green = code == "led:blinking_green"  # registering on the mobile network, which takes a while
        self._handoff("handoff:cellular", key="cellular_green_handoff" if green else None)
        return True

    def _joined_before(self) -> bool:
        """A light told before (not corrected) said the unit joined the Wi-Fi: "not sure" now goes to the router's side,
        not the password question (explore: the password question came after breathing light blue)."""
        return any(h["code"] in JOINED_LIGHTS for h in self.d.get("led_history", [])[:-1] if not h.get("corrected"))

    def _safe_mode(self, online: bool) -> str:
        """Pulsing purple: safe mode, on the case when our system sees it online; offline there, the light alone says
        it, not "it has connected" (explore: cloud:safe_mode on an offline unit's case). The remedy's copy key."""
        if online:
            self.m.finding("cloud:safe_mode", "led")
            return LED_REMEDY["led:breathing_magenta"]
        return "remedy_safe_mode_offline"

    def _breathing_cyan(self, online: bool) -> None:
        """Slowly pulsing light blue: connected. Online in our system too, it is fixed; offline there, the status can
        lag, or the unit in front of them is another one: watched for a while first (a blind exploratory test was
        handed to support at once, and the unit came online seconds later), unless it has been so for days."""
        if online:
            self.d["online_seen"] = True
            self.fire("came_online")
        elif not self.d.get("cyan_watch") and not waited.waited_long(self.heard):
            self.d["cyan_watch"] = True
            self.say("breathing_cyan_watch")
            self.m.start_timer("cyan_watch", CYAN_WATCH_SECONDS)
        else:
            # "like it has been for a week": no wait for our system to catch up (explore10's n23 was watched)
            self._cyan_but_offline(long=not self.d.get("cyan_watch"))

    def _cyan_but_offline(self, long: bool = False) -> None:
        """Slowly pulsing light blue, still offline in our system after the watch (or for days): support checks."""
        self.m.cancel_timer("cyan_watch")
        self.m.reply(capital(self.text("breathing_cyan_long" if long else "breathing_cyan_offline")))
        self._handoff("handoff:other", say=False)

    def _context_first(self) -> None:
        """Before the Wi-Fi checks, what the first message said changed (rules/context.py): a new router means the
        unit still has the old Wi-Fi saved, so it is set up again first (a blind exploratory test went through every
        check and the hotspot test instead); a move gets "try it near the router"."""
        change = self.d.get("context")
        if change not in ("new_router", "new_home", "moved", "changed") or self.d.get("context_told") or \
                (self.d.get("resetup_told") and change != "moved"):
            return
        self.d["context_told"] = True
        if change == "moved":
            self.say("context_moved")
            return
        # Another home is another Wi-Fi, as with a new router; a password changed since (told at a light question).
        what = {"new_home": "moved home", "new_router": "new router", "changed": "password changed since the set-up"}
        self.m.finding("wifi:wrong_password_suspected", "customer",
                       f"{what[change]}: the unit still has the old Wi-Fi's name and password")
        self.d["pw_phase"] = "resetup"
        self.d["resetup_for"] = {"new_home": "new_home", "new_router": "router", "changed": "changed"}[change]

    def _light_changed(self, text: str, reading: Reading) -> bool:
        """A new light told at a later question ("wait, now it's blinking light blue", "sorry I meant it flickers
        fast"): the light decides what comes next, so the flow goes back to it (a blind exploratory test was asked
        the password question again). False when the message tells no new light."""
        if self.d.get("later_lights", 0) >= MAX_LATER_LIGHTS:
            return False  # a light that keeps changing is for support to see, not a loop back to the light
        if self.step == "hotspot_ready" and mentions_hotspot(text):
            return False  # "the Cyan hotspot is on": its name, not a light (a blind exploratory test went back)
        seen = light_told(text, self._last_led(), answered=reading.label is not None)
        if seen is None:
            return False
        self.d["later_lights"] = self.d.get("later_lights", 0) + 1
        before = self._last_led()
        if before and corrects(text):
            # Never there: not named as the cause, and marked in the light's history for support (a blind
            # exploratory test's case kept blinking green beside the light blue it was corrected to).
            self._withdraw_light(before)
            self.say("answer_corrected")
        else:
            self.say("light_changed")
        self.fire("ask_led", quiet=True)
        self._apply_led(seen, text)
        return True


# The light question's choices (copy.CHOICES["led"]) as lights; 4 is "Something else".
_CHOSEN_LIGHT = {
    0: led.LedReading(code=None, need="green_speed", colour="green"),
    1: led.LedReading(code=None, need="cyan_blinks", colour="cyan"),
    2: led.LedReading(code="led:breathing_cyan", need=None, colour="cyan"),
    3: led.LedReading(code="led:blinking_blue", need=None, colour="blue"),
    5: led.LedReading(code="led:off", need=None, colour=None),
}
_PATTERN_ONLY = lazy(r"\b(?:breath\w*|puls\w*|blink\w*|flash\w*|fading|flicker\w*|on and off)\b")


def _sos_detail(d: dict[str, Any]) -> str | None:
    for h in reversed(d.get("led_history", [])):
        if h.get("code") == "led:red_sos":
            return h.get("detail")
    return None
