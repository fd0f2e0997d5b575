"""The case card is complete (an agent can act without asking the customer again) and within Block Kit limits."""

from __future__ import annotations

import json
from typing import Any

from bot.channels.slack.card import case_blocks, case_text


def seed_case(**over: Any) -> dict[str, Any]:
    """Shaped like the seed thread: a Photon stuck flashing green behind an Arris gateway, hotspot test passed."""
    case: dict[str, Any] = {
        "conversation_id": "c0ffee01",
        "channel": "sms",
        "customer": {"phone": "+15551230000", "slack_user": None, "name": "Dana"},
        "device": {
            "id": "3a0031000447343138333038",
            "name": "garage-unit",
            "platform": "photon",
            "platform_label": "Photon",
            "online": False,
            "claimed": True,
            "last_heard": "2026-11-20T10:00:00.000Z",
            "mac_wifi": "e0:4f:43:aa:bb:cc",
            "last_ip_address": "73.1.2.3",
            "system_firmware_version": "2.3.1",
        },
        "status": "handed_off",
        "assignee": None,
        "outcome": "handoff:router_issue",
        "outcome_meaning": "the hotspot test passed: home network settings are the cause",
        "led_history": [
            {
                "code": "led:blinking_green",
                "meaning": "green blinking: trying to join Wi-Fi",
                "at": "2026-11-25T16:02:11.000Z",
            },
        ],
        "findings": [
            {
                "code": "wifi:same_ssid_both_bands",
                "meaning": "one network name on 2.4 and 5 GHz",
                "source": "scan",
                "at": "2026-11-25T16:05:00.000Z",
                "detail": None,
            },
            {
                "code": "wifi:channel_width_40mhz",
                "meaning": "the 2.4 GHz network uses 40 MHz width",
                "source": "scan",
                "at": "2026-11-25T16:05:00.000Z",
                "detail": "channel 6",
            },
            {
                "code": "hotspot:connected",
                "meaning": "the device came online on the phone hotspot",
                "source": "hotspot",
                "at": "2026-11-25T16:20:00.000Z",
                "detail": None,
            },
        ],
        "cause": "Arris gateway broadcasts one name on both bands with 40 MHz on 2.4 GHz",
        "fix": ["Split the 2.4 and 5 GHz names", "Set 2.4 GHz width to 20 MHz"],
        "tried": ["checked the Wi-Fi password", "phone hotspot test: connected"],
        "media": [],
        "cloud_timeline": [],
        "transcript_md": "# transcript",
        "case_ref": None,
    }
    case.update(over)
    return case


def all_text(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_card_has_everything_an_agent_needs() -> None:
    text = all_text(case_blocks(seed_case()))
    for expected in [
        "Dana",
        "+15551230000",
        "SMS",
        "c0ffee01",
        "3a0031000447343138333038",
        "garage-unit",
        "Photon",
        "offline",
        "claimed",
        "last heard 2026-11-20T10:00:00.000Z",
        "green blinking: trying to join Wi-Fi",
        "led:blinking_green",
        "16:02 UTC",
        "wifi:same_ssid_both_bands",
        "one network name on 2.4 and 5 GHz",
        "wifi:channel_width_40mhz",
        "the 2.4 GHz network uses 40 MHz width",
        "channel 6",
        "hotspot:connected",
        "Arris gateway broadcasts one name",
        "Split the 2.4 and 5 GHz names",
        "Set 2.4 GHz width to 20 MHz",
        "e0:4f:43:aa:bb:cc",  # the MAC for an allow-list, on a router case
        "checked the Wi-Fi password",
        "phone hotspot test: connected",
        "Nobody holds this case",
        "transcript-c0ffee01.md",
    ]:
        assert expected in text, expected


def test_buttons_carry_the_conversation_id() -> None:
    actions = [b for b in case_blocks(seed_case()) if b["type"] == "actions"]
    assert len(actions) == 1
    ids = {e["action_id"]: e["value"] for e in actions[0]["elements"]}
    assert ids == {
        "cyanbot_takeover": "c0ffee01",
        "cyanbot_release": "c0ffee01",
        "cyanbot_resolve": "c0ffee01",
    }


def test_router_fix_names_the_mac_for_an_allow_list() -> None:
    blocks = case_blocks(seed_case())
    fix = next(
        b["text"]["text"] for b in blocks if b.get("text", {}).get("text", "").startswith("*Recommended fix*")
    )
    assert "allow-list" in fix and "`e0:4f:43:aa:bb:cc`" in fix
    other = case_blocks(seed_case(outcome="handoff:device_suspected", findings=[]))
    fix2 = next(
        b["text"]["text"] for b in other if b.get("text", {}).get("text", "").startswith("*Recommended fix*")
    )
    assert "allow-list" not in fix2


def test_holder_and_closed_states() -> None:
    held = all_text(case_blocks(seed_case(assignee="UAGENT1")))
    assert "<@UAGENT1> holds this case" in held
    closed = case_blocks(seed_case(status="resolved", outcome="resolved:agent", assignee="UAGENT1"))
    assert not [b for b in closed if b["type"] == "actions"]
    assert "resolved:agent" in all_text(closed)
    # history stays on the card after closing
    assert "wifi:same_ssid_both_bands" in all_text(closed)


def test_customer_text_is_escaped() -> None:
    blocks = case_blocks(
        seed_case(
            customer={"phone": None, "slack_user": None, "name": "<!channel> & co"},
            tried=["<https://evil|click>"],
        )
    )
    text = all_text(blocks)
    assert "<!channel>" not in text and "&lt;!channel&gt; &amp; co" in text
    assert "<https://evil|click>" not in text


def test_no_device_and_slack_customer() -> None:
    text = all_text(
        case_blocks(
            seed_case(
                device=None, channel="slack", customer={"phone": None, "slack_user": "U123", "name": None}
            )
        )
    )
    assert "not identified yet" in text and "<@U123>" in text and "Slack DM" in text


def test_within_block_kit_limits_even_for_huge_cases() -> None:
    many = [
        {"code": f"led:x{i}", "meaning": "m" * 300, "source": "led", "at": "x", "detail": None}
        for i in range(200)
    ]
    blocks = case_blocks(
        seed_case(
            findings=many,
            led_history=many,
            tried=["t" * 500] * 100,
            cause="c" * 5000,
            outcome_meaning="o" * 400,
        )
    )
    assert len(blocks) <= 50
    for b in blocks:
        if b["type"] == "section" and "text" in b:
            assert len(b["text"]["text"]) <= 3000
        for f in b.get("fields", []):
            assert len(f["text"]) <= 2000
        if b["type"] == "header":
            assert len(b["text"]["text"]) <= 150
    assert "more in the transcript" in all_text(blocks)


def test_fallback_text() -> None:
    text = case_text(seed_case(assignee="UAGENT1"))
    assert "c0ffee01" in text and "garage-unit" in text and "held by UAGENT1" in text and "Dana" in text


def test_card_says_when_to_call_back() -> None:
    # explore11's n24: the time to call said with the number is on the card beside it
    case = seed_case(callback=["0171 555 2398"], callback_when="after 10 in the morning")
    text = case_text(case)
    assert "Call back: 0171 555 2398" in text and "Best time: after 10 in the morning" in text
    assert "when: after 10 in the morning" in json.dumps(case_blocks(case))
    assert "Best time" not in case_text(seed_case(callback=[], callback_when="after 10 in the morning"))
