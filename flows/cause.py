"""What a case says about the troubleshooting: the suspected cause with the fix to make, and what was tried.

Shared by the support case (bot/engine/case.py) and the transcript's header (bot/engine/transcript.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from flows.codes import OUTCOMES, ROUTER_FIXES

TRIED = {
    "led": "Asked what the status light is doing",
    "led_detail": "Asked how the light blinks (speed, colour and count of the flashes)",
    "wifi_password": "Checked the Wi-Fi password is the router's Wi-Fi key (not the app/account password)",
    "wifi_network": "Asked for the Wi-Fi network name",
    "wifi_scan": "Asked for a Wi-Fi scanner app readout",
    "router_check": "Asked the router questions the scan could not answer",
    "hotspot_ready": "Asked the customer to set up the phone-hotspot test",
    "hotspot_wait": "Watched the cloud during the hotspot test",
    "confirm_fixed": "Asked the customer to confirm the device works",
}


def suspected(findings: set[str], outcome: str | None, ruled_out: Iterable[str] = ()) -> tuple[str, list[str]]:
    """The most likely cause and the recommended fix(es), from findings (router causes in ROUTER_FIXES order).

    A cause the customer's own answers ruled out is never named (design 6.1), wherever the cause is shown.
    """
    findings = findings - set(ruled_out)
    fixes = [(cause, fix) for code, cause, fix in ROUTER_FIXES if code in findings]
    if outcome == "handoff:router_issue" or (fixes and outcome != "handoff:device_suspected"):
        if fixes:
            return fixes[0][0], [f for _, f in fixes]
        return "A home network setting (the device works on a phone hotspot)", [
            "Check 2.4 GHz is on with its own name, 20 MHz width, WPA2, and no MAC filtering or firewall."]
    if outcome == "handoff:device_suspected":
        if "device:keys_suspected" in findings:
            return "Device keys (handshake errors)", ["Repair keys over USB (particle keys doctor) or replace the unit."]
        if "device:firmware_crash" in findings:
            return "Firmware crash (SOS)", ["Check the firmware; collect logs; replace the unit if it repeats."]
        return "The device itself (fails even on a phone hotspot)", [
            "Confirm the hotspot settings with the customer, then replace or repair the unit."]
    if outcome == "handoff:cloud_account":
        if "cloud:quarantined" in findings:
            return "Product device is quarantined or denied", ["Approve (import) the device in the product console."]
        return "Device not found in the account or product", ["Check the serial/ID, import or claim the device."]
    if outcome == "handoff:cellular":
        return "Cellular connection", ["Check the SIM is active, the data plan, and coverage at the site."]
    return OUTCOMES.get(outcome or "", "See findings"), []
