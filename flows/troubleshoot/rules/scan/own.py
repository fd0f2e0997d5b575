"""What a readout at the scanner question says about the customer's own network (whose name the bot asked first).

`readout_networks` is what the flow judges: the networks parsed from the readout. A single "network" that is not
theirs is a sentence about their own ("only 5GHz" read as a network named "only"), not a listing where theirs is
missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from .detect import parse_scan
from .findings import networks_named
from .model import ScannedNetwork


def readout_networks(text: str, ssid: str | None,
                     parsed: Sequence[ScannedNetwork] | None = None) -> list[ScannedNetwork]:
    """The networks a readout shows, for the flow to judge (`parsed`: parse_scan's result, if already read)."""
    nets = list(parsed) if parsed is not None else parse_scan(text)
    if ssid and len(nets) == 1 and not networks_named(nets, ssid):
        return []
    return nets
