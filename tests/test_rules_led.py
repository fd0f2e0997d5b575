"""Tests for the LED description rules: the labelled phrasings, the follow-up answers and blink counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from flows.troubleshoot.rules.led import (
    BLUE_SHADE_CHOICES,
    CYAN_BLINK_CHOICES,
    GREEN_SPEED_CHOICES,
    LED_CODES,
    LedReading,
    parse_count,
    parse_led,
    parse_led_detail,
)
from flows.troubleshoot.rules.led_cycle import sos_back

DATASET = Path(__file__).parent / "data" / "led_phrasings.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(DATASET.read_text(encoding="utf-8"))
BY_TEXT = {c["text"]: c for c in CASES}
WHITE = LedReading(code=None, need="white_pattern", colour="white")
LIGHT_BLUE_ALONE = LedReading(code=None, need="light_pattern", colour="cyan")
PURPLE_ALONE = LedReading(code=None, need="light_pattern", colour="magenta")
NEEDS = ("green_speed", "cyan_blinks", "blink_count", "sos_count", "blue_shade", "white_pattern", "light_pattern")


def _read(text: str) -> tuple[str | None, str | None]:
    reading = parse_led(text)
    return (None, None) if reading is None else (reading.code, reading.need)


# Must-pass phrasings: each code and need, typos, emoji, counts in words and digits, stories, choice labels.
MUST_PASS = [
    "it's flashing green", "Blinking green", "blinking green really fast", "fast green", "its blinking green slowly",
    "well it was blinking green for ages and now it's still blinking green, normal speed", "breathing green",
    "🟢 blinking", "🟢 blinking fast", "flasing grean", "blinkin gren real fast", "GREEN FLASHING VERY QUICKLY",
    "solid green", "green blinks about twice a second", "the green light is breething",
    "blinking green. not fast, just normal", "it's not blinking, it's breathing green",
    "it used to breathe light blue but now it's blinking green really fast",
    "it flashes white then green, over and over", "blinking light blue", "Blinking light blue (cyan)",
    "Slowly pulsing light blue", "breathing cyan", "teal, fading in and out slowly", "cyna flashing",
    "its flashing cyan, no orange or anything", "cyan then orange", "light blue with 2 orange blinks",
    "cyan fast then orange flashes x3", "fast cyan then 1 orange blink", "blinks cyan quickly then orange twice",
    "light blue flashing then three orange flashes", "cyan then red blink", "cyan then magenta", "cyan then purple",
    "orange then nothing", "orange blinks 3 times then nothing", "cyan then 5 orange blinks",
    "blinking cyan for 10 minutes, then 2 orange flashes", "blue", "blinking blue", "🔵 flashing",
    "Blinking dark blue", "navy blue flashing slowly", "royal blue", "dark blue and breathing", "purple",
    "breathing purple", "blinking purple", "majenta breething", "purpel blinking", "yellow blinking",
    "yello flashing", "breathing white", "white slowly pulsing", "red SOS", "SOS",
    "red blinking fast then slow then fast", "three short three long three short red", "red sos then 1 blink",
    "red SOS with 1 blink between", "SOS, then 8 blinks, then SOS again", "solid red", "nothing", "no light", "off",
    "dark", "it's dead", "not lit", "no lights at all", "No light at all", "I don't know", "can't see it", "not sure",
    "idk", "rainbow", "Something else",
]  # fmt: skip


def test_dataset_is_large_and_covers_every_code_and_need() -> None:
    assert len(CASES) >= 180
    assert {c["code"] for c in CASES} - {None} == set(LED_CODES)
    assert {c["need"] for c in CASES} - {None} == set(NEEDS)
    assert all(c["code"] is None or c["code"] in LED_CODES for c in CASES)


def test_led_codes_are_the_contract_codes() -> None:
    assert LED_CODES == (
        "led:blinking_green", "led:fast_green", "led:breathing_green", "led:blinking_cyan", "led:cyan_orange_1",
        "led:cyan_orange_2", "led:cyan_orange_3", "led:cyan_red", "led:cyan_magenta", "led:breathing_cyan",
        "led:blinking_blue", "led:breathing_magenta", "led:blinking_magenta", "led:blinking_yellow",
        "led:breathing_white", "led:red_sos", "led:off", "led:unknown",
    )  # fmt: skip


def test_overall_accuracy_at_least_95_percent() -> None:
    misses = [(c["text"], (c["code"], c["need"]), _read(c["text"])) for c in CASES if _read(c["text"]) != (c["code"], c["need"])]
    accuracy = 1 - len(misses) / len(CASES)
    assert accuracy >= 0.95, f"accuracy {accuracy:.1%}; misses: {misses}"


def test_must_pass_subset_is_in_the_dataset() -> None:
    assert len(MUST_PASS) >= 60
    assert [t for t in MUST_PASS if t not in BY_TEXT] == []


@pytest.mark.parametrize("text", MUST_PASS)
def test_must_pass(text: str) -> None:
    case = BY_TEXT[text]
    assert _read(text) == (case["code"], case["need"])


# --- fields beyond code and need -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("it flashes white then green, over and over", "note", "white_green_cycle"),
        ("rainbow", "note", "rainbow"),
        ("🌈", "note", "rainbow"),
        ("blinking dark blue really fast after I held the button", "note", "fast_blue"),
        ("solid green", "solid", True),
        ("the light just stays green, it doesn't blink or anything", "solid", True),
        ("breathing green", "solid", False),
        ("light blue with 2 orange blinks", "count", 2),
        ("cyan orange orange", "count", 2),
        ("light blue, then orange thrice", "count", 3),
        ("SOS, then 8 blinks, then SOS again", "count", 8),
        ("blinking red 3 short 3 long 3 short then 13 blinks", "count", 13),
        ("red SOS", "count", None),
        ("cyan then orange", "colour", "orange"),
        ("blinking blue", "colour", None),
        ("blinking blue", "pattern", "blinking"),
        ("breathing blue", "pattern", "breathing"),
        ("Flashing dark blue", "colour", "blue"),
        ("majenta breething", "colour", "magenta"),
        ("teal", "colour", "cyan"),
        ("fast green", "speed", "fast"),
    ],
)
def test_reading_fields(text: str, field: str, value: object) -> None:
    reading = parse_led(text)
    assert reading is not None
    assert getattr(reading, field) == value


@pytest.mark.parametrize("text", ["", "   ", "blinking", "hello?", "Something else", "2"])
def test_unreadable_is_none(text: str) -> None:
    assert parse_led(text) is None


def test_durations_and_product_numbers_are_not_counts() -> None:
    assert _read("my photon 2 on 2.4 ghz blinks light blue for 5 minutes then orange") == (None, "blink_count")


def test_reading_is_frozen() -> None:
    reading = LedReading(code="led:off", need=None, colour=None)
    with pytest.raises(AttributeError):
        reading.code = "led:unknown"  # type: ignore[misc]


# --- parse_count ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3", 3), ("three", 3), ("3x", 3), ("x3", 3), ("three times", 3), ("thrice", 3), ("once", 1),
        ("twice", 2), ("one", 1), ("I counted 8", 8), ("13 blinks", 13), ("fifteen", 15), ("Two.", 2),
        ("about 5 times I think", 5), ("15", 15), ("16", None), ("0", None), ("none", None), ("", None),
        ("a few", None), ("for 10 minutes", None),
    ],
)  # fmt: skip
def test_parse_count(text: str, count: int | None) -> None:
    assert parse_count(text) == count


# --- parse_led_detail ----------------------------------------------------------------------------------------

GREEN = LedReading(code=None, need="green_speed", colour="green", pattern="blinking")
CYAN = LedReading(code=None, need="cyan_blinks", colour="cyan", pattern="blinking")
ORANGE = LedReading(code=None, need="blink_count", colour="orange")
SOS = LedReading(code="led:red_sos", need="sos_count", colour="red")
BLUE_BLINK = LedReading(code=None, need="blue_shade", colour=None, pattern="blinking")
BLUE_BREATHE = LedReading(code=None, need="blue_shade", colour=None, pattern="breathing")
BLUE_PLAIN = LedReading(code=None, need="blue_shade", colour=None)
BLUE_FAST = LedReading(code=None, need="blue_shade", colour=None, pattern="blinking", speed="fast")
DARK_BLUE_ALONE = LedReading(code=None, need="light_pattern", colour="darkblue")


def test_white_on_all_the_time_is_solid_and_unknown_answers_ask_again() -> None:
    for text in ("2", "it just stays on", "On all the time, not changing"):
        reading = parse_led_detail("white_pattern", text, WHITE)
        assert reading is not None and reading.solid and reading.colour == "white" and reading.code is None, text
    assert parse_led_detail("white_pattern", "which light?", WHITE) is None
    assert parse_led_detail("white_pattern", "3", WHITE).note == "white_green_cycle"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("need", "text", "previous", "code", "next_need"),
    [
        ("green_speed", "slow", GREEN, "led:blinking_green", None),
        ("green_speed", "normal", GREEN, "led:blinking_green", None),
        ("green_speed", "fast", GREEN, "led:fast_green", None),
        ("green_speed", "really fast", GREEN, "led:fast_green", None),
        ("green_speed", "1", GREEN, "led:blinking_green", None),
        ("green_speed", "2", GREEN, "led:fast_green", None),
        ("green_speed", GREEN_SPEED_CHOICES[0], GREEN, "led:blinking_green", None),
        ("green_speed", GREEN_SPEED_CHOICES[1], GREEN, "led:fast_green", None),
        ("green_speed", "not that fast", GREEN, "led:blinking_green", None),
        ("green_speed", "pretty quick flicker", GREEN, "led:fast_green", None),
        ("green_speed", "not sure", GREEN, "led:blinking_green", None),
        ("green_speed", "actually it's breathing", GREEN, "led:breathing_green", None),
        ("green_speed", "now it's breathing light blue", GREEN, "led:breathing_cyan", None),
        ("cyan_blinks", "no", CYAN, "led:blinking_cyan", None),
        ("cyan_blinks", "just cyan", CYAN, "led:blinking_cyan", None),
        ("cyan_blinks", CYAN_BLINK_CHOICES[0], CYAN, "led:blinking_cyan", None),
        ("cyan_blinks", "nope nothing", CYAN, "led:blinking_cyan", None),
        ("cyan_blinks", "orange 2", CYAN, "led:cyan_orange_2", None),
        ("cyan_blinks", "2 orange", CYAN, "led:cyan_orange_2", None),
        ("cyan_blinks", "two orange flashes", CYAN, "led:cyan_orange_2", None),
        ("cyan_blinks", "yes, 3 orange", CYAN, "led:cyan_orange_3", None),
        ("cyan_blinks", "red", CYAN, "led:cyan_red", None),
        ("cyan_blinks", "purple", CYAN, "led:cyan_magenta", None),
        ("cyan_blinks", "orange", CYAN, None, "blink_count"),
        ("cyan_blinks", CYAN_BLINK_CHOICES[1], CYAN, None, "blink_count"),
        ("cyan_blinks", CYAN_BLINK_CHOICES[2], CYAN, "led:cyan_red", None),
        ("cyan_blinks", CYAN_BLINK_CHOICES[3], CYAN, "led:cyan_magenta", None),
        ("cyan_blinks", "1", CYAN, "led:blinking_cyan", None),
        ("cyan_blinks", "2", CYAN, None, "blink_count"),
        ("cyan_blinks", "3", CYAN, "led:cyan_red", None),
        ("cyan_blinks", "4", CYAN, "led:cyan_magenta", None),
        ("cyan_blinks", "didn't see any", CYAN, "led:blinking_cyan", None),
        ("blink_count", "1", ORANGE, "led:cyan_orange_1", None),
        ("blink_count", "2", ORANGE, "led:cyan_orange_2", None),
        ("blink_count", "three", ORANGE, "led:cyan_orange_3", None),
        ("blink_count", "3 times", ORANGE, "led:cyan_orange_3", None),
        ("blink_count", "twice", ORANGE, "led:cyan_orange_2", None),
        ("blink_count", "orange orange orange", ORANGE, "led:cyan_orange_3", None),
        ("blink_count", "it was red actually", ORANGE, "led:cyan_red", None),
        ("sos_count", "1", SOS, "led:red_sos", None),
        ("sos_count", "eight", SOS, "led:red_sos", None),
        ("sos_count", "don't know", SOS, "led:red_sos", None),
        ("sos_count", "too fast to count", SOS, "led:red_sos", None),
        ("blue_shade", "light", BLUE_BREATHE, "led:breathing_cyan", None),
        ("blue_shade", "1", BLUE_BREATHE, "led:breathing_cyan", None),
        ("blue_shade", "light", BLUE_BLINK, None, "cyan_blinks"),
        ("blue_shade", "Light blue", BLUE_PLAIN, None, "light_pattern"),  # no pattern told yet: asked
        ("blue_shade", "dark", BLUE_BLINK, "led:blinking_blue", None),
        ("blue_shade", "2", BLUE_PLAIN, None, "light_pattern"),  # dark, no pattern told yet: asked (explore9's n15)
        ("blue_shade", "dark", BLUE_FAST, "led:blinking_blue", None),
        ("blue_shade", BLUE_SHADE_CHOICES[1], BLUE_FAST, "led:blinking_blue", None),
        ("blue_shade", "navy", BLUE_BLINK, "led:blinking_blue", None),
        ("blue_shade", "sky blue, and it's breathing", BLUE_PLAIN, "led:breathing_cyan", None),
        ("blue_shade", "dark", BLUE_BREATHE, None, None),
        ("blue_shade", "light blue then 2 orange", BLUE_BLINK, "led:cyan_orange_2", None),
        ("white_pattern", "1", WHITE, "led:breathing_white", None),
        ("white_pattern", "slowly fading", WHITE, "led:breathing_white", None),
        ("white_pattern", "flashes white then green", WHITE, "led:blinking_green", None),
        ("white_pattern", "3", WHITE, "led:blinking_green", None),
        ("white_pattern", "now its blinking green", WHITE, None, "green_speed"),
        # Light blue or purple told alone: how it behaves (a blind exploratory test's "cyan" was taken as blinking).
        ("light_pattern", "1", LIGHT_BLUE_ALONE, None, "cyan_blinks"),
        ("light_pattern", "slowly fading in and out", LIGHT_BLUE_ALONE, "led:breathing_cyan", None),
        ("light_pattern", "its flashing", LIGHT_BLUE_ALONE, None, "cyan_blinks"),
        ("light_pattern", "3", LIGHT_BLUE_ALONE, None, None),  # on all the time: solid, no code
        ("light_pattern", "blinking", DARK_BLUE_ALONE, "led:blinking_blue", None),
        ("light_pattern", "slowly fading in and out", DARK_BLUE_ALONE, None, None),  # breathing dark blue: no code
        ("light_pattern", "2", PURPLE_ALONE, "led:breathing_magenta", None),
        ("light_pattern", "blinking", PURPLE_ALONE, "led:blinking_magenta", None),
        ("light_pattern", "oh now its green and blinking", PURPLE_ALONE, None, "green_speed"),
    ],
)
def test_parse_led_detail(need: str, text: str, previous: LedReading, code: str | None, next_need: str | None) -> None:
    reading = parse_led_detail(need, text, previous)
    assert reading is not None
    assert (reading.code, reading.need) == (code, next_need)


@pytest.mark.parametrize(
    ("need", "text", "previous"),
    [
        ("green_speed", "hmm", GREEN),
        ("cyan_blinks", "yes", CYAN),
        ("cyan_blinks", "banana", CYAN),
        ("blink_count", "5", ORANGE),
        ("blink_count", "not sure", ORANGE),
        ("blink_count", "", ORANGE),
        ("sos_count", "what do you mean", SOS),
        ("blue_shade", "hmm", BLUE_BLINK),
        ("blue_shade", "3", BLUE_BLINK),
        ("light_pattern", "not sure", LIGHT_BLUE_ALONE),
    ],
)
def test_parse_led_detail_unreadable(need: str, text: str, previous: LedReading) -> None:
    assert parse_led_detail(need, text, previous) is None


def test_detail_counts_and_notes() -> None:
    sos = parse_led_detail("sos_count", "8 blinks", SOS)
    assert sos is not None and sos.count == 8
    unsure = parse_led_detail("sos_count", "no idea", SOS)
    assert unsure is not None and unsure.count is None and unsure.need is None
    fast_blue = parse_led_detail("blue_shade", "dark", BLUE_FAST)
    assert fast_blue is not None and fast_blue.note == "fast_blue"
    orange = parse_led_detail("blink_count", "3", ORANGE)
    assert orange is not None and (orange.colour, orange.count) == ("orange", 3)


def test_green_speed_choices_document_the_digit_mapping() -> None:
    assert GREEN_SPEED_CHOICES == ("Steady, even blinking", "Very fast flicker")
    assert len(CYAN_BLINK_CHOICES) == 4 and len(BLUE_SHADE_CHOICES) == 2


@pytest.mark.parametrize(("text", "code", "need"), [
    # The light now counts, not the one it showed before (the developer's cases; the blind set is
    # tests/data/led_now_heldout.yaml, scored by `make bench`).
    ("it was blinking green but now its blinking cyan", None, "cyan_blinks"),
    ("now it's pulsing light blue, before it was flashing green", "led:breathing_cyan", None),
    ("at first it flashed green, then it went to a slow light blue pulse", "led:breathing_cyan", None),
    ("it used to blink green, currently it's doing dark blue blinking", "led:blinking_blue", None),
    ("it was breathing cyan yesterday but now there's no light", "led:off", None),
    ("was dark blue, changed to slow purple pulse", "led:breathing_magenta", None),
    # A past that goes on is now too.
    ("it started breathing green last night", "led:breathing_green", None),
])
def test_the_light_it_shows_now_counts(text: str, code: str | None, need: str | None) -> None:
    reading = parse_led(text)
    assert reading is not None and (reading.code, reading.need) == (code, need)


def test_a_light_only_of_the_past_says_nothing_of_now() -> None:
    assert parse_led("it was green earlier, havent looked since") is None


def test_held_out_lights_now_stay_above_the_floor() -> None:
    """A floor only (the figure is in `make bench`); written blind, never tuned on: 35/45 before, 39/45 after."""
    from bench.led_now import run

    assert run()[0]["accuracy_pct"] >= 85.0


@pytest.mark.parametrize(("text", "off"), [
    ("I have to head off to work in 10 min", False),
    ("will that knock everyone else off the internet?", False),
    ("I need to leave, can I turn off the hotspot?", False),
    ("oops my hotspot turned off, turning it back on", False),
    ("the light went off", True),
    ("its off", True),
    ("nothing, its completely off", True),
])
def test_off_about_the_light_only(text: str, off: bool) -> None:
    """"off" about something else is no light (an exploratory round got the no-power advice for "head off to work")."""
    reading = parse_led(text)
    assert (reading is not None and reading.code == "led:off") == off


@pytest.mark.parametrize("text", [
    "It flashes green, evenly. I ran the setup again with the new password, but then it just stays green.",
    "blinks green then stays green",
])
def test_flashing_that_stays_green_is_no_solid_light(text: str) -> None:
    # The fourth blind exploratory test was told its flashing light was stuck (solid).
    reading = parse_led(text)
    assert reading is not None and reading.colour == "green" and reading.pattern == "blinking" and not reading.solid


@pytest.mark.parametrize("text", ["it was blinking but now it stays solid green", "it stays green, not blinking"])
def test_a_solid_light_said_in_so_many_words_stays_solid(text: str) -> None:
    reading = parse_led(text)
    assert reading is not None and reading.solid


def test_evenly_is_a_steady_pace() -> None:
    reading = parse_led("it flashes green evenly")
    assert reading is not None and reading.code == "led:blinking_green"


# explore11's n01 and n02: a flashing light is lit, "no light" denied is no dead light; a shade denied is not the shade.
@pytest.mark.parametrize("text", [
    "nothing. same flashing. still not connecting", "WHAT? I never said no light. it IS flashing",
    "its not off", "nothing changed",
])
def test_a_light_unchanged_or_off_denied_is_not_off(text: str) -> None:
    seen = parse_led(text)
    assert seen is None or seen.code != "led:off", seen


@pytest.mark.parametrize("text", ["no light at all", "its off now, no light", "the light went off"])
def test_a_dead_light_is_still_off(text: str) -> None:
    seen = parse_led(text)
    assert seen is not None and seen.code == "led:off", seen


@pytest.mark.parametrize(("text", "shades"), [
    ("The light is make blue blink, dark blue like the deep sea, not the light blue", ("blue", "darkblue")),
    ("dark blue, not that light blue", ("blue", "darkblue")),
    ("blinking blue but not the light blue", ("blue", "darkblue")),
    ("blue, not the dark blue one", ("cyan",)),
])
def test_a_shade_denied_is_the_other(text: str, shades: tuple[str, ...]) -> None:
    seen = parse_led(text)
    assert seen is not None and seen.colour in shades, seen


@pytest.mark.parametrize("text", ["now blinking green, no more red", "the red is gone and its blinking green"])
def test_a_red_gone_is_no_red(text: str) -> None:
    seen = parse_led(text)
    assert seen is not None and seen.colour == "green", seen


@pytest.mark.parametrize(("text", "back"), [
    ("it does the red thing again after like 20 seconds of blue-green blinking", True),
    ("blinks light blue a while then red again", True),
    ("light blue with red flashes", False),
    ("the red stopped, light blue blinking now and then red flashes", False),
])
def test_the_sos_back_after_its_unplug(text: str, back: bool) -> None:
    seen = parse_led(text)
    assert seen is not None
    again = sos_back(seen, text)
    assert (again is not None and again.code == "led:red_sos") is back


@pytest.mark.parametrize(("text", "code", "note"), [
    ("now it flashes green a few times then goes white and then slowly breathes white", "led:breathing_white", None),
    ("went green then white. did it again, same: breathing white", "led:breathing_white", None),
    ("flashes white then blinks green then white again, over and over", "led:blinking_green", "white_green_cycle"),
])
def test_white_after_green(text: str, code: str, note: str | None) -> None:
    seen = parse_led(text)  # explore11's n13: the start-up's green then a white breathing is no restart loop
    assert seen is not None and (seen.code, seen.note) == (code, note), seen
