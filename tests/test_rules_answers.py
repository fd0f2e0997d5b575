"""Tests for the short-answer readers: choices, yes/no, global words, device refs, password redaction, hotspot."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.choices import match_choice, normalize
from flows.troubleshoot.rules.intents import global_intent as global_word
from flows.troubleshoot.rules.polarity import verdict
from flows.troubleshoot.rules.reading import read
from flows.troubleshoot.rules.redact import password_findings, redact_secrets
from flows.troubleshoot.rules.slots import device_ref as extract_device_ref
from flows.troubleshoot.rules.text import message


def yes_no(text: str) -> str | None:
    return verdict(message(text))


def hotspot_reply(text: str) -> str | None:
    label = read("hotspot_ready", text).label
    return {"ready": "ready", "cant": "cant", "how": "question", "iphone": "question", "android": "question",
            "help": "question"}.get(label or "")

LED_CHOICES = (
    "Blinking green",
    "Blinking light blue (cyan)",
    "Slowly pulsing light blue",
    "Blinking dark blue",
    "Something else",
    "No light at all",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Hello   World!! ", "hello world"),
        ("🟢 blinking", "blinking"),
        ("“Quoted”", "quoted"),
        ("it’s ok?", "it's ok"),
        ("", ""),
        ("👍", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("2", 1), ("2.", 1), ("#2", 1), ("(2)", 1), ("option 2", 1), ("Option 2", 1), ("number two", 1),
        ("two", 1), ("2 - flashing green", 1), ("2) blinking light blue", 1), (" 6 ", 5), ("the second one", 1),
        ("first", 0), ("7", None), ("0", None), ("Blinking green", 0), ("blinking GREEN!", 0),
        ("Slowly pulsing light blue", 2), ("slowly pulsing light blu", 2), ("No light at all", 5),
        ("something else", 4), ("dark blue", 3), ("Blinkng dark blue", 3), ("banana", None), ("", None),
        ("2 blinking light blue (cyan)", 1),
    ],
)  # fmt: skip
def test_match_choice(text: str, index: int | None) -> None:
    assert match_choice(text, LED_CHOICES) == index


def test_match_choice_synonyms_and_ambiguity() -> None:
    choices = ("Steady blinking, about twice a second", "Very fast flicker")
    synonyms = {0: ("slow", "normal"), 1: ("fast", "rapid")}
    assert match_choice("normal", choices, synonyms) == 0
    assert match_choice("pretty rapid", choices, synonyms) == 1
    assert match_choice("fast", choices) == 1  # the answer is inside exactly one label
    assert match_choice("blinking", ("Blinking green", "Blinking blue")) is None  # in both labels
    assert match_choice("3", ("Yes", "No")) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("y", "yes"), ("Yes", "yes"), ("yeah", "yes"), ("yep", "yes"), ("yup!", "yes"), ("sure", "yes"),
        ("correct", "yes"), ("right", "yes"), ("affirmative", "yes"), ("ok it is", "yes"), ("👍", "yes"),
        ("yes it is", "yes"), ("Yes, I typed the one from the router label", "yes"),
        ("n", "no"), ("No", "no"), ("nope", "no"), ("nah", "no"), ("not really", "no"), ("negative", "no"),
        ("no it's not", "no"), ("no it’s not", "no"), ("👎", "no"), ("I don't think so", "no"),
        ("idk", "unsure"), ("don't know", "unsure"), ("I dont know", "unsure"), ("dunno", "unsure"),
        ("not sure", "unsure"), ("no idea", "unsure"), ("maybe", "unsure"), ("unsure", "unsure"), ("?", "unsure"),
        ("", None), ("blinking green", None), ("hmm", None),
    ],
)  # fmt: skip
def test_yes_no(text: str, answer: str | None) -> None:
    assert yes_no(text) == answer


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("agent", "agent"), ("AGENT", "agent"), ("human", "agent"), ("person", "agent"),
        ("representative", "agent"), ("talk to a person", "agent"), ("Real person please", "agent"),
        ("human!", "agent"), ("restart", "restart"), ("start over", "restart"), ("help", "help"), ("Help?", "help"),
        ("info", "help"), ("stop", "stop"), ("STOP", "stop"), ("Stop.", "stop"), ("stopall", "stop"),
        ("unsubscribe", "stop"), ("cancel", "stop"), ("end", "stop"), ("quit", "stop"), ("revoke", "stop"),
        ("optout", "stop"), ("start", "start"), ("START", "start"), ("unstop", "start"),
        ("it won't stop blinking", None), ("I need help with my device", None), ("the light is on, help", None),
        ("can a human look at this log please, it is long", "agent"), ("start blinking", None),
        ("please don't end this", None), ("", None), ("blinking green", None),
    ],
)  # fmt: skip
def test_global_word(text: str, word: str | None) -> None:
    assert global_word(text) == word


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("e00fce68c3a1b2c3d4e5f6a7", ("id", "e00fce68c3a1b2c3d4e5f6a7")),
        ("E00FCE68C3A1B2C3D4E5F6A7", ("id", "e00fce68c3a1b2c3d4e5f6a7")),
        ("my device id is e00fce68c3a1b2c3d4e5f6a7, thanks!", ("id", "e00fce68c3a1b2c3d4e5f6a7")),
        ("P046AK9A8CD1234", ("serial", "P046AK9A8CD1234")),
        ("serial: p046ak9a8cd1234", ("serial", "P046AK9A8CD1234")),
        ("The label says ARNHAB836PK3JM1", ("serial", "ARNHAB836PK3JM1")),
        ("PH2ABC123456", ("serial", "PH2ABC123456")),
        ("B40KLA1234ABCD", ("serial", "B40KLA1234ABCD")),
        ("XK92LLP0345Q", ("serial", "XK92LLP0345Q")),
        ("porch-sensor", ("name", "porch-sensor")),
        ("kitchen_unit", ("name", "kitchen_unit")),
        ("Garage", None),  # one plain word is not taken for a name ("hello", "ok"), unless introduced as one
        ("it's called Garage", ("name", "Garage")),
        ("it's called porch sensor", ("name", "porch sensor")),
        ("", None),
        ("   ", None),
        ("I have no idea where the label is and I am not going to look for it today", None),
    ],
)
def test_extract_device_ref(text: str, ref: tuple[str, str] | None) -> None:
    assert extract_device_ref(text) == ref


@pytest.mark.parametrize(
    ("text", "awaiting", "secret", "expected_text"),
    [
        ("password is hunter22", None, "hunter22", "password is [redacted]"),
        ("My wifi password is Sunny-Day-2024", "led", "Sunny-Day-2024", "My wifi password is [redacted]"),
        ("pw: abc12345", None, "abc12345", "pw: [redacted]"),
        ("pass = Xy7!pq99", None, "Xy7!pq99", "pass = [redacted]"),
        ("PASS=Xy7!pq99", None, "Xy7!pq99", "PASS=[redacted]"),
        ("the wifi key is 0123456789", None, "0123456789", "the wifi key is [redacted]"),
        ("my password hunter22 I think", None, "hunter22", "my password [redacted] I think"),
        ("the code is 55667788.", None, "55667788", "the code is [redacted]."),
        ('password is "correct horse battery"', None, "correct horse battery", 'password is "[redacted]"'),
        ("password is 'two words'", None, "two words", "password is '[redacted]'"),
        ("yes. password: Abc12345, is that right? Abc12345", None, "Abc12345",
         "yes. password: [redacted], is that right? [redacted]"),
        ("hunter22", "wifi_password", "hunter22", "[redacted]"),
        ("  Tr0ub4dor&3  ", "wifi_password", "Tr0ub4dor&3", "  [redacted]  "),
        ('"my home network"', "wifi_password", "my home network", '"[redacted]"'),
    ],
)  # fmt: skip
def test_redact_secrets(text: str, awaiting: str | None, secret: str, expected_text: str) -> None:
    out, facts = redact_secrets(text, awaiting)
    assert out == expected_text
    assert secret not in out
    assert facts == {"password_given": True, "password_length": len(secret), "password_ascii": True}


@pytest.mark.parametrize(
    ("text", "awaiting"),
    [
        ("yes", "wifi_password"), ("no", "wifi_password"), ("not sure", "wifi_password"), ("2", "wifi_password"),
        ("#1", "wifi_password"), ("stop", "wifi_password"), ("agent", "wifi_password"), ("thanks", "wifi_password"),
        ("it's the one on the sticker", "wifi_password"), ("hunter22", "led"), ("hunter22", None),
        ("the password is correct", None), ("the password was wrong the first time", "wifi_password"),
        ("I typed my password into the app", None), ("", "wifi_password"),
    ],
)  # fmt: skip
def test_redact_secrets_leaves_ordinary_answers(text: str, awaiting: str | None) -> None:
    assert redact_secrets(text, awaiting) == (text, {})


def test_redact_secrets_non_ascii_and_length_facts() -> None:
    out, facts = redact_secrets("Pässwörd123", "wifi_password")
    assert out == "[redacted]"
    assert facts == {"password_given": True, "password_length": 11, "password_ascii": False}
    out, facts = redact_secrets("password is abc", None)
    assert "abc" not in out and facts["password_length"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "my password is S3cr3t!!", "pw S3cr3t!!", "password: S3cr3t!!", "Password = S3cr3t!!",
        "the wifi password is S3cr3t!! and the router is a netgear", "network key: S3cr3t!!",
    ],
)  # fmt: skip
def test_redact_secrets_never_leaves_the_password(text: str) -> None:
    out, _ = redact_secrets(text, "wifi_password")
    assert "S3cr3t" not in out
    assert "[redacted]" in out


@pytest.mark.parametrize(
    ("length", "ascii_only", "findings"),
    [
        (8, True, []), (63, True, []), (7, True, ["wifi:password_invalid_length"]),
        (64, True, ["wifi:password_invalid_length"]), (12, False, ["wifi:non_ascii_password"]),
        (3, False, ["wifi:password_invalid_length", "wifi:non_ascii_password"]),
    ],
)  # fmt: skip
def test_password_findings(length: int, ascii_only: bool, findings: list[str]) -> None:
    assert password_findings(length, ascii_only) == findings


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("ready", "ready"), ("Ready!", "ready"), ("done", "ready"), ("ok it's on", "ready"), ("on", "ready"),
        ("yes", "ready"), ("👍", "ready"), ("Ready, it's on", "ready"), ("hotspot is on now", "ready"),
        ("can't", "cant"), ("I can't", "cant"), ("cannot", "cant"), ("no hotspot", "cant"),
        ("I don't know how", "question"), ("no phone", "cant"), ("not possible", "cant"),
        ("I can't make a hotspot", "cant"), ("how do I do that?", "question"), ("what's a hotspot", "question"),
        ("Where is that setting?", "question"), ("which band?", "question"), ("is 5 GHz ok?", "question"),
        ("not yet", None), ("no", None), ("", None), ("banana", None), ("not ready", None),
    ],
)  # fmt: skip
def test_hotspot_reply(text: str, reply: str | None) -> None:
    assert hotspot_reply(text) == reply


def test_the_warm_up_compiles_the_readers_patterns_before_the_first_answer() -> None:
    """The engine worker warms the flow at start (bot/server/runtime.py): afterwards, reading the held-out answers
    compiles almost no pattern of its own (each compile was a stall in the worker's loop, once per pattern)."""
    from pathlib import Path

    import yaml

    from flows.troubleshoot.plugin import TROUBLESHOOT
    from flows.troubleshoot.rules import reading, text

    text.phrase_re.cache_clear()
    TROUBLESHOOT.warm()
    warmed = text.phrase_re.cache_info().currsize
    answers = yaml.safe_load((Path(__file__).parent / "data" / "answers_heldout.yaml").read_text())
    for a in answers:
        reading.read_for_bench(a["q"], a["text"])
    total = text.phrase_re.cache_info().currsize
    assert warmed >= 0.95 * total, (warmed, total)


@pytest.mark.parametrize(("text", "thanks"), [
    ("thanks!", True), ("ok thank you", True), ("cheers", True), ("bye", True), ("great thanks", True),
    ("it stopped again :(", False), ("thanks, but it's offline again", False), ("thanks, blinking green now", False),
])
def test_a_whole_message_of_thanks_or_goodbye(text: str, thanks: bool) -> None:
    from flows.troubleshoot.rules.intents import pleasantry

    assert pleasantry(text) is thanks


def test_a_scanner_readout_with_wpa2_psk_keeps_the_network_names() -> None:
    # A blind exploratory test: "WPA2-PSK" at a line's end took the next line's network name for a key.
    text = "SmithHome  -48 dBm  ch 6  20 MHz  WPA2-PSK\nSmithHome  -55 dBm  ch 44  80 MHz  WPA2-PSK"
    assert redact_secrets(text, "wifi_scan") == (text, {})
    assert redact_secrets("my psk is Xyz12345", "wifi_scan")[0] == "my psk is [redacted]"
