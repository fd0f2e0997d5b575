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
