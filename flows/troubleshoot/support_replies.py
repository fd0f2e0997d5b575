"""With support, the answers the bot can still give itself (a blind exploratory test got "Thanks, I've added that to
your case" or nothing): "never mind, it works now" against what our system sees, "is it fixed?", the hotspot test's
aftermath, what to change or how to set the unit up again, a word or a light explained, an easy question (where the
Wi-Fi password is, WPA3, 5 GHz, distance, a cellular unit's signal), questions about the help itself, and a case
cancelled. Part of the flow: support.py's SupportSteps builds on it.
"""

from __future__ import annotations

import re
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot import copy
from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.copy_fixes import ROUTER_WHERE, ROUTER_WHERE_ANY, sets_up_again
from flows.troubleshoot.rules import (
    asks,
    cause_asks,
    context,
    help_asks,
    intents,
    leave_plugged,
    light_means,
    mode_asks,
    scan,
    self_fix,
    side_asks,
    support_asks,
    works_now,
)
from flows.troubleshoot.rules.answers_hotspot import not_on_yet
from flows.troubleshoot.rules.reading import Reading
from flows.troubleshoot.rules.terms import asked_term
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.why_asked import why_asked

# "I turned the hotspot off"; "i need my hotspot for my phone tho, turning it off" (explore7: "it" is the hotspot here).
_HOTSPOT_OFF = lazy(r"\b(?:turned|switched|turn|switch|shut|put|turning|switching|shutting)(?:ed)? (?:the |my |it |that )?"
                    r"(?:hot ?spot )?off\b|\bhot ?spot (?:is |s )?(?:now )?(?:off|disabled)\b|\b(?:turned|switched|shut"
                    r"|turning|switching) off (?:the |my )?hot ?spot\b|\bwith (?:the |my )?hot ?spot off\b")
_CANT_CHANGE = lazy(r"\b(?:cant|can't|cannot|can not|unable to|not able to|not allowed to|no way to|dont have access to"
                    r"|don't have access to|have no access to)(?: \w+){0,2} (?:change|access|adjust|touch|edit|get into)"
                    r"(?: \w+){0,3} (?:wifi|wi-fi|router|network|settings|internet)\b|\b(?:it'?s|its|it is) (?:the )?"
                    r"(?:hotel|landlord|building|school|work|office|apartment|dorm|campus)'?s? (?:wifi|wi-fi|router|network)")
# "is it fixed?", "great, is it working?", "did it connect?": a question about the unit's state, answered from our system.
_ASKS_FIXED = lazy(r"\b(?:is|has|did|does) (?:it|the unit|the device|my \w+) (?:\w+ )?(?:fixed|working|work|online"
                   r"|back|connected|connect|sorted|ok|okay)\b[^.!]*\?|^(?:fixed|working|online|sorted)\?"
                   # Asked without "?": "is it fixed yes or no" (the seventh test got "Added to your case").
                   r"|^(?:so |and |ok |well |but |hey )*(?:is|has|did|does) (?:it|the unit|the device|my \w+) (?:\w+ )?"
                   r"(?:fixed|working|work|online|back|connected|sorted)\b(?! (?:on|with|for) )")


# What is left of a contact's message once the contact is taken out: the words around it ("my email is", "skip").
_CONTACT_WORDS = lazy(r"(?i)^\s*(?:skip|no thanks|nah|no|ok|okay|thanks|thank you)\b|\b(?:my )?(?:e-?mail|phone|number|cell"
                      r"|mobile)(?: address| number)? (?:is|:)|\b(?:here s|heres|here is) my (?:e-?mail|number)\b")
_QUESTION_WORDS = frozenset({"what", "whats", "where", "wheres", "how", "which", "why", "can", "could", "should", "does",
                             "do", "is", "will", "would", "and", "but", "also", "so"})


_NOT_ON_HOTSPOT = lazy(r"\b(?:no|not on (?:the |a |my )?|never (?:used|made|turned on|set up|did) (?:a |the |my |any )?|didnt (?:use"
                      r"|make|do|turn on) (?:a |the |my |any )?|wasnt on (?:the |a |my )?|there is no |theres no |what )hot ?spot\b"
                      r"|\b(?:its|it s|it is) on (?:the |my |our )?(?:home )?wi ?fi\b")


_ON_HOME = lazy(r"\b(?:on|with|connected to|using|joined) (?:the |my |our |its )?(?:own |home )?(?:\w+ )?(?:wi ?fi|network)\b(?! ?\?)")
# A denial beside it: "it's not connected to the wifi", "never joined our network".
_DENIED = lazy(r"\b(?:not|never|isnt|wont|cant|doesnt|didnt|no longer|still not)\b")
_CELL_WIFI = lazy(r"\b(?:wi ?fi|wireless|router|ssid|network name)\b")
_CELL_PLAN = lazy(r"\b(?:payment|paid|pay|billing|bill|invoice|card|subscription|plan|sim|data|credit|account suspended"
                  r"|suspended|paused)\b")


# The reason each question gives when asked why it matters (copy_asks.py).
WHY_KEYS = {"led": "why_light", "led_detail": "why_light", "wifi_password": "why_password", "wifi_network": "why_network",
            "wifi_scan": "why_scan", "router_check": "why_router", "hotspot_ready": "hotspot_aside_why"}


class SupportReplySteps(FlowSteps):
    """What the bot answers itself once support has the case."""

    def _guessed(self, topic: str) -> None:
        """The customer's own guess at the cause answered, by what the unit can do (a Photon uses channel 13)."""
        if topic == "enterprise":
            self.m.finding("wifi:enterprise", "customer", "the Wi-Fi asks for a username and password")
        key = f"guessed_{topic}" + ("_photon" if topic == "channel" and self._platform() in ("photon", "p1") else
                                    "_dual" if topic == "band_steering" and self._platform() in scan.DUAL_BAND_PLATFORMS else "")
        mac = (self.d.get("device") or {}).get("mac_wifi")
        self.say(key, fill={"mac": mac or "our support team will send it"})

    def _why_told(self, text: str, reading: Reading) -> bool:
        """Why the question asked matters, asked at it ("why does that matter?"): its reason, and a guess at the cause
        beside it answered too ("... is it the mesh?", explore9's n16 got the light question again, no reason). The
        caller asks the question again, uncounted."""
        key = WHY_KEYS.get(self.step)
        if key is None or not why_asked(text) or context.changed_since_setup(text):
            return False  # a change told beside it ("why does that matter, we got a new router") is acted on instead
        self.say(key)
        if reading.label == "guessed":
            self._guessed(str(reading.value))
        return True

    def _cellular_asked(self, text: str) -> bool:
        """A cellular unit's case: its Wi-Fi asked or told about ("the farmhouse wifi password changed, do I need to put
        that into it?") gets that it uses no Wi-Fi, and a paused SIM or unpaid plan asked about gets that it may well
        be it (the sixth exploratory test's Boron was told to set its Wi-Fi up again, then stonewalled)."""
        if "cloud:cellular" not in self.m.findings:
            return False
        plain = message(text).plain
        keys = [key for key, pattern in (("with_support_cellular_wifi", _CELL_WIFI), ("with_support_cellular_plan",
                                                                                        _CELL_PLAN))
                if pattern.search(plain)]
        for key in keys:
            self.say(key)
        if keys:
            self.d["support_acked_at"] = self.m.now
        return bool(keys)

    @staticmethod
    def _home_wifi_told(text: str) -> bool:
        """"no! the hotspot is off, is with residencia wifi now", said with the unit online and no hotspot test passed
        (the eighth exploratory test's H1 got "Added to your case."): working, as "it works now" is. Not a question
        ("how do I get it on the new wifi?") nor a denial ("it's not connected to the wifi")."""
        plain = message(text).plain
        return "?" not in text and _ON_HOME.search(plain) is not None and _DENIED.search(plain) is None and \
            not self_fix.asks_setup_how(text)

    def _never_on_hotspot(self, text: str) -> bool:
        """"no hotspot?? its on wifi. works now", "no the hotspot is OFF ... so its fixed?", with the unit online after a
        passed hotspot test: it joined the home Wi-Fi after a fix of the customer's own; the case closes (explore6 and
        explore7 were told it would go offline when the hotspot is turned off, which it was)."""
        plain = message(text).plain
        # Back online with the hotspot off since (device.py), and the hotspot said to be off: "no the hotspot is OFF ...
        # so its fixed?" (explore7).
        # Or the hotspot said to be off and the unit on the home Wi-Fi: "no! the hotspot is off, is with residencia wifi
        # now" (the eighth exploratory test's unit came online on it after a fix of her own).
        off = _HOTSPOT_OFF.search(plain) is not None and (bool(self.d.get("home_online")) or
                                                          _ON_HOME.search(plain) is not None)
        if "hotspot:connected" not in self.m.findings or not (_NOT_ON_HOTSPOT.search(plain) or off):
            return False
        self.say("not_on_hotspot_closed")
        self.m.finish("resolved", "resolved:device_online")
        self.fire("resolve")
        return True

    def _question_beside(self, text: str, given: list[str]) -> None:
        """A question beside the contact given or the skip ("mike@example.com . but what do i change on the router?",
        "skip. where do i find the wifi password?"): answered too (the fifth blind exploratory test's was dropped)."""
        rest = text
        for contact in given:
            rest = re.sub(re.escape(contact), " ", rest, flags=re.IGNORECASE)
        rest = _CONTACT_WORDS.sub(" ", rest).strip(" .,;:-!")
        msg = message(rest)
        if len(msg.tokens) < 3 or not (msg.is_question or msg.tokens[0] in _QUESTION_WORDS):
            return
        if not self._reply_while_with_support(rest) and (key := self._help_key(rest)) is not None:
            self.say(key)

    def _said_with_support(self, key: str, fill: dict[str, Any] | None = None) -> bool:
        """`key` said while support has the case, as an answer (no "added to your case" for a while after); True."""
        self.say(key, fill=fill)
        self.d["support_acked_at"] = self.m.now
        return True

    def _reply_while_with_support(self, text: str) -> bool:
        """What the bot can still answer while support has the case (a blind exploratory test got "Thanks, I've added
        that to your case" or nothing): "never mind, it works now" against what our system sees, and "can I turn
        the hotspot off now?" after the test passed."""
        online = bool((self.d.get("device") or {}).get("online"))
        if online and self._never_on_hotspot(text):
            return True
        if self.d.get("cancel_asked") and asks.keep_case(text):
            self.d.pop("cancel_asked")
            self.say("with_support_keep_case")  # support sees the message in the case thread
            return True
        if asks.cancel_case(text):
            self._cancel_case(online)
            return True
        fix = self_fix.asks_fix(text)  # "what exactly should I change?" is not asking what a word means
        explained = self._explains(text, fix)  # "whats wpa3 and does it matter": the word, then whether it does
        if self._easy_or_guess(text) or explained:
            return True
        # Not "oh good it works, so what do i change on the router to do it myself?": the fix, below (explore10's n27)
        if not fix and (works_now.says_it_works(text) or (online and self._home_wifi_told(text))):
            # Online on the phone's hotspot, not the home Wi-Fi, unless it came back with the hotspot off since.
            hotspot = self._online_on_hotspot_only()
            self.say(("works_now_with_support_offline" if self.d.get("device") else "works_now_with_support_unknown")
                     if not online else
                     "works_now_with_support_hotspot" if hotspot else self._online_with_support_key())
            self.d["support_acked_at"] = self.m.now
            return True
        if leave_plugged.asks_leave_plugged(text):  # "leave it plugged in meanwhile?" (explore12's n08: distance, twice)
            return self._said_with_support("with_support_leave_plugged")
        if _ASKS_FIXED.search(text.lower()):
            # "is it fixed?", "is it working now?": what our system sees (a blind exploratory test was told support
            # answers within a working day, with the unit online).
            return self._said_with_support("with_support_is_online" if online else "with_support_not_online")
        if self._change_answered(text, online):
            return True
        if self.d.get("device") and support_asks.asks_if_blocked(text):
            held = self.d["device"].get("quarantined") or self.d["device"].get("denied")  # explore8: "Added to your case."
            known = self.d["device"].get("quarantined") is not None  # a user endpoint can't tell (explore13's n02)
            return self._said_with_support("with_support_blocked" if held else
                                           "with_support_not_blocked" if known else "with_support_block_unknown")
        if self_fix.asks_router_how(text):  # "how do I get into my router?" once told what to change there
            return self._router_how(text)
        if fix or self_fix.asks_given_mac(text):
            self._fix_it_yourself(fix)
            return True
        if "hotspot:connected" in self.m.findings and re.search(r"\bhot ?spot\b", text, re.IGNORECASE):
            turned_off = bool(_HOTSPOT_OFF.search(text.lower()))
            if not_on_yet(text) and not turned_off:
                # "wait, I haven't even turned the hotspot on": online on the home Wi-Fi by itself (round 12 was
                # told it could turn the hotspot off now).
                self.d["hotspot_off"] = True
                self.say("hotspot_never_on_with_support")
            else:
                # "I turned the hotspot off": if the unit comes back now, it is on the home Wi-Fi (device.py).
                self.d["hotspot_off"] = turned_off or self.d.get("hotspot_off", False)
                self.say("hotspot_off_after_test")
            self.d["support_acked_at"] = self.m.now
            return True
        return False

    def _online_with_support_key(self) -> str:
        """"It works now" with our system seeing it online: so it is, unless in safe mode (explore13's n06: "breathing
        cyan but the temperatures still don't show up" was told there was nothing more to do)."""
        safe = (self.d.get("device") or {}).get("status") == "safe_mode"
        return "works_now_with_support_safe_mode" if safe else "works_now_with_support_online"

    def _online_on_hotspot_only(self) -> bool:
        """Online (if at all) on the phone's hotspot after a passed test, not back on the home Wi-Fi with it off."""
        return "hotspot:connected" in self.m.findings and not self.d.get("home_online")

    def _change_answered(self, text: str, online: bool) -> bool:
        """What to change, asked or told: the Wi-Fi not theirs to change, a key typed wrong, how to set it up again."""
        key, fill = None, None
        if _CANT_CHANGE.search(text.lower()):
            # "i cant change their wifi" (a hotel's, a landlord's): who can, and the hotspot meanwhile (round 12 was
            # told to set the unit up again with new details).
            key, fill = "cant_change_network", {"mac": (self.d.get("device") or {}).get("mac_wifi")
                                                or "our support team will send it"}
        elif self_fix.key_typed_wrong(text) and (not online or self._online_on_hotspot_only()):
            key = "with_support_key_wrong"  # "maybe i typed the wrong one??" (explore8: "Added to your case.")
        elif self_fix.asks_setup_how(text):
            # "how do I put the new wifi password in it?": the steps (round 22; a blind exploratory test was told
            # "Your case is with our support team" after "ask me what to change").
            key = "with_support_setup_how"
        if key is None:
            return False
        return self._said_with_support(key, fill=fill)

    def _easy_or_guess(self, text: str) -> bool:
        """"could the pi-hole be blocking it?" (explore6), "where is the wifi password?", "does WPA3 matter?" (explore5):
        each stonewalled with "Your case is with our support team"; and "it's urgent, my freezer alarm is on it"
        (explore9's n19 got the usual reply): the urgency heard, with one thing to try meanwhile."""
        guess = "enterprise" if support_asks.enterprise(text) else cause_asks.cause_asked(text)
        if guess == "band_steering" and support_asks.easy_question(text) == "band":
            guess = None  # "can it use 5 GHz? my router puts both under one name": the band answer covers it (round 31)
        if guess is not None:
            self._guessed(guess)
            self.d["support_acked_at"] = self.m.now
            return True
        if self._router_back_asked(text):
            return True
        if (topic := support_asks.easy_question(text, cellular="cloud:cellular" in self.m.findings)) is not None:
            self._easy_answer(topic)
            return True
        if not self.d.get("urgent_acked") and side_asks.urgent(text) and not intents.asks_for_person(message(text)) \
                and not help_asks.contact_question(text):
            self.d["urgent_acked"] = True  # a person or a call asked for with it gets that answer instead
            self.d["support_acked_at"] = self.m.now
            self.say("with_support_urgent")
            return True
        return False

    def _router_back_asked(self, text: str) -> bool:
        """After the phone-hotspot test, "can I plug my router back in?" (explore11's n07: "Added to your case", the
        family's Wi-Fi still off), and "how do I put it in set-up mode?" (n05)."""
        if mode_asks.asks_setup_mode(text):
            self.say("aside_setup_mode")
        elif ("hotspot:connected" in self.m.findings or "hotspot:failed" in self.m.findings) and \
                mode_asks.asks_router_back(text):
            self.say("router_back_on")
            if "hotspot:connected" in self.m.findings:
                self.say("router_back_passed")
        else:
            return False
        self.d["support_acked_at"] = self.m.now
        return True

    def _easy_answer(self, topic: str) -> None:
        platform = self._platform()  # the P2's both bands; the Argon's antenna (docs/particle-facts.md section 2)
        extra = {"band": "_dual" if platform in scan.DUAL_BAND_PLATFORMS else "",
                 "distance": "_argon" if platform == "argon" else ""}.get(topic, "")
        self.say(f"with_support_{topic}{extra}")
        self.d["support_acked_at"] = self.m.now

    def _explains(self, text: str, fix: bool) -> bool:
        """What a light means ("what does the blinking green mean?", round 27; before "it works now": it claims
        nothing), or a word of the advice ("whats a MAC lol", "20 mhz what??", round 26: a blind exploratory test got
        the address again, or nothing); not "what exactly should I change?" (`fix`), the change itself."""
        if (light := light_means.asked_light(text)) is not None:
            key = f"light_{light}"
        elif not fix and (term := asked_term(text)) is not None:
            key = term
        else:
            return False
        self._explain_term(key)
        self.d["support_acked_at"] = self.m.now
        return True

    @staticmethod
    def _help_key(text: str) -> str | None:
        """A question about the help while support has the case, with its own answer (bench/round18.py: each was
        told "Your case is with our support team")."""
        if intents.asks_if_bot(text):
            return "with_support_is_bot"
        if help_asks.contact_question(text):
            return "with_support_contact"
        if intents.asks_for_person(message(text)):
            return "with_support_human"
        if kind := help_asks.visit_return_or_cost(text):
            return f"with_support_{kind}"  # c01's "will somebody come to my house? and does this cost money?" (n10)
        if asks.aside(text) == "is_broken":
            return "with_support_is_broken"
        return "with_support_what_next" if help_asks.asks_next(text) else None

    def _fix_it_yourself(self, fix: bool, with_support: bool = True) -> None:
        """"What exactly should I change?" (`fix`) or "what's its MAC address?" with support: the change for the
        cause found, or the unit's Wi-Fi address, and the bot goes on watching for it (round 10: both were told
        the case is with support, the cause known). Without `with_support` (asked at a router question): the change
        alone, the questions go on."""
        dev = self.d.get("device") or {}
        mac = dev.get("mac_wifi")
        self.d["support_acked_at"] = self.m.now
        if not fix:
            self.say("mac_told" if mac else "mac_unknown", fill={"mac": mac})
            return
        # The cause found (every router cause has its fix: tests/test_rules_self_fix.py), else what the light said
        # (fast green, light blue with orange flashes): never the Wi-Fi band and security advice for a unit that
        # joined the Wi-Fi (round 10B).
        code = self._router_cause_code(self.m.findings)
        key = "fix_" + code.replace(":", "_") if code else f"fix_branch_{self.d.get('branch')}"
        if key == "fix_wifi_weak_signal" and dev.get("platform") == "argon":
            key += "_argon"
        if key not in copy.TEXT:
            self.say("fix_unknown")
            return
        self.say(key, fill={"mac": mac or "our support team will send it"})
        if key != "fix_branch_keys" and with_support:  # the unit's keys: nothing for the customer to change
            # A fix that sets the unit up again says so, not "it connects by itself" too (round 12: both were said).
            hotspot = "hotspot:connected" in self.m.findings
            self.say("fix_then_setup" if sets_up_again(key) else "fix_then_hotspot" if hotspot else "fix_then")

    def _router_change_asked(self, text: str, reading: Reading) -> str | None:
        """"how": how to open the router's settings is asked ("how do I open the router settings? it's a TP-Link";
        at a router question once its cause was told, "how do I do that?" too); "fix": what to change is asked there
        ("so what i do with the one name?"); else None. At a router question an answer may come with it ("no. how do
        I change it on my Netgear?": the answer said first is taken after)."""
        at_router = self.step == "router_check" and self._router_cause_code(self.m.findings) is not None
        how = reading.label in (None, "help", "term") or (at_router and reading.label in ("yes", "no", "unsure"))
        if how and (self_fix.asks_router_how(text) or (at_router and self_fix.asks_how_to_do(text))):
            return "how"
        return "fix" if at_router and self_fix.asks_fix(text) else None

    def _router_how(self, text: str) -> bool:
        """How to open the router's settings (the maker's app or address when named, now or before), then the change
        for the cause found, if one was (the ninth blind exploratory test's n06 and n08 asked four times). True: the
        message is answered."""
        if self.step == "handed_off":
            self.d["support_acked_at"] = self.m.now
        brand = self_fix.router_brand(text) or self.d.get("router_brand")
        self.d["router_brand"] = brand
        self.say("router_settings_how", fill={"where": ROUTER_WHERE.get(brand or "", ROUTER_WHERE_ANY)})
        code = self._router_cause_code(self.m.findings)
        there = "there_fix_" + (code or "").replace(":", "_")
        if there in copy.TEXT:
            self.say(there)
        elif code:
            self._fix_it_yourself(True, with_support=False)
        return True

    def _cancel_case(self, online: bool) -> None:
        """"please cancel the case" (a blind exploratory test got no reply at all): closed when our system sees the
        unit online; otherwise support is asked to close it, and may check first."""
        if online:
            self.say("with_support_cancel_online")
            self.m.finish("resolved", "resolved:device_online")
            self.fire("resolve")
            return
        # No unit found yet: nothing to say about it (the eighth exploratory test was told "Our system doesn't show your
        # unit online" of a unit online all along).
        known = bool(self.d.get("device"))
        self.say("with_support_cancel_again" if self.d.get("cancel_asked") else
                 "with_support_cancel_offline" if known else "with_support_cancel_unknown")
        self.d["cancel_asked"] = True
        self.d["support_acked_at"] = self.m.now
