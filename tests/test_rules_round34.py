"""Round 34 (the seventh blind exploratory test's themes, measured blind): is it safe to press, a light told beside a
question, someone with the unit now, the Wi-Fi's name typed by hand, a Wi-Fi with a username, the case after a fix;
on messages written for these tests (not the held-out set's), judged on the flow as bench/round34.py judges the
held-out set, and the readers' own edges."""

from __future__ import annotations

import pytest

from bench.round34 import judge
from flows.troubleshoot.rules.aftercare import topic
from flows.troubleshoot.rules.network_told import typed_by_hand
from flows.troubleshoot.rules.safe_touch import asks_if_safe
from flows.troubleshoot.rules.support_asks import enterprise
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.with_unit import with_unit

CASES = [
    {"group": "S", "label": "safe_q", "text": "is it ok if i push the little button?"},
    {"group": "S", "label": "safe_q", "text": "will pushing the button reset everything?"},
    {"group": "S", "label": "safe_q", "text": "my dad wants to know if he can unplug it without breaking something"},
    {"group": "S", "label": "safe_q", "text": "would holding the button wipe it??"},
    {"group": "S", "label": "safe_q", "text": "Should I avoid touching the buttons?"},
    {"group": "S", "label": "none", "text": "which button is the reset one?"},
    {"group": "S", "label": "none", "text": "i already pressed the button twice, nothing happened"},
    {"group": "A", "light": "blinking_green", "text": "it's blinking green. is it safe for him to press the buttons?"},
    {"group": "A", "light": "blinking_cyan", "text": "flashing light blue, how long will this take?"},
    {"group": "A", "light": "off", "text": "no light at all. do you store my data?"},
    {"group": "P", "label": "there", "text": "ok my husband is standing in front of it now"},
    {"group": "P", "label": "there", "text": "just walked in the door, looking at it now"},
    {"group": "P", "label": "there", "text": "got my son on the phone, he's right next to it"},
    {"group": "P", "label": "not_yet", "text": "my son will be home in an hour"},
    {"group": "P", "label": "not_yet", "text": "nobody's home yet"},
    {"group": "T", "question": "password", "label": "typed", "text": "yes but i typed my wifi name myself"},
    {"group": "T", "question": "wifi_name", "label": "typed", "text": "i had to type the wifi name, it wasnt there"},
    {"group": "T", "question": "wifi_name", "label": "other", "text": "I picked it from the list"},
    {"group": "N", "label": "enterprise", "text": "my wifi at work needs my employee login and a password to get on"},
    {"group": "N", "label": "enterprise", "text": "its eduroam, i log in with my student id and password"},
    {"group": "N", "label": "none", "text": "the app asked for my email and password"},
    {"group": "C", "label": "case_q", "text": "thanks for the help! is my ticket closed now?"},
    {"group": "C", "label": "case_q", "text": "Hi! Just wanted to confirm that nobody needs to come out."},
    {"group": "C", "label": "other", "text": "how do I rename it?"},
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['group']}-{c['text'][:30]}")
def test_round_34(case: dict[str, object]) -> None:
    assert judge(case) == "right"


def test_a_safety_question_needs_a_handling_act_and_a_worry_or_a_leave_asked() -> None:
    assert asks_if_safe(message("can my kid poke at it or could it get damaged"))
    assert asks_if_safe(message("ok to press?"))
    assert not asks_if_safe(message("should i restart the router?"))  # another box
    assert not asks_if_safe(message("is it broken? i pressed the button and nothing happens"))  # done, and its state
    assert not asks_if_safe(message("is it broken or should i reset it?"))  # round 18's "is it broken"
    assert not asks_if_safe(message("can i move it closer to the router?"))


def test_someone_with_the_unit_now_and_not_yet() -> None:
    assert with_unit("he is there now, hes looking at it. what do u want him to check") == "other"
    assert with_unit("ok im in front of it") == "self"
    assert with_unit("I'm at work now") is None  # where they are away
    assert with_unit("he'll be there at 6") is None
    assert with_unit("she's on her way") is None
    assert with_unit("well, hes there now") == "other"  # "well" the filler, not "we'll"


def test_a_name_typed_by_hand_and_not() -> None:
    assert typed_by_hand(message("I manually typed in the name of my wifi"))
    assert typed_by_hand(message("i chose 'other network' and typed it"))
    assert not typed_by_hand(message("I typed the password in manually"))
    # A real report (round 20's tuning set): another network named, no name typed.
    assert not typed_by_hand(message("I obtained temporary user credentials that will allow me to connect to that "
                                     "other network"))


def test_a_wifi_with_a_username_told_at_the_password_question() -> None:
    assert enterprise("I have to enter my email and password to get on the school wifi")
    assert not enterprise("yes i typed the password from the sticker, my username for the app is dave")
    assert not enterprise("eduroam")  # a name alone: the Wi-Fi name question's to read


def test_the_case_asked_after_a_fix() -> None:
    assert topic("do i need to do anything else?") == "case"
    assert topic("is everything sorted on your side?") == "case"
    assert topic("was it something on your end or mine?") == "cause"
    assert topic("do I need to do anything to stop this happening again?") == "again"


def test_real_reports_of_a_username_and_a_name_typed() -> None:
    # After tzapu/WiFiManager#1630 (eduroam: a username, with its example, and a password to log in).
    assert enterprise("to log in to eduroam i have to input my Username (name@uni.edu) and Password")
    # After OpenIntelWireless/itlwm#230 (a student with a username and password for eduroam).
    assert enterprise("I have username and password, i will try to connect with Eduroam on the campus")
    # After particle-iot/device-os#562 (a Photon set up on a hidden network from the iOS app).
    assert typed_by_hand(message("we follow the normal steps, but choose to enter our network name manually"))


def test_right_now_is_no_yes() -> None:
    # "wait, nothing has internet right now" at the sign-in page question was a yes (the seventh test's "laptop says
    # no internet" was read as a sign-in page); "right" and "looks right to me" keep what they were.
    from flows.troubleshoot.rules.reading import read

    assert read("guest", "wait, nothing has internet right now").label is None
    assert read("guest", "looks right to me!").label == "yes"
    assert read("guest", "yes right").label == "yes"


def test_an_allowed_devices_list_asked_about_is_a_guess_at_the_cause() -> None:
    # The seventh test's "he made a list of allowed devices, does that count" at the hotspot question was not answered
    # (and "set up a list ... on the router" was taken for a fix of the customer's own).
    from flows.troubleshoot.rules.cause_asks import cause_asked

    assert cause_asked("he made a list of allowed devices, does that count") == "mac_filter"
    assert cause_asked("my husband set up a list of allowed devices on the router, does that count?") == "mac_filter"
    assert cause_asked("we have a list of allowed devices") is None  # told, not asked


def test_is_it_fixed_asked_without_a_question_mark_once_support_has_the_case() -> None:
    # The seventh test's "is it fixed yes or no" got "Added to your case".
    from tests.flowdrive import Drive

    d = Drive.with_support(contact="jo@example.com")
    assert any(r.startswith("Yes: our system shows") for r in d.say("is it fixed yes or no"))


def test_a_security_filter_asked_about_by_its_brand_name() -> None:
    # The seventh test's "i did turn on that security shield thing in the sky app ... could that be it" was only added
    # to the case.
    from flows.troubleshoot.rules.cause_asks import cause_asked

    assert cause_asked("i did turn on that security shield thing in the sky app a while ago, could that be it") == \
        "firewall"
    assert cause_asked("i have BT web protection on, would that be it") == "firewall"
    assert cause_asked("the shield is on the wall") is None  # told, not asked


def test_the_phones_alerts_stopped_with_the_unit_online_points_at_the_phone() -> None:
    # The seventh test's owner of an online unit ("new phone, the alerts stopped") was never pointed at the phone's
    # notifications, and was handed to support.
    from flows.troubleshoot.rules.aftercare import alerts_stopped
    from tests.flowdrive import Drive, snap

    assert alerts_stopped("its just the alerts dont pop up")
    assert not alerts_stopped("i get alerts fine")
    assert not alerts_stopped("the alert light is blinking")
    d = Drive()
    d("begin", text="i got a new phone and now i dont get any alerts from the living room sensor")
    d("lookup_result", device={**snap(0), "online": True})
    said = d.say("yes its pulsing")
    assert any("notifications are turned on for our app" in r for r in said)
    assert d.model.status == "resolved"


@pytest.mark.parametrize("text", ["k bye", "ok cya", "OH wait my mobile data was off lol. ok its showing the temp now 👍"])
def test_a_goodbye_or_the_apps_readings_back_just_after_a_fix_closes_it_again(text: str) -> None:
    # The eighth blind exploratory test's "k bye" got "close the app and open it again", then "bye" the light question,
    # and its "its showing the temp now 👍" was taken for a complaint.
    from tests.flowdrive import Drive, snap

    d = Drive()
    d("begin", text=text, device_id=snap(0)["id"], previous={"outcome": "resolved:device_online"})
    said = d.replies(d("lookup_result", device=snap(0, online=True)))
    assert d.model.status == "resolved"
    assert any("all is well" in r for r in said)


@pytest.mark.parametrize("text", ["Oh dear I dont know how to put apps on. Tom does that. Can you not just tell me what is "
                                  "wrong with it", "I cant do that dear. I dont understand any of that",
                                  "im not good with phones"])
def test_apps_beyond_the_customer_skip_the_scanner(text: str) -> None:
    # The eighth blind exploratory test's elderly customer was asked for the scanner's list twice, then had it explained.
    from tests.flowdrive import Drive

    d = Drive.route(("blinking green", "steady", "yes", "HomeNet"), "wifi_scan")
    d.say(text)
    assert d.awaiting == "router_check"


def test_a_name_and_password_told_together_is_no_name_and_a_scan_pasted_after_what_is_read() -> None:
    # The eighth blind exploratory test's Wi-Fi became "and password", then "It didn't work"; its scan pasted after
    # "what? my wifi is called Kowalski_Mesh." got the scanner explained again.
    from flows.troubleshoot.rules.ssids import volunteered_network
    from tests.flowdrive import Drive

    assert volunteered_network("I did setup again with new wifi name and password, I copy paste it") is None
    assert volunteered_network("my wifi name is HomeNet and password is on the sticker") == "HomeNet"
    d = Drive.route(("blinking green", "steady", "yes"), "wifi_network")
    d.say("I just wrote I did this already. It didn't work")
    assert d.awaiting == "wifi_network"
    d = Drive.route(("blinking green", "steady", "yes", "OldName"), "wifi_scan")
    d.say("what? my wifi is called Kowalski_Mesh. Here from WiFi Analyzer:\n"
          "Kowalski_Mesh 2.4GHz ch6 20MHz -58dBm WPA2\nKowalski_Mesh 5GHz ch44 80MHz -62dBm WPA2")
    assert d.model.data["ssid"] == "Kowalski_Mesh"
    assert "wifi:same_ssid_both_bands" in d.model.findings


def test_the_power_asked_about_told_as_a_fix_and_a_unit_carried_back() -> None:
    # The eighth blind exploratory test's "i carried it back up to the porch ... still doing the green flash" got
    # "That's great to hear!", "could it be the charger? ... 5V 0.5A" was not answered, and after "im going to try the
    # ipad charger and the short cable first" the unit coming online was "online on your hotspot!".
    from flows.troubleshoot.rules.cause_asks import cause_asked
    from flows.troubleshoot.rules.own_fix import own_fix
    from flows.troubleshoot.rules.works_now import says_it_works

    assert not says_it_works("ok i carried it back up to the porch with the same long cable. still doing the green "
                             "flash then going dark then restarting")
    assert says_it_works("yay its back up now")
    assert cause_asked("could it be the charger? its a really old nokia one, says 5V 0.5A on it") == "power"
    assert own_fix(message("you didnt answer about the charger. im going to try the ipad charger and the short cable "
                           "first"))
    assert not own_fix(message("ill try the hotspot"))


def test_an_emoji_beside_the_word_password_is_no_key_letter() -> None:
    from flows.troubleshoot.rules.network_told import key_letters

    assert not key_letters(message("yes i already said 🙄 same wifi same password"))
    assert key_letters(message("the password has a £ sign"))


def test_support_still_calling_asked_after_a_fix_and_no_claim_about_a_unit_not_found() -> None:
    # The eighth blind exploratory test's "muchas gracias! and the support people, they still call me on whatsapp?" just
    # after a fix opened a new case, which then said "Our system doesn't show your unit online" of a unit online.
    from flows.troubleshoot.rules.aftercare import topic
    from tests.flowdrive import Drive, snap

    assert topic("muchas gracias! and the support people, they still call me on whatsapp?") == "case"
    assert topic("can someone call me?") is None  # asked for
    d = Drive()
    d("begin", text="i want a human")
    said = d.say("no no, I dont need support, is working! why new case number?")
    assert not any("doesn't show" in r for r in said)
    d = Drive()
    d("begin", text="and the support people, they still call me?", device_id=snap(0)["id"],
      previous={"outcome": "resolved:device_online"})
    d("lookup_result", device=snap(0, online=True))
    assert d.model.status == "resolved"


def test_the_hotspot_how_to_follows_the_any_name_test() -> None:
    # The eighth blind exploratory test was asked for a hotspot "with any name", then "Show me how (iPhone)" said to
    # name it as the home Wi-Fi, with its password.
    from tests.flowdrive import Drive

    d = Drive.route(("blinking green", "steady", "yes", "Residencia_WiFi", "skip", "one name", "no"),
                    lambda d: d.model.data.get("rq_current") == "guest")
    d.say("yes")
    said = d.say("Show me how (iPhone)")
    assert any("set it to any name you like" in r for r in said)
    assert not any("same name as your home Wi-Fi" in r for r in said)


def test_a_key_typed_wrong_realised_with_support_gets_the_set_up_again() -> None:
    # The eighth blind exploratory test's "the sticker password has a 0 or an O in it ... maybe i typed the wrong one??"
    # (online on a hotspot with the same wrong key) got "Added to your case." three times.
    from flows.troubleshoot.rules.self_fix import key_typed_wrong
    from tests.flowdrive import Drive

    assert key_typed_wrong("i think the wifi password i put in was wrong. how do i redo it")
    assert not key_typed_wrong("i typed the right password")
    d = Drive.with_support(contact="jo@example.com")
    said = d.say("hang on the sticker password has a 0 or an O in it, cant tell which. maybe i typed the wrong one??")
    assert any("set up its Wi-Fi again" in r for r in said)


def test_blocked_on_our_side_asked_with_support_is_answered_from_the_cloud() -> None:
    # The eighth blind exploratory test's quarantined unit: "IS MY DEVICE BLOCKED on your side yes or no" got "Added to
    # your case." twice.
    from flows.troubleshoot.rules.support_asks import asks_if_blocked
    from tests.flowdrive import Drive, snap

    assert asks_if_blocked("answer the question. IS MY DEVICE BLOCKED on your side yes or no")
    assert not asks_if_blocked("my router blocked it")
    d = Drive()
    d("begin", text="hi")
    d("message", text="PHHAAB830ABCDEF")
    d("lookup_result", device={**snap(0), "quarantined": True})
    assert any(r.startswith("Yes: our system has put") for r in d.say("is it blocked on your end?"))


def test_a_sign_in_page_told_at_the_internet_question_is_not_asked_about_again() -> None:
    # The eighth blind exploratory test told it ("for the laptop I need put my room number and the password in a page
    # first"), got the sign-in page advice, then "Is this a guest network where you sign in on a web page first?" three
    # times.
    from tests.flowdrive import Drive

    d = Drive.route(("blinking light blue", "no, just light blue"), lambda d: d.model.data.get("rq_current") == "internet")
    d.say("yes my phone and laptop works good. but for the laptop I need put my room number and the password in a page "
          "first, the residencia give me")
    assert "wifi:captive_portal" in d.model.findings
    assert d.awaiting == "hotspot_ready"


@pytest.mark.parametrize("text", ["ok but does eduroam work with it? yes or no", "can it join eduroam?"])
def test_eduroam_asked(text: str) -> None:
    assert enterprise(text)  # explore11's n10 was read as a network that registers devices
