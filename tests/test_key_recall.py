"""A Wi-Fi key hidden once is hidden again when the customer types it at a later question (a blind exploratory test
typed the password again as the network's name: it was stored, and echoed back in the scanner question).

The conversation keeps keyed fingerprints of its hidden keys (bot/engine/keyprints.py), never the keys.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.keyprints import MAX_PRINTS, fingerprinter
from bot.flowkit import KeyMemory
from flows.troubleshoot.rules.redact import redact_secrets
from tests.harness import SEED_SERIAL, Rig, make_settings

KEY = "Tr0ub4dor&3x"
FP = fingerprinter(b"test secret")


def _memory(*keys: str) -> KeyMemory:
    return KeyMemory(FP, frozenset(FP(" ".join(k.casefold().split())) for k in keys))


def test_a_key_hidden_before_is_hidden_again_in_any_case_and_with_punctuation_after_it() -> None:
    memory = _memory(KEY)
    assert redact_secrets(KEY, "wifi_network", memory)[0] == "[redacted]"
    assert redact_secrets(f"its HomeNet and the key {KEY.lower()}.", None, memory)[0] == \
        "its HomeNet and the key [redacted]."
    assert redact_secrets(f"i typed {KEY.upper()}? is that right", "led", memory)[0] == \
        "i typed [redacted]? is that right"


def test_a_passphrase_of_several_words_is_recalled_and_nothing_else_is_touched() -> None:
    memory = _memory("purple monkey dishwasher")
    assert redact_secrets("Purple  Monkey dishwasher is what I typed", "wifi_network", memory)[0] == \
        "[redacted] is what I typed"
    text = "HomeNet-5G and sam@example.com, serial PHHAAB830ABCDEF"
    assert redact_secrets(text, "wifi_network", memory) == (text, {})


def test_the_prints_of_the_keys_hidden_now_are_given_only_with_a_memory() -> None:
    stored, facts = redact_secrets(f"password is {KEY}", "wifi_password", _memory())
    assert stored == "password is [redacted]"
    assert facts["key_prints"] == [FP(KEY.casefold())]
    assert "key_prints" not in redact_secrets(f"password is {KEY}", "wifi_password")[1]


def test_fingerprints_are_keyed() -> None:
    assert fingerprinter(b"a")(KEY) == fingerprinter(b"a")(KEY) != fingerprinter(b"b")(KEY)
    assert KEY not in FP(KEY) and len(FP(KEY)) == 16


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    r = await Rig.start(make_settings(tmp_path / "bot.db", admin_token="adm-key-recall-test"),
                        address="web-session-for-key-recall")
    for text in ("hi", SEED_SERIAL, "blinking green", "steady", f"yes, the password was {KEY}"):
        await r.say(text)
    yield r
    await r.stop()


async def test_the_key_typed_as_the_network_name_is_neither_stored_nor_said(rig: Rig) -> None:
    assert rig.conversation()["awaiting"] == "wifi_network"
    said = await rig.say(KEY)
    said += await rig.say(f"sorry! its HomeNet, pass {KEY.lower()}")
    assert rig.conversation()["awaiting"] == "wifi_scan"
    assert any("HomeNet" in s for s in said)
    assert not any(KEY.casefold() in s.casefold() for s in said), said
    inbound = [m["text"] for m in rig.store.messages(rig.conversation()["id"]) if m["direction"] == "in"]
    assert inbound[-2:] == ["[redacted]", "sorry! its HomeNet, pass [redacted]"]
    con = sqlite3.connect(rig.settings.database_path)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "HomeNet" in dump and KEY.casefold() not in dump.casefold()
    # The fingerprints are on the conversation, not on its messages.
    assert "key_prints" not in "".join(str(m.get("facts")) for m in rig.store.messages(rig.conversation()["id"]))


def test_a_conversation_remembers_its_newest_keys_only() -> None:
    from bot.engine.intake import _remembered
    from bot.store.records import ConversationHead

    head = ConversationHead("c1", "active", "led", {"key_prints": [f"p{i}" for i in range(MAX_PRINTS)]})
    assert _remembered(head, ["p0", "new"]) == [f"p{i}" for i in range(1, MAX_PRINTS)] + ["new"]
    assert _remembered(None, ["a"]) == ["a"]
