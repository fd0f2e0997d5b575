"""The readers as they were before issue 8, wrapped as one `read(q, text)` for the answer benchmarks.

This reproduces, question by question, what the flow did with a customer's answer (flows/troubleshoot before the
reader redesign): global words first, then the step's own reading. It exists only to measure the "before"
figure on the held-out answers; it is removed when the new readers land (git history keeps it).
"""

from __future__ import annotations

from flows.troubleshoot.copy import CHOICES
from flows.troubleshoot.rules import answers, led, scan
from flows.troubleshoot.rules.led import LedReading


def _detail(need: str, text: str) -> str:
    prev = LedReading(code=None, need=need, colour=None)
    r = led.parse_led_detail(need, text, prev)
    if answers.yes_no(text) == "unsure" and need != "sos_count":
        return "unsure"
    if r is None:
        if need == "sos_count" and answers.yes_no(text) in ("unsure", "no"):
            return "skip"
        return "miss"
    if need == "green_speed":
        return {"led:fast_green": "fast", "led:blinking_green": "slow"}.get(r.code or "", "miss")
    if need == "cyan_blinks":
        if r.need == "blink_count" or (r.code or "").startswith("led:cyan_orange"):
            return "orange"
        return {"led:blinking_cyan": "none", "led:cyan_red": "red", "led:cyan_magenta": "magenta"}.get(
            r.code or "", "miss")
    if need == "blink_count":
        return (r.code or "")[-1] if (r.code or "").startswith("led:cyan_orange") else "miss"
    if need == "blue_shade":
        if r.colour == "cyan" or (r.code or "").endswith("cyan"):
            return "light"
        return "dark" if "blue" in (r.code or "") or r.colour == "darkblue" else "miss"
    if need == "sos_count":
        return "count" if r.count else "skip"
    return "miss"


def read(q: str, text: str) -> dict[str, object]:
    """{"label", "value"} as the old flow would have acted on the answer to question `q`."""
    word = answers.global_word(text)
    if word in ("agent", "help", "restart", "stop"):
        return {"label": word}
    if q == "device_id":
        ref = answers.extract_device_ref(text)
        if ref is None:
            return {"label": "miss"}
        kind, value = ref
        if kind == "name":
            from flows.troubleshoot.machine import _looks_like_device_name
            if not _looks_like_device_name(value, text):
                return {"label": "miss"}
        return {"label": {"id": "device_id"}.get(kind, kind), "value": value}
    if q in ("green_speed", "cyan_blinks", "blink_count", "blue_shade", "sos_count"):
        return {"label": _detail(q, text)}
    if q == "wifi_password":
        _red, facts = answers.redact_secrets(text, "wifi_password")
        if facts.get("password_given"):
            return {"label": "password"}
        idx = answers.match_choice(text, CHOICES["password"])
        yn = answers.yes_no(text)
        if idx == 0 or yn == "yes":
            return {"label": "yes"}
        if idx == 1 or yn == "no":
            return {"label": "no"}
        if yn == "unsure":
            return {"label": "unsure"}
        t = text.lower()
        if any(w in t for w in ("account", "app password", "login", "particle password", "email")):
            return {"label": "no"}
        return {"label": "miss"}
    if q == "resetup":
        idx = answers.match_choice(text, CHOICES["resetup"])
        yn = answers.yes_no(text)
        if idx == 1:
            return {"label": "trouble"}
        if idx == 0 or yn == "yes" or "done" in text.lower() or "tried" in text.lower():
            return {"label": "done"}
        return {"label": "miss"}
    if q == "wifi_network":
        t = text.strip()
        if t.lower() in ("skip", "not sure", "dont know", "don't know", "idk"):
            return {"label": "unknown"}
        if not t or len(t) > 64 or len(t.split()) > 6:
            return {"label": "miss"}
        return {"label": "name", "value": t.strip("\"'")}
    if q == "wifi_scan":
        if text.strip().lower() in ("skip", "no", "cant", "can't", "cannot", "1") or \
                answers.match_choice(text, CHOICES["skip"]) == 0:
            return {"label": "skip"}
        return {"label": "readout" if scan.parse_scan(text) else "miss"}
    if q == "same_name":
        idx = answers.match_choice(text, CHOICES["same_name"], {0: ["one", "same", "single", "just one"],
                                                                 1: ["two", "2 names", "separate", "5g"]})
        if idx is None and answers.yes_no(text) == "unsure":
            idx = 2
        return {"label": ("one", "two", "unsure")[idx] if idx is not None else "miss"}
    if q in ("mac_filter", "guest", "many_devices", "internet"):
        idx = answers.match_choice(text, CHOICES["yes_no_unsure"])
        yn = ("yes", "no", "unsure")[idx] if idx is not None else answers.yes_no(text)
        if yn is None and answers.normalize(text) in ("skip", "pass", "no clue", "dont know", "don't know"):
            yn = "unsure"
        return {"label": yn or "miss"}
    if q == "hotspot_ready":
        idx = answers.match_choice(text, CHOICES["hotspot"], {1: ["iphone", "ios", "apple"],
                                                              2: ["android", "samsung", "pixel", "galaxy"]})
        kind = answers.hotspot_reply(text)
        if idx == 1:
            return {"label": "iphone"}
        if idx == 2:
            return {"label": "android"}
        if idx == 3 or kind == "cant":
            return {"label": "cant"}
        if idx == 0 or kind == "ready":
            return {"label": "ready"}
        if kind == "question":
            return {"label": "how"}
        return {"label": "miss"}
    if q == "hotspot_wait":
        r = led.parse_led(text)
        return {"label": "led" if r and r.code else "other"}
    if q == "confirm_fixed":
        idx = answers.match_choice(text, CHOICES["confirm"])
        yn = answers.yes_no(text)
        r = led.parse_led(text)
        if idx == 0 or yn == "yes" or (r and r.code == "led:breathing_cyan"):
            return {"label": "yes"}
        if idx == 1 or yn == "no":
            return {"label": "no"}
        return {"label": "miss"}
    return {"label": "miss"}
