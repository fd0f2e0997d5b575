"""The troubleshooting flow as the engine sees it (bot.flowkit.Flow): its state machine, and how it reads an
inbound message once (the Wi-Fi key hidden, the opt-out keyword found). Plugged in by bot/server/runtime.py, so
the engine itself never imports this flow.
"""

from __future__ import annotations

from bot.flowkit import KeyMemory
from flows.troubleshoot.machine import TroubleshootFlow
from flows.troubleshoot.rules import intents, reading, redact, text

# Answers read once at start-up so that every reader's patterns are compiled before the first customer's (they
# cover 700 of the 728 patterns the held-out answers use). Not shown to anyone.
WARM_ANSWERS = (
    "1", "yes", "no idea what you mean", "it's blinking green fast", "my wifi is HomeNet 2.4ghz and password "
    "abc12345", "skip", "help", "call me at 555 1234", "cyan", "nothing, the light is off",
    "I can't do it right now, maybe tomorrow", "yes I registered it in the app on my phone",
    "still nothing, the light is blinking green", "one name, it's the one that ends in 5g",
)


class TroubleshootPlugin:
    """The `Flow` the server gives the engine."""

    machine = TroubleshootFlow

    def read(self, text: str, awaiting: str | None,
             memory: KeyMemory | None = None) -> tuple[str, dict[str, object]]:
        """The message as it may be stored (any Wi-Fi key replaced by [redacted], also one hidden earlier in the
        conversation: `memory`), what is known of the key, and `word`: the intent that applies at any step (stop,
        start, agent, restart, help) or None, read once here.
        """
        word = intents.global_word(text)
        if word:
            # A whole-message keyword is never a Wi-Fi key: "STOPALL" at the password question is an opt-out.
            return text, {"word": word}
        stored, facts = redact.redact_secrets(text, awaiting, memory)
        # Read on the stored text, so a Wi-Fi key can never be taken for "agent" or "restart".
        return stored, {**facts, "word": intents.step_free_intent(stored)}

    def warm(self, steps: bool = True) -> None:
        """Load what reading any message needs: wordfreq and its English list (about 0.13 s, 16 MB, mostly
        wordfreq's own modules); with `steps`, also the answer readers' patterns, compiled at their first use
        (flows/lazy_re.py; about 1,000, 0.3 s), by reading a few typical answers to every question. The other eight languages' lists
        (10 MB in `wordlists`' compact form, 37 MB as wordfreq keeps them), asked only when a token may be a Wi-Fi
        key, load at that first need."""
        text.is_word("warm")
        if not steps:
            return
        for question in reading.QUESTIONS:
            for answer in WARM_ANSWERS:
                reading.read(question, *redact.redact_secrets(answer, question))

    def keyword(self, text: str) -> str | None:
        """"stop" or "start" when the whole message is an SMS opt-out/opt-in keyword; None otherwise."""
        return intents.global_word(text)


TROUBLESHOOT = TroubleshootPlugin()
