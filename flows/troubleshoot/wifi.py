"""The Wi-Fi steps: the password check, the network name, the scanner readout and the router questions."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flows.codes import ROUTER_FIXES
from flows.troubleshoot import copy
from flows.troubleshoot.base import FlowSteps, _capital
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.rules import answers, scan

# Which router questions each LED branch asks (only those the scan could not answer).
ROUTER_QUESTIONS = {
    "wifi": ("same_name", "mac_filter", "guest"),
    "dhcp": ("mac_filter", "many_devices"),
    "internet": ("internet", "guest"),
}


class WifiSteps(FlowSteps):
    """`wifi_password`, `wifi_network`, `wifi_scan` and `router_check`."""

    def _answer_wifi_password(self, text: str, facts: dict[str, Any]) -> None:
        if self.d.get("pw_phase") == "resetup":
            if facts.get("password_given"):
                self.say("password_hidden")
            idx = answers.match_choice(text, CHOICES["resetup"])
            yn = answers.yes_no(text)
            if idx == 1:
                self._handoff("handoff:customer_request")
                return
            if idx == 0 or yn == "yes" or "done" in text.lower() or "tried" in text.lower():
                self.d["pw_phase"] = "checked"
                self.d["misses"] = 0
                self.fire("ask_network")
                return
            self._miss()
            return
        if facts.get("password_given"):
            self.say("password_hidden")
            codes = answers.password_findings(int(facts.get("password_length", 0)),
                                              bool(facts.get("password_ascii", True)))
            for c in codes:
                self.m.finding(c, "customer")
            if "wifi:password_invalid_length" in codes:
                self.say("password_too_short_long")
                self._wrong_password()
                return
            if "wifi:non_ascii_password" in codes:
                self.say("password_non_ascii")
            self.fire("ask_password", simple=True)
            return
        idx = answers.match_choice(text, CHOICES["password"])
        yn = answers.yes_no(text)
        if idx == 0 or yn == "yes":
            self.d["misses"] = 0
            self.fire("ask_network")
        elif idx == 1 or yn in ("no", "unsure") or _mentions_account(text):
            self._wrong_password()
        else:
            self._miss()

    def _wrong_password(self) -> None:
        self.m.finding("wifi:wrong_password_suspected", "customer")
        self.d["pw_phase"] = "resetup"
        self.d["misses"] = 0
        self.fire("ask_password")

    def _answer_wifi_network(self, text: str, facts: dict[str, Any]) -> None:
        names = self.d.get("scan_names") or []
        name: str | None = None
        if names:
            idx = answers.match_choice(text, names)
            if idx is not None:
                name = names[idx]
        if name is None:
            t = text.strip()
            if t.lower() in ("skip", "not sure", "dont know", "don't know", "idk"):
                self.d["ssid"] = None
                self._after_network()
                return
            if not t or len(t) > 32 * 2 or len(t.split()) > 6:
                self._miss()
                return
            name = t.strip("\"'")
        self.d["ssid"] = name
        self.d["misses"] = 0
        if any(ord(c) > 126 for c in name) or (
            (self.d.get("device") or {}).get("platform") == "argon" and any(c in name for c in ',"')
        ):
            self.m.finding("wifi:unsupported_ssid_chars", "customer", f"network name {name!r}")
        self._after_network()

    def _after_network(self) -> None:
        if self.d.get("scan"):
            self._apply_scan(self.d["scan"])
        else:
            self.fire("ask_scan")

    def _answer_wifi_scan(self, text: str, facts: dict[str, Any]) -> None:
        if text.strip().lower() in ("skip", "no", "cant", "can't", "cannot", "1") or \
                answers.match_choice(text, CHOICES["skip"]) == 0:
            self.d["misses"] = 0
            self.d["scan_skipped"] = True
            self._to_router_questions()
            return
        nets = scan.parse_scan(text)
        if not nets:
            self._miss()
            return
        self.d["misses"] = 0
        as_dicts = [asdict(n) for n in nets]
        self.d["scan"] = as_dicts
        ssid = self.d.get("ssid")
        if ssid and not scan.networks_named(nets, ssid):
            names = scan.ssid_choices(nets)
            if len(names) > 1:
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
        platform = (self.d.get("device") or {}).get("platform")
        found = scan.scan_findings(nets, ssid, platform)
        new = [c for c, detail in found if self.m.finding(c, "scan", detail)]
        self.d["scan_answers"] = {k: v for k, v in scan.scan_answers(nets, ssid).items()}
        # Tell the customer the most likely cause in their words (support gets every finding in the case).
        causes = [copy.ROUTER_CAUSES[c] for c, _x, _y in ROUTER_FIXES if c in new and c in copy.ROUTER_CAUSES]
        if causes:
            issue = causes[0].format(**self.fields())
            self.m.reply(_capital(copy.text("scan_found_issues", issues=issue)))
        else:
            self.say("scan_thanks")
        self._to_router_questions()

    def _to_router_questions(self) -> None:
        branch = self.d.get("branch", "wifi")
        qs = list(ROUTER_QUESTIONS.get(branch, ()))
        known = self.d.get("scan_answers") or {}
        platform = (self.d.get("device") or {}).get("platform")
        if known.get("same_name_both_bands") is not None or platform == "p2" or \
                "wifi:same_ssid_both_bands" in self.m.findings:
            qs = [q for q in qs if q != "same_name"]
        if "wifi:captive_portal" in self.m.findings:
            qs = [q for q in qs if q != "guest"]
        if "wifi:mac_filtering" in self.m.findings:
            qs = [q for q in qs if q != "mac_filter"]
        self.d["rq"] = qs
        self._next_router_question()

    def _next_router_question(self) -> None:
        qs = self.d.get("rq") or []
        if qs:
            self.d["rq_current"] = qs.pop(0)
            self.d["rq"] = qs
            self.fire("ask_router")
        else:
            self.d["rq_current"] = None
            self.fire("ask_hotspot")

    def _answer_router_check(self, text: str, facts: dict[str, Any]) -> None:
        q = self.d.get("rq_current")
        if q == "same_name":
            idx = answers.match_choice(text, CHOICES["same_name"], {0: ["one", "same", "single", "just one"],
                                                                     1: ["two", "2 names", "separate", "5g"]})
            yn = answers.yes_no(text)
            if idx is None and yn == "unsure":
                idx = 2
            if idx is None:
                self._miss()
                return
            if idx == 0:
                self.m.finding("wifi:same_ssid_both_bands", "customer", "customer sees one name for the network")
            self.d["misses"] = 0
            self._next_router_question()
            return
        idx = answers.match_choice(text, CHOICES["yes_no_unsure"])
        yn = ("yes", "no", "unsure")[idx] if idx is not None else answers.yes_no(text)
        if yn is None and answers.normalize(text) in ("skip", "pass", "no clue", "dont know", "don't know"):
            yn = "unsure"
        if yn is None:
            self._miss()
            return
        self.d["misses"] = 0
        if yn == "yes":
            code = {"mac_filter": "wifi:mac_filtering", "guest": "wifi:captive_portal",
                    "many_devices": "wifi:dhcp_exhausted_suspected"}.get(q or "")
            if code:
                self.m.finding(code, "customer")
        if q == "internet" and yn == "no":
            self.m.finding("network:no_internet", "customer", "other devices have no internet either")
        self._next_router_question()


def _mentions_account(text: str) -> bool:
    t = text.lower()
    return any(w in t for w in ("account", "app password", "login", "particle password", "email"))
