"""Asking what to change to fix it yourself, and for the unit's MAC address (flows/troubleshoot/rules/self_fix.py)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.self_fix import asks_fix, asks_given_mac, asks_mac


@pytest.mark.parametrize("text", [
    "I can log into my router myself, what exactly should I change?", "what do I tell the landlord?",
    "how do I fix it?", "can I fix it myself", "which setting is it", "what should we do", "how to fix?",
])
def test_asks_fix(text: str) -> None:
    assert asks_fix(text)


@pytest.mark.parametrize("text", ["is it fixed?", "thanks", "ok I'll wait for them", "it's fixed now",
                                  "what do you mean?"])
def test_not_asks_fix(text: str) -> None:
    assert not asks_fix(text)


@pytest.mark.parametrize("text", ["what's the device's MAC address?", "whats the mac", "need the mac address"])
def test_asks_mac(text: str) -> None:
    assert asks_mac(text)


@pytest.mark.parametrize("text", ["my mac is fine", "I use a Mac", "thanks"])
def test_not_asks_mac(text: str) -> None:
    assert not asks_mac(text)


@pytest.mark.parametrize(("text", "given", "named"), [
    ("which address do i give them", True, False), ("what do i send the IT guy", True, False),
    ("can u email me that code", True, False), ("what was the address you said", True, False),
    ("whats the mac", True, True), ("what code do i type?", True, False), ("thanks, sent it", False, False),
])
def test_the_address_asked_for_once_the_advice_gave_it(text: str, given: bool, named: bool) -> None:
    # Round 26: only once support has the case (the advice gave the address) does "which code?" mean the MAC; at the
    # questions it may be about a password.
    assert asks_given_mac(text) is given
    assert asks_mac(text) is named


def test_every_router_cause_has_its_fix() -> None:
    # Round 10B: "how do I change that myself?" after a weak signal was found raised KeyError and got no reply.
    from flows.troubleshoot.copy_fixes import FIX_TEXT, ROUTER_CAUSES

    missing = [code for code in ROUTER_CAUSES if "fix_" + code.replace(":", "_") not in FIX_TEXT]
    assert not missing
