"""Driving the troubleshooting flow in process, one event at a time, with no engine or I/O: for the flow's tests
(tests/test_flow.py) and the held-out benches that judge what the flow does (bench/round17.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bot.cloud.models import DeviceInfo
from bot.cloud.simulated import DEMO_DEVICES
from bot.flowkit import FlowConfig, FlowModel
from flows.troubleshoot.machine import TroubleshootFlow


def snap(index: int = 0, **over: Any) -> dict[str, Any]:
    """A device snapshot exactly as the engine hands it to the flow (DeviceInfo.snapshot())."""
    return {**DeviceInfo.from_api(DEMO_DEVICES[index]).snapshot(), **over}


# From the light question to the phone-hotspot test: a steady green, the Wi-Fi key, the name, no scan, one name for
# both bands, no registration, no sign-in page.
HOTSPOT_ROUTE = ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no", "no")


class Drive:
    """Feeds events to the flow one at a time and keeps the effects of the last event."""

    def __init__(self, **cfg: Any) -> None:
        self.model = FlowModel(state=None, data={}, findings={}, cfg=FlowConfig(**cfg))

    def __call__(self, kind: str, **payload: Any) -> list[dict[str, Any]]:
        self.model.effects = []
        TroubleshootFlow(model=self.model, state_field="state").handle(kind, **payload)
        return list(self.model.effects)

    def say(self, text: str) -> list[str]:
        return self.replies(self("message", text=text))

    @staticmethod
    def replies(effects: list[dict[str, Any]]) -> list[str]:
        return [e["text"] for e in effects if e["type"] == "reply"]

    @property
    def state(self) -> str | None:
        return self.model.state

    @property
    def awaiting(self) -> str | None:
        return self.model.awaiting

    def to_led(self, device: dict[str, Any] | None = None) -> None:
        self("begin", text="hi")
        self("message", text=DEMO_DEVICES[0]["serial_number"])
        self("lookup_result", device=device or snap(0))
        assert self.awaiting == "led", self.model

    @classmethod
    def route(cls, messages: Iterable[str], reached: str | Callable[[Drive], bool], **cfg: Any) -> Drive:
        """A new flow at the light question, sent `messages` in turn, checked to end where a held-out bench judges
        (`reached`: an awaiting value, or a test of the flow). Raises when it does not: a route that no longer
        reaches its step would judge answers to another question."""
        messages = tuple(messages)
        d = cls(**cfg)
        d.to_led()
        for text in messages:
            d("message", text=text)
        if not (d.awaiting == reached if isinstance(reached, str) else reached(d)):
            raise RuntimeError(f"the route {messages} ends at {d.awaiting}")
        return d

    @classmethod
    def with_support(cls, contact: str | None = None, **cfg: Any) -> Drive:
        """A new flow handed to support after the phone-hotspot test passed (the router is the cause), at the contact
        question; with `contact`, that answer given first. Raises when the route ends elsewhere."""
        d = cls.route(HOTSPOT_ROUTE, "hotspot_ready", **cfg)
        d("message", text="ready")
        d("cloud", device=snap(0, online=True))
        if d.state != "handed_off" or not d.model.data.get("contact_pending"):
            raise RuntimeError("the route does not end with the contact question")
        if contact is not None:
            d("message", text=contact)
        return d
