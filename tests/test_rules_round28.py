"""Round 28 (after the fourth blind exploratory test): a word asked or only used, resuming with the bot once support
has the case, a question at the set-up-again step, the internet provider's outage told; on messages written for
these tests (not the held-out set's), judged on the flow as bench/round28.py judges the held-out set."""

from __future__ import annotations

import pytest

from bench.round28 import judge
from flows.troubleshoot.rules.outage import tells_outage


@pytest.mark.parametrize(("group", "label", "text"), [
    ("A", "term", "whats a router exactly"), ("A", "term", "mac address? whats that"),
    ("A", "none", "i know what a router is. can the hub do the login page thing or not"),
    ("A", "none", "my kitchen hub just blinks green after I set it up, what can you do"),
    ("A", "none", "what router settings should i check"), ("A", "none", "what if the hotspot doesnt work"),
    ("B", "resume", "I changed my mind, I'd rather try fixing it with you now than wait a day"),
    ("B", "resume", "ok let's troubleshoot"), ("B", "resume", "can we try something else while we wait"),
    ("B", "wait", "ok ill wait for them"), ("B", "wait", "can i talk to a person"),
    ("C", "question", "it says 'Wireless Network Key'. is that the one?"),
    ("C", "question", "the label says WPA key, thats it right?"), ("C", "done", "redid setup, still blinking green"),
    ("C", "not_yet", "one sec"),
    ("D", "outage", "spectrum app says there's an outage in my area"), ("D", "outage", "comcast is down in our whole street"),
    ("D", "none", "we had an outage last month but its fine now"), ("D", "none", "do i really need the hotspot test?"),
])
def test_round_28(group: str, label: str, text: str) -> None:
    assert judge({"group": group, "label": label, "text": text}) == "right"


@pytest.mark.parametrize(("text", "outage"), [
    ("BT says theres a fault on the line", True), ("xfinity outage map shows my zip", True),
    ("wait, isnt it just the spectrum outage? do i really need the hotspot thing", True),
    ("the internet is down for everything, the router has a red light", False),  # the home's: the router first
    ("my phone has no service out here", False), ("no outage here", False), ("netflix works", False),
])
def test_an_outage_named_as_one(text: str, outage: bool) -> None:
    assert tells_outage(text) is outage
