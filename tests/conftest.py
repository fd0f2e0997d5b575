"""Fixtures shared by the test modules: a clean database path, a running rig, and HTTP clients over the app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from bot.config import Settings
from bot.server.app import create_app
from tests.fakes.twilio import FakeTwilio
from tests.harness import Rig, make_settings

AppClient = Callable[..., httpx.AsyncClient]


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    """The fake Twilio REST API on a loopback port (`.url`), with its request log and fault switches."""
    f = FakeTwilio()
    with f.serve() as srv:
        f.url = srv.url  # type: ignore[attr-defined]
        yield f


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh database; the working directory has no .env and no setting leaks in from the environment (so the
    cloud is the simulated one)."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    path = tmp_path / "x.db"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    monkeypatch.chdir(tmp_path)
    return path


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    """The real runtime on the default test settings, a fresh database, the simulated cloud and a fake clock."""
    r = await Rig.start(make_settings(tmp_path / "bot.db"))
    yield r
    await r.stop()


@pytest.fixture
def app_client() -> AppClient:
    """Makes in-process clients of a rig's app (no lifespan: the rig runs the runtime).

    `app_client(rig, host="127.0.0.1", token="")`: `host` is the client address the app sees; `token` "" sends the
    rig's own admin token, None no Authorization header at all, any other string that bearer token.
    """

    def make(rig: Rig, host: str = "127.0.0.1", token: str | None = "") -> httpx.AsyncClient:
        app = create_app(rig.rt, manage_lifespan=False)
        if token == "":
            token = rig.rt.admin_token().value
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(host, 5555)),
                                 base_url="http://bot.test", headers=headers)

    return make
