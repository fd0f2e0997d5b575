"""A Mermaid diagram of the troubleshooting flow, generated from the state machine itself."""

from __future__ import annotations

from flows.troubleshoot.machine import TroubleshootFlow


def mermaid() -> str:
    return format(TroubleshootFlow, "mermaid")
