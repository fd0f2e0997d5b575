"""Conversation-script tests: each YAML file in tests/scripts is one customer's conversation, run end to end.

A script is a list of steps; each step is one of
  customer: TEXT          the customer sends TEXT (optionally with `replies_contain: [..]`)
  online: true|false      the device goes online/offline (stream event, and the simulated cloud's state)
  advance: SECONDS        the clock moves on; due timers fire
  cloud_fault: {fail_next: N, status: 503}   the simulated cloud starts failing
  cloud_ok: true          the simulated cloud stops failing
  restart: true           the process stops and a new one starts on the same database
and any step may carry expectations: `awaiting`, `status`, `outcome`, `findings` (all present), `callback_when`,
`no_findings`, `replies_contain` (substrings of what the bot said in response to this step),
`no_reply: true`. Top-level `directory: {device: ID}` puts the customer in the directory first;
`settings: {...}` overrides settings; the final `expect` block is checked at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.harness import Rig, make_settings

SCRIPTS = sorted((Path(__file__).parent / "scripts").glob("*.yaml"))


def _check(rig: Rig, exp: dict[str, Any], said: list[str], where: str) -> None:
    conv = rig.conversation()
    codes = {f["code"] for f in conv["findings"]}
    if "awaiting" in exp:
        assert conv["awaiting"] == exp["awaiting"], f"{where}: awaiting {conv['awaiting']!r}; bot said {said}"
    if "status" in exp:
        assert conv["status"] == exp["status"], f"{where}: status {conv['status']!r}; bot said {said}"
    if "outcome" in exp:
        assert conv["outcome"] == exp["outcome"], f"{where}: outcome {conv['outcome']!r}; bot said {said}"
    for code in exp.get("findings", []):
        assert code in codes, f"{where}: finding {code} missing from {sorted(codes)}"
    for code in exp.get("no_findings", []):
        assert code not in codes, f"{where}: unexpected finding {code}"
    joined = "\n".join(said).lower()
    for frag in exp.get("replies_contain", []):
        assert frag.lower() in joined, f"{where}: {frag!r} not in bot replies {said}"
    for frag in exp.get("replies_exclude", []):
        assert frag.lower() not in joined, f"{where}: {frag!r} should not be in bot replies {said}"
    if exp.get("no_reply"):
        assert said == [], f"{where}: expected silence, bot said {said}"
    if "ruled_out" in exp:
        data = rig.store.conversation_row(conv["id"])["data"]
        for code in exp["ruled_out"]:
            assert code in (data.get("ruled_out") or []), f"{where}: {code} not ruled out: {data.get('ruled_out')}"
    if "callback" in exp:
        data = rig.store.conversation_row(conv["id"])["data"]
        assert data.get("callback") == exp["callback"], f"{where}: call-back contacts {data}"
    if "callback_when" in exp:
        data = rig.store.conversation_row(conv["id"])["data"]
        assert data.get("callback_when") == exp["callback_when"], f"{where}: when to call {data.get('callback_when')}"


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
async def test_script(path: Path, tmp_path: Path) -> None:
    script = yaml.safe_load(path.read_text())
    settings = make_settings(tmp_path / "bot.db", **script.get("settings", {}))
    rig = await Rig.start(settings, channel=script.get("channel", "web"),
                          address=script.get("address", "session-1"))
    try:
        if script.get("directory"):
            d = script["directory"]
            rig.store.add_customer(d["device"], d.get("phone", rig.address), None, d.get("name"))
        for i, step in enumerate(script["steps"]):
            where = f"{path.stem} step {i + 1} {({k: v for k, v in step.items() if k in ('customer', 'online', 'advance', 'agent')})}"
            said: list[str] = []
            if "customer" in step:
                said = await rig.say(str(step["customer"]))
            elif "online" in step:
                said = await rig.online(bool(step["online"]))
            elif "advance" in step:
                said = await rig.advance(float(step["advance"]))
            elif "cloud_fault" in step:
                f = step["cloud_fault"]
                rig.sim.fail_next(int(f.get("fail_next", 1000)), int(f.get("status", 503)), f.get("retry_after"))
            elif "cloud_ok" in step:
                rig.sim.fail_next(0)
            elif "restart" in step:
                await rig.restart()
            elif "agent" in step:  # a person at support: "take", "release" (give back) or "resolve"
                said = await rig.agent(str(step["agent"]))
            _check(rig, step, said, where)
        _check(rig, script.get("expect", {}), [], f"{path.stem} end")
        most = script.get("expect", {}).get("customer_messages_at_most")
        if most is not None:
            sent = sum(1 for s in script["steps"] if "customer" in s)
            stored = [m for m in rig.store.messages(rig.conversation()["id"]) if m["direction"] == "in"]
            assert sent == len(stored) <= most, f"{path.stem}: {len(stored)} customer messages, at most {most}"
    finally:
        await rig.stop()
