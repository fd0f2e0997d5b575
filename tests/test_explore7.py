"""The seventh blind exploratory test's findings, each pinned on the flow (tests/flowdrive.py's Drive, no I/O)."""

from __future__ import annotations

import pytest

from tests.flowdrive import Drive, snap


def test_a_question_about_the_case_just_after_a_fix_is_answered_not_handed_off() -> None:
    # "so is my case closed or will someone still contact me" got a new greeting and a new case at support.
    d = Drive()
    d("begin", text="so is my case closed or will someone still contact me", device_id=snap(0)["id"],
      previous={"outcome": "resolved:device_online"})
    said = d.replies(d("lookup_result", device=snap(0, online=True)))
    assert any("no one will contact you" in r for r in said)
    assert d.model.status == "resolved"


@pytest.mark.parametrize(("text", "awaiting", "need"), [
    ("oh now its light blue flashing fast", "led_detail", "cyan_blinks"),  # was the fast-green advice
    ("steady green", "wifi_password", None),  # the pace asked about, not a solid light
    ("fast", "led", None),
])
def test_the_green_speed_question(text: str, awaiting: str, need: str | None) -> None:
    d = Drive.route(("blinking green",), "led_detail")
    d.say(text)
    assert d.awaiting == awaiting
    if need:
        assert d.model.data.get("led_need") == need


def test_a_solid_light_still_answers_the_green_speed_question() -> None:
    d = Drive.route(("blinking green",), "led_detail")
    said = d.say("solid green, not blinking")
    assert any("stays solid" in r for r in said)


def test_a_missing_name_is_never_the_raw_device_id() -> None:
    # "Our system doesn't show 3c002a000c47363433353735 online" (a unit known only by its ID).
    from bot.flowkit import FlowConfig, FlowModel
    from flows.troubleshoot.machine import TroubleshootFlow

    model = FlowModel(state=None, data={"device": {"id": "3c002a000c47363433353735"}}, findings={}, cfg=FlowConfig())
    assert TroubleshootFlow(model=model, state_field="state").fields()["name"] == "your unit"


def test_back_online_with_the_hotspot_off_then_fixed_closes_the_case() -> None:
    # "turning it off and plugging the router back in", then online, then "so its fixed?" was told it was most
    # likely on the hotspot, three times.
    d = Drive.with_support(contact="jo@example.com")
    d.say("i need my hotspot for my phone tho, turning it off and plugging the router back in")
    early = d.say("so its fixed?")  # still online on the hotspot: not closed yet
    assert d.model.status == "handed_off" and any("hotspot" in r for r in early)
    d("cloud", device=snap(0, online=False))
    said = d.replies(d("cloud", device=snap(0, online=True)))
    assert any("back on your home Wi-Fi" in r for r in said)
    d.say("no the hotspot is OFF. i turned the 2.4 back on in the router. so its fixed?")
    assert d.model.status == "resolved"


@pytest.mark.parametrize("text", [
    "That sounds awfully complicated for me. Could I not just bring it back inside to the hall and see if it works there?",
    "I'll try bringing it in first. One moment please, the hook is high up",
])
def test_moving_the_unit_in_at_the_hotspot_question_is_not_the_hotspot(text: str) -> None:
    from tests.flowdrive import HOTSPOT_ROUTE

    d = Drive.route(HOTSPOT_ROUTE, "hotspot_ready")
    d.say(text)
    online = d.replies(d("cloud", device=snap(0, online=True)))
    assert not any("online on your hotspot" in r for r in online)
    assert "hotspot:connected" not in d.model.findings


@pytest.mark.parametrize("text", [
    "ok i tried but the new wifi asks for a username AND password, your app only has a password box",
    "does it support 802.1x PEAP? he says the network is WPA2 enterprise",
])
def test_a_wifi_with_a_username_is_told_and_noted(text: str) -> None:
    # The café's WPA2-Enterprise Wi-Fi got "Thanks for trying that", then the guest-network question, three times.
    d = Drive.route(("blinking green", "steady", "no"), "wifi_password")
    said = d.say(text)
    assert any("asks for a username as well as a password" in r for r in said)
    assert "wifi:enterprise" in d.model.findings


def test_a_bare_mention_of_enterprise_at_a_router_question_is_its_answer() -> None:
    from flows.troubleshoot.rules.support_asks import enterprise

    assert not enterprise("our network is WPA2-Enterprise with RADIUS")
    assert not enterprise("eduroam")
    assert not enterprise("it needs a username and password", told=False)


def test_a_light_told_beside_a_question_is_taken_after_its_answer() -> None:
    # "It's blinking light blue ... is this free?" got "No: this help is free." and the light question again.
    d = Drive()
    d.to_led()
    said = d.say("It's blinking light blue, and every now and then it breathes slowly for a second and then goes back "
                 "to blinking. Sorry, you didn't say - is this free?")
    assert said[0].startswith("This help is free")
    assert not any("What is it doing right now" in r for r in said)  # the light was taken
    assert d.awaiting == "led_detail"  # its follow-up asked
