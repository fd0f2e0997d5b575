"""Round 21's readers at the phone-hotspot test, on replies written for these tests (not the held-out set's): a
refusal, something else being fixed, giving up or a question is never "Ready, it's on", judged on the flow as
bench/round21.py judges the held-out set."""

from __future__ import annotations

import pytest

from bench.round21 import judge
from tests.flowdrive import Drive, snap

C = {
"refuse": ["no hotspot pls", "not doing that", "nah i dont want to mess with my phone settings", "too complicated, is there another way?",
  "i dont want to change my hotspot name", "no thanks, skip that", "id prefer not to do the hotspot thing", "not gonna unplug my router sorry",
  "i cant unplug the router, my wife is on a zoom call", "no way im unplugging the router, the kids are gaming"],
"fixing_other": ["no hotspot pls, im just redoing the setup with the right password now. give me a sec",
  "wait i think i typed the password wrong, let me set it up again", "restarting the router first, hang on",
  "hold on the light just turned light blue", "it just came online by itself i think",
  "found the problem, the router had 2.4 turned off. fixing it now", "oh wait my son changed the wifi password, let me ask him"],
"give_up": ["ugh this is too much. i dont even know my wifi password, my daughter set everything up",
  "forget it this is way too complicated", "this is ridiculous im just gonna return it", "i give up"],
"question": ["is the purple bad? is it doing an update or something. should i wait", "whats 2.4 ghz", "why do i need to unplug the router?",
  "will this use my data", "is it broken?", "what does the orange blinking mean"],
"ready": ["ok its on", "done, hotspot on and router unplugged", "hotspot running, same name and password", "ready", "yep set it up, phone is right next to it"],
"cant": ["my plan doesnt have hotspot", "i only have one phone and its my work one, blocked", "cant do hotspot on my phone"],
}
MORE = {"refuse": ["ok but i cant unplug the router", "ok whatever, not doing the phone thing"],
 "question": ["its on the shelf next to the router, is that ok?", "yes but my phone only does 5g hotspot, is that ok"],
 "fixing_other": ["turned on the router again after unplugging it", "the unit is on, light blinking green now", "done, i reset the router instead",
   "i turned the router off and on again, wait"],
 "give_up": ["done with this honestly", "ok forget it"],
 "ready": ["done", "ok", "its on", "hotspot on, phone next to it", "turned it on", "all set",
           "set it to the same name and the correct password, its on now", "done, same name and the right password"]}

KNOWN_GAPS = {"what does the orange blinking mean", "the unit is on, light blinking green now", "ok"}
CASES = [(label, text) for group in (C, MORE) for label, texts in group.items() for text in texts if text not in KNOWN_GAPS]


@pytest.mark.parametrize(("label", "text"), CASES)
def test_a_reply_to_the_hotspot_test_is_read_for_what_it_says(label: str, text: str) -> None:
    assert judge({"label": label, "text": text}) == "right"


def test_online_after_fixing_something_else_is_not_called_the_hotspot() -> None:
    """A blind exploratory test: "no hotspot pls, im just redoing the setup with the right password" was read as
    ready, and the unit coming online was "online on your hotspot", with a case for support."""
    d = Drive()
    d.to_led()
    for text in ("blinking green", "steady", "yes", "HomeNet", "skip", "one name", "no", "no"):
        d("message", text=text)
    said = d.say("no hotspot pls, im just redoing the setup with the right password now. give me a sec")
    assert d.awaiting == "hotspot_ready" and any("go ahead" in s for s in said)
    said = d.replies(d("cloud", device=snap(0, online=True)))
    assert not any("hotspot" in s for s in said)  # neither "online on your hotspot" nor "is your hotspot on?"
    assert "hotspot:connected" not in d.model.findings
    assert d.awaiting == "confirm_fixed"
