"""The first message of a conversation: which unit it is about (named beyond doubt, in the customer's words, or
several at once), and a first message just after a fix, which goes on with the same chat."""

from __future__ import annotations

import re
from typing import Any

from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.rules import (
    aftercare,
    asks,
    context,
    intents,
    slots,
    unit_place,
    unit_words,
    units,
    works_now,
)
from flows.troubleshoot.rules.answers_router import mesh_named
from flows.troubleshoot.rules.app_offline import app_says_offline
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.unit_mentions import one_of_several, plain_units, same_unit

# A first message of at most this many words is little more than the unit: a word of its name is enough. Chosen after
# measuring the opener-names held-out set at 3-8 words (5: one more unit found, none wrong; 6: one wrong).
SHORT_OPENER_WORDS = 5


class OpenerSteps(FlowSteps):
    """Which unit a first message names, looked up (with `DeviceSteps`, which takes the lookup's result)."""

    def _opener_notes(self, text: str) -> None:
        """What a first message tells that matters later: the app showing the unit offline, or its alerts stopped
        (both answered at the online check), a change since the set-up, a move far from the router."""
        if app_says_offline(text):
            self.d["app_offline_told"] = True  # "the app says it's offline": asked about at the online check
        if aftercare.alerts_stopped(text):
            self.d["alerts_told"] = True  # "new phone, the alerts stopped" (explore7): the phone, if the unit is online
        if change := context.first_change(text):
            self.d["context"] = change  # used where it matters: the light question, the Wi-Fi checks
        if mesh_named(text):
            self.d["mesh_told"] = True  # "router = TP-Link Deco mesh": every point unplugged for the test (explore10 n28)
        if context.moved_far(text):
            # "moved it to the back of the garden shed, far from the router": the first suspect once the hotspot
            # test passes (round 12 was told "one name for both bands").
            self.m.finding("wifi:weak_signal", "customer", "moved farther from the router since it last worked")

    def _after_fix(self, text: str, word: str | None, previous: dict[str, Any] | None, device_id: str | None) -> bool:
        """A first message just after a fix (`previous` resolved, its unit `device_id`): the chat goes on, with no
        greeting. "thanks" or an emoji closes it again if the unit is still on; anything else is about it or another
        unit (a blind exploratory test looped: "it still doesn't work" got the greeting and "is it pulsing light
        blue?" again, and "yes" got "all set"). False when it is a new conversation."""
        if not (previous and str(previous.get("outcome", "")).startswith("resolved") and device_id) or word:
            return False
        agreed = asks.bare_ok(text)  # "yes" to "you're all set!": no new diagnosis either (a blind exploratory test)
        topic = aftercare.topic(text)  # "thanks for the help! is my ticket closed now?" is asked, not only thanks
        if topic is None and (agreed or intents.pleasantry(text) or not re.search(r"[A-Za-z0-9]", text) or
                              asks.thanks_only(text) or works_now.says_it_works(text) or aftercare.all_well(text)):
            # "You're welcome!" to thanks only, not to "k bye" (the eighth exploratory test's): if it is still on
            thanked = re.search(r"\b(?:thank|thanks|thx|ty|tysm|cheers)\b", message(text).plain)
            self.d["thanks_after_fix"] = "ok" if agreed or not thanked else True
        else:
            self.d["after_topic"] = topic  # will it happen again, which button, what was wrong, is the case closed
            self.d["after_fix"] = "question" if message(text).is_question or self.d["after_topic"] else "complaint"
        self.d["fixed_id"] = device_id  # "offline again" if it is this one and has dropped off
        self.d["fixed_cause"] = (previous.get("carry") or {}).get("cause")  # "what was wrong?" (confirm.py)
        carried = [str(c) for c in ((previous.get("carry") or {}).get("remedies") or [])]
        if carried:
            # What fixed it last time: the same light again is a recurring problem, not the same fix once more (a
            # blind exploratory test got "restarting the router usually fixes this" for the third time in a week).
            self.d["remedies"] = list(carried)
            self.d["carried_remedies"] = carried
        return True

    def _look_up_opener(self, text: str, word: str | None, named: tuple[str, str] | None,
                        device_id: str | None) -> None:
        """Look up the unit a first message is about: named beyond doubt (a serial, an ID, a name alone), else the
        known one (the directory's or the last conversation's), else the words that may name it ("my porch sensor
        is offline", looked up among the account's units and forgotten quietly when none fits: a blind exploratory
        test was asked for the serial of a unit it had named), else the serial question."""
        guess = units.unit_in_opener(text) if not named else None
        # A short first message that is little more than the unit ("porch", "the porch one"): a word of one unit's
        # name is enough, as at the serial question (round 10B asked for the serial); a longer one may name a place.
        by_name = "name_word" if len(message(text).plain.split()) <= SHORT_OPENER_WORDS or _called_one(text) or \
            (guess is not None and (unit_words.names_a_device(guess) or guess == unit_place.place_phrase(text))) \
            else "name"  # "garage opener": garage-door; "my thing in the shed": shed-monitor (explore11's n21)
        if word == "agent" and (named or guess):
            # A person asked for, with the unit named ("I want a human, my porch sensor is offline"): looked up for the
            # case first, then support (a blind exploratory test's case had no unit; a serial went on troubleshooting).
            self.d["agent_after_lookup"] = True
            if named:
                self._look_up(*named)
            else:
                self._look_up(by_name, str(guess), guess=True)
            return
        if device_id and guess and self.d.get("after_fix"):
            self.d["fallback_id"] = device_id  # "my garage door is offline too", just after a fix: that one
            self._look_up(by_name, guess, guess=True)  # "now the garage one is offline too" (round 12: the fixed one)
        elif device_id:
            self.d["directory_device"] = True
            self._look_up("id", device_id)
        elif named:
            self._look_up(*named)
        elif word == "agent":
            self._handoff("handoff:customer_request", say=not self.d.pop("agent_greeted", False))
        elif guess:
            self._look_up(by_name, guess, guess=True)
        else:
            self.fire("identify")

    def _unit_from_opener(self, text: str, word: str | None,
                          device_id: str | None) -> tuple[tuple[str, str] | None, bool, str | None]:
        """The unit a first message names (kind, ref), whether it names it beyond doubt (a serial, an ID, a name
        alone or among several), and the known unit to look up instead (the directory's, or the last
        conversation's), None once a unit is named (a blind exploratory test was sent back to the last one)."""
        several = self._several_units(text)
        ref = several or slots.device_ref(text)
        named = bool(ref and (several or ref[0] in ("id", "serial") or (ref[0] == "name" and len(text.split()) == 1)))
        if named:
            device_id = None
        elif device_id and word == "agent":
            self.d["device"] = {"id": device_id}  # the case names the unit they last asked about
            device_id = None
        return ref, named, device_id

    def _where_asked(self, label: str) -> None:
        """Where the light is, where the Wi-Fi key is (also to the key typed before asked again: it is never kept), or
        which unit the chat is on now (with those still to come)."""
        if label != "which_unit":
            self.say({"where": "where_light", "key_recall": "key_recall", "setup_mode": "aside_setup_mode"}.get(
                label, "key_where"))
            return
        name = (self.d.get("device") or {}).get("name") or self.d.get("lookup_ref", {}).get("ref")
        others = [str(o) for o in self.d.get("other_units") or [] if str(o) != name]
        key = ("which_unit_others" if others else "which_unit_now") if name else "which_unit_unknown"
        self.say(key, fill={"unit": name or "", "units": " and ".join(others[:3])})

    def _several_units(self, text: str) -> tuple[str, str] | None:
        """Several units down in the first message: said to point at what they share (the Wi-Fi, the router), and
        the first one named is the one looked at (the others are kept for support's case). Returns that unit as
        (kind, ref), or None when no more than one is named."""
        refs, unnamed = units.units_in_opener(text)
        if len(refs) < 2:  # "the garage one and the kitchen one stopped working" (round 45)
            refs = [*refs, *plain_units(text)]
        refs = _distinct(same_unit(text, refs))  # "garage-door ARNKAB812MJ7RPC": one unit (explore10)
        unnamed = unnamed and not one_of_several(text)  # "one of my devices stopped working"
        if len(refs) < 2:
            if unnamed:
                self.say("several_units_unnamed")
            return None
        self.d["other_units"] = refs[1:]
        self.say("several_units", fill={"units": " and ".join(refs[:3]), "first": refs[0]})
        code = slots.labelled_ref(refs[0])
        # A name alone is looked up as one ("porch sensor"): given as the whole first message would be.
        return code or ("name", refs[0])


# Words that many units' names share: "kitchen hub" and "garage hub" are two units, "porch-sensor" and "front porch" one.
_GENERIC = frozenset("the my our a an one unit units device devices sensor sensors hub plug monitor camera light switch "
                     "thing box gadget photon argon p2 boron front back".split())


def _distinct(refs: list[str]) -> list[str]:
    """The units named, one per unit: a place that shares a word with a unit's name is that unit ("We have a little
    sensor on our front porch ... called porch-sensor in the app": the eighth exploratory test got two units)."""
    kept: list[tuple[str, set[str]]] = []
    for ref in refs:
        words = set(re.findall(r"[a-z0-9]+", ref.lower())) - _GENERIC
        if not any(words <= other or other <= words for _, other in kept):  # not "front door" and "back door"
            kept.append((ref, words))
    return [ref for ref, _ in kept]


def _called_one(text: str) -> bool:
    """A unit called by a word of its name, however long the message: "yo the garage one is dead again", "the one in
    the garage won't go online" (round 12 was asked for the serial, or told about the unit just fixed)."""
    return re.search(r"\b(?:\w+ one|the one (?:in|on|by|at|near|from|for) (?:the |my |our )?\w+)\b(?! (?:of|more|day|time|minute"
                     r"|second|hour|sec))", message(text).plain) is not None and not re.search(r"\b(?:no|any|every|some|each|this|that"
                     r"|which|other|another|last|first|only) one\b", message(text).plain)
