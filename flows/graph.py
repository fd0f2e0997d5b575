"""A Mermaid diagram of the troubleshooting flow, generated from the state machine itself."""

from __future__ import annotations

import re

from flows.troubleshoot.machine import TroubleshootFlow

# Edges every step has (global words and silence); the compact diagram states them once in prose instead.
_EVERYWHERE = (" : Abandon", " : Hand off", " : Came online", " : Ask led")


def mermaid(compact: bool = False) -> str:
    text = format(TroubleshootFlow, "mermaid")
    if not compact:
        return text
    keep = []
    for line in text.splitlines():
        m = re.match(r"\s*(\w+) --> (\w+) : ", line)
        if m and m.group(2) == "looking_up" and m.group(1) not in ("start", "device_id", "looking_up"):
            continue  # another unit named at a question about one ("sorry, wrong one"): stated in prose
        if m and (m.group(1) == m.group(2) or line.endswith(_EVERYWHERE)):
            if not (line.strip().startswith(("looking_up --> led", "led_detail --> led ")) or
                    ("--> confirm_fixed" in line and line.strip().startswith("looking_up")) or
                    ("--> handed_off" in line and line.strip().startswith(("hotspot_wait", "confirm_fixed")))):
                continue
        keep.append(line)
    return "\n".join(keep)
