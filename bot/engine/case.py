"""The case handed to support: everything an agent needs without asking the customer anything twice."""

from __future__ import annotations

from typing import Any

from bot.clock import iso
from bot.cloud.models import PLATFORM_LABELS
from bot.engine.transcript import transcript_markdown
from bot.store.store import Store
from flows.cause import TRIED, suspected
from flows.codes import OUTCOMES, meaning


def build_case(store: Store, conv_id: str, secrets: list[str] | None = None) -> dict[str, Any]:
    conv = store.conversation_row(conv_id)
    if conv is None:
        raise KeyError(conv_id)
    data = conv.data
    dev = data.get("device") or {}
    findings = [{"code": f["code"], "source": f["source"], "at": iso(f["at"]),
                 **({"detail": f["detail"]} if f["detail"] else {})} for f in store.findings(conv_id)]
    codes = {f["code"] for f in findings}
    cause, fix = suspected(codes, conv.outcome, data.get("ruled_out") or ())
    media = [url for m in store.messages(conv_id) for url in m.media]
    reached = store.steps_reached(conv_id)
    return {
        "conversation_id": conv_id,
        "channel": conv.channel,
        "customer": conv.customer,
        "device": {
            "id": conv.device_id, "name": dev.get("name"), "platform": conv.platform,
            "platform_label": PLATFORM_LABELS.get(conv.platform or "", conv.platform),
            "online": dev.get("online"), "claimed": dev.get("claimed"), "last_heard": dev.get("last_heard"),
            "mac_wifi": dev.get("mac_wifi"), "last_ip_address": dev.get("last_ip_address"),
            "system_firmware_version": dev.get("system_firmware_version"),
        } if conv.device_id else None,
        "status": conv.status, "assignee": conv.assignee, "outcome": conv.outcome,
        "outcome_meaning": OUTCOMES.get(conv.outcome or "", ""),
        "led_history": [{"code": h["code"], "at": iso(h["at"]),
                         "meaning": meaning(h["code"]) + (" (the customer corrected this)" if h.get("corrected") else "")}
                        for h in data.get("led_history", [])],
        "findings": [{**f, "meaning": meaning(f["code"]), "detail": f.get("detail")} for f in findings],
        "cause": cause,
        "callback": list(data.get("callback") or ()),
        "callback_when": data.get("callback_when"),  # when it suits them, in their words ("after 10am")
        "other_units": list(data.get("other_units") or ()),  # also down, as the customer named them
        "ruled_out": [{"code": c, "meaning": meaning(c)} for c in data.get("ruled_out") or ()],
        "fix": fix,
        "tried": [TRIED[s] for s in reached if s in TRIED],
        "media": media,
        "cloud_timeline": [{"at": iso(e["at"]), "text": f"device {e['kind']}" + (f" ({e['detail']})" if e["detail"]
                                                                                  else "")}
                           for e in store.cloud_events(conv_id)],
        "transcript_md": transcript_markdown(store, conv_id, secrets),
        "case_ref": conv.case_ref,
    }
