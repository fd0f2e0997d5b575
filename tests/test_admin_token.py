"""The admin token when ADMIN_TOKEN is unset (issue 10 item 1, design §3): generated once, kept beside the database
with mode 0600, the same on every start, printed by `cyanbot admin-token`; ADMIN_TOKEN wins when set."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from bot.admin_token import FILE_NAME, bearer, load_or_create
from tests.harness import make_settings


def test_generated_once_beside_the_database_readable_by_its_owner_only(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data" / "bot.db")
    first = load_or_create(settings)
    assert first.created and len(first.value) >= 40
    path = tmp_path / "data" / FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_or_create(settings)
    assert again.value == first.value and not again.created


def test_the_setting_wins_and_nothing_is_written(tmp_path: Path) -> None:
    token = load_or_create(make_settings(tmp_path / "bot.db", admin_token="from-the-environment"))
    assert token.value == "from-the-environment" and token.source == "setting"
    assert not (tmp_path / FILE_NAME).exists()


def test_matching_is_exact(tmp_path: Path) -> None:
    token = load_or_create(make_settings(tmp_path / "bot.db", admin_token="s3cret-admin"))
    assert token.matches("s3cret-admin")
    assert not token.matches("s3cret-admi") and not token.matches("s3cret-admin ") and not token.matches(None)
    assert bearer("Bearer s3cret-admin") == "s3cret-admin" and bearer("Basic abc") is None and bearer(None) is None


def test_cli_prints_the_same_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ADMIN_TOKEN"}
    env["DATABASE_PATH"] = str(tmp_path / "bot.db")
    out = subprocess.run([sys.executable, "-m", "bot", "admin-token"], env=env, cwd=tmp_path, capture_output=True,
                         text=True, timeout=60, check=True).stdout.strip()
    assert out == (tmp_path / FILE_NAME).read_text().strip()
