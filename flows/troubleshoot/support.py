"""With support: what the customer is told when the case goes to the support team, their messages while it is
there, and how `stop` ends a conversation on each channel.

On the web chat the customer gets their case number and when to expect an answer, and is asked once (optional)
how support can reach them if they leave the page. On SMS the phone number is already the way back, and STOP is
confirmed by the carrier, so nothing more is said there.
"""

from __future__ import annotations

from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.rules import intents

SUPPORT_ACK_QUIET_SECONDS = 1800


class SupportSteps(FlowSteps):
    """The hand-off's follow-up, messages while with support, and `stop`."""

    def _support_intro(self) -> None:
        """Entering `handed_off`: note when (the web page marks later messages delivered to support); on the web
        chat, the case number and the one optional question about how to reach the customer."""
        self.d["handoff_at"] = self.m.now
        self.d.pop("contact_pending", None)
        if self.m.channel != "web":
            return
        self.say("case_number", fill={"case": self.m.conversation_id})
        if not self.d.get("callback"):
            self.say("ask_contact")
            self.d["contact_pending"] = True

    def _message_while_with_support(self, text: str, media: list[str] | None) -> None:
        who = intents.contact(text)
        if who:
            self._keep_contact(who)
        if self.d.pop("contact_pending", False):
            # The answer to "how can they reach you?": kept, or declined; anything else is a message for support.
            if who:
                self.say("contact_kept", fill={"contact": who})
                return
            if intents.declines_contact(text):
                self.say("contact_skipped")
                return
        if media:
            self.say("picture_unreadable")
        # Acknowledge, but not every line of a customer who writes several messages while waiting (the web page
        # shows each one as delivered to support).
        if self.m.now - float(self.d.get("support_acked_at", 0)) > SUPPORT_ACK_QUIET_SECONDS:
            self.say("with_support")
            self.d["support_acked_at"] = self.m.now

    def _stop(self) -> None:
        """`stop` (or an opt-out word): the conversation ends. SMS and Slack get no reply (on SMS the carrier
        confirms the opt-out); the web chat has no carrier, so the bot confirms it there."""
        if self.m.awaiting:
            self.d["resume"] = self.m.awaiting
        if self.m.channel == "web":
            self.say("stopped")
        self.m.finish("abandoned", "ended:opted_out")
        self.fire("abandon")
