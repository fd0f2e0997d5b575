"""The light question asked again after a remedy: nothing changed, only "done", or a description of the light.

Tuning cases (written with the reader); the held-out set is tests/data/led_after_heldout.yaml (bench/led_after.py).
"""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.answers_after import led_after
from flows.troubleshoot.rules.text import message


@pytest.mark.parametrize("text", [
    "still the same", "same", "Same thing", "no change", "nothing changed", "it didnt help", "didn't work",
    "tried that, didnt work", "same as before", "did it, still the same", "unplugged it and its doing the same thing",
    "nope, no difference", "still", "it went back to doing the same thing", "no luck", "still stuck",
    "it's exactly the same", "same old same old", "ok done. no change",
    # from real owners' forum posts (community.particle.io), found with the library's search
    "Still no luck.", "but that didn't change anything.", "It gives the same result", "This has not yet solved the problem.",
])
def test_nothing_changed(text: str) -> None:
    assert led_after(message(text)).label == "same"


@pytest.mark.parametrize("text", [
    "done", "ok", "OK done", "k", "did it", "unplugged it", "plugged it back in", "restarted it", "ive rebooted it",
    "power cycled", "yes", "yep done", "turned it off and on", "ok waited and plugged back in", "did it twice",
    "set it up again in the app", "changed the cable", "tried another charger",
])
def test_done_without_the_light(text: str) -> None:
    assert led_after(message(text)).label == "done"


@pytest.mark.parametrize("text", [
    "done, now its blinking green", "its breathing cyan now!", "still red SOS", "now theres no light at all",
    "blinking blue", "same, still solid green", "it's flashing green really fast now",
])
def test_the_light_described(text: str) -> None:
    r = led_after(message(text))
    assert r.label == "led" and r.led is not None


@pytest.mark.parametrize("text", ["how long should i wait?", "what cable?", "i'm at work", "ugh"])
def test_other(text: str) -> None:
    assert led_after(message(text)).label is None
