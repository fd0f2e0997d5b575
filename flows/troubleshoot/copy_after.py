"""What the bot says when the phone-hotspot test fails, and to a question asked once the unit is back online: will
it happen again, which button to leave alone, what was wrong. Part of the flow's copy (copy.py merges AFTER_TEXT into
TEXT); GSM-7 characters only.

The button facts follow docs/particle-facts.md section 1.2: holding SETUP/MODE a few seconds is set-up ("listening")
mode, blinking dark blue; about 10 seconds erases the Wi-Fi details (fast blinking dark blue).
"""

from __future__ import annotations

AFTER_TEXT: dict[str, str] = {
    # The hotspot test failed: the unit, and the router can go back in (explore11's n07 was left with it out).
    "hotspot_failed_final": (
        "{product} still didn't connect, even on the hotspot. That points to the unit itself rather than your Wi-Fi. "
        "I'm passing everything we found to our support team. They will contact you here. You can plug your router "
        "back in and turn off the hotspot now."
    ),
    "hotspot_failed_antenna": (
        "{product} still didn't connect, even on the hotspot. That points to the unit itself rather than your Wi-Fi. "
        "If it has a small antenna (a short stick, or a flat sticker on a thin wire), check it is firmly attached. "
        "I'm passing everything we found to our support team. They will contact you here. You can plug your router "
        "back in and turn off the hotspot now."
    ),
    "after_again": (
        "It should stay connected now: after a power cut or a router restart it reconnects by itself. You only need "
        "to set it up again if your Wi-Fi's name or password changes, for example with a new router. If it drops off "
        "without that, a weak Wi-Fi signal where it sits is the usual cause: just message me here."
    ),
    # docs/particle-facts.md 5.2: a Photon or P1 keeps 5 networks, an Argon or P2 10, and tries the ones it knows.
    "after_rejoin": (
        "Yes: {product} keeps the Wi-Fi networks it has been set up on (up to 5 on a Photon, 10 on an Argon or P2), "
        "and when the one it is on goes away it joins another it knows. So back home it goes back to your home Wi-Fi "
        "by itself, as long as it was set up on it before and its name and password haven't changed. If it doesn't, "
        "unplug it for 10 seconds; if it still doesn't connect, message me here."
    ),
    "after_button": (
        "The one to leave alone is its small SETUP button (called MODE on some units). Holding it for a few seconds "
        "puts {product} back into set-up mode (blinking dark blue), and about 10 seconds erases its Wi-Fi details. "
        "Wiping around it is fine; just don't press and hold it. If it blinks dark blue again, unplug it for 10 "
        "seconds and plug it back in; if it still blinks dark blue, set it up again in our app."
    ),
    "after_case": (
        "Nothing more to do: {name} is online and your case is closed, so no one will contact you about it. If it "
        "goes offline again, just message me here."
    ),
    "after_alerts": (
        "The unit itself is fine: {name} is online and sending to our servers. If the alerts stopped on your phone, "
        "check that notifications are turned on for our app (your phone's Settings, then Notifications) and that "
        "you're signed in to the app with your account, above all on a new phone."
    ),
    "after_cause": "{cause} It's back online now, so there's nothing more you need to do.",
    # What was wrong, by the last light told before the fix ("cause_" + its code with ":" as "_"), in plain words.
    "cause_led_blinking_blue": (
        "It was in set-up mode (blinking dark blue), so it wasn't joining your Wi-Fi at all. That happens when its "
        "small SETUP button is held down for a few seconds, or when it can't use the Wi-Fi details it has saved."
    ),
    "cause_led_blinking_green": (
        "It couldn't join your Wi-Fi (blinking green): the Wi-Fi details it had saved didn't match your router's, or "
        "the router wasn't letting it in."
    ),
    "cause_led_fast_green": "It reached your Wi-Fi but the router didn't give it an address to use (fast blinking green).",
    "cause_led_blinking_cyan": (
        "It was on your Wi-Fi but couldn't reach the internet or our servers, usually a hiccup in the internet "
        "connection or the router."
    ),
    "cause_led_off": "It wasn't getting power: the outlet, the cable or the charger.",
    "cause_router": "From what we found, {cause}",
    "cause_unknown": (
        "I can't say for sure: it came back while we were checking. Often it's a short hiccup in the Wi-Fi or the "
        "internet. If it happens again, message me here and we'll look more closely."
    ),
}
