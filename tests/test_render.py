"""SMS, web and console renderers (bot.channels.render): GSM-7, segment counting, splitting, choices."""

from __future__ import annotations

import random
import re
import string

import pytest

from bot.channels import copy as channel_copy
from bot.channels.render import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    ConsoleRenderer,
    SmsRenderer,
    WebRenderer,
    gsm7,
    is_gsm7,
    segments,
)
from bot.messages import Part, Reply

LED = ("Blinking green", "Blinking light blue (cyan)", "Slowly pulsing light blue", "Blinking dark blue")


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text)


# --- gsm7 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("It\u2019s \u201cfine\u201d", 'It\'s "fine"'),
        ("\u2018a\u2019 \u201ab\u201b", "'a' 'b'"),
        ("2.4 \u2013 5 GHz \u2014 both", "2.4 - 5 GHz - both"),
        ("Wait\u2026", "Wait..."),
        ("a\u00a0b\u2009c\u202fd", "a b c d"),
        ("\u2022 one\n\u2022 two", "- one\n- two"),
        ("Great \U0001f44d see you", "Great see you"),
        ("Done \u2705", "Done"),
        ("\U0001f468\u200d\U0001f4bb coder", "coder"),
        ("caf\u00e9 \u00e0 \u00c9t\u00e9", "caf\u00e9 \u00e0 \u00c9t\u00e9"),  # in the GSM alphabet: kept
        ("na\u00efve se\u00f1or \u00e1", "naive se\u00f1or a"),  # \u00ef and \u00e1 are not: accent dropped
        ("\u00bd cup", "1/2 cup"),
        ("Pro\u2122", "Pro(TM)"),
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),
        ("tab\there", "tab here"),
        ("line\r\nbreak", "line\nbreak"),
        ("\u2192 next", "-> next"),
        ("price \u20ac5 [x] {y} ~z^ a|b \\", "price \u20ac5 [x] {y} ~z^ a|b \\"),  # extension table kept
        ("plain text stays", "plain text stays"),
    ],
)
def test_gsm7_replacements(raw: str, expected: str) -> None:
    assert gsm7(raw) == expected
    assert is_gsm7(gsm7(raw))


def test_gsm7_output_always_gsm7_for_every_bmp_character() -> None:
    # Every character of the Basic Multilingual Plane (except surrogates) and a range of emoji.
    chars = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c <= 0xDFFF]
    chars += [chr(c) for c in range(0x1F300, 0x1FAFF)]
    for i in range(0, len(chars), 500):
        chunk = "".join(chars[i : i + 500])
        assert is_gsm7(gsm7(chunk)), i


def test_gsm7_is_identity_on_gsm_text() -> None:
    text = "".join(sorted(GSM7_BASIC | GSM7_EXTENSION - {"\r", "\f"}))
    assert gsm7(text) == text


def test_is_gsm7() -> None:
    assert is_gsm7(string.ascii_letters + string.digits + " .,!?'\"-()@")
    assert not is_gsm7("\u2019")
    assert not is_gsm7("`")  # the backtick is not in the GSM alphabet
    assert not is_gsm7("\U0001f600")


# --- segments -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("a", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("a" * 459, 3),
        ("a" * 460, 4),
        ("\u20ac" * 80, 1),  # extension characters cost 2 septets: 160
        ("\u20ac" * 80 + "a", 2),
        ("a" + "[" * 76, 1),  # 153 septets fit one part...
        ("a" * 152 + "[" + "a" * 8, 2),  # ...161 septets: 2 parts; the escape pair is not split
        ("a" * 152 + "[" + "a" * 153, 3),  # 152 + (2+151) + 2: the "[" starts part 2 instead of straddling
        ("\u00e9" * 160, 1),  # GSM-7 accented letters are single septets
        ("\u00e1" * 70, 1),  # not GSM-7: UCS-2, 70 per single SMS
        ("\u00e1" * 71, 2),
        ("\u00e1" * 134, 2),
        ("\u00e1" * 135, 3),
        ("a" * 150 + "\u2019", 3),  # one curly quote turns 151 chars into 3 UCS-2 segments
        ("\U0001f600" * 35, 1),  # emoji are 2 UTF-16 units
        ("\U0001f600" * 36, 2),
    ],
)
def test_segments(text: str, expected: int) -> None:
    assert segments(text) == expected


# --- SmsRenderer ----------------------------------------------------------------------------------------


def test_sms_short_reply_is_one_part() -> None:
    parts = SmsRenderer().render(Reply("Thanks, looking that up\u2026"))
    assert parts == [Part(text="Thanks, looking that up...")]


def test_sms_three_choices() -> None:
    parts = SmsRenderer().render(Reply("Is the password the Wi\u2011Fi key?", ("Yes", "No", "Not sure")))
    assert len(parts) == 1
    assert parts[0].text == "Is the password the Wi-Fi key?\n1. Yes\n2. No\n3. Not sure\nReply 1, 2 or 3."
    assert parts[0].choices == ("Yes", "No", "Not sure")


def test_sms_two_and_one_choices() -> None:
    two = SmsRenderer().render(Reply("Which?", ("Light blue", "Dark blue")))
    assert two[0].text.endswith("1. Light blue\n2. Dark blue\nReply 1 or 2.")
    # A lone choice is not numbered: the question names it ("or reply SKIP"), and "1" may be an answer itself.
    one = SmsRenderer().render(Reply("Count the slow blinks and type the number, or reply SKIP.", ("Skip",)))
    assert one[0].text == "Count the slow blinks and type the number, or reply SKIP."
    assert one[0].choices == ("Skip",)


def test_sms_many_choices_prompt_words() -> None:
    parts = SmsRenderer().render(Reply("What is the light doing?", LED))
    text = parts[-1].text
    assert [ln for ln in text.splitlines() if re.match(r"\d\. ", ln)] == [
        f"{i}. {c}" for i, c in enumerate(LED, 1)
    ]
    assert text.endswith(channel_copy.SMS_REPLY_MANY)


def test_sms_choice_labels_are_gsm7() -> None:
    parts = SmsRenderer().render(Reply("Pick:", ("Ready, it\u2019s on", "I can\u2019t \U0001f622")))
    assert "1. Ready, it's on\n2. I can't\n" in parts[0].text
    assert is_gsm7(parts[0].text)
    assert parts[0].choices == ("Ready, it\u2019s on", "I can\u2019t \U0001f622")  # flow labels, for matching


def long_text(n: int) -> str:
    return " ".join(
        f"Sentence {i} explains one more thing about the \u201crouter\u201d settings." for i in range(n)
    )


@pytest.mark.parametrize("n", [3, 8, 15, 40])
@pytest.mark.parametrize("choices", [(), ("Yes", "No", "Not sure"), LED])
def test_sms_long_text_splits_at_sentences(n: int, choices: tuple[str, ...]) -> None:
    text = long_text(n) + " Did that help?"
    parts = SmsRenderer().render(Reply(text, choices))
    assert parts
    for p in parts:
        assert segments(p.text) <= 3, p.text
        assert is_gsm7(p.text)
    # Split only after a sentence: every part but the choices block starts a sentence and ends one.
    for p in parts[:-1]:
        assert p.text.startswith("Sentence"), p.text
        assert p.text.endswith("."), p.text
        assert not p.choices
    # Nothing lost or reordered.
    assert words(" ".join(p.text for p in parts)) == words(gsm7(text) + "\n" + render_block(choices))
    # The choices stay together in the last part, with the question.
    if choices:
        last = parts[-1].text
        assert last.startswith("Did that help?") or "Did that help?" in last
        assert all(f"{i}. {c}" in last for i, c in enumerate(choices, 1))
        assert parts[-1].choices == choices
    if segments(gsm7(text)) <= 3 and not choices:
        assert len(parts) == 1


def render_block(choices: tuple[str, ...]) -> str:
    """The choices' lines under a question; a lone choice has none (its question names it)."""
    if len(choices) <= 1:
        return ""
    return SmsRenderer().render(Reply("", choices))[0].text


def test_sms_uses_as_few_parts_as_reasonable() -> None:
    text = long_text(30)
    parts = SmsRenderer().render(Reply(text))
    # 30 sentences of ~70 chars is ~2,100 septets: at least 5 parts of 459, and greedy packing gives at most 6.
    assert 5 <= len(parts) <= 6
    assert sum(segments(p.text) for p in parts) <= 3 * len(parts)


def test_sms_sentence_longer_than_a_part_splits_at_words() -> None:
    text = "word " * 200 + "end."
    parts = SmsRenderer().render(Reply(text.strip()))
    assert len(parts) >= 2
    assert all(segments(p.text) <= 3 for p in parts)
    assert all(not p.text.startswith(" ") and not p.text.endswith(" ") for p in parts)
    assert words(" ".join(p.text for p in parts)) == words(text)


def test_sms_unbroken_string_is_cut() -> None:
    url = "https://example.com/" + "x" * 1200
    parts = SmsRenderer().render(Reply(url))
    assert "".join(p.text for p in parts) == url
    assert all(segments(p.text) <= 3 for p in parts)


def test_sms_extension_chars_count_double_in_limit() -> None:
    text = "[x] " * 150  # 150 * 5 septets = 750: needs 2 parts of <= 459
    parts = SmsRenderer().render(Reply(text.strip()))
    assert len(parts) == 2
    assert all(segments(p.text) <= 3 for p in parts)


def test_sms_question_moves_to_choices_part() -> None:
    # Text that fits 3 segments, but not with the choices: the question moves to the last part, with them.
    choices = ("2.4 GHz", "5 GHz", "Not sure")
    block = render_block(choices)
    k = max(
        k for k in range(1, 30) if segments("The router has settings. " * k + "Which band is it on?") <= 3
    )
    text = "The router has settings. " * k + "Which band is it on?"
    assert segments(gsm7(text) + "\n" + block) > 3
    parts = SmsRenderer().render(Reply(text, choices))
    assert len(parts) == 2
    assert parts[0].text.endswith("settings.")
    assert parts[1].text == "Which band is it on?\n" + block


def test_sms_empty_reply_renders_nothing() -> None:
    assert SmsRenderer().render(Reply("")) == []
    assert SmsRenderer().render(Reply("\U0001f44d")) == []


def test_sms_max_segments_configurable() -> None:
    parts = SmsRenderer(max_segments=1).render(Reply(long_text(5)))
    assert all(segments(p.text) == 1 for p in parts)
    assert len(parts) >= 3


def test_channel_copy_is_gsm7() -> None:
    for name in dir(channel_copy):
        value = getattr(channel_copy, name)
        if name.isupper() and isinstance(value, str):
            assert is_gsm7(value), name
            assert segments(value) == 1, name


# --- every flow copy text through the SMS renderer (issue 4: "renders every SMS copy text") -------------


SAMPLE_FIELDS = {
    "product": "your device",
    "name": "kitchen-sensor-living-room-01",
    "platform": "Photon 2",
    "ssid": "Spectrum-Home-5G-Extended-Network-Name",
    "password": "correct horse battery staple 12345",
    "minutes": "5",
    "mac": "E0:4F:43:12:34:56",
    "fix": "turn off MAC filtering",
    "serial": "PHHAAB830ABCDEF",
    "count": "3",
    "cause": "the router only allows known devices",
    "steps": "1. Open Settings\n2. Turn on Personal Hotspot",
}


def _flow_copy() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    mod = pytest.importorskip("flows.troubleshoot.copy")
    return mod.TEXT, mod.CHOICES


class _Fields(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "value-of-" + key


def test_every_flow_text_renders_within_sms_rules() -> None:
    texts, choice_sets = _flow_copy()
    renderer = SmsRenderer()
    options: list[tuple[str, ...]] = [(), *choice_sets.values()]
    keys = list(texts)
    checked = 0
    for i, key in enumerate(keys):
        body = texts[key].format_map(_Fields(SAMPLE_FIELDS))
        # Each text alone, and followed by the next one (the flow often says two things in one reply).
        pair = body + " " + texts[keys[(i + 1) % len(keys)]].format_map(_Fields(SAMPLE_FIELDS))
        for text in (body, pair):
            for choices in options:
                parts = renderer.render(Reply(text, choices))
                assert parts, key
                for p in parts:
                    assert is_gsm7(p.text), (key, p.text)
                    assert 1 <= segments(p.text) <= 3, (key, p.text)
                assert words(" ".join(p.text for p in parts)) == words(
                    gsm7(text) + "\n" + render_block(choices)
                )
                if choices:
                    assert parts[-1].choices == choices
                checked += 1
    assert checked >= len(keys) * 2


# --- web and console ------------------------------------------------------------------------------------


def test_web_renderer_unchanged() -> None:
    reply = Reply("It\u2019s \u201cok\u201d \U0001f44d", ("Yes", "No"))
    assert WebRenderer().render(reply) == [Part(text=reply.text, choices=("Yes", "No"))]


def test_console_renderer_numbers_choices_without_gsm_limit() -> None:
    reply = Reply("Caf\u00e9 \u2019ok\u2019?", ("Yes", "No"))
    (part,) = ConsoleRenderer().render(reply)
    assert part.text == "Caf\u00e9 \u2019ok\u2019?\n1. Yes\n2. No\n" + channel_copy.CONSOLE_REPLY
    assert part.choices == ("Yes", "No")
    assert ConsoleRenderer().render(Reply("Hi")) == [Part(text="Hi")]


def test_sms_replies_of_one_step_are_joined_when_they_fit() -> None:
    r = SmsRenderer()
    joined = r.merge([Reply("Found it: porch-sensor (Photon)."), Reply("What is the light doing?", ("Green", "Blue"))])
    assert [x.text for x in joined] == ["Found it: porch-sensor (Photon).\n\nWhat is the light doing?"]
    assert joined[0].choices == ("Green", "Blue")
    # A reply with choices is never joined to the next one, and texts too long for one part stay apart.
    assert len(r.merge([Reply("Pick one", ("A", "B")), Reply("Then this.")])) == 2
    assert len(r.merge([Reply("x. " * 200), Reply("y. " * 200)])) == 2


def _segments_by_units(text: str) -> int:
    """The network's count, unit by unit (the slow way `segments` takes only when a character costs two units)."""
    if not text:
        return 0
    units = [2 if ch in GSM7_EXTENSION else 1 for ch in text] if is_gsm7(text) else \
        [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    single, part = (160, 153) if is_gsm7(text) else (70, 67)
    if sum(units) <= single:
        return 1
    count, used = 1, 0
    for u in units:
        if used + u > part:
            count, used = count + 1, 0
        used += u
    return count


SEGMENT_POOLS = ["ab .?\n", "abé ", "ab €[", "abあ ", "ab 😀", "a€あ😀"]
# Every length near a boundary: 70/67 and 160/153 per part, up to four parts.
SEGMENT_LENGTHS = sorted({n + d for n in (67, 70, 134, 140, 153, 160, 201, 306, 459, 612) for d in range(-3, 4)})


@pytest.mark.parametrize("pool", SEGMENT_POOLS)
def test_segment_count_matches_the_unit_by_unit_count(pool: str) -> None:
    rnd = random.Random(pool)
    for length in [0, 1, *SEGMENT_LENGTHS]:
        for _ in range(5):
            text = "".join(rnd.choice(pool) for _ in range(length))
            assert segments(text) == _segments_by_units(text), (length, text)
