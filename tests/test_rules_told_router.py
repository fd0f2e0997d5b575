"""Answers to the router questions told before they are asked (rules/told_router.py), on our own phrasings: the
blind set (tests/data/round47_heldout.yaml) is scored by bench/round47.py and never tuned on."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.told_router import router_told


@pytest.mark.parametrize(("text", "told"), [
    # other devices on the Wi-Fi
    ("plug wont connect, phone + laptop work fine on it", {"internet": "yes"}),
    ("the other stuff works fine the TV works", {"internet": "yes"}),
    ("everything else in the house is online, just not this feeder", {"internet": "yes"}),
    ("internet is fine, im typing this on the wifi", {"internet": "yes"}),
    ("my ipad and the kids xbox are connected no problem", {"internet": "yes"}),
    ("nothing in the house gets online right now", {"internet": "no"}),
    ("the internet is down, my phone cant get online either", {"internet": "no"}),
    ("my laptop has no internet either", {"internet": "no"}),
    # one name or two
    ("it wont join. I see BELL882 and BELL882-5G in the list", {"same_name": "two"}),
    ("there are two networks showing, a 2.4 one and a 5 one", {"same_name": "two"}),
    ("theres also a 5g version of my wifi", {"same_name": "two"}),
    ("only one network name shows up in my list", {"same_name": "one"}),
    ("smart connect is on so both bands are one name", {"same_name": "one"}),
    # registration, sign-in page
    ("no guest network, nothing to register", {"guest": "no", "mac_filter": "no"}),
    ("its not one of those hotel logins, just a normal password", {"guest": "no"}),
    ("no mac filtering on the router", {"mac_filter": "no"}),
    ("we dont need to approve devices, it's just our home router", {"mac_filter": "no"}),
    ("no login page or anything", {"guest": "no"}),
])
def test_told(text: str, told: dict[str, str]) -> None:
    assert router_told(text) == told


@pytest.mark.parametrize("text", [
    "hi my sensor wont connect",
    "my phone is on 5G data right now",
    "the router is a 5G router from vodafone",
    "do I need a guest network for this?",
    "should I register it?",
    "does it matter that I have two networks?",
    "I registered the product on your website already",
    "I signed in to the app fine",
    "we have a guest room where the sensor is",
    "my phone connects to the plug's setup network fine",
    "the app works fine",
    "the internet went out last night and since then the plug wont connect",
    "it was working fine until yesterday",
    "I didn't register it in the app",
    # real text (community.particle.io): a setting as it was, fixed since
    "Originally they had a 5GHz SSID with the same name as the 2.4 GHz one. That issue apparently has been fixed.",
    "Customer has an Arris CM820 router which creates both 2.4 and 5ghz networks",
])
def test_not_told(text: str) -> None:
    assert router_told(text) == {}


@pytest.mark.parametrize("text", [
    "on my laptop i gotta log in w my student id on a page before internet works",
    "if the wifi is fine why wont it connect",
])
def test_a_condition_is_not_told(text: str) -> None:
    assert "internet" not in router_told(text)
