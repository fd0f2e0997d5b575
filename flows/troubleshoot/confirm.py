"""Confirming the fix: the unit came online, is its light breathing light blue (cyan)? Yes resolves the case; no is
what the light does instead, or support."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot import copy
from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.device import ONLINE_WATCH
from flows.troubleshoot.rules import aftercare, led, polarity, side_asks
from flows.troubleshoot.rules.reading import Reading
from flows.troubleshoot.rules.text import message

# "it is!" to "is it pulsing light blue?" (a yes the yes/no reader does not know, its words being everywhere).
_IT_IS = frozenset({"its", "it is", "sure is", "it sure is", "yes its", "yes it is", "yep its", "yeah its"})
# Online, but on the phone's hotspot ("yes but only on the hotspot"): the hotspot test passed, the home Wi-Fi is still
# the problem (the tenth blind exploratory test was told "you're all set" and its case was closed).
_ON_HOTSPOT = lazy(r"\b(?:on|using|through|via|thru|connected to|with|off) (?:my |the |our |a |his |her |mums |moms )?"
                   r"(?:phone s |phones |phone |iphone |android |mobile )?hot ?spot\b")
_HOTSPOT_GONE = lazy(r"\b(?:not|no longer|isnt|never|no|off)\b(?: \w+){0,3} hot ?spot\b|\bhot ?spot (?:is |s |was )?"
                     r"(?:off|gone|turned off|switched off)\b|\boff (?:my |the |our )?(?:phone s |phone )?hot ?spot\b")


class ConfirmSteps(FlowSteps):
    """`confirm_fixed`."""

    def _ask_confirm_fixed(self, simple: bool) -> None:
        # "just came online!" once: asked again (after a miss, or back from a question), it is "shows online".
        first = not self.d.get("confirm_asked")
        self.d["confirm_asked"] = True
        at_lookup = self.d.pop("online_at_lookup", False)
        if self.d.pop("after_fix_check", False):
            # Just fixed and "it still doesn't work": its light was confirmed minutes ago, so the app is next.
            self.d["app_refresh_asked"] = self.d["after_fix_case"] = True
            self.say("after_fix_online", CHOICES["works_check"])
            return
        key = "already_online" if at_lookup else "device_online" if first else "confirm_again"
        if key == "device_online" and self._last_led() == "led:breathing_cyan":
            key = "device_online_as_told"  # the pulse was just told: said so, not asked as if new (round 8: 33 runs)
        self.say(key, CHOICES["confirm"])

    def _works_now(self) -> None:
        """The customer says the unit works. When our system sees it online too (it came online before this run of
        the bot began, so no news of it came: explore12's n02 was told "our system doesn't show your device online
        yet" while it did), the fix is confirmed as for any unit that comes online. Otherwise the cloud, asked just
        before this step, does not see it online (when it does, that news comes first and this message is not
        stepped): once, say so and carry on; the stream tells the moment it connects. Twice: support looks at why
        from their side."""
        if (self.d.get("device") or {}).get("online") and self.step in ONLINE_WATCH:
            self.say("works_now_online")
            self.d["confirm_asked"] = True  # asked as "shows online", not as news that it "just came online"
            self.d["online_seen"] = True
            self.d["resume"] = self.m.awaiting
            self.fire("came_online")
            return
        self.d["works_claims"] = self.d.get("works_claims", 0) + 1
        if self.d["works_claims"] >= 2:
            self._handoff("handoff:other", "works_now_handoff")
            return
        self.say("works_now_not_online")
        if self.step in ("hotspot_ready", "hotspot_wait"):
            self.d["hotspot_not_on"] = True  # if it comes online now, it was not the hotspot (see _hotspot_online)
        if self.step == "led_detail":
            # "never mind, I unplugged it and it works" at the green-speed question: that light is gone, so the light
            # as it is now (a blind exploratory test was asked how fast the green blinked).
            self.fire("ask_led")
            return
        self._reask(counted=False)

    def _hedge_asked(self, text: str, label: str | None) -> bool:
        """A hedged yes ("hmm maybe", "i think so?") to "is it pulsing light blue?": one more look, once; then a yes,
        or silence (no objection), resolves it."""
        if label not in ("yes", "unsure", "brb") or self.d.get("hedge_asked") or not side_asks.hedged(text):
            return False
        self.d["hedge_asked"] = True
        self.say("confirm_hedged", CHOICES["confirm"])
        return True

    def _only_on_hotspot(self, text: str) -> bool:
        """Online, but said to be on the phone's hotspot: the hotspot test's result (the home Wi-Fi's fix, and a case),
        not "you're all set"."""
        plain = message(text).plain
        if not _ON_HOTSPOT.search(plain) or _HOTSPOT_GONE.search(plain):
            return False
        self._hotspot_connected()  # type: ignore[attr-defined]
        return True

    def _answer_confirm_fixed(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        label, asked, clauses = reading.label, aftercare.topic(text), message(text).clauses
        if label == "no" and asked and clauses and (clauses[0] in _IT_IS or polarity.verdict(message(clauses[0])) == "yes"):
            label = "yes"  # "yes, but why did it go offline?", "it is! what if the power goes out?": the no is asked
        if self._hedge_asked(text, label):  # "hmm maybe" (the ninth test's n22 was closed as fixed)
            return
        if label == "wrong_unit":
            # "that's not the one I'm looking at": which unit, before anything is concluded about this one.
            self.say("unit_switch_which")
            self.fire("identify")
            return
        if label in ("yes", "unsure") and self.d.pop("alerts_told", False) and self.d.get("online_when_found"):
            self.say("after_alerts")  # "new phone, the alerts stopped" (explore7): the phone, the unit being fine
        if label in ("yes", "unsure") and self.d.pop("app_offline_told", False) and self.d.get("online_when_found"):
            label = "app_offline"  # the light is fine, but the first message said the app shows it offline
        if label == "app_offline" or (label == "no" and self.d.get("app_refresh_asked")):
            # Online in our system, the app says offline (docs/particle-facts.md 1.2): the app opened again, then support
            if self.d.get("app_refresh_asked"):
                self._handoff("handoff:other", key="after_fix_handoff" if self.d.get("after_fix_case")
                              else "app_offline_handoff")
                return
            self.d["app_refresh_asked"] = True
            self.say("app_offline_refresh", CHOICES["app_check"])
            return
        if label in ("yes", "unsure") and (self.d.get("device") or {}).get("online") is False:
            # It went offline again after "just came online" (a blind exploratory test: "all set" was said to a
            # unit our system saw offline): look at the light again instead.
            self.d["drops"] = self.d.get("drops", 0) + 1
            if self.d["drops"] >= 2:
                # Online, then offline, again and again (a blind exploratory test went round this forever): the
                # Wi-Fi where it sits is the usual cause, so the signal there, else support.
                if not (self.d.get("scan") or self.d.get("scan_skipped")):
                    self.say("keeps_dropping")
                    self.fire("ask_scan")
                else:
                    self._handoff("handoff:other", key="keeps_dropping_handoff")
                return
            self.say("offline_again")
            self.fire("ask_led")
            return
        if label in ("yes", "unsure") and (self._drops_told() or self._only_on_hotspot(text)):
            return  # "it keeps dropping offline every few hours" (round 12), "only on the hotspot": online is no fix
        if label in ("yes", "unsure"):
            # Online in the cloud and no objection: resolved (docs/codes.md: resolved:device_online).
            cause = self._cause_key()  # the light before the fix, before the pulse is recorded as the last
            self.d.setdefault("carry", {})["cause"] = cause  # a "what was wrong?" in the next chat (opener.py)
            self._record_led(led.LedReading(code="led:breathing_cyan", need=None, colour="cyan"))
            self.say("resolved" if label == "yes" else "resolved_unsure")
            if asked:  # "yes! do I have to do this every time they change the router?" (a blind exploratory test)
                self._aftercare(asked, cause)
            if self.d.get("other_units"):  # the others named in the first message: how to go on with them
                self.say("several_remaining", fill={"units": " and ".join(self.d["other_units"][:2])})
            self.m.finish("resolved", "resolved:device_online")
            self.fire("resolve")
            return
        if label == "no":
            self._not_fixed(text, reading)
            return
        self._miss()

    def _aftercare_asked(self, text: str, asked: str) -> bool:
        """A question of aftercare.topic's that the confirm reader took for another kind ("why was it blinking dark
        blue?" for a light's meaning): with a yes, the yes and the answer; without, the answer and the question
        again, uncounted."""
        if polarity.verdict(message(text)) == "yes":
            self._answer_confirm_fixed(text, {}, Reading("yes"))
        else:
            self._aftercare(asked, self._cause_key())
            self._reask(counted=False)
        return True

    def _cause_key(self) -> str:
        """The copy key of what was wrong, by the last light told before the fix."""
        key = "cause_" + str(self._last_led() or "unknown").replace(":", "_")
        return key if key in copy.TEXT else "cause_unknown"

    def _aftercare(self, asked: str, cause: str) -> None:
        """Answer a question asked once the unit is back: `asked` is aftercare.topic's. Asked without a yes ("is there
        a button she should avoid?"), machine._aside_answered answers it and asks again."""
        if asked == "cause" and (router := self._router_cause(self.m.findings)):
            self.say("after_cause", fill={"cause": self.text("cause_router", cause=router)})
            return
        self.say(f"after_{asked}", fill={"cause": self.text(cause)} if asked == "cause" else None)

    def _not_fixed(self, text: str, reading: Reading) -> None:
        """"No" to "is it slowly pulsing light blue?" while our system sees the unit online."""
        seen = reading.led or led.parse_led(text)  # the reader returns some "no"s before reading the light
        if seen is not None and seen.colour == "cyan" and seen.pattern == "blinking" and \
                not self.d.get("cyan_wait_asked"):
            # Blinking light blue while our system already sees it: the last moments of connecting, which
            # ends in the slow pulse (a blind exploratory test: handed to support at once).
            self.d["cyan_wait_asked"] = True
            self.say("confirm_almost_there")
            return
        if reading.led is not None and reading.led.code:
            self._record_led(reading.led)
        if seen is not None and seen.colour == "magenta" and seen.pattern != "blinking":
            # Pulsing purple and online: safe mode (docs/particle-facts.md 1.2), not "look again" (round 11).
            self.m.finding("cloud:safe_mode", "led", "pulsing purple while online")
            self._handoff("handoff:other", key="confirm_safe_mode")
            return
        if not self.d.get("online_when_found") and not self.d.get("look_again_asked") and seen is not None and \
                seen.colour not in (None, "cyan"):
            # It came online just now, yet the light is the one told before ("no its still blinking green"): the light
            # may not have changed yet, or it is another unit; asked once (round 10 was handed to support at once).
            self.d["look_again_asked"] = True
            self.say("confirm_look_again", CHOICES["confirm"])
            return
        if self.d.get("online_when_found") and not self.d.get("unit_doubt_asked") and \
                (seen is None or seen.colour != "cyan"):
            # Online when it was found, yet not the light of a connected unit: maybe another unit, asked once
            # (a blind exploratory test was handed to support at once).
            self.d["unit_doubt_asked"] = True
            if seen is not None and seen.colour is not None:
                self.d["opener_led"] = asdict(seen)  # the light of the unit in front of them, once it is found
            self.say("online_other_light")
            self.fire("identify")
            return
        if seen is None and not self.d.get("instead_asked"):
            self.d["instead_asked"] = True  # a bare "No" was handed off at once (round 11): what it shows, once
            self.say("confirm_what_instead")  # words, no numbered choices: "1" here is "Yes, pulsing light blue"
            return
        self._handoff("handoff:other", key="not_fixed_handoff")

