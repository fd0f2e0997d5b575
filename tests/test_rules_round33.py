"""Round 33 (the sixth blind exploratory test's themes, measured blind): stepping away and back in any words, the
customer's own fix at the hotspot test, a router remark that is no new router, router models beside a Wi-Fi key, and
router names in a first message; on messages written for these tests (not the held-out set's), judged on the flow as
bench/round33.py judges the held-out set, and the readers' own edges."""

from __future__ import annotations

import pytest

from bench.round33 import judge
from flows.troubleshoot.rules.own_fix import own_fix
from flows.troubleshoot.rules.stepped_away import stepped_away
from flows.troubleshoot.rules.text import message

CASES = [
    {"group": "H", "label": "own_fix", "text": "nah skip that, i just switched the router to wpa2"},
    {"group": "H", "label": "own_fix", "text": "hold off on the hotspot, my husband is splitting the bands right now"},
    {"group": "H", "label": "own_fix", "text": "already re-did the setup w the right pw"},
    {"group": "H", "label": "own_fix", "text": "swapped the usb cable, gonna see"},
    {"group": "H", "label": "own_fix", "text": "I rebooted everything, trying again"},
    {"group": "H", "label": "ready", "text": "I changed my phone name to CyanRescue and turned it on"},
    {"group": "H", "label": "ready", "text": "done, set the password to rescue-2024"},
    {"group": "H", "label": "none", "text": "should I move it closer to the router first?"},
    {"group": "H", "label": "none", "text": "I didn't change anything on the router"},
    {"group": "W", "question": "led", "label": "brb", "text": "one sec, kid's crying"},
    {"group": "W", "question": "wifi_name", "label": "brb", "text": "gonna step away for a bit, my dog needs out"},
    {"group": "W", "question": "internet", "label": "brb", "text": "give me a minute, in the middle of cooking dinner"},
    {"group": "W", "question": "hotspot", "label": "brb", "text": "gotta grab the door, back in 5"},
    {"group": "W", "question": "led", "label": "back", "text": "sorry for the wait, where did we leave off"},
    {"group": "W", "question": "internet", "label": "back", "text": "hello? you still there?"},
    {"group": "W", "question": "hotspot", "label": "back", "text": "OK I'M BACK"},
    {"group": "W", "question": "wifi_name", "label": "back", "text": "ok lets continue"},
    {"group": "W", "question": "led", "label": "none", "text": "hold on... ok it's steady green now"},
    {"group": "W", "question": "led", "label": "none", "text": "hold on, I meant the living room one"},
    {"group": "W", "question": "wifi_name", "label": "none", "text": "give me a sec: it's called HomeNet5"},
    {"group": "W", "question": "internet", "label": "none", "text": "we're back to no internet at all"},
    {"group": "R", "label": "new_router", "text": "yes, new router from spectrum. everything else works"},
    {"group": "R", "label": "not_new", "text": "yeah, the neighbours got a new router and their wifi is everywhere now"},
    {"group": "R", "label": "not_new", "text": "yes, the ISP upgraded our plan"},
    {"group": "K", "question": "password", "secrets": [], "text": "yes from the NETGEAR R6700v3 label"},
    {"group": "K", "question": "password", "secrets": ["Blue!Door99"],
     "text": "it is on my Archer AX21 router, the key is Blue!Door99"},
    {"group": "U", "units": [], "text": "thermostat offline since we got the BT-Hub6-X7K2"},
    {"group": "U", "units": ["kitchen-hub"], "text": "kitchen-hub wont join Livebox-8A2C"},
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['group']}-{c['text'][:30]}")
def test_round_33(case: dict[str, object]) -> None:
    assert judge(case) == "right"


def test_a_pause_or_return_with_an_answer_is_the_answer() -> None:
    assert stepped_away("brb") == "brb"
    assert stepped_away("one sec. yes everything else works") is None
    assert stepped_away("I'm back home and it's blinking blue") is None
    assert stepped_away("about once a second, nice and even") is None  # a light's speed, not "a second"
    assert stepped_away("just one, how many times do I have to say it") is None
    assert stepped_away("what next?") is None  # asks what comes next, said without a return


def test_the_new_router_beside_the_answer_is_both_taken() -> None:
    from bench.round33 import _at

    d = _at("internet")
    said = d.say("the router was replaced by the ISP on monday, internet is fine")
    assert d.model.data.get("change_told") == "router"
    assert not any(r.startswith("Sorry") for r in said)  # the answer was taken, not asked again
    assert d.model.data.get("rq_current") != "internet"


# Real text from public issues found with the library's search (arendst/Tasmota#1525): a fix done to the router.
def test_a_real_fix_told_is_one() -> None:
    assert own_fix(message('I changed my router so that the channel was not "Auto" and made it channel 8.'))
    assert not own_fix(message("I thought about this issue as first attempt to solve the problem but it did not work"))


@pytest.mark.parametrize(("text", "name"), [
    ("hold on... ok it's steady green now", None),  # "hold on" was kept as the network's name
    ("wait... its Hold On Cafe", None),  # "wait" was; asked again is safe
    ("one sec... HomeNet5", "HomeNet5"),  # the name after the pause was lost to "No rush"
    ("one sec, its HomeNet5", "HomeNet5"),
])
def test_a_pause_is_never_the_wifi_name(text: str, name: str | None) -> None:
    from bench.round33 import _at

    d = _at("wifi_name")
    d.say(text)
    assert d.model.data.get("ssid") == name


def test_a_hotspot_name_told_with_like_you_said() -> None:
    from flows.troubleshoot.rules.reading import read

    assert read("hotspot_ready", "hotspot on, named it CyanRescue like u said").value == "CyanRescue"
