"""The tenth blind exploratory test's findings that were fixed (tests/data/explore10_report.md), pinned on my own
phrasings (the blind set, tests/data/round43_heldout.yaml, is never tuned on). Flow-level, on tests/flowdrive.py."""

from __future__ import annotations

import pytest

from tests.flowdrive import HOTSPOT_ROUTE, Drive


def _watching() -> Drive:
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    d("message", text="ready")
    assert d.state == "hotspot_wait"
    return d


def _after_failed_test() -> Drive:
    d = _watching()
    d("timer", name="hotspot")
    assert d.awaiting == "hotspot_ready" and d.model.data.get("hotspot_attempts") == 1
    return d


@pytest.mark.parametrize("told", ["i cant make a hotspot", "I can't make a hotspot",
                                  "my phone doesnt have a hotspot option"])
def test_cant_make_a_hotspot_while_the_bot_watches_ends_the_watch(told: str) -> None:
    # n09: "i cant make a hotspot" got "Keep the hotspot on" until the five minutes ran out.
    d = _watching()
    effects = d("message", text=told)
    assert d.state != "hotspot_wait", Drive.replies(effects)
    assert {"type": "cancel_timer", "name": "hotspot"} in effects
    assert not any("Keep the hotspot on" in r for r in Drive.replies(effects))


@pytest.mark.parametrize("told", ["ok", "still nothing", "how long does it take?", "its blinking green"])
def test_other_messages_while_the_bot_watches_keep_the_watch(told: str) -> None:
    d = _watching()
    d("message", text=told)
    assert d.state == "hotspot_wait", told


@pytest.mark.parametrize("told", ["i typed the name exactly like you said. its ready",
                                  "checked it all again, its ready", "everything matches, try again"])
def test_ready_again_after_a_failed_test_is_watched_again(told: str) -> None:
    # n08: "i typed the name exactly like you said ... its ready" blamed the unit at once, with no second wait.
    d = _after_failed_test()
    said = d.say(told)
    assert d.state == "hotspot_wait", said
    assert "handoff:device_suspected" != d.model.outcome


@pytest.mark.parametrize("told", ["everything matches, i checked twice", "I already checked all that!!",
                                  "everything matches already. still blinking green"])
def test_settings_checked_and_no_ready_still_end_the_test(told: str) -> None:
    # explore9's n12: a second wait would end as the first.
    d = _after_failed_test()
    d.say(told)
    assert d.model.outcome == "handoff:device_suspected", told


def test_a_question_answered_at_the_hotspot_test_points_back_to_it_in_a_line() -> None:
    # explore9's n25: each question answered repeated the whole set-up (two bubbles, about 370 characters).
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    for asked in ("whats the mac address of the unit?", "how long does this take"):
        said = d.say(asked)
        assert said[-1].startswith("Tap \"Ready, it's on\" when the hotspot is on"), said
        assert not any("Let's test your device with your phone's hotspot" in r for r in said)
        assert d.awaiting == "hotspot_ready"
    said = d.say("ready")
    assert d.state == "hotspot_wait", said


def test_a_question_answered_at_the_scanner_points_back_to_it_in_a_line() -> None:
    d = Drive.route(("blinking green", "steady", "yes", "HomeNet"), "wifi_scan")
    said = d.say("what is a scanner app?")
    assert said[-1] == "When you have the scan, paste or type what it shows for HomeNet, or tap Skip.", said
    said = d.say("skip")
    assert d.awaiting == "router_check", said


def test_an_unreadable_answer_still_gets_the_plainer_question() -> None:
    # The pointer is for a question the bot answered, not for an answer it could not read.
    d = Drive.route(("blinking green", "steady", "yes", "HomeNet"), "wifi_scan")
    said = d.say("zxq vbnm")
    assert any("I couldn't read a Wi-Fi network in that" in r for r in said), said


@pytest.mark.parametrize(("told", "hidden"), [
    ("yes the sticker one. its capital M, then lowercase 'ango', then star, then 4 4 1 so Mango*441", ["Mango*441", "4 4 1", "ango"]),
    ("yep: small t, capital R, dollar sign, 8 8 2", ["t, capital R", "8 8 2"]),
    ("yes it was M-a-n-g-o-*-4-4-1", ["M-a-n-g-o"]),
    ("it was blue whale 55 all lowercase with spaces", ["blue whale 55"]),
])
def test_a_key_spelled_out_or_described_is_hidden_whole(told: str, hidden: list[str]) -> None:
    # n10: "its capital K, then lowercase 'iwi', then hash, then 7 7 2 9 so like Kiwi#7729" had only "iwi" hidden.
    from flows.troubleshoot.plugin import TROUBLESHOOT

    stored, facts = TROUBLESHOOT.read(told, "wifi_password")
    assert facts.get("password_given") and "[redacted]" in stored
    assert not any(h in stored for h in hidden), stored


@pytest.mark.parametrize("told", ["yes the one on the sticker", "the password has a # in it, is that ok?",
                                  "it was the long one, 12 letters or so", "no, i used my app login",
                                  "unplug it then plug it back in then wait", "it blinks 3 times then a dot"])
def test_answers_about_a_key_with_none_in_them_are_kept(told: str) -> None:
    from flows.troubleshoot.plugin import TROUBLESHOOT

    assert TROUBLESHOOT.read(told, "wifi_password")[0] == told


def test_a_passphrase_described_beside_a_password_word_is_hidden_at_any_question() -> None:
    from flows.troubleshoot.plugin import TROUBLESHOOT

    stored, _ = TROUBLESHOOT.read("my neighbours wifi is OakLane, password green tea 2020 all lowercase", "wifi_network")
    assert "green tea 2020" not in stored and "OakLane" in stored
    assert TROUBLESHOOT.read("the wifi is HomeNet all lowercase", "wifi_network")[0] == \
        "the wifi is HomeNet all lowercase"  # a name described is not a key


def test_a_key_spelled_out_gets_no_length_warning() -> None:
    # n10: a 9-character key spelled out was said to be too short to be a Wi-Fi key.
    from flows.troubleshoot.plugin import TROUBLESHOOT

    stored, facts = TROUBLESHOOT.read("yes: capital P, lowercase 'ear', hash, 5 5 0 1", "wifi_password")
    assert facts.get("password_given") and "password_length" not in facts
    d = Drive.route(("blinking green", "steady"), "wifi_password")
    said = Drive.replies(d("message", text=stored, facts=facts))
    assert not any("8 to 63" in r for r in said), said


@pytest.mark.parametrize(("told", "email"), [
    ("my email is anna dot lee 77 at gmail dot com", "anna.lee77@gmail.com"),
    ("reach me on raj dot k at the rate yahoo dot in", "raj.k@yahoo.in"),
    ("its tom underscore b 12 at outlook dot com", "tom_b12@outlook.com"),
])
def test_a_dictated_email_address_is_kept_as_written(told: str, email: str) -> None:
    # n07: "john dot smith 58 at gmail dot com" was kept as 58@gmail.com.
    from flows.troubleshoot.rules.contacts import contacts

    assert contacts(told) == [email]


@pytest.mark.parametrize("told", ["call me at 5 pm", "i'm at work till 6", "room 12 at the hotel", "at home mostly"])
def test_times_and_places_are_no_email(told: str) -> None:
    from flows.troubleshoot.rules.contacts import contacts

    assert not any("@" in c for c in contacts(told))


@pytest.mark.parametrize("told", ["wait no i meant the other one, the one called HomeNet_EXT, thats the extender",
                                  "sorry the wifi is actually HomeNet_EXT", "oops typo, its HomeNet_EXT not HomeNet"])
def test_the_wifi_name_corrected_is_kept_not_taken_for_another_unit(told: str) -> None:
    # n11: "wait no i meant the other one, the one that's just called Linksys00412_EXT" asked which unit it was.
    d = Drive.route(("blinking green", "steady", "yes", "HomeNet"), "wifi_scan")
    effects = d("message", text=told)
    said = Drive.replies(effects)
    assert d.model.data.get("ssid") == "HomeNet_EXT" and d.awaiting == "wifi_scan", said
    assert said[0] == "Thanks, I've changed your Wi-Fi's name to HomeNet_EXT."
    assert not any(e["type"] == "query" for e in effects)
    d = Drive.route(("blinking green", "steady", "yes", "HomeNet", "skip"), "router_check")
    said = d.say(told)
    assert d.model.data.get("ssid") == "HomeNet_EXT" and d.awaiting == "router_check", said


@pytest.mark.parametrize("told", ["skip", "HomeNet -67 dBm ch 6", "the other one is the 5g one", "yes the name is right, HomeNet",
                                  "no wait I meant the garage one, its called garage-door"])
def test_other_messages_at_the_scanner_keep_the_wifi_name(told: str) -> None:
    d = Drive.route(("blinking green", "steady", "yes", "HomeNet"), "wifi_scan")
    d("message", text=told)
    assert d.model.data.get("ssid") == "HomeNet", told


def test_a_plain_no_said_last_answers_a_router_question() -> None:
    # n04: "yeah sure, the NSA approves every device personally. no." was a network that approves devices.
    d = Drive.route(HOTSPOT_ROUTE[:6], lambda dr: dr.model.data.get("rq_current") == "mac_filter")
    d.say("oh yeah totally, the building checks every toaster. no.")
    assert "wifi:mac_filtering" not in d.model.findings and d.model.data.get("rq_current") == "guest"
    d = Drive.route(HOTSPOT_ROUTE[:7], lambda dr: dr.model.data.get("rq_current") == "guest")
    d.say("sure, i sign a form every morning. nope")
    assert "wifi:captive_portal" not in d.model.findings and d.awaiting == "hotspot_ready"


def test_approval_denied_among_other_things_is_not_approval() -> None:
    # n04: "... not a guest network, no sign in page, no device registration ..." got "That matters: your device can
    # only join once it is on your network's approved list".
    from flows.troubleshoot.rules.router_settings import approval_told
    from flows.troubleshoot.rules.text import message

    for denied in ("blinking green, wifi is HomeNet, no device registration, phones work fine",
                   "we dont have device registration", "theres no whitelist or anything"):
        assert not approval_told(message(denied).plain), denied
    for told in ("our office needs device registration", "the landlord has to approve every device"):
        assert approval_told(message(told).plain), told


@pytest.mark.parametrize("told", ["yes but only on the hotspot", "yes, its on my phone hotspot though"])
def test_online_on_the_phones_hotspot_is_not_fixed(told: str) -> None:
    # n01: "yes but only on the hotspot" got "Great, you're all set!" and the case was closed.
    from tests.flowdrive import snap

    d = Drive()
    d.to_led()
    d("cloud", device=snap(0, online=True))
    assert d.awaiting == "confirm_fixed"
    said = d.say(told)
    assert d.model.outcome == "handoff:router_issue" and "hotspot:connected" in d.model.findings, said
    assert not any("all set" in r for r in said)


@pytest.mark.parametrize("told", ["yes", "yes, the hotspot is off and its on our wifi now", "yes! not on the hotspot anymore"])
def test_online_off_the_hotspot_is_fixed(told: str) -> None:
    from tests.flowdrive import snap

    d = Drive()
    d.to_led()
    d("cloud", device=snap(0, online=True))
    d.say(told)
    assert d.model.outcome == "resolved:device_online", told


def test_what_to_change_once_the_router_is_the_cause_is_answered_not_restarted() -> None:
    # n01: "ok so what do I change on the nighthawk to do it myself? I don't want to wait a day" got the light
    # question again.
    d = Drive.with_support(contact="skip")
    said = d.say("ok so what do I change on the nighthawk to do it myself? I don't want to wait a day")
    assert d.state == "handed_off" and any("router's settings" in r for r in said), said
    d = Drive.with_support(contact="skip")
    d.say("can we keep trying? i dont want to wait")
    assert d.state == "led"  # asking to carry on still carries on


@pytest.mark.parametrize("told", ["just give me a person", "I did this test already. Just give me a person"])
def test_give_me_a_person_hands_off(told: str) -> None:
    # n02: "I already did this test 10 minutes ago. Just give me a person" got "Take your time."
    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    d.say(told)
    assert d.model.outcome == "handoff:customer_request", told


@pytest.mark.parametrize("told", ["we switched from comcast to verizon fios last month, now the sensor is offline",
                                  "we got eero last week and the hub wont connect"])
def test_a_new_provider_or_mesh_told_first_is_a_new_router(told: str) -> None:
    # n03: "we switched from spectrum to AT&T fiber last week and got eero mesh thing" was never taken in.
    from flows.troubleshoot.rules.context import opener_context

    assert opener_context(told) == "new_router"
    for other in ("i switched from my phone to my laptop", "we moved it from the kitchen to the garage"):
        assert opener_context(other) != "new_router", other


@pytest.mark.parametrize("told", ["It goes on and off, a greeny colour, but it wont stay on.", "green but it doesnt stay lit"])
def test_a_green_light_that_wont_stay_on_is_blinking(told: str) -> None:
    # n13: "... Like a traffic light green but it wont stay on." got "A light that stays solid ... is stuck".
    d = Drive()
    d.to_led()
    d.say(told)
    assert d.model.data.get("led_need") == "green_speed", told
    d = Drive()
    d.to_led()
    d.say("green and it stays on")
    assert d.model.data.get("led_need") != "green_speed"


def test_thanks_at_a_question_gets_no_sorry_and_still_counts() -> None:
    # n20: "ok thanks", "ok" at the light question got "Sorry, I didn't get that"; the third still goes to a person
    # (design 6.1: after the third answer the bot cannot use, a person takes over).
    d = Drive()
    d.to_led()
    for polite in ("ok thanks", "thanks!"):
        said = d.say(polite)
        assert d.state == "led" and said[0] == "No problem. Whenever you're ready:", (polite, said)
        assert not any("Sorry" in r for r in said)
    d.say("thank you so much")
    assert d.model.outcome == "handoff:not_understood"
