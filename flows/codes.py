"""Finding and outcome codes (a contract: docs/codes.md lists them) with the plain meaning shown to support agents.

`python -m flows.codes --markdown` prints docs/codes.md (`> docs/codes.md` to regenerate it; a test keeps the two
equal).
"""

from __future__ import annotations

FINDINGS: dict[str, str] = {
    # LED, from the customer's description
    "led:blinking_green": "green blinking at normal speed: trying to join Wi-Fi",
    "led:fast_green": "green blinking fast: joined, waiting for an IP address (DHCP)",
    "led:breathing_green": "on Wi-Fi, no cloud session (usually firmware)",
    "led:blinking_cyan": "trying to reach the cloud",
    "led:cyan_orange_1": "after fast cyan, 1 orange blink: decryption error",
    "led:cyan_orange_2": "after fast cyan, 2 orange blinks: no internet",
    "led:cyan_orange_3": "after fast cyan, 3 orange blinks: internet OK, cloud unreachable",
    "led:cyan_red": "after fast cyan, 1 red blink: handshake error (keys)",
    "led:cyan_magenta": "after fast cyan, 1 magenta blink: authentication error",
    "led:breathing_cyan": "connected to the cloud",
    "led:blinking_blue": "listening mode: needs Wi-Fi set up",
    "led:breathing_magenta": "safe mode",
    "led:blinking_magenta": "firmware update in progress",
    "led:blinking_yellow": "DFU mode",
    "led:breathing_white": "radio turned off by firmware",
    "led:red_sos": "firmware crash (SOS)",
    "led:off": "no light",
    "led:unknown": "the customer could not say",
    # Wi-Fi network
    "wifi:wrong_password_suspected": "the password typed may not be the Wi-Fi key (account password, router admin password, wrong case)",
    "wifi:password_invalid_length": "the Wi-Fi key is shorter than 8 or longer than 63 characters",
    "wifi:non_ascii_password": "the key has characters the device cannot use",
    "wifi:no_2_4ghz": "the network exists only on 5 GHz (device is 2.4 GHz only)",
    "wifi:same_ssid_both_bands": "one network name on 2.4 and 5 GHz (band steering)",
    "wifi:channel_width_40mhz": "the 2.4 GHz network uses 40 MHz width; the device needs 20 MHz",
    "wifi:channel_out_of_range": "2.4 GHz channel 12, 13 or 14",
    "wifi:wpa3_only": "WPA3 (SAE) only security",
    "wifi:enterprise": "enterprise / 802.1X login network",
    "wifi:open_or_wep": "open or WEP network",
    "wifi:weak_signal": "signal at the device weaker than -70 dBm",
    "wifi:hidden_ssid": "network not broadcast by name",
    "wifi:unsupported_ssid_chars": "network name has characters the device cannot join",
    "wifi:mac_filtering": "MAC address filtering or device registration is on",
    "wifi:captive_portal": "the network needs a sign-in page (hotel, dorm, guest)",
    "wifi:dhcp_exhausted_suspected": "many devices / fast green: no address available",
    "wifi:mesh_or_gateway": "mesh system or ISP gateway with one combined network name",
    # network beyond Wi-Fi
    "network:no_internet": "the network has no working internet (2 orange)",
    "network:cloud_port_blocked_suspected": "internet works but the cloud port is blocked (UDP 5684, or TCP 5683 on Photon)",
    # Particle Cloud
    "cloud:online": "the device is online in Particle Cloud",
    "cloud:offline": "the device is offline in Particle Cloud",
    "cloud:claimed": "the device has an owner",
    "cloud:unclaimed": "the device has no owner",
    "cloud:not_found": "the device is not in this account or product (403/404)",
    "cloud:quarantined": "product device waiting for approval (or denied)",
    "cloud:safe_mode": "device reports safe mode",
    "cloud:never_connected": "the cloud has never heard from it",
    "cloud:unavailable": "Particle Cloud could not be reached or refused us (timeouts, 5xx, 429, 401)",
    "cloud:cellular": "cellular device: Wi-Fi checks do not apply",
    # hotspot test
    "hotspot:connected": "the device came online on the phone hotspot: device and firmware are fine",
    "hotspot:failed": "it did not come online on the hotspot within the wait",
    "hotspot:not_possible": "the customer could not set up a hotspot",
    # device
    "device:keys_suspected": "handshake errors even on the hotspot",
    "device:hardware_suspected": "fails on a known-good hotspot with normal green",
    "device:firmware_crash": "SOS pattern",
}

OUTCOMES: dict[str, str] = {
    "resolved:device_online": "the device is online and the customer confirmed it (or did not object)",
    "resolved:agent": "an agent resolved it (Slack, support console, API or CLI)",
    "handoff:router_issue": "the hotspot test passed: home network settings are the cause",
    "handoff:device_suspected": "the hotspot test failed or handshake errors: device, keys or firmware",
    "handoff:cloud_account": "not found / quarantined / unclaimed problems that support must fix in the console",
    "handoff:cellular": "cellular device not connecting: SIM, data plan or coverage for support to check",
    "handoff:customer_request": "the customer asked for a person",
    "handoff:not_understood": "three unreadable answers in a row",
    "handoff:other": "anything else the flow cannot finish",
    "abandoned:no_reply": "the customer stopped answering",
    "ended:opted_out": "the customer sent STOP",
}

SOURCES = ("customer", "scan", "cloud", "hotspot", "led")

# Router causes, most likely first, with the exact setting support should ask to change (docs/particle-facts.md §4).
ROUTER_FIXES: list[tuple[str, str, str]] = [
    # Most likely first: what the device cannot do at all (no 2.4 GHz, a login, a sign-in page, an allow-list it
    # is not on, a channel above 11) before what only sometimes stops it (one name on both bands, a wide channel,
    # ...).
    ("wifi:no_2_4ghz", "The network only runs on 5 GHz",
     "Turn on the router's 2.4 GHz radio (or use a 2.4 GHz guest/IoT network)."),
    ("wifi:enterprise", "Enterprise (802.1X) login network",
     "Use a WPA2-Personal guest or IoT network instead."),
    ("wifi:captive_portal", "Sign-in page network (hotel, dorm, guest)", "Use a network without a sign-in page."),
    ("wifi:mac_filtering", "MAC filtering or device registration",
     "Add the device's Wi-Fi MAC address to the router's allow-list (or register it)."),
    ("wifi:channel_out_of_range", "2.4 GHz channel 12, 13 or 14",
     "Set the 2.4 GHz channel to 1, 6 or 11."),
    # WPA3 only keeps a Photon or Argon out altogether, and an Argon can't join a hidden network at all (a Photon or
    # P2 only with extra set-up): before one name on both bands (the fifth blind exploratory test's WPA3-only and
    # hidden networks were handed to support as "one name for both bands").
    ("wifi:wpa3_only", "WPA3-only security", "Set security to WPA2/WPA3 mixed (transition) or WPA2-AES."),
    ("wifi:hidden_ssid", "Hidden network name", "Make the network name visible (broadcast SSID)."),
    # A signal too weak at the unit stops it as surely as the above, and the customer can fix it themselves.
    ("wifi:weak_signal", "Weak Wi-Fi signal at the device",
     "Move the device closer to the router, attach the antenna, or add an extender."),
    ("wifi:same_ssid_both_bands", "One Wi-Fi name on both 2.4 and 5 GHz (band steering)",
     "Split the 2.4 and 5 GHz names (turn off Smart Connect / band steering) and join the 2.4 GHz name."),
    ("wifi:mesh_or_gateway", "Mesh system or ISP gateway combining both bands under one name",
     "Create a separate 2.4 GHz-only IoT or guest network, or enable the router's compatibility/legacy mode."),
    ("wifi:channel_width_40mhz", "2.4 GHz channel width is 40 MHz",
     "Set the 2.4 GHz channel width to 20 MHz (sometimes shown as 150 Mbps instead of 300 Mbps)."),
    ("wifi:open_or_wep", "Open or WEP security", "Set security to WPA2-Personal (AES)."),
    ("wifi:unsupported_ssid_chars", "Network name has characters the device cannot use",
     "Rename the network to plain letters and digits."),
    ("wifi:dhcp_exhausted_suspected", "No IP address available (DHCP)",
     "Reboot the router, enlarge the DHCP pool or shorten the lease time."),
    ("network:no_internet", "The network has no working internet", "Fix the internet connection (router/ISP)."),
    ("network:cloud_port_blocked_suspected", "A firewall blocks the Particle Cloud port",
     "Allow outbound UDP 5684 (TCP 5683 for Photon/P1) or allow-list the device's MAC; turn off ISP 'advanced security' for it."),
    ("wifi:wrong_password_suspected", "Wrong Wi-Fi password typed at setup",
     "Set the device up again with the Wi-Fi key from the router label (case-sensitive)."),
]


def meaning(code: str) -> str:
    return FINDINGS.get(code) or OUTCOMES.get(code) or code


def codes_markdown() -> str:
    """docs/codes.md: every finding and outcome code with its meaning, and the router fixes (a test keeps it in
    sync with this module)."""
    lines = ["# Finding and outcome codes", "",
             "Generated from `flows/codes.py` by `codes_markdown()`; a test (tests/test_docs.py) keeps the two "
             "equal.", "",
             "A conversation collects **findings** (facts from the customer, the scan readout, Particle Cloud or the "
             "hotspot test), each recorded once, and ends with exactly one **outcome**.", "",
             "## Findings", "", "| code | meaning |", "| --- | --- |"]
    lines += [f"| `{code}` | {text} |" for code, text in FINDINGS.items()]
    lines += ["", "## Outcomes", "", "| code | meaning |", "| --- | --- |"]
    lines += [f"| `{code}` | {text} |" for code, text in OUTCOMES.items()]
    lines += ["", "## Router causes and the setting to change (most likely first)", "",
              "| finding | cause | fix |", "| --- | --- | --- |"]
    lines += [f"| `{code}` | {cause} | {fix} |" for code, cause, fix in ROUTER_FIXES]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m flows.codes", description="the finding and outcome codes")
    parser.add_argument("--markdown", action="store_true", help="print docs/codes.md")
    args = parser.parse_args(argv)
    if args.markdown:
        print(codes_markdown(), end="")
    else:
        for code, text in {**FINDINGS, **OUTCOMES}.items():
            print(f"{code}\t{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
