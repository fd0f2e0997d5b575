"""The router questions a light's branch asks (wifi.py ROUTER_QUESTIONS), less those answered already: by the scan,
by the unit (a P2 has no band question), by a finding, or told before they were asked. The tenth blind exploratory
test (its n14) was asked three it had answered in its first message ("NO. i literally just said that"); what was told
is said back once and taken as the answer (told.py notes it, rules/told_router.py reads it).
"""

from __future__ import annotations

from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.wifi import ROUTER_ANSWER_CODES, ROUTER_NO_CODES, ROUTER_QUESTIONS

# Router questions answered by a finding recorded since they were chosen.
_ANSWERED_BY = {"guest": "wifi:captive_portal", "mac_filter": "wifi:mac_filtering"}


class RouterToldSteps(FlowSteps):
    """Which router questions are asked, and the answers told before them taken."""

    def _to_router_questions(self) -> None:
        """The router questions for the light's branch, less those answered already: by the scan, by the unit (a P2
        has no band question), by a finding, or told before they were asked (the tenth exploratory test's n14 was
        asked three it had answered in its first message)."""
        branch = self.d.get("branch", "wifi")
        qs = list(ROUTER_QUESTIONS.get(branch, ()))
        known = self.d.get("scan_answers") or {}
        platform = self._platform()
        if self.d.get("hotel_told") and "wifi:captive_portal" not in self.m.findings:  # "im in a hotel" (round 12)
            self.m.finding("wifi:captive_portal", "customer", "the customer is on a hotel's Wi-Fi")
        if known.get("same_name_both_bands") is not None or platform == "p2" or self.d.get("two_names") or \
                "wifi:same_ssid_both_bands" in self.m.findings or self.d.get("no_smartphone"):
            qs = [q for q in qs if q != "same_name"]
        if "wifi:captive_portal" in self.m.findings or known.get("password_protected"):
            # A network that asks for a Wi-Fi password is not a sign-in-page (hotel) network: no need to ask.
            qs = [q for q in qs if q != "guest"]
        if "wifi:mac_filtering" in self.m.findings:
            qs = [q for q in qs if q != "mac_filter"]
        # Answered already, before a set-up again sent the questions round once more (explore12's n13: "No!! You ask
        # me this before").
        qs = [q for q in qs if q not in (self.d.get("rq_answered") or [])]
        self.d["rq"] = qs
        self._next_router_question()

    def _next_router_question(self) -> None:
        """The next router question not answered already: by a finding since (a sign-in page told at the internet
        question was asked again: explore8), or told before it (said back once, then taken), else the hotspot test."""
        self.d["rq_prev"] = self.d.get("rq_current")  # a correction at the next question is about this one
        if self.d["rq_prev"] and self.d["rq_prev"] not in (done := self.d.setdefault("rq_answered", [])):
            done.append(self.d["rq_prev"])
        qs = [q for q in self.d.get("rq") or [] if _ANSWERED_BY.get(q) not in self.m.findings]
        told = {q: a for q, a in (self.d.get("rq_told") or {}).items() if q in qs}
        if new := [f"told_{q}_{a}" for q, a in told.items() if f"{q}:{a}" not in (self.d.get("rq_said") or [])]:
            self.say("router_told", fill={"facts": _joined([self.text(key) for key in new])})  # said back once
            self.d["rq_said"] = [*(self.d.get("rq_said") or []), *(f"{q}:{a}" for q, a in told.items())]
        if told:
            if not self._take_told(told):
                return
            qs = [q for q in qs if q not in told]
        if qs:
            self.d["rq_current"] = qs.pop(0)
            self.d["rq"] = qs
            self.fire("ask_router")
        else:
            self.d["rq_current"] = None
            self.fire("ask_hotspot")

    def _take_told(self, told: dict[str, str]) -> bool:
        """Router answers told before, taken as if given at their questions. False when one ends the questions:
        nothing on the Wi-Fi has internet, so that comes first (as the answer at its question does)."""
        for q, answer in told.items():
            code = ROUTER_NO_CODES.get(q) or ROUTER_ANSWER_CODES[q]
            if (q, answer) == ("internet", "no"):
                self.m.finding(code, "customer", "the customer says other devices have no internet either")
                self._remedy_then_led("remedy_no_internet", code)
                return False
            if (q, answer) == ("same_name", "one"):
                self.m.finding(code, "customer", "the customer says the Wi-Fi shows one name")
            else:
                self._rule_out(code)  # the customer said so: never named as the cause (design 6.1)
        return True


def _joined(parts: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
