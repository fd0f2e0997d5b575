"""The set-up-again step: "set up your device again with your Wi-Fi's password, tap Done when you have": done, not yet,
how, trouble, where to find the password, and the sticker's name for it (part of the Wi-Fi password question,
`wifi.py`, kept apart for its size)."""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.base import LATER_SECONDS, FlowSteps
from flows.troubleshoot.rules import context, key_unknown, key_was_right, ssids
from flows.troubleshoot.rules.reading import Reading
from flows.troubleshoot.rules.scan.findings import DUAL_BAND_PLATFORMS

# "there isn't another one", "only that name", "I don't see one without 5G": no 2.4 GHz name to pick.
# "that's the only wifi I have", "I don't have my own router", "I live in student halls": no Wi-Fi of their own.
_NO_OWN_WIFI = lazy(r"\bonly (?:wifi|wi-fi|network|internet|one)\b|\b(?:don'?t|do not|haven'?t|have not) (?:have|got)"
                    r" (?:my own|our own|a|any|another|other|an?other|home|a home|our) (?:router|wifi|wi-fi|network"
                    r"|internet|modem)\b|\bno (?:home |own |other |private )?(?:wifi|wi-fi|router|network|internet)\b"
                    r"|\b(?:student halls|halls of residence|hall of residence|dorm|campus)\b", re.IGNORECASE)
_NO_OTHER_NAME = lazy(r"\b(no|not|none|only|isn'?t|aren'?t|don'?t|dont|can'?t|cant|cannot|nothing|just (the|that|one))\b",
                      re.IGNORECASE)


# Only the 5 GHz name to pick, said beside "it didn't work".
_ONLY_5G = lazy(r"\bno (?:other )?(?:name|network|one|wifi)\b|\bno other\b|\b(?:only|just) (?:one|the one|that one|the 5"
                r"|5 ?g|one name)|\bthere (?:isnt|is not|s no|are no)\b|\bnone without\b", re.IGNORECASE)


class ResetupSteps(FlowSteps):
    """The answers at the set-up-again step."""

    def _reply_at_resetup(self, text: str, reading: Reading) -> None:
        label = reading.label
        if label is None and self._change_at_resetup(text):  # not beside "which name do I pick?" (round 29)
            return
        if self.d.get("resetup_for") is None and key_was_right.was_right(text):
            # "wait sorry i misread, it WAS the wifi password": the no taken back, so no set-up again (the tenth blind
            # exploratory test was told "No rush." and waited on, and later thanked for trying).
            self.d["pw_phase"] = "checked"
            self.say("key_was_right")
            self._key_confirmed()
            return
        if self.d.get("resetup_for") == "public" and _NO_OWN_WIFI.search(text):
            # No Wi-Fi of their own there: nothing the unit can join; support can suggest what can.
            self._handoff("handoff:other", key="public_no_other")
            return
        if label == "trouble" and self.d.get("resetup_for") == "band" and _ONLY_5G.search(text):
            return self._band_no_other()  # "It didn't work, theres no name without 5G" (explore12's n20)
        if label in ("done", "trouble"):
            # set_up_again: it has the Wi-Fi details typed now (hotspot.py `_old_wifi`)
            self.d.update(set_up_again=label == "done", pw_phase="checked", misses=0, resetup_for=None)
            self.say("resetup_thanks" if label == "done" else self._trouble_key(reading.value))
            if self.d.pop("band_set_up_on", None) and self.d.get("ssid") and not ssids.five_ghz_name(self.d["ssid"]):
                self.d["ssid_told"] = self.d["ssid"]  # the name without 5G, given already: not asked again (explore12)
            self.fire("ask_network")
        elif label == "not_yet":
            later = reading.value == "later"
            self.say("resetup_later" if later else "resetup_no_rush")
            self._reask(simple=True, counted=False)  # understood: "not yet" three times is no reason for support
            if later:
                # "I can't do that now, maybe tomorrow": kept open until then (it read as trouble before).
                self.m.start_timer("reply", LATER_SECONDS)
        elif label == "how":
            # "I don't know how to do that": the steps, then support on offer (a blind exploratory test was told
            # to reply DONE, again and again).
            self.say("resetup_how_again" if self.d.get("how_told") else "resetup_how")
            self.d["how_told"] = True
            self.d["misses"] = 0
        elif label == "pick_band":
            # "theres two on the sticker, one ends in -5G, which one?" (the fourth exploratory test got the set-up again)
            self.d["misses"] = 0
            self.say("resetup_pick_either" if self._platform() in DUAL_BAND_PLATFORMS else "resetup_pick_24")
        elif label is None and key_unknown.asks_key_label(text):
            self.say("resetup_key_label")  # "it says 'Wireless Network Key'. is that the one?": yes, that is it
            self.d["misses"] = 0
        elif label is None and not self.d.get("key_where_told") and key_unknown.asks_where_key(text):
            # "But I don't KNOW the wifi password. where do i find it" (the fourth blind exploratory test was told
            # "Tap Done once you've run the setup again", twice): where to find it, once.
            self.d["key_where_told"] = True
            self.d["misses"] = 0
            self.say("resetup_unknown")
        elif self.d.get("resetup_for") == "public" and _NO_OTHER_NAME.search(text):
            self._handoff("handoff:other", key="public_no_other")  # "there isn't another one"
        elif self.d.get("resetup_for") == "band" and _NO_OTHER_NAME.search(text):
            self._band_no_other()  # "there isn't another one"
        else:
            self._miss()

    def _band_no_other(self) -> None:
        """Only the 5 GHz name to pick: the router's 2.4 GHz Wi-Fi turned off, most likely (explore12's n20 was told to
        pick the other name again); its scan comes next."""
        self.m.finding("wifi:no_2_4ghz", "customer", "the customer sees only the 5 GHz name")
        self.d.update(pw_phase="checked", resetup_for=None, misses=0)
        self.say("band_no_other")
        self.fire("ask_scan")

    def _change_at_resetup(self, text: str) -> bool:
        """A new router or another home told at the set-up-again step ("the internet company man put in a new box
        yesterday. is that why?"): very likely why, and the set-up asked again in its words (explore11's n09 got "Tap
        Done once you've run the setup again with the Wi-Fi password", and the cause was never taken up)."""
        why = context.changed_since_setup(text)
        if why not in ("router", "new_home") or self.d.get("resetup_for") == why:
            return False
        self.say("change_is_why")
        self._wrong_password(why)  # noted for support, and the set-up asked again in its words (changes.py)
        return True

    def _trouble_key(self, value: object) -> str:
        """What is said when the set-up didn't work: why the app may not list the Wi-Fi, for the unit's bands."""
        if value == "not_listed":
            return "resetup_not_listed_dual" if self._platform() in DUAL_BAND_PLATFORMS else "resetup_not_listed"
        return f"resetup_{value or 'trouble'}"
