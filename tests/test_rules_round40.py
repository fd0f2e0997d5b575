"""Round 40's readers, pinned on my own phrasings (the blind set, tests/data/round40_heldout.yaml, is never tuned on):
light-blue colours in everyday words and a light that "goes bright and dim" (explore9's n26: "blue-green and slowly
glowing" was not taken as slowly pulsing light blue)."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.led import parse_led

CYANS = ["aquamarine", "seafoam", "turq", "tealish", "pool blue", "swimming pool blue", "greeny blue", "bluey green",
         "lightish blue", "light bluish", "tiffany blue", "blue/green", "green-blue", "turquoisey"]
FADES = ["slowly glowing", "glowing on and off slowly", "goes bright and dim", "brightens and dims",
         "dims up and down", "glows brighter and darker", "slow glow", "going brighter then darker", "waxing and waning"]


@pytest.mark.parametrize("colour", CYANS)
def test_a_light_blue_in_everyday_words_slowly_fading_is_breathing_cyan(colour: str) -> None:
    for text in (f"{colour}, slowly fading in and out", f"its {colour} and breathing"):
        reading = parse_led(text)
        assert reading is not None and reading.code == "led:breathing_cyan", (text, reading)


@pytest.mark.parametrize("fade", FADES)
def test_a_light_blue_that_fades_in_other_words_is_breathing_cyan(fade: str) -> None:
    for text in (f"teal {fade}", f"the light is light blue and {fade}", f"blue-green and {fade}"):
        reading = parse_led(text)
        assert reading is not None and reading.code == "led:breathing_cyan", (text, reading)


@pytest.mark.parametrize("text", ["light blue on off on off", "aqua winking", "turq flashing", "seafoam blinking"])
def test_a_light_blue_that_blinks_in_other_words_is_blinking_cyan(text: str) -> None:
    reading = parse_led(text)
    assert reading is not None and reading.colour == "cyan" and reading.pattern == "blinking", (text, reading)


@pytest.mark.parametrize("text", ["cobalt blue flashing", "proper blue blinking", "denim blue, flashing",
                                  "sapphire blinking"])
def test_a_dark_blue_in_other_words_blinking_is_listening_mode(text: str) -> None:
    reading = parse_led(text)
    assert reading is not None and reading.code == "led:blinking_blue", (text, reading)


@pytest.mark.parametrize(("text", "code"), [
    ("it does green then goes off", None),          # explore9's n09: still a blink, not a dead light
    ("blinking green then goes off and stays off", "led:off"),
    ("teal, then it goes off", "led:off"),          # a light that went out: the last state told
    ("breathing cyan then goes to blinking green", None),  # a colour told later is the light now, not the fade
])
def test_goes_keeps_a_new_state_apart(text: str, code: str | None) -> None:
    reading = parse_led(text)
    assert reading is not None
    if code:
        assert reading.code == code, (text, reading)
    else:
        assert reading.code != "led:breathing_cyan" and reading.code != "led:off", (text, reading)


# --- doing it now, no result yet (explore9's n26: "i do the setup again now, wait" got the light question) ----------

DOING = ["i do the setup again now, wait", "hang on, doing it now", "give me a minute, im going to look",
         "wait a sec i'll check", "hold on its in the other room", "ok doing that now", "trying it now", "checking now",
         "setting it up again now", "ill try that now and let you know", "ok trying now, will report back", "on it",
         "let me go downstairs and look", "im walking to the garage now", "installing the app now", "im on it now"]
NOT_DOING = ["done", "did it, still blinking green", "i tried that already", "it worked!", "ill do it tomorrow",
             "how do i do that", "blinking green", "ok", "HomeNet", "still not working", "i cant do that now",
             "its doing the same thing", "doing what?", "checking the app it says offline", "my router is in the garage",
             "ready", "its on now", "i restarted it", "it keeps turning off", "it is trying to connect"]


@pytest.mark.parametrize("text", DOING)
def test_doing_it_now_is_read(text: str) -> None:
    from flows.troubleshoot.rules.doing_now import doing_now

    assert doing_now(text), text


@pytest.mark.parametrize("text", NOT_DOING)
def test_a_result_a_later_or_a_question_is_not_doing_it_now(text: str) -> None:
    from flows.troubleshoot.rules.doing_now import doing_now

    assert not doing_now(text), text


@pytest.mark.parametrize(("question", "text"), [
    ("light", "i do the setup again now, wait"), ("light", "let me go look at it"),
    ("resetup", "ok doing that now"), ("scan", "ok doing that now")])
def test_doing_it_now_gets_a_moment_and_the_question_stays(question: str, text: str) -> None:
    from bench import heldout
    from bench.round40 import ROUTES, WAIT_KEYS
    from tests.flowdrive import Drive

    messages, awaiting = ROUTES[question]
    d = Drive.route(messages, awaiting)
    said = d.say(text)
    assert any(heldout.said(said, key) for key in WAIT_KEYS), said
    assert d.awaiting == awaiting and d.model.status == "active"
    assert not any("didn't get that" in s or "Which of these" in s for s in said), said


@pytest.mark.parametrize("text", ["blinking green, checking now", "ok im setting it up again on my home wifi now",
                                  "sorry wrong unit, checking the garage one now",
                                  "actually its the kitchen hub, checking it now"])
def test_at_the_light_question_an_answer_a_fix_or_another_unit_is_no_pause(text: str) -> None:
    from flows.troubleshoot.rules.reading import read

    assert read("led", text).label != "brb", text
