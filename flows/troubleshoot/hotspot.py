"""The hotspot test and its outcome: set-up, the watched wait, and confirming the device works."""

from __future__ import annotations

from typing import Any

from flows.codes import ROUTER_FIXES
from flows.troubleshoot import copy
from flows.troubleshoot.base import FlowSteps, _capital
from flows.troubleshoot.rules import led
from flows.troubleshoot.rules.reading import Reading


class HotspotSteps(FlowSteps):
    """`hotspot_ready`, `hotspot_wait` and `confirm_fixed`."""

    def _answer_hotspot_ready(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        label = reading.label
        if label in ("iphone", "android", "how"):
            if label in ("iphone", "how"):
                self.say("hotspot_iphone")
            if label in ("android", "how"):
                self.say("hotspot_android")
            self.fire("ask_hotspot", simple=True)
            return
        if label == "cant":
            self.m.finding("hotspot:not_possible", "hotspot")
            self._handoff("handoff:other", key="hotspot_not_possible")
            return
        if label == "ready":
            self.d["misses"] = 0
            self.fire("wait_hotspot")
            return
        if label == "not_yet":
            self.say("hotspot_no_rush")
            self.fire("ask_hotspot", simple=True)
            return
        self._miss()

    def _answer_hotspot_wait(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if reading.led is not None and reading.led.code:
            self._record_led(reading.led)
        self.say("hotspot_still_watching")

    def _answer_confirm_fixed(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        label = reading.label
        if label in ("yes", "unsure"):
            # Online in the cloud and no objection: resolved (diagnosis-codes: resolved:device_online).
            self._record_led(led.LedReading(code="led:breathing_cyan", need=None, colour="cyan"))
            self.say("resolved" if label == "yes" else "resolved_unsure")
            self.m.finish("resolved", "resolved:device_online")
            self.fire("resolve")
            return
        if label == "no":
            if reading.led is not None and reading.led.code:
                self._record_led(reading.led)
            self._handoff("handoff:other", key="not_fixed_handoff")
            return
        self._miss()

    def _hotspot_connected(self) -> None:
        self.m.finding("hotspot:connected", "hotspot")
        self.m.cancel_timer("hotspot")
        fix = self.router_fix()
        self.m.reply(_capital(copy.text("hotspot_connected", fix=fix, **{
            k: v for k, v in self.fields().items() if k != "fix"})))
        self._handoff("handoff:router_issue", say=False)

    def router_fix(self) -> str:
        """The most likely router cause from the findings, in the customer's words."""
        ruled = set(self.d.get("ruled_out") or ())
        for code, _cause, _fix in ROUTER_FIXES:
            if code in self.m.findings and code in copy.ROUTER_CAUSES and code not in ruled:
                return copy.ROUTER_CAUSES[code].format(**self.fields())
        return copy.ROUTER_CAUSE_UNKNOWN

    def _device_suspected(self) -> None:
        branch = self.d.get("branch")
        if branch == "keys":
            self.m.finding("device:keys_suspected", "hotspot")
        elif "led:blinking_green" in self.m.findings:
            self.m.finding("device:hardware_suspected", "hotspot")
        self._handoff("handoff:device_suspected")
