"""Wi-Fi scanner readouts: parse what a customer pastes from a scanner app and turn it into `wifi:*` findings.

Pure functions only: no I/O, no clock. A readout is untrusted free text, so `parse_scan` never raises and
returns ``[]`` for anything it cannot read; the flow then asks the router questions instead (`scan_answers`
says which ones the scan already answered).

Signal in percent (Windows `netsh`, NetworkManager `nmcli`) is converted with ``dBm = percent // 2 - 100``,
the inverse of the ``percent = 2 * (dBm + 100)`` mapping that Windows uses and that Particle's own vitals use
for Argon and P2 (`docs/particle-facts.md` section 3.4). So 100 % is -50 dBm and 40 % is -80 dBm: rough, but good
enough to tell "weak" from "fine".

Layout: `model` (the `ScannedNetwork` record and shared value helpers), one module per scanner family
(`android`, `network_analyzer`, `apple`, `windows`, `linux`, `iwlist`, `generic` with its typed-table reader
`table`), `detect` (format detection and the dispatching parse) and `findings` (picking the customer's network
and the `wifi:*` findings) and `own` (what a readout says about the customer's own network). This package re-exports the public API so callers import from
`flows.troubleshoot.rules.scan` only.
"""

from __future__ import annotations

# Public API (listed in __all__), then the module-level names callers and tests reach as `scan.<name>`.
from .detect import FORMATS, detect_format, parse_scan
from .detect import MAX_LINE_CHARS as MAX_LINE_CHARS
from .detect import MAX_NETWORKS as MAX_NETWORKS
from .detect import MAX_TEXT_CHARS as MAX_TEXT_CHARS
from .detect import _parse as _parse
from .findings import CELLULAR_PLATFORMS as CELLULAR_PLATFORMS
from .findings import DUAL_BAND_PLATFORMS as DUAL_BAND_PLATFORMS
from .findings import WEAK_SIGNAL_DBM as WEAK_SIGNAL_DBM
from .findings import networks_named, scan_answers, scan_findings, sentence_findings, ssid_choices
from .model import ScannedNetwork
from .model import _norm_security as _norm_security
from .model import _pct_to_dbm as _pct_to_dbm
from .own import readout_networks

__all__ = [
    "FORMATS",
    "ScannedNetwork",
    "detect_format",
    "networks_named",
    "parse_scan",
    "readout_networks",
    "scan_answers",
    "sentence_findings",
    "scan_findings",
    "ssid_choices",
]
