"""Benchmark: the tenth blind exploratory test's n14, answers to the router questions told before they are asked
(tests/data/round47_heldout.yaml, 160 first messages written blind by a helper who read no code; "before" is the
commit that added it).

Each first message is labelled with four facts as it states them: other devices on the Wi-Fi have internet (yes /
no / unsaid), the Wi-Fi shows one name or two, new devices must be registered or not, a sign-in page or none. The
message opens a conversation; the flow is then driven to the phone-hotspot test with neutral answers (the light
blinking light blue with no flashes for `others`, whose question that branch asks; blinking green at a normal pace
for the other three), and each fact is judged on the router questions asked and the findings:
- told (yes/no, one/two): its question is not asked again, and the flow holds the answer told (the finding
  recorded, or ruled out);
- unsaid: its question is asked.
Judged on the flow and its readers (no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from bench import heldout
from bot.cloud.simulated import DEMO_DEVICES
from tests.flowdrive import Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round47_heldout.yaml"

# The fact, its router question, and the finding each told value records ("ruled" for ruled out).
FACTS = {
    "others": ("internet", "network:no_internet", {"yes": "ruled", "no": "found"}),
    "names": ("same_name", "wifi:same_ssid_both_bands", {"two": "ruled", "one": "found"}),
    "register": ("mac_filter", "wifi:mac_filtering", {"no": "ruled", "yes": "found"}),
    "signin": ("guest", "wifi:captive_portal", {"no": "ruled", "yes": "found"}),
}
# Neutral answers on the way: none of them is about the facts judged (the router questions' answers say what the
# message told when it told it, so that a question asked again is answered as the customer would).
_LIGHTS = {"cyan": ("blinking light blue", "no"), "green": ("blinking green", "steady")}
_STEPS = {"wifi_password": "yes", "wifi_network": "HomeNet", "wifi_scan": "skip"}
_ROUTER = {"same_name": "one name", "internet": "yes", "mac_filter": "no", "guest": "no", "many_devices": "no"}


@cache
def _drive(text: str, light: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The router questions asked, the findings and what was ruled out, once the flow opened by `text` (with
    `light` when it asks) reaches the hotspot test or a step this drive does not answer."""
    d = Drive()
    d("begin", text=text)
    asked: list[str] = []
    said_light = False
    for _ in range(40):
        at = d.awaiting
        if at is None and d.state == "looking_up":
            d("lookup_result", device=snap(0))
        elif at == "device_id":
            d("message", text=DEMO_DEVICES[0]["serial_number"])
        elif at == "led":
            d("message", text=_LIGHTS[light][0])
            said_light = True
        elif at == "led_detail" and said_light:
            d("message", text=_LIGHTS[light][1])
        elif at == "router_check":
            q = str(d.model.data.get("rq_current"))
            asked.append(q)
            d("message", text=_ROUTER.get(q, "no"))
        elif at in _STEPS:
            d("message", text=_STEPS[at])
        else:
            break
    return tuple(asked), frozenset(d.model.findings), frozenset(d.model.data.get("ruled_out") or ())


def _value(raw: Any) -> str:
    """A label as written (YAML reads a bare yes/no as a boolean)."""
    return {True: "yes", False: "no"}.get(raw, str(raw)) if isinstance(raw, bool) else str(raw)


def judge(text: str, fact: str, value: str) -> str:
    question, code, told = FACTS[fact]
    asked, found, ruled = _drive(text, "cyan" if fact == "others" else "green")
    if value == "unsaid":
        return "right" if question in asked else "skipped"
    if question in asked:
        return "asked_again"
    held = code in ruled and code not in found if told[value] == "ruled" else code in found
    return "right" if held else "wrong"


def run() -> list[dict[str, Any]]:
    cases = heldout.cases(DATA)
    by: dict[str, Counter[str]] = {}
    for case in cases:
        for fact in FACTS:
            value = _value(case[fact])
            try:
                verdict = judge(str(case["text"]), fact, value)
            except Exception:  # noqa: BLE001 - counted, never printed
                verdict = "crashed"
            by.setdefault(f"{fact}.{value}", Counter())[verdict] += 1
    total: Counter[str] = Counter()
    for c in by.values():
        total.update(c)
    told = sum(c["right"] for k, c in by.items() if not k.endswith("unsaid"))
    told_n = sum(sum(c.values()) for k, c in by.items() if not k.endswith("unsaid"))
    unsaid = sum(c["right"] for k, c in by.items() if k.endswith("unsaid"))
    unsaid_n = sum(sum(c.values()) for k, c in by.items() if k.endswith("unsaid"))
    return [{
        "name": "round47_heldout",
        "load": (f"{len(cases)} first messages, four facts each ({len(cases) * len(FACTS)} judgements): answers to the "
                 "router questions told before they are asked (explore10's n14)"),
        "right": f"{total['right']}/{sum(total.values())}",
        "told_right": f"{told}/{told_n}",
        "unsaid_right": f"{unsaid}/{unsaid_n}",
        "crashed": total["crashed"],
        "by_label": {k: dict(sorted(c.items())) for k, c in sorted(by.items())},
    }]
