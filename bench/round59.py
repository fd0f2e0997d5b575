"""Benchmark: the thirteenth blind exploratory test's n01, n04 and n05 (tests/data/round59_heldout.yaml: 110 messages
written blind by a helper who read no code, before any reader on these themes changed).

- name_not_key: the Wi-Fi's name beside talk of its password ("The Wi-Fi password hasn't changed ... The network is
  called 'Henderson_Home'"; c05's name, said again at the password question, was hidden as a key from then on, its
  scan too): nothing hidden, at the password question and as a first message; name_and_key: the key hidden and the
  name kept, both ways; name_only_scan: a scan pasted at the scanner question: nothing hidden.
- dont_know_hotspot: "i dont know my wifi name or password tho" at the same-name hotspot step (c15 was told "Great!
  I'm watching for your device"): not watching, and told where to find them (`KEY_HELP`); hotspot_other: other replies
  there: not that answer.
- only_5ghz: a Wi-Fi on 5 GHz only told first, for a Photon (c18 was told to set it up again on it):
  `wifi:no_2_4ghz`; 5ghz_other: 5 GHz mentioned otherwise: not that finding.

Before (the set's commit, round 58's readers): 75/110: name_not_key 18/25, name_and_key 9/15, name_only_scan 10/10,
dont_know_hotspot 0/15, hotspot_other 15/15, only_5ghz 8/15, 5ghz_other 15/15.

Judged on the redactor (rules/redact.py) and the flow (tests/flowdrive.py's Drive, no I/O). Never tune on this set:
its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import heldout
from flows.troubleshoot.rules.redact import redact_secrets
from tests.flowdrive import HOTSPOT_ROUTE, Drive, snap

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round59_heldout.yaml"
MARK = "[redacted]"
KEY_HELP = ("hotspot_key_unknown", "key_where")


def _kept(text: str, name: str, awaiting: str | None, key: str | None = None) -> bool:
    stored, _ = redact_secrets(text, awaiting)
    if key is not None:
        return name in stored and key not in stored
    return name in stored and MARK not in stored


def _first(text: str) -> Drive:
    d = Drive()
    d("begin", text=text)
    if d.awaiting == "device_id":
        d.say("PHHAAB830ABCDEF")
    if d.state == "looking_up":
        d("lookup_result", device=snap(0))
    return d


def judge(case: dict[str, Any]) -> str:
    group, text = str(case["group"]), str(case["text"])
    if group in ("name_not_key", "name_and_key"):
        ok = all(_kept(text, str(case["name"]), aw, case.get("key")) for aw in ("wifi_password", None))
    elif group == "name_only_scan":
        ok = _kept(text, str(case["name"]), "wifi_scan")
    elif group in ("dont_know_hotspot", "hotspot_other"):
        d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready", hotspot_ssid="", hotspot_password="")
        said = d.say(text)
        helped = any(heldout.said(said, k) for k in KEY_HELP)
        ok = helped and d.state != "hotspot_wait" if group == "dont_know_hotspot" else not helped
    else:
        found = "wifi:no_2_4ghz" in _first(text).model.findings
        ok = found if group == "only_5ghz" else not found
    return "right" if ok else "wrong"


def run() -> list[dict[str, Any]]:
    return [heldout.grouped_row("round59_heldout", "{n} messages: a Wi-Fi name beside its password, with a key or in a "
                                "scan; the Wi-Fi's name or key not known at the hotspot step; a Wi-Fi on 5 GHz only", DATA, judge)]
