"""The unit as the cloud sees it: the lookup's result, news from the status stream, and the cloud findings."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from flows.lazy_re import lazy
from flows.troubleshoot.base import LATER_SECONDS, FlowSteps
from flows.troubleshoot.rules import asks, intents, led, slots, unit_place, units
from flows.troubleshoot.rules.answer import choice
from flows.troubleshoot.rules.reading import Reading, describes_light
from flows.troubleshoot.rules.serial_typos import lookalike
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.unit_answer import unit_in_answer
from flows.troubleshoot.rules.with_unit import with_unit

MAX_LOOKUPS = 3

# The questions about one unit where the customer may name another ("sorry, wrong one, it's the garage door"); not
# those where a Wi-Fi network's name is typed ("TP-Link_4F2A" is no unit). At most MAX_SWITCHES, so no loop.
SWITCH_STEPS = frozenset({"led", "led_detail", "wifi_password", "router_check", "hotspot_ready", "confirm_fixed",
                          # ... only with the unit found named as not the one ("it's the lab prototype not the garage"),
                          # "wrong unit", or a word said of units only ("sorry, it's the kitchen hub")
                          "wifi_network", "wifi_scan"})
NAME_STEPS = frozenset({"wifi_network", "wifi_scan"})
MAX_SWITCHES = 2
# Words said of a unit, never of a Wi-Fi network: "sorry its the kitchen hub" (not "one": "I meant the HomeNet one").
_UNIT_WORD = lazy(r"\b(?:unit|device|sensor|hub|gadget|module)\b")
LOOSE_SWITCH_STEPS = frozenset({"led", "led_detail", "confirm_fixed"})
# The questions that need someone next to the unit (its light, a scan there, a hotspot beside it): they stay open
# (LATER_SECONDS) for a customer who is away from it ("I'm on holiday, it's at the house").
AWAY_STEPS = frozenset({"led", "led_detail", "wifi_password", "wifi_scan", "hotspot_ready"})
# What a switch to another unit keeps: the customer, not the unit (the same home Wi-Fi's name too).
_KEPT_ON_SWITCH = ("callback", "context", "upset_acked", "switches", "ssid_told", "told_why")

# Steps where the unit coming online means it is fixed (`confirm_fixed`); in the hotspot steps it is the test's
# result instead.
ONLINE_WATCH = ("device_id", "led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check")


class DeviceSteps(FlowSteps):
    """`lookup_result` and `cloud` events."""

    def _on_lookup_result(self, device: dict[str, Any] | None = None, error: str | None = None,
                          names: list[str] | None = None, device_id: str | None = None) -> None:
        if self.step != "looking_up":
            return
        if error == "several" and names:
            return self._pick_unit(names)
        if device is None:
            self._not_found(error, device_id)
            return
        self.d["device"] = device
        self._cloud_findings(device)
        if self._found_and_done(device):
            return
        # design 6.1: the next message names the unit found (name, platform); offline, it says so (a blind exploratory
        # test's "is my garage door online?" got "Found it" and the light question, never the answer).
        plain_offline = not device.get("online") and not (device.get("quarantined") or device.get("denied")) and \
            device.get("claimed") is not False and device.get("id") != self.d.get("fixed_id")
        after = self.d.pop("after_fix", None)  # for this first look-up only, not a later one (another unit)
        topic, cause, _ = self.d.pop("after_topic", None), self.d.pop("fixed_cause", None), self.d.pop("fallback_id", None)
        same_unit = device.get("id") == self.d.pop("fixed_id", None)
        if not (after and same_unit):  # the chat goes on about the unit just fixed: no "Found it" (explore4, 3 times)
            self.say("found_device_offline" if plain_offline else "found_device")
        self._band_after_found()  # "is it because my router is 5ghz only?" asked with the serial (explore9)
        if same_unit and not device.get("online"):
            self.say("after_fix_offline")  # "it stopped again": the unit just fixed has dropped off
        elif not same_unit and self.d.pop("carried_remedies", None):
            self.d.pop("remedies", None)  # last time's fixes were for another unit
        if device.get("quarantined") or device.get("denied"):
            self._handoff("handoff:cloud_account")
            return
        if device.get("online") and device.get("status") == "safe_mode":
            # Online, but its own program is not running (docs/particle-facts.md: breathing magenta): not "is it
            # pulsing light blue?" and "all set" (a blind exploratory test), but the safe-mode advice first.
            self.d["online_seen"] = True
            self.say("found_safe_mode")
            self.d.pop("opener_led", None)  # told before this advice ("purple for days"): asked again after it
            self._remedy_then_led("remedy_safe_mode", "led:breathing_magenta")
            return
        if device.get("online") and self.d.get("other_units"):
            # Several named and this one is online: the next one instead (a blind exploratory test was told "all
            # set" about the online one, and the offline one was never looked at).
            nxt = self.d["other_units"].pop(0)
            self.say("several_next_online", fill={"unit": nxt})
            self._look_up_named(nxt)
            return
        if device.get("online") and after:
            self.d["online_seen"] = True
            if after == "question":
                self._after_fix_answer(topic, cause)
                return
            self.d["after_fix_check"] = True  # "it still doesn't work": connected, so the app, then support
        if device.get("online"):
            self.d["online_seen"] = True
            self.d["online_at_lookup"] = True
            self.d["online_when_found"] = True  # "the app says offline" said before is about the app, then
            self.fire("came_online")
            return
        if device.get("is_cellular"):
            self.say("cellular_intro")
        self._to_led_or_band()  # "set it up on the wifi thats called BELL-492-5G" (explore9's n02)

    def _after_fix_answer(self, topic: str | None, cause: str | None) -> None:
        """A question just after a fix, the unit still online: answered by its topic ("which button should she
        avoid?", explore4; `cause`: what was wrong last time), and the chat stays closed."""
        if topic:
            self._aftercare(topic, cause or "cause_unknown")
        else:
            self.say("after_fix_question")  # "how do I stop this happening again?": the usual causes
        self.m.finish("resolved", "resolved:device_online")
        self.fire("resolve")

    def _pick_unit(self, names: list[str]) -> None:
        """"my argon" with two Argons on the account: theirs listed to pick from (round 11 was asked for a serial)."""
        self.d["unit_choices"] = names
        listed = self.d.get("lookup_ref", {}).get("kind") == "list"  # "which ones do I have?": all of them
        self.say("units_on_account" if listed else "units_of_kind", tuple(names), fill={"count": len(names)})
        self.fire("identify", quiet=True)

    def _answer_device_id(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        if (listed := self.d.pop("unit_choices", None)) and (picked := choice(message(text), tuple(listed))):
            self.d["misses"] = 0
            self._look_up("name", picked)  # "2" or "the garage one" from the units listed
            return
        if reading.label == "which_units" and not self.d.get("units_listed"):
            self.d["units_listed"] = True  # "which ones do I have?": the account's units, to pick from (round 12)
            return self._look_up("list", "account")
        if reading.label == "name" and describes_light(text) and not self.d.get("opener_led"):
            reading = Reading("other")  # "green n its blinkin" after a serial not found: a light (explore12's n13)
        kind = {"serial": "serial", "device_id": "id", "name": "name"}.get(reading.label or "")
        if kind is None or reading.value is None:
            if intents.asks_why(text) and not self.d.get("told_why"):
                # "why?": why the bot needs it, once, not a miss (a blind exploratory test was handed to support
                # after asking twice).
                self.d["told_why"] = True
                self.say("explain_device_id")
                self._reask(counted=False)
                return
            # "hello", "ok", "what?" are not device names: ask again instead of searching the account for them.
            seen = led.parse_led(text) if reading.label != "unknown" else None
            noted = False
            if seen is not None and seen.described and not self.d.get("opener_led"):
                noted = True
                # The light told before the unit ("blinking dark blue"): kept for the light question, so it is not
                # asked again once the unit is found (a blind exploratory test was handed to support instead).
                self.d["opener_led"] = asdict(seen)
                self.d["misses"] = 0
            guessed, guess = self.d.setdefault("guessed", []), unit_in_answer(text, reading.label, noted)
            if guess and guess not in guessed and len(guessed) < 2:
                # "my garage door is offline" at the serial question: the unit in their own words, looked up as in a
                # first message (a blind exploratory test's was asked for the serial after "is this the help line?").
                guessed.append(guess)
                self._look_up("name_word", guess, guess=True)
                self.d["lookup_ref"]["asked"] = True  # not found, it is said (it was answered to the question)
            elif noted:
                self.say("light_noted")
                self._reask(counted=False)
            elif reading.label != "unknown":
                self._miss()
            # They cannot find it: told where it is (no "Sorry" re-ask after that); the third time, support finds
            # the unit from the account (not "trouble understanding").
            elif not self._miss(reask=False, key="device_unknown_handoff"):
                self.say("device_id_where")
            return
        self.d["misses"] = 0
        ref = str(reading.value)
        if kind == "name" and len(message(text).plain.split()) > len(message(ref).plain.split()):
            # The whole message, for the name may be elsewhere in it: "hi its John, garage door unit" read "John",
            # "its the one in the shed" "the one" (round 10); a place alone when said (explore11's n21).
            ref = unit_place.place_phrase(text) or text
        self._look_up("name_word" if kind == "name" else kind, ref)

    def _found_and_done(self, device: dict[str, Any]) -> bool:
        """The unit found was all that was needed: a person asked for with it named (support takes the case, the unit
        on it), or thanks just after a fix with the unit still online (closed again). False otherwise."""
        if self.d.pop("agent_after_lookup", False):
            self.say("found_device")
            # On hold in our cloud: said, and the case says why (the eighth exploratory test's was never told).
            held = device.get("quarantined") or device.get("denied")
            self._handoff("handoff:cloud_account" if held else "handoff:customer_request",
                          say=bool(held) or not self.d.pop("agent_greeted", False))
            return True
        if (thanked := self.d.pop("thanks_after_fix", False)) and device.get("online"):
            self.say("still_online_ok" if thanked == "ok" else "still_online_thanks")
            self.m.finish("resolved", "resolved:device_online")
            self.fire("resolve")
            return True
        return False

    def _away_from_unit(self, text: str) -> bool:
        """"I'm at work, it's at home": the question needs someone at the unit, so it stays open until tomorrow
        instead of being asked again (a blind exploratory test was sent to set the unit up again from Spain)."""
        if self.d.get("away_told") and (who := with_unit(text) or ("self" if asks.back_with_unit(text) else None)) and \
                not describes_light(text):
            # "hi, I'm back", "he's there now", "my husband is standing in front of it": the question again, not
            # "Sorry, I didn't get that" (round 34)
            self.say("away_someone_there" if who == "other" or asks.someone_there(text) else "away_back")
            self._reask(counted=False)
            return True
        if not asks.away_from_unit(text):
            return False
        # Read for a light only then (the step's reader reads it for every other message).
        if describes_light(text):
            return False  # "I'm at work, but my wife says it's blinking green": the light is the answer
        self.say("away_wait" if self.d.get("away_told") else "away_from_unit")
        self.d["away_told"] = True
        self.d["misses"] = 0
        self.m.cancel_timer("abandon")
        self.m.start_timer("reply", LATER_SECONDS)
        return True

    def _switch_unit(self, text: str) -> bool:
        """The customer says the problem is another unit: look that one up (named) or ask which (not named). False
        when the message names no other unit (a blind exploratory test stayed on the first unit)."""
        if self._network_corrected(text):  # type: ignore[attr-defined]
            return True  # the Wi-Fi's name corrected: "i meant the other one, the one called X_EXT" (explore10's n11)
        code = slots.labelled_ref(text)
        # A serial or device ID alone names another unit ("ARNKAB812MJ7RPC" after RESTART, or at the light question);
        # a name needs words that say so ("sorry, wrong one, it's the garage door").
        # Loose right after the unit was found (the light, the online check), where customers notice it is the
        # wrong one; strict at the questions about the Wi-Fi, where "the wrong one" is a password or a name.
        dev = self.d.get("device") or {}
        if self.step in NAME_STEPS and not _not_this_unit(text, dev) and not units.wrong_unit(text) and \
                not _UNIT_WORD.search(message(text).plain):
            return False  # where a Wi-Fi's name is typed ("TP-Link_4F2A", "sorry I meant Smith Family" are no unit)
        got = ("switch", code[1]) if code else units.unit_switch(text, strict=self.step not in LOOSE_SWITCH_STEPS)
        if got is None and not code and _not_this_unit(text, dev):
            # "actually wait its the lab prototype not the garage": the unit found is named as not the one, at any
            # question (round 10B's was read as the password question's yes, or kept as the Wi-Fi's name).
            got = units.unit_switch(text, strict=False)
        if got is None or self.d.get("switches", 0) >= MAX_SWITCHES:
            return False
        kind, ref = got
        if ref is not None and units.same_unit(ref, dev):
            if not code:
                return False  # a name that is this unit's: read as an answer
            self.say("same_unit")  # the serial typed again: no "Sorry, which is it?" (a blind exploratory test)
            self._reask(counted=False)
            return True
        keep = {k: self.d[k] for k in _KEPT_ON_SWITCH if k in self.d}
        self.d.clear()
        self.d.update(keep)
        self.d["switches"] = self.d.get("switches", 0) + 1
        self.m.cancel_timer("hotspot")
        if ref is None:
            self.say("unit_switch_which")
            self.fire("identify")
            return True
        self.say("unit_switch", fill={"unit": ref})
        self._look_up_named(ref, by_word=True)  # "wait no its the porch one" (round 12 was told no unit is "porch")
        return True

    def _not_found(self, error: str | None, device_id: str | None = None) -> None:
        """The lookup found no unit: too many lookups, the cloud unavailable, or no such unit."""
        if self.d.get("lookup_ref", {}).get("kind") == "list":
            self.say("units_not_listed")  # a product's units, or none: where the serial is instead
            self.fire("identify", quiet=True)
            return
        if self.d.pop("agent_after_lookup", False):
            # A person was asked for: support finds the unit (the greeting already said so).
            self._handoff("handoff:customer_request", say=not self.d.pop("agent_greeted", False))
            return
        if error == "limited":
            # Too many lookups for this customer (Particle allows few an hour): no guessing more numbers.
            self.say("lookup_limited")
            self.fire("identify", quiet=True)
            return
        if error == "not_in_account":
            # The unit's own call answered 403/404 for the ID (or the serial's ID): not in the account or product
            # (design 5 and 6.1: cloud:not_found, handed off at once; an outside audit got "type it again").
            self.m.finding("cloud:not_found", "cloud")
            # A new unit is added in the app, said at once; support still gets the case (design 5: handed off).
            new = self.d.get("new_unit_told") or "led:blinking_blue" in self.m.findings or \
                (self.d.get("opener_led") or {}).get("code") == "led:blinking_blue"
            # A serial typed may be one character off: sent again, it is looked up (support.py `_unit_rechecked`).
            self._handoff("handoff:cloud_account", key="device_not_in_account_new" if new else
                          "device_not_in_account" if self.d.get("directory_device") else "device_not_in_account_typed")
            return
        if error == "unavailable":
            self._lookup_unavailable(device_id)
            return
        if self.d.get("lookup_ref", {}).get("guess"):
            # A name guessed from the first message ("my porch-sensor is offline") that is no unit: the usual
            # question, with nothing said about the guess; just after a fix, the unit fixed.
            if self.d.pop("lookup_ref", {}).get("asked"):
                # Guessed from an answer to the question: no unit by that name, said so, and counted as a miss.
                if not self._miss(reask=False, key="device_unknown_handoff"):
                    self.say("device_name_not_found")
                    self.fire("identify", quiet=True)
                return
            if fallback := self.d.pop("fallback_id", None):
                self.d["directory_device"] = True
                self._look_up("id", fallback)
                return
            self.fire("identify")
            return
        self.d["lookups"] = self.d.get("lookups", 0) + 1
        by_name = self.d.get("lookup_ref", {}).get("kind") in ("name", "name_word")
        if self.d.get("lookups", 0) >= MAX_LOOKUPS and by_name and not self.d.get("directory_device"):
            # Names that are no unit, three times: answers the bot could not use (design 6.1), not a device the
            # cloud refused (only cloud:not_found or quarantined end cloud_account; an outside audit).
            self._handoff("handoff:not_understood", key="device_unknown_handoff")
            return
        if self.d.get("directory_device") or self.d["lookups"] >= MAX_LOOKUPS:
            self.m.finding("cloud:not_found", "cloud")
            self._handoff("handoff:cloud_account", key="device_not_found_final")
            return
        # A name not found is told as a name, with the serial asked for instead (not "check the label").
        ref = self.d.get("lookup_ref", {})  # a letter O or I in a serial: a zero or a one, maybe (explore11's n20)
        self.say("device_name_not_found" if ref.get("kind") in ("name", "name_word") else
                 "device_not_found_lookalike" if lookalike(str(ref.get("ref") or "")) else "device_not_found")
        self.fire("identify", quiet=True)

    def _lookup_unavailable(self, device_id: str | None) -> None:
        """The cloud failed during the lookup: with the unit's ID known (typed, the directory's, or a serial's that
        the cloud answered before failing), the questions go on and the cloud is asked again on the next answer
        (design 5; an outside audit's serial was dropped and the unit asked for again); else the unit is asked."""
        self.m.finding("cloud:unavailable", "cloud", "device lookup failed")
        known = device_id or (self.d.get("lookup_ref", {}).get("ref") if self.d.get("lookup_ref", {}).get("kind") == "id"
                              else None) or (self.d.get("pending_id") if self.d.get("directory_device") else None)
        self.say("cloud_busy_lookup")
        if known:
            self.d["device"] = {"id": known}
            self._to_led()
            return
        self.fire("identify", quiet=False)

    def _on_cloud(self, device: dict[str, Any] | None = None, error: str | None = None) -> None:
        if error:
            if error == "not_found":
                self.m.finding("cloud:not_found", "cloud")
                if self.step not in ("handed_off",) and self.m.status not in ("resolved", "abandoned"):
                    self._handoff("handoff:cloud_account")
            else:
                self.m.finding("cloud:unavailable", "cloud", error)
            return
        if not device:
            return
        was_online = bool((self.d.get("device") or {}).get("online"))
        merged = {**(self.d.get("device") or {}), **{k: v for k, v in device.items() if v is not None}}
        self.d["device"] = merged
        self._cloud_findings(merged)
        online = bool(merged.get("online"))
        if self._cloud_news_with_support(was_online, online):
            return
        if not online:
            self.d["online_seen"] = False
            return
        if self.step in ("hotspot_ready", "hotspot_wait"):
            self._hotspot_online()
        elif self.step in ONLINE_WATCH and not (was_online and self.d.get("online_seen")):
            self.d["online_seen"] = True
            self.d["resume"] = self.m.awaiting
            self.fire("came_online")

    def _cloud_findings(self, dev: dict[str, Any]) -> None:
        self.m.finding("cloud:online" if dev.get("online") else "cloud:offline", "cloud")
        if dev.get("claimed"):
            self.m.finding("cloud:claimed", "cloud", dev.get("owner"))
        elif "claimed" in dev:
            self.m.finding("cloud:unclaimed", "cloud")
        if dev.get("quarantined") or dev.get("denied"):
            self.m.finding("cloud:quarantined", "cloud", "denied" if dev.get("denied") else None)
        if dev.get("status") == "safe_mode":
            self.m.finding("cloud:safe_mode", "cloud")
        if "last_heard" in dev and not dev.get("last_heard") and not dev.get("online"):
            self.m.finding("cloud:never_connected", "cloud")
        if dev.get("is_cellular"):
            self.m.finding("cloud:cellular", "cloud")


def _not_this_unit(text: str, device: dict[str, Any]) -> bool:
    """The message says "not the <a word of the found unit's name>" ("... not the garage" for garage-door)."""
    words = [w for w in re.split(r"[\s_\-.]+", str(device.get("name") or "").casefold()) if len(w) >= 3]
    plain = message(text).plain
    return any(re.search(rf"\bnot (?:the |my |our )?{re.escape(w)}\b", plain) for w in words)
