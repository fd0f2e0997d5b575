"""A readout typed or pasted as blocks: the network's name on a line of its own, its values on the lines below
("HomeNet" then "-48 dBm  ch 36  80MHz  WPA2", or "BSSID: ...", "Signal: -52 dBm", "Channel: 6", "Width: 40 MHz").
Each block becomes one line ("HomeNet -48 dBm ch 36 80MHz WPA2") for the generic reader. A blind exploratory round
got "HomeNet doesn't show up by name" for both layouts.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy

# A line of values: labelled ("Signal: -52 dBm") or a measurement first ("-48 dBm  ch 36").
_LABELLED = lazy(r"^\s*(?:bssid|mac|signal|rssi|level|strength|channel|chan|ch|width|bandwidth|channel width"
                 r"|security|auth|authentication|encryption|frequency|freq|band|mode|standard)\s*[:=]\s*(.*)$",
                 re.IGNORECASE)
_MEASURE_FIRST = lazy(r"^\s*(?:-\d{2,3}\s*dbm|ch(?:annel)?\s*\d|\d{1,3}\s*mhz|\d(?:\.\d)?\s*ghz|wpa|wep|open\b"
                      r"|(?:[0-9a-f]{2}:){5}[0-9a-f]{2})", re.IGNORECASE)
# What a name line never has: a measurement.
_MEASURE = lazy(r"-\d{2,3}\s*dbm|\bch(?:annel)?\s*\d|\d\s*mhz|\d\s*ghz|(?:[0-9a-f]{2}:){5}", re.IGNORECASE)


def _value(line: str) -> str:
    """A labelled value as the generic reader reads it ("Channel: 6 (2437 MHz)" -> "ch 6")."""
    m = _LABELLED.match(line)
    if not m:
        return line.strip()
    label, value = line.split(m.group(1), 1)[0].strip(" :=").lower(), m.group(1).strip()
    value = re.sub(r"\s*\([^)]*\)", "", value)  # "(2437 MHz)": the frequency again, which the channel gives
    if label in ("channel", "chan", "ch"):
        return f"ch {value}"
    if label in ("width", "bandwidth", "channel width"):
        return value.replace(" ", "")
    if label in ("security", "auth", "authentication", "encryption"):
        found = re.findall(r"wpa3|wpa2|wpa|wep|open|owe", value, re.IGNORECASE)
        return "/".join(dict.fromkeys(f.upper() for f in found)) or value
    return value


def merge_blocks(lines: list[str]) -> list[str] | None:
    """One line per block, or None when the readout is not laid out in blocks."""
    merged: list[str] = []
    blocks = 0
    for line in (ln for ln in lines if ln.strip()):
        is_value = bool(_LABELLED.match(line) or _MEASURE_FIRST.match(line))
        if is_value and merged:
            merged[-1] += " " + _value(line)
            blocks += 1
        elif not is_value and not _MEASURE.search(line) and len(line.strip()) <= 32:
            merged.append(line.strip())
        else:
            return None  # a line with a name and values together: not this layout
    return merged if blocks and all(_MEASURE.search(m) or re.search(r"wpa|wep", m, re.I) for m in merged) else None
