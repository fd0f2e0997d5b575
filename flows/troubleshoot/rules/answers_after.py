"""Reader for the light question asked again after a remedy ("Once you've done that, what is the light doing now?"):
the customer describes the light (read by `led.parse_led`), says nothing changed, or only says they did it.
"""

from __future__ import annotations

from flows.troubleshoot.rules import led
from flows.troubleshoot.rules.answer import Reading
from flows.troubleshoot.rules.text import Message

# Nothing changed: the light is what it was before the remedy.
_SAME = (r"(still|stil|stll) (the )?same", r"same( old)?( thing| things| as (before|earlier|it was|b4)| again| pattern"
         r"| light| lights| problem| deal| story| issue| result| here)?", r"samey?", r"no change", r"no diff(erence)?",
         r"unchanged", r"(nothing|nothin|nout|nowt) (has )?(changed|changes|different|new|happened)",
         r"(didnt|did not|doesnt|does not|hasnt|has not|havent|not|wont|wasnt) "
         r"(change|changed|help|helped|work|worked|fix|fixed|do anything|did anything|make a difference|do a thing)",
         r"(hasnt|has not|havent|have not|didnt|did not|not) (yet )?(solved|fixed|sorted|resolved|helped|changed)",
         r"no (luck|joy|dice|go|improvement|better)", r"not (any )?(better|different)", r"no different",
         r"(back|went back|came back|goes back|going back|right back) to (the same|it|what|how|doing)",
         r"still (stuck|doing (it|that|this|the same)|happening|there|going|at it|like that|the case|no good|bad)",
         r"^still$", r"^same$", r"as before", r"like before", r"identical", r"exact same",
         r"same (old )?(same|story)", r"(it )?keeps? (doing|happening)", r"^nope same", r"didnt do (anything|nothing)")
# Only that the remedy was done (or an acknowledgement), with nothing about the light now.
_DONE = (r"done", r"did (it|that|so|this|as you said|what you said)", r"(un)?plugged( it)?( in| back)?",
         r"re ?plugged", r"power(ed)? ?(it )?(off|cycled|cycle|down|up|back)", r"restart(ed)?", r"reboot(ed)?",
         r"reset( it)?", r"turned (it )?(off|on|back)", r"switched (it )?(off|on|back)", r"ok(ay|ey)?", r"k+",
         r"kk", r"yes", r"yep", r"yup", r"yeah", r"ya", r"sure", r"alright", r"tried( it| that)?",
         r"(it s |its )?back (on|in|up)", r"waited", r"finished", r"(set|setup) (it )?(up )?again", r"complete(d)?",
         r"got it", r"will do", r"on it", r"cool", r"thanks?", r"ty", r"all (set|good)", r"went through",
         r"changed (the )?(cable|charger|plug|socket|outlet|usb)", r"(new|another|different) (cable|charger|plug"
         r"|socket|outlet|usb)", r"twice", r"again")


def led_after(msg: Message) -> Reading:
    """`led` (the light described: `led` holds it), `same`, `done`, or None (none of these: a question, or
    words the bot cannot use)."""
    reading = led.parse_led(msg.raw)
    same = msg.has(*_SAME)
    # "nothing changed" / "no difference" read as "no light" to the light's reader: with no colour or pattern
    # named, they say the light did not change.
    if reading is not None and reading.described and not (same and reading.colour is None and reading.pattern is None):
        return Reading("led", led=reading)
    if msg.is_question:
        return Reading(None)
    if same:
        return Reading("same")
    if msg.has(*_DONE):
        return Reading("done")
    return Reading(None)
