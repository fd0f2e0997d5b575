"""`cyanbot conversations ...` (list and search conversations; support without Slack, design §2: takeover, reply,
note, release, resolve), `cyanbot transcript` and `cyanbot purge`.

The CLI is a process of its own beside the running server. It builds the runtime without starting it and calls
the same agent desk (bot/engine/agents.py) as Slack, the API and the console; the desk stores every action as
rows (messages, outbox rows), and the running server delivers them. Exit codes: 0 done, 2 unknown conversation
or bad input, 3 refused (another agent holds the case, nobody holds it, or it has ended).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

STATUSES = ["active", "waiting_device", "handed_off", "resolved", "abandoned"]
CHANNELS = ["sms", "slack", "web", "console"]
EXIT_UNKNOWN = 2
EXIT_REFUSED = 3


def _settings() -> Any:
    from bot.config import Settings

    return Settings.load()


def _store() -> Any:
    from bot.clock import SystemClock
    from bot.store.store import Store

    return Store.open(_settings().database_path, SystemClock())


def add_parsers(sub: Any) -> None:
    """The `conversations` command and its actions, `transcript` and `purge`."""
    _add_conversations(sub)
    sp = sub.add_parser("transcript", help="print a conversation's transcript")
    sp.add_argument("id")
    sp.add_argument("--format", choices=["md", "json"], default="md")
    sp.set_defaults(func=cmd_transcript)
    sp = sub.add_parser("purge", help="delete conversations past retention (RETENTION_DAYS) with all their rows")
    sp.add_argument("--dry-run", action="store_true", help="only list what would be deleted")
    sp.add_argument("--days", type=_positive_int, default=None, metavar="N",
                    help="ended conversations older than N days (default: RETENTION_DAYS, 365)")
    sp.set_defaults(func=cmd_purge)


def _add_conversations(sub: Any) -> None:
    sp = sub.add_parser("conversations", help="list and search conversations; take over, reply, note, release, "
                                              "resolve (support without Slack)")
    csub = sp.add_subparsers(dest="action", required=True)
    lp = csub.add_parser("list", help="list conversations, newest first, with a header row")
    lp.add_argument("--status", choices=STATUSES)
    lp.add_argument("--channel", choices=CHANNELS)
    lp.add_argument("--assignee", help="held by this agent (Slack user ID or console name)")
    lp.add_argument("--outcome", help="an outcome code, or its family (handoff, resolved, abandoned, ended)")
    lp.add_argument("--customer", help="phone (E.164) or Slack user ID")
    lp.add_argument("--device", dest="device_id", help="24-hex device ID")
    lp.add_argument("--q", help="search customer phone and name, device ID, name and serial, and message text")
    lp.add_argument("--limit", type=int, default=200)
    lp.add_argument("--json", action="store_true")
    t = csub.add_parser("takeover", help="hold the case: the bot stays silent, your replies reach the customer")
    t.add_argument("id")
    t.add_argument("--agent", required=True, help="your name (shown to other agents and on the Slack card)")
    for name, what in (("reply", "send TEXT to the customer on their channel (only the holder can)"),
                       ("note", "add an internal note (never sent to the customer)")):
        r = csub.add_parser(name, help=what)
        r.add_argument("id")
        r.add_argument("--agent", required=True)
        r.add_argument("text")
    r = csub.add_parser("release", help="give the case back to the bot (it asks its last question again)")
    r.add_argument("id")
    r.add_argument("--agent", default=None, help="only give it back if you hold it (default: whoever holds it)")
    r = csub.add_parser("resolve", help="end the case as resolved by an agent")
    r.add_argument("id")
    r.add_argument("--agent", required=True)
    sp.set_defaults(func=cmd_conversations)


def cmd_conversations(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    for field in ("agent", "text"):
        value = getattr(args, field, None)
        if value is not None and not value.strip():
            print(f"error: --{field} is empty" if field == "agent" else "error: TEXT is empty", file=sys.stderr)
            return EXIT_UNKNOWN
    import asyncio  # here, not at the top: bot.cli stays light for `serve` (bot/cli.py)

    return asyncio.run(_act(args))


def _list(args: argparse.Namespace) -> int:
    from bot.server.views import list_conversations

    store = _store()
    rows = list_conversations(store, status=args.status, channel=args.channel, customer=args.customer,
                              device_id=args.device_id, assignee=args.assignee, outcome=args.outcome, q=args.q,
                              limit=max(1, args.limit))
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no conversations")
        return 0
    print(f"{'ID':18}  {'UPDATED':24}  {'CHANNEL':7} {'CUSTOMER':16} {'STATUS':14} {'AWAITING':14} "
          f"{'ASSIGNEE':14} OUTCOME")
    for r in rows:
        who = r["customer"]["phone"] or r["customer"]["slack_user"] or r["channel"]
        print(f"{r['id']:18}  {r['updated_at']:24}  {r['channel']:7} {who:16} {r['status']:14} "
              f"{r['awaiting'] or '-':14} {r['assignee'] or '-':14} {r['outcome'] or ''}")
    return 0


async def _act(args: argparse.Namespace) -> int:
    from bot.server.runtime import build_runtime

    # This process runs no conversation work: it writes the desk's rows and wakes the running server's worker
    # (which would otherwise find them at its next pass, within a second).
    rt = build_runtime(_settings(), role="web")
    try:
        await rt.engine.start()
        agent = args.agent.strip() if args.agent else None
        act = await _perform(rt.engine.desk, args, agent)
        if rt.engine.remote is not None:
            await rt.engine.remote.flush(timeout=0.5)
    finally:
        await rt.engine.stop()
        await rt.http.aclose()
        rt.store.close()
    if not act.ok:
        return _refused(args.id, act)
    print(_done(args, agent))
    return 0


async def _perform(desk: Any, args: argparse.Namespace, agent: str | None) -> Any:
    """One desk action (argparse makes --agent required for all but release)."""
    if args.action == "release":
        return await desk.release(args.id, agent)
    name = agent or ""
    if args.action == "takeover":
        return await desk.takeover(args.id, name)
    if args.action == "reply":
        return await desk.reply(args.id, name, args.text)
    if args.action == "note":
        return await desk.note(args.id, name, args.text)
    return await desk.resolve(args.id, name)


def _refused(conv_id: str, act: Any) -> int:
    if act.reason == "not_found":
        print(f"error: no conversation {conv_id}", file=sys.stderr)
        return EXIT_UNKNOWN
    why = {
        "held": f"{act.holder} holds conversation {conv_id}; only they can act on it until they give it back",
        "not_held": f"nobody holds conversation {conv_id}: take it over first "
                    f"(cyanbot conversations takeover {conv_id} --agent NAME)",
    }.get(act.reason or "", f"conversation {conv_id} has ended")
    print(f"error: {why}", file=sys.stderr)
    return EXIT_REFUSED


def _done(args: argparse.Namespace, agent: str | None) -> str:
    return {
        "takeover": f"{agent} holds {args.id}: the bot stays silent; reply with `cyanbot conversations reply`",
        "reply": f"reply from {agent} queued for the customer of {args.id} (the running server sends it)",
        "note": f"note added to {args.id} (never sent to the customer)",
        "release": f"{args.id} given back to the bot (it asks its last question again)",
        "resolve": f"{args.id} resolved by {agent}",
    }[args.action]


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


def cmd_purge(args: argparse.Namespace) -> int:
    """Delete conversations past retention now (the server also does it once a day)."""
    from bot.clock import iso

    days = args.days if args.days is not None else _settings().retention_days
    done = _store().purge(days, dry_run=args.dry_run)
    c = done.counts
    labels = {"cloud_events": "cloud events", "outbox": "outbox rows", "steps": "step marks",
              "deliveries": "delivery IDs"}
    kinds = ", ".join(f"{n} {labels.get(k, k)}" for k, n in c.items() if k != "conversations")
    rule = (f"ended over {days} days ago, web chats without a device idle over 7 days; "
            "cases waiting for support are kept")
    if args.dry_run:
        print(f"would delete {c['conversations']} conversations ({rule}): {kinds}")
        for r in done.conversations:
            print(f"{r['id']}  {r['channel']:7} {r['status']:14} last activity {iso(r['last'])}")
    else:
        print(f"deleted {c['conversations']} conversations ({rule}): {kinds}")
    return 0


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days, 1 or more")
    return n
