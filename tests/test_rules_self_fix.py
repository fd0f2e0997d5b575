"""Asking what to change to fix it yourself, and for the unit's MAC address (flows/troubleshoot/rules/self_fix.py)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.self_fix import asks_fix, asks_mac


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


def test_every_router_cause_has_its_fix() -> None:
    # Round 10B: "how do I change that myself?" after a weak signal was found raised KeyError and got no reply.
    from flows.troubleshoot.copy_fixes import FIX_TEXT, ROUTER_CAUSES

    missing = [code for code in ROUTER_CAUSES if "fix_" + code.replace(":", "_") not in FIX_TEXT]
    assert not missing
