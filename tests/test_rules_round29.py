"""Round 29 (what the fourth blind exploratory test left unbuilt): a sign-in page told in passing, which network to
pick at the set-up-again step, a question beside the fix's yes; on messages written for these tests (not the held-out
set's), judged on the flow as bench/round29.py judges the held-out set, and the readers' own edges."""

from __future__ import annotations

import pytest

from bench.round29 import judge
from flows.troubleshoot.rules.context import drops_now_and_then
from flows.troubleshoot.rules.router_settings import portal_told
from flows.troubleshoot.rules.ssids import volunteered_network
from flows.troubleshoot.rules.text import message

CASES = [
    ('A', 'portal', 'nah just blue. on my laptop i gotta log in w my student id on a page before internet works, does that matter'),
    ('A', 'portal', "no orange. fyi it's the hotel wifi, you have to put your room number and last name in before it connects"),
    ('A', 'portal', 'just blue. our building wifi makes you accept terms on a website first'),
    ('A', 'portal', 'no flashes. when i join on my phone a page pops up asking me to agree'),
    ('B', 'portal', "yes, but only after i click 'connect' on the little login screen"),
    ('A', 'portal', 'no, just blue. we use xfinitywifi here'),
    ('A', 'portal', 'its the campground wifi, you tap accept on a page and then it works'),
    ('A', 'portal', 'nope. does it matter that the office guest wifi needs you to sign in with your email on a page?'),
    ('A', 'portal', "no. the wifi is from the marina, there's a sign in to network thing on my iphone"),
    ('B', 'portal', 'Yes they do, after you enter the access code the front desk gives you'),
    ('A', 'portal', "when i connect my laptop it opens a page where i have to click 'I agree'"),
    ('A', 'portal', 'the apartment wifi has one of those login pages'),
    ('A', 'portal', 'you have to sign in through the browser'),
    ('A', 'portal', "it's the RV park wifi, you get a page to put your site number in"),
    ('A', 'portal', 'need to enter my name and email to get online'),
    ('A', 'portal', 'hospital wifi makes you agree to their rules first'),
    ('A', 'portal', "each time i join there's a pop up where you press connect"),
    ('A', 'portal', "there's a welcome page from the cafe"),
    ('A', 'portal', 'a box pops up asking to accept'),
    ('A', 'portal', 'i gotta hit accept every time i connect'),
    ('A', 'portal', 'do I need to put the room number in somewhere for it?'),
    ('B', 'portal', 'Yes they do but only after logging in'),
    ('B', 'portal', 'phones work but we all had to sign in first'),
    ('B', 'portal', "yes but there's a login thing"),
    ('A', 'portal', "it's one of those wifis where you sign in like at starbucks"),
    ('A', 'portal', 'wifi at the dorm needs my student login'),
    ('A', 'portal', 'the laptop opens safari automatically to connect'),
    ('A', 'none', 'no just blue. i logged in to your app again and it still says offline'),
    ('A', 'none', 'no orange, i also went into the router settings page at 192.168.0.1'),
    ('A', 'none', 'just blue. my wifi has a password, wpa2 i think'),
    ('B', 'none', 'yes everything works. my son logged in to his account on the xbox fine'),
    ('A', 'none', 'no flashes, i signed in to the app with my email'),
    ('A', 'none', 'no. I am at a hotel right now but the unit is at home'),
    ('B', 'none', 'yes phone and tv work'),
    ('B', 'none', 'not sure, the screen on the app says offline'),
    ('A', 'none', 'no orange. the page in the app asked for the wifi password, I typed it'),
    ('A', 'none', 'when I set it up a screen asked for the password'),
    ('B', 'none', 'yes. the app showed a page to pick my wifi'),
    ('A', 'none', 'no orange. i pressed connect in the app'),
    ('B', 'none', 'yes. everything else connects fine, tv laptop phones'),
    ('B', 'none', 'yes after i logged in to the app it still shows offline'),
    ('B', 'none', 'yes. i had to log in to my account on the tv'),
    ('A', 'none', 'no, when i signed in to netflix it said no internet'),
    ('C', 'pick', 'whats the wifi name again, theres two on the sticker, one ends in -5G'),
    ('C', 'pick', 'so which one do i pick??'),
    ('C', 'pick', '2.4 or 5?'),
    ('C', 'pick', 'do i use the 5g one or the other?'),
    ('C', 'pick', 'the app lists MyHouse and MyHouse-5G, which?'),
    ('C', 'pick', 'there are two networks in the list, which one should I choose'),
    ('C', 'pick', 'I see my network twice, which is right?'),
    ('C', 'pick', 'should i pick the faster one'),
    ('C', 'pick', 'hi sorry, do I connect it to the 5ghz or 2.4ghz'),
    ('C', 'pick', 'both or just one?'),
    ('C', 'pick', 'which name do i type, the sticker has SKY123 and SKY123_5G'),
    ('C', 'pick', "not sure which network to use, there's two"),
    ('C', 'pick', 'Is it the one with 5G at the end or the plain one?'),
    ('C', 'pick', 'i have Fios-2G and Fios-5G which do i choose'),
    ('C', 'pick', 'is the 5g one ok?'),
    ('C', 'pick', 'can it use the 5G one?'),
    ('C', 'pick', '2.4 right?'),
    ('C', 'pick', 'the one that ends in 5g or not?'),
    ('C', 'pick', 'what about the 5G one'),
    ('C', 'pick', 'do i have to pick between Home and Home-5G'),
    ('C', 'none', 'done, picked the one without 5G'),
    ('C', 'none', "there's only one name"),
    ('C', 'none', "it didn't work"),
    ('C', 'none', 'where is the sticker'),
    ('C', 'none', 'show me how'),
    ('C', 'none', "I picked the 5G one because it's faster, done"),
    ('C', 'none', "there's a 5G and a normal one, I went with the normal one"),
    ('C', 'none', 'which button, theres 2 tiny ones'),
    ('C', 'none', 'which app?'),
    ('C', 'none', 'ok done. light is blinking green now'),
    ('C', 'none', 'its asking for a password, is that the wifi one?'),
    ('C', 'none', 'I used Fios-2G, now what'),
    ('C', 'none', 'tried both, neither worked'),
    ('C', 'none', "i put it on the 2.4 one, what about the light, it's green"),
    ('D', 'again', 'yes! will this keep happening?'),
    ('D', 'again', 'yep its breathing. what do i do if it goes offline again'),
    ('D', 'again', 'yes thank you. if we switch internet providers will i need to redo it'),
    ('D', 'again', 'breathing blue yes. is it going to stay on now or drop again tomorrow'),
    ('D', 'again', 'yes. Should I expect this to happen again?'),
    ('D', 'again', 'it is! do i need to do anything next time the power goes out'),
    ('D', 'again', 'yes, so if I change the wifi password I have to set it up again?'),
    ('D', 'again', 'yes. how do I keep it from disconnecting in future'),
    ('D', 'again', 'Yes it is. Will it remember the wifi now?'),
    ('D', 'again', 'yes pulsing. is it fixed for good'),
    ('D', 'again', 'yes. is this going to be a regular thing?'),
    ('D', 'again', 'yes. what happens when we get a new modem'),
    ('D', 'again', 'yes, do I need to call you every time it does this?'),
    ('D', 'button', 'yes. which button was it that she pressed?'),
    ('D', 'button', 'yes breathing. should we put tape over the little button'),
    ('D', 'button', 'yes! can the cleaner knock it back into that mode?'),
    ('D', 'button', "yep. what's the button on the side for, is that what did it?"),
    ('D', 'button', "it's breathing now. Is there a way to lock the setup button?"),
    ('D', 'button', 'yes. what should she not touch when she cleans it'),
    ('D', 'button', 'yes, is it the little hole on the side she should stay away from?'),
    ('D', 'button', 'yes. how do I stop my kids from resetting it?'),
    ('D', 'cause', 'yes! so what was the problem?'),
    ('D', 'cause', 'yes, but why did it go offline in the first place'),
    ('D', 'cause', 'yes. Any idea what happened?'),
    ('D', 'cause', 'yes breathing. was that because of the power cut?'),
    ('D', 'cause', 'yes. what did we actually fix?'),
    ('D', 'cause', 'yes it is. Did I break something?'),
    ('D', 'cause', 'yes. out of curiosity what made it stop working'),
    ('D', 'cause', 'yes. what was it, the router?'),
    ('D', 'cause', 'yes. so was it something on my end or yours?'),
    ('D', 'cause', 'yes. how did it end up like that?'),
    ('D', 'cause', 'yes. what went on there?'),
    ('D', 'none', 'yes! thank you so much'),
    ('D', 'none', "yes its breathing light blue now, you're a star"),
    ('D', 'none', 'yep. have a nice evening'),
    ('D', 'none', 'yes, mum says thank you'),
    ('D', 'none', "yes it's working again"),
    ('D', 'none', 'yes breathing again :)'),
    ('D', 'none', "yes!! it's back, my husband pressed something probably lol"),
    ('D', 'none', "yes. I'll tell my mum to stop touching it"),
    ('D', 'none', 'yes, finally. took long enough'),
]


@pytest.mark.parametrize(("group", "label", "text"), CASES)
def test_round_29(group: str, label: str, text: str) -> None:
    assert judge({"group": group, "label": label, "text": text}) == "right"


def test_a_drop_asked_about_is_not_told() -> None:
    # "will it keep dropping off though?" beside the fix's yes is a question about the future, not a drop told.
    assert not drops_now_and_then("yes. will it keep dropping off though?")
    assert drops_now_and_then("it keeps dropping offline every few hours")


def test_a_word_of_the_question_is_not_the_network() -> None:
    # "whats the wifi name again" took "again" for the Wi-Fi's name (found writing round 29's script).
    assert volunteered_network("whats the wifi name again, theres two on the sticker") is None
    assert volunteered_network("my wifi is called HomeNet") == "HomeNet"


# Real descriptions of sign-in-page Wi-Fi, from public GitHub issues and blog posts found with the library's search
# (balena-os/wifi-connect#51, davesteele/comitup#232, Snapmaker2-Controller#33, leancrew.com). A tenth, a desk clerk's
# handwritten "wifi access code" alone, is not read: it may as well be the Wi-Fi password.
REAL_PORTALS = [
    "I'm trying to connect to hotel wifi that has no password but once I connect to it, it requires me to sign in",
    "at work the only option I have to get internet access is by logging into a webpage after connecting to the open WiFi",
    "Hotels require a name, room number, and daily authentication. Some cafes require an \"I agree\" button or checkbox.",
    "As with most hotel internet, this one forces you to go through a sign-in page.",
    "Can't get the Wifi login page to load.",
    "I assume anyone who's ISP requires an additional login through the browser will experience this problem.",
    "once at the hotel they had a captive portal which apparently stopped my ras pi from connecting",
    "it looks like the hotels captive portal set a browser cookie once you accepted the ToC",
    "The wireless network I use has a captive portal meaning I cannot connect to the machine.",
]


@pytest.mark.parametrize("text", REAL_PORTALS)
def test_real_sign_in_pages_are_read(text: str) -> None:
    assert portal_told(message(text).plain)


def test_a_wrong_password_error_is_no_sign_in_page() -> None:
    assert not portal_told(message("my phone says authentication error when i join the wifi").plain)
