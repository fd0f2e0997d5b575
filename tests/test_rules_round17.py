"""Round 17's readers on examples of my own (tests/data/round17_heldout.yaml is the blind set; never tuned on):
no smartphone at the phone steps, replies to "set up again"."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.led import parse_led
from flows.troubleshoot.rules.phones import no_smartphone
from flows.troubleshoot.rules.reading import read_for_bench
from flows.troubleshoot.rules.text import message


@pytest.mark.parametrize("text", [
    "i have a flip phone", "I TOLD YOU I HAVE A FLIP PHONE", "I only have a simple mobile phone for calls, I am afraid",
    "my phone is a basic one", "no smartphone here sorry", "I don't have a smart phone", "just a landline",
    "my cell is a flip", "I have an old fashioned phone that only does calls", "my phone doesnt have apps",
    "my phone can't go on the internet", "its not a smartphone", "i use a dumbphone on purpose",
    "I don't own a cell phone", "no cell phone", "phone is just for calls and texts", "i dont do apps",
    "my mobile is a cheap one with buttons", "Only got a basic phone love", "its one of those phones that folds up",
    "I don't have a phone that does that", "my phone cant download apps", "my phone isn't smart", "my phone is a landline",
    "no internet on my phone", "my mobile doesn't connect to the internet", "Sorry dear, I don't have one of those fancy phones",
    "I have a Doro, it has big buttons", "not a smartphone person, sorry", "i dont even own a smartphone",
    "never bothered getting a smart phone", "we aint got no smartphones in this house",
])
def test_no_smartphone(text: str) -> None:
    assert no_smartphone(message(text)), text


@pytest.mark.parametrize("text", [
    "my phone is dead", "phone is charging, give me 10 min", "my work phone blocks apps", "I have an iPhone 6, is that too old?",
    "no data left this month", "my son has a smartphone, he'll be here later", "I used to have a flip phone years ago",
    "can I use my laptop instead?", "I don't want to install apps", "phone battery low", "my phone is old but works",
    "ready", "two names", "skip", "no cell signal in the garage", "my phone is on calls all day for work",
    "I can't, I'm on a call", "hotspot is on", "no", "my phone is an android",
    "my work phone can't download apps", "my smartphone is not with me", "not on my smartphone right now", "my phone can't download apps, the storage is full", "no data on my phone", "can't, my phone has no data",
])
def test_a_smartphone_after_all(text: str) -> None:
    assert not no_smartphone(message(text)), text


@pytest.mark.parametrize(("text", "label", "value"), [
    ("2", "how", None), ("Show me how", "how", None), ("3", "trouble", None), ("It didn't work", "trouble", None),
    ("I need help", "how", None), ("help me please", "how", None), ("can you help? never done this", "how", None),
    ("I need help, it keeps saying wrong password", "trouble", None),
    ("I do not have this app", "trouble", "cannot"), ("my grandson set it up, I don't know the wifi password", "trouble", "cannot"),
    ("cant install the app on my phone", "trouble", "cannot"), ("I only have a flip phone", "trouble", "cannot"),
    ("cant right now, im at work", "not_yet", "later"), ("not now, driving", "not_yet", "later"),
    ("busy at the moment", "not_yet", "later"), ("done", "done", None), ("1", "done", None),
    ("do i have to do this for every unit?", "help", None),  # round 12: taken as done
    ("cant I just give the new router the same name and password as the old one?", "help", None),  # as trouble
])
def test_replies_to_set_up_again(text: str, label: str, value: str | None) -> None:
    got = read_for_bench("resetup", text)
    assert (got["label"], got["value"]) == (label, value), text


@pytest.mark.parametrize("text", ["its orange, just solid", "solid orange", "orange, not blinking", "steady orange light"])
def test_orange_that_stays_on_is_no_cloud_error(text: str) -> None:
    # Round 12: "solid orange" was asked how many orange flashes, and "no flashes" asked again and again.
    seen = parse_led(text)
    assert seen is not None and seen.solid and seen.need is None, seen


@pytest.mark.parametrize("text", [
    "it goes green then cyan then flashes red sos and restarts, over and over",
    "connects, goes light blue, then lots of red flashes and it reboots, again and again",
    "green, cyan, then SOS red, then it starts over",
])
def test_a_crash_after_connecting_is_the_sos(text: str) -> None:
    seen = parse_led(text)
    assert seen is not None and seen.code == "led:red_sos" and seen.cycle == "crash_loop", seen


@pytest.mark.parametrize("text", [
    "it goes green then blue then green again, back n forth", "keeps switching between green and light blue",
    "green, then cyan, then back to green, over and over",
])
def test_a_green_cyan_cycle_is_the_cloud_branch(text: str) -> None:
    seen = parse_led(text)
    assert seen is not None and seen.need == "cyan_blinks" and seen.cycle == "green_cyan", seen


@pytest.mark.parametrize("text", [
    "cyan with red flashes", "fast cyan then a red blink, over and over", "it was blinking blue and now its green",
    "red SOS then 3 red blinks", "they blink red 3 times and restart", "green then cyan then orange flashes again",
    "I power cycled it and its blinking green", "green, then dark blue, then green again",
])
def test_no_cycle(text: str) -> None:
    seen = parse_led(text)
    assert seen is None or seen.cycle is None, seen


@pytest.mark.parametrize(("text", "drops"), [
    ("my living-room unit keeps dropping offline every few hours, then comes back", True),
    ("garage-door keeps going offline and online all day", True), ("it disconnects randomly", True),
    ("the connection is really unreliable", True), ("its been offline since tuesday", False),
    ("it dropped off the wifi after the power cut", False), ("blinking green", False),
])
def test_drops_now_and_then(text: str, drops: bool) -> None:
    from flows.troubleshoot.rules.context import drops_now_and_then

    assert drops_now_and_then(text) is drops, text


@pytest.mark.parametrize("text", ["everything matches already, i checked twice", "i double checked everything",
                                  "all the settings are correct"])
def test_settings_checked_at_the_hotspot_retry_is_ready(text: str) -> None:
    assert read_for_bench("hotspot_ready", text)["label"] == "ready", text  # round 12 was asked for READY again
