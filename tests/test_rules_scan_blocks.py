"""Readouts laid out in blocks: the name on its own line, its values below (blind exploratory round 11 got
"HomeNet doesn't show up by name" for both layouts)."""

from __future__ import annotations

from flows.troubleshoot.rules.scan import parse_scan, scan_findings, ssid_choices
from flows.troubleshoot.rules.scan.blocks import merge_blocks

LABELLED = """HomeNet
BSSID: a4:2b:b0:11:22:33
Signal: -52 dBm
Channel: 6 (2437 MHz)
Width: 40 MHz
Security: [WPA2-PSK-CCMP][RSN-PSK-CCMP][ESS]"""

VALUES_BELOW = """Johnson's WiFi
-48 dBm  ch 36  80MHz  WPA2
Johnson's WiFi
-55 dBm ch 11 20MHz WPA2/WPA3"""


def test_labelled_values_below_the_name() -> None:
    [net] = parse_scan(LABELLED)
    assert (net.ssid, net.bssid, net.signal_dbm, net.channel, net.width_mhz, net.security) == \
        ("HomeNet", "a4:2b:b0:11:22:33", -52, 6, 40, "wpa2")
    assert "wifi:channel_width_40mhz" in {code for code, _ in scan_findings(parse_scan(LABELLED), "HomeNet", "photon")}


def test_a_values_line_under_each_name() -> None:
    nets = parse_scan(VALUES_BELOW)
    assert [(n.ssid, n.band, n.channel, n.width_mhz, n.signal_dbm) for n in nets] == [
        ("Johnson's WiFi", "5", 36, 80, -48), ("Johnson's WiFi", "2.4", 11, 20, -55)]


def test_other_layouts_are_not_blocks() -> None:
    assert merge_blocks(["HomeNet -52 dBm ch 6 20MHz WPA2"]) is None  # one line: the generic reader's
    assert merge_blocks(["hello", "how are you"]) is None


def test_airport_rows_with_the_values_before_the_bssid() -> None:
    # Round 12: the whole row before the BSSID was taken as the name, and the customer asked to pick among three.
    nets = parse_scan("MeshHome  RSSI -67  Channel 1   Security WPA2 Personal  BSSID 4A:22:11:00:AB:01\n"
                      "MeshHome  RSSI -71  Channel 44  Security WPA2 Personal  BSSID 4A:22:11:00:AB:02\n"
                      "MeshHome  RSSI -88  Channel 11  Security WPA2 Personal  BSSID 4A:22:11:00:CC:05")
    assert [(n.ssid, n.channel, n.signal_dbm, n.security) for n in nets] == [
        ("MeshHome", 1, -67, "wpa2"), ("MeshHome", 44, -71, "wpa2"), ("MeshHome", 11, -88, "wpa2")]
    assert ssid_choices(nets) == ["MeshHome"]
