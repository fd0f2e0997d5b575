"""The twelfth blind exploratory test's readers, on our own phrasings (the held-out set is
tests/data/round55_heldout.yaml, bench/round55.py): a yes implied with a rhetorical tag (n05), safe mode for hours
(n10), set up on the 5 GHz Wi-Fi (n11), unplugging the router refused (n16)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules import waited
from flows.troubleshoot.rules.answers_hotspot import hotspot_ready
from flows.troubleshoot.rules.reading import read
from flows.troubleshoot.rules.set_up_5g import set_up_on_5g
from flows.troubleshoot.rules.text import message


@pytest.mark.parametrize(("text", "label"), [
    ("obviously, im typing this on it aren't i", "yes"), ("obviously, im typing this on it", "yes"),
    ("its down, isnt it", "no"), ("no, right?", "no"), ("yes", "yes"),
])
def test_internet_answer_with_a_tag(text: str, label: str) -> None:
    assert read("internet", text, {}).label == label


@pytest.mark.parametrize("text", ["its been like that since yesterday", "way more than 5 minutes already",
                                  "purple for over 24 hours", "its been hours", "since 7am", "36 hrs now",
                                  "it was like that overnight"])
def test_waited_long(text: str) -> None:
    assert waited.waited_long(text)


@pytest.mark.parametrize("text", ["still purple", "ok ill wait", "its breathing light blue now", "5 minutes"])
def test_not_waited_long(text: str) -> None:
    assert not waited.waited_long(text)


@pytest.mark.parametrize(("text", "name"), [
    ("wait 2.4?? when i set it up i think i picked NETGEAR47-5G in the app. is that the problem", "NETGEAR47-5G"),
    ("i set it up on HomeNet_5G yesterday", "HomeNet_5G"), ("HomeNet-5G, I used that one when I set it up", "HomeNet-5G"),
    ("oh i used the one ending in 5G", None), ("does it matter that i chose the 5ghz one during setup?", None),
    ("is it bad that its on the 5g network?", None), ("the 5g one is what i picked", None),
])
def test_set_up_on_5g(text: str, name: str | None) -> None:
    assert set_up_on_5g(text) == (True, name)


@pytest.mark.parametrize("text", [
    "i use the 5g one on my phone cuz its faster", "theres NETGEAR47 and NETGEAR47-5G",
    "two names, but I picked the one without 5G", "i didnt pick the 5g one", "I see HomeNet-5G and HomeNet, we chose HomeNet",
])
def test_not_set_up_on_5g(text: str) -> None:
    assert set_up_on_5g(text)[0] is False


@pytest.mark.parametrize("text", ["no way im unplugging my router, my wife is on a work call",
                                  "not unplugging the router sorry, kids are gaming", "im not gonna unplug it"])
def test_unplugging_refused(text: str) -> None:
    assert hotspot_ready(message(text)).label == "skip"


def test_unplugging_done_is_no_refusal() -> None:
    assert hotspot_ready(message("ok unplugged the router, hotspot is on")).label != "skip"


def test_deleting_from_another_account_is_no_request_to_close() -> None:
    from flows.troubleshoot.rules.account_asks import asks_about_account
    from flows.troubleshoot.rules.asks import cancel_case

    asked = "does my buddy need to delete it from his account first or something? he lives in another state now"
    assert not cancel_case(asked) and asks_about_account(asked)
    assert not cancel_case("should i remove it from the app and add it again")
    for text in ("please cancel the case", "you can close it", "delete it please, its working now"):
        assert cancel_case(text), text


@pytest.mark.parametrize(("text", "steady"), [
    ("steady. whats the MAC anyway?", True), ("steady, the host is an older guy", True), ("even, like a clock", True),
    ("steady green, not blinking", False), ("it stays on, steady", False), ("very fast", False),
])
def test_steady_first_is_the_pace(text: str, steady: bool) -> None:
    from flows.troubleshoot.rules.green_pace import steady_pace

    assert steady_pace(text) is steady


@pytest.mark.parametrize("text", ["No registration. So I should just point it at Batcave-IoT, right? Doing that now.",
                                  "ok switching it over to HomeNet_Guest", "should i just go with Smith-Family"])
def test_a_wifi_the_unit_is_put_on_is_no_unit(text: str) -> None:
    from flows.troubleshoot.rules.units import unit_switch

    assert unit_switch(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("which password do i use for the hotspot, old or new", "which_password"),
    ("OLD or NEW password for the hotspot??", "which_password"), ("what password for the hotspot?", "which_password"),
    ("ok its on", None), ("will it use my data?", "data"),
])
def test_which_password_for_the_hotspot(text: str, kind: str | None) -> None:
    from flows.troubleshoot.rules.asks import hotspot_aside

    assert hotspot_aside(text) == kind
