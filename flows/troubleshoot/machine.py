"""The troubleshooting flow: a python-statemachine `StateMachine` whose states are the steps of design.md §6.

`TroubleshootFlow.handle(kind, **payload)` is the only entry point. It reads the event with the pure rules,
picks the next step, and fires the matching transition; `after_transition` then asks that step's question.
Everything the flow wants done is recorded on the model as effects (bot/flowkit.py); it does no I/O.
State values are stored in the database: never rename them without a migration.
"""

from __future__ import annotations

from typing import Any

from statemachine import State, StateMachine

from bot.flowkit import FlowModel
from flows.codes import ROUTER_FIXES
from flows.troubleshoot import copy
from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.rules import answers, led, scan

MAX_MISSES = 3
SUPPORT_ACK_QUIET_SECONDS = 1800
MAX_LOOKUPS = 3

# Which router questions each LED branch asks (only those the scan could not answer).
ROUTER_QUESTIONS = {
    "wifi": ("same_name", "mac_filter", "guest"),
    "dhcp": ("mac_filter", "many_devices"),
    "internet": ("internet", "guest"),
}
LED_REMEDY = {
    "led:blinking_blue": "remedy_blue",
    "led:off": "remedy_off",
    "led:red_sos": "remedy_sos",
    "led:breathing_magenta": "remedy_safe_mode",
    "led:blinking_magenta": "remedy_updating",
    "led:blinking_yellow": "remedy_yellow",
    "led:breathing_green": "remedy_breathing_green",
}
HANDOFF_COPY = {
    "handoff:customer_request": "agent_handoff",
    "handoff:not_understood": "not_understood_handoff",
    "handoff:cloud_account": "cloud_account_handoff",
    "handoff:cellular": "cellular_handoff",
    "handoff:device_suspected": "hotspot_failed_final",
    "handoff:other": "other_handoff",
}
ONLINE_WATCH = ("device_id", "led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check")


class TroubleshootFlow(StateMachine):
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

    # ------------------------------------------------------------------ helpers
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
        dev = self.d.get("device") or {}
        cfg = self.m.cfg
        return {
            "product": cfg.product,
            "name": dev.get("name") or dev.get("id") or "your unit",
            "platform": dev.get("platform_label") or dev.get("platform") or "unknown type",
            "network": self.d.get("ssid") or "your Wi-Fi network",
            "hotspot_name": cfg.hotspot_ssid or (self.d.get("ssid") or "the same name as your home Wi-Fi"),
            "hotspot_password": cfg.hotspot_password or "the same password as your home Wi-Fi",
            "minutes": max(1, round(cfg.hotspot_wait_seconds / 60)),
        }

    def say(self, key: str, choices: tuple[str, ...] = (), **extra: Any) -> None:
        text = copy.text(key, **self.fields())
        self.m.reply(_capital(text), choices, **extra)

    def resumes(self, target: State) -> bool:
        return self.d.get("resume") == target.value

    def fire(self, event: str, **kw: Any) -> None:
        self.send(event, **kw)

    # ------------------------------------------------------------------ entry point
    def handle(self, kind: str, **payload: Any) -> None:
        """Feed one event: begin, message, lookup_result, cloud, timer, release, resolve, opt_out."""
        getattr(self, f"_on_{kind}")(**payload)

    # ------------------------------------------------------------------ asking questions
    def after_transition(self, event: str, target: State, simple: bool = False, quiet: bool = False) -> None:
        step = target.value
        self.m.awaiting = step if step in _AWAITING else None
        if target.final or step == "handed_off":
            for t in ("reply", "abandon", "hotspot"):
                self.m.cancel_timer(t)
            return
        if step == "hotspot_wait":
            self.m.status = "waiting_device"
        elif step not in ("handed_off",):
            self.m.status = "active"
        if quiet or step == "looking_up":
            return
        self.d["misses_step"] = step
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
            if simple:
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
        word = answers.global_word(text)
        if word == "stop":
            self.m.finish("abandoned", "ended:opted_out")
            self.fire("abandon")
            return
        self.say("welcome_back" if word == "start" else "greet")
        if media:
            self.say("picture_unreadable")
        ref = None if device_id else answers.extract_device_ref(text)
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
        word = answers.global_word(text)
        if word == "stop":
            self.d["resume"] = self.m.awaiting
            self.m.finish("abandoned", "ended:opted_out")
            self.fire("abandon")
            return
        if self.step == "handed_off":
            if media:
                self.say("picture_unreadable")
            # Acknowledge, but not every line of a customer who writes several messages while waiting.
            if self.m.now - float(self.d.get("support_acked_at", 0)) > SUPPORT_ACK_QUIET_SECONDS:
                self.say("with_support")
                self.d["support_acked_at"] = self.m.now
            return
        if word == "agent":
            self._handoff("handoff:customer_request")
            return
        if word == "help":
            self.say("help")
            self._reask()
            return
        if word == "restart":
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
            self._reask(quiet_reply=True)
            return
        handler = getattr(self, f"_answer_{self.step}", None)
        if handler is None:
            self._reask()
            return
        if media:
            self.say("picture_unreadable")
        handler(text, facts)

    def _on_lookup_result(self, device: dict[str, Any] | None = None, error: str | None = None) -> None:
        if self.step != "looking_up":
            return
        if device is None:
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
        self.say("released")
        self.m.status = "active"
        self.m.outcome = None
        self.fire("release")

    def _on_resolve(self) -> None:
        self.say("agent_resolved")
        self.m.finish("resolved", "resolved:agent")
        self.fire("resolve")

    # ------------------------------------------------------------------ answers per step
    def _answer_device_id(self, text: str, facts: dict[str, Any]) -> None:
        ref = answers.extract_device_ref(text)
        if ref is None or (ref[0] == "name" and not self.m.cfg.product_mode and len(text.split()) > 3):
            self._miss()
            return
        self.d["misses"] = 0
        self.d["lookup_ref"] = {"kind": ref[0], "ref": ref[1]}
        self.m.query("lookup", ref_kind=ref[0], ref=ref[1])
        self.fire("look_up")

    def _answer_led(self, text: str, facts: dict[str, Any]) -> None:
        reading = led.parse_led(text)
        idx = answers.match_choice(text, CHOICES["led"])
        if reading is not None and reading.code is not None and not text.strip().isdigit():
            idx = None  # a full description ("blinking green, normal speed") says more than the closest choice
        if idx == 4:
            self.d["misses"] = 0
            self.m.reply(_capital(copy.text("ask_led_simple")), ())
            return
        if idx is not None:
            reading = {
                0: led.LedReading(code=None, need="green_speed", colour="green"),
                1: led.LedReading(code=None, need="cyan_blinks", colour="cyan"),
                2: led.LedReading(code="led:breathing_cyan", need=None, colour="cyan"),
                3: led.LedReading(code="led:blinking_blue", need=None, colour="blue"),
                5: led.LedReading(code="led:off", need=None, colour=None),
            }[idx]
        if reading is None or (reading.code is None and reading.need is None and reading.note is None):
            self._miss()
            return
        self._apply_led(reading, text)

    def _answer_led_detail(self, text: str, facts: dict[str, Any]) -> None:
        need = self.d.get("led_need") or ""
        prev = led.LedReading(**self.d.get("led_partial", {"code": None, "need": need, "colour": None}))
        reading = led.parse_led_detail(need, text, prev)
        if reading is None:
            if need == "sos_count" and answers.yes_no(text) in ("unsure", "no"):
                reading = led.LedReading(code="led:red_sos", need=None, colour="red")
            else:
                self._miss()
                return
        self._apply_led(reading, text)

    def _apply_led(self, reading: led.LedReading, text: str) -> None:
        self.d["misses"] = 0
        if (self.d.get("device") or {}).get("is_cellular") and reading.need in ("green_speed", "cyan_blinks"):
            # Cellular: the blink speed changes nothing for us; support checks SIM, plan and coverage.
            code = "led:blinking_green" if reading.colour == "green" else "led:blinking_cyan"
            reading = led.LedReading(code=code, need=None, colour=reading.colour)
        if reading.need == "sos_count" and (self.step == "led_detail" or "led:red_sos" in self.d.get("remedies", [])):
            reading = led.LedReading(code="led:red_sos", need=None, colour="red", count=reading.count)
        if reading.need:
            self.d["led_need"] = reading.need
            self.d["led_partial"] = {"code": reading.code, "need": reading.need, "colour": reading.colour,
                                     "count": reading.count, "solid": reading.solid, "note": reading.note}
            self.fire("ask_led_detail")
            return
        self._record_led(reading)
        self._led_branch(reading)

    def _record_led(self, reading: led.LedReading) -> None:
        code = reading.code or "led:unknown"
        detail = None
        if code == "led:red_sos" and reading.count:
            detail = f"{reading.count} blinks between SOS"
        hist = self.d.setdefault("led_history", [])
        if not hist or hist[-1]["code"] != code:
            hist.append({"code": code, "at": self.m.now, "detail": detail, "note": reading.note})
        if not self.m.finding(code, "led", detail) and detail:
            pass

    def _led_branch(self, reading: led.LedReading) -> None:
        code = reading.code or "led:unknown"
        dev = self.d.get("device") or {}
        if reading.solid:
            return self._remedy_then_led("remedy_solid", code, extra="remedy_power_cycle")
        if reading.note == "white_green_cycle":
            return self._remedy_then_led("remedy_white_green", "white_green")
        if reading.note == "rainbow":
            return self._remedy_then_led("remedy_rainbow", "rainbow")
        if dev.get("is_cellular"):
            return self._handoff("handoff:cellular")
        if code in ("led:blinking_green", "led:unknown"):
            self.d["branch"] = "wifi"
            self.fire("ask_password")
        elif code == "led:fast_green":
            self.m.finding("wifi:dhcp_exhausted_suspected", "led", "fast green: waiting for an IP address")
            self.d["branch"] = "dhcp"
            self._to_router_questions()
        elif code == "led:cyan_orange_2":
            self.m.finding("network:no_internet", "led")
            self.d["branch"] = "internet"
            self._to_router_questions()
        elif code == "led:cyan_orange_3":
            self.m.finding("network:cloud_port_blocked_suspected", "led")
            self.d["branch"] = "firewall"
            self.fire("ask_hotspot")
        elif code in ("led:cyan_orange_1", "led:cyan_red", "led:cyan_magenta"):
            self.d["branch"] = "keys"
            self.fire("ask_hotspot")
        elif code == "led:blinking_cyan":
            self.d["branch"] = "internet"
            self._to_router_questions()
        elif code == "led:breathing_cyan":
            if dev.get("online"):
                self.d["online_seen"] = True
                self.fire("came_online")
            else:
                self.m.reply(_capital(copy.text("breathing_cyan_offline", **self.fields())))
                self._handoff("handoff:other", say=False)
        elif code == "led:breathing_white":
            self._handoff("handoff:device_suspected", key="other_handoff")
        elif code in LED_REMEDY:
            if code == "led:red_sos":
                self.m.finding("device:firmware_crash", "led", _sos_detail(self.d))
            if code == "led:breathing_magenta":
                self.m.finding("cloud:safe_mode", "led")
            extra = "remedy_power_cycle" if code == "led:breathing_green" else None
            self._remedy_then_led(LED_REMEDY[code], code, extra=extra)
        else:
            self.d["branch"] = "wifi"
            self.fire("ask_password")

    def _remedy_then_led(self, key: str, code: str, extra: str | None = None) -> None:
        given = self.d.setdefault("remedies", [])
        if code in given:
            # The same light after its remedy: support has to look at it.
            outcome = "handoff:device_suspected" if code in (
                "led:off", "led:red_sos", "led:breathing_green", "led:blinking_blue"
            ) else "handoff:other"
            self._handoff(outcome, key="other_handoff")
            return
        given.append(code)
        self.say(key)
        if extra:
            self.say(extra)
        self.d["led_again"] = True
        self.fire("ask_led")

    def _answer_wifi_password(self, text: str, facts: dict[str, Any]) -> None:
        if self.d.get("pw_phase") == "resetup":
            idx = answers.match_choice(text, CHOICES["resetup"])
            yn = answers.yes_no(text)
            if idx == 1:
                self._handoff("handoff:customer_request")
                return
            if idx == 0 or yn == "yes" or "done" in text.lower() or "tried" in text.lower():
                self.d["pw_phase"] = "checked"
                self.d["misses"] = 0
                self.fire("ask_network")
                return
            self._miss()
            return
        if facts.get("password_given"):
            self.say("password_hidden")
            codes = answers.password_findings(int(facts.get("password_length", 0)),
                                              bool(facts.get("password_ascii", True)))
            for c in codes:
                self.m.finding(c, "customer")
            if "wifi:password_invalid_length" in codes:
                self.say("password_too_short_long")
                self._wrong_password()
                return
            if "wifi:non_ascii_password" in codes:
                self.say("password_non_ascii")
            self.fire("ask_password", simple=True)
            return
        idx = answers.match_choice(text, CHOICES["password"])
        yn = answers.yes_no(text)
        if idx == 0 or yn == "yes":
            self.d["misses"] = 0
            self.fire("ask_network")
        elif idx == 1 or yn in ("no", "unsure") or _mentions_account(text):
            self._wrong_password()
        else:
            self._miss()

    def _wrong_password(self) -> None:
        self.m.finding("wifi:wrong_password_suspected", "customer")
        self.d["pw_phase"] = "resetup"
        self.d["misses"] = 0
        self.fire("ask_password")

    def _answer_wifi_network(self, text: str, facts: dict[str, Any]) -> None:
        names = self.d.get("scan_names") or []
        name: str | None = None
        if names:
            idx = answers.match_choice(text, names)
            if idx is not None:
                name = names[idx]
        if name is None:
            t = text.strip()
            if t.lower() in ("skip", "not sure", "dont know", "don't know", "idk"):
                self.d["ssid"] = None
                self._after_network()
                return
            if not t or len(t) > 32 * 2 or len(t.split()) > 6:
                self._miss()
                return
            name = t.strip("\"'")
        self.d["ssid"] = name
        self.d["misses"] = 0
        if any(ord(c) > 126 for c in name) or (
            (self.d.get("device") or {}).get("platform") == "argon" and any(c in name for c in ',"')
        ):
            self.m.finding("wifi:unsupported_ssid_chars", "customer", f"network name {name!r}")
        self._after_network()

    def _after_network(self) -> None:
        if self.d.get("scan"):
            self._apply_scan(self.d["scan"])
        else:
            self.fire("ask_scan")

    def _answer_wifi_scan(self, text: str, facts: dict[str, Any]) -> None:
        if text.strip().lower() in ("skip", "no", "cant", "can't", "cannot", "1") or \
                answers.match_choice(text, CHOICES["skip"]) == 0:
            self.d["misses"] = 0
            self.d["scan_skipped"] = True
            self._to_router_questions()
            return
        nets = scan.parse_scan(text)
        if not nets:
            self._miss()
            return
        self.d["misses"] = 0
        as_dicts = [_net_dict(n) for n in nets]
        self.d["scan"] = as_dicts
        ssid = self.d.get("ssid")
        if ssid and not scan.networks_named(nets, ssid):
            names = scan.ssid_choices(nets)
            if len(names) > 1:
                self.d["scan_names"] = names
                self.fire("ask_network")
                return
        if not ssid:
            names = scan.ssid_choices(nets)
            if len(names) > 1:
                self.d["scan_names"] = names
                self.fire("ask_network")
                return
            if names:
                self.d["ssid"] = names[0]
        self._apply_scan(as_dicts)

    def _apply_scan(self, nets_d: list[dict[str, Any]]) -> None:
        nets = [scan.ScannedNetwork(**n) for n in nets_d]
        ssid = self.d.get("ssid")
        platform = (self.d.get("device") or {}).get("platform")
        found = scan.scan_findings(nets, ssid, platform)
        new = [c for c, detail in found if self.m.finding(c, "scan", detail)]
        self.d["scan_answers"] = {k: v for k, v in scan.scan_answers(nets, ssid).items()}
        if new:
            from flows.codes import meaning  # local: only needed for this message

            self.m.reply(_capital(copy.text("scan_found_issues", issues="; ".join(meaning(c) for c in new[:2]))))
        else:
            self.say("scan_thanks")
        self._to_router_questions()

    def _to_router_questions(self) -> None:
        branch = self.d.get("branch", "wifi")
        qs = list(ROUTER_QUESTIONS.get(branch, ()))
        known = self.d.get("scan_answers") or {}
        platform = (self.d.get("device") or {}).get("platform")
        if known.get("same_name_both_bands") is not None or platform == "p2" or \
                "wifi:same_ssid_both_bands" in self.m.findings:
            qs = [q for q in qs if q != "same_name"]
        if "wifi:captive_portal" in self.m.findings:
            qs = [q for q in qs if q != "guest"]
        if "wifi:mac_filtering" in self.m.findings:
            qs = [q for q in qs if q != "mac_filter"]
        self.d["rq"] = qs
        self._next_router_question()

    def _next_router_question(self) -> None:
        qs = self.d.get("rq") or []
        if qs:
            self.d["rq_current"] = qs.pop(0)
            self.d["rq"] = qs
            self.fire("ask_router")
        else:
            self.d["rq_current"] = None
            self.fire("ask_hotspot")

    def _answer_router_check(self, text: str, facts: dict[str, Any]) -> None:
        q = self.d.get("rq_current")
        if q == "same_name":
            idx = answers.match_choice(text, CHOICES["same_name"], {0: ["one", "same", "single", "just one"],
                                                                     1: ["two", "2 names", "separate", "5g"]})
            yn = answers.yes_no(text)
            if idx is None and yn == "unsure":
                idx = 2
            if idx is None:
                self._miss()
                return
            if idx == 0:
                self.m.finding("wifi:same_ssid_both_bands", "customer", "customer sees one name for the network")
            self.d["misses"] = 0
            self._next_router_question()
            return
        idx = answers.match_choice(text, CHOICES["yes_no_unsure"])
        yn = ("yes", "no", "unsure")[idx] if idx is not None else answers.yes_no(text)
        if yn is None and answers.normalize(text) in ("skip", "pass", "no clue", "dont know", "don't know"):
            yn = "unsure"
        if yn is None:
            self._miss()
            return
        self.d["misses"] = 0
        if yn == "yes":
            code = {"mac_filter": "wifi:mac_filtering", "guest": "wifi:captive_portal",
                    "many_devices": "wifi:dhcp_exhausted_suspected"}.get(q or "")
            if code:
                self.m.finding(code, "customer")
        if q == "internet" and yn == "no":
            self.m.finding("network:no_internet", "customer", "other devices have no internet either")
        self._next_router_question()

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
            self._handoff_with_findings(key="hotspot_not_possible")
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

    # ------------------------------------------------------------------ shared outcomes
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

    def _handoff_with_findings(self, key: str) -> None:
        self._handoff("handoff:other", key=key)

    def _handoff(self, outcome: str, key: str | None = None, say: bool = True) -> None:
        if say:
            self.say(key or HANDOFF_COPY.get(outcome, "other_handoff"))
        if self.m.awaiting and self.step != "handed_off":
            self.d["resume"] = self.m.awaiting
        self.m.finish("handed_off", outcome)
        self.fire("hand_off")

    def _to_led(self) -> None:
        self.fire("ask_led")

    def _miss(self) -> None:
        self.d["misses"] = self.d.get("misses", 0) + 1
        if self.d["misses"] >= MAX_MISSES:
            self._handoff("handoff:not_understood")
            return
        self._reask(simple=True)

    def _reask(self, simple: bool = False, quiet_reply: bool = False) -> None:
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
        self.fire(event, simple=simple)

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


_AWAITING = {
    "device_id", "led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check",
    "hotspot_ready", "hotspot_wait", "confirm_fixed",
}


def _capital(text: str) -> str:
    """Sentence case when a template starts with a field such as "your device"; brand names keep their case."""
    if not text or text.startswith(("iPhone", "iOS", "iPad")):
        return text
    return text[:1].upper() + text[1:]


def _mentions_account(text: str) -> bool:
    t = text.lower()
    return any(w in t for w in ("account", "app password", "login", "particle password", "email"))


def _sos_detail(d: dict[str, Any]) -> str | None:
    for h in reversed(d.get("led_history", [])):
        if h.get("code") == "led:red_sos":
            return h.get("detail")
    return None


def _net_dict(n: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(n)
