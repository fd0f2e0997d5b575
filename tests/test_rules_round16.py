"""Round 16's tuning examples (written by the developer, not the held-out set in tests/data/round16_heldout.yaml):
the Wi-Fi name with chatter around it, replies about the names that give none, and questions back."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.reading import read_for_bench

NAMES = [
    ('umm HomeNet', 'HomeNet'),
    ('err its BELL482', 'BELL482'),
    ("yeah it's Vodafone-A1B2C3", 'Vodafone-A1B2C3'),
    ('it should be NETGEAR42', 'NETGEAR42'),
    ('should be Garden', 'Garden'),
    ("pretty sure it's The Smiths", 'The Smiths'),
    ('the network name is BT-Hub6', 'BT-Hub6'),
    ('SSID = SKYB1234', 'SKYB1234'),
    ('wifi: TALKTALK-9F2A11', 'TALKTALK-9F2A11'),
    ('HomeNet is what shows', 'HomeNet'),
    ('BELL482 is what I see', 'BELL482'),
    ('BELL482 is the one', 'BELL482'),
    ('Garden thats it', 'Garden'),
    ('NETGEAR42 thats the one', 'NETGEAR42'),
    ('HomeNet i believe', 'HomeNet'),
    ('SKYB1234 if i remember right', 'SKYB1234'),
    ('SKYB1234 as far as i know', 'SKYB1234'),
    ('HomeNet on the phone', 'HomeNet'),
    ('HomeNet in settings', 'HomeNet'),
    ('HomeNet in the wifi list', 'HomeNet'),
    ('HOMENET all caps', 'HOMENET'),
    ('homenet, all one word', 'homenet'),
    ('HomeNet no spaces', 'HomeNet'),
    ('HomeNet - thats what my phone says', 'HomeNet'),
    ('HomeNet. why?', 'HomeNet'),
    ('HomeNet, does that help?', 'HomeNet'),
    ('HomeNet right?', 'HomeNet'),
    ('Garden cheers', 'Garden'),
    ('Garden ta', 'Garden'),
    ('Garden thanks!', 'Garden'),
    ('Garden :)', 'Garden'),
    ('Garden sorry', 'Garden'),
    ('Garden at least thats what it says', 'Garden'),
    ('Garden apparently', 'Garden'),
    ('hello its the Patel Family', 'the Patel Family'),
    ("mine's called Lucy's wifi", "Lucy's wifi"),
    ('on my iphone it says ATT2bX9k4', 'ATT2bX9k4'),
    ('says ATT2bX9k4', 'ATT2bX9k4'),
    ('HomeNet. my husband named it', 'HomeNet'),
    ('My wifi name is MySpectrumWiFi38-2G', 'MySpectrumWiFi38-2G'),
    ('its xfinitywifi? i think', 'xfinitywifi'),
    ('we use EE-Hub-7TRZ at home', 'EE-Hub-7TRZ'),
    ('the wifi is CenturyLink0412 and password is on the router', 'CenturyLink0412'),
    ("it's Optus_B81C2E mate", 'Optus_B81C2E'),
    ('Bigpond8B2F i think, might be wrong', 'Bigpond8B2F'),
    ('JioFiber-5G? no the other one JioFiber', 'JioFiber'),
    ('ok its "Airtel_Zerotouch"', 'Airtel_Zerotouch'),
    ("It's called Frontier6741.", 'Frontier6741'),
    ('home sweet home', 'home sweet home'),
    ('the wifi is called my wifi lol', 'my wifi'),
]

NO_NAME = [
    ("only one name", "about_names"), ("there's only one", "about_names"), ("I only see one network", "about_names"),
    ("just the one", None), ("there are two of them", "about_names"), ("it shows both", "about_names"),
    ("my phone shows loads of networks", "about_names"), ("same name for both", "about_names"),
    ("theres like 10 in the list", "about_names"), ("where do I find that", "help"), ("why do you need it", "help"),
    ("how do i see that on an iphone", "help"), ("is it the one under wifi in settings", "help"),
    ("im at work", "unknown"), ("phone isnt on the wifi at the moment", "unknown"), ("not home right now", "unknown"),
    ("will check when i get home", "not_yet"), ("going to look at my phone", "not_yet"),
    ("one sec grabbing my phone", "not_yet"), ("i dont know how to find that", "help"), ("where do i look", "help"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_the_name_is_read_as_typed(text: str, name: str) -> None:
    got = read_for_bench("wifi_network", text)
    assert (got["label"], got["value"]) == ("name", name)


@pytest.mark.parametrize(("text", "label"), NO_NAME)
def test_replies_without_a_name(text: str, label: str) -> None:
    assert read_for_bench("wifi_network", text)["label"] == label


@pytest.mark.parametrize("text", ["Garden", "The Johnsons", "home", "Lord of the Pings", "home sweet home"])
def test_names_made_of_words_stay_names(text: str) -> None:
    got = read_for_bench("wifi_network", text)
    assert (got["label"], got["value"]) == ("name", text)


WHERE = ["where is the light?", "wheres the light", "which light?", "what light are you talking about",
         "there are two lights, which one", "i cant find the light", "is the light on the back?",
         "is it the little light by the plug?", "do i need to open it to see the light?", "sorry where do i look",
         "um what am i looking for", "which bit lights up?", "is it under the sticker"]
NOT_WHERE = ["which light? the green one is blinking", "where the cable goes in theres a blue light blinking",
             "there's no light at all", "i cant see any light", "blinking green", "is the light on?"]


@pytest.mark.parametrize("text", WHERE)
def test_where_is_the_light(text: str) -> None:
    assert read_for_bench("led", text)["label"] == "where"


@pytest.mark.parametrize("text", NOT_WHERE)
def test_a_light_told_or_none_is_no_where(text: str) -> None:
    assert read_for_bench("led", text)["label"] != "where"


def test_where_at_another_question_needs_the_light_named() -> None:
    assert read_for_bench("wifi_network", "where do I find that")["label"] == "help"
    assert read_for_bench("wifi_network", "where is the light on it?")["label"] == "where"


@pytest.mark.parametrize("text", ["just tell me what to do", "SOS?", "it's 1 or 2 i can't tell", "it varies",
                                  "either 2 or 3", "im not counting that", "2 or maybe 3", "1-2"])
def test_no_single_count_is_a_skip(text: str) -> None:
    assert read_for_bench("sos_count", text)["label"] == "skip"


@pytest.mark.parametrize(("text", "n"), [("1", 1), ("one", 1), ("looks like 1?", 1), ("1 slow blink then fast again", 1),
                                         ("i counted 4", 4), ("3 slow ones i think", 3), ("just one", 1)])
def test_a_count_is_read(text: str, n: int) -> None:
    got = read_for_bench("sos_count", text)
    assert (got["label"], got["value"]) == ("count", n)


def test_a_band_name_beside_its_other_name_is_no_password() -> None:
    from flows.troubleshoot.rules.redact import redact_secrets

    text = "i used the wifi password for sure, it shows 2 names HomeNet and HomeNet-5G"
    assert redact_secrets(text, "led")[0] == text  # blind exploratory round 11 got "[redacted]" and a privacy notice
    assert "[redacted]" in redact_secrets("password Sunshine5G and the network is Sunshine", "led")[0]


@pytest.mark.parametrize("text", ["there's no light I can see, maybe it's hidden", "no, its under the shelf",
                                  "hmm maybe its hidden"])
def test_where_the_unit_is_is_no_other_unit(text: str) -> None:
    from flows.troubleshoot.rules import units

    assert units.unit_switch(text) is None  # round 11: "OK, let's look at hidden instead"


def test_where_the_name_is_written_is_no_name() -> None:
    from flows.troubleshoot.rules.ssids import volunteered_network

    assert volunteered_network("the wifi name is on the fridge") is None
    assert volunteered_network("SSID broadcast on") is None
    assert read_for_bench("wifi_network", "its on the fridge")["label"] == "unknown"
