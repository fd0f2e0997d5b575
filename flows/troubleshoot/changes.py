"""What the customer corrects or tells later in the chat about the Wi-Fi password: "actually it was the app password I
typed", after the password question, means setting the unit up again with the Wi-Fi's key."""

from __future__ import annotations

from flows.troubleshoot.base import FlowSteps
from flows.troubleshoot.rules.reading import read

# What the finding says when the customer told why the password may be wrong.
_WHY_DETAIL = {"changed": "changed since the set-up"}
# The questions after the password's, where "actually it was the app password I typed" is a correction of it.
CORRECTION_STEPS = frozenset({"wifi_scan", "router_check"})


class ChangeSteps(FlowSteps):
    """Corrections of the password answer, and setting up again for a password that is suspected."""

    def _told_later(self, text: str) -> bool:
        """A correction of the password answer told at a later question; False when the message is none."""
        return self.step in CORRECTION_STEPS and self._password_corrected(text)

    def _password_corrected(self, text: str) -> bool:
        """"actually no wait, it was the app password I typed" after the password question: back to setting it up
        again with the Wi-Fi password (a blind exploratory test went on to the router questions, the cause lost)."""
        if self.d.get("pw_phase") == "resetup" or read("wifi_network", text).label != "wrong_password":
            return False
        self._wrong_password()
        return True

    def _wrong_password(self, why: str | None = None) -> None:
        self.m.finding("wifi:wrong_password_suspected", "customer", _WHY_DETAIL.get(why or ""))
        self.d["pw_phase"] = "resetup"
        self.d.pop("resetup_for", None)
        if why:
            self.d["resetup_for"] = why  # "I changed the wifi password last week": its own words for setting up again
        self.d["misses"] = 0
        self.fire("ask_password")
