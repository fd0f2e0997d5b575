"""The own network picked out of a described Wi-Fi list, and a public hotspot only listed (rules/wifi_list.py), on
our own phrasings: the blind set (tests/data/round48_heldout.yaml) is scored by bench/round48.py, never tuned on."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.router_settings import portal_told
from flows.troubleshoot.rules.text import message
from flows.troubleshoot.rules.wifi_list import marked_network


@pytest.mark.parametrize(("text", "name"), [
    # explore10's n05, word for word
    ("There is a tick next to HOME-4F2A-2.4 and underneath there are others, xfinitywifi and HOME-4F2A-5 and the "
     "neighbours one", "HOME-4F2A-2.4"),
    ("Front desk? I am at home. The one with the tick is HOME-4F2A-2.4", "HOME-4F2A-2.4"),
    ("ours is BT-7XK2PQ, the others are neighbours", "BT-7XK2PQ"),
    ("NETGEAR47 (connected)", "NETGEAR47"),
    ("im connected to Vodafone-ABC123", "Vodafone-ABC123"),
    ("Smith Family has a tick, theres also xfinitywifi", "Smith Family"),
    ("mine is the top one, SKY1A2B3", "SKY1A2B3"),
    ("Linksys00421 is ours", "Linksys00421"),
    ("mine is called Bobs wifi", "Bobs wifi"),
])
def test_marked(text: str, name: str) -> None:
    assert marked_network(text) == name


@pytest.mark.parametrize("text", [
    "HomeNet", "im on my laptop", "Mine shows up as 'NETGEAR47' and 'NETGEAR47-5G'", "i see HomeNet and xfinitywifi",
])
def test_not_marked(text: str) -> None:
    assert marked_network(text) is None


@pytest.mark.parametrize(("text", "told"), [
    ("underneath there are others, xfinitywifi and HOME-4F2A-5", False),  # listed, not hers
    ("we use the xfinitywifi hotspot from the street", True),
    ("im connected to xfinitywifi", True),
    ("xfinitywifi", True),
    ("we have xfinity wifi at home", False),  # the provider's home service, not its hotspot
])
def test_public_hotspot_as_own_or_listed(text: str, told: bool) -> None:
    assert portal_told(message(text).plain) is told
