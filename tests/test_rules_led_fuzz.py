"""The light readers never raise on any description built from light words (hypothesis).

A real owner's message ("cyan then yellow flashes 2 times") once raised inside the orange-count reader, and the
step handed the customer to support for a bug. Sentences drawn from the words customers use about the light
(colours, counts, blink words, joins) must always give a reading or none, at every reader that sees them.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.troubleshoot.rules.led import opener_led, parse_led

PROPS = settings(max_examples=1500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "green", "cyan", "light blue", "blue", "dark blue", "purple", "magenta", "pink", "orange", "yellow", "amber",
    "red", "white", "teal", "blinking", "flashing", "fast", "slow", "rapid", "breathing", "pulsing", "solid",
    "steady", "off", "dead", "then", "and", "with", "after", "before", "times", "twice", "once", "2", "3", "1", "10",
    "a", "an", "blink", "blinks", "flash", "flashes", "sos", "every so often", "sometimes", "the light", "it",
    "not", "no", "was", "now", "is", "my device", "router", "led", ",", ".", "?",
]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)


@PROPS
@given(SENTENCE)
def test_a_light_description_never_raises(text: str) -> None:
    for reader in (parse_led, opener_led):
        reading = reader(text)
        assert reading is None or reading.code is None or reading.code.startswith("led:")


def test_yellow_flashes_with_a_count_are_the_orange_count() -> None:
    reading = parse_led("cyan then yellow flashes 2 times")
    assert reading is not None and reading.code == "led:cyan_orange_2"
