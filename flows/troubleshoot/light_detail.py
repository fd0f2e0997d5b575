"""The light, from the answer to one of the light's follow-up questions (the green's pace, the flashes between light blue
blinks and their count, the blue's shade, the SOS count): a pure function the light step (light.py) calls.
"""

from __future__ import annotations

from flows.troubleshoot.rules import led
from flows.troubleshoot.rules.reading import Reading

__all__ = ["detail_from_answer"]


def detail_from_answer(need: str, answer: Reading, prev: led.LedReading) -> led.LedReading | None:
    """The light, from the answer to the follow-up question `need` (None if the answer does not say)."""
    label = answer.label
    R = led.LedReading
    if need == "green_speed" and label in ("slow", "fast", "unsure"):
        # Fast green is a distinctive flicker; a customer who cannot tell is seeing the normal pace.
        code = "led:fast_green" if label == "fast" else "led:blinking_green"
        return R(code=code, need=None, colour="green", pattern="blinking", speed="fast" if label == "fast" else "normal")
    if need == "cyan_blinks" and label in ("none", "unsure"):
        return R(code="led:blinking_cyan", need=None, colour="cyan", pattern="blinking", speed=prev.speed)
    if need == "cyan_blinks" and label == "orange":
        if answer.value in (1, 2, 3):  # "two orange flashes": the count, not asked again
            return R(code=f"led:cyan_orange_{answer.value}", need=None, colour="orange", count=int(answer.value))
        return R(code=None, need="blink_count", colour="orange", speed=prev.speed)
    if need in ("cyan_blinks", "blink_count") and label == "red":
        return R(code="led:cyan_red", need=None, colour="red", count=1)
    if need in ("cyan_blinks", "blink_count") and label == "magenta":
        return R(code="led:cyan_magenta", need=None, colour="magenta", count=1)
    if need == "blink_count" and label in ("1", "2", "3"):
        return R(code=f"led:cyan_orange_{label}", need=None, colour="orange", count=int(label), speed=prev.speed)
    if need == "blink_count" and label == "unsure":
        # Orange flashes seen but not counted: still trying to reach the cloud; the router questions come next.
        return R(code="led:blinking_cyan", need=None, colour="cyan", pattern="blinking", note="orange_uncounted")
    if need == "blue_shade" and label in ("light", "dark"):
        return led.parse_led_detail(need, "light blue" if label == "light" else "dark blue", prev)
    if need == "blue_shade" and label == "unsure":
        # Can't tell the shade (a blind exploratory test was handed off after two "not sure"s): a slow pulse is the
        # light blue of a connected unit (dark blue never pulses); a blink goes on to the Wi-Fi checks, which cover
        # both (set-up mode and reaching our servers), with the hotspot test to tell them apart.
        if prev.pattern == "breathing":
            return led.parse_led_detail(need, "light blue", prev)
        return R(code="led:unknown", need=None, colour="blue", pattern=prev.pattern, note="blue, shade unknown")
    if need == "sos_count" and label in ("count", "skip"):
        count = int(answer.value) if label == "count" and answer.value is not None else None
        return R(code="led:red_sos", need=None, colour="red", pattern="blinking", count=count)
    return None
