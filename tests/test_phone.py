"""Phone numbers to E.164 (bot.phone.to_e164)."""

from __future__ import annotations

import pytest

from bot.phone import to_e164


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+15551230000", "+15551230000"),
        ("  +1 (555) 123-0000 ", "+15551230000"),
        ("555-123-0000", "+15551230000"),
        ("555.123.0000", "+15551230000"),
        ("(555) 123 0000", "+15551230000"),
        ("1-555-123-0000", "+15551230000"),
        ("15551230000", "+15551230000"),
        ("0044 20 7946 0000", "+442079460000"),
        ("011 44 20 7946 0000", "+442079460000"),
        ("+44 20 7946 0000", "+442079460000"),
        ("442079460000", "+442079460000"),
        ("+4915123456789", "+4915123456789"),
        ("+12345678", "+12345678"),  # 8 digits: shortest accepted
        ("+123456789012345", "+123456789012345"),  # 15 digits: longest accepted
    ],
)
def test_accepts(raw: str, expected: str) -> None:
    assert to_e164(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "+",
        "555-CALL-NOW",
        "abc",
        "+1 555 123 0000 x12",
        "123-4567",  # local number without area code
        "+1234567",  # 7 digits
        "+1234567890123456",  # 16 digits: over the E.164 maximum
        "00 1234 5678 9012 3456",
        "+0123456789",  # no country code starts with 0
        "1+5551230000",
        "++15551230000",
        "\u0665\u0665\u0665\u0661\u0662\u0663\u0660\u0660\u0660\u0660",  # Arabic-Indic digits
        "55512300001",  # 11 digits not starting with 1
    ],
)
def test_rejects(raw: str) -> None:
    assert to_e164(raw) is None


def test_other_default_country() -> None:
    assert to_e164("07700 900123", default_country="44") == "+447700900123"
    assert to_e164("7700 900123", default_country="44") == "+447700900123"
    assert to_e164("+15551230000", default_country="44") == "+15551230000"


def test_idempotent() -> None:
    once = to_e164("(555) 123-0000")
    assert once is not None
    assert to_e164(once) == once


def test_non_string_is_none() -> None:
    assert to_e164(None) is None  # type: ignore[arg-type]
