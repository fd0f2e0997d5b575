"""Round 22's readers, on messages written for these tests (not the held-out set's): how to set the unit up again
once support has the case, a change of the Wi-Fi told at a router question without "changed", and declining the
contact question, judged on the flow as bench/round22.py judges the held-out set."""

from __future__ import annotations

import pytest

from bench.round22 import judge

SETUP_HOW = ["how do i put the new wifi name and password into the sensor?", "how do i redo the setup", "so how do i connect it to my wifi again?",
 "how do i set it up again", "whats the steps to reconnect it to the home wifi", "can you walk me through setting it up again",
 "how do i change the wifi password on the unit", "how to update the wifi details on it", "how do i get it back on my wifi",
 "ok how do i fix the password on it"]
NOT_SETUP_HOW = ["i already set it up again", "ok ill wait for support", "what password is it using?", "thanks", "can support call me",
 "do i still need the hotspot", "what do i change on the router", "how long will support take", "how do i turn the hotspot off",
 "the setup was easy last time", "how do i change the password on the router?"]
CH = ["no. but the wifi name is different now", "the sensor was set up on our old wifi", "we changed the wifi password last month, does that matter?",
 "new router has a different network name", "no, but we got a new router since it was set up", "not sure. my son changed the wifi password",
 "the wifi name changed when we switched provider", "it was set up on the old router", "no but the password isnt the same as when i set it up",
 "no. hello?? the sensor was set up on the OLD wifi name, do i need to set it up again"]
NONE = ["no its my home wifi", "no, same router as always", "not sure, the password is on the router", "no, my wifi is called HomeNet",
 "no i set it up last week and nothing changed", "no, the password hasnt changed", "no, its the same wifi it was set up on"]
DECLINES = ["no dont bother contacting me. im done", "nah ill check back", "no thanks", "i'd rather not give my number", "just leave it, im done",
 "no", "nope", "not giving that out", "ill just come back here", "dont contact me", "no need", "i dont want to be contacted", "skip that",
 "rather not say", "no email sorry"]
CONTACTS = ["my email is pat@example.com", "call me on 555 201 3344", "pat at example dot com", "555-201-3344 thanks"]
OTHERS = ["will they call me?", "how long will it take", "why do you need it", "is my data safe"]


CASES = ([("A", "setup_how", t) for t in SETUP_HOW] + [("A", "other", t) for t in NOT_SETUP_HOW]
         + [("B", "changed", t) for t in CH] + [("B", "none", t) for t in NONE]
         + [("C", "decline", t) for t in DECLINES] + [("C", "contact", t) for t in CONTACTS] + [("C", "other", t) for t in OTHERS])


@pytest.mark.parametrize(("group", "label", "text"), CASES)
def test_the_flow_hears_it(group: str, label: str, text: str) -> None:
    assert judge({"group": group, "label": label, "text": text}) == "right"
