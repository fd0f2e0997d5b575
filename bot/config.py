"""Settings: every environment variable of design.md section 3, read once from the environment and `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All settings are optional; an empty variable counts as unset (design 6.1)."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True, frozen=True
    )

    database_path: str = Field("./data/cyanbot.db", description="SQLite file")
    particle_access_token: SecretStr | None = Field(None, description="Particle API token; unset => simulated cloud")
    particle_product_id: str | None = Field(None, description="Product ID or slug; set => product endpoints")
    particle_api_base_url: str = Field("https://api.particle.io", description="Particle API base URL")
    twilio_account_sid: str | None = Field(None, description="Twilio account SID")
    twilio_auth_token: SecretStr | None = Field(None, description="Twilio auth token (also signs webhooks)")
    twilio_from_number: str | None = Field(None, description="Twilio number the bot sends from (E.164)")
    twilio_api_base_url: str = Field("https://api.twilio.com", description="Twilio REST base URL")
    public_base_url: str | None = Field(None, description="Public URL of this server, for Twilio signatures")
    slack_bot_token: SecretStr | None = Field(None, description="Slack bot token (xoxb-)")
    slack_signing_secret: SecretStr | None = Field(None, description="Slack signing secret")
    slack_app_token: SecretStr | None = Field(None, description="Slack app token (xapp-) => Socket Mode")
    slack_support_channel: str | None = Field(None, description="Slack channel ID for handed-off cases")
    slack_api_url: str = Field("https://slack.com/api/", description="Slack Web API base URL")
    hotspot_ssid: str | None = Field(None, description="Default Wi-Fi name built into the firmware")
    hotspot_password: SecretStr | None = Field(None, description="Default Wi-Fi password built into the firmware")
    hotspot_wait_seconds: int = Field(300, ge=1, description="How long to watch for the device on the hotspot")
    reply_timeout_seconds: int = Field(900, ge=1, description="Reminder after this much customer silence")
    admin_token: SecretStr | None = Field(
        None, description="Bearer token for /api/* and the console; unset => generated, kept beside the database")
    retention_days: int = Field(
        365, ge=1, description="Ended conversations older than this are deleted with their messages; web chats "
                               "that never named a device, after 7 days")
    product_name: str = Field("your device", description="What the customer calls the product")
    log_level: str = Field("INFO", description="Logging level")

    @field_validator("public_base_url")
    @classmethod
    def _strip_slash(cls, v: str | None) -> str | None:
        return v.rstrip("/") if v else v

    @classmethod
    def load(cls, env_file: str | Path | None = ".env", **overrides: Any) -> Settings:
        """Build settings from the environment (and `env_file` when it exists), then apply overrides."""
        return cls(_env_file=env_file, **overrides)  # type: ignore[call-arg]

    @property
    def simulated_cloud(self) -> bool:
        return self.particle_access_token is None

    @property
    def product_mode(self) -> bool:
        return bool(self.particle_product_id)

    @property
    def sms_enabled(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_from_number)

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    def secret_values(self) -> list[str]:
        """Every secret's plain value, so logs and transcripts can scrub them."""
        out = []
        for name in type(self).model_fields:
            v = getattr(self, name)
            if isinstance(v, SecretStr) and v.get_secret_value():
                out.append(v.get_secret_value())
        return out
