"""Properties of the pure flow under any customer messages (hypothesis), design 6.1 "No loops" and "Redaction".

Over the flow alone (no engine, no store), messages are redacted as the engine does before the flow sees them,
and a lookup is answered by a found or not-found device. Whatever the customer sends (random text, emoji, very
long text, passwords, empty-ish replies, the same answer again and again):
- the flow never raises;
- no question is asked more than three times in a row: at most three customer messages are answered while the
  same question stands, then the conversation has moved on or ended;
- a password typed in any of the usual forms never reaches what is stored or said.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cloud.models import DeviceInfo
from bot.cloud.simulated import DEMO_DEVICES
from bot.flowkit import FlowConfig, FlowModel
from flows.troubleshoot.machine import TroubleshootFlow
from flows.troubleshoot.rules.redact import redact_secrets

DEVICE = DeviceInfo.from_api(DEMO_DEVICES[0]).snapshot()
# Derandomized: the same examples every run, so CI never fails on a draw nobody can reproduce.
PROPS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Answers a customer might really send, many of them useless at most steps: the flow must cope with all of them.
ANSWERS = [
    "yes", "no", "not sure", "1", "2", "3", "4", "7", "ok", "?", "hello", "what?", "what do you mean", "help",
    "blinking green", "fast", "light blue", "orange", "2 orange", "dark blue", "nothing", "done", "not yet",
    "give me a minute", "ready", "how do i do that on iphone", "HomeNet", "skip", "idk", "\U0001f44d", "\U0001f937",
    "pw: Summer2024!", "Sunny-Day-42", "my password is hunter22", "asdfgh", "   ", ".", "no idea what this is",
    "PHHAAB830ABCDEF", "e00fce68a1b2c3d4e5f60718", "the light is off", "still nothing", "Show me how",
    "the wifi password was changed last week", "Done",
]
TEXT = st.one_of(
    st.sampled_from(ANSWERS),
    st.text(min_size=1, max_size=40),
    st.text(alphabet=st.characters(categories=("So", "Sk", "Po")), min_size=1, max_size=6),  # emoji, symbols
    st.builds(lambda s: s * 50, st.sampled_from(["blah ", "yes ", "\U0001f600"])),            # very long text
)


class Conversation:
    """The pure flow, fed as the engine feeds it: redaction first, lookups answered, effects kept."""

    def __init__(self, channel: str = "web") -> None:
        self.model = FlowModel(state=None, data={}, findings={}, channel=channel, cfg=FlowConfig(
            hotspot_ssid="CyanRescue", hotspot_password="rescue-2024"))
        self.said: list[str] = []
        self.replies: list[tuple[str, tuple[str, ...]]] = []
        self.stored: list[str] = []

    def run(self, kind: str, **payload: Any) -> None:
        self.model.effects = []
        TroubleshootFlow(model=self.model, state_field="state").handle(kind, **payload)
        replies = [e for e in self.model.effects if e["type"] == "reply"]
        self.said += [e["text"] for e in replies]
        self.replies += [(e["text"], tuple(e.get("choices") or ())) for e in replies]

    def send(self, text: str, found: bool = True) -> None:
        redacted, facts = redact_secrets(text, self.model.awaiting)
        self.stored.append(redacted)
        if self.model.state is None:
            self.run("begin", text=redacted)
        else:
            self.run("message", text=redacted, facts=facts)
        if self.model.state == "looking_up":
            self.run("lookup_result", device=DEVICE if found else None)

    @property
    def ended(self) -> bool:
        return self.model.status in ("handed_off", "resolved", "abandoned")

    def question(self) -> tuple[Any, ...] | None:
        """The question standing now, as a customer sees it (None when none is: ended, or watching the hotspot)."""
        d, step = self.model.data, self.model.awaiting
        if self.ended or step in (None, "hotspot_wait"):
            return None
        return (step, d.get("led_need"), d.get("rq_current"), d.get("pw_phase"), len(d.get("remedies", [])),
                d.get("hotspot_attempts", 0), bool(d.get("scan_names")))


@PROPS
@given(st.lists(TEXT, min_size=1, max_size=30), st.lists(st.booleans(), min_size=30, max_size=30))
def test_any_messages_advance_or_end_within_three_per_question(messages: list[str], found: list[bool]) -> None:
    c = Conversation()
    run: tuple[Any, ...] | None = None
    answered = 0
    for i, text in enumerate(messages):
        before = c.question()
        c.send(text, found=found[i])
        after = c.question()
        if before is not None and after == before:
            answered = answered + 1 if run == before else 1
            run = before
            assert answered < 3, f"3 messages answered while {before} stood and it still stands: {messages[:i + 1]}"
        else:
            run, answered = None, 0
        if c.ended:
            break


@PROPS
@given(st.sampled_from(ANSWERS))
def test_the_same_answer_again_and_again_never_traps_the_customer(answer: str) -> None:
    c = Conversation()
    c.send("hi")
    c.send("PHHAAB830ABCDEF")
    for _ in range(40):
        c.send(answer)
        if c.ended:
            break
    # 40 identical answers: the flow has moved through its steps or ended; it never sits on one question.
    assert c.ended or c.model.awaiting == "hotspot_wait", (answer, c.model.awaiting, c.said[-3:])


# The web chat's buttons a reply may tell the customer to tap; "Talk to a person" is the page's own, always on screen.
TAPPED = re.compile(r"\b[Tt]ap (Done|Skip|Ready|Still not connecting|Show me how)\b")


@PROPS
@given(st.lists(TEXT, min_size=1, max_size=30), st.lists(st.booleans(), min_size=30, max_size=30))
def test_a_web_reply_that_says_tap_a_button_shows_it(messages: list[str], found: list[bool]) -> None:
    # explore9's n23: "Tap Done when you have tried" under the how-to, with no Done button to tap.
    c = Conversation("web")
    # From the set-up-again step, whose messages name its Done button most.
    opening = ["hi", "PHHAAB830ABCDEF", "blinking green", "steady", "the wifi password was changed last week"]
    for i, text in enumerate([*opening, *messages]):
        c.send(text, found=found[i % len(found)])
        if c.ended:
            break
    for said, choices in c.replies:
        for label in TAPPED.findall(said):
            assert label in choices, (label, said, choices)


# Keys that are not shaped like the names customers type (a bare "NETGEAR47" at the password question is read as a
# network name, as design 6.1 asks; the same key after "password is" is always hidden).
KEYS = st.from_regex(r"[A-Za-z]{3,8}[0-9]{1,4}[!#$%&*]?", fullmatch=True).filter(
    lambda k: redact_secrets(k, "wifi_password")[1].get("password_given") is True)
FORMS = st.sampled_from([
    "my password is {k}", "the wifi password is {k}", "pw: {k}", "password: {k}", "wifi key = {k}",
    "password '{k}'", 'it\'s "{k}"', "i typed {k}", "yes, {k}", "{k}", "contraseña: {k}", "пароль: {k}",
    "mot de passe : {k}", "I tried passwords {k} and {k}0", "the password is {k}.", "pw {k} thanks",
])
STEPS = st.sampled_from(["wifi_password", "led", "wifi_network", "router_check", "hotspot_ready", None])


@PROPS
@given(KEYS, FORMS, STEPS)
def test_a_password_in_any_usual_form_never_survives(key: str, form: str, step: str | None) -> None:
    text = form.format(k=key)
    if step != "wifi_password" and form in ("{k}", "yes, {k}", 'it\'s "{k}"', "i typed {k}"):
        step = "wifi_password"  # a bare key is only recognisable while the bot asks for the password
    redacted, facts = redact_secrets(text, step)
    assert key not in redacted, (text, redacted)
    assert facts.get("password_given") is True


ORDINARY = st.lists(st.sampled_from(
    "yes no the router sticker is on blinking green light wifi network name manager iphone blue fast slow it "
    "my phone works fine thanks ready done not sure correct wrong same one two home office hotel WPA2-PSK "
    "iPhone-12 NETGEAR47-5G kitchen-hub PHHAAB830ABCDEF 2.4GHz -67dBm channel 6 password".split()),
    min_size=1, max_size=12)


@PROPS
@given(ORDINARY, STEPS)
def test_ordinary_words_are_never_redacted(words: list[str], step: str | None) -> None:
    text = " ".join(words)
    redacted, facts = redact_secrets(text, step)
    assert redacted == text and not facts, (text, redacted)


@PROPS
@given(KEYS)
def test_the_flow_never_repeats_a_password(key: str) -> None:
    c = Conversation()
    for text in ("hi", "PHHAAB830ABCDEF", "blinking green", "normal", f"my password is {key}", key, f"pw: {key}"):
        c.send(text)
    assert all(key not in s for s in c.stored + c.said)
