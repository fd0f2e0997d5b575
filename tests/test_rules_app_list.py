"""The app's Wi-Fi list without the customer's network, at the set-up-again step (rules/app_list.py, explore11's n06),
and what is not that: the unit itself not found in the app, or a done."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.app_list import not_listed, resetup_answer
from flows.troubleshoot.rules.text import message


@pytest.mark.parametrize("text", [
    "I TRY this already, 2 times! The app don't show my wifi in the list!!", "my wifi isnt in the list",
    "cant see HomeNet in the app", "the list is empty", "it only shows the neighbours wifi",
])
def test_not_listed(text: str) -> None:
    assert not_listed(message(text))


@pytest.mark.parametrize("text", [
    "the app cant find the device in the list", "the device doesnt show in the app", "done", "it worked",
    "my phone shows my wifi fine",
])
def test_not_not_listed(text: str) -> None:
    assert not not_listed(message(text))


def test_done_with_the_list_empty_is_no_done() -> None:
    reading = resetup_answer(message("done but the app never showed my wifi"))
    assert (reading.label, reading.value) == ("trouble", "not_listed")
