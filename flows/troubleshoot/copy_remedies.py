"""What the bot tells the customer to do about a light, or about what the light question found (each is said, and
then the light question is asked again: flows/troubleshoot/light.py), and the first fix for what changed before
the unit went offline (a new router, a move, a power cut). Part of the flow's copy (copy.py merges it into TEXT);
GSM-7 characters only, at most three SMS segments with what follows.
"""

from __future__ import annotations

REMEDY_TEXT: dict[str, str] = {
    # A public Wi-Fi name given as the network (rules/slots.public_network).
    "resetup_typed": (
        "That's likely it: {product} only joins a Wi-Fi whose name matches exactly, capitals, spaces and symbols "
        "included. Please set it up again in our app and pick your Wi-Fi from the list rather than typing its name. "
        "Reply DONE when you have tried."
    ),
    "resetup_typed_waiting": "Reply DONE once you've run the setup again, picking your Wi-Fi from the list.",
    "resetup_public": (
        "The Wi-Fi called {network} is a public one with a sign-in page or a login, and {product} can't use either. "
        "Please set it up again in our app on your own home Wi-Fi (the name on your router's sticker). "
        "Reply DONE when you have tried."
    ),
    "resetup_public_waiting": "Reply DONE once you've run the setup again on your own home Wi-Fi.",
    # A network where each person logs in with their own username ("eduroam", a school's or an office's).
    "resetup_login": (
        "The Wi-Fi called {network} is a school or work one where each person logs in with their own username, and "
        "{product} can't do that. Ask the IT team if they have a Wi-Fi for devices (one with just a password), or use your own home "
        "Wi-Fi, and set it up again in our app on that. Reply DONE when you have tried."
    ),
    "resetup_login_waiting": "Reply DONE once you've run the setup again on a Wi-Fi with just a password.",
    "public_no_other": (
        "Then {product} has no Wi-Fi it can use there: it needs a network with a password and no sign-in page. I'm "
        "passing this to our support team, who can suggest what will work. They will contact you here."
    ),
    "ask_flash_colour": "Which colour are the quick flashes between the light blue blinks?",
    # A unit that worked before keeps its Wi-Fi details in set-up mode (a SETUP/MODE button held, docs/particle-facts.md
    # 1.2): unplugging it first is simple for someone far away (the fourth exploratory test's son, 3 hours away, was
    # told to run the app's setup; unplugging it fixed it).
    "remedy_blue": (
        "Dark blue blinking means {product} is waiting to be set up. If it was working before, first unplug it for 10 "
        "seconds and plug it back in: it usually still has your Wi-Fi details. If it still blinks dark blue, run the "
        "Wi-Fi setup again in our app and choose your home Wi-Fi."
    ),
    "remedy_off": (
        "No light usually means no power. Please check the power cable and outlet, or try another USB charger "
        "and cable."
    ),
    "remedy_power_cycle": (
        "Please unplug {product}, wait 10 seconds, and plug it back in."
    ),
    "remedy_sos": (
        "That red SOS pattern means the unit stopped on a software error and restarted. To clear it, please unplug "
        "it for 10 seconds and plug it back in."
    ),
    "found_safe_mode": "Our system shows it online, but in safe mode, so it can't do its job yet.",
    "remedy_safe_mode": (
        "Slowly pulsing purple means safe mode: {product} has connected, but its own program isn't running yet, "
        "often while an update finishes. Please leave it plugged in for 5 minutes."
    ),
    "confirm_what_instead": "Thanks. What is the light doing instead? For example: blinking green, or no light.",
    "confirm_safe_mode": (
        "Slowly pulsing purple while our system sees it online means safe mode: {product} is connected, but its own "
        "program isn't running yet. That usually clears when an update arrives by itself; I'm passing this to our "
        "support team so they can check it from here."
    ),
    "remedy_updating": (
        "Blinking purple means it is installing an update. Please leave it plugged in for a few minutes "
        "and don't unplug it."
    ),
    "remedy_yellow": "Blinking yellow means it is in a special update mode. Please press the RESET button once.",
    "remedy_fast_green": (
        "Very fast blinking green means {product} joined your Wi-Fi, but your router didn't give it an address. "
        "Restarting the router usually fixes this: unplug it for 30 seconds, plug it back in, and give it a few "
        "minutes."
    ),
    "remedy_no_internet": (
        "Then the problem is your internet connection itself, not {product}. Please restart your router: unplug it "
        "for 30 seconds, plug it back in, and give it a few minutes. If the internet is still down after that, your "
        "internet provider can help. It will connect by itself once the internet is back."
    ),
    "remedy_breathing_green": (
        "Slowly pulsing green means it is on your Wi-Fi but not talking to our servers."
    ),
    "remedy_breathing_white": (
        "Slowly fading white means {product}'s own program has switched its Wi-Fi off, so it isn't trying to "
        "connect."
    ),
    "remedy_white_green": (
        "A white flash then green, over and over, means the unit is restarting because it isn't getting "
        "enough power. Please try another USB charger and cable (at least 1 amp)."
    ),
    "remedy_solid": "A light that stays solid and doesn't change means the unit is stuck.",
    "remedy_rainbow": "Rainbow colours mean someone asked the unit to identify itself. It should stop soon.",
    "breathing_cyan_watch": (
        "Slowly pulsing light blue means {product} is connected, but our system doesn't show it online yet. It can "
        "take a minute to catch up, so I'm watching for the next few minutes. If the unit in front of you isn't "
        "{name}, type the serial number from its label."
    ),
    "cyan_still_watching": (
        "I'm still watching for {name} to show up online. If its light changes, tell me what it does now."
    ),
    "breathing_cyan_offline": (
        "Slowly pulsing light blue means {product} is connected to our servers, but our system still shows it "
        "offline. I'm passing this to our support team to check on our side. They will contact you here."
    ),
    # What changed before it went offline, told in the first message (rules/context.py): its first fix.
    "resetup_router": (
        "You mentioned a new router: {product} still has the old Wi-Fi's name and password saved, so it can't join "
        "the new one. Please set it up again in our app with the new Wi-Fi's name and password (often on the new "
        "router's sticker). Reply DONE when you have tried."
    ),
    "resetup_router_waiting": "Reply DONE once you've run the setup again with the new router's Wi-Fi.",
    "ask_led_colour": "What colour is the light while it does that?",
    "resetup_how": (
        "In our app, open {product}'s settings and choose to set up its Wi-Fi again (or remove it and add it again, as "
        "when it was new). When the app asks for the Wi-Fi, pick your network's name and type its password. Reply "
        "DONE when you have tried, or type AGENT and our support team will walk you through it."
    ),
    "resetup_how_again": "Our support team can walk you through the app: type AGENT. Or reply DONE once you've tried.",
    "resetup_changed": (
        "When the Wi-Fi password or router changes, {product} keeps the old details and can't join. Please set it up "
        "again in our app with the Wi-Fi's current password. Reply DONE when you have tried."
    ),
    "resetup_changed_waiting": "Reply DONE once you've run the setup again with the current Wi-Fi password.",
    # "I don't know the wifi password, my son set it up": where to find it, then set up again with it.
    "resetup_unknown": (
        "No problem. The Wi-Fi password is often on a sticker on the router, next to \"Password\" or \"Key\". If "
        "it was changed, a phone already on your Wi-Fi can show it (iPhone: Settings > Wi-Fi > tap (i) by your "
        "network > Password; Android: Settings > Wi-Fi > your network > Share), or ask whoever set up your Wi-Fi. "
        "Then set up {product} again in our app with it. Reply DONE when you have tried."
    ),
    "resetup_unknown_waiting": "Reply DONE once you've run the setup again with the Wi-Fi password.",
    "five_only_told": (
        "That matters: {product} can only use 2.4 GHz Wi-Fi, so a Wi-Fi on 5 GHz only keeps it out. In your router's "
        "settings (its app, or the web address on its sticker), turn on the 2.4 GHz Wi-Fi, then set up {product} "
        "again in our app on that network."
    ),
    "five_only_dual": (
        "About 5 GHz: {product} can use 5 GHz Wi-Fi as well as 2.4 GHz, so a Wi-Fi on 5 GHz only is not what keeps it "
        "out. Let's find what does."
    ),
    "wpa3_told": (
        "That matters: {product} can't join a Wi-Fi that only allows WPA3. In your router's settings set the security "
        "to WPA2/WPA3 (often called mixed or transition mode) or WPA2, and it can join again."
    ),
    "resetup_pick_24": (
        "Pick the name WITHOUT '5G' at the end (or the one with '2.4' or '2G' in it): {product} only works on 2.4 GHz "
        "Wi-Fi. Both usually have the same password. Reply DONE when you have tried."
    ),
    "resetup_pick_either": (
        "Either works with {product}, but the one WITHOUT '5G' at the end (2.4 GHz) reaches further, so pick that one. "
        "Both usually have the same password. Reply DONE when you have tried."
    ),
    "network_pick_24": (
        "The one WITHOUT '5G' at the end (or the one with '2.4' or '2G' in it): that's the 2.4 GHz Wi-Fi, the only "
        "kind {product} can use."
    ),
    "network_pick_either": (
        "The one WITHOUT '5G' at the end, please: {product} can use both, but that one (2.4 GHz) reaches further."
    ),
    "resetup_key_label": (
        "Yes, that's it: 'Wireless Network Key', 'WPA key' and 'Wi-Fi key' are all names for your Wi-Fi password. Type "
        "it exactly as printed, capital letters included, when you set up {product} again."
    ),
    "resetup_new_home": (
        "You mentioned a move: {product} still has the old home's Wi-Fi name and password saved, so it can't join the "
        "Wi-Fi where it is now. Please set it up again in our app with this Wi-Fi's name and password (often on the "
        "router's sticker). Reply DONE when you have tried."
    ),
    "resetup_new_home_waiting": "Reply DONE once you've run the setup again with the Wi-Fi where it is now.",
    "context_moved": (
        "You mentioned you moved it: your Wi-Fi may not reach it well there. If you can, try it near the router for a "
        "minute and see if it connects."
    ),
    "context_power_cut": (
        "After a power cut, the router can take a few minutes to come back. Please check that other devices have "
        "internet, then unplug {product} for 10 seconds and plug it back in."
    ),
    # Asked about a remedy before doing it (remedy.py): how, where, is it safe, can't, in a moment.
    "remedy_how_router": (
        "Your router is the box your internet comes in through, usually with small lights on it. Pull out its power "
        "cable (or switch it off at the wall), count to 30, plug it back in, and wait 2 to 5 minutes until its lights "
        "settle."
    ),
    "remedy_how_unplug": (
        "Pull {product}'s power cable out, at the unit or at the wall socket, count to 10, and push it back in. The "
        "light should come on within a few seconds."
    ),
    "remedy_how_power": (
        "Check that the cable is pushed in firmly at both ends and that the wall socket is switched on. If you have "
        "another USB phone charger and cable, try those instead."
    ),
    "remedy_how_charger": (
        "Any USB phone charger marked 1A (or 1000mA) or more will do, with a short cable you know works. A laptop's "
        "USB port or a very cheap charger may not give it enough power."
    ),
    "remedy_how_setup": (
        "In our app, open {product}'s settings and choose to set up its Wi-Fi again (or remove it and add it again, as "
        "when it was new). When the app asks for the Wi-Fi, pick your home network's name and type its password."
    ),
    "remedy_how_button": (
        "The RESET button is a small button on {product} marked RESET; on some units it sits in a small hole, so use a "
        "paperclip. Press it once and let go: the unit restarts."
    ),
    "remedy_how_wait": (
        "There's nothing you need to do: leave {product} plugged in and it finishes by itself, usually within 5 minutes."
    ),
    "remedy_which_box": (
        "Restart them all: unplug every box (the modem from your internet provider, the router, and any mesh points "
        "or boosters), wait 30 seconds, then plug the modem or main box back in first, and the others once its "
        "lights settle."
    ),
    "remedy_where_router": (
        "The router is the box your internet comes in through (from your internet provider), usually with small "
        "lights on the front, often near where the phone or cable line comes into your home. If someone else looks "
        "after it, they can restart it for you."
    ),
    "remedy_where_button_button": (
        "Look for a small button marked RESET on {product}; on some units it sits in a small hole, so use a "
        "paperclip. If there is a second button, marked MODE or SETUP, leave that one alone."
    ),
    "remedy_where_button_router": (
        "No button is needed: just unplug the router's power cable for 30 seconds. Please don't press the router's "
        "reset button: holding it down can erase your Wi-Fi's name and password."
    ),
    "remedy_where_button_unplug": (
        "No button is needed: just pull out {product}'s power cable, count to 10, and push it back in."
    ),
    "remedy_worry_router": (
        "While the router restarts, everything in your home is off the internet for a few minutes. It all comes back "
        "by itself, and the router keeps its settings and password."
    ),
    "remedy_worry_unplug": "It's safe: {product} keeps its settings and Wi-Fi details when it restarts or loses power.",
    "remedy_worry_setup": (
        "Setting up the Wi-Fi again only changes which Wi-Fi {product} uses; its other settings stay as they are."
    ),
    "remedy_worry_wait": "Please don't unplug it while it does this: it finishes by itself and keeps its settings.",
    "remedy_take_your_time": "Take your time.",
    "remedy_ask_again": (
        "If it's still unclear, our support team can help: type AGENT. Or tell me what the light does once you've "
        "tried."
    ),
    "remedy_cant_router": "No problem: let's look for the cause another way.",
    "remedy_cant_handoff": (
        "No problem. I'm passing everything we found to our support team, who can help another way. They will "
        "contact you here."
    ),
    # The hotspot turned on under another name or password (hotspot.py).
    "hotspot_wrong_name": (
        "{product} only looks for a hotspot named exactly {hotspot_name} with the password {hotspot_password}, so "
        "please change it to that. On an iPhone the hotspot takes the phone's name: Settings > General > About > "
        "Name. On Android: Settings > Mobile Hotspot > Configure."
    ),
    "hotspot_wrong_name_same": (
        "For this test the hotspot needs exactly the same name and password as your home Wi-Fi, so that {product} "
        "finds it. On an iPhone the hotspot takes the phone's name: Settings > General > About > Name. On Android: "
        "Settings > Mobile Hotspot > Configure."
    ),
    # Asked to cancel the case while support has it (support.py).
    "with_support_cancel_online": (
        "OK: {name} shows online in our system, so I've closed your case. If it stops working again, just message "
        "here."
    ),
    "with_support_cancel_offline": (
        "OK, I've asked our support team to close your case. Our system doesn't show {name} online, so they may "
        "check with you first."
    ),
    "with_support_cancel_unknown": "OK, I've asked our support team to close your case; they may check with you first.",
    # Light blue or purple told by its colour alone (rules/led.py `light_pattern`).
    "ask_light_pattern": "Is the light blinking, slowly fading in and out, or on all the time without changing?",
    # The same light back after last time's fix (remedy.py, light.py).
    "recurring_fast_green": (
        "Restarting the router fixed this last time, but it's back: that usually means the router keeps running out "
        "of addresses for its devices. Let's look at why."
    ),
    "recurring_handoff": (
        "That's the same light as last time, so last time's fix only helped for a while and this needs a closer look. "
        "I'm passing everything we found to our support team; they will contact you here."
    ),
    "with_support_cancel_again": "Done: our support team has your request to close the case.",
    "with_support_keep_case": "OK, your case stays open: our support team still has it and will reply here.",
    "still_online_ok": "Great: our system still shows {name} online, so all is well. If it acts up again, just message me here.",
    "hotspot_how_again": (
        "If a setting is hard to find, our support team can walk you through it: type AGENT. Each phone names them a "
        "little differently; the hotspot's name and password are what matter most."
    ),
    # Questions about the hotspot test itself (hotspot.py, rules/asks.hotspot_aside).
    "hotspot_aside_why": (
        "The hotspot is a Wi-Fi we know works. If {product} connects to it, the unit is fine and something in your home "
        "Wi-Fi is stopping it; if it doesn't, our support team looks at the unit itself. Unplugging the router stops "
        "{product} from trying your home Wi-Fi instead."
    ),
    "hotspot_aside_knows": (
        "You don't put anything into {product}: it already knows a hotspot named exactly {hotspot_name} with the "
        "password {hotspot_password}, and joins it by itself when it's near. So the name and password on your phone "
        "must match exactly, capitals included."
    ),
    "hotspot_aside_knows_home": (
        "You don't put anything into {product}: it already knows your home Wi-Fi's name and password. A hotspot with "
        "exactly the same name and password looks like home to it, so it joins by itself when it's near."
    ),
    "hotspot_aside_data": (
        "Hardly any: {product} only sends small status messages while it's on the hotspot, far less than a minute of "
        "browsing. You can turn the hotspot off as soon as the test is over."
    ),
    "hotspot_aside_how_long": "Only for the test: up to {minutes} minutes. I'll tell you here when you can turn it off.",
    "hotspot_aside_chat": (
        "This chat keeps working while the hotspot is on: your phone still uses its mobile data for it."
    ),
    "remedy_wait_more": "That can take up to 5 minutes, so please give it a few more minutes.",
    # rules/waited.py: hours or days of an update or safe mode (the eighth exploratory test's four days got the line above).
    "remedy_waited_long": (
        "If it has been like this for hours or days, it won't finish by itself: most likely its update stopped part-way, "
        "which a power cut during the update can cause. Our support team can send the update again from their side."
    ),
    "remedy_safe_mode_offline": (
        "Slowly pulsing purple means safe mode: {product} is running, but not its own program yet, often while an "
        "update finishes. Please leave it plugged in for 5 minutes."
    ),
    "hotspot_not_on_yet": "No problem: I've stopped watching. Tell me when the hotspot is on and I'll start again.",
    # Apple: Settings > Personal Hotspot > Maximize Compatibility (2.4 GHz on models that would use 5 GHz).
    # https://support.apple.com/guide/platform-support/sup025284ac0
    "hotspot_not_online_yet": (
        "Not yet: our system doesn't see {product} online. I'm still watching, and I'll tell you here the moment it "
        "connects. Keep the hotspot on and the phone next to it."
    ),
    "hotspot_light_blue": (
        "Blinking dark blue means {product} is waiting to be set up, so it won't join the hotspot by itself. Set it "
        "up again in our app and choose the hotspot as its Wi-Fi. I'm still watching."
    ),
    "hotspot_light_sos": (
        "Red SOS flashing means {product} hit a software error and restarted. Unplug it for 10 seconds and plug it "
        "back in, and keep the hotspot on. I'm still watching."
    ),
    "hotspot_light_off": (
        "No light means {product} has no power. Check its plug and cable are pushed in firmly, and keep the hotspot "
        "on. I'm still watching."
    ),
    "no_smartphone_ok": "No problem: I'll leave out the steps that need a smartphone.",
    "hotspot_no_smartphone": (
        "The last check would use a phone's hotspot to tell whether the problem is your Wi-Fi or {product}; "
        "without a smartphone we'll leave that to our support team."
    ),
    "ask_hotspot_on": (
        "Our system shows {product} online now! Is your phone's hotspot on at the moment (so it may have "
        "joined that)?"
    ),
    "hotspot_not_online_after": "Not yet: our system still doesn't see {product} online, even on the hotspot.",
    "hotspot_not_online_before": "Not yet: our system doesn't see {product} online.",
    "hotspot_maximize": (
        "On an iPhone it's in Settings > Personal Hotspot: turn Maximize Compatibility on there. "
        "If your iPhone doesn't show it, it doesn't need it. I'm still watching."
    ),
    "fast_green_restarted": (
        "Very fast blinking green means {product} joined your Wi-Fi, but your router didn't give it an address. You've "
        "restarted the router already, so let's look at its settings."
    ),
    "hotspot_watch_again": "Thanks: I'm watching again, for up to {minutes} minutes from now.",
    "change_noted": "Thanks, that helps, and I've noted it. First, the light:",
    "change_noted_joined": (
        "Thanks, that's useful. The light says {product} did join your Wi-Fi, so the details it has saved are right, "
        "and the router's own settings are the likely cause. Let's carry on."
    ),
    "remedy_off_next": (
        "Good, the outlet works. Next, try another USB cable and charger (a phone charger is fine), and check the "
        "cable is pushed all the way into {product}'s socket."
    ),
    "remedy_outage": (
        "That explains it: your internet provider has an outage, so nothing in your home can get online right now, "
        "and {product} isn't broken. It will reconnect by itself once your internet is back, and I'll tell you here "
        "when it does. No need for the hotspot test."
    ),
    "remedy_wifi_down": (
        "Then your Wi-Fi itself isn't working right now: your phone doesn't see it either. Please restart your "
        "router: unplug it for 30 seconds, plug it back in, and give it a few minutes until your phone sees your "
        "Wi-Fi again. If it doesn't come back, your internet provider can help. Once your Wi-Fi is back, {product} "
        "will connect by itself."
    ),
    "hotspot_fixing": (
        "OK, go ahead. I'll tell you here as soon as {product} comes online. If it doesn't, we can still do the "
        "hotspot test."
    ),
    # A Wi-Fi the phone can't copy (a campus's, a hotel's, no key, a sign-in page): the unit set up on the hotspot.
    "ask_hotspot_set_up_on": (
        "Let's test {product} with your phone's hotspot. This tells us if the problem is the Wi-Fi there or the "
        "unit. Your phone can't copy that Wi-Fi, so instead: turn on your phone's hotspot with any name and a "
        "password of 8 or more letters and numbers, then set up {product} on it in our app (as when it was new). "
        "Keep the phone next to {product}."
    ),
    "hotspot_set_up_on_ok": "Yes, that works for the test.",
    "hotspot_retry_set_up_on": (
        "{product} hasn't come online on the hotspot yet. Let's check once: the hotspot is on with a password, it "
        "uses 2.4 GHz (iPhone: Maximize Compatibility on; Android: AP band 2.4 GHz), security is WPA2, and the "
        "set-up in our app finished on the hotspot's name. Fix anything that's off, then reply READY."
    ),
    # Told it was never on the hotspot, with the unit online: it's on the home Wi-Fi, fixed.
    "not_on_hotspot_closed": (
        "Thanks: then {name} is on your home Wi-Fi and working, so whatever you changed fixed it. I've closed your "
        "case. If it stops working again, just message here."
    ),
}
