"""A change in the router's settings told as made at the router questions that follow the fix (explore13's n11), in our
own phrasings: unit tests of rules/change_done.py, and the flow's answer. The blind set is bench/round62.py's."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.change_done import change_done
from tests.flowdrive import Drive

DONE = [
    "k switchd to wpa2/wpa3",
    "ok, turned the 2.4 GHz back on in the Vodafone app and re-did the setup on the Photon",
    "done",
    "ok i changed the security to wpa2/wpa3 in the orbi app",
    "switched it over to WPA2 mixed, router is restarting now",
    "done! 2.4 is on again",
    "enabled 2.4ghz and set up the sensor again",
    "just turned on the 2.4 network in the eero app",
    "ok changed it 👍",
    "i went into the xfinity app and turned off wpa3",
    "Security mode now WPA2-Personal",
    "changed from wpa3 only to wpa2/wpa3",
    "deco app: wpa2 selected, saved",
    "I've made the change",
    "did what you said",
    "ok the router is now on wpa2",
    "2.4 band activated",
    "I split the bands and reconnected it",
    "ok changed. now what",
    "Alright, it's saved. Router rebooting",
    "ticked the 2.4ghz box in the settings",
    "Smart Connect is off now",
    "I have done it",
    "it's been changed",
    "now on WPA2",
    "I logged into 192.168.0.1 and changed it",
    "Okay I did it. Still blinking green though",
    "I put the router on 2.4 as well",
]
NOT_DONE = [
    "I'll do it when I get home",
    "how do I get into the router settings?",
    "I don't have the password for the router",
    "can't find that setting anywhere",
    "my ISP controls the router, I can't change it",
    "not yet, the kids are online",
    "will changing it kick my other devices off?",
    "where is the security setting in the xfinity app",
    "is it ok to change it, my laptop is old",
    "let me try later",
    "no it's just our home wifi",
    "we set it up ourselves, no registration",
    "nope",
    "the router is on, all the lights are green",
    "yes my building makes you register devices on a website",
    "I have not done it yet",
    "it hasn't been changed, I need my husband for that",
    "is smart connect the thing I need to turn off?",
]


@pytest.mark.parametrize("text", DONE)
def test_a_change_told_as_made(text: str) -> None:
    assert change_done(text)


@pytest.mark.parametrize("text", NOT_DONE)
def test_no_change_made(text: str) -> None:
    assert not change_done(text)


def _after_scan(scan: str) -> Drive:
    d = Drive.route(("blinking green", "steady", "yes", "NETGEAR47"), "wifi_scan")
    d.say(scan)
    assert d.awaiting == "router_check" and d.model.data["rq_current"] == "mac_filter"
    return d


def test_done_at_the_registration_question_is_thanked_and_the_question_asked_again_with_no_miss() -> None:
    d = _after_scan("NETGEAR47  -61dBm  ch 6  WPA3")
    said = d.say("k switchd to wpa2/wpa3")
    assert said[0].startswith("Thanks for changing that.") and "Sorry" not in " ".join(said)
    assert "registered or approved" in said[-1]
    data = d.model.data
    assert data["fix_told"] and not data.get("misses") and data["rq_current"] == "mac_filter"
    # Said again, it is not thanked twice; the answer then moves the questions on.
    assert not any(s.startswith("Thanks for changing") for s in d.say("done"))
    d.say("no")
    assert "wifi:mac_filtering" in data["ruled_out"]


def test_done_with_the_answer_is_thanked_and_the_answer_read() -> None:
    d = _after_scan("NETGEAR47 -45 dBm channel 100 (5GHz) WPA2")
    said = d.say("turned the 2.4 back on. and no, nothing needs registering here")
    assert said[0].startswith("Thanks for changing that.")
    assert "wifi:mac_filtering" in d.model.data["ruled_out"] and d.model.data["fix_told"]


def test_done_without_a_fix_given_is_not_thanked() -> None:
    # No change was asked for (the scan was skipped): "done" is not news of one.
    d = Drive.route(("blinking green", "steady", "yes", "NETGEAR47"), "wifi_scan")
    d.say("skip")
    assert d.awaiting == "router_check"
    assert not any(s.startswith("Thanks for changing") for s in d.say("done"))


def test_a_yes_that_is_only_the_news_of_the_change_is_not_the_answer() -> None:
    d = _after_scan("NETGEAR47  -61dBm  ch 6  WPA3")
    said = d.say("I've made the change")  # read as a yes to whatever was asked, before
    assert said[0].startswith("Thanks for changing that.") and d.model.data["rq_current"] == "mac_filter"
    assert "wifi:mac_filtering" not in d.model.findings and not d.model.data.get("approval_told")


def test_a_yes_that_names_the_question_is_the_answer_beside_the_change() -> None:
    d = _after_scan("NETGEAR47  -61dBm  ch 6  WPA3")
    said = d.say("yes, new devices need approval from our IT guy. and i changed it to wpa2")
    assert said[0].startswith("Thanks for changing that.")
    assert d.model.data.get("approval_told") and d.model.data["fix_told"]
