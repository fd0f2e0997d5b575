"""Benchmark: what a light means, and which box to restart, as a held-out set (tests/data/round27_heldout.yaml),
written blind by a helper who read no code, committed before the readers changed (the third blind exploratory test's
"what does the orange blinking even mean? is it broken" got only "Probably not", and "unplug which one, i have 3
eeros" was passed over):

- A, at the hotspot test (after blinking green, or light blue with orange flashes), at the Wi-Fi name question,
  and once support has the case: asking what a light means gets that light explained (`told`: the light told
  before, not named again; a blinking blue of no told shade gets both blues explained, right for either); `none` (a light told, a word of the bot's, where the light is) gets no light explained;
- B, after "restart your router": asking which box to restart (`which_box`) gets told which; `none` does not.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round27_heldout.yaml"
_ROUTES = {
    "hotspot_green": ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no", "no"),
    "hotspot_orange": ("blue blue blue then orange blink", "2", "yes", "no"),
    "name_green": ("blinking green", "steady", "yes"),
    "restart_router": ("blinking green", "steady", "yes", "my phone isnt showing any wifi, its on 4g"),
}
_TOLD = {"hotspot_orange": "orange_flashes"}
_LIGHTS = ("blinking_green", "fast_green", "breathing_green", "blinking_cyan", "breathing_cyan", "dark_blue", "blue",
           "orange_flashes", "red", "magenta", "white", "off")


def _drive(context: str) -> Drive:
    if context == "support_green":
        d = Drive.route(_ROUTES["hotspot_green"] + ("ready",), "hotspot_wait")
        d("cloud", device=snap(0, online=True))
        d("message", text="skip")
        if d.state != "handed_off":
            raise RuntimeError("the route does not end with support")
        return d
    return Drive.route(_ROUTES[context], {"hotspot_green": "hotspot_ready", "hotspot_orange": "hotspot_ready",
                                          "name_green": "wifi_network", "restart_router": "led"}[context])


def judge(case: dict[str, Any]) -> str:
    context, label, text = str(case["context"]), str(case["label"]), str(case["text"])
    d = _drive(context)
    said = d.replies(d("message", text=text))
    if case["group"] == "B":
        told = heldout.said(said, "remedy_which_box")
        return "right" if told == (label == "which_box") else "wrong"
    explained = {key for key in _LIGHTS if heldout.said(said, f"term_light_{key}")}
    if label == "none":
        return "right" if not explained else "wrong"
    want = _TOLD.get(context, "blinking_green") if label == "told" else label
    if want in ("blinking_cyan", "dark_blue") and "blue" in explained:
        return "right"  # blinking blue of no told shade: both blues explained, one of them this
    return "right" if want in explained else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round27_heldout",
                        "{n} messages: what a light means, at the hotspot test, the Wi-Fi name, with support; which box to restart",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
