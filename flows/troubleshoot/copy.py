"""Every customer-facing sentence of the troubleshooting flow. Plain words, one question at a time.

Templates use str.format fields: {product}, {name}, {platform}, {network} (the customer's Wi-Fi),
{hotspot_name}, {hotspot_password} (the firmware's default hotspot, or "the same ... as your home Wi-Fi"), {minutes}, {fix}.
Keep them GSM-7 friendly (straight quotes, no emoji) so SMS stays cheap and readable. The web chat's own wording
(buttons instead of "reply READY") is in copy_web.py; `text(key, channel)` picks it.
"""

from __future__ import annotations

from flows.troubleshoot.copy_after import AFTER_TEXT
from flows.troubleshoot.copy_asks import ASK_TEXT
from flows.troubleshoot.copy_explain import ABOUT_TEXT, EXPLAIN_TEXT, LIGHT_TEXT, TERM_TEXT
from flows.troubleshoot.copy_explain import EXPLAIN as EXPLAIN  # re-exported: machine.py reads copy.EXPLAIN
from flows.troubleshoot.copy_fixes import FIX_TEXT
from flows.troubleshoot.copy_fixes import ROUTER_CAUSE_UNKNOWN as ROUTER_CAUSE_UNKNOWN  # re-exported
from flows.troubleshoot.copy_fixes import (
    ROUTER_CAUSES as ROUTER_CAUSES,  # re-exported: base.py reads copy.ROUTER_CAUSES
)
from flows.troubleshoot.copy_remedies import REMEDY_TEXT
from flows.troubleshoot.copy_units import UNIT_TEXT
from flows.troubleshoot.copy_web import WEB

TEXT: dict[str, str] = {
    # greeting and identification
    "greet": "Hi! I'll help you get {product} online, one short question at a time.",
    "ask_device_id": (
        "Which unit is it? Please type the serial number from the label on it "
        "(or the 24-character device ID if you have it)."
    ),
    "ask_device_id_simple": (
        "Sorry, I couldn't find a serial number in that. It is printed on the sticker on the unit, "
        "for example PHHAAB830ABCDEF. Please type it."
    ),
    "looking_up": "Thanks, looking that up...",
    "found_device": "Found it: {name} ({platform}).",
    "device_id_where": (
        "No problem. The serial number is on a small sticker on the unit or its box, usually 15 letters and numbers "
        "starting with PH, P2 or ARN. If you can't find it, type the unit's name as it shows in our app."
    ),
    "device_not_found": (
        "I couldn't find a unit with that number. Please check the label and type it again, "
        "or type AGENT to talk to a person."
    ),
    "device_not_found_lookalike": (
        "I couldn't find a unit with that number. Labels are easy to misread: check for a zero (0) where you typed a "
        "letter O, or a one (1) for a letter I, and type it again, or type AGENT to talk to a person."
    ),
    "light_noted": "Thanks, I've noted what the light is doing.",
    "light_changed": "Thanks for telling me: the light says a lot about what's wrong.",
    "device_name_not_found": (
        "I couldn't find a unit by that name. Please type the serial number from the sticker on it instead, "
        "or type AGENT to talk to a person."
    ),
    "device_not_found_final": (
        "I still can't find that unit in our system, so I'm passing this to our support team. "
        "They will contact you here."
    ),
    "lookup_limited": (
        "I can't look up any more numbers right now. Please check the label carefully and type the serial number "
        "once more, or type AGENT to talk to a person."
    ),
    "cloud_busy_lookup": (
        "Our device system isn't answering right now. Let's keep going and I'll check again in a moment."
    ),
    # LED
    "ask_led": "Look at the small light on {product}. What is it doing right now?",
    "ask_led_simple": "Sorry, I didn't get that. Which of these is closest to what the light is doing?",
    "ask_led_own_words": (
        "Please tell me in your own words: what colour is the light, and does it blink, slowly fade in and out, "
        "or stay on without changing?"
    ),
    "ask_green_speed": "Is the green light blinking at a steady pace, or flickering very fast?",
    "ask_cyan_blinks": (
        "Light blue (cyan) blinking means it is trying to reach our servers. Between the blue blinks, "
        "do you see quick orange, red or purple flashes?"
    ),
    "ask_blink_count": "How many orange flashes in a row do you see each time? (1, 2 or 3)",
    "ask_sos_count": (
        # SOS, N slow blinks, SOS (docs/particle-facts.md 1.3); the remedy says what it means (round 11 heard it twice)
        "That red pattern tells which error stopped the unit. If you can, count the slow red blinks that come after "
        "the quick SOS flashes, before they start again, and type the number (or type SKIP)."
    ),
    "ask_blue_shade": "Is the blue light a light blue (like the sky) or a dark blue?",
    "ask_white_pattern": (
        "Is the white light slowly fading in and out, staying on without changing, or flashing and then turning "
        "green, over and over?"
    ),
    "ask_led_again": "Once you've done that, what is the light doing now?",
    "ask_led_after_wait": "When it has finished, what is the light doing?",
    "ask_led_after_outage": "If it's still offline once your internet is back, tell me what the light is doing.",
    "ask_led_after_done": "Thanks. Now look at the light: what is it doing?",
    # Wi-Fi password
    "ask_wifi_password": (
        "When you set up {product}, you typed a Wi-Fi password. Was it the password of your Wi-Fi network "
        "(often on a sticker on the router), and not the password for your app account?"
    ),
    "ask_wifi_password_simple": (
        "Was the password you typed the Wi-Fi password from the router sticker? Please answer yes or no."
    ),
    "password_hidden": (
        "For your safety I've hidden that password from our records - there's no need to send it."
    ),
    "password_too_short_long": (
        "Wi-Fi passwords are 8 to 63 characters long, so that one may not be the Wi-Fi password."
    ),
    "password_non_ascii": (
        "That password has special characters (like accented letters) that {product} can't use. "
        "The router's Wi-Fi password may need to be changed to plain letters and numbers."
    ),
    "resetup_with_key": (
        "The two are easy to mix up, so let's make sure. Please set up {product} again in our app and type the "
        "Wi-Fi password your phone uses for this Wi-Fi (the one on the router sticker, unless it was changed). "
        "Capital letters matter. Reply DONE when you have tried."
    ),
    "resetup_waiting": "Reply DONE once you've run the setup again with the Wi-Fi password.",
    "resetup_band": (
        "{network} looks like the name of your Wi-Fi's 5 GHz band, and {product} can only use 2.4 GHz. Most routers "
        "also show a second name without \"5G\". Please set up {product} again in our app and pick that name "
        "instead. Reply DONE when you have tried."
    ),
    "band_no_other": (
        "Then your router's 2.4 GHz Wi-Fi is most likely turned off. In its settings (its app, or the web address on "
        "its sticker), turn on the 2.4 GHz Wi-Fi, then set {product} up again on it. Meanwhile, let's check."
    ),
    "answer_corrected": "Thanks, I've changed that answer.",
    "resetup_band_waiting": "Reply DONE once you've run the setup again on the Wi-Fi name without \"5G\".",
    "resetup_no_rush": "No rush.",
    "network_no_rush": "No rush. Send me the name when you have it.",
    "network_about_names": (
        "Thanks. And what is that name? Please type it exactly as your phone shows it (or SKIP if you're not sure)."
    ),
    "scan_no_rush": "No rush. Paste or type what the scanner shows for your Wi-Fi when you have it, or send SKIP.",
    "resetup_thanks": "Thanks for trying that. It can take a minute to connect: I'll tell you here as soon as it does.",
    "resetup_trouble": "OK, I'll note that the set-up didn't work for you. Let's check your Wi-Fi itself next.",
    "resetup_cannot": "OK, we'll carry on without setting it up again. Let's check your Wi-Fi itself next.",
    # Wi-Fi network and scan
    "ask_wifi_network": "What is the name of your Wi-Fi network, exactly as it shows in your phone's Wi-Fi list?",
    "network_told": "You told me your Wi-Fi is called {network}, so I'll use that.",
    "ask_wifi_network_pick": "Which of these is your Wi-Fi network?",
    "ask_wifi_network_simple": "Please type the name of your home Wi-Fi network (or SKIP if you're not sure).",
    "ask_wifi_scan": (
        "Next, an optional check (reply SKIP if you'd rather not install an app): a free Wi-Fi scanner app shows "
        "what {product} sees. Install 'WiFi Analyzer' (Android) or 'AirPort Utility' (iPhone: turn on Wi-Fi Scanner "
        "in its Settings), stand next to {product}, scan, and paste or type what it shows for {network}."
    ),
    "ask_wifi_scan_simple": (
        "I couldn't read a Wi-Fi network in that. Please paste the list from the scanner app, or type a line like "
        "'MyWifi 2.4GHz channel 6 20MHz -60dBm'. Or reply SKIP."
    ),
    "scan_thanks": "Thanks, that helps.",
    "scan_found_issues": "Thanks! I can see something that often causes this: {issues}",
    # router questions
    "ask_rq_same_name": (
        "In your phone's Wi-Fi list, does your Wi-Fi show up as just one name (not two, one of them often ending in 5G)?"
    ),
    "ask_rq_mac_filter": (
        "Does your network need new devices to be registered or approved before they can join "
        "(common at offices, schools and some apartments)?"
    ),
    "ask_rq_guest": "Is this a guest network where you sign in on a web page first, like at a hotel?",
    "ask_rq_many_devices": "Are a lot of devices (more than about 30) connected to this network?",
    "ask_rq_internet": "Do other devices on this Wi-Fi have working internet right now?",
    "ask_rq_simple": "Sorry, I didn't catch that. Please answer yes, no or not sure:",
    "which_is_it": "Sorry, which is it?",
    "ask_rq_same_name_pick": "Sorry, which is it? In your phone's Wi-Fi list, does your network show as:",
    # hotspot test
    "ask_hotspot": (
        "Let's test {product} with your phone's hotspot. This tells us if the problem is your Wi-Fi or the unit. "
        "Turn on your phone's Personal Hotspot with the name {hotspot_name} and the password {hotspot_password} "
        "(exactly, capitals matter) and keep the phone next to {product}."
    ),
    "ask_hotspot_same_name": (
        "Let's test {product} with your phone's hotspot. This tells us if the problem is your Wi-Fi or the unit. "
        "Set your phone's hotspot to the SAME name and password as your home Wi-Fi, unplug your router for the "
        "test, and keep the phone next to {product}."
    ),
    "hotspot_24_only": (
        "{product} only uses 2.4 GHz Wi-Fi: on an iPhone turn on Maximize Compatibility, on Android set the band "
        "to 2.4 GHz."
    ),
    "hotspot_iphone": (
        "iPhone: Settings > General > About > Name: set it to {hotspot_name}. Then Settings > Personal Hotspot: turn on "
        "'Allow Others to Join' and 'Maximize Compatibility', and set the Wi-Fi Password to {hotspot_password}."
    ),
    "hotspot_android": (
        "Android: Settings > Connections (or Network) > Mobile Hotspot > Configure: set the name to {hotspot_name}, "
        "the password to {hotspot_password}, security WPA2 and Band (or AP band) to 2.4 GHz. Then turn the hotspot on."
    ),
    "hotspot_ready_simple": "Reply READY when the hotspot is on, or say if you can't make one.",
    "fill_any_name": "any name you like", "fill_any_password": "a password of 8 or more letters and numbers",
    "hotspot_no_rush": "Take your time.",
    "hotspot_later": "No problem: I'll keep this open until tomorrow, so we can carry on from here when you're ready.",
    "hotspot_watching": (
        "Great! I'm watching for {product} to come online. It can take up to {minutes} minutes - keep the phone "
        "next to it. I'll message you as soon as it connects."
    ),
    "hotspot_still_watching": "Thanks, I'm still watching for it. Keep the hotspot on.",
    "hotspot_connected": (
        "It worked: {product} is online on your hotspot! So the unit is fine and something about your home Wi-Fi "
        "is stopping it. Most likely {fix} Keep the hotspot on if you need {product} working now. I'm sending this "
        "to our support team, who will help you fix it (or ask me what to change, to do it yourself)."
    ),
    "hotspot_retry": (
        "{product} hasn't come online on the hotspot yet. Let's check the hotspot settings once: the name and "
        "password must match exactly (capitals matter), the hotspot must use 2.4 GHz (iPhone: Maximize "
        "Compatibility on; Android: AP band 2.4 GHz), and security must be WPA2. Fix anything that's off, then "
        "reply READY."
    ),
    # The P2 and Photon 2 use 5 GHz too (docs/particle-facts.md section 2): no band to check.
    "hotspot_retry_dual": (
        "{product} hasn't come online on the hotspot yet. Let's check the hotspot settings once: the name and "
        "password must match exactly (capitals matter), and security must be WPA2. Fix anything that's off, then "
        "reply READY."
    ),
    "hotspot_not_possible": (
        "No problem. I'm passing what we found to our support team, who will help you from here."
    ),
    # online
    "device_online": "Good news: {product} just came online! Is the light now slowly pulsing light blue?",
    "already_online": (
        "Good news: our system shows {name} online right now. Is its light slowly pulsing light blue?"
    ),
    "blue_after_key_setup": (
        "Going back to blinking dark blue, even after setting it up again with your Wi-Fi password, means {product} "
        "still couldn't join your Wi-Fi. Let's check the Wi-Fi itself."
    ),
    "blue_after_setup": (
        "Going back to blinking dark blue after the set-up usually means {product} couldn't join your Wi-Fi with "
        "the details it was given. Let's check those."
    ),
    "hotspot_light_fast_green": (
        # Fast green: joined the network, no IP address yet (docs/particle-facts.md section 1).
        "A very fast green flicker means it joined the hotspot but didn't get an address from your phone. Turn the "
        "hotspot off and on again, and disconnect other devices from it if you can. I'm still watching."
    ),
    "hotspot_light_green": (
        "Blinking green means it hasn't joined the hotspot yet. Check that the hotspot's name and password match "
        "exactly (capitals matter) and that it uses 2.4 GHz (iPhone: Maximize Compatibility on). I'm still "
        "watching."
    ),
    "hotspot_light_cyan": (
        "Good sign: blinking light blue means it joined the hotspot and is reaching our servers. I'm still "
        "watching."
    ),
    "hotspot_light_breathing": (
        "That slow light-blue pulse means it's connected! Our system should see it any moment now; I'm watching."
    ),
    "confirm_almost_there": (
        "Blinking light blue means it's making its last connection to our servers. Give it a minute: does it "
        "change to a slow, gentle pulse of light blue?"
    ),
    "still_online_thanks": (
        "You're welcome! Our system still shows {name} online, so all is well. If it acts up again, just message "
        "me here."
    ),
    "offline_again": "Hmm, our system has just lost {product} again, so let's look at it once more.",
    "resolved": "Great, you're all set! If it goes offline again, just message me here.",
    "resolved_unsure": (
        "Our system shows it online, so it's working now. When you next see it, the light should be slowly "
        "pulsing light blue. If it goes offline again, just message me here."
    ),
    "give_up_handoff": (
        "I'm sorry this has been such a hassle. I'm passing everything we found to our support team: they can "
        "help you get it working, or sort out a return. They will contact you here."
    ),
    # The question comes next: said as where we were, not as a new request (a blind exploratory test read "I'll tell
    # you" followed by "Please set up your device again" as two answers at once).
    "works_now_not_online": (
        "That's great to hear! Our system doesn't show {product} online yet. It can take a minute, and I'll tell "
        "you here the moment it does. Until then, here's where we were:"
    ),
    "confirm_look_again": (
        "Our system sees {name} online right now, so its light should change to a slow light-blue pulse within a "
        "minute. Please look again: is it slowly pulsing light blue now? If the unit in front of you isn't {name}, "
        "type the serial number from its label."
    ),
    "works_now_handoff": (
        "Our system still doesn't see {product} online, so I'm passing this to our support team to check from "
        "their side. They will contact you here."
    ),
    "not_fixed_handoff": (
        "Thanks for telling me. I'm passing this to our support team with everything we found. "
        "They will contact you here."
    ),
    # cellular
    # The 10 minutes are said with the handoff, not before the light question: a customer told "up to 10 minutes"
    # and then handed to support in the next message (a blind exploratory test) was told two things at once.
    "cellular_intro": (
        "{name} is a cellular unit: it connects over the mobile network, so your Wi-Fi doesn't matter for it."
    ),
    "cellular_green_handoff": (
        "Blinking green means it's still looking for the mobile network. Just after it's switched on, that can "
        "take up to 10 minutes, and if it connects I'll tell you here. I've also passed this to our support team: "
        "they'll check the SIM card, data plan and coverage for {product} and contact you here."
    ),
    "cellular_handoff": (
        "I've passed this to our support team. They'll check the SIM card, data plan and coverage for {product} "
        "and contact you here."
    ),
    # cloud account problems
    "device_unknown_handoff": (
        "No problem. Our support team can find {product} from your account. I'm passing you to them; they will "
        "reply here."
    ),
    "cloud_account_handoff": (
        "This unit needs a change in our system that our support team has to make. I've sent them the details; "
        "they will contact you here."
    ),
    # global words and housekeeping
    "help": (
        "I'm checking why {product} won't connect. Answer with a number or in your own words. "
        "Say AGENT for a person, RESTART to start over, or STOP to end."
    ),
    "agent_handoff": "OK, I'm passing you to our support team with everything so far. They will reply here.",
    "agent_handoff_callback": (
        "OK, I'm passing you to our support team with everything so far. They have {contact} to reach you, "
        "and will reply here too."
    ),
    "not_understood_handoff": (
        "Sorry, I'm having trouble understanding. I'm passing you to our support team; they will reply here."
    ),
    "other_handoff": (
        "I've done what I can from here. I'm passing everything we found to our support team; they will contact "
        "you here."
    ),
    "restart": "OK, let's start over.",
    "with_support": "Thanks, I've added that to your case. Our support team will reply here.",
    # A question while waiting ("hello, anyone there?", "any update?"): answered, even soon after the last note.
    "with_support_waiting": (
        "Your case is with our support team. They usually answer within one working day, and their reply will "
        "come here."
    ),
    "contact_kept": "Thanks, I've added {contact} to your case so support can reach you.",
    "online_while_with_support": (
        "Good news: our system shows {product} online now! Your case stays with our support team, who can see "
        "this too. If it keeps working, there's nothing more you need to do."
    ),
    "online_on_hotspot_with_support": (
        "Good news: our system shows {product} online now, most likely on your phone's hotspot. So the unit itself "
        "works, and the problem is on your home Wi-Fi's side. Your case stays with our support team, who can see "
        "this too. If you turn the hotspot off, it will go offline again until that is sorted."
    ),
    "picture_unreadable": (
        "Thanks for the picture! I can't read pictures yet, so please type what you see instead "
        "(for example 'blinking green', or the serial number from the label)."
    ),
    "reminder": "Just checking in - are you still there? Reply to pick up where we left off.",
    "abandoned": "I'll close this for now. Message me any time to start again.",
    "released": "Thanks for waiting. I'm back to help.",
    "agent_resolved": "Our support team has marked this as solved. Message me any time if you need help again.",
    "welcome_back": "Welcome back! You'll get messages from us again.",
}


for _part in (REMEDY_TEXT, FIX_TEXT, UNIT_TEXT, EXPLAIN_TEXT, ABOUT_TEXT, TERM_TEXT, LIGHT_TEXT, AFTER_TEXT, ASK_TEXT):
    TEXT.update(_part)


# Numbered choices: label text shown to the customer, in order.
CHOICES: dict[str, tuple[str, ...]] = {
    "led": (
        "Blinking green",
        "Blinking light blue (cyan)",
        "Slowly pulsing light blue",
        "Blinking dark blue",
        "Something else",
        "No light at all",
    ),
    "green_speed": ("Steady, even blinking", "Very fast flicker"),
    "cyan_blinks": ("No, just light blue", "Orange flashes", "Red flashes", "Purple flashes"),
    "blink_count": ("1", "2", "3"),
    "blue_shade": ("Light blue", "Dark blue"),
    "light_pattern": ("Blinking", "Slowly fading in and out", "On all the time, not changing"),
    "white_pattern": ("Slowly fading in and out", "On all the time, not changing",
                      "A quick flash, then green, over and over"),
    "yes_no_unsure": ("Yes", "No", "Not sure"),
    "password": ("Yes, the Wi-Fi password", "No, or not sure"),
    "resetup": ("Done", "Show me how", "It didn't work"),
    "same_name": ("Yes, one name", "No, two names", "Not sure"),
    "hotspot": ("Ready, it's on", "Show me how (iPhone)", "Show me how (Android)", "I can't make a hotspot"),
    "confirm": ("Yes, pulsing light blue", "No"),
    "app_check": ("Yes, it shows online", "No, still offline"),
    "works_check": ("Yes, it works now", "No"),
    "skip": ("Skip",),
}


def text(key: str, channel: str | None = None, **fields: object) -> str:
    """The copy for `key` (the web chat's own wording when `channel` is "web" and copy_web has one) with its
    fields filled; unknown fields are left visible rather than crashing."""
    template = WEB[key] if channel == "web" and key in WEB else TEXT[key]
    return template.format_map(_Lenient(fields))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
