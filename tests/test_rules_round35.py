"""Round 35 (the eighth blind exploratory test's themes, measured blind): a goodbye or "it works" just after a fix, apps
beyond the customer, no name at the Wi-Fi name question, could the charger be the cause, a key typed wrong and blocked on
our side (with support), a sign-in page told, the phone's alerts stopped; on messages written for these tests (not the
held-out set's), judged on the flow as bench/round35.py judges the held-out set, and the readers' own edges."""

from __future__ import annotations

from typing import Any

import pytest

from bench.round35 import judge
from flows.troubleshoot.rules.aftercare import all_well
from flows.troubleshoot.rules.intents import pleasantry
from flows.troubleshoot.rules.self_fix import key_typed_wrong
from flows.troubleshoot.rules.support_asks import asks_if_blocked
from flows.troubleshoot.rules.works_now import says_it_works

CASES = [
    {"group": "G", "label": "bye", "text": "ok bye now"},
    {"group": "G", "label": "bye", "text": "thats all, bye bye"},
    {"group": "G", "label": "bye", "text": "ttyl"},
    {"group": "G", "label": "bye", "text": "gotta go, later"},
    {"group": "G", "label": "bye", "text": "alright cheers mate have a good one"},
    {"group": "G", "label": "bye", "text": "goodnight!"},
    {"group": "G", "label": "bye", "text": "see ya"},
    {"group": "G", "label": "bye", "text": "ok great, bye"},
    {"group": "G", "label": "bye", "text": "thank you so much, goodbye"},
    {"group": "G", "label": "bye", "text": "that's it from me. take care"},
    {"group": "G", "label": "bye", "text": "ok i'm off now"},
    {"group": "G", "label": "bye", "text": "bye 👋"},
    {"group": "G", "label": "bye", "text": "laters"},
    {"group": "G", "label": "bye", "text": "nothing else, bye"},
    {"group": "G", "label": "bye", "text": "ok thanks again, have a nice weekend"},
    {"group": "G", "label": "works", "text": "it works now, the app shows everything"},
    {"group": "G", "label": "works", "text": "yep app is showing the readings again"},
    {"group": "G", "label": "works", "text": "temps are coming through again"},
    {"group": "G", "label": "works", "text": "all good, i can see the live data now"},
    {"group": "G", "label": "works", "text": "its working perfectly now"},
    {"group": "G", "label": "works", "text": "great the garage opens from the app again"},
    {"group": "G", "label": "works", "text": "confirmed: readings are back in the app"},
    {"group": "G", "label": "works", "text": "yes the graph is updating again"},
    {"group": "G", "label": "works", "text": "everything is back to normal"},
    {"group": "G", "label": "works", "text": "it's back to normal now, data coming in"},
    {"group": "G", "label": "works", "text": "works like a charm now"},
    {"group": "G", "label": "problem", "text": "it went offline again"},
    {"group": "G", "label": "problem", "text": "app still says offline"},
    {"group": "G", "label": "problem", "text": "its blinking green again"},
    {"group": "G", "label": "problem", "text": "now the readings are wrong"},
    {"group": "G", "label": "problem", "text": "it stopped working again after an hour"},
    {"group": "K", "label": "cant_apps", "text": "i dont know how to download apps"},
    {"group": "K", "label": "cant_apps", "text": "my grandson does all that for me"},
    {"group": "K", "label": "cant_apps", "text": "too complicated for me sorry"},
    {"group": "K", "label": "cant_apps", "text": "can't you just tell me what's wrong"},
    {"group": "K", "label": "cant_apps", "text": "i'm 82 and don't do apps"},
    {"group": "K", "label": "cant_apps", "text": "I don't really know how to use the phone for that"},
    {"group": "K", "label": "cant_apps", "text": "my daughter sets up my phone, she's not here"},
    {"group": "K", "label": "cant_apps", "text": "i have no idea how to do any of that"},
    {"group": "K", "label": "cant_apps", "text": "is there no other way? i cant install things"},
    {"group": "K", "label": "cant_apps", "text": "not techy at all, sorry"},
    {"group": "K", "label": "cant_apps", "text": "my phone is full, can't install anything"},
    {"group": "K", "label": "cant_apps", "text": "no i wont install anything"},
    {"group": "K", "label": "will", "text": "ok give me a sec"},
    {"group": "K", "label": "will", "text": "which one for samsung?"},
    {"group": "K", "label": "will", "text": "where do i find it"},
    {"group": "K", "label": "will", "text": "downloading now"},
    {"group": "K", "label": "will", "text": "ok trying"},
    {"group": "K", "label": "will", "text": "how do i scan?"},
    {"group": "I", "label": "portal", "text": "yes but i have to log in on a page first"},
    {"group": "I", "label": "portal", "text": "yes, its hotel wifi, you put your room number in"},
    {"group": "I", "label": "portal", "text": "yes after accepting the terms page"},
    {"group": "I", "label": "portal", "text": "the dorm wifi needs my student login in the browser"},
    {"group": "I", "label": "portal", "text": "works but a page pops up asking for a voucher code"},
    {"group": "I", "label": "portal", "text": "yes we have to sign in through a web page at the cafe"},
    {"group": "I", "label": "yes", "text": "yes"},
    {"group": "I", "label": "yes", "text": "yeah my phone and tv work fine"},
    {"group": "I", "label": "yes", "text": "everything else works"},
    {"group": "I", "label": "no", "text": "no nothing works"},
    {"group": "I", "label": "no", "text": "the internet is down"},
    {"group": "I", "label": "no", "text": "only the phone works"},
    {"group": "F", "label": "alerts", "text": "i dont get notifications anymore"},
    {"group": "F", "label": "alerts", "text": "got a new phone and no alerts now"},
    {"group": "F", "label": "alerts", "text": "the app stopped sending me push messages"},
    {"group": "F", "label": "alerts", "text": "since the update I don't get any alerts"},
    {"group": "F", "label": "alerts", "text": (
        "i reinstalled the app and now no notifications from the sensor"
    )},
    {"group": "F", "label": "alerts", "text": "not receiving alerts on my phone anymore"},
    {"group": "F", "label": "other", "text": "the temperature reading is wrong"},
    {"group": "F", "label": "other", "text": "how do i rename it"},
    {"group": "F", "label": "other", "text": "can my wife also use the app"},
    {"group": "F", "label": "other", "text": "the light is too bright"},
    {"group": "W", "label": "key_wrong", "text": "oh no i think i typed the password wrong"},
    {"group": "W", "label": "key_wrong", "text": "wait maybe I used the old wifi password"},
    {"group": "W", "label": "key_wrong", "text": "i might have put a capital letter where there isnt one"},
    {"group": "W", "label": "key_wrong", "text": "I think I typed my app password instead of the wifi one"},
    {"group": "W", "label": "key_wrong", "text": "could be a typo in the password, how do i redo it?"},
    {"group": "W", "label": "key_wrong", "text": "the sticker password has a l or a 1 i wasnt sure"},
    {"group": "W", "label": "key_wrong", "text": (
        "hmm my husband changed the wifi password last month, i used the old one"
    )},
    {"group": "W", "label": "key_wrong", "text": "i may have mistyped the wifi key"},
    {"group": "W", "label": "other", "text": "ok thanks"},
    {"group": "W", "label": "other", "text": "when will they call"},
    {"group": "W", "label": "other", "text": "the password is definitely right i checked"},
    {"group": "W", "label": "other", "text": "still blinking green"},
    {"group": "X", "label": "blocked_q", "text": "did you block my device?"},
    {"group": "X", "label": "blocked_q", "text": "is it blocked on your end?"},
    {"group": "X", "label": "blocked_q", "text": "have you guys disabled it because i didnt pay?"},
    {"group": "X", "label": "blocked_q", "text": "is my account suspended?"},
    {"group": "X", "label": "blocked_q", "text": "is the unit banned or something"},
    {"group": "X", "label": "blocked_q", "text": "did your company lock it"},
    {"group": "X", "label": "blocked_q", "text": "maybe your servers blocked it?"},
    {"group": "X", "label": "blocked_q", "text": "was it deactivated by you"},
    {"group": "X", "label": "other", "text": "maybe my router blocked it"},
    {"group": "X", "label": "other", "text": "parental controls could be blocking it"},
    {"group": "X", "label": "other", "text": "thanks"},
    {"group": "X", "label": "other", "text": "my isp blocks some stuff"},
    {"group": "M", "label": "not_name", "text": "I already did that, it didnt work"},
    {"group": "M", "label": "not_name", "text": "i chose it from the list"},
    {"group": "M", "label": "not_name", "text": "why do you need that"},
    {"group": "M", "label": "not_name", "text": "same as before"},
    {"group": "M", "label": "not_name", "text": "i changed the name and password yesterday"},
    {"group": "M", "label": "not_name", "text": "the password is on the sticker"},
    {"group": "M", "label": "not_name", "text": "i dont remember"},
    {"group": "M", "label": "not_name", "text": "its the one from the router"},
    {"group": "M", "label": "not_name", "text": "it didnt work"},
    {"group": "M", "label": "not_name", "text": "i picked the one that showed up"},
    {"group": "M", "label": "name", "name": "NETGEAR47", "text": (
        "its called NETGEAR47 and the password is on the sticker"
    )},
    {"group": "M", "label": "name", "text": "the wifi is SmithFamily", "name": "SmithFamily"},
    {"group": "M", "label": "name", "text": "TP-Link_4F2A i think", "name": "TP-Link_4F2A"},
    {"group": "M", "label": "name", "text": "we call it PrettyFlyForAWifi lol", "name": "PrettyFlyForAWifi"},
    {"group": "M", "label": "name", "text": "name is BT-7XKQ2P, password is long", "name": "BT-7XKQ2P"},
    {"group": "M", "label": "name", "text": "mine is Casa Lopez", "name": "Casa Lopez"},
    {"group": "Q", "question": "password", "label": "power_q", "text": "is the charger too weak maybe"},
    {"group": "Q", "question": "led", "label": "power_q", "text": (
        "its on an old usb cable, would that matter?"
    )},
    {"group": "Q", "question": "password", "label": "power_q", "text": "does it need a stronger adapter"},
    {"group": "Q", "question": "led", "label": "power_q", "text": "might the extension lead be the problem"},
    {"group": "Q", "question": "password", "label": "power_q", "text": (
        "its plugged into a power bank, is that ok?"
    )},
    {"group": "Q", "question": "led", "label": "power_q", "text": "could the cable be too long?"},
    {"group": "Q", "question": "password", "label": "power_q", "text": (
        "im using a 5v 500ma adapter, is that enough?"
    )},
    {"group": "Q", "question": "led", "label": "none", "text": "its plugged into the wall"},
    {"group": "Q", "question": "password", "label": "none", "text": "i unplugged it and plugged it back"},
    {"group": "Q", "question": "led", "label": "none", "text": "the cable is fine"},
    {"group": "Q", "question": "password", "label": "none", "text": (
        "plugged into the usb on my tv, blinking green"
    )},
    {"group": "G", "label": "bye", "text": "alright thats everything, bye!"},
    {"group": "G", "label": "bye", "text": "night night"},
    {"group": "G", "label": "bye", "text": "ok have a good day bye"},
    {"group": "G", "label": "bye", "text": "perfect, speak soon"},
    {"group": "G", "label": "bye", "text": "thanks, thats all i needed"},
    {"group": "G", "label": "bye", "text": "cya"},
    {"group": "G", "label": "bye", "text": "laterz"},
    {"group": "G", "label": "bye", "text": "ok gracias adios"},
    {"group": "G", "label": "works", "text": "its doing its thing again"},
    {"group": "G", "label": "works", "text": "yep its reporting again"},
    {"group": "G", "label": "works", "text": "app is showing it live again 👍"},
    {"group": "G", "label": "works", "text": "temperature shows up in the app now"},
    {"group": "G", "label": "works", "text": "the sensor readings are back"},
    {"group": "G", "label": "works", "text": "all working again"},
    {"group": "G", "label": "problem", "text": "its gone offline again!!"},
    {"group": "G", "label": "problem", "text": "the app shows no data"},
    {"group": "G", "label": "problem", "text": "blinking green again, help"},
    {"group": "K", "label": "cant_apps", "text": "i only use my phone for calls and whatsapp"},
    {"group": "K", "label": "cant_apps", "text": "sorry i dont understand any of this apps business"},
    {"group": "K", "label": "cant_apps", "text": "can someone else do it? i dont know how"},
    {"group": "K", "label": "cant_apps", "text": "I'm not allowed to install apps on my work phone"},
    {"group": "K", "label": "will", "text": "ok downloading wifi analyzer"},
    {"group": "K", "label": "will", "text": "is it free?"},
    {"group": "K", "label": "will", "text": "one min, installing"},
    {"group": "W", "label": "key_wrong", "text": "omg i think i put the password in wrong"},
    {"group": "W", "label": "key_wrong", "text": (
        "could i have entered the wrong password? it has a zero and an O"
    )},
    {"group": "W", "label": "key_wrong", "text": "i just realized i used my email password for the wifi"},
    {"group": "W", "label": "key_wrong", "text": "maybe i got the password wrong during setup"},
    {"group": "W", "label": "key_wrong", "text": (
        "the password i entered might have been wrong, there are two stickers"
    )},
    {"group": "W", "label": "other", "text": "any news?"},
    {"group": "W", "label": "other", "text": "ok thank you for your help"},
    {"group": "W", "label": "other", "text": "my number is 555 123 4567"},
    {"group": "X", "label": "blocked_q", "text": "did my device get blocked by you guys?"},
    {"group": "X", "label": "blocked_q", "text": "is my account locked?"},
    {"group": "X", "label": "blocked_q", "text": "have you deactivated my unit?"},
    {"group": "X", "label": "blocked_q", "text": "is there a block on it from your side"},
    {"group": "X", "label": "blocked_q", "text": "did you cut it off because i moved?"},
    {"group": "X", "label": "other", "text": "my provider might be blocking it"},
    {"group": "X", "label": "other", "text": "the firewall at work blocks lots of things"},
    {"group": "X", "label": "other", "text": "ok ill wait"},
    {"group": "I", "label": "portal", "text": "yes but you need to enter a code on a webpage"},
    {"group": "I", "label": "portal", "text": (
        "yes its the building wifi, you log in with your apartment number"
    )},
    {"group": "I", "label": "portal", "text": "my laptop works after I click accept on the welcome page"},
    {"group": "I", "label": "yes", "text": "yep everything works"},
    {"group": "I", "label": "no", "text": "nope internet is out"},
    {"group": "F", "label": "alerts", "text": "not getting any push notifications since i switched phones"},
    {"group": "F", "label": "alerts", "text": "alerts stopped coming"},
    {"group": "F", "label": "other", "text": "how do i share it with my husband"},
    {"group": "F", "label": "other", "text": "can i change the name"},
    {"group": "W", "label": "key_wrong", "text": "hmm maybe the password was wrong"},
    {"group": "W", "label": "key_wrong", "text": (
        "oh wait the wifi password has a capital W, i typed it lowercase"
    )},
    {"group": "W", "label": "key_wrong", "text": (
        "i think thats it, i typed the password from the old router"
    )},
    {"group": "W", "label": "key_wrong", "text": (
        "should i put the password in again? i might have made a mistake"
    )},
    {"group": "W", "label": "key_wrong", "text": "dang it i think i entered it wrong"},
    {"group": "W", "label": "key_wrong", "text": "my son says i put the wrong password in"},
    {"group": "W", "label": "key_wrong", "text": "i may have mixed up the password with the one for the app"},
    {"group": "W", "label": "key_wrong", "text": "its possible i made a typo when typing the wifi password"},
    {"group": "W", "label": "key_wrong", "text": "wait, the sticker key is different from what i put in"},
    {"group": "W", "label": "key_wrong", "text": "maybe that's my fault, i wasnt sure about the password"},
    {"group": "W", "label": "other", "text": "the password is correct, i checked twice"},
    {"group": "W", "label": "other", "text": "is there a number i can call"},
    {"group": "X", "label": "blocked_q", "text": "has my device been blacklisted"},
    {"group": "X", "label": "blocked_q", "text": "are you blocking it?"},
    {"group": "X", "label": "blocked_q", "text": "is it banned from your servers"},
    {"group": "X", "label": "blocked_q", "text": "did you turn it off remotely?"},
    {"group": "X", "label": "blocked_q", "text": "is the device locked out on your side"},
    {"group": "X", "label": "blocked_q", "text": "could your company have switched it off?"},
    {"group": "X", "label": "blocked_q", "text": "have i been blocked?"},
    {"group": "X", "label": "blocked_q", "text": "is it blocked or something"},
    {"group": "X", "label": "other", "text": "could my router be blocking it"},
    {"group": "X", "label": "other", "text": "i blocked some devices on my router last week"},
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['group']}.{c['label']}:{c['text'][:30]}")
def test_round35_phrasings_are_judged_right(case: dict[str, Any]) -> None:
    assert judge(case) == "right"


def test_the_readers_edges() -> None:
    # Sign-offs: "see ya" reads as "see yes"; a bare "off" is no goodbye (the light's answer).
    assert pleasantry("see ya") and pleasantry("thats all, bye bye") and not pleasantry("off")
    # "It works" in more words just after a fix, never with something wrong or asked.
    assert all_well("yep its reporting again") and all_well("all good the numbers are there")
    assert not all_well("its working but the readings are wrong") and not all_well("is it working now?")
    assert not all_well("the app still shows offline")
    # Working again, unless it stopped or keeps failing; "never mind, it connected" is no denial (round 21).
    assert says_it_works("all working again") and says_it_works("never mind, it connected")
    assert not says_it_works("it stopped working again") and not says_it_works("it keeps going offline again")
    # The key typed wrong, suspected; not when it is said to be right.
    assert key_typed_wrong("maybe the password was wrong") and key_typed_wrong("i typed it in lowercase")
    assert not key_typed_wrong("the password is definitely right, i checked twice")
    # Blocked by us, asked; not blocking by the router or the provider.
    assert asks_if_blocked("did you block my device?") and asks_if_blocked("have i been blocked?")
    assert not asks_if_blocked("could my router be blocking it?") and not asks_if_blocked("is my isp blocking it?")


def test_an_update_or_safe_mode_told_to_have_lasted_days_is_not_given_more_minutes() -> None:
    # The eighth blind exploratory test's "it has been doing that slow purple breathing since Saturday, so waiting five
    # minutes won't change much" got "please give it a few more minutes".
    from flows.troubleshoot.rules.waited import waited_long
    from tests.flowdrive import Drive, snap

    assert waited_long("since Saturday") and waited_long("for 3 days now") and waited_long("waiting wont change anything")
    assert not waited_long("its slowly pulsing purple") and not waited_long("ill wait a few minutes")
    d = Drive()
    d("begin", text="hi, the shed monitor ARNKAB812WXY7ZA")
    d("lookup_result", device={**snap(0), "online": True, "status": "safe_mode"})
    said = d.say("its been doing that slow purple breathing since Saturday, waiting wont change much")
    assert any("won't finish by itself" in r for r in said)
    assert d.state == "handed_off"
    d = Drive()
    d.to_led()
    d.say("its slowly pulsing purple")
    assert d.awaiting == "led"  # no time told: the wait, as before


def test_an_outage_since_yesterday_told_while_away_is_the_outage() -> None:
    # The eighth blind exploratory test's "she says virgin is down in our whole street since yesterday" got "Sorry, I
    # didn't get that" ("yesterday" had read as an outage that was over).
    from flows.troubleshoot.rules.outage import tells_outage
    from tests.flowdrive import Drive, snap

    assert tells_outage("virgin is down in our whole street since yesterday")
    assert not tells_outage("we had an outage yesterday but its fine now")
    d = Drive()
    d("begin", text="hi my porch sensor is offline, im abroad at the moment")
    d("lookup_result", device=snap(0))
    said = d.say("nobody there till next week. oh wait my neighbour says virgin is down in our whole street since yesterday")
    assert any(r.startswith("That explains it: your internet provider has an outage") for r in said)


def test_a_request_to_close_the_case_taken_back_keeps_it_open() -> None:
    # The eighth blind exploratory test's "no wait actually dont cancel, i want to keep it" got "Added to your case." and
    # its "so is my case still open or did u close it?" "Done: our support team has your request to close the case."
    from flows.troubleshoot.rules.asks import cancel_case, keep_case
    from tests.flowdrive import Drive

    assert keep_case("NO i said dont close it!! keep it open please") and not keep_case("please close it")
    assert not cancel_case("so is my case still open or did u close it?")
    d = Drive()
    d("begin", text="i want a human")
    d.say("cancel the case")
    assert d.say("no wait actually dont cancel, i want to keep it")[0].startswith("OK, your case stays open")
    assert not d.model.data.get("cancel_asked")
    assert not any("request to close" in r for r in d.say("so is my case still open or did u close it?"))


def test_refusing_to_unplug_the_router_skips_the_hotspot_test() -> None:
    # The eighth blind exploratory test's "unplug the router for the whole lab? ... The network is obviously fine. NO."
    # got the hotspot explained and the same steps again.
    from tests.flowdrive import HOTSPOT_ROUTE, Drive

    for text in ("Are you serious? unplug the router for the whole lab? 6 other units work on it. NO.", "i wont do that",
                 "i cant unplug the router, my husband is working from home"):
        d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
        assert d.say(text)[0].startswith("No problem, we'll skip it.")


def test_a_person_asked_for_at_once_with_a_unit_on_hold_gets_why() -> None:
    # The eighth blind exploratory test's quarantined unit, asked about with "Get me a human NOW", went to support as a
    # customer request, and the hold was never told.
    from tests.flowdrive import Drive, snap

    d = Drive()
    d("begin", text="My lab prototype unit ARNKAB812QRT5VW has been dead for 2 days. Get me a human NOW.")
    said = d.replies(d("lookup_result", device={**snap(0), "quarantined": True}))
    assert any("needs a change in our system" in r for r in said)
    assert d.model.outcome == "handoff:cloud_account"


def test_a_place_that_is_the_units_name_is_one_unit_and_a_set_up_done_is_not_asked_for() -> None:
    # The eighth blind exploratory test: "a little sensor on our front porch ... called porch-sensor in the app" got "You
    # mentioned porch-sensor and front porch"; "yes I did setup again with new wifi name and password" after a new mesh
    # router got "Please set it up again in our app with the new Wi-Fi's name and password".
    from flows.troubleshoot.rules.told_before import setup_redone
    from tests.flowdrive import Drive, snap

    d = Drive()
    said = d.replies(d("begin", text="We have a little sensor on our front porch and it stopped talking to the internet. "
                                      "The unit is called porch-sensor in the app."))
    assert not any(r.startswith("You mentioned") for r in said)
    assert setup_redone("i set it up again twice") and not setup_redone("should i set it up again?")
    d = Drive()
    d("begin", text="My Argon garage-door not connecting after I change to new mesh system (TP-Link Deco).")
    d("lookup_result", device=snap(1))
    said = d.say("blinking green, normal speed. and yes I did setup again with new wifi name and password")
    assert not any("set it up again in our app" in r for r in said)


def test_the_hotspot_off_and_the_unit_on_the_home_wifi_closes_the_case_before_a_light_told_beside_it() -> None:
    # The eighth blind exploratory test's "no! the hotspot is off, is with residencia wifi now. the light is blue slow
    # like breathing. it work?" got "Thanks, that's a change" and the light question again.
    from tests.flowdrive import Drive

    d = Drive.with_support(contact="jo@example.com")
    said = d.say("no! the hotspot is off, is with residencia wifi now. the light is blue slow like breathing. it work?")
    assert said[0].startswith("Thanks: then")
    assert d.model.outcome == "resolved:device_online"
    d = Drive.with_support(contact="jo@example.com")
    d.say("i turned the hotspot off")  # said alone: not yet known to be on the home Wi-Fi
    assert d.model.status != "resolved"


def test_an_answer_said_before_a_word_asked_is_taken_after_the_word_is_explained() -> None:
    # The eighth blind exploratory test's "yes, is what I say. what is MAC?" at the sign-in page question got MAC
    # explained and the same question again; the yes said first is the answer, as beside any other aside.
    from tests.flowdrive import Drive

    d = Drive.route(("blinking green", "steady", "yes", "Residencia_WiFi", "skip", "one name", "no"),
                    lambda d: d.model.data.get("rq_current") == "guest")
    said = d.say("yes, is what I say. what is MAC?")
    assert any("MAC address" in r for r in said)
    assert not any("sign in on a web page first" in r for r in said)  # not asked again
    assert any("sign-in page" in r for r in said) and d.model.data.get("rq_current") is None
    d = Drive.route(("blinking green", "steady", "yes", "Residencia_WiFi", "skip", "one name", "no"),
                    lambda d: d.model.data.get("rq_current") == "guest")
    said = d.say("what is MAC? yes")  # no answer said first: explained, and asked again
    assert any("sign in on a web page first" in r for r in said)


def test_what_a_mac_is_asked_is_explained_not_only_the_address_told() -> None:
    # The eighth blind exploratory test's "what is MAC?" at the approved-devices question got the unit's address and
    # the same question, then the same again for "what is mac filter". Now the word is explained (with the address),
    # a second asking gets the question explained, and "what is its MAC? I can send it to IT" still gets the address.
    from flows.troubleshoot.rules.self_fix import asks_mac, asks_what_mac_is
    from tests.flowdrive import Drive

    for asked in ("what is MAC?", "What's a MAC address?", "what does MAC mean", "what is mac filter", "MAC?",
                  "yes, is what I say. what is MAC?"):
        assert asks_what_mac_is(asked), asked
    for wanted in ("what is its MAC? I can send it to IT", "whats the mac address", "what is the MAC of the device",
                   "whats the units mac address so i can add it"):
        assert asks_mac(wanted) and not asks_what_mac_is(wanted), wanted
    route = ("blinking green", "steady", "yes", "Residencia_WiFi", "skip", "one name")
    d = Drive.route(route, lambda d: d.model.data.get("rq_current") == "mac_filter")
    first = d.say("what is MAC?")
    assert any("known by its MAC address" in r for r in first) and any("6c:0b:84" in r for r in first)
    second = d.say("what is mac filter")
    assert not any("known by its MAC address" in r for r in second)  # not the same words again
    assert any("approved list" in r for r in second) and any("registered or approved" in r for r in second)
    d = Drive.route(route, lambda d: d.model.data.get("rq_current") == "mac_filter")
    said = d.say("what is its MAC? I can send it to IT")
    assert any("6c:0b:84" in r for r in said) and not any("known by its MAC address" in r for r in said)


def test_on_the_home_wifi_told_with_support_and_the_unit_online_is_taken_as_working() -> None:
    # The eighth blind exploratory test's H1, without a hotspot test: "no! the hotspot is off, is with residencia wifi
    # now", with the unit online, got "Added to your case."; a denial beside the Wi-Fi is still only added.
    from tests.flowdrive import Drive, snap

    d = Drive()
    d.to_led()
    for text in ("blinking green", "talk to a person", "jo@example.com"):
        d.say(text)
    d("cloud", device=snap(0, online=True))
    said = d.say("no! the hotspot is off, is with residencia wifi now")
    assert any("online too" in r for r in said), said
    assert not any("online too" in r for r in d.say("it's not connected to the wifi though"))
    offline = Drive()
    offline.to_led()
    for text in ("blinking green", "talk to a person", "jo@example.com"):
        offline.say(text)
    assert not any("online too" in r for r in offline.say("it is with residencia wifi now"))
