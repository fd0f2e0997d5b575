"""The case handed to support: everything an agent needs without asking the customer anything twice."""

from __future__ import annotations

import json
from typing import Any

from bot.clock import iso
from bot.cloud.models import PLATFORM_LABELS
from bot.engine.transcript import transcript_markdown
from bot.store.store import Store
from flows.codes import OUTCOMES, ROUTER_FIXES, meaning

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


def suspected(findings: set[str], outcome: str | None) -> tuple[str, list[str]]:
    """The most likely cause and the recommended fix(es), from findings (router causes in ROUTER_FIXES order)."""
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


def build_case(store: Store, conv_id: str, secrets: list[str] | None = None) -> dict[str, Any]:
    conv = store.get_conversation(conv_id)
    if conv is None:
        raise KeyError(conv_id)
    row = store.conversation_row(conv_id) or {}
    data = json.loads(row.get("data") or "{}")
    dev = data.get("device") or {}
    codes = {f["code"] for f in conv["findings"]}
    # A cause the customer's own answers ruled out is never named (design 6.1), here as in the flow.
    cause, fix = suspected(codes - set(data.get("ruled_out") or ()), conv["outcome"])
    media: list[str] = []
    for m in store.messages(conv_id):
        media += json.loads(m["media"] or "[]")
    reached = [r["step"] for r in store._rows(
        "SELECT step FROM steps WHERE conversation_id = ? ORDER BY at, rowid", [conv_id])]
    return {
        "conversation_id": conv_id,
        "channel": conv["channel"],
        "customer": conv["customer"],
        "device": {
            "id": conv["device_id"], "name": dev.get("name"), "platform": conv["platform"],
            "platform_label": PLATFORM_LABELS.get(conv["platform"] or "", conv["platform"]),
            "online": dev.get("online"), "claimed": dev.get("claimed"), "last_heard": dev.get("last_heard"),
            "mac_wifi": dev.get("mac_wifi"), "last_ip_address": dev.get("last_ip_address"),
            "system_firmware_version": dev.get("system_firmware_version"),
        } if conv["device_id"] else None,
        "status": conv["status"], "assignee": conv["assignee"], "outcome": conv["outcome"],
        "outcome_meaning": OUTCOMES.get(conv["outcome"] or "", ""),
        "led_history": [{"code": h["code"], "meaning": meaning(h["code"]), "at": iso(h["at"])}
                        for h in data.get("led_history", [])],
        "findings": [{**f, "meaning": meaning(f["code"]), "detail": f.get("detail")} for f in conv["findings"]],
        "cause": cause,
        "callback": list(data.get("callback") or ()),
        "ruled_out": [{"code": c, "meaning": meaning(c)} for c in data.get("ruled_out") or ()],
        "fix": fix,
        "tried": [TRIED[s] for s in reached if s in TRIED],
        "media": media,
        "cloud_timeline": [{"at": iso(e["at"]), "text": f"device {e['kind']}" + (f" ({e['detail']})" if e["detail"]
                                                                                  else "")}
                           for e in store.cloud_events(conv_id)],
        "transcript_md": transcript_markdown(store, conv_id, secrets),
        "case_ref": conv.get("case_ref"),
    }
