"""AirPort-style scanner blocks with a security line the customer added (explore13's n16), in our own layouts: the
iOS block reader and the security findings. The blind set is bench/round64.py's."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.scan.detect import parse_scan
from flows.troubleshoot.rules.scan.findings import scan_findings

C11 = ("Casa Nest  \nBSSID: 3C:28:6D:11:22:33  \nRSSI: -52 dBm  \nChannel: 36 (5 GHz)  \nCasa Nest  \n"
       "BSSID: 3C:28:6D:11:22:34  \nRSSI: -48 dBm  \nChannel: 1 (2.4 GHz)  \nSecurity: WPA3 Personal")
BLOCK = "HomeMesh\nBSSID: 11:22:33:44:55:66\nRSSI: -60 dBm\nChannel: 6\n{line}"
WPA3_ONLY = {
    "c11, the name not told": (C11, None),
    "security inside the block": (BLOCK.format(line="Security: WPA3 Personal"), "HomeMesh"),
    "encryption": (BLOCK.format(line="Encryption: WPA3"), "HomeMesh"),
    "security type": (BLOCK.format(line="Security type: WPA3-Personal"), "HomeMesh"),
    "sae in brackets": (BLOCK.format(line="Security: WPA3 (SAE)"), "HomeMesh"),
    "ssid labelled": ("SSID: HomeMesh\nBSSID: 11:22:33:44:55:66\nRSSI: -60 dBm\nChannel: 6\nSecurity: WPA3 Personal",
                      "HomeMesh"),
    "security before the bssid": ("HomeMesh\nSecurity: WPA3 Personal\nBSSID: 11:22:33:44:55:66\nRSSI: -60 dBm\n"
                                  "Channel: 6", "HomeMesh"),
    "bullets": ("HomeMesh\n- BSSID: 11:22:33:44:55:66\n- RSSI: -60 dBm\n- Channel: 6\n- Security: WPA3 Personal",
                "HomeMesh"),
    "said once, on the 5 GHz block": ("HomeMesh\nBSSID: 11:22:33:44:55:66\nRSSI: -60 dBm\nChannel: 6\nHomeMesh\n"
                                      "BSSID: 11:22:33:44:55:67\nRSSI: -66 dBm\nChannel: 44\nSecurity: WPA3 Personal",
                                      "HomeMesh"),
}
NOT_WPA3_ONLY = {
    "mixed": (BLOCK.format(line="Security: WPA2/WPA3 Personal"), "HomeMesh"),
    "wpa2": (BLOCK.format(line="Security: WPA2 Personal"), "HomeMesh"),
    "none shown": (BLOCK.format(line=""), "HomeMesh"),
    "a neighbour's wpa3": (BLOCK.format(line="Security: WPA2 Personal") + "\nNeighbor5\nBSSID: 11:22:33:44:55:99\n"
                           "RSSI: -80 dBm\nChannel: 11\nSecurity: WPA3 Personal", "HomeMesh"),
    "the radios differ": ("HomeMesh\nBSSID: 11:22:33:44:55:66\nRSSI: -60 dBm\nChannel: 6\nSecurity: WPA2 Personal\n"
                          "HomeMesh\nBSSID: 11:22:33:44:55:67\nRSSI: -66 dBm\nChannel: 44\nSecurity: WPA3 Personal",
                          "HomeMesh"),
}


def _codes(paste: str, ssid: str | None) -> set[str]:
    return {code for code, _ in scan_findings(parse_scan(paste), ssid, "photon")}


@pytest.mark.parametrize("case", WPA3_ONLY, ids=list(WPA3_ONLY))
def test_wpa3_only_is_found(case: str) -> None:
    assert "wifi:wpa3_only" in _codes(*WPA3_ONLY[case])


@pytest.mark.parametrize("case", NOT_WPA3_ONLY, ids=list(NOT_WPA3_ONLY))
def test_not_wpa3_only(case: str) -> None:
    assert "wifi:wpa3_only" not in _codes(*NOT_WPA3_ONLY[case])


def test_the_security_line_is_no_network_and_the_name_label_is_not_the_name() -> None:
    nets = parse_scan("SSID: HomeMesh\nBSSID: 11:22:33:44:55:66\nRSSI: -60 dBm\nChannel: 6\nSecurity: WPA3 Personal")
    assert [(n.ssid, n.security, n.signal_dbm, n.channel) for n in nets] == [("HomeMesh", "wpa3", -60, 6)]
    assert [n.ssid for n in parse_scan(C11)] == ["Casa Nest", "Casa Nest"]
