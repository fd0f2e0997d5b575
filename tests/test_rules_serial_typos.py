"""Serials with look-alike characters (rules/serial_typos.py): a slip of the unit already found is that unit; a letter
O or I in a serial not found is pointed out (explore11's n20), never guessed."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.serial_typos import lookalike, typo_of


@pytest.mark.parametrize(("typed", "slip"), [
    ("PHHAAB83OABCDEF", True), ("PHHAA8830ABCDEF", True), ("PHHAAB830ABCDEG", False), ("PHHAAB830", False),
])
def test_slip_of_the_known_unit(typed: str, slip: bool) -> None:
    assert typo_of(typed, "PHHAAB830ABCDEF") is slip


@pytest.mark.parametrize(("typed", "hint"), [
    ("P2MKAB43O9QXJ6W", True), ("ARNKAB812MJ7RPI", True), ("P2MKAB4309QXJ6W", False), ("OOPS", False),
])
def test_lookalike_pointed_out(typed: str, hint: bool) -> None:
    assert lookalike(typed) is hint
