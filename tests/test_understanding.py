"""Understanding customers as they write (issue 8, design 6.1): the readers on their own, and end to end.

- A person asked for in any words, at every step, hands off `handoff:customer_request` at once, with a call-back
  number kept on the case; sentences that merely mention people do not.
- Each question's reader on the phrasings the issue quotes, and on the labelled sets (tests/data/answers_*.yaml)
  as a floor under the figures `make bench` prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.answers_accuracy import HELD_OUT, SETS, current_reader, load, score
from bot.engine.case import build_case
from flows.troubleshoot.rules import contacts, intents, slots, ssids
from flows.troubleshoot.rules.reading import QUESTIONS, read
from tests.harness import SEED_SERIAL, Rig, make_settings

DATA = Path(__file__).parent / "data"

# The messages that bring a conversation to each awaiting step (design 6), then what to check there.
TO_STEP: dict[str, list[str]] = {
    "device_id": ["hi"],
    "led": ["hi", SEED_SERIAL],
    "led_detail": ["hi", SEED_SERIAL, "blinking green"],
    "wifi_password": ["hi", SEED_SERIAL, "blinking green", "normal"],
    "wifi_network": ["hi", SEED_SERIAL, "blinking green", "normal", "yes"],
    "wifi_scan": ["hi", SEED_SERIAL, "blinking green", "normal", "yes", "HomeNet"],
    "router_check": ["hi", SEED_SERIAL, "blinking green", "normal", "yes", "HomeNet", "skip"],
    "hotspot_ready": ["hi", SEED_SERIAL, "fast cyan then 3 orange blinks"],
    "hotspot_wait": ["hi", SEED_SERIAL, "fast cyan then 3 orange blinks", "ready"],
    "confirm_fixed": ["hi", SEED_SERIAL],  # then the device comes online
}
PERSON = [
    "could I get someone on the phone", "I'd rather deal with a human", "connect me with your support people",
    "is this automated? I prefer a person", "can a real tech call me at 555-201-3344",
    "honestly just put me through to whoever handles this", "is there a number I can ring", "AGENT",
    "i want to speak to a representative please", "let me talk to a technician",
]


async def _at(step: str, tmp_path: Path) -> Rig:
    rig = await Rig.start(make_settings(tmp_path / "bot.db"))
    for text in TO_STEP[step]:
        await rig.say(text)
    if step == "confirm_fixed":
        await rig.online(True)
    assert rig.conversation()["awaiting"] == step, rig.conversation()
    return rig


@pytest.mark.parametrize("step", list(TO_STEP))
async def test_a_person_asked_for_in_any_words_at_every_step(step: str, tmp_path: Path) -> None:
    phrase = PERSON[list(TO_STEP).index(step) % len(PERSON)]
    rig = await _at(step, tmp_path)
    try:
        said = await rig.say(phrase)
        conv = rig.conversation()
        assert (conv["status"], conv["outcome"]) == ("handed_off", "handoff:customer_request"), (phrase, said)
        assert any("support team" in s for s in said)
    finally:
        await rig.stop()


async def test_a_call_back_number_goes_on_the_case(tmp_path: Path) -> None:
    rig = await _at("wifi_password", tmp_path)
    try:
        await rig.say("can a real tech call me at 555-201-3344")
        case = build_case(rig.store, rig.conversation()["id"])
        assert case["callback"] == ["555-201-3344"]
        assert case["outcome"] == "handoff:customer_request"
    finally:
        await rig.stop()


@pytest.mark.parametrize("text", [
    "my husband set it up so not sure", "my son said the light is blinking fast", "someone else set up the wifi",
    "the guy at the store said it's dual band", "anyone with the password can get on", "a human error maybe",
])
def test_mentioning_people_is_not_asking_for_one(text: str) -> None:
    assert intents.global_intent(text) != "agent"


@pytest.mark.parametrize(("question", "text", "label"), [
    # the password question: content answers are answers
    ("wifi_password", "yes, that password, the one on the router", "yes"),
    ("wifi_password", "the code printed on the box it came in", "yes"),
    ("wifi_password", "the one I use to sign in to the website", "no"),
    ("wifi_password", "same as my email password", "no"),
    ("wifi_password", "the admin password for the router page", "no"),
    ("wifi_password", "not sure if i got the capitals right", "no"),
    ("wifi_password", "I doubt it", "no"),
    ("wifi_password", "it was our old wifi's password", "no"),
    # negation and hedges scoped to their clause
    ("blue_shade", "it isn't the dark one", "light"),
    ("green_speed", "no, never stops, but not fast", "slow"),
    ("wifi_scan", "can't find any 2.4 network", "readout"),
    ("cyan_blinks", "no orange, no red, only the blue", "none"),
    ("same_name", "one. wait no, two, the 5g one is further down", "two"),
    # the hotspot in the customer's own words
    ("hotspot_ready", "ok its turned on now", "ready"),
    ("hotspot_ready", "my plan doesn't allow it", "cant"),
    ("hotspot_ready", "give me a minute", "not_yet"),
    ("hotspot_ready", "where is it on my samsung?", "android"),
    # what do you mean
    ("mac_filter", "what do you mean by registered?", "help"),
    ("cyan_blinks", "huh? what's cyan", "help"),
    ("many_devices", "about 40 with all the smart plugs", "yes"),
    ("internet", "my phone says connected, no internet", "no"),
    ("confirm_fixed", "yep pulsing blue \U0001f44d", "yes"),
])
def test_readers_on_the_phrasings_the_issue_quotes(question: str, text: str, label: str) -> None:
    assert read(question, text).label == label


def test_names_inside_sentences() -> None:
    assert slots.device_ref("it's called kitchen-hub in the app") == ("name", "kitchen-hub")
    assert slots.device_ref("The label says PHHAAB830ABCDEF") == ("serial", "PHHAAB830ABCDEF")
    assert slots.device_ref("P 2 M A A A 7 7 1 9 C D 2 K Q") == ("serial", "P2MAAA7719CD2KQ")
    reading = read("wifi_network", "it's NETGEAR47 I think, or NETGEAR47-5G, there are two")
    assert (reading.label, reading.values) == ("name", ("NETGEAR47", "NETGEAR47-5G"))
    assert ssids.band_pair(["NETGEAR47", "NETGEAR47-5G"]) and not ssids.band_pair(["Home", "Office"])
    assert read("wifi_network", "my husband set it up, it's called Casa Bella").value == "Casa Bella"


@pytest.mark.parametrize("pair, two_four", [
    (["Home-5", "Home"], "Home"), (["NETGEAR47-5G", "NETGEAR47"], "NETGEAR47"), (["Home_5.0", "Home"], "Home"),
    (["Casa 5GHz", "Casa 2.4GHz"], "Casa 2.4GHz"),
])
def test_of_a_band_pair_the_device_joins_the_one_that_is_not_5_ghz(pair: list[str], two_four: str) -> None:
    # the pair test and the choice of name agree on every suffix ("-5" was a pair whose 5 GHz name could be chosen)
    assert ssids.band_pair(pair) and ssids.two_four_name(pair) == two_four


def test_call_back_contacts() -> None:
    assert contacts.contact("call me at (415) 555-0199 please") == "(415) 555-0199"
    assert contacts.contact("email me at jo@example.com.") == "jo@example.com"
    assert contacts.contact("the serial is PHHAAB830ABCDEF") is None
    assert contacts.contact("device e00fce68a1b2c3d4e5f60718") is None


def test_every_question_has_a_reader_and_an_explanation() -> None:
    from flows.troubleshoot.copy import EXPLAIN, TEXT

    schema = (DATA / "answers_schema.md").read_text()
    for q in QUESTIONS:
        assert f"`{q}`" in schema, q
        assert q in EXPLAIN and EXPLAIN[q] in TEXT, q


@pytest.mark.parametrize("name", [n for n in SETS if n not in HELD_OUT])
def test_tuning_sets_read_as_labelled(name: str) -> None:
    entries = load(name)
    if not entries:
        pytest.skip(f"{name} not present")
    res = score(entries, current_reader()[1])
    assert res["accuracy_pct"] >= 98.5, res["misses"][:10]


def test_held_out_answers_stay_above_the_floor() -> None:
    """A floor only (the figure is in `make bench`); the held-out set is never used to tune the readers."""
    res = score(load("heldout"), current_reader()[1])
    assert res["accuracy_pct"] >= 97.0, res["read"]
    # The router questions' set, written blind for the misreads an exploratory test found: 60/90 before the
    # readers changed, 70/90 after.
    res = score(load("heldout_router"), current_reader()[1])
    assert res["accuracy_pct"] >= 77.0, res["read"]


def _labels() -> dict[str, Any]:
    return yaml.safe_load((DATA / "answers_heldout.yaml").read_text())


def test_the_sets_follow_the_schema() -> None:
    globals_ = {"agent", "help", "restart", "stop"}
    for name in SETS:
        for e in load(name):
            assert e["q"] in QUESTIONS, (name, e)
            assert isinstance(e["text"], str) and str(e["label"]), (name, e)
    assert len(_labels()) >= 700 and globals_ <= {str(e["label"]) for e in _labels()}


@pytest.mark.parametrize("text, general", [
    ("help", True), ("Help!", True), ("please help", True), ("help me?", True),
    ("huh?", False), ("what do you mean by registered?", False), ("i dont understand", False),
])
def test_help_alone_is_general_help_and_confusion_explains_the_question(text: str, general: bool) -> None:
    from flows.troubleshoot.rules import intents

    assert intents.step_free_intent(text) == "help" or "mean" in text
    assert intents.general_help(text) is general


def test_a_pasted_readout_is_parsed_once_and_its_frequencies_are_not_a_call_back_number() -> None:
    readout = ("ARRIS-5512 (a4:98:13:22:10:01)\n-48dBm  CH 6  2437MHz  (2427 - 2447) 20MHz\n"
               "[WPA2-PSK-CCMP][RSN-PSK-CCMP][ESS][WPS]\n")
    reading = read("wifi_scan", readout)
    assert reading.label == "readout" and reading.contact is None  # "(2427 - 2447" was taken for a phone number
    assert [n.ssid for n in reading.networks] == ["ARRIS-5512"]
    assert read("wifi_scan", readout + "you can call me on 555 123 4567").contact == "555 123 4567"


@pytest.mark.parametrize("text", [
    "I typed the admin password, the one for 192.168.1.1", "Basic rates (Mbps) : 1 2 5.5 11 6 9 12 18 24 36 48 54",
    "firmware 16.0 (1657 build) on the laptop", "it stopped on 2012-06-12",
])
def test_numbers_that_nobody_offered_are_not_a_call_back(text: str) -> None:
    assert contacts.contact(text) is None
