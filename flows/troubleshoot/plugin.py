"""The troubleshooting flow as the engine sees it (bot.flowkit.Flow): its state machine, and how it reads an
inbound message once (the Wi-Fi key hidden, the opt-out keyword found). Plugged in by bot/server/runtime.py, so
the engine itself never imports this flow.
"""

from __future__ import annotations

from flows.troubleshoot.machine import TroubleshootFlow
from flows.troubleshoot.rules import intents, redact


class TroubleshootPlugin:
    """The `Flow` the server gives the engine."""

    machine = TroubleshootFlow

    def read(self, text: str, awaiting: str | None) -> tuple[str, dict[str, object]]:
        """The message as it may be stored (any Wi-Fi key replaced by [redacted]) and what is known of the key."""
        return redact.redact_secrets(text, awaiting)

    def keyword(self, text: str) -> str | None:
        """"stop" or "start" when the whole message is an SMS opt-out/opt-in keyword; None otherwise."""
        return intents.global_word(text)


TROUBLESHOOT = TroubleshootPlugin()
