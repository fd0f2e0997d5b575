"""The change a customer can make themselves for each router cause, told when they ask once support has the case
("what exactly should I change?"), and the unit's Wi-Fi (MAC) address for an allow-list. Part of the flow's copy
(copy.py merges these into TEXT); same rules: plain words, GSM-7 friendly, one message each.

Keyed "fix_" + the finding code with ":" as "_" (docs/codes.md). The remedies follow docs/particle-facts.md section 4.
"""

from __future__ import annotations

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
    "fix_then": (
        "Once it's changed (and your phone's hotspot is off), {product} should connect by itself within a few "
        "minutes, and I'll tell you here when our system sees it online. Our support team still has your case."
    ),
    "fix_unknown": (
        "Our support team will tell you what to change: they have everything from this chat. If you'd like to try "
        "now, check your router's 2.4 GHz Wi-Fi is on with its own name, 20 MHz wide, with WPA2 security."
    ),
    "mac_told": "{product}'s Wi-Fi address (MAC) is {mac}.",
    "mac_unknown": "Our support team can give you {product}'s Wi-Fi address (MAC): they'll add it when they reply.",
}
