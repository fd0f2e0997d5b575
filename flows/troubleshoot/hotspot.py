"""The hotspot test and its outcome: set-up, the watched wait, and confirming the device works."""

from __future__ import annotations

from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot import copy
from flows.troubleshoot.base import LATER_SECONDS, FlowSteps
from flows.troubleshoot.changes import JOINED_LIGHTS
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.rules import asks, polarity, scan, slots
from flows.troubleshoot.rules.answers_hotspot import (
    hotspot_as_asked,
    hotspot_named,
    hotspot_ready,
    just_fixed,
    not_on_yet,
    set_up_on_asked,
)
from flows.troubleshoot.rules.hotspot_checked import all_as_asked, ready_again
from flows.troubleshoot.rules.reading import Reading
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.wording import capital

# How long the bot watches before "still not connecting" ends the wait early (the timer ends it anyway).
STILL_NOTHING_AFTER_SECONDS = 120


# "is it working?", "any luck?": asked about the unit, during or after the test.
_ASKS_ONLINE = lazy(r"\b(?:is|has|did) it (?:\w+ )?(?:working|work|online|connected|connect|on|come on)\b"
                    r"|\bany (?:luck|news)\b")
# The hotspot told to be on: "it's on now", "ready", "turned it on".
_ITS_ON = lazy(r"\b(?:it s|its|it is|hot ?spot is|hot ?spots|thats|that s) (?:\w+ )?(?:on|up|running|ready|done)\b|\bready\b"
               r"|\bdone\b|\bturned (?:it |the hot ?spot )?on\b|\bswitched (?:it )?on\b")


# A light during the hotspot watch that stops the unit joining: what it means and what to do, the watch going on.
_WATCH_LIGHTS = {"led:blinking_blue": "hotspot_light_blue", "led:red_sos": "hotspot_light_sos",
                 "led:off": "hotspot_light_off"}
# For support: what an Argon that fails next to a hotspot most often lacks.
_ANTENNA = "Argon: check its external Wi-Fi antenna (u.FL connector marked WIFI) is attached"

class HotspotSteps(FlowSteps):
    """`hotspot_ready` and `hotspot_wait`."""

    def _ask_hotspot_ready(self, simple: bool) -> None:
        if self._skips_phone_step("hotspot_ready") or self._drops_handed_off():
            return
        if simple or self.d.get("ask_back"):
            self.say("hotspot_ready_simple", CHOICES["hotspot"])
        elif self.d.get("hotspot_attempts", 0) >= 1:
            dual = self._platform() in scan.DUAL_BAND_PLATFORMS
            key = "hotspot_retry_set_up_on" if self.d.get("hotspot_set_up_on") else \
                "hotspot_retry_dual" if dual else "hotspot_retry"  # a P2 uses 5 GHz too
            self.say(key, CHOICES["hotspot"])
        else:
            if self.d.pop("hotspot_tried", False):
                self.say("hotspot_tried_before")  # "I already tested it on a hotspot": this test is another one
            key = "ask_hotspot" if self.m.cfg.hotspot_ssid else \
                "ask_hotspot_set_up_on" if self._hotspot_set_up_on() else "ask_hotspot_same_name"
            platform = self._platform()
            key = "ask_hotspot_old_wifi" if key == "ask_hotspot_same_name" and self._old_wifi() else \
                "ask_hotspot_no_router" if key == "ask_hotspot_set_up_on" and self.d.get("router_untouchable") else key
            unplug = key in ("ask_hotspot_same_name", "ask_hotspot_old_wifi")  # the router unplugged for the test
            asides = ["hotspot_mesh_all"] if unplug and self._mesh_known() else []
            if unplug:
                self.d["mesh_all_said"] = bool(asides)  # told.py: "ok all eeros unplugged" gets it not again
            if platform and platform not in scan.DUAL_BAND_PLATFORMS:
                # Said at the start, not only after five minutes of a failed test (a blind exploratory test): a
                # phone's hotspot is often 5 GHz, which this unit cannot see.
                asides.append("hotspot_24_only")
            for i, said in enumerate([key, *asides]):
                self.say(said, CHOICES["hotspot"] if i == len(asides) else ())

    def _old_wifi(self) -> bool:
        """The Wi-Fi changed since the set-up (a new router or provider, a new name or password), and the unit was
        not set up again: it still has the old Wi-Fi's details (explore10's n03 was told it knows the home Wi-Fi's,
        and its passed test blamed one name for both bands). Not once its light shows it joined a Wi-Fi since
        (explore12's n03: set up again, then light blue with red flashes, was told to copy the old Wi-Fi)."""
        return self.d.get("context") in ("new_router", "changed") and not self.d.get("set_up_again") and \
            self._last_led() not in JOINED_LIGHTS and not self.d.get("hotspot_new_details")

    def _mesh_known(self) -> bool:
        """A mesh Wi-Fi told (first message, router questions): every point unplugged, said in the test's first
        words (explore10's n28 were told "unplug your router" and learnt of the others only by asking)."""
        return bool(self.d.get("mesh_told") or "wifi:mesh_or_gateway" in self.m.findings)

    def _hotspot_set_up_on(self) -> bool:
        """A Wi-Fi the phone's hotspot can't copy (a campus's, a hotel's, one with no key or a sign-in page, a key
        with letters the unit can't use): the unit is set up on the hotspot instead, under any name. The fifth blind
        exploratory test's student was told to copy the dorm's Wi-Fi and unplug the university's router."""
        codes = {"wifi:enterprise", "wifi:captive_portal", "wifi:open_or_wep", "wifi:non_ascii_password",
                 "wifi:unsupported_ssid_chars"}
        on = bool(codes & set(self.m.findings)) or bool(self.d.get("hotel_told") or self.d.get("portal_told")) or \
            bool(self.d.get("router_untouchable")) or \
            slots.public_network(str(self.d.get("ssid") or "")) is not None or bool(self.d.get("hotspot_set_up_on"))
        self.d["hotspot_set_up_on"] = on
        return on

    def _set_up_on_asked(self, text: str, label: str | None, cant: bool = False) -> bool:
        """"can i just make a hotspot with any name and set the argon up on that?", "i cant unplug the dorm router":
        yes, the set-up-on test (unless it is on already: then it is ready). `cant`: the router isn't the customer's
        to unplug (told.py `_between_answers`, the ninth test's n17), which asks for that test too."""
        if self.m.cfg.hotspot_ssid or self.d.get("hotspot_set_up_on"):
            return False
        asked = set_up_on_asked(message(text))
        if not (cant or asked):
            return False
        self.d["hotspot_set_up_on"] = True
        if label in ("ready", "named") and not message(text).is_question:
            return False  # "...set the argon up on THAT in the app. hotspot is on": ready, read on
        self.say("hotspot_set_up_on_ok" if asked else "hotspot_no_unplug")
        self._ask_hotspot_ready(simple=False)
        return True

    def _ask_hotspot_wait(self, simple: bool) -> None:
        # Not a question: the bot watches the cloud, and the hotspot timer replaces the reply timer.
        self.d["watch_started"] = self.m.now  # the web page shows how long it has watched, from this
        self.say("hotspot_watching", progress="hotspot")
        self.m.cancel_timer("reply")
        self.m.cancel_timer("abandon")
        self.m.start_timer("hotspot", self.m.cfg.hotspot_wait_seconds)

    def _answer_hotspot_ready(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if self.d.get("online_at_ready") and self._online_at_ready(text, reading.label):
            return  # "is your phone's hotspot on?", asked when the unit came online before "it's on"
        if self.answered_aside and reading.label in ("how", "not_yet", None):
            return self._reask(counted=False)  # "my network is only on 5 GHz, isn't that the problem?" (told.py)
        if self._new_details_told(text):  # the new Wi-Fi's details on it, not the old ones asked for (explore13 n03)
            reading = Reading("ready" if _ITS_ON.search(message(text).plain) else "not_yet")
        elif (kind := "unplug" if reading.label == "unplug" else asks.hotspot_aside(text)) is not None:  # unplug: n16
            # "why do I need a hotspot?", "will it cost me data?": answered (round 10's got set-up steps, then support)
            self.say(self._aside_key(kind))
            self._reask(simple=True, counted=False)
            return
        if self.d.get("hotspot_attempts") and all_as_asked(message(text)) and not ready_again(message(text)):
            # "everything matches, I checked twice" after a failed test: a second wait would end as the first (n12).
            return self._hotspot_failed("the customer checked the hotspot's settings: all as asked")
        label = reading.label
        if self._set_up_on_asked(text, label):
            return
        if label == "named" and self.d.get("hotspot_set_up_on"):
            label = "ready"  # any name will do when the unit is set up on the hotspot
        if label == "how" and _ASKS_ONLINE.search(message(text).plain):
            # "is it working?" after the test ran out: what our system sees (round 10B got the set-up steps).
            self.say("hotspot_not_online_after" if self.d.get("hotspot_attempts") else "hotspot_not_online_before")
            self._reask(simple=True, counted=False)
            return
        if label == "named":  # "it's on, called ...": ready only under the name (and password) asked for
            label = "ready" if self._hotspot_as_asked(reading, facts) else "wrong_name"
        if label == "wrong_name":
            # "it's on but named Johns iPhone" was taken as ready (blind test); said again, a miss: never a loop.
            again = bool(self.d.get("hotspot_wrong_name"))
            self.d["hotspot_wrong_name"] = True
            self.say(self._wrong_name_key())
            self._reask(simple=True, counted=again)
            return
        if label in ("iphone", "android", "how"):
            shown = self.d.setdefault("hotspot_how_shown", [])
            if label in shown:
                # The same steps again help no one: a person offered, uncounted (a blind exploratory test got them
                # three times, then a handoff as not understood; a question answered is never that).
                self.say("hotspot_how_again")
                self._reask(simple=True, counted=False)
                return
            shown.append(label)
            self._say_hotspot_steps(label)
            self._reask(simple=True, counted=False)
            return
        if label in ("cant", "skip"):
            # "can we skip the hotspot thing? can I just change my router settings?" (round 10 got the set-up steps).
            self._hotspot_not_possible(None, skipped=label == "skip")
            return
        if label == "ready":
            self.d["misses"] = 0
            self.d.pop("hotspot_not_on", None)
            self.d.pop("fix_told", None)
            self.fire("wait_hotspot")
            return
        if label in ("fixing", "not_yet"):
            self._hotspot_not_now(text, label, reading.value == "later")
            return
        self._miss()

    def _hotspot_not_now(self, text: str, label: str, later: bool) -> None:
        """Not now: something else first ("im redoing the setup with the right password"), a moment ("give me a
        sec") or later ("tomorrow"). The test waits; the unit coming online meanwhile is not called the hotspot's doing
        unless they say it is on (see _hotspot_online): a blind exploratory test was told so after fixing its
        password."""
        fixing = label == "fixing"
        again = fixing and self.d.get("hotspot_not_on") == "fixing"
        self.d["hotspot_not_on"] = "fixing" if fixing else later or not_on_yet(text)
        self.say("hotspot_fixing" if fixing else "hotspot_later" if later else "hotspot_no_rush")
        if again:
            return  # told again while fixing: the question stays open, not asked once more (never counted to support)
        # Not an answer the bot failed to read: uncounted, so a third "fixing it" is not handed to support as not
        # understood right after "OK, go ahead" (the fifth blind exploratory test's "redo setup w right pw?").
        self.d["free_ask"] = True
        self.fire("ask_hotspot", simple=True)
        if later:
            # "can I do it tomorrow?": the question stays open until then, not closed after half an hour of
            # silence (a blind exploratory test came back the next day to the light question).
            self.m.start_timer("reply", LATER_SECONDS)

    def _hotspot_not_ready_after_all(self, text: str) -> bool:
        """While the bot watches, a blind exploratory test's "wait, I have not turned it on yet" and "how do I change
        the hotspot name?" got "I'm still watching", and the wait that ran out was a failed test ("points to the unit
        itself"). Not on yet: back to the set-up, the wait stopped. A set-up question: its steps. Just fixed: the wait
        starts again. False for anything else."""
        if not_on_yet(text):
            self.d["hotspot_not_on"] = True
            self.m.cancel_timer("hotspot")
            self.say("hotspot_not_on_yet")
            self.fire("ask_hotspot", simple=True)
            return True
        msg = message(text)
        if hotspot_ready(msg).label == "cant":
            # "i cant make a hotspot", "my phone doesnt have a hotspot option" while the bot watches: the watch ends
            # (the tenth blind exploratory test was told "Keep the hotspot on" until the five minutes ran out).
            self.m.cancel_timer("hotspot")
            self._hotspot_not_possible(None, skipped=False)
            return True
        # "how do i rename my iphone", "help i cant find maximize compatibility": a set-up question without its "?"
        # (a blind exploratory test got "I'm still watching" for both).
        asks = msg.is_question or (msg.tokens[:1] and msg.tokens[0] in ("how", "where", "help", "which")) or \
            msg.has(r"cant (find|see|get)", r"(dont|do not) know how", r"where (is|do|can)")
        if asks and _ASKS_ONLINE.search(msg.plain):
            # "sorry got distracted. is it working?": what our system sees, not the set-up steps (round 10B).
            self.say("hotspot_not_online_yet")
            return True
        if asks and msg.has(r"maxim\w*", r"compatib\w*"):
            self.say("hotspot_maximize")
            return True
        if asks and msg.has(r"how", r"where", r"help", r"cant (find|see|get)", r"(dont|do not) know", r"set ?up", r"turn (it )?on",
                            r"rename", r"change", r"steps") and (how := hotspot_ready(msg).label) in ("how", "iphone", "android"):
            # Not "but it's connected to my phone hotspot right now??" (round 11 got both phones' steps).
            self._say_hotspot_steps(str(how))
            return True
        if just_fixed(text):
            self.m.cancel_timer("hotspot")
            self.m.start_timer("hotspot", self.m.cfg.hotspot_wait_seconds)
            self.d["watch_started"] = self.m.now
            self.say("hotspot_watch_again", progress="hotspot")
            return True
        return False

    def _say_hotspot_steps(self, label: str) -> None:
        """The set-up steps for the phone named ("iphone", "android"), or both ("how")."""
        if label in ("iphone", "how"):
            self.say("hotspot_iphone")
        if label in ("android", "how"):
            self.say("hotspot_android")

    def _wrong_name_key(self) -> str:
        """What the hotspot must be called: the test's own name, or the home Wi-Fi's when none is configured."""
        return "hotspot_wrong_name" if self.m.cfg.hotspot_ssid else "hotspot_wrong_name_same"

    def _hotspot_as_asked(self, reading: Reading, facts: dict[str, Any]) -> bool:
        cfg = self.m.cfg
        name = cfg.hotspot_ssid or self.d.get("ssid")
        password = cfg.hotspot_password if cfg.hotspot_ssid else None  # the home Wi-Fi's key is never kept
        told = reading.values[0] if reading.values else None
        if told is not None and "redacted" in told and password is not None:
            # The key was hidden before the flow saw it; its length still tells another one ("rescue2024").
            if facts.get("password_length") not in (None, len(password)):
                return False
            password = None
        return hotspot_as_asked(reading, name, password)

    def _answer_hotspot_wait(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if (kind := asks.hotspot_aside(text)) is not None:
            self.say(self._aside_key(kind))  # asked while the bot watches: answered, and the watch goes on
            return
        if self._hotspot_not_ready_after_all(text):
            return
        if (named := hotspot_named(message(text))) is not None:
            # "it's called Mum's phone" while the bot watches: the name matters, not a light ("named it cyan rescue"
            # was read as a light-blue light).
            wrong = named.label == "wrong_name" or not self._hotspot_as_asked(named, facts)
            self.say(self._wrong_name_key() if wrong else "hotspot_still_watching")
            return
        if reading.led is not None and reading.led.code:
            self._record_led(reading.led)
        if reading.label == "still_nothing":
            # "Still not connecting": after a fair wait the customer's word ends it (the settings check comes
            # next); sooner than that, a unit often still needs a minute to join and reach the cloud.
            watched = self.m.now - float(self.d.get("watch_started", self.m.now))
            if watched >= STILL_NOTHING_AFTER_SECONDS:
                self.m.cancel_timer("hotspot")
                self._hotspot_failed("customer saw no connection")
                return
            again, self.d["still_told"] = self.d.get("still_told"), True  # round 12 got the same words four times
            self.say("hotspot_still_again" if again else "hotspot_give_it_time" if self.m.channel == "web" else
                     "hotspot_still_watching")
            return
        # A light described while the bot watches: what it means for the test (a blind exploratory test got "I'm
        # still watching" to each, and then "check the hotspot settings" after "it's breathing cyan").
        seen = reading.led
        meaning = None
        if seen is not None and seen.colour == "cyan":
            meaning = "hotspot_light_breathing" if seen.pattern == "breathing" else "hotspot_light_cyan"
            self.d["hotspot_breathing"] = seen.pattern == "breathing"
        elif seen is not None and seen.code == "led:fast_green":
            meaning = "hotspot_light_fast_green"  # joined the hotspot, no address from the phone (not "not joined")
        elif seen is not None and seen.colour == "green" and seen.pattern == "blinking":
            meaning = "hotspot_light_green"
        elif seen is not None and seen.code in _WATCH_LIGHTS:
            meaning = _WATCH_LIGHTS[seen.code]  # dark blue, red SOS, no light: what to do (round 11 was told "still
            # watching" to each)
        self.say(meaning or "hotspot_still_watching")

    def _hotspot_failed(self, detail: str | None = None) -> None:
        """The watch ended without the unit online: the settings check once, then support (design 6.1)."""
        if self.d.pop("hotspot_breathing", False):
            # Connected by its light on the hotspot, yet our system never saw it: not the hotspot's settings (a blind
            # exploratory test was asked to check them), but our side, for support to look at.
            self.m.finding("led:breathing_cyan", "led", "on the hotspot, not seen online by our system")
            self.m.reply(capital(self.text("breathing_cyan_offline")))
            self._handoff("handoff:other", say=False)
            return
        self.m.finding("hotspot:failed", "hotspot", detail)
        self.d["hotspot_attempts"] = self.d.get("hotspot_attempts", 0) + 1
        if self.d["hotspot_attempts"] >= 2:
            self._device_suspected()
        else:
            self.fire("ask_hotspot")

    def _hotspot_online(self) -> None:
        """Online during the hotspot steps is the test's result, "ready" said or not (design 6.1). Unless they told
        us there is no hotspot for now ("tomorrow", "I haven't turned it on"): that would contradict them, so asked."""
        if self.step == "hotspot_wait" or self.d.get("online_at_ready") or \
                not (self.d.get("hotspot_not_on") or self.d.get("fix_told")):
            self._hotspot_connected()
            return
        if self.d.get("hotspot_not_on") == "fixing" or (self.d.get("fix_told") and not self.d.get("hotspot_not_on")):
            # Or a fix of their own told at a router question ("I switched the router to WPA2/WPA3 mixed mode, lets
            # see"), "ready" not said (a blind exploratory test, the fourth: three were told "It worked on your
            # hotspot", one of them after "I didn't turn on a hotspot").
            # They were fixing something else instead ("im redoing the setup with the right password"): that worked,
            # and "is your phone's hotspot on?" would ask about a test they said no to.
            self.d["resume"] = self.m.awaiting
            self.fire("came_online")
            return
        self.d["online_at_ready"] = True
        self.say("ask_hotspot_on", CHOICES["yes_no_unsure"])

    def _online_at_ready(self, text: str, label: str | None) -> bool:
        """The answer to "is your phone's hotspot on?": yes is the test's result; no (or not sure) is online on the
        home Wi-Fi, confirmed as any unit that came online. False when the answer says neither."""
        verdict = polarity.verdict(message(text))
        if label == "ready" and not not_on_yet(text) and verdict != "no":
            self.d.pop("online_at_ready", None)
            self._hotspot_connected()
            return True
        if verdict in ("no", "unsure") or not_on_yet(text):
            self.d.pop("online_at_ready", None)
            self.d["resume"] = self.m.awaiting
            self.fire("came_online")
            return True
        return False

    def _hotspot_connected(self) -> None:
        self.m.finding("hotspot:connected", "hotspot")
        self.m.cancel_timer("hotspot")
        if self.m.cfg.hotspot_ssid and "led:blinking_green" in self.m.findings and \
                self._router_cause_code(self.m.findings) is None and \
                "wifi:wrong_password_suspected" not in self.d.get("ruled_out", ()):
            # On the test hotspot's own name and password the unit works, but its saved home Wi-Fi password was not
            # tried: with normal green and nothing else found, that is the first suspect (docs/particle-facts.md 4,
            # row 1; a blind exploratory test was told "a setting on your router").
            self.m.finding("wifi:wrong_password_suspected", "hotspot",
                           "works on the test hotspot; the home Wi-Fi password it has saved was not tested")
        old_wifi = self._old_wifi()
        if old_wifi:
            self.m.finding("wifi:wrong_password_suspected", "hotspot",
                           "the Wi-Fi changed since the set-up and the unit was not set up again: old details saved")
        fix = self.text("old_wifi_saved") if old_wifi else self.router_fix()
        self.m.reply(capital(self.text("hotspot_connected", fix=fix)))
        self._handoff("handoff:router_issue", say=False)

    def router_fix(self) -> str:
        """The most likely router cause from the findings, in the customer's words."""
        return self._router_cause(self.m.findings) or copy.ROUTER_CAUSE_UNKNOWN

    def _device_suspected(self) -> None:
        branch = self.d.get("branch")
        if branch == "keys":
            self.m.finding("device:keys_suspected", "hotspot")
        elif "led:blinking_green" in self.m.findings:
            self.m.finding("device:hardware_suspected", "hotspot", _ANTENNA if self._platform() == "argon" else None)
        # An Argon's Wi-Fi needs its external antenna (docs/particle-facts.md section 2): failing next to a phone's
        # hotspot twice, a loose or missing one is the first thing to look at (round 10B asked for it).
        self._handoff("handoff:device_suspected", "hotspot_failed_antenna" if self._platform() == "argon" else None)
