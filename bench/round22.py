"""Benchmark: three places a blind exploratory test (the third) found the bot not listening, as a held-out set
(tests/data/round22_heldout.yaml), written blind by a helper who read no code, committed before the readers changed:

- A, once support has the case after the hotspot test passed ("ask me what to change, to do it yourself"): asking
  how to set the unit up again (`setup_how`) gets the set-up steps (`resetup_how`); other messages that mention the
  set-up or the Wi-Fi (`other`) do not (the exploratory test's "how do i put the new wifi name and password into the
  sensor?" got "Your case is with our support team");
- B, at a router question: a change of the Wi-Fi's name, password or router since the set-up (`changed`) is taken
  in (the set-up again is suggested, or the change noted), and `none` is not (its "the wifi name is different now"
  was passed over three times);
- C, at the contact question after the hand-off: `decline` is not asked again ("no dont bother contacting me" was
  asked again), `contact` is kept, `other` keeps nothing.
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round22_heldout.yaml"
_TO_ROUTER = ("blinking green", "steady", "yes", "HomeNet", "skip", "two names")


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    if group == "A":
        d = Drive.with_support()
        d("message", text="skip")
        said = d.replies(d("message", text=text))
        steps = heldout.said(said, "resetup_how")
        return "right" if steps == (label == "setup_how") else "wrong"
    if group == "B":
        d = Drive.route(_TO_ROUTER, lambda d: d.model.data.get("rq_current") == "mac_filter")
        d("message", text=text)
        taken = bool(d.model.data.get("change_told")) or d.model.data.get("pw_phase") == "resetup"
        return "right" if taken == (label == "changed") else "wrong"
    d = Drive.with_support()
    said = d.replies(d("message", text=text))
    kept = bool(d.model.data.get("callback"))
    asked_again = heldout.said(said, "ask_contact")
    if label == "contact":
        return "right" if kept else "wrong"
    if label == "decline":
        return "right" if not kept and not asked_again else "wrong"
    return "right" if not kept else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round22_heldout",
                        "{n} messages: set-up how-to with support, a change told at a router question, the contact question",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
