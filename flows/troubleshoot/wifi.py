"""The Wi-Fi steps: the password check, the network name, the scanner readout and the router questions."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import asdict
from difflib import SequenceMatcher
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot.base import FIX_AT_ONCE, FlowSteps
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.copy_fixes import sets_up_again
from flows.troubleshoot.rules import asks, network_told, phones, redact, scan, slots, ssids
from flows.troubleshoot.rules.answers_hotspot import tells_fix
from flows.troubleshoot.rules.answers_router import mesh_named
from flows.troubleshoot.rules.answers_wifi import wifi_network
from flows.troubleshoot.rules.change_done import change_done, yes_is_the_change
from flows.troubleshoot.rules.choices import match_choice
from flows.troubleshoot.rules.reading import Reading
from flows.troubleshoot.rules.text import message, squashed
from flows.troubleshoot.rules.wifi_down import wifi_down
from flows.troubleshoot.wording import capital

# Which router questions each LED branch asks (only those the scan could not answer).
ROUTER_QUESTIONS = {
    "wifi": ("same_name", "mac_filter", "guest"),
    "dhcp": ("mac_filter", "many_devices"),
    "internet": ("internet", "guest"),
}


# The finding each router question's yes (or "one name") records.
ROUTER_ANSWER_CODES = {"mac_filter": "wifi:mac_filtering", "guest": "wifi:captive_portal",
                       "many_devices": "wifi:dhcp_exhausted_suspected", "same_name": "wifi:same_ssid_both_bands"}
# ... and each one's no ("do other devices have internet?" no: nothing on the Wi-Fi reaches it).
ROUTER_NO_CODES = {"internet": "network:no_internet"}
# "sorry I meant no", "I mean yes, one name": a correction of the answer before, and the corrected answer.
MEANT = lazy(r"^\W*(?:(?:sorry|oops|wait|oh|no sorry|ah)\W+)*(?:i meant|i mean|meant to say|i meant to say"
              r"|correction|my mistake|wrong answer|i pressed the wrong one|typo)\b\W*(?P<rest>.*)$", re.IGNORECASE)


def _alike(name: str, given: str) -> bool:
    """Whether a scanned name may be the one typed ("HomeNet" and "HOMENET-5G", "BTHub6" and "BT-Hub6-9XQ2")."""
    a, b = squashed(name), squashed(given)
    return bool(a and b) and (a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.6)

# Where a name ends and a remark begins: "HomeNet but its in the basement", "HomeNet, the unit is far away".
_FIRST_PART = lazy(r"\s*(?:,|;|\.\s|\s-\s|\s(?:but|and|though|its|it s|it's|the unit|the device)\s)", re.IGNORECASE)




class WifiSteps(FlowSteps):
    """`wifi_password`, `wifi_network`, `wifi_scan` and `router_check`."""

    def _ask_wifi_password(self, simple: bool) -> None:
        if self.d.get("pw_phase") == "resetup":
            # Set up again with the Wi-Fi key, on the 2.4 GHz name, or on a new router's Wi-Fi.
            why = self.d.get("resetup_for") or "key"
            why = "login" if why == "public" and "wifi:enterprise" in self.m.findings else why  # eduroam (round 12)
            why = "band_told" if why == "band" and self.d.get("band_set_up_on") else why  # "I picked the 5G one"
            key = f"resetup_{why}_waiting" if simple else "resetup_with_key" if why == "key" else f"resetup_{why}"
            self.say("resetup_waiting" if key == "resetup_key_waiting" else key, CHOICES["resetup"])
        else:
            self.say("ask_wifi_password_simple" if simple else "ask_wifi_password", CHOICES["password"])

    def _ask_wifi_network(self, simple: bool) -> None:
        names = self.d.get("scan_names") or []
        told = self.d.pop("ssid_told", None)
        if told and not names and not simple:
            # Named before the question ("blinking green, my wifi is called HomeNet"): not asked again.
            self.d["ssid"] = str(told)
            self.say("network_told")
            self._take_network(str(told))
            return
        if names:
            self.say("ask_wifi_network_pick", tuple(names))
        else:
            self.say("ask_wifi_network_simple" if simple else "ask_wifi_network")

    def _ask_wifi_scan(self, simple: bool) -> None:
        if not self._skips_phone_step("wifi_scan"):
            self.say("ask_wifi_scan_simple" if simple else "scan_back" if self.d.get("ask_back") else "ask_wifi_scan",
                     CHOICES["skip"])

    def _ask_router_check(self, simple: bool) -> None:
        q = self.d.get("rq_current")
        choices = CHOICES["same_name" if q == "same_name" else "yes_no_unsure"]
        if simple and q == "same_name":
            # "yes" or "no" does not answer "one name or two?": offer the choices that do.
            self.say("ask_rq_same_name_pick", choices)
        elif simple:
            # Repeat the question itself: "yes or no" alone loses what was asked.
            self.m.reply(self.text("ask_rq_simple") + " " + self.text(f"ask_rq_{q}"), choices)
        else:
            self.say(f"ask_rq_{q}", choices)

    def _key_given(self, facts: dict[str, Any]) -> bool:
        """A key typed at the password question, hidden before it was stored: said once, and what its length tells
        learnt. True when that answers the question (a key no Wi-Fi can have: set up again)."""
        self.say("password_hidden")
        codes = redact.password_findings(int(facts["password_length"]), bool(facts.get("password_ascii", True))) \
            if "password_length" in facts else []  # a key spelled out: no length to judge
        for c in codes:
            self.m.finding(c, "customer")
        if "wifi:password_invalid_length" in codes and self.d.get("pw_phase") != "resetup":
            self.say("password_too_short_long")
            self._wrong_password()
            return True
        if "wifi:non_ascii_password" in codes:
            self.say("password_non_ascii")
        return False

    def _answer_wifi_password(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if self.d.pop("public_at_password", False) and self.d.get("pw_phase") != "resetup":
            self.fire("ask_network")  # a public network named: that comes first (told.py)
            return
        if self.d.get("pw_phase") != "resetup" and network_told.router_login(message(text)):
            self._wrong_password("admin")  # the router's own login typed, not the Wi-Fi's key (explore9 n05)
            return
        if facts.get("password_given") and self._key_given(facts):
            return
        if "wifi:non_ascii_password" not in self.m.findings and network_told.key_letters(message(text)):
            # "yes, but it has an ü in it": the unit can't use that letter (docs/particle-facts.md section 2).
            self.m.finding("wifi:non_ascii_password", "customer", "the customer says the key has a special letter")
            self.say("password_non_ascii")
        label = self._sometimes_told(text, reading)  # "it connects sometimes, so it's right" (explore9's n11)
        if network_told.no_key(message(text)):
            self.d.pop("pw_phase", None)  # no password to type again: open, often behind a sign-in page (explore9)
            self.say("open_network_key")
            label = "yes"
        elif self.d.get("pw_phase") == "resetup":
            self._reply_at_resetup(text, reading)
            return
        if label == "yes":
            self._key_confirmed(hedged=reading.value == "hedged")
        elif label in ("no", "unsure"):
            self._wrong_password("changed" if reading.value == "changed" else None)
        elif label == "dont_know":
            self._wrong_password("unknown")  # where to find the key, with setting up again
        else:
            self._miss()  # a message that only carried a password counts as an answer the bot cannot use

    def _answer_wifi_network(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if facts.get("password_given"):
            self.say("password_hidden")  # "network is BellNet and the password is ...": said, as at the password
        names = self.d.get("scan_names") or []
        weak = network_told.weak(message(text))  # read once: it guards the Wi-Fi-down answer and finds the name
        # Not with no smartphone ("my phone has no Wi-Fi list. On my laptop the network is called ATT8h2Kq": a flip
        # phone, explore5) or a weak signal told ("the wifi is spotty in the shed").
        if not names and wifi_down(text) and not weak and \
                not (self.d.get("no_smartphone") or phones.no_smartphone(message(text))):
            # "my phone isnt showing any wifi, its on 4g": the router first (a blind exploratory test after a power cut
            # had "no name" kept as its network's name).
            self.m.finding("network:no_internet", "customer", "the Wi-Fi itself is down: the phone sees no network")
            self._remedy_then_led("remedy_wifi_down", "network:no_internet")
            return
        name: str | None = None
        if names:
            idx = match_choice(text, names)
            if idx is not None:
                name = names[idx]
        if name is None and reading.label == "not_yet":
            self.say("network_no_rush")  # they went to look: not a miss, and the question stays open
            return
        if name is None and reading.label == "pick_band":
            # "which one do i give you, one ends in 5G": the 2.4 GHz one, and the question again (explore4)
            self.say("network_pick_either" if self._platform() in scan.DUAL_BAND_PLATFORMS else "network_pick_24")
            self._reask(counted=False)
            return
        if name is None and reading.label == "about_names":
            if not self._miss(reask=False):  # "only one name": the name itself asked for (round 10)
                self.say("network_about_names")
            return
        if name is None and reading.label == "wrong_password":
            self._wrong_password()  # "oh wait, I think I typed my email password": that comes first
            return
        if name is None and reading.label == "hidden":
            self.m.finding("wifi:hidden_ssid", "customer", "the customer says the network's name is hidden")
            self.say("hidden_told")  # what to change, at once (the fifth exploratory test heard nothing back)
            name = str(reading.value) if reading.value else None  # "it's hidden, its called SecretNet" (round 12)
        if name is None and reading.label in ("unknown", "hidden"):
            self.d["ssid"] = None
            self.d["misses"] = 0
            self._after_network()
            return
        if name is None and reading.label in ("five_ghz", "dictated") and reading.value:
            # "Vodafone-ABC123 (the 5G one)", by the customer's word; "smith family underscore five g", said back
            name, self.d["said_5g" if reading.label == "five_ghz" else "dictated"] = str(reading.value), True
        if name is None and reading.label == "name" and reading.value:
            name = str(reading.value)
            if len(reading.values) == 2 and ssids.band_pair(list(reading.values)):
                # "NETGEAR47 or NETGEAR47-5G, there are two": the router gives each band its own name.
                self.d["two_names"] = True
                self._rule_out("wifi:same_ssid_both_bands")
                name = ssids.two_four_name(list(reading.values)) or name
        if name is None and weak and (first := _FIRST_PART.split(text, 1)[0]) != text and \
                (again := wifi_network(message(first))).label == "name" and again.value:
            name = str(again.value)  # "HomeNet but its in the basement with 1 bar": the name before what was told
        if name is None:
            self._miss()
            return
        self._take_network(name)

    def _take_network(self, name: str) -> None:
        """The customer's Wi-Fi name, answered or told before: what the name itself shows, then the scanner."""
        self.d["ssid"], self.d["misses"] = name, 0
        if self.d.pop("dictated", False):
            self.say("network_dictated", fill={"network": name})
        if any(ord(c) > 126 for c in name) or (
            self._platform() == "argon" and any(c in name for c in ',"')
        ):
            self.m.finding("wifi:unsupported_ssid_chars", "customer", f"network name {name!r}")
            self.say("name_chars_told")  # at once: the hotspot can't copy it either (explore7's "Mike's Wi-Fi 📶")
        platform = self._platform()
        if platform and platform not in scan.DUAL_BAND_PLATFORMS and \
                (ssids.five_ghz_name(name) or self.d.pop("said_5g", False)) and not self.d.get("band_told"):
            # The 5 GHz band's name on a unit that only uses 2.4 GHz, the most common cause there is
            # (docs/particle-facts.md): set it up again on the name without "5G" first (a blind exploratory test
            # went on to the scanner and the router questions). Once: a router with no other name goes on.
            self.d["band_told"] = True
            self.d["pw_phase"] = "resetup"
            self.d["resetup_for"] = "band"
            self.fire("ask_password")
            return
        if (public := slots.public_network(name)) and self.d.get("public_told"):
            # The same public Wi-Fi again after being told: it is all they have there (a blind exploratory test
            # got it accepted the second time).
            self._handoff("handoff:other", key="public_no_other")
            return
        if public:
            # A public hotspot the phone joins by itself ("xfinitywifi", "eduroam"): the unit cannot pass its sign-in
            # page or login (docs/particle-facts.md section 4), so set it up on the home Wi-Fi first (a blind
            # exploratory test was taken through the scanner with it).
            self.d["public_told"] = True
            self.m.finding(f"wifi:{public}", "customer", f"{name!r} is a public network")
            self.d["pw_phase"] = "resetup"
            self.d["resetup_for"] = "public"
            self.fire("ask_password")
            return
        self._after_network()

    def _after_network(self) -> None:
        if self.d.get("scan"):
            self._apply_scan(self.d["scan"])
        else:
            self.fire("ask_scan")

    def _answer_wifi_scan(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if self._network_corrected(text):  # type: ignore[attr-defined]
            return
        meant = MEANT.match(text)
        if meant and re.fullmatch(r"\S{2,32}", name := meant.group("rest").strip(" .!\"'")) and \
                name.lower() not in ("no", "yes", "skip", "ok", "okay", "one", "two", "nope", "yeah"):
            # "sorry i mean SmithHome-2G": the Wi-Fi's name corrected, then the scan for it (round 10B lost it).
            self.say("answer_corrected")
            self._take_network(name)
            return
        if reading.label == "not_yet":
            self.say("scan_no_rush")  # "ok, installing it now": not a miss, and the question stays open
            return
        if reading.label == "skip":
            self.d["misses"] = 0
            self.d["scan_skipped"] = True
            self._to_router_questions()
            return
        if (named := network_told.called(text.split("\n", 1)[0])) and named != self.d.get("ssid"):
            self.d["ssid"] = named  # "what? my wifi is called Kowalski_Mesh. Here from WiFi Analyzer: ..." (explore8)
        ssid = self.d.get("ssid")
        # Parsed once by the scan question's reader; a readout pasted at another question is parsed here.
        nets = scan.readout_networks(text, ssid, reading.networks or None) \
            if reading.networks or reading.label == "readout" else []
        if not nets:
            if reading.label == "readout":
                # Described in words ("cant see any 2.4 network", "mine is -60 on channel 6"): keep what it says.
                self.d["misses"] = 0
                self._scan_said([c for c, detail in scan.sentence_findings(text) if self.m.finding(c, "scan", detail)])
                self._to_router_questions()
                return
            self._miss()
            return
        self.d["misses"] = 0
        as_dicts = [asdict(n) for n in nets]
        self.d["scan"] = as_dicts
        if ssid and not scan.networks_named(nets, ssid):
            names = scan.ssid_choices(nets)
            # Asked which is theirs only when one looks like the name they gave; with none like it, theirs is not in the
            # list (a blind exploratory test was asked to pick among the neighbours', then told theirs was hidden).
            if len(names) > 1 and any(_alike(n, ssid) for n in names):
                self.d["scan_names"] = names
                self.fire("ask_network")
                return
        if not ssid:
            names = scan.ssid_choices(nets)
            if len(names) > 1:
                self.d["scan_names"] = names
                self.fire("ask_network")
                return
            if names:
                self.d["ssid"] = names[0]
        self._apply_scan(as_dicts)

    def _apply_scan(self, nets_d: list[dict[str, Any]]) -> None:
        nets = [scan.ScannedNetwork(**n) for n in nets_d]
        ssid = self.d.get("ssid")
        platform = self._platform()
        found = scan.scan_findings(nets, ssid, platform)
        new = [c for c, detail in found if self.m.finding(c, "scan", detail)]
        self.d["scan_answers"] = {k: v for k, v in scan.scan_answers(nets, ssid).items()}
        self._scan_said(new)
        self._to_router_questions()

    def _scan_said(self, new: list[str]) -> None:
        """Thank the customer for the scan, with the most likely cause it shows in their words, and its fix at once
        when the scan proves it (support gets every finding in the case)."""
        if issue := self._router_cause(new):
            self.m.reply(capital(self.text("scan_found_issues", issues=issue)))
            self._fix_now(new)
        else:
            self.say("scan_thanks")

    def _fix_now(self, codes: Collection[str]) -> None:
        """A cause a scan proves, that the customer can change in the router's settings at once: the change now (round
        12), a weak signal beside it too (explore10's n25 was told only WPA3 only), and the checks go on meanwhile."""
        code = self._router_cause_code(codes)
        if code in FIX_AT_ONCE:
            key = "fix_" + code.replace(":", "_")
            self.say(key)
            if "wifi:weak_signal" in codes and "wifi:weak_signal" not in (self.d.get("ruled_out") or ()):
                self.say("fix_also_weak_signal")
            self.say("fix_meanwhile_setup" if sets_up_again(key) else "fix_meanwhile")
            self.d["fix_given"] = True  # "done" at the router questions then tells it made (wifi.py, n11)

    def _fix_reported(self, text: str) -> bool:
        """The change in the router's settings the bot gave just before these questions, told as made ("k switchd to
        wpa2/wpa3"): thanked once, and the unit watched for as said (explore13's n11 got "Sorry, I didn't catch that")."""
        if not self.d.get("fix_given") or not change_done(text):
            return False
        self.d["fix_told"] = True
        if not self.d.get("fix_done"):
            self.d["fix_done"] = True
            self.say("fix_done_watching")
        return True

    def _answer_router_check(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if self._corrects_last_answer(text):
            return
        if asks.aside(text) == "allow_device":
            self.say("aside_allow_device")  # "Not sure... 'New device wants to join - Allow/Block'. Should I tap Allow?"
            self.d["fix_told"] = True
        if tells_fix(text):
            self.d["fix_told"] = True  # "I switched the router to WPA2/WPA3 mixed mode": see hotspot._hotspot_online
        q = self.d.get("rq_current")
        label = reading.label
        if self._fix_reported(text) and (label is None or label == "yes" and yes_is_the_change(text, q)):
            self._reask(counted=False)  # the news was the answer to the fix, not to this question: no miss
            return
        if q == "same_name":
            if label is None:
                # A bare yes or no does not say which: ask again with the numbered choices.
                self._miss()
                return
            mesh = mesh_named(text)
            if mesh and label in ("one", "unsure"):
                # Mesh systems and gateways put both bands under one name, often with no way to split them: the
                # remedy differs (a 2.4 GHz-only guest or IoT network), docs/particle-facts.md cause 19.
                self.m.finding("wifi:mesh_or_gateway", "customer", f"customer names a mesh system or gateway: {mesh}")
            if label == "one":
                self.m.finding("wifi:same_ssid_both_bands", "customer", "customer sees one name for the network")
            elif label == "two":
                self._rule_out("wifi:same_ssid_both_bands")
            self.d["misses"] = 0
            self._next_router_question()
            return
        if label not in ("yes", "no", "unsure"):
            self._miss()
            return
        self.d["misses"] = 0
        code = ROUTER_ANSWER_CODES.get(q or "") if q != "same_name" else None
        if label == "yes" and code == "wifi:captive_portal" and not self.d.get("portal_told"):
            self._portal_told("the customer says the Wi-Fi has a sign-in page")  # what to do, at once (explore4)
        elif label == "yes" and code == "wifi:mac_filtering" and not self.d.get("approval_told"):
            self._portal_told("the customer says the network approves new devices", "wifi:mac_filtering")  # n07
        elif label == "yes" and code:
            self.m.finding(code, "customer")
        if label == "no" and code:
            self._rule_out(code)  # the customer said so: never name it as the cause (design 6.1)
        if q == "internet" and label == "no":
            self.m.finding("network:no_internet", "customer", "other devices have no internet either")
            # Nothing on the Wi-Fi reaches the internet: the customer is told so and how to get it back, and the
            # light is asked after that (a blind exploratory test got the guest question and the hotspot test).
            self._remedy_then_led("remedy_no_internet", "network:no_internet")
            return
        if q == "internet" and label == "yes":
            self._rule_out("network:no_internet")
        self._next_router_question()

