"""With support, the unit's own news posted to the customer: coming online at once, then a drop once and its return
once, and no more (explore13's n19 got the same "Good news" three times for a unit going on and off). Part of the flow:
support.py's SupportSteps builds on it; device.py's cloud handler asks it first.
"""

from __future__ import annotations

from flows.troubleshoot.base import FlowSteps

# The unit's own news posted while support has the case (online, a drop, back), at most this many times.
MAX_STATUS_POSTS = 4


class SupportNewsSteps(FlowSteps):
    def _cloud_news_with_support(self, was_online: bool, online: bool) -> bool:
        """The unit's news while support has the case and no one has picked it up (the case stays open): whether this
        said it (or chose to say nothing). Coming online is said at once; after that a drop is said once and the return
        once, then nothing more (explore13's n19: the same "Good news" three times for a unit going on and off, and
        never a word when it went off). At most MAX_STATUS_POSTS in all."""
        if self.step != "handed_off" or self.m.assignee or self.m.status != "handed_off" or was_online == online:
            return False
        last, posts = self.d.get("support_news"), self.d.get("support_posts", 0)
        if not online:
            self.d["online_seen"] = False
        if posts >= MAX_STATUS_POSTS or (online and last in ("online", "back")):
            return True
        if not online:
            if last == "hotspot":
                self.d["support_news"] = None  # the test's hotspot turned off, as told: the home Wi-Fi's news may follow
            elif last == "online":
                self._status_post("dropped", "offline_again_with_support")
            return True
        if last == "dropped":
            self._status_post("back", "back_online_with_support")
            return True
        # Handed off during the hotspot test, it is most likely on the phone's hotspot: the test's result, not a fix
        # (round 11); with the hotspot off since, back on the home Wi-Fi (round 12). Not when they cannot make one,
        # have none on, or never said "ready" (explore10's "my phone plan doesn't allow hotspot", explore12's n01).
        on_hotspot = self.d.get("resume") in ("hotspot_ready", "hotspot_wait") and not self.d.get("hotspot_off") \
            and "hotspot:not_possible" not in self.m.findings and not self.d.get("hotspot_not_on") \
            and (self.d.get("resume") == "hotspot_wait" or bool(self.d.get("hotspot_attempts")))
        if on_hotspot:
            self.m.finding("hotspot:connected", "cloud", "online after the hand-off, during the hotspot test")
        self.d["home_online"] = bool(self.d.get("hotspot_off"))  # "so its fixed?" then closes (support_replies)
        self._status_post("hotspot" if on_hotspot else "online", "online_on_hotspot_with_support" if on_hotspot else
                          "online_home_after_hotspot" if self.d.get("hotspot_off") else "online_while_with_support")
        return True

    def _status_post(self, news: str, key: str) -> None:
        self.d["support_news"], self.d["support_posts"] = news, self.d.get("support_posts", 0) + 1
        self.say(key)
