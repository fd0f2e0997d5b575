"""Round 30 (after the fourth blind exploratory test): a unit named by what it is in a first message, and asking what
"not on your account" means once support has the case; on messages written for these tests (not the held-out set's),
scored as bench/round30.py scores the held-out set."""

from __future__ import annotations

import pytest

from bench.round30 import _found
from bot.cloud.names import match_word
from flows.troubleshoot.rules.account_asks import asks_about_account

_A = ["porch-sensor", "garage-door", "kitchen-hub"]


@pytest.mark.parametrize(("text", "account", "unit"), [
    ('Hi, garage opener says offline in the app since this morning', _A, 'garage-door'),
    ("Hi, I set up a porch sensor for my mother and manage it from my account. It's gone offline.", _A, 'porch-sensor'),
    ('this is the THIRD time im contacting you people. kitchen hub is DEAD. completely dead.', _A, 'kitchen-hub'),
    ('my moms thermostat went offline', ["Mom's Thermostat", 'garage-door'], "Mom's Thermostat"),
    ('her thermostat is not connecting', ['Grandma Thermostat', 'porch-sensor'], 'Grandma Thermostat'),
    ('the doorbell stopped working yesterday', ['front-doorbell', 'Living Room'], 'front-doorbell'),
    ('the hub in the kitchen has a green light', _A, 'kitchen-hub'),
    ('the sensor on the porch is offline', _A, 'porch-sensor'),
    ('pump two is offline', ['Pool Pump 1', 'Pool Pump 2'], 'Pool Pump 2'),
    ('kitchn hub offline', _A, 'kitchen-hub'),
    ('hello, the garage door thing has stopped working, app says offline', _A, 'garage-door'),
    ('our shed monitor isnt reporting anymore', ['shed_monitor', 'porch-sensor'], 'shed_monitor'),
    ('my kitchen wifi is slow', _A, None),
    ('the porch light keeps flickering', _A, None),
    ('the sensor is offline', ['porch-sensor', 'shed-sensor'], None),
    ('my pool pump is offline', ['Pool Pump 1', 'Pool Pump 2'], None),
    ('im in the garage with my phone and it wont connect', _A, None),
    ('my smart lock is offline', _A, None),
    ('the front door sensor is offline', ['garage-door', 'porch-sensor'], None),
])
def test_unit_named_in_a_first_message(text: str, account: list[str], unit: str | None) -> None:
    assert _found(text, account) == unit


@pytest.mark.parametrize(("text", "meaning"), [
    ('what does not on my account mean', True),
    ('what do you mean not on my account??', True),
    ('why isnt it on my account', True),
    ('how can it not be on my account i bought it last week', True),
    ('it should be on my account, I set it up myself', True),
    ('how do i add it to my account', True),
    ('how do i get it on my account', True),
    ('whose account is it on then?', True),
    ('is it registered to someone else?', True),
    ('maybe my husband registered it under his account?', True),
    ('which account?', True),
    ('my account?? i only have one', True),
    ('can you put it on my account', True),
    ('how do i claim it', True),
    ('can you transfer it to me', True),
    ('wdym not in my account', True),
    ('so who does it belong to', True),
    ('but i register it!', True),
    ('it IS mine, i bought it', True),
    ('im logged in with the right email', True),
    ('i only have one account', True),
    ('how it not mine?', True),
    ('ok thanks', False),
    ('my account email is jo@example.com', False),
    ('please update the address on my account', False),
    ('how long will they take?', False),
    ('can i get a refund', False),
    ('the light is blinking green, is it broken?', False),
    ('PHHAAB830ABCDEF', False),
    ("ok i'll wait", False),
    ('call me on 555 0100', False),
    ('this is ridiculous', False),
    ('skip', False),
    ('i registered my email for updates', False),
    ('ok. i added my number above', False),
])
def test_asks_about_the_account(text: str, meaning: bool) -> None:
    assert asks_about_account(text) is meaning


def test_a_word_of_a_name_with_the_others() -> None:
    # "pump 2": the one unit both words name; "the door" with two doors, or "front door" with only garage-door: none.
    assert match_word("pump 2", ["Pool Pump 1", "Pool Pump 2"]) == "Pool Pump 2"
    assert match_word("the door", ["front-door", "garage-door"]) is None
    assert match_word("front door", ["garage-door", "porch-sensor"]) is None
    assert match_word("her thermostat", ["Grandma Thermostat", "porch-sensor"]) == "Grandma Thermostat"
