"""Each router cause in the customer's words (ROUTER_CAUSES, said when the hotspot test passes or a scan shows it),
and the change a customer can make themselves for each, told when they ask once support has the case
("what exactly should I change?"), and the unit's Wi-Fi (MAC) address for an allow-list. Part of the flow's copy
(copy.py merges these into TEXT); same rules: plain words, GSM-7 friendly, one message each.

Keyed "fix_" + the finding code with ":" as "_" (docs/codes.md). The remedies follow docs/particle-facts.md section 4.
"""

from __future__ import annotations

# The likely router cause in the customer's words (support gets the exact setting in the case: flows/codes.py).
ROUTER_CAUSES: dict[str, str] = {
    "wifi:no_2_4ghz": "your Wi-Fi only runs on 5 GHz, and {product} needs the 2.4 GHz kind.",
    "wifi:same_ssid_both_bands": (
        "your router uses one name for both its 2.4 GHz and 5 GHz Wi-Fi, and {product} can only use 2.4 GHz."
    ),
    "wifi:mesh_or_gateway": (
        "your router or mesh system puts two kinds of Wi-Fi under one name, and {product} needs the 2.4 GHz one."
    ),
    "wifi:channel_width_40mhz": (
        "your router's 2.4 GHz Wi-Fi uses a 'wide channel' (40 MHz) setting; {product} needs the standard 20 MHz."
    ),
    "wifi:channel_out_of_range": "your Wi-Fi uses channel 12 or 13, which {product} can't use (1, 6 or 11 work).",
    "wifi:wpa3_only": "your Wi-Fi allows only the newest security type (WPA3); {product} needs WPA2 allowed too.",
    "wifi:enterprise": "your Wi-Fi needs a username to log in, which {product} can't do.",
    "wifi:open_or_wep": "your Wi-Fi uses an old security type (or none); {product} works best with WPA2.",
    # Not in the scan by name: hidden, or too far away (the customer's phone may well list it).
    "wifi:hidden_ssid": (
        "{network} doesn't show up by name where {product} is: it may be hidden in your router's settings, or too "
        "far away."
    ),
    "wifi:unsupported_ssid_chars": "your Wi-Fi name has special characters that {product} can't use.",
    "wifi:mac_filtering": "your network only lets in approved devices, so {product} has to be added to its list.",
    "wifi:captive_portal": "your network needs a sign-in page, which {product} can't use.",
    "wifi:dhcp_exhausted_suspected": "your router has run out of room for new devices.",  # after "Most likely"
    "network:no_internet": "the internet connection on your Wi-Fi isn't working.",
    "network:cloud_port_blocked_suspected": (
        "a security or firewall setting on your router or internet service is blocking {product}."
    ),
    "wifi:wrong_password_suspected": (
        "the Wi-Fi password {product} has saved doesn't match your router's (one wrong letter or capital is enough)."
    ),
    # Something the customer can fix: said with how (a blind exploratory test was told support would change "a
    # setting" for a weak signal).
    "wifi:weak_signal": (
        "the Wi-Fi signal is weak where {product} is. Moving it closer to the router, or adding a Wi-Fi extender, "
        "usually fixes that."
    ),
}
ROUTER_CAUSE_UNKNOWN = "a setting on your router, which our support team will help you find."

_ROUTER_SETTINGS = "In your router's settings (its app, or the web address on its sticker)"

FIX_TEXT: dict[str, str] = {
    "fix_wifi_same_ssid_both_bands": (
        f"{_ROUTER_SETTINGS}, turn off 'Smart Connect' or 'band steering', or give the 2.4 GHz Wi-Fi its own name. "
        "Then set up {product} again in our app and pick the 2.4 GHz name."
    ),
    "fix_wifi_mesh_or_gateway": (
        "In your mesh or gateway app, look for a 2.4 GHz, smart-home (IoT) or guest network you can turn on with its "
        "own name. Then set up {product} again in our app on that name."
    ),
    "fix_wifi_no_2_4ghz": (
        f"{_ROUTER_SETTINGS}, turn on the 2.4 GHz Wi-Fi. Then set up {{product}} again in our app on that network."
    ),
    "fix_wifi_channel_width_40mhz": (
        f"{_ROUTER_SETTINGS}, find the 2.4 GHz Wi-Fi and set its channel width (or bandwidth) to 20 MHz, then save."
    ),
    "fix_wifi_channel_out_of_range": (
        f"{_ROUTER_SETTINGS}, set the 2.4 GHz channel to 1, 6 or 11 instead of Auto, then save."
    ),
    "fix_wifi_wpa3_only": (
        f"{_ROUTER_SETTINGS}, set the Wi-Fi security to WPA2, or WPA2/WPA3 mixed, instead of WPA3 only, then save."
    ),
    "fix_wifi_enterprise": (
        "{product} can't log in with a username. Most routers can add a guest network with just a password: set "
        "one up, then set up {product} again in our app on it."
    ),
    "fix_wifi_open_or_wep": (
        f"{_ROUTER_SETTINGS}, set the Wi-Fi security to WPA2 with a password. Then set up {{product}} again in our "
        "app with that password."
    ),
    "fix_wifi_hidden_ssid": (
        f"Move {{product}} closer to the router. {_ROUTER_SETTINGS}, also check the network name isn't hidden "
        "('hide SSID' off)."
    ),
    "fix_wifi_unsupported_ssid_chars": (
        f"{_ROUTER_SETTINGS}, change the Wi-Fi name to plain letters and numbers. Then set up {{product}} again in "
        "our app on the new name."
    ),
    "fix_wifi_mac_filtering": (
        "Ask whoever runs the network to add {product} to its approved list. They need its Wi-Fi address (MAC): "
        "{mac}."
    ),
    # A sign-in page told before its question, or "yes" to it: told at once (the fourth exploratory test never was).
    "portal_told": (
        "That matters: {product} can't get past a sign-in page (where you log in or accept terms before the internet "
        "works). Ask whoever runs the network (the front desk, or campus or office IT) to let it through by its "
        "Wi-Fi address (MAC): {mac}. Or use a Wi-Fi without a sign-in page."
    ),
    # The router's own login typed for the Wi-Fi's key (the ninth blind exploratory test's n05 was not told).
    "resetup_admin": (
        "That sounds like the password for your router's settings (its login, often 'admin'), not the Wi-Fi "
        "password. The Wi-Fi password is usually on the router's sticker, labelled 'Wi-Fi key', 'WPA key' or "
        "'Network key'. Please set up {product} again in our app with that one. Capital letters matter. Reply DONE "
        "when you have tried."
    ),
    "resetup_admin_waiting": "Reply DONE once you've run the setup again with the Wi-Fi password from the sticker.",
    # A network that approves devices, told before its question or "yes" to it: told at once, with the address (the
    # ninth blind exploratory test's n07 told it three times and got the next question).
    "approval_told": (
        "That matters: {product} can only join once it is on your network's approved list. Ask whoever runs the "
        "network (the landlord, or office or school IT) to add it. They need its Wi-Fi address (MAC): {mac}."
    ),
    "approval_told_no_mac": (
        "That matters: {product} can only join once it is on your network's approved list. Ask whoever runs the "
        "network (the landlord, or office or school IT) to add it by its Wi-Fi address (MAC), which our support "
        "team can give you."
    ),
    "portal_told_no_mac": (
        "That matters: {product} can't get past a sign-in page (where you log in or accept terms before the internet "
        "works). Ask whoever runs the network (the front desk, or campus or office IT) to let it through by its "
        "Wi-Fi address (MAC), which our support team can give you. Or use a Wi-Fi without a sign-in page."
    ),
    "fix_wifi_captive_portal": (
        "{product} can't get past a sign-in page. Use a Wi-Fi without one, or ask whoever runs the network to let "
        "it through by its Wi-Fi address (MAC): {mac}."
    ),
    "fix_wifi_dhcp_exhausted_suspected": (
        "Restart your router. If that doesn't help, remove old devices from its list of connected devices, or in "
        "its settings raise how many addresses it hands out (the 'DHCP range')."
    ),
    "fix_network_no_internet": (
        "Restart your router: unplug it for 30 seconds. If the internet is still down after that, your internet "
        "provider can help."
    ),
    "fix_network_cloud_port_blocked_suspected": (
        f"{_ROUTER_SETTINGS}, turn off extra security or parental-control features for a test, or ask your "
        "internet provider if they block smart devices."
    ),
    "fix_wifi_wrong_password_suspected": (
        "Set up {product} again in our app and type your Wi-Fi password carefully: capitals matter, and it's often on "
        "the router's sticker."
    ),
    "hotspot_skipped_cause": (
        "No problem, we'll skip it. From what you've told me, most likely {fix} I'm passing this to our support team, "
        "who will help you from here; ask me what to change if you'd like to do it yourself."
    ),
    "with_support_changed": (
        "Then {product} still has the old Wi-Fi details: please set it up again in our app with the new ones. I'll tell "
        "you here when our system sees it online, and our support team has this too."
    ),
    "fix_wifi_weak_signal": (
        "Move {product} closer to the router, or add a Wi-Fi extender between them. Metal boxes, walls and floors "
        "weaken the signal."
    ),
    # A weak signal beside another cause the scan showed (the tenth blind exploratory test's n25: WPA3 only was said,
    # a -84 dBm signal on the 2.4 GHz band was not, even when asked).
    "fix_also_weak_signal": (
        "Your scan also shows a weak signal where {product} is. If it still won't stay connected after "
        "that change, move it closer to the router or add a Wi-Fi extender."
    ),
    # An Argon's Wi-Fi needs its small external antenna (docs/particle-facts.md section 2).
    "fix_wifi_weak_signal_argon": (
        "Move {product} closer to the router, or add a Wi-Fi extender between them. Also check its small antenna is "
        "plugged in firmly: it needs it for Wi-Fi."
    ),
    # Causes a light showed: the unit joined the Wi-Fi, so its band, width and security are not why.
    "fix_branch_dhcp": (
        "Your router isn't giving {product} an address (the number each gadget on your Wi-Fi needs to go online). "
        "Restart the router; if that doesn't help, in its settings check that handing out addresses ('DHCP server') "
        "is on, remove old devices from its list, or raise how many addresses it hands out."
    ),
    "fix_branch_internet": (
        "{product} is on your Wi-Fi but can't reach the internet through it. Restart the router, and check other "
        "devices have internet; a 'sign-in page' network or a blocked DNS setting also stops it."
    ),
    "fix_branch_firewall": (
        "{product} reaches the internet but not our servers: in your router's settings, turn off extra security, "
        "firewall or parental-control features for a test, or ask your internet provider if they block smart devices."
    ),
    "fix_branch_keys": (
        "The light points to {product}'s own security keys rather than your router, so there's nothing to change "
        "there: our support team will fix it from their side."
    ),
    "fix_then": (
        "Once it's changed, {product} should connect by itself within a few minutes, and I'll tell you here when our "
        "system sees it online. Our support team still has your case."
    ),
    "fix_then_hotspot": (
        "Once it's changed and your phone's hotspot is off, {product} should connect by itself within a few minutes, "
        "and I'll tell you here when our system sees it online. Our support team still has your case."
    ),
    "fix_unknown": (
        "Our support team will tell you what to change: they have everything from this chat. If you'd like to try "
        "now, check your router's 2.4 GHz Wi-Fi is on with its own name, 20 MHz wide, with WPA2 security."
    ),
    # How to open the router's settings, asked (the ninth blind exploratory test's n06 and n08 asked four times):
    # {where} is ROUTER_WHERE's entry for the maker named, else ROUTER_WHERE_ANY.
    "router_settings_how": (
        "To open your router's settings, connect your phone to that Wi-Fi, then open {where}. Log in with the "
        "router's admin password (on the same sticker; it is often not the Wi-Fi password). If your internet "
        "company gave you the router, their app or helpline can make the change for you."
    ),
    "mac_told": "{product}'s Wi-Fi address (MAC) is {mac}.",
    "mac_unknown": "Our support team can give you {product}'s Wi-Fi address (MAC): they'll add it when they reply.",
}

# The same changes said just after how to open the router's settings (router_settings_how): "There, set ..." rather
# than "In your router's settings (its app, ...)" again.
FIX_TEXT.update({"there_" + key: "There" + text[len(_ROUTER_SETTINGS):] for key, text in list(FIX_TEXT.items())
                 if text.startswith(_ROUTER_SETTINGS)})

# Where each maker's settings are (rules/self_fix.router_brand's keys): its app, or the address its routers answer on.
ROUTER_WHERE: dict[str, str] = {
    "tp-link": "the TP-Link Tether app (the Deco app for a Deco), or tplinkwifi.net in your phone's browser",
    "netgear": "the Netgear Nighthawk app (the Orbi app for an Orbi), or routerlogin.net in your phone's browser",
    "asus": "the ASUS Router app, or router.asus.com in your phone's browser",
    "linksys": "the Linksys app, or myrouter.local in your phone's browser",
    "eero": "the eero app, then Settings",
    "google": "the Google Home app, then Wi-Fi and its settings",
    "xfinity": "the Xfinity app, then WiFi (or 10.0.0.1 in your phone's browser)",
}
ROUTER_WHERE_ANY = (
    "the app your router came with, or the web address on its sticker (often 192.168.0.1 or 192.168.1.1) in your "
    "phone's browser"
)


def sets_up_again(key: str) -> bool:
    """Whether the fix `key` has the customer set the unit up again in the app (then it does not connect "by itself",
    and what follows the fix says so: round 12 was told both)."""
    return "again in our app" in FIX_TEXT.get(key, "")
