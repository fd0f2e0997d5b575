"""What the bot says to questions the twelfth blind exploratory test's customers asked and got no answer to (n14,
n15): why the unit works on the phone's hotspot and not the home Wi-Fi, whether a charger is enough, whether the unit
can use WPA3, and what case support has. Part of the flow's copy (copy_asks.py merges ASKED_TEXT into ASK_TEXT);
GSM-7 characters only.

The facts follow docs/particle-facts.md: a USB supply of at least 1 A (section 3, brown-outs); WPA3-only security keeps
a Photon or Argon out, and on a P2 / Photon 2 it is experimental, so WPA2 or mixed WPA2/WPA3 is the safe advice
(section 2).
"""

from __future__ import annotations

ASKED_TEXT: dict[str, str] = {
    # After the hotspot test passed: the test's hotspot had the firmware's own name and password, or the home Wi-Fi's.
    "hotspot_why_builtin": (
        "Good question. The test hotspot used a Wi-Fi name and password built into {product}, so it shows the unit "
        "itself works, not that the home Wi-Fi details it has saved are right. So the difference is on your home "
        "Wi-Fi's side: most likely {fix}"
    ),
    "hotspot_why_same": (
        "Good question. Your hotspot had the same name and password as your home Wi-Fi, so the details saved in "
        "{product} are right: what's different is your router itself. Most likely {fix}"
    ),
    "hotspot_why_old": (
        "Good question. The hotspot had your old Wi-Fi's name and password, the ones {product} still has saved, so "
        "the unit works; your new Wi-Fi's details just aren't in it yet. Set it up again in our app on your new Wi-Fi "
        "and it will connect."
    ),
    "with_support_what_case": (
        "That's the case I opened for you with our support team (number {case}): they're the people who help when I "
        "can't fix something here. I've passed them everything from this chat, so you won't need to explain it "
        "again. They usually answer within one working day, here in this chat."
    ),
    # "i dont know my wifi name or password" at the hotspot step (explore13's n05), by the test's kind: the home
    # Wi-Fi's details, the old Wi-Fi's after a change, or the test's own (then theirs are not needed).
    "hotspot_key_unknown": (
        "No problem: your Wi-Fi's name is the one with a tick (or \"Connected\") in your phone's Wi-Fi list, and its "
        "password is usually on a sticker on your router, next to \"Password\" or \"WPA key\". If you can't find "
        "them, tap \"I can't make a hotspot\" and our support team will help."
    ),
    "hotspot_key_unknown_old": (
        "No problem: if you don't have your old Wi-Fi's name and password any more, tap \"I can't make a hotspot\". "
        "Setting {product} up again on your new Wi-Fi is the fix anyway, and our support team can help with it."
    ),
    "hotspot_key_unknown_test": (
        "You don't need your own Wi-Fi's name or password for this test: the hotspot uses the name and password I "
        "gave above, typed exactly as written."
    ),
    # The router can't be restarted or unplugged (explore13's n07): the hotspot test without it, the unit set up on
    # the hotspot under any name.
    "ask_hotspot_no_router": (
        "Let's test {product} with your phone's hotspot. This tells us if the problem is your Wi-Fi or the unit, and "
        "your router stays as it is: turn on your phone's hotspot with any name and a password of 8 or more letters "
        "and numbers, then set up {product} on it in our app (as when it was new). Keep the phone next to {product}."
    ),
    # The unit power-cycled already by the customer (explore12's n13): then what the light after a restart means.
    "restarted_already": "Thanks for already unplugging it and plugging it back in, so I won't ask you to again.",
    # Connected, but our system still sees safe mode: its program isn't running, so no readings (explore13's n06).
    "works_now_with_support_safe_mode": (
        "Thanks: it's connected, but our system still shows {name} in safe mode, so its own program isn't running yet "
        "and no readings can arrive. I've added this to your case, and our support team will sort it out from here."
    ),
    "term_charger": (
        "Most phone chargers give 1 A or more, which is enough: an iPhone or Android wall charger is fine. To check, "
        "look at the small print on the charger after \"Output\", like \"5V 1A\" or \"5V 2.1A\" (1000mA is 1 A). A "
        "computer's or TV's USB port, or the USB socket on a power strip, often gives less, so a wall charger is best."
    ),
    "term_wpa3_support": (
        "{product} can't join a Wi-Fi that uses WPA3 only. WPA2, or WPA2/WPA3 together (often called mixed or "
        "transition mode), works: you can see and change it in your router's settings."
    ),
    "term_wpa3_support_p2": (
        "{product} works with WPA2, and with WPA2/WPA3 together (often called mixed or transition mode). WPA3 on its "
        "own is still experimental on it, so mixed mode or WPA2 is the safe setting in your router."
    ),
}
