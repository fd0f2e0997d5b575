"""Serials and device IDs as people copy them from a label: in groups, lower case, a letter O or l in a device ID.

Tuning cases (the first from a blind exploratory test of the bot); the held-out set is tests/data/serial_heldout.yaml
(bench/found_in_testing.py).
"""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.slots import device_ref


@pytest.mark.parametrize(("text", "ref"), [
    ("PHH AAB 830 ABC DEF", ("serial", "PHHAAB830ABCDEF")),
    ("PHH-AAB-830-ABC-DEF", ("serial", "PHHAAB830ABCDEF")),
    ("its PHHAAB 830 ABCDEF", ("serial", "PHHAAB830ABCDEF")),
    ("serial is PHH AAB 830 ABC DEF thanks", ("serial", "PHHAAB830ABCDEF")),
    ("p046-ab12-34cd-efg", ("serial", "P046AB1234CDEFG")),
    ("the sticker says ARNKAB812MJ7RPC", ("serial", "ARNKAB812MJ7RPC")),
    ("3c00 3e00 0d47 3434 3231 3031", ("id", "3c003e000d47343432313031")),
    ("3C003E000D4734343231303l", ("id", "3c003e000d47343432313031")),
    ("the id is 3c003e000d47343432313O31", ("id", "3c003e000d47343432313031")),
    ("the serial is on the back P2 M A A A 7 7 1 9 X Y Z", ("serial", "P2MAAA7719XYZ")),
])
def test_a_serial_or_id_typed_in_groups_is_read(text: str, ref: tuple[str, str]) -> None:
    assert device_ref(text) == ref


@pytest.mark.parametrize(("text", "ref"), [
    ("my unit is in the kitchen 2 floors up", None),
    ("call me at 555 123 4567", None),
    ("Photon 2 in the garage room 12", None),
    ("It is claimed as greenhouse-argon-01 in the console", ("name", "greenhouse-argon-01")),
    ("kitchen-hub-2", ("name", "kitchen-hub-2")),
    ("token 3C003E000D4734343231303lXYZ9 end", None),  # 24 characters inside a longer token are no device ID
])
def test_words_around_are_never_joined_into_a_serial(text: str, ref: tuple[str, str] | None) -> None:
    assert device_ref(text) == ref
