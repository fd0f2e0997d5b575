"""The thirteenth blind exploratory test's n07 and n09 on phrasings of our own: a router that can't be restarted, told
at the light question after the fast-green fix (rules/answers_after.py), and a Wi-Fi name given again with "like I
said" (rules/wrapped_name.py). The held-out set is tests/data/round61_heldout.yaml, scored by bench/round61.py."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.answers_after import remedy_ask
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.wrapped_name import wifi_network
from tests.flowdrive import Drive


@pytest.mark.parametrize("text", [
    "the router box is in my grandsons room and he locked it, can i do something else?",
    "IT manages the router, I cant touch it", "not allowed, the landlord has it", "40 people are using it right now",
    "im not going to unplug it, my wife is working from home", "my husband handles that and hes not home till 6",
])
def test_the_router_that_cant_be_restarted(text: str) -> None:
    assert remedy_ask(message(text)) == "cant", text


@pytest.mark.parametrize("text", ["done, still fast green", "how do i restart it", "which box is the router?",
                                  "ok give me a minute", "restarted it, now its blinking cyan"])
def test_other_replies_to_the_restart(text: str) -> None:
    assert remedy_ask(message(text)) != "cant", text


def test_a_router_that_cant_be_restarted_keeps_it_out_of_the_hotspot_test() -> None:
    # explore13's n07 (c01): asked for the light again, then told to unplug the router for the hotspot test.
    d = Drive()
    d.to_led()
    d.say("blinking green")
    d.say("very fast")
    said = d.say("oh dear. the router box is in my grandsons room and he locked it. can i do something else?")
    assert any("another way" in s for s in said), said
    d.say("no")
    said = d.say("no")
    assert d.awaiting == "hotspot_ready"
    assert any("your router stays as it is" in s for s in said) and not any("unplug your router" in s for s in said)


@pytest.mark.parametrize(("text", "name"), [("Casa Nest, like I just said", "Casa Nest"),
                                            ("BT-Hub6 like i said before", "BT-Hub6"),
                                            ("as i said, its Smith Family", "Smith Family")])
def test_a_name_given_again_with_like_i_said(text: str, name: str) -> None:
    reading = wifi_network(message(text))
    assert (reading.label, reading.value) == ("name", name)


@pytest.mark.parametrize("text", ["like I said I dont know it", "as I told you there are two of them"])
def test_such_remarks_with_no_name(text: str) -> None:
    assert wifi_network(message(text)).label != "name"
