"""Transcripts: a conversation's messages merged in time order with cloud events and findings (md or json)."""

from __future__ import annotations

from typing import Any

from bot.clock import iso
from bot.store.store import Store
from flows.cause import suspected
from flows.codes import meaning

WHO = {"in": "Customer", "out": "Bot", "agent": "Agent", "note": "Note"}


def transcript_items(store: Store, conv_id: str, secrets: list[str] | None = None) -> list[dict[str, Any]]:
    items: list[tuple[float, int, dict[str, Any]]] = []
    for m in store.messages(conv_id):
        text = m.text
        for s in secrets or []:
            text = text.replace(s, "[redacted]")
        item = {"kind": "message", "direction": m.direction, "text": text, "at": iso(m.at)}
        if m.author:
            item["author"] = m.author
        items.append((m.at, 0, item))
    for e in store.cloud_events(conv_id):
        items.append((e["at"], 1, {"kind": "cloud", "event": e["kind"], "detail": e["detail"], "at": iso(e["at"])}))
    for f in store.findings(conv_id):
        items.append((f["at"], 2, {"kind": "finding", "code": f["code"], "source": f["source"],
                                   "meaning": meaning(f["code"]), "detail": f["detail"], "at": iso(f["at"])}))
    items.sort(key=lambda t: (t[0], t[1]))
    return [i for _, _, i in items]


def transcript_markdown(store: Store, conv_id: str, secrets: list[str] | None = None) -> str:
    conv = store.conversation_row(conv_id)
    if conv is None:
        return ""
    cust = conv.customer
    who = cust.get("phone") or cust.get("slack_user") or conv.channel
    lines = [
        f"# Transcript {conv_id}",
        "",
        f"- Customer: {who}" + (f" ({cust['name']})" if cust.get("name") else ""),
        f"- Channel: {conv.channel}",
        f"- Device: {conv.device_id or 'unknown'} ({conv.platform or 'unknown platform'})",
        f"- Status: {conv.status}" + (f", outcome {conv.outcome}" if conv.outcome else ""),
        "",
    ]
    if (conv.outcome or "").startswith("handoff:"):
        cause, fixes = suspected({f["code"] for f in store.findings(conv_id)}, conv.outcome,
                                 conv.data.get("ruled_out") or ())
        lines += [f"**Suspected cause:** {cause}", ""] + [f"- Fix: {f}" for f in fixes] + ([""] if fixes else [])
    for it in transcript_items(store, conv_id, secrets):
        t = it["at"][11:19]
        if it["kind"] == "message":
            label = WHO.get(it["direction"], it["direction"])
            if it.get("author") and it["direction"] in ("agent", "note"):
                label += f" {it['author']}"
            # Every line after the first is quoted, whatever ends it: splitlines() also splits on \r, \v, \f, \x1c-\x1e,
            # \x85, \u2028 and \u2029, which markdown viewers may treat as line breaks, so no customer text can start
            # a line of its own (a forged "**Agent:**" entry or a heading).
            first, *rest = it["text"].splitlines() or [""]
            body = first + "".join(f"\n  > {line}" for line in rest)
            lines.append(f"- `{t}` **{label}:** {body}")
        elif it["kind"] == "cloud":
            lines.append(f"- `{t}` _Cloud: device {it['event']}_" + (f" ({it['detail']})" if it["detail"] else ""))
        else:
            extra = f" ({it['detail']})" if it["detail"] else ""
            lines.append(f"- `{t}` _Finding `{it['code']}`: {it['meaning']}{extra}_")
    return "\n".join(lines) + "\n"
