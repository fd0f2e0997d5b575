"""The status-light steps' tables (light.py): which copy remedies each light, and which follow-up question each
detail the light still needs asks, with the choices that answer it."""

from __future__ import annotations

from flows.troubleshoot.copy import CHOICES

LED_REMEDY = {
    "led:blinking_blue": "remedy_blue",
    "led:off": "remedy_off",
    "led:red_sos": "remedy_sos",
    "led:breathing_magenta": "remedy_safe_mode",
    "led:blinking_magenta": "remedy_updating",
    "led:blinking_yellow": "remedy_yellow",
    "led:breathing_green": "remedy_breathing_green",
    # Its own program switched the Wi-Fi off (docs/particle-facts.md 1.1): a restart first, then support (round 11).
    "led:breathing_white": "remedy_breathing_white",
}
# The follow-up question for each detail the light still needs, with the choices that answer it.
DETAIL_QUESTIONS = {
    "green_speed": ("ask_green_speed", CHOICES["green_speed"]),
    "cyan_blinks": ("ask_cyan_blinks", CHOICES["cyan_blinks"]),
    "blink_count": ("ask_blink_count", CHOICES["blink_count"]),
    "sos_count": ("ask_sos_count", CHOICES["skip"]),
    "blue_shade": ("ask_blue_shade", CHOICES["blue_shade"]),
    "white_pattern": ("ask_white_pattern", CHOICES["white_pattern"]),
    "light_pattern": ("ask_light_pattern", CHOICES["light_pattern"]),
}
