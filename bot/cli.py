"""The `cyanbot` command (also `python -m bot`): serve, chat, customers, conversations, transcript, flows, simulate-cloud."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import sys
from pathlib import Path
from typing import Any

from bot.config import Settings


def _settings() -> Settings:
    return Settings.load()


def _setup_logging(level: str, secrets: list[str]) -> None:
    from bot.log import configure

    configure(level, secrets)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.server.app import create_app
    from bot.server.runtime import SIM_PREFIX, build_runtime

    s = _settings()
    _setup_logging(s.log_level, s.secret_values())
    port = args.port
    rt = build_runtime(s, sim_base_url=f"http://127.0.0.1:{port}{SIM_PREFIX}")
    print(f"cyanbot serving on http://{args.host}:{port}", flush=True)
    print(f"  channels: {', '.join(rt.channels)}", flush=True)
    print(f"  cloud: {rt.cloud_kind}" + (" (demo devices; switch them in the web chat panel)" if rt.sim else
                                         f" ({s.particle_api_base_url}"
                                         + (f", product {s.particle_product_id})" if s.product_mode else ", user mode)")),
          flush=True)
    print(f"  database: {s.database_path}", flush=True)
    print(f"  slack: {'on' if 'slack' in rt.channels else 'off (cases stay in the API and CLI)'}", flush=True)
    app = create_app(rt)
    uvicorn.run(app, host=args.host, port=port, log_level="warning", access_log=False)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.channels.console import run_console

    s = _settings()
    _setup_logging("WARNING", s.secret_values())
    return asyncio.run(run_console(s, phone=args.phone, device=args.device))


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


def cmd_customers(args: argparse.Namespace) -> int:
    from bot.phone import to_e164

    store = _store()
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
        store.add_customer(args.device.lower(), phone, args.slack_user, args.name)
        print(f"added {phone or args.slack_user} -> {args.device.lower()}")
        return 0
    if args.action == "import":
        path = Path(args.file)
        if not path.exists():
            print(f"error: no such file {path}", file=sys.stderr)
            return 2
        added, skipped = 0, []
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "device" not in reader.fieldnames:
                print("error: the CSV needs a header row with at least a 'device' column", file=sys.stderr)
                return 2
            for n, row in enumerate(reader, start=2):
                device = (row.get("device") or "").strip().lower()
                phone_raw = (row.get("phone") or "").strip()
                slack = (row.get("slack_user") or "").strip() or None
                phone = to_e164(phone_raw) if phone_raw else None
                if not device or (phone_raw and phone is None) or not (phone or slack):
                    skipped.append(n)
                    continue
                store.add_customer(device, phone, slack, (row.get("name") or "").strip() or None)
                added += 1
        print(f"imported {added} customers" + (f"; skipped rows {skipped}" if skipped else ""))
        return 0 if not skipped else 1
    rows = store.customers()
    for r in rows:
        print(f"{r['phone'] or '-':16} {r['slack_user'] or '-':12} {r['device_id']}  {r['name'] or ''}")
    if not rows:
        print("no customers yet: cyanbot customers add --device ID --phone +1555...")
    return 0


def cmd_conversations(args: argparse.Namespace) -> int:
    store = _store()
    rows = store.list_conversations(status=args.status)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for r in rows:
        who = r["customer"]["phone"] or r["customer"]["slack_user"] or r["channel"]
        print(f"{r['id']}  {r['updated_at']}  {r['channel']:7} {who:16} {r['status']:14} "
              f"{r['awaiting'] or '-':14} {r['outcome'] or ''}")
    if not rows:
        print("no conversations")
    return 0


def cmd_transcript(args: argparse.Namespace) -> int:
    from bot.engine.transcript import transcript_items, transcript_markdown

    store = _store()
    if store.conversation_row(args.id) is None:
        print(f"error: no conversation {args.id}", file=sys.stderr)
        return 2
    secrets = _settings().secret_values()
    if args.format == "json":
        print(json.dumps(transcript_items(store, args.id, secrets), indent=2))
    else:
        print(transcript_markdown(store, args.id, secrets))
    return 0


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
    sp.set_defaults(func=cmd_serve)
    sp = sub.add_parser("chat", help="talk to the bot in this terminal (same engine)")
    sp.add_argument("--phone", default=None, help="pretend to be this customer (uses the customer directory)")
    sp.add_argument("--device", default=None, help="device ID to start with")
    sp.set_defaults(func=cmd_chat)
    sp = sub.add_parser("simulate-cloud", help="serve the simulated Particle Cloud alone")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8001)
    sp.set_defaults(func=cmd_simulate_cloud)
    sp = sub.add_parser("customers", help="the customer directory (phone / Slack user -> device)")
    csub = sp.add_subparsers(dest="action", required=True)
    a = csub.add_parser("add", help="add or replace one customer")
    a.add_argument("--device", required=True)
    a.add_argument("--phone")
    a.add_argument("--slack-user", dest="slack_user")
    a.add_argument("--name")
    i = csub.add_parser("import", help="import a CSV with columns phone, slack_user, device, name")
    i.add_argument("file")
    csub.add_parser("list", help="list customers")
    sp.set_defaults(func=cmd_customers)
    sp = sub.add_parser("conversations", help="conversations")
    csub = sp.add_subparsers(dest="action", required=True)
    lp = csub.add_parser("list", help="list conversations, newest first")
    lp.add_argument("--status", choices=["active", "waiting_device", "handed_off", "resolved", "abandoned"])
    lp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_conversations)
    sp = sub.add_parser("transcript", help="print a conversation's transcript")
    sp.add_argument("id")
    sp.add_argument("--format", choices=["md", "json"], default="md")
    sp.set_defaults(func=cmd_transcript)
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
