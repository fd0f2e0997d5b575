"""Settings: .env.example lists exactly the settings; empty means unset; the trailing slash rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_env_example_matches_settings() -> None:
    text = (ROOT / ".env.example").read_text()
    keys = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", text, flags=re.M))
    assert keys == {name.upper() for name in Settings.model_fields}


def test_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTICLE_ACCESS_TOKEN", "")
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://bot.example.com/")
    monkeypatch.setenv("HOTSPOT_WAIT_SECONDS", "120")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.simulated_cloud is True
    assert s.public_base_url == "https://bot.example.com"
    assert s.hotspot_wait_seconds == 120
    assert s.sms_enabled is False and s.slack_enabled is False


def test_env_file_is_read(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("PRODUCT_NAME=AquaSense\nTWILIO_ACCOUNT_SID=AC1\nTWILIO_AUTH_TOKEN=sekrit-twilio-42\nTWILIO_FROM_NUMBER=+15550001111\n")
    s = Settings.load(env)
    assert s.product_name == "AquaSense"
    assert s.sms_enabled is True
    assert "sekrit-twilio-42" in s.secret_values()
    assert "sekrit-twilio-42" not in repr(s)
