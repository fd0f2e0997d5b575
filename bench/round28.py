"""Benchmark: what the fourth blind exploratory test found the bot misreading, as a held-out set
(tests/data/round28_heldout.yaml), written blind by a helper who read no code, committed before the readers changed:

- A, at a router question: asking what a word means (`term`) gets the word explained; the word only used, in a
  statement or another question (`none`: "i know what a router is. can the hub do the login page thing or not",
  "my kitchen hub just blinks green after I set it up, what can you do") gets no word explained (the test got "The
  router is the box that makes your Wi-Fi" three times, unasked);
- B, once support has the case: asking to carry on with the bot (`resume`: "I changed my mind, I'd rather try fixing
  it with you now") carries on; `wait` stays with support (the test's were "added to your case");
- C, at "set it up again with the Wi-Fi password": a question (`question`: "it says 'Wireless Network Key'. is that
  the one?") or a later (`not_yet`) is not taken as done; `done` is (the test's question got "Thanks for trying that"
  and the next step);
- D, at the hotspot test: the internet provider's outage told (`outage`) gets the outage answer (the unit is fine,
  it reconnects by itself); `none` does not (the test's "spectrum app says there's an outage" got the hotspot test
  again).
Judged on the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.copy_explain import TERM_TEXT
from tests.flowdrive import Drive

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round28_heldout.yaml"
_ROUTES = {
    "A": ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no"),
    "B": ("no light at all", "the outlet works, the kettle runs on it",
          "tried another cable and charger, still nothing", "skip"),
    "C": ("blinking green", "steady", "no"),
    "D": ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no", "no"),
}
_WORDS = tuple(k for k in TERM_TEXT if not k.startswith("term_light_"))


def _drive(group: str) -> Drive:
    return Drive.route(_ROUTES[group], {
        "A": lambda d: d.model.data.get("rq_current") == "guest", "B": lambda d: d.state == "handed_off",
        "C": lambda d: d.model.data.get("pw_phase") == "resetup", "D": "hotspot_ready"}[group])


def judge(case: dict[str, Any]) -> str:
    group, label, text = str(case["group"]), str(case["label"]), str(case["text"])
    d = _drive(group)
    said = d.replies(d("message", text=text))
    if group == "A":
        explained = any(heldout.said(said, key) for key in _WORDS)
        return "right" if explained == (label == "term") else "wrong"
    if group == "B":
        resumed = d.state != "handed_off"
        return "right" if resumed == (label == "resume") else "wrong"
    if group == "C":
        moved_on = d.model.data.get("pw_phase") != "resetup" or heldout.said(said, "resetup_thanks")
        return "right" if moved_on == (label == "done") else "wrong"
    told = heldout.said(said, "remedy_outage")
    return "right" if told == (label == "outage") else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.row("round28_heldout",
                        "{n} messages: a word asked or used, resuming with support, a question at the set-up, an outage told",
                        DATA, judge, lambda case: f"{case['group']}.{case['label']}")]
