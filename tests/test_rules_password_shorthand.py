"""Short replies at the password question that are no password: chat shorthand and everyday words of other languages.

Tuning cases (from a blind exploratory test of the bot: each of these was hidden as a password and counted as a key
of the wrong length); the held-out set is tests/data/password_shorthand_heldout.yaml (bench/found_in_testing.py).
"""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.redact import redact_secrets


@pytest.mark.parametrize("text", ["wdym", "oui", "yass", "ikr", "nvm", "wym", "nein", "sim"])
def test_shorthand_and_other_languages_words_are_no_password(text: str) -> None:
    assert redact_secrets(text, awaiting="wifi_password")[0] == text


@pytest.mark.parametrize("text", ["sonnenschein", "hX8kq2Lp", "Sunny2024!"])
def test_a_key_alone_is_still_hidden(text: str) -> None:
    assert redact_secrets(text, awaiting="wifi_password")[0] == "[redacted]"
