"""Wires the running bot: store, engine, channels, Particle Cloud (real or simulated) and Slack, from Settings."""

from __future__ import annotations

import asyncio
import gc
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from bot.admin_token import AdminToken, load_or_create
from bot.clock import Clock, SystemClock
from bot.cloud.cache import DeviceCache
from bot.cloud.client import ParticleClient
from bot.cloud.events import StatusStream
from bot.cloud.models import StatusEvent
from bot.cloud.service import CloudService
from bot.config import Settings
from bot.engine.core import Engine
from bot.engine.wake import WakeClient, WakeServer, wake_path
from bot.flowkit import Flow, FlowConfig
from bot.httputil import outbound_client, wire_transport
from bot.server import SIM_PREFIX
from bot.store.checkpoint import Checkpointer
from bot.store.store import Store

if TYPE_CHECKING:
    from bot.cloud.simulated import SimCloud

WARM_AFTER = 0.5  # seconds after the worker starts: the scheduler's first pass has kicked the timers due meanwhile

log = logging.getLogger("cyanbot")
SIM_TOKEN = "simulated-cloud-token"


@dataclass
class Runtime:
    settings: Settings
    store: Store
    engine: Engine
    clock: Clock
    http: httpx.AsyncClient
    cloud: CloudService
    # The shared client's connection pool when this runtime built the client (the SMS sender posts to it directly).
    wire: httpx.AsyncBaseTransport | None = None
    sim: SimCloud | None = None
    stream: StatusStream | None = None
    channels: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    admin: AdminToken | None = None
    # "all": this process runs everything (tests, `chat`, `serve --one-process`); "web": it takes work in and
    # wakes the worker process; "worker": it runs the engine, the timers and the event stream.
    role: str = "all"
    # A server process's own (`serve`, `worker`), not a test's or the CLI's: see `freeze_start_up_heap`.
    freeze_heap: bool = False
    wake_path: str = ""
    wake: WakeServer | None = None
    # The engine's process copies SQLite's log into the database in a thread (bot/store/checkpoint.py).
    checkpoints: Checkpointer | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _tasks: list[asyncio.Task[Any]] = field(default_factory=list)

    def key_prints_secret(self) -> bytes:
        """What the Wi-Fi keys' fingerprints are keyed with (bot/engine/keyprints.py): the admin token, kept outside
        the database; read at the first need."""
        return self.admin_token().value.encode()

    def admin_token(self) -> AdminToken:
        """The admin token (made beside the database at first use when ADMIN_TOKEN is unset); never logged."""
        if self.admin is None:
            self.admin = load_or_create(self.settings)
            self.engine.secrets.append(self.admin.value)
        return self.admin

    @property
    def cloud_kind(self) -> str:
        return "simulated" if self.sim is not None else "particle"

    async def start(self, *, stream: bool = True) -> None:
        self._loop = asyncio.get_running_loop()
        if self.role != "worker":
            # Intake reads every message: its word lists are loaded before the first one (and, in one process, the
            # steps' readers too; the worker process loads those itself).
            self.engine.flow.warm(steps=self.role == "all")
            if self.freeze_heap:
                freeze_start_up_heap()
        if self.role != "web":
            self.checkpoints = self.store.checkpointer()
            if self.checkpoints is not None:
                self.checkpoints.start()
        await self.engine.start()
        if self.role == "worker":
            self._tasks.append(asyncio.create_task(self._warm_when_idle(), name="cyanbot-warm"))
        if self.role == "worker":
            self.wake = WakeServer(self.wake_path, self.engine.work.kick)
            self.engine.work.on_idle = self.wake.idle
            await self.wake.start()
        if stream and self.stream is not None and self.role != "web":
            self._tasks.append(asyncio.create_task(self._run_stream(), name="cyanbot-sse"))
        if self.role != "worker":  # inbound hooks (Slack's start-up check and Socket Mode) belong to the web side
            for hook in self.extras.get("on_start", []):
                await hook()

    async def _warm_when_idle(self) -> None:
        """The worker loads the flow's word lists (about 0.13 s) once the backlog found at start is done, in a
        thread: a restart's backlog (timers, replies) reads no words and drains first, and no step waits on the
        lists later. In the worker's own loop the load would stall every conversation at once."""
        await asyncio.sleep(WARM_AFTER)
        while True:
            try:
                await self.engine.wait_idle(timeout=60)
                break
            except TimeoutError:
                continue
        await asyncio.to_thread(self.engine.flow.warm)
        if self.freeze_heap:
            freeze_start_up_heap()

    async def _run_stream(self) -> None:
        assert self.stream is not None
        if self.sim is not None:
            # The simulated cloud is served by this same process: let the server bind its port first, so the
            # first connection does not fail and log a needless warning.
            await asyncio.sleep(0.3)
        await self.stream.run()

    def begin_shutdown(self) -> None:
        """Called from a signal handler: close the event stream at once, from the server's loop.

        The stream to the simulated cloud is a request to this same server; while it stays open the server waits
        for it before its own shutdown (and our `stop`) can run. Thread- and signal-safe.
        """
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._cancel_tasks)

    def _cancel_tasks(self) -> None:
        for t in self._tasks:
            t.cancel()

    async def notify_status(self, device_id: str, online: bool) -> None:
        """Apply a spark/status online/offline as if it came from the event stream."""
        ev = StatusEvent(device_id=device_id, online=online)
        self.cloud.apply_status(ev)
        await self.engine.on_status(ev.device_id, ev.online, ev.published_at)

    async def stop(self) -> None:
        if self.wake is not None:
            await self.wake.stop()
        for hook in self.extras.get("on_stop", []):
            try:
                await hook()
            except Exception:
                log.exception("runtime.stop_hook.failed")
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.engine.stop()
        if self.checkpoints is not None:
            await asyncio.to_thread(self.checkpoints.stop)
        await self.http.aclose()


def flow_config(s: Settings) -> FlowConfig:
    return FlowConfig(
        product=s.product_name,
        hotspot_ssid=s.hotspot_ssid,
        hotspot_password=s.hotspot_password.get_secret_value() if s.hotspot_password else None,
        hotspot_wait_seconds=s.hotspot_wait_seconds,
        reply_timeout_seconds=s.reply_timeout_seconds,
        product_mode=s.product_mode,
    )


def build_runtime(
    settings: Settings,
    *,
    clock: Clock | None = None,
    http: httpx.AsyncClient | None = None,
    cloud_http: httpx.AsyncClient | None = None,
    sim: SimCloud | None = None,
    sim_base_url: str | None = None,
    database_path: str | None = None,
    cloud_sleep: Any = None,
    flow: Flow | None = None,
    role: str = "all",
) -> Runtime:
    """Build everything; nothing starts until `runtime.start()`.

    `http`: the shared client for Twilio/Particle (tests pass one with an ASGITransport).
    `cloud_http` / `sim` / `sim_base_url`: how to reach the simulated cloud when no token is set: by default the
    server's own loopback address plus /simcloud (set by `cyanbot serve`); tests point it elsewhere.
    """
    clock = clock or SystemClock()
    store = Store.open(database_path or settings.database_path, clock)
    http, wire = _shared_client(http)
    sim, base_url, token = _cloud_target(settings, clock, sim, sim_base_url)
    chttp = cloud_http or http
    kw: dict[str, Any] = {}
    if cloud_sleep is not None:
        kw["sleep"] = cloud_sleep
    if cloud_http is None and wire is not None:
        kw["transport"] = wire  # Particle calls straight to the shared pool, as Twilio sends are
    cloud = cloud_service(settings, chttp, base_url, token, clock, **kw)
    if flow is None:  # the one flow this bot runs, plugged into the engine (tests may plug in another)
        from flows.troubleshoot.plugin import TROUBLESHOOT

        flow = TROUBLESHOOT
    engine = Engine(store, clock, flow_config(settings), cloud, flow=flow, secrets=settings.secret_values(),
                    retention_days=settings.retention_days)

    from bot.channels.render import ConsoleRenderer, WebRenderer

    engine.register_channel("web", WebRenderer(), None)
    engine.register_channel("console", ConsoleRenderer(), None)
    rt = Runtime(settings=settings, store=store, engine=engine, clock=clock, http=http, wire=wire, cloud=cloud, sim=sim,
                 channels=["web"], role=role, wake_path=wake_path(database_path or settings.database_path))
    if role == "web":
        engine.take_in_only(WakeClient(rt.wake_path))
    engine.intake.key_source = rt.key_prints_secret

    async def on_event(ev: StatusEvent) -> None:
        cloud.apply_status(ev)
        await engine.on_status(ev.device_id, ev.online, ev.published_at)

    rt.stream = StatusStream(chttp, cloud.client.events_url(), token, on_event)
    _wire_sms(rt)
    _wire_slack(rt)
    return rt


def _cloud_target(settings: Settings, clock: Clock, sim: SimCloud | None,
                  sim_base_url: str | None) -> tuple[SimCloud | None, str, str]:
    """The simulated cloud (when no Particle token is set), the cloud's base URL and the token to send it."""
    if not settings.simulated_cloud:
        token = settings.particle_access_token.get_secret_value() if settings.particle_access_token else ""
        return None, settings.particle_api_base_url, token
    # Imported here: the simulated cloud's web app (Starlette) is not needed by a process that talks to Particle.
    from bot.cloud.simulated import SimCloud

    sim = sim or SimCloud(product_id=settings.particle_product_id, clock=clock)
    return sim, sim_base_url or f"http://127.0.0.1:8000{SIM_PREFIX}", SIM_TOKEN


def _shared_client(http: httpx.AsyncClient | None) -> tuple[httpx.AsyncClient, httpx.AsyncBaseTransport | None]:
    """The one client for Particle and Twilio, and its connection pool when built here (tests pass a client)."""
    if http is not None:
        return http, None
    wire = wire_transport()
    return outbound_client(wire), wire


def _wire_sms(rt: Runtime) -> None:
    s = rt.settings
    if not s.sms_enabled:
        return
    from bot.channels.render import SmsRenderer
    from bot.channels.sms import TwilioSender

    assert s.twilio_auth_token is not None
    sender = TwilioSender(rt.http, base_url=s.twilio_api_base_url, account_sid=s.twilio_account_sid or "",
                          auth_token=s.twilio_auth_token.get_secret_value(), from_number=s.twilio_from_number or "",
                          transport=rt.wire)
    rt.engine.register_channel("sms", SmsRenderer(), sender)
    rt.channels.append("sms")
    if not s.public_base_url:
        log.warning("config.public_base_url_missing: Twilio signatures are checked against the URL this server "
                    "sees; behind a proxy or tunnel every SMS will get 403 until PUBLIC_BASE_URL is set")


def _wire_slack(rt: Runtime) -> None:
    if not rt.settings.slack_enabled:
        if rt.role == "worker":
            return  # the web process says it
        log.info("slack.off: SLACK_BOT_TOKEN/SLACK_SIGNING_SECRET not set; handed-off cases stay in the API and CLI")
        return
    from bot.channels.slack import SlackChannel, SlackRenderer

    # The `slack` channel and the case sink on the engine (app.py serves POST /slack/events for it), the start-up
    # check and Socket Mode as start/stop hooks.
    channel = SlackChannel.from_settings(rt.settings)
    if channel is None:
        return
    rt.engine.register_channel("slack", SlackRenderer(), channel.sender)
    rt.engine.case_sink = channel.case_sink
    channel.attach(rt.engine)
    rt.extras["slack"] = channel
    rt.extras.setdefault("on_start", []).append(channel.start)
    rt.extras.setdefault("on_stop", []).append(channel.stop)
    rt.channels.append("slack")


def cloud_service(settings: Settings, http: httpx.AsyncClient, base_url: str, token: str, clock: Clock,
                  **client_kw: Any) -> CloudService:
    """Particle Cloud as the bot sees it: the REST client behind the device cache and its rate rule."""
    client = ParticleClient(http, base_url=base_url, token=token, product_id=settings.particle_product_id,
                            clock=clock.now, **client_kw)
    # The rule is one call per device per 5 s as the cloud sees them arrive; a little margin absorbs jitter
    # between our clock and theirs.
    return CloudService(client, DeviceCache(client, clock, min_interval=5.1))


def build_console_runtime(settings: Settings, database_path: str) -> tuple[Runtime, httpx.AsyncClient | None]:
    """The runtime for `cyanbot chat`: the simulated cloud served in-process (no port), on its own database.

    Returns the runtime and the client to close after it stops (None with a real Particle token).
    """
    if not settings.simulated_cloud:
        return build_runtime(settings, database_path=database_path), None
    from bot.cloud.simulated import SimCloud, create_sim_app

    sim = SimCloud(product_id=settings.particle_product_id)
    cloud_http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_sim_app(sim)), base_url="http://sim")
    rt = build_runtime(settings, sim=sim, cloud_http=cloud_http, sim_base_url="http://sim", database_path=database_path)
    return rt, cloud_http


def freeze_start_up_heap() -> None:
    """Once start-up has loaded what every message needs (modules, word lists, compiled readers): leave what is
    alive out of every later collection (`gc.freeze`). Those objects live as long as the process, and each full
    collection walked all of them: 30-60 ms with the event loop stopped, several times a minute under load,
    measured in both processes during the SMS latency bench (a reply's p99 is about 150 ms).
    https://docs.python.org/3/library/gc.html#gc.freeze
    Only the young generations are collected first (a few ms): a full collection here is one such stall itself,
    and in the worker this can fall inside a restart's drain."""
    gc.collect(1)
    gc.freeze()
