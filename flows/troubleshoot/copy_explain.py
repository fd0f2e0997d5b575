"""Each question explained in simpler words, for a customer who asks what it means ("what do you mean by
registered?"); what a word means; whether it is a bot; what is kept of their data. Part of the flow's copy
(copy.py merges these into TEXT); same rules: plain words, GSM-7 friendly.
"""

from __future__ import annotations

# A question explained in simpler words, when the customer asks what it means ("what do you mean by
# registered?"). Keyed by the reader of the answer (rules/reading.py); the question is asked again after it.
EXPLAIN: dict[str, str] = {
    "device_id": "explain_device_id",
    "led": "explain_led",
    "green_speed": "explain_green_speed",
    "cyan_blinks": "explain_cyan_blinks",
    "blink_count": "explain_blink_count",
    "blue_shade": "explain_blue_shade",
    "sos_count": "explain_sos_count",
    "wifi_password": "explain_wifi_password",
    "resetup": "explain_resetup",
    "wifi_network": "explain_wifi_network",
    "wifi_scan": "explain_wifi_scan",
    "same_name": "explain_same_name",
    "mac_filter": "explain_mac_filter",
    "guest": "explain_guest",
    "many_devices": "explain_many_devices",
    "internet": "explain_internet",
    "hotspot_ready": "explain_hotspot_ready",
    "hotspot_wait": "explain_hotspot_wait",
    "confirm_fixed": "explain_confirm_fixed",
}
EXPLAIN_TEXT: dict[str, str] = {
    "explain_device_id": (
        "I need to know which unit is yours so I can check it in our system. The serial number is on a sticker "
        "on the unit or its box."
    ),
    "explain_led": "There is a small light on {product} that changes colour. Tell me its colour and whether it blinks.",
    "explain_green_speed": (
        # Normal green blinks with a 200 ms period, fast green 100 ms (Device OS system_led_signal.cpp, in
        # docs/particle-facts.md section 1.1): about 5 and 10 blinks a second.
        "Watch the green light for a few seconds. Normal blinking is even and you can see each blink (about 5 a "
        "second); very fast is twice that, a flicker too fast to see each blink."
    ),
    "explain_cyan_blinks": (
        "Cyan is a light blue, like the sky. Watch it for 10 seconds: does another colour flash in between?"
    ),
    "explain_blink_count": "Count the orange flashes that come together, before the light blue starts again.",
    "explain_blue_shade": "Light blue looks like the sky; dark blue looks like a deep navy.",
    "explain_sos_count": (
        "The red light blinks in a pattern: 3 short, 3 long, 3 short, then a few more blinks. Count those last "
        "ones if you can; it's fine to skip."
    ),
    "explain_wifi_password": (
        "Your Wi-Fi has its own password, often on a sticker on the back or bottom of the router, next to "
        "\"Password\", \"Key\" or \"WPA key\". Your account in our app has a different one. I'm asking which one you "
        "typed when you set up {product}."
    ),
    "explain_resetup": (
        "In our app, run the Wi-Fi setup for {product} again, choose your home Wi-Fi and type the Wi-Fi password "
        "from the router."
    ),
    "explain_wifi_network": (
        "I need your Wi-Fi's name to check that {product} can see it and how it is set up. It's what your phone "
        "shows under Settings > Wi-Fi, next to the tick."
    ),
    "explain_wifi_scan": (
        "A Wi-Fi scanner is a free app that lists the Wi-Fi networks near you and how they are set up. It helps me "
        "spot a router setting that blocks {product}."
    ),
    "explain_same_name": (
        "Many routers make two Wi-Fi networks: a normal one and a faster 5G one. Some show them as two names "
        "(like Home and Home-5G), others use one name for both. Your phone's Wi-Fi list shows which: look for your "
        "network's name there."
    ),
    "explain_mac_filter": (
        "Some networks only let in devices that someone has added to an approved list (registered), like at "
        "offices, schools or some apartments. At most homes anyone with the password can join. If you're not sure, "
        "that's fine: say not sure."
    ),
    "explain_guest": (
        "Some shared networks, like at hotels or cafes, make you accept terms on a web page before you get "
        "online. Home networks usually just need the password: if you only typed a password to join, it isn't one."
    ),
    "explain_many_devices": (
        "Count everything on your Wi-Fi: phones, laptops, TVs, speakers, smart plugs and cameras. A rough guess is "
        "fine (your router's app or settings page can list them too)."
    ),
    "explain_internet": (
        "Can your phone or laptop open a website while on this Wi-Fi? To be sure, turn your phone's mobile data "
        "off first, then open any website."
    ),
    "explain_hotspot_ready": (
        "A hotspot turns your phone into a small Wi-Fi network. If {product} connects to it, we know the unit "
        "works and your Wi-Fi needs a change."
    ),
    "explain_hotspot_wait": (
        "I'm watching our system for {product} to come online on your phone's hotspot. You don't need to do "
        "anything but keep the hotspot on."
    ),
    "explain_confirm_fixed": (
        "When {product} is connected, its light slowly fades in and out in light blue, like breathing."
    ),
}

# A word the bot uses, explained when the customer asks what it means ("what's WPA2?", "what is a router?"), then
# the question is asked again. Keyed by the term `terms.asked_term` finds.
TERM_TEXT: dict[str, str] = {
    "term_safe_mode": (
        # docs/particle-facts.md 1.2: online, the app not running (a missing Device OS part); usually heals by itself
        # with an update over the air.
        "Safe mode (the light slowly pulsing purple) means {product} reached our servers, but its own program isn't "
        "running yet, usually while it waits for an update, which comes by itself. If it stays like that, our "
        "support team can fix it."
    ),
    "term_cyan": (
        "Cyan is a light blue, like the sky. Blinking light blue means {product} is connecting to our servers; "
        "slowly pulsing light blue means it is connected."
    ),
    "term_security": (
        "The security type is how your Wi-Fi keeps strangers out. WPA2 is the usual kind and WPA3 the newest; "
        "you can see yours in your router's settings or in a Wi-Fi scanner app."
    ),
    "term_band": (
        "Wi-Fi comes in two kinds: 2.4 GHz, which reaches further, and 5 GHz, which is faster over short "
        "distances. Many routers offer both, under one name or with '5G' at the end of one of them."
    ),
    "term_ssid": "The SSID is simply your Wi-Fi network's name: the one you pick in your phone's Wi-Fi list.",
    "term_router": (
        "The router is the box that makes your Wi-Fi, usually from your internet provider, with small lights on "
        "the front. Its Wi-Fi password is often on a sticker on the back or bottom."
    ),
    "term_hotspot": (
        "A hotspot is your phone sharing its mobile data as a Wi-Fi network. We use it to try {product} on a "
        "different Wi-Fi for a moment."
    ),
    "term_signal": (
        "Signal strength is how well your Wi-Fi reaches {product}. Scanner apps show it as a minus number (dBm): "
        "-50 is strong, -70 or lower is weak."
    ),
    "term_channel": (
        "A channel is the lane your Wi-Fi uses, and its width is how wide that lane is. 20 MHz is the standard "
        "width; scanner apps show both."
    ),
    "term_mesh": (
        "A mesh system is a set of Wi-Fi boxes around your home (such as eero, Google or Nest Wifi, Orbi or "
        "Deco) that share one network name."
    ),
    "term_scanner": (
        "A Wi-Fi scanner is a free app that lists the Wi-Fi networks around you, with details such as their "
        "signal strength and channel."
    ),
    "term_offline": (
        "Offline means our system can't reach {product} right now: it isn't connected to the internet, so it can't do "
        "its job, even if it has power and its light is on. These checks find out why."
    ),
    "term_amps": (
        "1 A (one amp) is how much power a charger can give. It's in the small print on the charger, like \"Output: "
        "5V 1A\" or \"2.1A\": 1 A or more is fine, and most phone chargers are."
    ),
    "term_cloud": (
        "Our system is the internet service {product} talks to once it's online. That's how I can see whether "
        "it's connected."
    ),
    "term_safe_touch": (
        "It's safe: looking at {product} can't harm it, and a quick press of a button won't break it. Please don't "
        "hold a button down, though: about 10 seconds clears the Wi-Fi details it has saved. For now, watching its "
        "light is all we need; if a step needs a button, I'll say which one."
    ),
    "term_mac": (
        "Some networks only let in devices on an approved list, each known by its MAC address (a Wi-Fi serial "
        "number). That's common at offices, schools and some apartment buildings."
    ),
    "term_dhcp": (
        "DHCP is the part of your router that gives each device on your Wi-Fi its own address, so that it can go "
        "online. If it is switched off or runs out of addresses, {product} can join your Wi-Fi but can't get online."
    ),
    "term_captive_portal": (
        "A sign-in page is the web page some networks (hotels, cafes, dorms) show before you can go online. "
        "Devices without a screen, like {product}, can't get past it."
    ),
}

# What a light means, asked at any question or once support has the case ("what does the orange blinking even
# mean?"): docs/particle-facts.md 1.2, in a customer's words (rules/light_means.py picks the light).
LIGHT_TEXT: dict[str, str] = {
    "term_light_blinking_green": (
        "Blinking green means {product} is trying to join your Wi-Fi but can't get on. Most often the Wi-Fi "
        "password it has is wrong, the network is one it can't use, or the signal is weak. It doesn't mean the unit "
        "is broken."
    ),
    "term_light_fast_green": (
        "Very fast blinking green means {product} joined your Wi-Fi, but your router didn't give it an address to "
        "go online with. Restarting the router often fixes that."
    ),
    "term_light_breathing_green": (
        "Slowly pulsing green means {product} is on your Wi-Fi but its program isn't talking to our servers. "
        "Unplugging it for 10 seconds often helps."
    ),
    "term_light_blinking_cyan": (
        "Blinking light blue means {product} is on your Wi-Fi and trying to reach our servers over the internet. "
        "It normally takes less than a minute; if it keeps blinking, something between your Wi-Fi and the internet "
        "is in the way."
    ),
    "term_light_breathing_cyan": (
        "Slowly pulsing light blue means {product} is connected to our servers: all is well on its side."
    ),
    "term_light_dark_blue": (
        "Blinking dark blue means {product} is waiting to be set up: it has no Wi-Fi details saved, or they were "
        "cleared. Setting it up again in our app gets it out of that mode."
    ),
    "term_light_blue": (
        "Blinking light blue (like the sky) means {product} is on your Wi-Fi and reaching for our servers; blinking "
        "dark blue means it is waiting to be set up, with no Wi-Fi details saved."
    ),
    "term_light_orange_flashes": (
        "Orange flashes between the light blue blinks mean {product} is on your Wi-Fi but can't reach our servers: "
        "2 flashes, it found no internet; 3 flashes, the internet works but something blocks our servers, often a "
        "firewall or a security setting. It's usually the network, not the unit."
    ),
    "term_light_red": (
        "Red flashes mean {product} hit an error, either while connecting to our servers or in its own program. "
        "Unplug it for 10 seconds and plug it back in; if it keeps happening, our support team will look at it."
    ),
    "term_light_magenta": (
        "Purple (magenta) means {product} is getting a software update (blinking) or waiting for one (slowly "
        "pulsing). Leave it plugged in: it usually finishes by itself."
    ),
    "term_light_white": (
        "Slowly fading white means {product}'s program has switched its Wi-Fi off. A white flash then green, over "
        "and over, means it keeps restarting for lack of power: try another USB charger and cable."
    ),
    "term_light_off": (
        "No light at all usually means {product} gets no power: check the cable is pushed in at both ends, the "
        "outlet works, and try another USB charger."
    ),
}

# Questions about the bot itself, and anger, answered at any question (then the question again).
ABOUT_TEXT: dict[str, str] = {
    "about_bot": (
        "I'm an automated assistant: I ask the questions our support team would, one at a time. If you'd rather talk "
        "to a person at any point, type AGENT."
    ),
    "about_privacy": (
        "Your Wi-Fi password is never kept: if you type it, I hide it before anything is stored, and I never need it. "
        "What you write here is kept for your case and seen only by our support team."
    ),
    "about_duration": (
        "It usually takes 5 to 10 minutes, one short question at a time. If we need the phone-hotspot test, add about "
        "5 minutes for it. If you have to stop, just message me again when you're back."
    ),
    "about_wait": (
        "Give it a minute or two after any change: it restarts its connection by itself. Then tell me what the light "
        "is doing."
    ),
    "about_wait_hotspot": (
        "It can take up to {minutes} minutes to join the hotspot. Keep the phone next to it: I'll tell you here the "
        "moment it connects."
    ),
    "sorry_upset": (
        "I'm sorry this has been such a hassle. I'll do my best to get it working quickly. If you'd rather talk to a "
        "person, type AGENT at any time."
    ),
    # Questions about the help itself beside a question (rules/help_asks.py; a blind held-out set, bench/round18.py:
    # "will someone call me?" was handed to support).
    "about_contact": (
        "Our support team replies here, in this same conversation, so there's no need to wait by the phone. If we "
        "can't fix it together, I'll pass them everything we found. To go to them now, type AGENT."
    ),
    "aside_return": (
        "If it does turn out to be the unit, our support team will arrange a replacement or a return. Most units that "
        "won't connect are fine and need one Wi-Fi setting changed, so let's finish these checks first: they take a "
        "few minutes. To go straight to support instead, type AGENT."
    ),
    "about_next": (
        "Next, a few more short questions, one at a time, then we try the most likely fix together. If that doesn't "
        "get it online, I'll pass your case to our support team with everything we found, and they'll reply here. "
        "You can stop any time and carry on later in this same conversation."
    ),
}
