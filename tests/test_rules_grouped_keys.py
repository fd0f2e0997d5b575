"""Wi-Fi keys typed in groups, as router stickers print them ("8841 2290 5531", "4F7K-9QX2-MM3P"): the whole key is
hidden, never two thirds of it, and grouped numbers that are something else are left alone (a blind exploratory
test found "yes, sticker says WPA key 8841 2290 5531" stored whole and "my password is 8841 2290 5531" stored as
"my password is [redacted] 2290 5531")."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.redact import redact_secrets


@pytest.mark.parametrize(("text", "awaiting", "stored"), [
    ("yes, sticker says WPA key 8841 2290 5531", "wifi_password", "yes, sticker says WPA key [redacted]"),
    ("my password is 8841 2290 5531", "wifi_password", "my password is [redacted]"),
    ("yes I typed 8841 2290 5531 from the sticker", "wifi_password", "yes I typed [redacted] from the sticker"),
    ("8841 2290 5531", "wifi_password", "[redacted]"),
    ("sticker: SSID SKY12345 key 8841 2290 5531", "wifi_network", "sticker: SSID SKY12345 key [redacted]"),
    ("i typed 4F7K-9QX2-MM3P", "wifi_password", "i typed [redacted]"),
    ("the network key is 4f7k 9qx2 mm3p", None, "the network key is [redacted]"),
    ("password: abcd efgh ijkl", "led", "password: [redacted]"),
])
def test_a_key_in_groups_is_hidden_whole(text: str, awaiting: str | None, stored: str) -> None:
    assert redact_secrets(text, awaiting)[0] == stored


@pytest.mark.parametrize(("text", "awaiting"), [
    ("call me on 555 123 4567", "wifi_password"),
    ("you can text me at +44 7700 900123 if needed", "wifi_password"),
    ("HomeNet -67 dBm ch 6 2437 MHz", "wifi_password"),
    ("my order number is 1002 3344 5566", "wifi_password"),
    ("il codice sull'etichetta è sotto il router", "wifi_password"),
    ("it's the BT Hub 6 one", "wifi_network"),
])
def test_grouped_numbers_and_words_that_are_no_key_are_kept(text: str, awaiting: str | None) -> None:
    assert redact_secrets(text, awaiting) == (text, {})
