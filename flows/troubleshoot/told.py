"""What the customer tells before it is asked (a Wi-Fi name, which password was typed, a hotspot tried, a router
restarted, no smartphone, a hotel's Wi-Fi, drops now and then): kept for the step it answers, so that step is not
asked as if nothing was said; and a correction of the answer before ("sorry I meant no").
"""

from __future__ import annotations

import re
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot.base import MAX_MISSES
from flows.troubleshoot.copy_asks import ANTENNA_NOTE
from flows.troubleshoot.router_told import RouterToldSteps
from flows.troubleshoot.rules import (
    asks,
    context,
    led,
    network_fix,
    network_told,
    phones,
    side_asks,
    slots,
    ssids,
    stepped_away,
    told_before,
    told_router,
    unit_words,
    works_now,
)
from flows.troubleshoot.rules.answers_router import listed_pair_name
from flows.troubleshoot.rules.band_told import FIVE_ONLY as _FIVE_ONLY
from flows.troubleshoot.rules.band_told import PHONE_BAND as _PHONE_BAND
from flows.troubleshoot.rules.reading import QUESTIONS, Reading, describes_light, read
from flows.troubleshoot.rules.router_settings import approval_told, portal_told
from flows.troubleshoot.rules.scan.findings import DUAL_BAND_PLATFORMS
from flows.troubleshoot.rules.set_up_5g import set_up_on_5g  # told as where it was set up: changes.py
from flows.troubleshoot.rules.text import looks_like_scan, message
from flows.troubleshoot.wifi import MEANT, ROUTER_ANSWER_CODES, ROUTER_NO_CODES

# The first message and the questions before the Wi-Fi name's, where a Wi-Fi name told in passing is kept for it.
NETWORK_TOLD_STEPS = frozenset({"start", "device_id", "led", "led_detail", "wifi_password"})
# ... and the questions before the hotspot test, where a hotspot tried already is kept for it (read no later: the
# message is read once per answer, and this reader need not run at the hotspot steps or after a handoff).
HOTSPOT_TOLD_STEPS = NETWORK_TOLD_STEPS | {"wifi_network", "wifi_scan", "router_check"}
# ... and up to the hotspot test's question, where a weak signal told or asked about is answered at once.
WEAK_TOLD_STEPS = HOTSPOT_TOLD_STEPS | {"hotspot_ready"}
# The questions where a goodbye ends the chat: not once it is with support, nor at "is it working now?", nor at the
# hotspot test, where "i'll do it later, bye" is the test put off (its own answer; round 21 lost two replies to it).
GOODBYE_STEPS = HOTSPOT_TOLD_STEPS - {"start"}
# ... and up to the hotspot test's question, where a sign-in page told is noted and answered at once.
PORTAL_TOLD_STEPS = HOTSPOT_TOLD_STEPS | {"hotspot_ready"}


# A bare answer before a question or remark, in its own clause ("no. how long will this take?").
_LEADING_VERDICT = {"no": "no", "nope": "no", "nah": "no", "no no": "no", "yes": "yes", "yep": "yes", "yeah": "yes",
                    "yup": "yes", "ya": "yes", "not sure": "unsure", "dunno": "unsure"}

# WPA3 turned on or the only security ("turned on WPA3", "router is WPA3 only"); not the mixed mode that fixes it.
_WPA3_ONLY = lazy(r"\b(?:turned on|switched to|switched on|set (?:it |the router |security )?to|enabled|changed (?:it )?to"
                  r"|upgraded to|using|uses|its|it s|is|only|just) (?:the )?wpa ?3\b|\bwpa ?3(?:[- ]only| only)\b")
_WPA3_MIXED = lazy(r"\bwpa ?2 ?(?:/|and|or|\+) ?wpa ?3\b|\b(?:mixed|transition)\b|\bwpa ?3\b[^.?!]{0,12}\bwpa ?2\b")
# On a hotel's Wi-Fi: "im in a hotel for a month w my lab-prototype" (round 12 was asked "like at a hotel?").
_HOTEL = lazy(r"\b(?:hotel|motel|hostel|resort|cruise ship|inn)\b")


# A customer quiet this long (seconds) was away: "ok I'm back" gets a welcome.
AWAY_SECONDS = 60

# Questions a light may be told beside and then read (round 34): the cost, how long, privacy, a word, is it broken.
_BESIDE_A_LIGHT = frozenset({None, "term", "help", "bot", "privacy", "duration", "wait", "guessed"})


def follow_up(data: dict[str, Any]) -> tuple[str, led.LedReading]:
    """The light's follow-up question being asked (`led_need`), and what is known of the light so far."""
    need = data.get("led_need") or ""
    return need, led.LedReading(**data.get("led_partial", {"code": None, "need": need, "colour": None}))


class ToldSteps(RouterToldSteps):
    """Facts told in passing, noted on every message (machine.py `_on_message`, and the first message)."""

    # Seconds since the customer's message before this one (not stored; None for the first).
    since_heard: float | None = None

    def _network_rule_told(self, text: str) -> None:
        """A sign-in page (explore4) or a list of approved devices (the ninth exploratory test's n07) told before its
        question: what to do about it, at once. At its own question, its own reader answers it."""
        at = self.d.get("rq_current") if self.step == "router_check" else None
        plain = message(text).plain
        denied = told_router.router_told(text)  # "no guest network, nothing to register": neither is told (n14)
        if at != "guest" and not self.d.get("portal_told") and "wifi:captive_portal" not in self.m.findings and \
                "guest" not in denied and portal_told(plain):
            self._portal_told("the customer says the Wi-Fi has a sign-in page")
        if at != "mac_filter" and not self.d.get("approval_told") and "wifi:mac_filtering" not in self.m.findings and \
                "mac_filter" not in denied and approval_told(plain):
            self._portal_told("the customer says the network lets in only approved devices", "wifi:mac_filtering")

    def _note_told(self, text: str) -> None:
        """A Wi-Fi name told before its question ("blinking green, my wifi is called HomeNet"), kept for it; so are
        which password was typed, a phone hotspot tried already (a blind exploratory test was asked both anyway), a
        router restarted, and no smartphone (said at any question)."""
        last, self.d["heard_at"] = self.d.get("heard_at"), self.m.now
        self.since_heard = None if last is None else self.m.now - float(last)
        if looks_like_scan(text):
            return  # its networks' names and words are not told about the customer's own (explore5)
        self._network_told(text)
        if self.step in NETWORK_TOLD_STEPS - {"wifi_password"} and (told := asks.password_told(text)):
            self.d["password_told"] = told
        if self.step in HOTSPOT_TOLD_STEPS and not self.d.get("hotspot_tried") and asks.hotspot_tried(text):
            self.d["hotspot_tried"] = True
        if context.drops_now_and_then(text):
            self.d["drops_told"] = True  # "keeps dropping offline every few hours": asked about once it is online
        if self.step in PORTAL_TOLD_STEPS:
            self._network_rule_told(text)
        self._side_asked(text)
        self._weak_told(text)
        if unit_words.new_unit(message(text).plain):
            self.d["new_unit_told"] = True  # not on the account yet: added in the app (device.py `_not_found`)
        if _HOTEL.search(text.lower()) and "guest" not in told_router.router_told(text):  # not "no hotel login"
            self.d["hotel_told"] = True  # a hotel's Wi-Fi: its sign-in page is the first suspect (wifi.py)
        if phones.no_smartphone(message(text)):
            self.d["no_smartphone"] = True  # the phone steps are left out (phone.py)
        if told_before.setup_redone(text):
            self.d["resetup_told"] = True  # a new router's "set it up again" is not asked for (light.py)
        if self.step in NETWORK_TOLD_STEPS:  # done already: fast green's router restart, a power-cycle (remedy.py)
            self.d.update(told_before.restarts(text))
        lower = text.lower()
        if not self.d.get("wpa3_told") and _WPA3_ONLY.search(lower) and not _WPA3_MIXED.search(lower):
            # "I turned on WPA3 for security, would that matter?" (the fourth blind exploratory test was told to set
            # it up again): yes, WPA3 only keeps a Photon or Argon out (docs/particle-facts.md 2; the P2's is new).
            self.d["wpa3_told"] = True
            if self._platform() != "p2":
                self.m.finding("wifi:wpa3_only", "customer", "the customer turned on WPA3")
            self.say("wpa3_told")
        if self.step != "wifi_scan" and not self.d.get("five_only_told") and _FIVE_ONLY.search(lower) and \
                self._platform() not in DUAL_BAND_PLATFORMS and \
                "wifi:no_2_4ghz" not in self.m.findings and not _PHONE_BAND.search(lower):
            # "my scan showed my network is only on 5 GHz, isn't that the problem?" (the fifth exploratory test was
            # told "Take your time"): yes, and the router setting that fixes it (docs/particle-facts.md 2). Not before
            # the unit is known: a P2 or Photon 2 uses 5 GHz too (explore9 told a P2's owner it could not).
            if self._platform() is None:
                self.d["five_only_asked"] = True  # answered once the unit is found (`_band_after_found`)
            else:
                self.answered_aside = True
                self._five_only_told()

    def _weak_told(self, text: str) -> None:
        """A weak signal where the unit is: "HomeNet, but it's in the basement with 1 bar" (explore5 heard nothing back);
        "isnt -84 really weak?" at the hotspot test (explore10's n16); a cellular unit's is the mobile network's."""
        if self.step not in WEAK_TOLD_STEPS or self.d.get("weak_told") or "wifi:weak_signal" in self.m.findings or \
                not network_told.weak(message(text)):
            return
        self.d["weak_told"] = True
        if (self.d.get("device") or {}).get("is_cellular"):  # the mobile network's, not the router's (explore12 n06)
            self.say("weak_told_cellular")
            return
        self.m.finding("wifi:weak_signal", "customer", "the customer says the signal is weak where the unit is")
        self.say("weak_told_hotspot" if self.step == "hotspot_ready" else "weak_told")
        if self.step == "hotspot_ready" and "?" in text:
            self.answered_aside = True  # "is it too weak there?": answered, not the set-up steps again

    def _network_told(self, text: str) -> None:
        """The Wi-Fi's name told before its question, and answers to the router questions told before theirs."""
        if self.step in NETWORK_TOLD_STEPS and not self.d.get("ssid") and (
                name := ssids.volunteered_network(text) or listed_pair_name(message(text))):
            self.d["ssid_told"] = name  # "my wifi is called HomeNet", "i see NETGEAR47 and NETGEAR47-5G" (n14)
        if self.step == "wifi_password" and (public := next((w for w in re.findall(r"[\w-]+", text)
                                                            if slots.public_network(w)), None)):
            # "i used my school login. its eduroam": the network, which no unit can join, comes before the key (round
            # 11 was asked for the router sticker's password, in a dorm).
            self.d["ssid_told"], self.d["public_at_password"] = public, True
        if self.step in HOTSPOT_TOLD_STEPS and (told := told_router.router_told(text)):
            # "phone + laptop work fine on it, no guest network": answered when its question comes (n14)
            now = self.d.get("rq_current") if self.step == "router_check" else None
            self.d["rq_told"] = {**(self.d.get("rq_told") or {}), **{q: a for q, a in told.items() if q != now}}

    def _five_only_told(self) -> None:
        self.d["five_only_told"] = True
        self.m.finding("wifi:no_2_4ghz", "customer", "the customer says the Wi-Fi is on 5 GHz only")
        self.say("five_only_told")

    def _band_after_found(self) -> None:
        """A Wi-Fi on 5 GHz only, told before the unit was found, answered for the unit found: the fix for a Photon or
        Argon, "that is not it" for a P2 or Photon 2."""
        if not self.d.pop("five_only_asked", False) or self.d.get("five_only_told"):
            return
        if self._platform() in DUAL_BAND_PLATFORMS:
            self.say("five_only_dual")
        else:
            self._five_only_told()

    def _to_led_or_band(self) -> None:
        """The unit found offline: the light question, or, when the 5 GHz band's name was told before ("i set it up
        on the wifi thats called BELL-492-5G", the ninth exploratory test's n02, heard nothing of it) for a unit that
        uses 2.4 GHz only, set it up again on the other name at once (a light told with it is kept for support)."""
        told = str(self.d.get("ssid_told") or "")
        platform = self._platform()
        if not told or platform is None or platform in DUAL_BAND_PLATFORMS or self.d.get("band_told") or \
                not ssids.five_ghz_name(told):
            self._to_led()
            return
        self.d.pop("ssid_told")
        opener = self.d.pop("opener_led", None) or {}
        code = opener.get("code") or ("led:blinking_green" if opener.get("colour") == "green" and
                                      opener.get("pattern") == "blinking" else None)
        if code:
            self._record_led(led.LedReading(**{**opener, "code": code, "need": None}))
        self._take_network(told)

    def _drops_handed_off(self) -> bool:
        """At the hotspot test, for a unit that keeps dropping off (told, or seen twice): it joins the home Wi-Fi now
        and then, so the test would only say "it worked on your hotspot" (round 12). Support gets the checks'
        findings and its connection history instead. True when handed off."""
        if not (self.d.get("drops_checked") or self.d.get("drops", 0) >= 2):
            return False
        self._handoff("handoff:other", key="drops_told_handoff" if self.d.get("drops_checked") else "keeps_dropping_handoff")
        return True

    def _drops_told(self) -> bool:
        """Online and its light fine, after the customer said it keeps dropping off now and then: not "all set" but
        the signal where it sits (the scanner), else support, who can see its connection history. False when they
        said no such thing."""
        if not self.d.pop("drops_told", False):
            return False
        if self.d.get("scan") or self.d.get("scan_skipped") or self.d.get("no_smartphone"):
            self._handoff("handoff:other", key="drops_told_handoff")
        else:
            self.d["drops_checked"] = True  # the scan and the router questions, then support (phone.py)
            self.say("drops_told")
            self.fire("ask_scan")
        return True

    def _corrects_last_answer(self, text: str) -> bool:
        """"sorry I meant no, it's just my house" at the router question after the one it corrects: that answer is
        changed (a withdrawn yes is never named as the cause; a blind exploratory test was told it was), and the
        question asked now comes again. False when the message corrects nothing."""
        prev = self.d.get("rq_prev")
        m = MEANT.match(text)
        if not prev or m is None or not m.group("rest").strip():
            return False
        label = read(prev, m.group("rest")).label
        code = ROUTER_ANSWER_CODES.get(prev) or ROUTER_NO_CODES.get(prev)
        if code is None or label not in ("yes", "no", "one", "two"):
            return False
        if (label in ("yes", "one")) == (prev in ROUTER_ANSWER_CODES):
            self.m.finding(code, "customer", "corrected by the customer")
            self.d["ruled_out"] = [c for c in self.d.get("ruled_out", []) if c != code]
        else:
            self._rule_out(code)
        self.say("answer_corrected")
        self._reask(counted=False)
        return True

    def _verdict_said_first(self, text: str) -> bool:
        """"no. how many more questions is this gonna be" at a router's yes/no question: the aside is answered, and the
        answer said first is the answer (a blind exploratory test was asked the same question again, three times)."""
        clauses = message(text).clauses
        verdict = _LEADING_VERDICT.get(clauses[0]) if len(clauses) > 1 else None
        rq = self.d.get("rq_current")
        if self.step != "router_check" or rq in (None, "same_name"):
            return False
        first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
        if verdict is None and len(first) > 1 and "?" not in first[0] and rq in QUESTIONS:
            # "no its my house. how many more questions" (explore11's n11 got the same question again)
            verdict = QUESTIONS[rq](message(first[0])).label
        if verdict not in ("yes", "no"):
            return False
        self._answer_router_check(clauses[0], {}, Reading(verdict))
        return True

    def _side_answer_key(self, kind: str) -> str:
        """The answer to a question beside the one asked; "is it broken?" in safe mode and online: no (explore11 n19)."""
        dev = self.d.get("device") or {}
        if kind == "is_broken" and dev.get("online") and dev.get("status") == "safe_mode":
            return "aside_is_broken_safe_mode"
        return f"aside_{kind}"

    def _after_aside(self, text: str, reading: Reading) -> bool:
        """After a question beside the one asked was answered: the light told with it is the answer ("It's blinking
        light blue ... is this free?" got the cost answered and the light question again: explore7), else the answer
        said first, else the question again, uncounted. False when the step is to read the message too."""
        if self._light_beside(text, reading):
            return False
        if not self._verdict_said_first(text):
            self._reask(counted=False)
        return True

    def _light_beside(self, text: str, reading: Reading) -> bool:
        """At the light questions, a light told beside a question answered ("it's blinking green. is it safe for him to
        press the buttons?", "flashing light blue, how long will this take?"): the light is the answer, read next."""
        # Not beside "I'm back, where did we leave off" nor "the porch light is yellow, is that the one?" (which light).
        if self.step not in ("led", "led_detail") or reading.label not in _BESIDE_A_LIGHT or \
                str(reading.value or "").startswith("light_"):
            return False
        if not describes_light(text):
            # At a light's follow-up, its answer: "Steady, even blinking. But do I need a new router?" (explore11's n03
            # was asked the pace again).
            return self.step == "led_detail" and self._detail_said(text)
        seen = led.parse_led(text)  # a word asked is no light told: "what does cyan mean" names a colour only
        return reading.label != "term" or (seen is not None and (seen.code is not None or seen.pattern is not None))

    def _detail_said(self, text: str) -> bool:
        need, prev = follow_up(self.d)
        return led.parse_led_detail(need, text, prev) is not None

    def _side_asked(self, text: str) -> None:
        """A question beside the answer, answered before the answer is read (the ninth test's n11, n12 and n16, n04):
        which extender to get, whether every mesh point must be unplugged for the hotspot test, whether the phone's
        hotspot will do on a network with a sign-in page. A message that was only that question is then asked its
        question again, uncounted (base.py `_miss`)."""
        if side_asks.asks_extender(text):
            self.say("extender_advice", fill={"antenna": ANTENNA_NOTE if self._platform() == "argon" else ""})
        elif side_asks.asks_move_closer(text):
            self.say("move_closer_advice")
        elif self.step in ("hotspot_ready", "hotspot_wait") and side_asks.asks_mesh_units(text) and \
                (message(text).is_question or not self.d.get("mesh_all_said")):  # not "ok all eeros unplugged"
            self.say("hotspot_mesh_all")
            self.d["mesh_all_said"] = True
        elif self.step not in ("hotspot_ready", "hotspot_wait") and side_asks.asks_portal_hotspot(text) and \
                ("wifi:captive_portal" in self.m.findings or self.d.get("hotel_told")):
            self.say("portal_hotspot")
            if self._platform() not in DUAL_BAND_PLATFORMS:
                self.say("hotspot_24_only")
        else:
            return
        self.answered_aside = True

    def _sometimes_told(self, text: str, reading: Reading) -> str | None:
        """At the Wi-Fi password question, a unit that connects now and then, or did before: its password is right
        (the ninth test's n11 was asked twice); the drops are asked about once it's online. The label read."""
        if self.d.get("pw_phase") == "resetup" or reading.value == "changed" or \
                reading.label not in (None, "yes", "no", "unsure", "dont_know") or not context.connects_sometimes(text):
            return reading.label
        # "my grandson set it up last year, it worked fine until yesterday": right then, whoever typed it; a unit that
        # stopped is asked what changed (explore11's n16 was sent to find the password on the router).
        drops = context.drops_now_and_then(text) or context.comes_and_goes(text)
        self.d["drops_told"] = drops
        self.say("password_right_sometimes" if drops else "password_right_worked")
        return "yes"

    def _between_answers(self, text: str, reading: Reading) -> bool:
        """Words about the chat or the test, not an answer: "yes I'm here" to "are you still there?" (the question
        again, not "yes" to it: a blind exploratory test's presence was recorded as "registration needed", and "I'm
        back" became its Wi-Fi's name); a router that isn't theirs to unplug at the hotspot test; or a goodbye at a
        question (the ninth test's n21: "i said bye. stop" opened a support case): said goodbye, nothing opened, the
        chat kept for their return and closed later if they don't come back."""
        if self.d.get("reminded") and asks.still_here(text):
            self.say("away_back")
            self._reask(counted=False)
            return True
        if self.step == "hotspot_ready" and reading.label not in ("stop", "agent") and side_asks.cant_unplug(text):
            # "the router's the landlord's, what do I do?" (n17): the test without unplugging, before a question's
            # usual help
            return self._set_up_on_asked(text, reading.label, cant=True)
        if self.step not in GOODBYE_STEPS or reading.label in ("stop", "agent") or not side_asks.says_goodbye(text):
            return False
        if works_now.says_it_works(text, self.d.get("rq_current")):
            return False  # "now it's fine, thanks, bye": told whether our system sees it too (explore13's n13)
        self.say("goodbye_offer")
        self.m.cancel_timer("reply")
        self.d["reminded"] = True  # as after a reminder: "I'm back" gets "welcome back" and the question again
        self.m.start_timer("abandon", self.m.cfg.reply_timeout_seconds)
        return True

    def _back_key(self) -> str:
        """What "where were we?" gets before the question again: "Welcome back!" to "I'm back" or after a quiet spell,
        not to a customer who wrote seconds before (explore10's n29)."""
        away = stepped_away.says_back(self.heard) or self.since_heard is None or self.since_heard >= AWAY_SECONDS
        return "welcome_back" if away else "recap_asked"

    def _brb(self) -> bool:
        """"brb": no question again, the usual wait for a reply (explore6). It counts towards the three replies a
        question stands for, but never hands off itself; a second pause at the same question is counted as a reply the
        bot could not use: a real answer misread as a pause, sent again, must not get "I'll be here" for ever
        (tests/test_no_loops.py)."""
        where = f"{self.step}:{self.d.get('rq_current')}:{self.d.get('pw_phase')}:{len(self.d.get('remedies') or [])}"
        if self.d.get("paused_at") == where:
            return self._miss() or True
        self.d["paused_at"] = where
        self.d["misses"] = min(self.d.get("misses", 0) + 1, MAX_MISSES - 1)
        self.say("brb_ok")
        self.m.start_timer("reply", self.m.cfg.reply_timeout_seconds)
        return True

    def _network_corrected(self, text: str) -> bool:
        """The Wi-Fi's name corrected after it was given (explore10's n11: "wait no i meant the other one, the one
        called Linksys00412_EXT" was taken for another unit, and every answer so far was lost): kept and said; at the
        scanner question the scan is asked for under that name, at another the question again, uncounted."""
        current = str(self.d.get("ssid") or "")
        if not current or set_up_on_5g(text)[0] or (name := network_fix.corrected_network(text, current)) is None:
            return False
        self.say("network_corrected", fill={"network": name})
        if self.step == "wifi_scan":
            self._take_network(name)
            return True
        self.d["ssid"] = name
        self.d["asked_q"] = None  # the whole question again: it may name the Wi-Fi
        self._reask(counted=False)
        return True
