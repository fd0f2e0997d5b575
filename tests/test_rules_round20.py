"""Round 20's readers, on phrasings written for these tests (not the held-out set's): a router's settings told at the
router questions ("smart connect is on", "MAC filtering is disabled", "a guest network with a password, no login page"),
judged on the flow as bench/round20.py judges the held-out set."""

from __future__ import annotations

import pytest

from bench.round20 import judge
from flows.troubleshoot.rules.answer import choice
from flows.troubleshoot.rules.router_settings import band_names, mac_filtering, sign_in_page
from flows.troubleshoot.rules.text import message

CASES = {
("same_name","one"): ["My router has smart connect enabled so 2.4 and 5 GHz share the same SSID",
 "I have a mesh network (eero) that broadcasts both bands on one name", "both bands use the same name",
 "2.4 and 5GHz are combined into a single network", "my router only shows one network, it is dual band",
 "The 2.4GHz and 5GHz networks have the same SSID", "My ISP router combines both frequencies into one network name",
 "I can't separate the bands on my router", "Google wifi doesn't let you split 2.4 and 5", "same SSID for both 2.4 and 5 GHz",
 "band steering is on", "Smart Connect is enabled on my Asus", "it's a dual band router with one SSID",
 "I use the same SSID and password on both bands", "The router broadcasts 2.4 and 5 under the same name"],
("same_name","two"): ["I have separate SSIDs for 2.4 and 5 GHz", "I split my network into a 2.4 and a 5 GHz network",
 "I have a dedicated 2.4GHz network for IoT stuff", "My 2.4GHz network is called Home and the 5GHz one Home_5G",
 "I disabled smart connect and now have two networks", "the 2.4 and 5 GHz bands have different names",
 "I turned off band steering and created a separate 2.4 SSID", "I have 2 SSIDs, one for each band"],
("same_name","unsure"): ["I don't know if my router is dual band", "not sure if it combines the bands"],
("mac_filter","yes"): ["MAC filtering is enabled on my router", "our university requires you to register the MAC address of every device",
 "I have to whitelist new devices in the router", "the IT department has to approve devices first"],
("mac_filter","no"): ["MAC filtering is disabled", "no MAC filtering, it's just my home network", "I reserved an IP for its MAC address in DHCP",
 "it's a normal home network", "there is no whitelist"],
("guest","yes"): ["it's the apartment wifi, you have to log in on a web page", "there's a captive portal", "hotel wifi with a splash page",
 "we have to accept terms on a login page first"],
("guest","no"): ["it's my normal home wifi with a password", "no, it's WPA2 personal", "it's a guest network but it just has a password, no login page",
 "no captive portal", "my home network, nothing like that"],
}

FLAT = [(q, label, text) for (q, label), texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("question", "label", "text"), FLAT)
def test_a_setting_told_at_the_router_question_is_read(question: str, label: str, text: str) -> None:
    assert judge({"question": question, "label": label, "text": text}) == "right"


def test_a_long_message_starting_with_the_is_not_a_numbered_pick() -> None:
    assert choice(message("The 2.4GHz and 5GHz networks have the same SSID"), ("one", "two", "unsure")) is None
    assert choice(message("the second one"), ("one", "two", "unsure")) == "two"


@pytest.mark.parametrize(("text", "want"), [
    ("smart connect is off so i have two", "two"),
    ("i switched from smart connect to separate bands", "two"),
    ("we have a dedicated IoT network on 2.4", "two"),
    ("I renamed the 5GHz one to Home-5G", "two"),
    ("the names are the same on both bands", "one"),
    ("both bands broadcast the same name", "one"),
    ("I'd like to split them but the router can't", "one"),
    ("my phone is an iphone", None),
])
def test_band_names(text: str, want: str | None) -> None:
    assert band_names(message(text).plain) == want


@pytest.mark.parametrize(("text", "want"), [
    ("mac filtering is off", "no"), ("no mac filtering", "no"), ("I set a DHCP reservation for it", "no"),
    ("the university network works on a mac whitelist", "yes"), ("it uses MAC authentication", "yes"),
    ("the router only allows whitelisted devices", "yes"), ("it is my home wifi", None),
])
def test_mac_filtering(text: str, want: str | None) -> None:
    assert mac_filtering(message(text).plain) == want


@pytest.mark.parametrize(("text", "want"), [
    ("there is a captive portal", "yes"), ("you have to accept the terms on a page first", "yes"),
    ("our guest network is only secured with a password", "no"), ("it's WPA2 with a key", "no"),
    ("no login page, just a password", "no"), ("it's at home", None),
])
def test_sign_in_page(text: str, want: str | None) -> None:
    assert sign_in_page(message(text).plain) == want
