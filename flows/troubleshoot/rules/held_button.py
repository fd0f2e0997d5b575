"""A button held down for a long time, told with the light: "held down both buttons for like 20 sec, now its blinking
dark blue".

Holding the MODE (SETUP) button about 10 seconds clears the unit's saved Wi-Fi (docs/particle-facts.md 1.2, "fast
blinking dark blue ... Wi-Fi creds cleared"); about 3 seconds only starts set-up mode and keeps them. The tenth blind
exploratory test held both buttons for 20 seconds and, at blinking dark blue, was told to unplug the unit because "it
usually still has your Wi-Fi details". `held_long` is true when a button was held (kept pressed, pushed down until the
light changed) for about ten seconds or more, or "a long time"; not for a press of the RESET button or a short hold.
"""

from __future__ import annotations

import re

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["held_long"]

_NUMBERS = {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "a few": 3, "few": 3, "five": 5, "three": 3,
            "two": 2, "a couple": 2, "couple": 2, "eight": 8, "twelve": 12, "forty": 40, "sixty": 60}
# A button held: "held (down) the button", "kept pressing", "pressed and held", "hold it down".
_HELD = lazy(r"\b(?:held|hold|holding|kept (?:pressing|pushing|holding)|pressed and held|pushed and held|press(?:ed)? "
             r"(?:it |them |the \w+ |both )?(?:down )?(?:for|till|until)|push(?:ed)? (?:it |them |the \w+ |both )?(?:down )?"
             r"(?:for|till|until))\b")
_BUTTON = lazy(r"\b(?:button|buttons|mode|setup|set up|both|them|it|reset)\b")
_SECONDS = lazy(r"\b(\d{1,3}|ten|fifteen|twenty|thirty|forty|sixty|a few|few|five|three|two|a couple|couple|eight|twelve)"
                r"\+? ?(?:-|to )?(?:\d{1,3} )?(?:s|sec|secs|second|seconds)\b")
_LONG = lazy(r"\b(?:a (?:long|good long|really long) (?:time|while)|ages|forever|(?:till|until) (?:it|the light) "
             r"(?:changed|went|turned|started|flashed|blinked)|(?:till|until) it (?:\w+ )?(?:blue|white|flash\w*|blink\w*)"
             r"|a minute|like a min\w*|ten|10\+? ?s)\b")


def held_long(text: str) -> bool:
    """Whether the customer held a button down long enough to clear the saved Wi-Fi (about ten seconds or more)."""
    plain = message(text).plain
    held = _HELD.search(plain)
    if held is None or _BUTTON.search(plain) is None:
        return False
    after = plain[held.start():]
    if (seconds := _SECONDS.search(after)) is not None:
        said = seconds.group(1)
        value = int(said) if said.isdigit() else _NUMBERS.get(said, 0)
        return value >= 8
    return _LONG.search(after) is not None or re.search(r"\bboth buttons\b", plain) is not None
