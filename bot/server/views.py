"""The API's views of stored conversations (design §4): summaries with filters, one conversation in full, stats.

The store answers plain queries with records; the shapes the API and the CLI print are made here.
"""

from __future__ import annotations

from typing import Any

from bot.clock import iso
from bot.store.store import Conversation, Store


def summary(conv: Conversation) -> dict[str, Any]:
    """One line of GET /api/conversations."""
    return {
        "id": conv.id, "channel": conv.channel, "customer": conv.customer,
        "device_id": conv.device_id, "status": conv.status, "awaiting": conv.awaiting,
        "outcome": conv.outcome, "assignee": conv.assignee,
        "created_at": iso(conv.created_at), "updated_at": iso(conv.updated_at),
    }


def list_conversations(store: Store, status: str | None = None, channel: str | None = None,
                       customer: str | None = None, device_id: str | None = None, *,
                       assignee: str | None = None, outcome: str | None = None, q: str | None = None,
                       limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """Summaries of the conversations matching every filter given, newest first (`q`: search, see the store)."""
    return [summary(c) for c in store.find_conversations(status=status, channel=channel, customer=customer,
                                                         device_id=device_id, assignee=assignee,
                                                         outcome=outcome, q=q, limit=limit, offset=offset)]


def conversation_detail(store: Store, conv_id: str) -> dict[str, Any] | None:
    """GET /api/conversations/{id} (with `case_ref`, which the route leaves out); None when there is none."""
    conv = store.conversation_row(conv_id)
    if conv is None:
        return None
    cloud = conv.cloud
    return {
        "id": conv.id, "channel": conv.channel, "customer": conv.customer,
        "device_id": conv.device_id, "platform": conv.platform, "state": conv.state,
        "awaiting": conv.awaiting, "status": conv.status, "assignee": conv.assignee,
        "outcome": conv.outcome,
        "findings": [{"code": f["code"], "source": f["source"], "at": iso(f["at"]),
                      **({"detail": f["detail"]} if f["detail"] else {})} for f in store.findings(conv_id)],
        "cloud": {"online": cloud.get("online"), "claimed": cloud.get("claimed"),
                  "checked_at": iso(cloud["checked_at"]) if cloud.get("checked_at") else None},
        "created_at": iso(conv.created_at), "updated_at": iso(conv.updated_at),
        "messages": [{"direction": m.direction, "text": m.text, "at": iso(m.at)} for m in store.messages(conv_id)],
        "led_history": [{"code": h["code"], "at": iso(h["at"])} for h in conv.data.get("led_history", [])],
        "case_ref": conv.case_ref,
    }


def stats(store: Store) -> dict[str, Any]:
    """GET /api/stats: conversations by status and outcome, and per step how many reached it and resolved there."""
    by_status = store.count_by_status()
    resolved_at = store.count_resolved_at()
    steps = {s: {"reached": n, "resolved": resolved_at.get(s, 0)} for s, n in store.count_steps_reached().items()}
    return {"total": sum(by_status.values()), "by_status": by_status, "by_outcome": store.count_by_outcome(),
            "steps": steps}
