"""The thirteenth blind exploratory test's n01, n04 and n05 on phrasings of our own: a Wi-Fi's name is no key
(rules/keyshape.py's `named_elsewhere`, NAME_CONTEXT_RE), not knowing the Wi-Fi's name or password at the hotspot step
(rules/key_unknown.py), and a Wi-Fi on 5 GHz only told (rules/band_told.py). The held-out set is
tests/data/round59_heldout.yaml, scored by bench/round59.py."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.band_told import FIVE_ONLY
from flows.troubleshoot.rules.key_unknown import doesnt_know_wifi
from flows.troubleshoot.rules.redact import redact_secrets
from flows.troubleshoot.rules.text import message
from tests.flowdrive import HOTSPOT_ROUTE, Drive


@pytest.mark.parametrize("text", [
    "I already said that. Yes. And Henderson_Home is my Wi-Fi, not a second unit, I only have the one in the garage.",
    "password is the one on the sticker, our wifi is TP-Link_4F2A", "it is on Casa_Nest, password never changed",
    "wifi name Smith_Fam2 password hasnt changed", "the Gh0stNet_77 network, password same as always",
    "yes the right password, my phone joins Kx_Home24 fine", "Henderson_Home (my wifi) is fine",
])
@pytest.mark.parametrize("awaiting", ["wifi_password", None])
def test_a_wifi_name_beside_its_password_is_not_hidden(text: str, awaiting: str | None) -> None:
    stored, _ = redact_secrets(text, awaiting)
    assert "[redacted]" not in stored, stored


@pytest.mark.parametrize(("text", "name", "key"), [
    ("the network is BT-7XQ2 and the password is kettle99blue", "BT-7XQ2", "kettle99blue"),
    ("SSID: MYHOUSE-24 / pw: Qz8!rT4p", "MYHOUSE-24", "Qz8!rT4p"),
])
def test_a_name_and_a_key_keep_the_name_and_hide_the_key(text: str, name: str, key: str) -> None:
    stored, _ = redact_secrets(text, "wifi_password")
    assert name in stored and key not in stored, stored


@pytest.mark.parametrize("text", [
    "i dont know my wifi name or password tho", "no idea what the password is, my son set it up",
    "i dont even know the name of my wifi", "whats my wifi password?", "forgot the password ages ago",
])
def test_the_wifi_name_or_key_not_known(text: str) -> None:
    assert doesnt_know_wifi(message(text).plain), text


@pytest.mark.parametrize("text", ["ready", "its on", "i know the password, doing it now", "how do i do it on android",
                                  "i cant make a hotspot"])
def test_other_hotspot_replies_are_not_that(text: str) -> None:
    assert not doesnt_know_wifi(message(text).plain), text


@pytest.mark.parametrize(("ssid", "words"), [("", "the one with a tick"), ("CyanRescue", "You don't need your own")])
def test_not_knowing_them_at_the_hotspot_step_is_helped_not_watched(ssid: str, words: str) -> None:
    # explore13's n05 (c15): "i dont know my wifi name or password tho" got "Great! I'm watching for your device".
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready", hotspot_ssid=ssid, hotspot_password="rescue-2024" if ssid else "")
    said = d.say("i dont know my wifi name or password tho")
    assert any(words in s for s in said), said
    assert d.awaiting == "hotspot_ready"


@pytest.mark.parametrize("text", [
    "Our new router from Vodafone only broadcasts a 5 GHz network called VodafoneFAST, I turned off 2.4 because of "
    "interference", "we only have the 5ghz one", "there is only a 5g network", "i disabled the 2.4 band",
    "2.4ghz is turned off on the router",
])
def test_a_wifi_on_5ghz_only_is_told(text: str) -> None:
    assert FIVE_ONLY.search(text.lower()), text


@pytest.mark.parametrize("text", ["theres a 2.4 and a 5G one", "i use 5g on my phone", "my router is dual band",
                                  "is 5ghz a problem?", "i picked the 5g one by mistake"])
def test_other_5ghz_words_are_not_that(text: str) -> None:
    assert not FIVE_ONLY.search(text.lower()), text
