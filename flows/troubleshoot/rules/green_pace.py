"""The green light's pace, answered at "Is the green light blinking at a steady pace, or flickering very fast?": a
"steady" first is the pace even with more said. Pure functions (rules/led.py reads the follow-up with them).
"""

from __future__ import annotations

import re

__all__ = ["steady_pace"]


# At "steady pace, or flickering very fast?", "steady" first is the pace (the button's "Steady, even blinking"), even
# with more said ("steady. whats the MAC anyway?" was a solid light and the unit "stuck": explore12's n09); a light
# that does not blink is said otherwise.
_STEADY_PACE = re.compile(r"^\W*(?:its |it s |it is |pretty |fairly |quite |very )?(?:steady|even|regular)\b")
_STAYS_ON = re.compile(r"\bnot (?:blinking|flashing)|\bdoesn ?t (?:blink|flash)|\bdoesnt (?:blink|flash)|\bstays? on\b"
                       r"|\bon all the time\b|\bno blink")


def steady_pace(text: str) -> bool:
    """Whether an answer to the green light's pace question starts with a steady pace and says no light stays on."""
    low = text.lower()
    return _STEADY_PACE.search(low) is not None and _STAYS_ON.search(low) is None
