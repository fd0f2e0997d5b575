"""A key asked about, not told: "I'm not sure what the wifi password is honestly" hides nothing (the fourth blind
exploratory test was told "I've hidden that password" for "honestly"), while a key told after such a question, or
one of a key's shape, is still hidden."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.redact import redact_secrets


@pytest.mark.parametrize("text", [
    "I'm not sure what the wifi password is honestly, my son set up the internet",
    "not sure what the wifi password is tbh", "i forgot what the password is lol",
])
def test_an_everyday_word_after_a_question_about_the_key_is_kept(text: str) -> None:
    assert redact_secrets(text, "wifi_password") == (text, {})


@pytest.mark.parametrize(("text", "kept"), [
    ("no idea what the password is sunshine123", "no idea what the password is [redacted]"),
    ("not sure what the password is, maybe Blue42horse", "not sure what the password is, maybe [redacted]"),
    ("the password is sunshine", "the password is [redacted]"),
])
def test_a_key_is_still_hidden(text: str, kept: str) -> None:
    assert redact_secrets(text, "wifi_password")[0] == kept


# The fifth blind exploratory test: an old Wi-Fi name, an adverb, a place after "on" and a network set up on were
# hidden as keys, each with "For your safety I've hidden that password".
@pytest.mark.parametrize(("text", "awaiting"), [
    ("the paper says wifi: SmithHome and a password. my phone is on TP-Link_3F2C now, not SmithHome. SmithHome isnt "
     "even in the list anymore", "wifi_password"),
    ("it was online 2 minutes ago with the same wifi, so the password is obviously fine??", "wifi_password"),
    ("ok i used the name and password from the paper on my iphone hotspot, maximize compatibility on", "hotspot_ready"),
    ("ok registered the MAC on the portal and set it up on ResNet-Devices in the app. Done", "wifi_password"),
])
def test_names_and_words_are_not_hidden(text: str, awaiting: str) -> None:
    assert redact_secrets(text, awaiting) == (text, {})


@pytest.mark.parametrize("text", ["the password on the router is Xk9#pq22", "password on mine is hunter22x"])
def test_a_key_after_on_is_still_hidden(text: str) -> None:
    assert "[redacted]" in redact_secrets(text, "led")[0]


# explore11's n04: an app's error quoted at the password question, with an apostrophe inside, was hidden as a password
# ("said something like '[redacted]'s in setup mode'"), and the customer told off for sending one.
@pytest.mark.parametrize("text", [
    "tried it, the app spun for ages then said something like 'unable to connect to your device, make sure it's in "
    "setup mode'. the light was green blinking the whole time",
    "the app said 'could not connect, please check you're on the right network' and stopped",
])
def test_an_apps_error_quoted_is_kept(text: str) -> None:
    assert redact_secrets(text, "wifi_password") == (text, {})


@pytest.mark.parametrize(("text", "kept"), [
    ("i typed 'Bob's wifi 2024' as the password", "i typed '[redacted]' as the password"),
    ("it's 'hunter22' i think", "it's '[redacted]' i think"),
])
def test_a_quoted_key_with_an_apostrophe_is_still_hidden(text: str, kept: str) -> None:
    assert redact_secrets(text, "wifi_password")[0] == kept


# Real text (a GitHub issue, found through search): a sentence's slashed words are no key; a short reply's may be.
def test_slashed_words_in_a_sentence_are_kept() -> None:
    text = "I cant seem for the app to detect/work with my ear 2"
    assert redact_secrets(text, "wifi_password") == (text, {})
    assert redact_secrets("its dog/cat", "wifi_password")[0] == "its [redacted]"
