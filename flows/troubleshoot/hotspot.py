"""The hotspot test and its outcome: set-up, the watched wait, and confirming the device works."""

from __future__ import annotations

from typing import Any

from flows.codes import ROUTER_FIXES
from flows.troubleshoot import copy
from flows.troubleshoot.base import FlowSteps, _capital
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.rules import answers, led


class HotspotSteps(FlowSteps):
    """`hotspot_ready`, `hotspot_wait` and `confirm_fixed`."""

    def _answer_hotspot_ready(self, text: str, facts: dict[str, Any]) -> None:
        idx = answers.match_choice(text, CHOICES["hotspot"], {1: ["iphone", "ios", "apple"],
                                                              2: ["android", "samsung", "pixel", "galaxy"]})
        kind = answers.hotspot_reply(text)
        if idx == 1:
            self.say("hotspot_iphone")
            self.fire("ask_hotspot", simple=True)
            return
        if idx == 2:
            self.say("hotspot_android")
            self.fire("ask_hotspot", simple=True)
            return
        if idx == 3 or kind == "cant":
            self.m.finding("hotspot:not_possible", "hotspot")
            self._handoff("handoff:other", key="hotspot_not_possible")
            return
        if idx == 0 or kind == "ready":
            self.d["misses"] = 0
            self.fire("wait_hotspot")
            return
        if kind == "question":
            self.say("hotspot_iphone")
            self.say("hotspot_android")
            self.fire("ask_hotspot", simple=True)
            return
        self._miss()

    def _answer_hotspot_wait(self, text: str, facts: dict[str, Any]) -> None:
        reading = led.parse_led(text)
        if reading and reading.code:
            self._record_led(reading)
        self.say("hotspot_still_watching")

    def _answer_confirm_fixed(self, text: str, facts: dict[str, Any]) -> None:
        idx = answers.match_choice(text, CHOICES["confirm"])
        yn = answers.yes_no(text)
        reading = led.parse_led(text)
        if idx == 0 or yn == "yes" or (reading and reading.code == "led:breathing_cyan"):
            self._record_led(led.LedReading(code="led:breathing_cyan", need=None, colour="cyan"))
            self.say("resolved")
            self.m.finish("resolved", "resolved:device_online")
            self.fire("resolve")
            return
        if idx == 1 or yn == "no":
            if reading and reading.code:
                self._record_led(reading)
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
        for code, _cause, _fix in ROUTER_FIXES:
            if code in self.m.findings and code in copy.ROUTER_CAUSES:
                return copy.ROUTER_CAUSES[code].format(**self.fields())
        return copy.ROUTER_CAUSE_UNKNOWN

    def _device_suspected(self) -> None:
        branch = self.d.get("branch")
        if branch == "keys":
            self.m.finding("device:keys_suspected", "hotspot")
        elif "led:blinking_green" in self.m.findings:
            self.m.finding("device:hardware_suspected", "hotspot")
        self._handoff("handoff:device_suspected")
