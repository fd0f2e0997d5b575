"""Round 32 (the sixth blind exploratory test): the customer's own guess at the cause, asked at a router question or
once support has the case; on messages written for these tests (not the held-out set's), judged on the flow as
bench/round32.py judges the held-out set, and the reader's own edges."""

from __future__ import annotations

import pytest

from bench.round32 import judge
from flows.troubleshoot.rules.cause_asks import cause_asked

CASES = [
    ("A", "dhcp", "no. could the router be running out of addresses? we have like 40 devices"),
    ("A", "dhcp", "is it because of too many devices on the network?"),
    ("B", "dhcp", "could it be the dhcp pool? its only .2 to .50"),
    ("A", "channel", "no. could it be the channel though? its on 13"),
    ("B", "channel", "maybe its the channel, my router picked 12"),
    ("A", "width", "nope, but could the 40mhz setting be the problem?"),
    ("B", "width", "i set the bandwidth to 40 MHz last week, could that be it?"),
    ("A", "firewall", "no sign in page. could the pi-hole be blocking it?"),
    ("B", "firewall", "I have parental controls on the router, could they be blocking it?"),
    ("A", "mac_filter", "not sure. could mac filtering be the issue? i think its on"),
    ("B", "mac_filter", "might it be the whitelist on my router? only approved devices can join"),
    ("A", "none", "no, its my home wifi"),
    ("A", "none", "my router is on channel 6"),
    ("A", "none", "how do I find the channel?"),
    ("B", "none", "I already turned the pi-hole off"),
    ("B", "none", "whats a mac address?"),
    ("B", "none", "mac filtering is off, i checked"),
    ("B", "none", "could it be the power cable?"),
]


@pytest.mark.parametrize(("group", "label", "text"), CASES)
def test_round_32(group: str, label: str, text: str) -> None:
    assert judge({"group": group, "label": label, "text": text}) == "right"


def test_a_guess_needs_a_question_or_a_guessing_word() -> None:
    assert cause_asked("could it be the channel?") == "channel"
    assert cause_asked("channel 13?") == "channel"
    assert cause_asked("the channel is 13") is None
    assert cause_asked("where is the firewall setting?") is None


# Real text from public issues found with the library's search (pi-hole/pi-hole#1189, #1187; gcgarner/IOTstack#247):
# statements about a Pi-hole, no guess at a unit's cause.
@pytest.mark.parametrize("text", [
    "Pi hole only blocking requests placed locally",
    "I am worried that my router is overriding the pihole.",
    "In the average home network, your router is also your DHCP server so it will respond with a lease",
])
def test_real_statements_are_no_guesses(text: str) -> None:
    assert cause_asked(text) is None
