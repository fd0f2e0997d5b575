"""The troubleshooting flow: a python-statemachine `StateMachine` whose states are the steps of design.md §6.

`TroubleshootFlow.handle(kind, **payload)` is the only entry point. It reads the event with the pure rules,
picks the next step, and fires the matching transition; `after_transition` then asks that step's question.
Everything the flow wants done is recorded on the model as effects (bot/flowkit.py); it does no I/O.
State values are stored in the database: never rename them without a migration.
"""

from __future__ import annotations

from typing import Any

from statemachine import State, StateMachine

from bot.flowkit import AWAITING_STEPS, FlowModel
from flows.troubleshoot import copy
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.hotspot import HotspotSteps
from flows.troubleshoot.light import LightSteps
from flows.troubleshoot.rules import intents, led, slots
from flows.troubleshoot.rules.reading import Reading, read
from flows.troubleshoot.wifi import WifiSteps

SUPPORT_ACK_QUIET_SECONDS = 1800
MAX_LOOKUPS = 3

ONLINE_WATCH = ("device_id", "led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check")


class TroubleshootFlow(LightSteps, WifiSteps, HotspotSteps, StateMachine):
    """From "it won't connect" to an online device or a complete case for support."""

    start = State("Start", value="start", initial=True)
    device_id = State("Which unit", value="device_id")
    looking_up = State("Looking up the unit", value="looking_up")
    led = State("Status light", value="led")
    led_detail = State("Light detail", value="led_detail")
    wifi_password = State("Wi-Fi password check", value="wifi_password")
    wifi_network = State("Wi-Fi name", value="wifi_network")
    wifi_scan = State("Scanner readout", value="wifi_scan")
    router_check = State("Router questions", value="router_check")
    hotspot_ready = State("Hotspot set-up", value="hotspot_ready")
    hotspot_wait = State("Watching the hotspot test", value="hotspot_wait")
    confirm_fixed = State("Confirm it works", value="confirm_fixed")
    handed_off = State("With support", value="handed_off")
    resolved = State("Resolved", value="resolved", final=True)
    abandoned = State("Ended", value="abandoned", final=True)

    identify = start.to(device_id) | device_id.to.itself() | looking_up.to(device_id)
    look_up = start.to(looking_up) | device_id.to(looking_up) | looking_up.to.itself()
    ask_led = (
        looking_up.to(led) | led.to.itself() | led_detail.to(led) | wifi_password.to(led) | wifi_network.to(led)
        | wifi_scan.to(led) | router_check.to(led) | hotspot_ready.to(led) | confirm_fixed.to(led)
    )
    ask_led_detail = led.to(led_detail) | led_detail.to.itself()
    ask_password = led.to(wifi_password) | led_detail.to(wifi_password) | wifi_password.to.itself()
    ask_network = wifi_password.to(wifi_network) | wifi_network.to.itself() | wifi_scan.to(wifi_network)
    ask_scan = wifi_network.to(wifi_scan) | wifi_scan.to.itself()
    ask_router = (
        led.to(router_check) | led_detail.to(router_check) | wifi_scan.to(router_check)
        | wifi_network.to(router_check) | router_check.to.itself()
    )
    ask_hotspot = (
        led.to(hotspot_ready) | led_detail.to(hotspot_ready) | wifi_scan.to(hotspot_ready)
        | router_check.to(hotspot_ready) | hotspot_ready.to.itself() | hotspot_wait.to(hotspot_ready)
    )
    wait_hotspot = hotspot_ready.to(hotspot_wait) | hotspot_wait.to.itself()
    came_online = (
        device_id.to(confirm_fixed) | looking_up.to(confirm_fixed) | led.to(confirm_fixed)
        | led_detail.to(confirm_fixed) | wifi_password.to(confirm_fixed) | wifi_network.to(confirm_fixed)
        | wifi_scan.to(confirm_fixed) | router_check.to(confirm_fixed) | confirm_fixed.to.itself()
    )
    hand_off = (
        start.to(handed_off) | device_id.to(handed_off) | looking_up.to(handed_off) | led.to(handed_off)
        | led_detail.to(handed_off) | wifi_password.to(handed_off) | wifi_network.to(handed_off)
        | wifi_scan.to(handed_off) | router_check.to(handed_off) | hotspot_ready.to(handed_off)
        | hotspot_wait.to(handed_off) | confirm_fixed.to(handed_off) | handed_off.to.itself()
    )
    release = (
        handed_off.to(device_id, cond="resumes") | handed_off.to(led, cond="resumes")
        | handed_off.to(led_detail, cond="resumes") | handed_off.to(wifi_password, cond="resumes")
        | handed_off.to(wifi_network, cond="resumes") | handed_off.to(wifi_scan, cond="resumes")
        | handed_off.to(router_check, cond="resumes") | handed_off.to(hotspot_ready, cond="resumes")
        | handed_off.to(confirm_fixed, cond="resumes") | handed_off.to(led)
    )
    resolve = (
        start.to(resolved) | device_id.to(resolved) | looking_up.to(resolved) | led.to(resolved)
        | led_detail.to(resolved) | wifi_password.to(resolved) | wifi_network.to(resolved)
        | wifi_scan.to(resolved) | router_check.to(resolved) | hotspot_ready.to(resolved)
        | hotspot_wait.to(resolved) | confirm_fixed.to(resolved) | handed_off.to(resolved)
    )
    abandon = (
        start.to(abandoned) | device_id.to(abandoned) | looking_up.to(abandoned) | led.to(abandoned)
        | led_detail.to(abandoned) | wifi_password.to(abandoned) | wifi_network.to(abandoned)
        | wifi_scan.to(abandoned) | router_check.to(abandoned) | hotspot_ready.to(abandoned)
        | hotspot_wait.to(abandoned) | confirm_fixed.to(abandoned) | handed_off.to(abandoned)
    )

    model: FlowModel  # type: ignore[assignment]

    # ------------------------------------------------------------------ entry point
    def handle(self, kind: str, **payload: Any) -> None:
        """Feed one event: begin, message, lookup_result, cloud, timer, release, resolve, opt_out."""
        getattr(self, f"_on_{kind}")(**payload)

    # ------------------------------------------------------------------ asking questions
    def after_transition(self, event: str, target: State, simple: bool = False, quiet: bool = False) -> None:
        step = target.value
        self.m.awaiting = step if step in AWAITING_STEPS else None
        if target.final or step == "handed_off":
            for t in ("reply", "abandon", "hotspot"):
                self.m.cancel_timer(t)
            return
        if step == "hotspot_wait":
            self.m.status = "waiting_device"
        elif step not in ("handed_off",):
            self.m.status = "active"
        if step == "looking_up":
            return
        # "I couldn't find that unit, please type it again" (quiet) asks the question again too: count it.
        if step != "hotspot_wait" and not self._count_ask(step):
            return
        if quiet:
            return
        self._ask(step, simple)
        if step != "hotspot_wait":
            self.m.cancel_timer("abandon")
            self.m.start_timer("reply", self.m.cfg.reply_timeout_seconds)
            self.d["reminded"] = False

    def _ask(self, step: str, simple: bool = False) -> None:
        if step == "device_id":
            self.say("ask_device_id_simple" if simple else "ask_device_id")
        elif step == "led" and self.d.get("opener_led") and not simple:
            # The customer already described the light in their first message: use it instead of asking again.
            reading = led.LedReading(**self.d.pop("opener_led"))
            self._apply_led(reading, "")
        elif step == "led":
            self.say("ask_led_simple" if simple else ("ask_led_again" if self.d.get("led_again") else "ask_led"),
                     CHOICES["led"])
            self.d["led_again"] = False
        elif step == "led_detail":
            need = self.d.get("led_need")
            key, choices = {
                "green_speed": ("ask_green_speed", CHOICES["green_speed"]),
                "cyan_blinks": ("ask_cyan_blinks", CHOICES["cyan_blinks"]),
                "blink_count": ("ask_blink_count", CHOICES["blink_count"]),
                "sos_count": ("ask_sos_count", CHOICES["skip"]),
                "blue_shade": ("ask_blue_shade", CHOICES["blue_shade"]),
            }.get(need or "", ("ask_led_simple", CHOICES["led"]))
            self.say(key, choices)
        elif step == "wifi_password":
            if self.d.get("pw_phase") == "resetup":
                self.say("resetup_waiting" if simple else "resetup_with_key", CHOICES["resetup"])
            else:
                self.say("ask_wifi_password_simple" if simple else "ask_wifi_password", CHOICES["password"])
        elif step == "wifi_network":
            names = self.d.get("scan_names") or []
            if names:
                self.say("ask_wifi_network_pick", tuple(names))
            else:
                self.say("ask_wifi_network_simple" if simple else "ask_wifi_network")
        elif step == "wifi_scan":
            self.say("ask_wifi_scan_simple" if simple else "ask_wifi_scan", CHOICES["skip"])
        elif step == "router_check":
            q = self.d.get("rq_current")
            choices = CHOICES["same_name" if q == "same_name" else "yes_no_unsure"]
            if simple and q == "same_name":
                # "yes" or "no" does not answer "one name or two?": offer the choices that do.
                self.say("ask_rq_same_name_pick", choices)
            elif simple:
                # Repeat the question itself: "yes or no" alone loses what was asked.
                self.m.reply(copy.text("ask_rq_simple") + " " + copy.text(f"ask_rq_{q}", **self.fields()), choices)
            else:
                self.say(f"ask_rq_{q}", choices)
        elif step == "hotspot_ready":
            if simple:
                self.say("hotspot_ready_simple", CHOICES["hotspot"])
            elif self.d.get("hotspot_attempts", 0) >= 1:
                self.say("hotspot_retry", CHOICES["hotspot"])
            else:
                key = "ask_hotspot" if self.m.cfg.hotspot_ssid else "ask_hotspot_same_name"
                self.say(key, CHOICES["hotspot"])
        elif step == "hotspot_wait":
            self.say("hotspot_watching", progress="hotspot")
            self.m.cancel_timer("reply")
            self.m.cancel_timer("abandon")
            self.m.start_timer("hotspot", self.m.cfg.hotspot_wait_seconds)
        elif step == "confirm_fixed":
            key = "already_online" if self.d.pop("online_at_lookup", False) else "device_online"
            self.say(key, CHOICES["confirm"])

    # ------------------------------------------------------------------ events
    def _on_begin(self, device_id: str | None = None, text: str = "", media: list[str] | None = None) -> None:
        """The customer's first message opens the conversation; a serial or ID in it is used at once."""
        word = intents.global_intent(text)
        who = intents.contact(text)
        if who:
            self._keep_contact(who)
        if word == "stop":
            self.m.finish("abandoned", "ended:opted_out")
            self.fire("abandon")
            return
        self.say("welcome_back" if word == "start" else "greet")
        if media:
            self.say("picture_unreadable")
        ref = None if device_id else slots.device_ref(text)
        opener = led.parse_led(text) if text else None
        if opener is not None and (opener.code not in (None, "led:unknown") or opener.need) and not opener.solid:
            from dataclasses import asdict

            self.d["opener_led"] = asdict(opener)
        if device_id:
            self.d["directory_device"] = True
            self.d["lookup_ref"] = {"kind": "id", "ref": device_id}
            self.m.query("lookup", ref_kind="id", ref=device_id)
            self.fire("look_up")
        elif ref and ref[0] in ("id", "serial"):
            self.d["lookup_ref"] = {"kind": ref[0], "ref": ref[1]}
            self.m.query("lookup", ref_kind=ref[0], ref=ref[1])
            self.fire("look_up")
        elif word == "agent":
            self._handoff("handoff:customer_request")
        else:
            self.fire("identify")

    def _on_message(self, text: str = "", facts: dict[str, Any] | None = None,
                    media: list[str] | None = None) -> None:
        facts = facts or {}
        self.m.cancel_timer("reply")
        self.m.cancel_timer("abandon")
        word = intents.global_word(text)
        if word == "stop":
            self.d["resume"] = self.m.awaiting
            self.m.finish("abandoned", "ended:opted_out")
            self.fire("abandon")
            return
        if self.step == "handed_off":
            who = intents.contact(text)
            if who:
                self._keep_contact(who)
            if media:
                self.say("picture_unreadable")
            # Acknowledge, but not every line of a customer who writes several messages while waiting.
            if self.m.now - float(self.d.get("support_acked_at", 0)) > SUPPORT_ACK_QUIET_SECONDS:
                self.say("with_support")
                self.d["support_acked_at"] = self.m.now
            return
        reading = read(self.reading_key(), text, facts)
        if reading.contact:
            self._keep_contact(reading.contact)
        if reading.label == "agent":
            if reading.contact:
                self.m.reply(copy.text("agent_handoff_callback", contact=reading.contact))
                self._handoff("handoff:customer_request", say=False)
            else:
                self._handoff("handoff:customer_request")
            return
        if reading.label == "help":
            # "help" alone gets the general help; "what do you mean by registered?" gets this question explained.
            plain = " ".join(text.lower().split()).strip("?!. ")
            key = copy.EXPLAIN.get(self.reading_key()) if plain not in ("help", "info", "help me", "help please") \
                else None
            self.say(key or "help")
            self._reask()
            return
        if reading.label == "restart":
            keep = {k: self.d[k] for k in ("device",) if k in self.d}
            self.d.clear()
            self.d.update(keep)
            self.say("restart")
            if keep.get("device"):
                self._to_led()
            else:
                self.fire("identify")
            return
        if media and not text.strip():
            self.say("picture_unreadable")
            self._reask()
            return
        handler = getattr(self, f"_answer_{self.step}", None)
        if handler is None:
            self._reask()
            return
        if media:
            self.say("picture_unreadable")
        handler(text, facts, reading)

    def _on_lookup_result(self, device: dict[str, Any] | None = None, error: str | None = None) -> None:
        if self.step != "looking_up":
            return
        if device is None:
            if error == "limited":
                # Too many lookups for this customer (Particle allows few an hour): no guessing more numbers.
                self.say("lookup_limited")
                self.fire("identify", quiet=True)
                return
            if error == "unavailable":
                self.m.finding("cloud:unavailable", "cloud", "device lookup failed")
                if self.d.get("lookup_ref", {}).get("kind") == "id" or self.d.get("directory_device"):
                    # We know the ID: carry on without the cloud and retry on the next answer.
                    self.d["device"] = {"id": self.d.get("lookup_ref", {}).get("ref") or self.d.get("pending_id")}
                    self.say("cloud_busy_lookup")
                    self._to_led()
                    return
                self.say("cloud_busy_lookup")
                self.fire("identify", quiet=False)
                return
            self.d["lookups"] = self.d.get("lookups", 0) + 1
            if self.d.get("directory_device") or self.d["lookups"] >= MAX_LOOKUPS:
                self.m.finding("cloud:not_found", "cloud")
                self._handoff("handoff:cloud_account", key="device_not_found_final")
                return
            self.say("device_not_found")
            self.fire("identify", quiet=True)
            return
        self.d["device"] = device
        self._cloud_findings(device)
        self.say("found_device")
        if device.get("quarantined") or device.get("denied"):
            self._handoff("handoff:cloud_account")
            return
        if device.get("online"):
            self.d["online_seen"] = True
            self.d["online_at_lookup"] = True
            self.fire("came_online")
            return
        if device.get("is_cellular"):
            self.say("cellular_intro")
        self._to_led()

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
        if not online:
            self.d["online_seen"] = False
            return
        if self.step in ("hotspot_ready", "hotspot_wait"):
            self._hotspot_connected()
        elif self.step in ONLINE_WATCH and not (was_online and self.d.get("online_seen")):
            self.d["online_seen"] = True
            self.d["resume"] = self.m.awaiting
            self.fire("came_online")

    def _on_timer(self, name: str) -> None:
        if name == "hotspot" and self.step == "hotspot_wait":
            self.m.finding("hotspot:failed", "hotspot")
            self.d["hotspot_attempts"] = self.d.get("hotspot_attempts", 0) + 1
            if self.d["hotspot_attempts"] >= 2:
                self._device_suspected()
            else:
                self.fire("ask_hotspot")
        elif name == "reply" and self.m.awaiting and self.step not in ("hotspot_wait", "handed_off"):
            if self.step == "confirm_fixed":
                # Silence after "it's online" counts as no objection (diagnosis-codes: resolved:device_online).
                self.m.finish("resolved", "resolved:device_online")
                self.fire("resolve")
                return
            self.say("reminder")
            self.d["reminded"] = True
            self.m.start_timer("abandon", self.m.cfg.reply_timeout_seconds)
        elif name == "abandon" and self.step not in ("hotspot_wait", "handed_off"):
            self.say("abandoned")
            self.m.finish("abandoned", "abandoned:no_reply")
            self.fire("abandon")

    def _on_release(self) -> None:
        if self.step != "handed_off":
            return  # released twice, or the bot already has it: nothing to give back
        self.say("released")
        self.d["asked_q"] = None  # a person had the case: the bot's count of asks starts again
        self.m.status = "active"
        self.m.outcome = None
        self.fire("release")

    def _on_resolve(self) -> None:
        self.say("agent_resolved")
        self.m.finish("resolved", "resolved:agent")
        self.fire("resolve")

    # ------------------------------------------------------------------ answers per step
    def _answer_device_id(self, text: str, facts: dict[str, Any], reading: Reading) -> None:
        kind = {"serial": "serial", "device_id": "id", "name": "name"}.get(reading.label or "")
        if kind is None or reading.value is None:
            # "hello", "ok", "what?" are not device names: ask again instead of searching the account for them.
            if reading.label == "unknown":
                self.say("device_id_where")
            self._miss()
            return
        self.d["misses"] = 0
        self.d["lookup_ref"] = {"kind": kind, "ref": str(reading.value)}
        self.m.query("lookup", ref_kind=kind, ref=str(reading.value))
        self.fire("look_up")


    # ------------------------------------------------------------------ shared outcomes


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


