"""The steps that need the customer's smartphone (the scanner app, the Wi-Fi list, the hotspot test): left out once
the customer says they have none (rules/phones.py); and the hotspot test that cannot be done.

A blind exploratory test's customer with a flip phone said so at the scanner question, then was asked what the
phone's Wi-Fi list shows and to turn on its hotspot ("I TOLD YOU I HAVE A FLIP PHONE").
"""

from __future__ import annotations

from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.rules import scan
from flows.troubleshoot.rules.hotspot_checked import new_details
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.wording import capital

_NO_PHONE = "no smartphone to make a hotspot with"  # the finding's detail, for support


class PhoneSteps(FlowSteps):
    """No smartphone, and no hotspot test."""

    def _no_smartphone(self) -> None:
        """Said at any question: noted, said once, and the step asked now left out when it needs the phone."""
        first = not self.d.get("no_smartphone_said")
        self.d["no_smartphone"] = self.d["no_smartphone_said"] = True
        self.d["misses"] = 0
        if self.step == "hotspot_ready":
            self._hotspot_not_possible(_NO_PHONE)
            return
        if first:
            self.say("no_smartphone_ok")
        if self.step == "wifi_scan":
            self.d["scan_skipped"] = True
            self._to_router_questions()
        elif self.step == "router_check":
            self._next_router_question()  # "one name or two?" is read off the phone's Wi-Fi list
        else:
            self._reask(counted=False)

    def _skips_phone_step(self, step: str) -> bool:
        """Entering a step that needs the phone, without one: what comes after it instead. True when skipped."""
        if not self.d.get("no_smartphone"):
            return False
        if step == "wifi_scan":
            if not self.d.get("no_smartphone_said"):
                self.d["no_smartphone_said"] = True
                self.say("no_smartphone_ok")  # told at an earlier question: the first step left out says so
            self.d["scan_skipped"] = True
            self._to_router_questions()
        elif step == "hotspot_ready":
            self._hotspot_not_possible(_NO_PHONE)
        else:
            return False
        return True

    def _hotspot_not_possible(self, detail: str | None, skipped: bool = False) -> None:
        """No hotspot test ("I can't", "can we skip it?", no smartphone): what was found is said, and support takes
        the case; how to change the router setting is theirs to ask (round 10 got the set-up steps)."""
        self.m.finding("hotspot:not_possible", "hotspot", "the customer chose to skip the test" if skipped else detail)
        cause = self._router_cause(self.m.findings)
        if detail == _NO_PHONE:
            self.say("hotspot_no_smartphone")  # why there is no test, and what it would have told
        if cause:
            self.m.reply(capital(self.text("hotspot_skipped_cause", fix=cause)))
        self._handoff("handoff:other", key="hotspot_not_possible", say=not cause)

    def _aside_key(self, kind: str) -> str:
        """The answer to a question about the hotspot test: how the unit knows the hotspot, and which details it takes,
        depend on whether it has built-in test details (HOTSPOT_SSID) or looks for the home Wi-Fi's (its old one's
        after a change)."""
        which = "test" if self.m.cfg.hotspot_ssid else "old" if self._old_wifi() else "home"
        if kind == "knows" and which != "test":
            return f"hotspot_aside_knows_{which}"
        if kind == "which_password":
            return f"hotspot_aside_which_password_{which}"
        if kind == "key_unknown":  # "i dont know my wifi name or password tho" (explore13's n05 was watched for)
            return "hotspot_key_unknown" if which == "home" else f"hotspot_key_unknown_{which}"
        if kind == "no_band" and self._platform() in scan.DUAL_BAND_PLATFORMS:
            return "hotspot_aside_no_band_dual"  # a P2 or Photon 2 joins either band
        return f"hotspot_aside_{kind}"

    def _new_details_told(self, text: str) -> bool:
        """The new Wi-Fi's details on the hotspot when the old one's were asked for ("I don't remember the old password,
        so I named it with our new wifi name and password, it's on"): the unit joining it has them, so the test's
        result is the router's, not "old details saved" (explore13's n03, c11). True when told now."""
        if not self._old_wifi() or self.m.cfg.hotspot_ssid or not new_details(message(text)):
            return False
        self.d["hotspot_new_details"] = True
        return True
