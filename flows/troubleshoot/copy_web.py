"""The web chat's own wording: buttons to tap instead of words to reply, and what only the web chat says.

`copy.text(key, channel="web")` takes a key from WEB when it is here, else the shared TEXT (copy.py). SMS and Slack
never see these. The page shows every choice as a button and keeps a "Talk to a person" button on screen, so no
text here asks to "reply READY" or "answer with a number". Fields as in copy.py, plus {case} (the case number),
{contact} and {seconds}.
"""

from __future__ import annotations

# The label of the page's own always-present button; typed or tapped, it reads as asking for a person.
TALK_TO_PERSON = "Talk to a person"

WEB: dict[str, str] = {
    # the same steps as on SMS, worded for buttons
    "device_not_found": (
        "I couldn't find a unit with that number. Please check the label and type it again, "
        "or tap Talk to a person."
    ),
    "device_not_found_lookalike": (
        "I couldn't find a unit with that number. Labels are easy to misread: check for a zero (0) where you typed a "
        "letter O, or a one (1) for a letter I, and type it again, or tap Talk to a person."
    ),
    "away_from_unit": (
        "No problem. This step needs someone next to {name}, so I'll keep this open until tomorrow (and after that, "
        "just message me again): tell me when you or someone there can look at it. If you'd rather have our "
        "support team check what they can from their side, tap Talk to a person."
    ),
    "after_fix_question": (
        "Our system shows {name} connected now. If it drops off again, the usual causes are a weak Wi-Fi signal where "
        "it sits or a change to the router (a new password or name). Just message me here if it happens, or tap Talk "
        "to a person to ask our support team."
    ),
    "aside_check_remote": (
        "From here our system can only see whether {name} is connected, and right now it can't reach it, so it can't "
        "be checked or fixed from our side: that has to happen on your Wi-Fi, which is what these questions are for. "
        "If you'd rather have our support team look into it, tap Talk to a person."
    ),
    "aside_why_questions": (
        "Sorry for all the questions: each one rules out a common cause, and most people are done in 5 to 10 "
        "minutes. If you'd rather talk to a person, tap Talk to a person."
    ),
    "help_again": "If you're not sure, that's fine: tap the answer that seems closest, or tap Talk to a person.",
    "away_opener": (
        "The first check needs someone next to {name} to look at its light, so I'll keep this open until tomorrow "
        "(and after that, just message me again): tell me when you or someone there can see it. If you'd rather "
        "have our support team check what they can from their side, tap Talk to a person."
    ),
    "resetup_typed": (
        "That's likely it: {product} only joins a Wi-Fi whose name matches exactly, capitals, spaces and symbols "
        "included. Please set it up again in our app and pick your Wi-Fi from the list rather than typing its name. "
        "Tap Done when you have tried."
    ),
    "resetup_typed_waiting": "Tap Done once you've run the setup again, picking your Wi-Fi from the list.",
    "resetup_admin": (
        "That sounds like the password for your router's settings (its login, often 'admin'), not the Wi-Fi "
        "password. The Wi-Fi password is usually on the router's sticker, labelled 'Wi-Fi key', 'WPA key' or "
        "'Network key'. Please set up {product} again in our app with that one. Capital letters matter. Tap Done "
        "when you have tried."
    ),
    "resetup_admin_waiting": "Tap Done once you've run the setup again with the Wi-Fi password from the sticker.",
    "resetup_public": (
        "The Wi-Fi called {network} is a public one with a sign-in page or a login, and {product} can't use either. "
        "Please set it up again in our app on your own home Wi-Fi (the name on your router's sticker). "
        "Tap Done when you have tried."
    ),
    "resetup_public_waiting": "Tap Done once you've run the setup again on your own home Wi-Fi.",
    "resetup_login": (
        "The Wi-Fi called {network} is a school or work one where each person logs in with their own username, and "
        "{product} can't do that. Ask the IT team if they have a Wi-Fi for devices (one with just a password), or use your own home "
        "Wi-Fi, and set it up again in our app on that. Tap Done when you have tried."
    ),
    "resetup_login_waiting": "Tap Done once you've run the setup again on a Wi-Fi with just a password.",
    "works_still_offline": (
        "Just checking in: I still don't see {name} online on our side, so it isn't connected yet. Reply to pick up "
        "where we left off, or tap Talk to a person."
    ),
    "about_contact": (
        "Our support team replies here, in this same conversation, so there's no need to wait by the phone. If we "
        "can't fix it together, I'll pass them everything we found. To go to them now, tap Talk to a person."
    ),
    "aside_return": (
        "If it does turn out to be the unit, our support team will arrange a replacement or a return. Most units that "
        "won't connect are fine and need one Wi-Fi setting changed, so let's finish these checks first: they take a "
        "few minutes. To go straight to support instead, tap Talk to a person."
    ),
    "about_bot": (
        "I'm an automated assistant: I ask the questions our support team would, one at a time. If you'd rather talk "
        "to a person at any point, tap Talk to a person."
    ),
    "sorry_upset": (
        "I'm sorry this has been such a hassle. I'll do my best to get it working quickly. If you'd rather talk to a "
        "person, tap Talk to a person at any time."
    ),
    "device_name_not_found": (
        "I couldn't find a unit by that name. Please type the serial number from the sticker on it instead, "
        "or tap Talk to a person."
    ),
    "lookup_limited": (
        "I can't look up any more numbers right now. Please check the label carefully and type the serial number "
        "once more, or tap Talk to a person."
    ),
    "ask_sos_count": (
        # SOS, N slow blinks, SOS (docs/particle-facts.md 1.3); the remedy says what it means (round 11 heard it twice)
        "That red pattern tells which error stopped the unit. If you can, count the slow red blinks that come after "
        "the quick SOS flashes, before they start again, and type the number (or tap Skip)."
    ),
    "resetup_with_key": (
        "The two are easy to mix up, so let's make sure. Please set up {product} again in our app and type the "
        "Wi-Fi password your phone uses for this Wi-Fi (the one on the router sticker, unless it was changed). "
        "Capital letters matter. Tap Done when you have tried."
    ),
    "resetup_waiting": "Tap Done once you've run the setup again with the Wi-Fi password.",
    "resetup_band": (
        "{network} looks like the name of your Wi-Fi's 5 GHz band, and {product} can only use 2.4 GHz. Most routers "
        "also show a second name without \"5G\". Please set up {product} again in our app and pick that name "
        "instead. Tap Done when you have tried."
    ),
    "resetup_band_told": (
        "Yes, that's very likely it: {product} can only use 2.4 GHz Wi-Fi, so it can't join the 5G one. Please set up "
        "{product} again in our app and pick your Wi-Fi's name without \"5G\" this time. Tap Done when you have tried."
    ),
    "resetup_band_told_waiting": "Tap Done once you've run the setup again on the Wi-Fi name without \"5G\".",
    "resetup_router": (
        "You mentioned a new router: {product} still has the old Wi-Fi's name and password saved, so it can't join "
        "the new one. Please set it up again in our app with the new Wi-Fi's name and password (often on the new "
        "router's sticker). Tap Done when you have tried."
    ),
    "resetup_router_waiting": "Tap Done once you've run the setup again with the new router's Wi-Fi.",
    "resetup_how": (
        "In our app, open {product}'s settings and choose to set up its Wi-Fi again (or remove it and add it again, as "
        "when it was new). When the app asks for the Wi-Fi, pick your network's name and type its password. Tap Done "
        "when you have tried, or tap Talk to a person and our support team will walk you through it."
    ),
    "hotspot_how_again": (
        "If a setting is hard to find, our support team can walk you through it: tap Talk to a person. Each phone "
        "names them a little differently; the hotspot's name and password are what matter most."
    ),
    "remedy_ask_again": (
        "If it's still unclear, our support team can help: tap Talk to a person. Or tell me what the light does once "
        "you've tried."
    ),
    "resetup_how_again": (
        "Our support team can walk you through the app: tap Talk to a person. Or tap Done once you've tried."
    ),
    "resetup_unknown": (
        "No problem. The Wi-Fi password is often on a sticker on the router, next to \"Password\" or \"Key\". If "
        "it was changed, a phone already on your Wi-Fi can show it (iPhone: Settings > Wi-Fi > tap (i) by your "
        "network > Password; Android: Settings > Wi-Fi > your network > Share), or ask whoever set up your Wi-Fi. "
        "Then set up {product} again in our app with it. Tap Done when you have tried."
    ),
    "resetup_unknown_waiting": "Tap Done once you've run the setup again with the Wi-Fi password.",
    "resetup_pick_24": (
        "Pick the name WITHOUT '5G' at the end (or the one with '2.4' or '2G' in it): {product} only works on 2.4 GHz "
        "Wi-Fi. Both usually have the same password. Tap Done when you have tried."
    ),
    "resetup_pick_either": (
        "Either works with {product}, but the one WITHOUT '5G' at the end (2.4 GHz) reaches further, so pick that one. "
        "Both usually have the same password. Tap Done when you have tried."
    ),
    "resetup_changed": (
        "When the Wi-Fi password or router changes, {product} keeps the old details and can't join. Please set it up "
        "again in our app with the Wi-Fi's current password. Tap Done when you have tried."
    ),
    "resetup_changed_waiting": "Tap Done once you've run the setup again with the current Wi-Fi password.",
    "resetup_new_home": (
        "You mentioned a move: {product} still has the old home's Wi-Fi name and password saved, so it can't join the "
        "Wi-Fi where it is now. Please set it up again in our app with this Wi-Fi's name and password (often on the "
        "router's sticker). Tap Done when you have tried."
    ),
    "resetup_new_home_waiting": "Tap Done once you've run the setup again with the Wi-Fi where it is now.",
    "resetup_band_waiting": "Tap Done once you've run the setup again on the Wi-Fi name without \"5G\".",
    "scan_no_rush": "No rush. Paste or type what the scanner shows for your Wi-Fi when you have it, or tap Skip.",
    "ask_wifi_network_simple": "Please type the name of your home Wi-Fi network (or type skip if you're not sure).",
    "network_about_names": (
        "Thanks. And what is that name? Please type it exactly as your phone shows it (or type skip if you're not "
        "sure)."
    ),
    "ask_wifi_scan": (
        "Next, an optional check (tap Skip if you'd rather not install an app): a free Wi-Fi scanner app shows "
        "what {product} sees. Install 'WiFi Analyzer' (Android) or 'AirPort Utility' (iPhone: turn on Wi-Fi Scanner "
        "in its Settings), stand next to {product}, scan, and paste or type what it shows for {network}."
    ),
    "ask_wifi_scan_simple": (
        "I couldn't read a Wi-Fi network in that. Please paste the list from the scanner app, or type a line like "
        "'MyWifi 2.4GHz channel 6 20MHz -60dBm'. Or tap Skip."
    ),
    "ask_rq_simple": "Sorry, I didn't catch that. Please tap an answer:",
    "scan_back": "When you have the scan, paste or type what it shows for {network}, or tap Skip.",
    "hotspot_ready_simple": "Tap \"Ready, it's on\" when the hotspot is on, or tell me if you can't make one.",
    "hotspot_retry": (
        "{product} hasn't come online on the hotspot yet. Let's check the hotspot settings once: the name and "
        "password must match exactly (capitals matter), the hotspot must use 2.4 GHz (iPhone: Maximize "
        "Compatibility on; Android: AP band 2.4 GHz), and security must be WPA2. Fix anything that's off, then "
        "tap \"Ready, it's on\"."
    ),
    "hotspot_retry_set_up_on": (
        "{product} hasn't come online on the hotspot yet. Let's check once: the hotspot is on with a password, it "
        "uses 2.4 GHz (iPhone: Maximize Compatibility on; Android: AP band 2.4 GHz), security is WPA2, and the "
        "set-up in our app finished on the hotspot's name. Fix anything that's off, then tap \"Ready, it's on\"."
    ),
    "hotspot_retry_dual": (
        "{product} hasn't come online on the hotspot yet. Let's check the hotspot settings once: the name and "
        "password must match exactly (capitals matter), and security must be WPA2. Fix anything that's off, then "
        "tap \"Ready, it's on\"."
    ),
    "hotspot_watching": (
        "Great! I'm watching for {product} to come online. It can take up to {minutes} minutes - keep the phone "
        "next to it. You can see the time below, and I'll tell you here as soon as it connects."
    ),
    "hotspot_still_watching": "Thanks, I'm still watching for it - the time is shown below. Keep the hotspot on.",
    "hotspot_give_it_time": (
        "Thanks. It often takes a minute or two, so I'll keep watching a little longer. Keep the hotspot on."
    ),
    "help": (
        "I'm checking why {product} won't connect. Tap an answer or type in your own words. Tap Talk to a person "
        "to reach our support team, or type restart to start over, or stop to end."
    ),
    # only on the web chat: the hand-off to support, and "stop" confirmed
    "case_number": (
        "Your case number is {case}. Our support team usually answers within one working day, "
        "and their reply will show up in this chat."
    ),
    "ask_contact": (
        "How can they reach you if you leave this page? Type your e-mail address or phone number, or tap Skip."
    ),
    "contact_kept": "Thanks, support will reach you at {contact} if you're not here.",
    "contact_kept_when": (
        "Thanks, support will reach you at {contact} if you're not here, and I've told them when suits you: "
        "\"{when}\"."
    ),
    "contact_known": "They have {contact} to reach you as well.",
    "contact_skipped": "No problem. Their reply will show up here - you can come back to this page any time.",
    "stopped": (
        "OK, I've stopped and I won't send you anything more. If you want to try again later, type restart."
    ),
}

# Buttons under a web-only message (the page adds its own "Talk to a person" button everywhere else).
WEB_CHOICES: dict[str, tuple[str, ...]] = {
    "hotspot_watching": ("Still not connecting", TALK_TO_PERSON),
    "hotspot_still_watching": ("Still not connecting", TALK_TO_PERSON),
    "hotspot_give_it_time": ("Still not connecting", TALK_TO_PERSON),
    "hotspot_still_again": ("Still not connecting", TALK_TO_PERSON),
    "ask_contact": ("Skip",),
    "contact_which_number": ("Skip",),
}
