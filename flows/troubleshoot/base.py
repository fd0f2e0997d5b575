"""What every step of the troubleshooting flow shares: the model, copy, firing transitions, handoff and re-asks.

A mixin of TroubleshootFlow (machine.py); `self.send` and `self.model` come from python-statemachine.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from statemachine import State

from bot.flowkit import FlowModel
from flows.codes import ROUTER_FIXES
from flows.troubleshoot import copy
from flows.troubleshoot.copy_web import WEB_CHOICES
from flows.troubleshoot.rules import asks, intents, light_means, slots
from flows.troubleshoot.rules.scan.findings import DUAL_BAND_PLATFORMS
from flows.troubleshoot.wording import capital, named_buttons

if TYPE_CHECKING:
    from flows.troubleshoot.rules import led
    from flows.troubleshoot.rules.reading import Reading

MAX_MISSES = 3
# Lights of a unit that works and cannot join or reach the cloud: a Wi-Fi matter, not a broken unit.
UNIT_FINE_LIGHTS = frozenset({"led:blinking_blue", "led:blinking_green", "led:fast_green", "led:blinking_cyan",
                              "led:breathing_cyan", "led:cyan_orange_2", "led:cyan_orange_3"})
# How long a question stays open for one who will answer later ("can I do it tomorrow?"): not the half-hour goodbye.
LATER_SECONDS = 20 * 3600
# Causes that stop only a unit that uses 2.4 GHz alone (both name one kind of Wi-Fi the unit needs).
TWO_FOUR_ONLY_CAUSES = frozenset({"wifi:same_ssid_both_bands", "wifi:mesh_or_gateway"})
MAX_ASKS = 3  # design 6.1: no question is asked more than three times in a row
MAX_POINTS = 2  # then, answered asides point at the question this many times before support takes over
_THANKS = ("thank", "thx", "cheers", "appreciate")  # a pleasantry that thanks (not a bare "ok": its plainer question)
HANDOFF_COPY = {
    "handoff:customer_request": "agent_handoff",
    "handoff:not_understood": "not_understood_handoff",
    "handoff:cloud_account": "cloud_account_handoff",
    "handoff:cellular": "cellular_handoff",
    "handoff:device_suspected": "hotspot_failed_final",
    "handoff:other": "other_handoff",
}


# Steps a unit online in our system is not troubleshot at when the bot has the case again (`_back_to_bot`).
_RESUME_ONLINE = frozenset({"led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check",
                            "hotspot_ready"})
RESUME_AS = {"hotspot_wait": "hotspot_ready"}  # watching is no question: given back, the one before it is asked


# Findings a scan proves and the customer can change at once in the router's settings.
FIX_AT_ONCE = ("wifi:no_2_4ghz", "wifi:wpa3_only", "wifi:channel_width_40mhz", "wifi:channel_out_of_range",
               "wifi:open_or_wep")


class FlowSteps:
    """Helpers used by every step."""

    model: FlowModel
    # The message being answered (set by the message handler; not stored): what a miss looks at for its language.
    heard: str = ""
    # A question in the message answered already (not stored): "isn't that the problem then?" gets no set-up steps too.
    answered_aside: bool = False

    if TYPE_CHECKING:
        # Steps one mixin of TroubleshootFlow (machine.py) calls on another; declared for the type checker only,
        # so that at run time each is found on its own mixin.
        def _to_router_questions(self) -> None: ...  # router_told.py
        def _aftercare(self, asked: str, cause: str) -> None: ...  # confirm.py
        def _record_led(self, reading: led.LedReading) -> None: ...  # light.py
        def _hotspot_online(self) -> None: ...  # hotspot.py
        def _next_router_question(self) -> None: ...  # router_told.py
        def _skips_phone_step(self, step: str) -> bool: ...  # phone.py
        def _hotspot_not_possible(self, detail: str | None, skipped: bool = False) -> None: ...  # phone.py
        def _drops_told(self) -> bool: ...  # told.py
        def _drops_handed_off(self) -> bool: ...  # told.py
        def _band_after_found(self) -> None: ...  # told.py
        def _to_led_or_band(self) -> None: ...  # told.py
        def _set_up_on_asked(self, text: str, label: str | None, cant: bool = False) -> bool: ...  # hotspot.py
        def _sometimes_told(self, text: str, reading: Reading) -> str | None: ...  # told.py
        def _take_network(self, name: str) -> None: ...  # wifi.py
        def _corrects_last_answer(self, text: str) -> bool: ...  # told.py
        def _remedy_then_led(self, key: str, code: str, extra: str | None = None) -> None: ...  # remedy.py
        def _waited_long(self, code: str) -> bool: ...  # remedy.py
        def _after_remedy(self, after: str | None) -> bool: ...  # remedy.py
        def _still_the_colour(self, text: str, seen: led.LedReading | None) -> bool: ...  # remedy.py
        def _apply_led(self, reading: led.LedReading, text: str) -> None: ...  # light.py
        def _remedy_ask(self, label: str | None, later: bool = False) -> bool: ...  # remedy.py
        def _remedy_help(self, text: str) -> bool: ...  # remedy.py
        def _wrong_password(self, why: str | None = None) -> None: ...  # changes.py
        def _told_later(self, text: str) -> bool: ...  # changes.py
        def _outage_told(self, text: str) -> bool: ...  # changes.py
        def _reply_at_resetup(self, text: str, reading: Reading) -> None: ...  # resetup.py
        def _answer_router_check(self, text: str, facts: dict[str, Any], reading: Reading) -> None: ...  # wifi.py
        def _withdraw_light(self, code: str) -> None: ...  # changes.py
        def _corrected_light(self, text: str) -> led.LedReading | None: ...  # changes.py
        def router_fix(self) -> str: ...  # hotspot.py
        def _old_wifi(self) -> bool: ...  # hotspot.py
        def _aside_key(self, kind: str) -> str: ...  # phone.py
        def _new_details_told(self, text: str) -> bool: ...  # phone.py
        def _cloud_news_with_support(self, was_online: bool, online: bool) -> bool: ...  # support_news.py

    @property
    def m(self) -> FlowModel:
        return self.model

    @property
    def d(self) -> dict[str, Any]:
        return self.model.data

    @property
    def step(self) -> str:
        return str(self.m.state)

    def fields(self) -> dict[str, Any]:
        dev, cfg = self.d.get("device") or {}, self.m.cfg
        return {
            "product": cfg.product,
            "name": dev.get("name") or dev.get("serial_number") or "your unit",  # never the raw ID (explore7)
            "platform": dev.get("platform_label") or dev.get("platform") or "unknown type",
            "network": self.d.get("ssid") or "your Wi-Fi network",
            # Set up on the hotspot: any name and key (the how-to said the home Wi-Fi's after "any name": explore8).
            **({"hotspot_name": copy.TEXT["fill_any_name"], "hotspot_password": copy.TEXT["fill_any_password"]}
               if not cfg.hotspot_ssid and self.d.get("hotspot_set_up_on") else
               {"hotspot_name": cfg.hotspot_ssid or (self.d.get("ssid") or "the same name as your home Wi-Fi"),
                "hotspot_password": cfg.hotspot_password or "the same password as your home Wi-Fi"}),
            "minutes": max(1, round(cfg.hotspot_wait_seconds / 60)),
        }

    def text(self, key: str, **fill: Any) -> str:
        """The copy for `key` in this conversation's channel's wording, with the flow's fields and `fill`."""
        return copy.text(key, self.m.channel, **{**self.fields(), **fill})

    def _platform(self) -> str | None:
        """The unit's platform ("photon", "argon", "p2", ...), once it is found."""
        return (self.d.get("device") or {}).get("platform")

    def say(self, key: str, choices: tuple[str, ...] = (), fill: dict[str, Any] | None = None, **extra: Any) -> None:
        if key == "question_above":
            choices = tuple(self.d.get("asked_choices") or ())  # the question's own buttons (explore5 had none)
        elif choices:
            self.d["asked_choices"] = list(choices)
        text = capital(self.text(key, **(fill or {})))
        if not choices and self.m.channel == "web":
            # Buttons that only the web chat shows with this message, else the question's own when the message says to
            # tap one ("Tap Done when you have tried": explore9's n23 had no Done button under the how-to).
            choices = WEB_CHOICES.get(key, ()) or named_buttons(text, tuple(self.d.get("asked_choices") or ()))
        self.m.reply(text, choices, **extra)

    def _give_up_copy(self) -> str:
        """Giving up's copy: with a light that says the unit works, that it is most likely not broken (explore9 n15)."""
        return "give_up_fine" if self._last_led() in UNIT_FINE_LIGHTS else "give_up_handoff"

    def resumes(self, target: State) -> bool:
        resume = self.d.get("resume")
        return (RESUME_AS.get(resume, resume) if isinstance(resume, str) else resume) == target.value

    def fire(self, event: str, **kw: Any) -> None:
        self.send(event, **kw)  # type: ignore[attr-defined]

    def _handoff(self, outcome: str, key: str | None = None, say: bool = True) -> None:
        if say:
            self.say(key or HANDOFF_COPY.get(outcome, "other_handoff"))
        if self.m.awaiting and self.step != "handed_off":
            self.d["resume"] = self.m.awaiting
        self.m.finish("handed_off", outcome)
        self.fire("hand_off")

    def _look_up(self, kind: str, ref: str, guess: bool = False) -> None:
        """Look the unit up by `kind` (id, serial or name), answered as `lookup_result`; `guess`: a name from the
        first message, forgotten quietly when it is no unit."""
        self.d["lookup_ref"] = {"kind": kind, "ref": ref, **({"guess": True} if guess else {})}
        self.m.query("lookup", ref_kind=kind, ref=ref)
        self.fire("look_up")

    def _look_up_named(self, ref: str, by_word: bool = False) -> None:
        """Look up a unit as the customer named it: by serial or ID when it is one, else by name (`by_word`: a word
        of one unit's name is enough, "the porch one", as in an answer to "which unit?")."""
        found = slots.device_ref(ref)
        self._look_up(*(found if found and found[0] in ("serial", "id") else ("name_word" if by_word else "name", ref)))

    def _to_password(self) -> None:
        """The password question, unless the customer said which password they typed before it was asked ("yes I
        used the wifi password from the sticker": a blind exploratory test was asked it anyway)."""
        told = self.d.pop("password_told", None)
        if told == "yes" and self.d.get("pw_phase") != "resetup":
            self.say("password_told_yes")
            self._key_confirmed()
            return
        if told == "no" and self.d.get("pw_phase") != "resetup":
            self.m.finding("wifi:wrong_password_suspected", "customer", "said before the password question")
            self.d["pw_phase"] = "resetup"
        self.fire("ask_password")

    def _portal_told(self, how: str, code: str = "wifi:captive_portal") -> None:
        """A sign-in page (or by `code` a list of approved devices), told or answered: noted, and what to do told once."""
        key = "portal_told" if code == "wifi:captive_portal" else "approval_told"
        self.d[key] = True
        self.m.finding(code, "customer", how)
        mac = (self.d.get("device") or {}).get("mac_wifi")
        self.say(key if mac else f"{key}_no_mac", fill={"mac": mac} if mac else None)

    def _key_confirmed(self, hedged: bool = False) -> None:
        """The password typed was the Wi-Fi key: a wrong key is never named as the cause after that (design 6.1), unless
        it was only "i think so" (explore10's n29: taken as sure); the Wi-Fi's name comes next either way."""
        self.d["misses"] = 0
        if not hedged:
            self._rule_out("wifi:wrong_password_suspected")
        self.fire("ask_network")

    def _last_led(self) -> str | None:
        """The code of the light the customer told last (None before any)."""
        history = self.d.get("led_history") or [{}]
        return history[-1].get("code")

    def _explain_term(self, term: str) -> None:
        """What a word of ours means ("what's DHCP?"); a MAC with the unit's own address, which is what the word is
        for ("what's the MAC address?" may ask for either)."""
        if term == "light_told":  # "what does that light mean?": the light told last
            told = light_means.light_of_code(self._last_led())
            term = f"light_{told}" if told else ""
        if term == "wpa3_support" and self._platform() in DUAL_BAND_PLATFORMS:
            term = "wpa3_support_p2"  # experimental there, mixed mode the safe advice (docs/particle-facts.md 2)
        self.say(f"term_{term}" if term else "help")
        mac = (self.d.get("device") or {}).get("mac_wifi")
        if term == "mac" and mac:
            self.say("mac_told", fill={"mac": mac})

    def _watching_cyan(self) -> bool:
        """The bot is watching for a unit whose light said connected (slowly pulsing light blue) to show up online,
        at the light's own questions, and no other light was told since."""
        return bool(self.d.get("cyan_watch")) and self.step in ("led", "led_detail") and \
            self._last_led() == "led:breathing_cyan"

    def _back_to_bot(self, online_check: bool = True) -> None:
        """Out of support's hands (an agent's give-back, or the customer's "let's keep trying"): active again, the
        bot's count of asks starts again, and the question it resumes at (`resume`) is asked. A unit our system sees
        online since (and not on the phone's hotspot) is not troubleshot as if offline (explore12's n02): its light
        confirms the fix, asked as "shows online" (`_ask_confirm_fixed`); `online_check` False when a light or a unit
        was just told instead."""
        on_hotspot = self.d.get("hotspot_attempts") or ("hotspot:connected" in self.m.findings and
                                                         not self.d.get("hotspot_off"))
        if online_check and (self.d.get("device") or {}).get("online") and self.d.get("resume") in _RESUME_ONLINE \
                and not on_hotspot:
            self.d["resume"], self.d["confirm_asked"], self.d["online_seen"] = "confirm_fixed", True, True
        self.d["asked_q"] = None
        self.m.status = "active"
        self.m.outcome = None
        self.fire("release")

    def _to_led(self) -> None:
        self.fire("ask_led")

    def question_key(self, step: str | None = None) -> str:
        """Which question the bot is asking at `step`: the same step can ask different questions."""
        step = step or self.step
        if step == "led":
            return f"led#{len(self.d.get('remedies', []))}"  # the light asked again after a remedy is a new round
        if step == "led_detail":
            return f"led_detail:{self.d.get('led_need')}"
        if step == "wifi_password":
            return "resetup" if self.d.get("pw_phase") == "resetup" else "wifi_password"
        if step == "router_check":
            return f"router_check:{self.d.get('rq_current')}"
        if step == "hotspot_ready":
            return f"hotspot_ready#{self.d.get('hotspot_attempts', 0)}"
        if step == "wifi_network":
            return "wifi_network:pick" if self.d.get("scan_names") else "wifi_network"
        return step

    def reading_key(self) -> str:
        """The reader (rules/reading.py) for the answer to the question being asked now."""
        step = self.step
        if step == "led_detail":
            return str(self.d.get("led_need") or "led")
        if step == "wifi_password":
            return "resetup" if self.d.get("pw_phase") == "resetup" else "wifi_password"
        if step == "router_check":
            return str(self.d.get("rq_current") or "router_check")
        return step

    def _count_ask(self, step: str) -> bool:
        """Count this ask of the question; False when it is not asked. No question goes out more than MAX_ASKS
        times in a row (design 6.1, a contract; an outside audit saw a fourth after "help"): past that, an answer
        the bot could not use hands off, and one it answered (an aside, "not yet") points at the question instead of
        asking it again, so asking questions never sends a customer to support."""
        key = self.question_key(step)
        free = self.d.pop("free_ask", False)
        n = int(self.d.get("asked_n", 0)) + 1 if self.d.get("asked_q") == key else 1
        if n > MAX_ASKS and free and n <= MAX_ASKS + MAX_POINTS:
            self.d["asked_n"] = n  # a customer who only ever asks back is still not trapped: support after that
            self.say("question_above")
            return False
        self.d["asked_q"], self.d["asked_n"] = key, n
        if n > MAX_ASKS:
            # Past the points after questions the bot answered, no "I'm having trouble understanding": it understood
            # each (five questions at the hotspot test were handed off with those words).
            self._handoff("handoff:not_understood", key="asked_enough_handoff" if free else None)
            return False
        return True

    def _keep_contact(self, contact: str) -> None:
        """A phone number or e-mail the customer offered for a call-back goes on the case."""
        self._add_once("callback", contact)

    def _rule_out(self, code: str) -> None:
        """The customer's own answer says this is not the cause: it is never named (design 6.1)."""
        self._add_once("ruled_out", code)

    def _add_once(self, key: str, value: str) -> None:
        known = self.d.setdefault(key, [])
        if value not in known:
            known.append(value)

    def _router_cause(self, codes: Collection[str]) -> str | None:
        """The most likely router cause among `codes` (ROUTER_FIXES order) in the customer's words; never one
        the customer ruled out. None when there is none."""
        code = self._router_cause_code(codes)
        return copy.ROUTER_CAUSES[code].format(**self.fields()) if code else None

    def _router_cause_code(self, codes: Collection[str]) -> str | None:
        """The code of `_router_cause`'s cause."""
        ruled = set(self.d.get("ruled_out") or ())
        if self._platform() in DUAL_BAND_PLATFORMS:
            # A unit that uses 5 GHz too is not stopped by one name on both bands (support still sees the finding,
            # noted "not a blocker on P2"); a blind exploratory test told a P2 it "can only use 2.4 GHz".
            ruled |= TWO_FOUR_ONLY_CAUSES
        for code, _cause, _fix in ROUTER_FIXES:
            if code in codes and code in copy.ROUTER_CAUSES and code not in ruled:
                return code
        return None

    def _miss(self, reask: bool = True, outcome: str = "handoff:not_understood", key: str | None = None) -> bool:
        """An answer the step could not use: counted, and the question asked again in simpler words (unless
        `reask=False`: the caller says what to do). The third in a row goes to support as `outcome` (with copy
        `key`); True then."""
        if self.answered_aside:
            self._reask(counted=False)  # only a question beside this one, answered: this question again
            return False
        if self._watching_cyan():
            # Watching for a unit whose light says connected: "ok" is no miss (a blind exploratory test's three "ok"s
            # were handed to support as not understood).
            self.say("cyan_still_watching")
            return False
        self.d["misses"] = self.d.get("misses", 0) + 1
        self._other_language(self.heard)
        if self.d["misses"] >= MAX_MISSES:
            self._handoff(outcome, key)
            return True
        if reask and intents.pleasantry(self.heard) and any(w in self.heard.lower() for w in _THANKS):
            self.say("pleasantry_back")  # "ok thanks": counted (design 6.1), but no "Sorry, I didn't get that" (n20)
            self._reask()
        elif reask:
            self._reask(simple=True)
        return False

    def _other_language(self, text: str) -> None:
        """Written in another language we can name ("hola, mi aparato no funciona"): said once that the bot helps in
        English only, in that language too, with a person on offer (a blind exploratory test got "Sorry, I couldn't
        find a serial number in that")."""
        if not self.d.get("language_told") and (lang := asks.other_language(text)):
            self.d["language_told"] = True
            self.say(f"other_language_{lang}")

    def _reask(self, simple: bool = False, counted: bool = True) -> None:
        """The question again. Not `counted` after a question of the customer's the bot answered ("why all these
        questions?", "what does cyan mean?"): only unreadable answers lead to support (a blind exploratory test was
        handed off as not understood right after its third question was answered); past MAX_ASKS in a row, the
        question is pointed at rather than asked again (`_count_ask`)."""
        step = self.step
        event = {
            "device_id": "identify", "led": "ask_led", "led_detail": "ask_led_detail",
            "wifi_password": "ask_password", "wifi_network": "ask_network", "wifi_scan": "ask_scan",
            "router_check": "ask_router", "hotspot_ready": "ask_hotspot", "hotspot_wait": "wait_hotspot",
            "confirm_fixed": "came_online",
        }.get(step)
        if event is None:
            return
        if step == "hotspot_wait":
            self.say("hotspot_still_watching")
            return
        self.d["free_ask"] = not counted  # read by _count_ask as the question goes out
        # The same question as last asked, after the customer's own was answered: the long ones (the scanner's how-to,
        # the hotspot's set-up) point back in a line (explore9's n25: each aside repeated them in full on a phone).
        self.d["ask_back"] = not counted and self.d.get("asked_q") == self.question_key(step)
        self.fire(event, simple=simple)
        self.d.pop("ask_back", None)
