"""The `cyanbot` command (design §2, §6.1 customer directory), run in-process on a temporary database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.cli_env import run
from tests.harness import SEED_ID, SEED_SERIAL, Rig, make_settings

ROOT = Path(__file__).resolve().parent.parent
ARGON_ID = "e00fce6812ab34cd56ef7890"






def test_customers_add_stores_the_phone_in_e164(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "customers", "add", "--device", SEED_ID.upper(), "--phone", "(555) 123-0000",
                       "--name", "Pat")
    assert code == 0 and "+15551230000" in out
    code, out, _ = run(capsys, "customers", "list")
    assert code == 0
    line = next(ln for ln in out.splitlines() if "+15551230000" in ln)
    assert SEED_ID in line and "Pat" in line  # device IDs are stored lower-case
    assert db.exists()


def test_customers_add_replaces_the_same_phone(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "customers", "add", "--device", SEED_ID, "--phone", "+1 555 123 0000")
    run(capsys, "customers", "add", "--device", ARGON_ID, "--phone", "555-123-0000")
    _, out, _ = run(capsys, "customers", "list")
    rows = [ln for ln in out.splitlines() if "+15551230000" in ln]
    assert len(rows) == 1 and ARGON_ID in rows[0]


@pytest.mark.parametrize("argv", [
    ["customers", "add", "--device", SEED_ID, "--phone", "not a phone"],
    ["customers", "add", "--device", SEED_ID],
])
def test_customers_add_rejects_bad_input(db: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.startswith("error:")
    _, out, _ = run(capsys, "customers", "list")
    assert SEED_ID not in out


def test_customers_list_when_empty(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "customers", "list")
    assert code == 0 and "no customers" in out


def test_customers_import_reports_and_skips_a_bad_row(db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "file.csv"
    csv_path.write_text(
        "phone,slack_user,device,name\n"
        f"(555) 123-0000,,{SEED_ID},Pat\n"
        f",U0SLACK1,{ARGON_ID},Lee\n"
        f"definitely not a phone,,{SEED_ID},Bad Phone\n"
        "+15551230009,,,No Device\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "customers", "import", str(csv_path))
    assert code == 1
    assert "imported 2" in out
    report = out + err
    assert "skipped" in report and "4" in report and "5" in report, f"bad rows 4 and 5 are named: {report!r}"
    _, listing, _ = run(capsys, "customers", "list")
    assert "+15551230000" in listing and "U0SLACK1" in listing
    assert "Bad Phone" not in listing and "No Device" not in listing and "+15551230009" not in listing


def test_customers_import_clean_file_exits_0(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "ok.csv"
    csv_path.write_text(f"device,phone\n{SEED_ID},+15551230001\n", encoding="utf-8")
    code, out, _ = run(capsys, "customers", "import", str(csv_path))
    assert code == 0 and "imported 1" in out and "skipped" not in out


@pytest.mark.parametrize("content", [None, "phone,name\n+15551230000,Pat\n"])
def test_customers_import_unusable_file_exits_2(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                content: str | None) -> None:
    path = tmp_path / "in.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "customers", "import", str(path))
    assert code == 2 and err.startswith("error:")


async def _make_conversation(db: Path) -> str:
    rig = await Rig.start(make_settings(db), channel="web", address="cli-session")
    try:
        await rig.say("hi")
        await rig.say(SEED_SERIAL)
        await rig.say("blinking green")
        return str(rig.conversation()["id"])
    finally:
        await rig.stop()


async def test_conversations_list_and_transcripts(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conv_id = await _make_conversation(db)
    code, out, _ = run(capsys, "conversations", "list")
    assert code == 0
    line = next(ln for ln in out.splitlines() if conv_id in ln)
    assert "web" in line and "active" in line and "led_detail" in line

    code, out, _ = run(capsys, "conversations", "list", "--status", "resolved")
    assert code == 0 and conv_id not in out

    code, out, _ = run(capsys, "conversations", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["id"] == conv_id and rows[0]["awaiting"] == "led_detail"

    code, md, _ = run(capsys, "transcript", conv_id, "--format", "md")
    assert code == 0 and conv_id in md
    assert "blinking green" in md and SEED_SERIAL in md and "porch-sensor" in md

    code, default_md, _ = run(capsys, "transcript", conv_id)
    assert code == 0 and default_md == md

    code, out, _ = run(capsys, "transcript", conv_id, "--format", "json")
    assert code == 0
    items = json.loads(out)
    texts = [i["text"] for i in items if i["kind"] == "message"]
    assert texts[0] == "hi" and "blinking green" in texts
    assert any(i["kind"] == "finding" for i in items)


def test_transcript_of_unknown_conversation_exits_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "transcript", "nope")
    assert code == 2 and out == ""
    assert err.startswith("error:") and "nope" in err and len(err.strip().splitlines()) == 1


def test_conversations_list_when_empty(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conversations", "list")
    assert code == 0 and "no conversations" in out


def test_flows_graph_prints_mermaid(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "flows", "graph")
    assert code == 0
    assert out.lstrip().startswith("stateDiagram-v2")
    for step in ("device_id", "led", "wifi_password", "hotspot_wait", "confirm_fixed", "handed_off"):
        assert step in out


def test_unknown_command_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_python_m_bot_help(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "bot", "--help"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    for cmd in ("serve", "chat", "customers", "conversations", "transcript", "simulate-cloud", "flows"):
        assert cmd in proc.stdout
