"""The `cyanbot` command (also `python -m bot`): serve, chat, customers, conversations, transcript, purge, flows,
simulate-cloud."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli_conversations import add_parsers as add_conversation_commands

if TYPE_CHECKING:
    from bot.config import Settings

# This module's own imports stay light (no asyncio, no pydantic): `serve` starts its worker before anything heavy
# is imported, so the two processes import side by side and a restart drains sooner.


def _settings() -> Settings:
    from bot.config import Settings

    return Settings.load()


def _setup_logging(level: str, secrets: list[str]) -> None:
    from bot.log import configure

    configure(level, secrets)


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.server.serve import serve, start_worker

    # The worker first, before the settings are read (it reads them itself; if they are wrong, this process exits
    # below and the worker dies with it).
    worker = None if args.one_process else start_worker(args.port)
    try:
        s = _settings()
        _setup_logging(s.log_level, s.secret_values())
    except BaseException:
        if worker is not None:
            worker.stop()
        raise
    return serve(s, args.host, args.port, worker=worker)


def cmd_worker(args: argparse.Namespace) -> int:
    from bot.server.serve import run_worker_process

    s = _settings()
    _setup_logging(s.log_level, s.secret_values())
    return run_worker_process(s, sim_url=args.sim_url, parent=args.parent)


def cmd_admin_token(args: argparse.Namespace) -> int:
    """Print the admin token (ADMIN_TOKEN, or the one kept beside the database, made now if missing)."""
    from bot.admin_token import load_or_create

    print(load_or_create(_settings()).value)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.channels.console import OWN_DATABASE, run_console
    from bot.server.runtime import build_console_runtime

    s = _settings()
    _setup_logging("WARNING", s.secret_values())
    own_db = args.database is None
    db_path = OWN_DATABASE if own_db else args.database

    async def chat() -> int:
        rt, client = build_console_runtime(s, db_path)
        return await run_console(rt, s, phone=args.phone, device=args.device, own_db=own_db, db_path=db_path,
                                 on_stop=client.aclose if client is not None else None)

    import asyncio

    return asyncio.run(chat())


def cmd_simulate_cloud(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.cloud.simulated import SimCloud, create_sim_app

    print(f"simulated Particle Cloud on http://127.0.0.1:{args.port} (any bearer token)", flush=True)
    uvicorn.run(create_sim_app(SimCloud()), host=args.host, port=args.port, log_level="warning")
    return 0


def _store() -> Any:
    from bot.clock import SystemClock
    from bot.store.store import Store

    return Store.open(_settings().database_path, SystemClock())


@asynccontextmanager
async def _cloud(s: Settings) -> AsyncIterator[Any]:
    """Particle Cloud as the bot sees it (a CloudService): the real API with PARTICLE_ACCESS_TOKEN, otherwise the
    simulated cloud's demo devices, served in this process."""
    import httpx

    from bot.clock import SystemClock
    from bot.server.runtime import SIM_TOKEN, cloud_service

    if s.simulated_cloud:
        from bot.cloud.simulated import SimCloud, create_sim_app

        app = create_sim_app(SimCloud(product_id=s.particle_product_id))
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sim")
        base_url, token = "http://sim", SIM_TOKEN
    else:
        assert s.particle_access_token is not None
        http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=3.0))
        base_url, token = s.particle_api_base_url, s.particle_access_token.get_secret_value()
    try:
        yield cloud_service(s, http, base_url, token, SystemClock())
    finally:
        await http.aclose()


# What _resolve_devices says about one --device value: ("ok", device ID, "name, platform"), ("unknown", None,
# why) when the cloud does not know it, ("unavailable", None, why) when the cloud could not be asked.
Resolved = tuple[str, str | None, str]


async def _resolve_devices(s: Settings, refs: list[str]) -> dict[str, Resolved]:
    """Each device ID, serial number or name → the 24-hex device ID, found the way the bot finds a customer's
    unit. After one failure to reach the cloud the rest are not asked (each would wait out the retries)."""
    from bot.errors import CloudNotFound, CloudUnavailable

    out: dict[str, Resolved] = {}
    down: str | None = None
    where = "the simulated Particle Cloud (no PARTICLE_ACCESS_TOKEN)" if s.simulated_cloud else "Particle Cloud"
    store = _store()  # the bot's serial cache and hourly ceiling, opened once for every device
    async with _cloud(s) as cloud:
        for ref in dict.fromkeys(refs):
            if down is not None:
                out[ref] = ("unavailable", None, down)
                continue
            try:
                snap = await cloud.resolve(ref, store=store)
            except CloudNotFound:
                out[ref] = ("unknown", None, f"{where} knows no device {ref!r} (by device ID, serial number "
                                             "or name)")
            except CloudUnavailable as exc:
                out[ref] = ("unavailable", None, f"could not ask {where} about {ref!r} ({exc.kind})")
                down = f"not checked: {where} could not be reached ({exc.kind})"
            else:
                label = ", ".join(str(v) for v in (snap.get("name"), snap.get("platform_label")) if v)
                out[ref] = ("ok", str(snap["id"]).lower(), label)
    return out


def _as_given(ref: str) -> str:
    """A --device value stored with --offline: a 24-hex device ID lower-cased, anything else exactly as typed."""
    from bot.cloud.service import HEX24

    ref = ref.strip()
    return ref.lower() if HEX24.match(ref.lower()) else ref


def _offline_warning(values: list[str]) -> str:
    from bot.cloud.service import HEX24

    odd = [v for v in values if not HEX24.match(v)]
    text = ("warning: --offline: stored as given, without asking Particle Cloud whether "
            + ("that device exists" if len(values) == 1 else f"these {len(values)} devices exist"))
    if odd:
        text += (f"; {', '.join(repr(v) for v in odd[:5])}{' …' if len(odd) > 5 else ''} "
                 f"{'is not a' if len(odd) == 1 else 'are not'} 24-hex device ID{'s' if len(odd) > 1 else ''}, "
                 f"so the bot may not find {'that unit' if len(odd) == 1 else 'those units'}")
    return text


def cmd_customers(args: argparse.Namespace) -> int:
    from bot.phone import to_e164

    if args.action == "add":
        phone = None
        if args.phone:
            phone = to_e164(args.phone)
            if phone is None:
                print(f"error: {args.phone!r} is not a phone number", file=sys.stderr)
                return 2
        if not args.phone and not args.slack_user:
            print("error: give --phone or --slack-user", file=sys.stderr)
            return 2
        if not args.device.strip():
            print("error: --device is empty", file=sys.stderr)
            return 2
        label = ""
        if args.offline:
            device = _as_given(args.device)
            print(_offline_warning([device]), file=sys.stderr)
        else:
            import asyncio

            state, found, text = asyncio.run(_resolve_devices(_settings(), [args.device]))[args.device]
            if found is None:
                # Adding a customer does not need the cloud (design 6.1): stored as given, with what the cloud said.
                device = _as_given(args.device)
                hint = "check the value" if state == "unknown" else "the bot will ask again when the customer writes"
                print(f"warning: {text}; stored as given ({hint})", file=sys.stderr)
            else:
                device, label = found, text
        _store().add_customer(device, phone, args.slack_user, args.name)
        print(f"added {phone or args.slack_user} -> {device}" + (f" ({label})" if label else ""))
        return 0
    if args.action == "import":
        return _import_customers(args)
    rows = _store().customers()
    for r in rows:
        print(f"{r['phone'] or '-':16} {r['slack_user'] or '-':12} {r['device_id']}  {r['name'] or ''}")
    if not rows:
        print("no customers yet: cyanbot customers add --device ID --phone +1555...")
    return 0


def _import_customers(args: argparse.Namespace) -> int:
    from bot.phone import to_e164

    path = Path(args.file)
    if not path.exists():
        print(f"error: no such file {path}", file=sys.stderr)
        return 2
    skipped: list[int] = []
    rows: list[tuple[int, str, str | None, str | None, str | None]] = []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        import csv

        reader = csv.DictReader(fh)
        if not reader.fieldnames or "device" not in reader.fieldnames:
            print("error: the CSV needs a header row with at least a 'device' column", file=sys.stderr)
            return 2
        for n, row in enumerate(reader, start=2):
            device = (row.get("device") or "").strip()
            phone_raw = (row.get("phone") or "").strip()
            slack = (row.get("slack_user") or "").strip() or None
            phone = to_e164(phone_raw) if phone_raw else None
            if not device or (phone_raw and phone is None) or not (phone or slack):
                skipped.append(n)
                continue
            rows.append((n, device, phone, slack, (row.get("name") or "").strip() or None))
    refused: list[int] = []
    if args.offline:
        ids = {ref: _as_given(ref) for _, ref, *_ in rows}
        if rows:
            print(_offline_warning(list(dict.fromkeys(ids.values()))), file=sys.stderr)
    else:
        import asyncio

        found = asyncio.run(_resolve_devices(_settings(), [ref for _, ref, *_ in rows])) if rows else {}
        ids = {ref: device_id or _as_given(ref) for ref, (_, device_id, _) in found.items()}
        for n, ref, *_ in rows:
            if found[ref][1] is None:
                # Stored as given: importing does not need the cloud (design 6.1); what it said is told.
                refused.append(n)
                print(f"row {n}: {found[ref][2]}; imported as given", file=sys.stderr)
    store = _store()
    added = 0
    for _n, ref, phone, slack, name in rows:
        if ref in ids:
            store.add_customer(ids[ref], phone, slack, name)
            added += 1
    print(f"imported {added} customers" + (f"; skipped rows {skipped}" if skipped else "")
          + (f"; rows {refused} stored as given (devices Particle Cloud does not know, or could not be asked "
             "about)" if refused else ""))
    return 0 if not skipped else 1


def cmd_flows(args: argparse.Namespace) -> int:
    from flows.graph import mermaid

    print(mermaid(compact=args.compact))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cyanbot", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    sp = sub.add_parser("serve", help="run the bot server (web chat, webhooks, API)")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--one-process", action="store_true",
                    help="run the engine in the web server's process instead of a worker process beside it")
    sp.set_defaults(func=cmd_serve)
    sp = sub.add_parser("worker", help="run the engine alone (steps, replies, timers, event stream); "
                                       "`serve` starts one itself")
    sp.add_argument("--sim-url", default="http://127.0.0.1:8000/simcloud",
                    help="the simulated cloud served by `serve` (used only when no Particle token is set)")
    sp.add_argument("--parent", type=int, default=None, help=argparse.SUPPRESS)
    sp.set_defaults(func=cmd_worker)
    sp = sub.add_parser("admin-token", help="print the admin token for the API and the support console")
    sp.set_defaults(func=cmd_admin_token)
    sp = sub.add_parser("chat", help="talk to the bot in this terminal (same engine)")
    sp.add_argument("--phone", default=None, help="pretend to be this customer (uses the customer directory)")
    sp.add_argument("--device", default=None, help="device ID to start with")
    sp.add_argument("--database", default=None, metavar="PATH",
                    help="keep the chat in this SQLite file (default: a database of its own in memory, so a "
                         "running server's conversations are never touched; DATABASE_PATH is not used)")
    sp.set_defaults(func=cmd_chat)
    sp = sub.add_parser("simulate-cloud", help="serve the simulated Particle Cloud alone")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8001)
    sp.set_defaults(func=cmd_simulate_cloud)
    sp = sub.add_parser("customers", help="the customer directory (phone / Slack user -> device)")
    csub = sp.add_subparsers(dest="action", required=True)
    a = csub.add_parser("add", help="add or replace one customer")
    a.add_argument("--device", required=True,
                   help="device ID, serial number or device name; stored as the 24-hex device ID Particle Cloud "
                        "gives for it (as given, with a warning, when the cloud does not know it)")
    a.add_argument("--phone")
    a.add_argument("--slack-user", dest="slack_user")
    a.add_argument("--name")
    a.add_argument("--offline", action="store_true",
                   help="store --device as given, without asking Particle Cloud (a warning is printed)")
    i = csub.add_parser("import", help="import a CSV with columns phone, slack_user, device, name")
    i.add_argument("file")
    i.add_argument("--offline", action="store_true",
                   help="store each row's device as given, without asking Particle Cloud")
    csub.add_parser("list", help="list customers")
    sp.set_defaults(func=cmd_customers)
    add_conversation_commands(sub)
    sp = sub.add_parser("flows", help="the troubleshooting flow")
    fsub = sp.add_subparsers(dest="action", required=True)
    g = fsub.add_parser("graph", help="print the flow as a Mermaid state diagram")
    g.add_argument("--compact", action="store_true", help="leave out the edges every step has (as in the README)")
    sp.set_defaults(func=cmd_flows)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear line, not a traceback, for the operator
        logging.getLogger("cyanbot").debug("cli.failed", exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
