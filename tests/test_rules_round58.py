"""The unit already power-cycled by the customer before the bot asks (the twelfth blind exploratory test's n13), on
phrasings of our own: rules/told_before.py's `unit_restarted` and the flow's power-cycle remedies. The held-out set is
tests/data/round58_heldout.yaml, scored by bench/round58.py."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.told_before import unit_restarted
from tests.flowdrive import Drive


@pytest.mark.parametrize("text", [
    "I tried unplugging it and plugging it back in twice, same thing", "already power cycled it, still solid green",
    "restarted the sensor 3 times", "i turned it off and on again", "pulled the plug and put it back, no change",
    "i pressed the reset button", "i restarted the router and unplugged the sensor too",
])
def test_the_unit_restarted_already_is_told(text: str) -> None:
    assert unit_restarted(text), text


@pytest.mark.parametrize("text", [
    "i restarted the router", "should i unplug it?", "ill unplug it now", "it keeps rebooting on its own",
    "i did a factory reset", "the power went out last night", "i havent unplugged it",
    "i unplugged the router and plugged it back in", "it restarted by itself", "i reset my wifi password",
])
def test_other_restarts_are_not_the_units_by_the_customer(text: str) -> None:
    assert not unit_restarted(text), text


def test_a_solid_light_after_the_customers_own_restart_is_not_given_the_restart_again() -> None:
    d = Drive()
    d.to_led()
    said = d.say("solid green, not blinking at all. i already unplugged it and plugged it back in")
    assert not any("wait 10 seconds, and plug it back in" in s for s in said), said
    assert d.state == "handed_off", said
