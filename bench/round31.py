"""Benchmark: what the fifth blind exploratory test found stonewalled or ignored, as a held-out set
(tests/data/round31_heldout.yaml), written blind by a helper who read no code, committed before the readers changed:

- A, once support has the case (after the hotspot test passed and an e-mail was given): an easy question is answered,
  not met with "Your case is with our support team": where the Wi-Fi password is (`key_where`), whether WPA3 matters
  (`wpa3`), whether the unit can use 5 GHz (`band`), how far from the router it can be (`distance`); `none` (thanks,
  "any update?", statements with the same words) gets none of those answers;
- B, at "What is the name of your Wi-Fi network?": a hidden network (`hidden`) or a weak signal where the unit is
  (`weak`) told with the name is noted and what to do told at once; `none` notes neither;
- C, at "Was it the password of your Wi-Fi network?": a key with a letter the unit can't use told (`special`: "it has
  an ü in it") is noted and said; `none` (a $ or !, capitals) is not.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round31_heldout.yaml"
# Group A's answers, by label.
_ANSWERS = {"key_where": "with_support_key_where", "wpa3": "with_support_wpa3", "band": "with_support_band",
            "distance": "with_support_distance"}
# Groups B and C: the finding noted and the copy said, by label.
_TOLD = {"hidden": ("wifi:hidden_ssid", "hidden_told"), "weak": ("wifi:weak_signal", "weak_told"),
         "special": ("wifi:non_ascii_password", "password_non_ascii")}


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    if group == "A":
        d = Drive.with_support(contact="jo.miller@example.com")
        said = d.replies(d("message", text=text))
        answered = {topic for topic, key in _ANSWERS.items() if heldout.said(said, key)}
        return "right" if answered == ({label} - {"none"}) else "wrong"
    d = Drive.route(("blinking green", "steady", "yes") if group == "B" else ("blinking green", "steady"),
                    "wifi_network" if group == "B" else "wifi_password")
    said = d.replies(d("message", text=text))
    told = {name for name, (code, key) in _TOLD.items() if code in d.model.findings and heldout.said(said, key)}
    noted = {name for name, (code, _) in _TOLD.items() if code in d.model.findings}
    if label == "none":
        return "right" if not noted else "wrong"
    return "right" if told == {label} else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round31_heldout",
                        "{n} messages: easy questions with support, a hidden network or weak signal told, a key's letters",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
