"""The ninth blind exploratory test's findings that were fixed, pinned: a Wi-Fi on 5 GHz only asked about before the
unit is known (a P2 owner was told it could only use 2.4 GHz), and more below. Flow-level, on tests/flowdrive.py."""

from __future__ import annotations

from tests.flowdrive import Drive, snap

FIVE_ONLY_ASKED = "P2MKAB4309QXJ6W wont connect, is it because my router is 5ghz only?"


def test_a_5ghz_only_wifi_asked_about_with_the_serial_is_answered_for_the_unit_found() -> None:
    p2 = Drive()
    said = Drive.replies(p2("begin", text=FIVE_ONLY_ASKED))
    assert not any("2.4 GHz" in r for r in said), said  # nothing claimed before the unit is known
    said = Drive.replies(p2("lookup_result", device=snap(2)))  # kitchen-hub, a P2
    assert any("can use 5 GHz Wi-Fi as well" in r for r in said), said
    assert not any("only use 2.4 GHz" in r for r in said)
    assert "wifi:no_2_4ghz" not in p2.model.findings
    photon = Drive()
    photon("begin", text=FIVE_ONLY_ASKED.replace("P2MKAB4309QXJ6W", "PHHAAB830ABCDEF"))
    said = Drive.replies(photon("lookup_result", device=snap(0)))  # porch-sensor, a Photon
    assert any("can only use 2.4 GHz" in r for r in said), said
    assert "wifi:no_2_4ghz" in photon.model.findings
