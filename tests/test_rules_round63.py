"""The unit told as fine or fixed now, with or without a goodbye (explore13's n13), in our own phrasings: unit tests
of rules/works_now.py's new wording, and the flow's answer at the light question. The blind set is bench/round63.py's."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.works_now import says_it_works
from tests.flowdrive import Drive

CLAIMS = [
    "its fine now",
    "all good now thanks",
    "seems ok now",
    "ok now it's fine",
    "looks good now 👍",
    "everything's fine now",
    "it's all sorted now",
    "it seems to be working now",
    "the sensor seems to be working",
    "all set now",
    "unplugged it and now its ok",
    "fine now, cheers",
    "yep its good now",
    "its behaving now",
    "it's back to its normal self",
    "ok I unplugged it and now it's fine, thanks, bye",
]
NOT_CLAIMS = [
    "the light looks fine",
    "is it fine now?",
    "the wifi is fine now",
    "my phone is ok now",
    "it was fine yesterday",
    "ok fine, let me look",
    "good, what next?",
    "not fine at all, still blinking",
    "fine, its blinking green",
    "it's fine, I'll wait",
    "all good, I'll go look at it",
    "is everything ok now on your side?",
    "hopefully it'll be fine now",
    "no filtering on it, the connection seems to be working",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_fine_now_is_a_claim(text: str) -> None:
    assert says_it_works(text, "led")


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_fine_words_that_claim_nothing(text: str) -> None:
    assert not says_it_works(text, "led")


@pytest.mark.parametrize("text", ["ok I unplugged it and now it's fine, thanks, bye", "fixed it, bye!",
                                  "working now, thanks for your help. bye"])
def test_a_claim_with_a_goodbye_is_told_the_unit_is_still_offline(text: str) -> None:
    d = Drive()
    d.to_led()
    said = d.say(text)
    assert said[0].startswith("That's great to hear! Our system doesn't show")
    assert not any("let's stop here" in s for s in said)
    assert d.model.status == "active" and d.awaiting == "led" and not d.model.data.get("misses")


def test_a_goodbye_alone_is_still_a_goodbye() -> None:
    d = Drive()
    d.to_led()
    assert any("let's stop here" in s for s in d.say("thanks, bye"))
