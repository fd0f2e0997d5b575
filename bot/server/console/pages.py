"""The console's pages as HTML, rendered on the server from the same data the Slack card and the API use
(bot/engine/case.py `build_case`, the transcript items, the API's stats). Every value is escaped here."""

from __future__ import annotations

from html import escape
from importlib import resources
from string import Template
from typing import Any

from bot.channels.slack.card import CHANNEL_LABELS, is_router_case
from bot.server.console.charts import funnel_svg, outcomes_svg

SHELL = Template(resources.files("bot.server.console").joinpath("page.html").read_text(encoding="utf-8"))
STEPS = ["device_id", "led", "led_detail", "wifi_password", "wifi_network", "wifi_scan", "router_check",
         "hotspot_ready", "hotspot_wait", "confirm_fixed"]
STATUS_CHOICES = ["handed_off", "active", "waiting_device", "resolved", "abandoned"]
CHANNEL_CHOICES = ["sms", "slack", "web", "console"]
OUTCOME_CHOICES = ["handoff", "resolved", "abandoned", "ended"]


def e(value: Any) -> str:
    return escape("" if value is None else str(value))


def shell(title: str, page: str, body: str, *, signed_in: bool = True) -> str:
    nav = ""
    if signed_in:
        nav = ('<nav aria-label="Console"><a href="/support">Queue</a><a href="/support/stats">Stats</a>'
               '<a href="/support/export.csv">Export CSV</a><form method="post" action="/support/logout">'
               '<button type="submit" class="secondary">Sign out</button></form></nav>')
    return SHELL.substitute(title=e(title), page=e(page), nav=nav, body=body)


def signin(failed: bool) -> str:
    problem = ('<p class="error-box" role="alert">That token did not match. Try again.</p>' if failed else "")
    body = f"""<h1>Sign in</h1>
<div class="card">{problem}
<form method="post" action="/support/login">
<label for="token">Admin token</label>
<p class="muted" id="token-help">ADMIN_TOKEN, or what <code>cyanbot admin-token</code> prints.</p>
<input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="token-help">
<p><button type="submit">Sign in</button></p>
</form></div>"""
    return shell("Sign in", "signin", body, signed_in=False)


def _select(name: str, label: str, choices: list[str], current: str | None) -> str:
    opts = ['<option value="">any</option>'] + [
        f'<option value="{e(c)}"{" selected" if c == current else ""}>{e(c)}</option>' for c in choices]
    return f'<div><label for="f-{name}">{label}</label><select id="f-{name}" name="{name}">{"".join(opts)}</select></div>'


def queue(filters: dict[str, str], rows: list[dict[str, Any]]) -> str:
    def who(c: dict[str, Any]) -> str:
        cust = c["customer"]
        contact = cust.get("phone") or cust.get("slack_user") or "web visitor"
        return f"{cust['name']} ({contact})" if cust.get("name") else contact

    body_rows = "".join(
        f'<tr><td data-label="Customer"><a href="/support/c/{e(c["id"])}">{e(who(c))}</a></td>'
        f'<td data-label="Channel">{e(c["channel"])}</td><td data-label="Device">{e(c["device_id"] or "not identified")}</td>'
        f'<td data-label="Status">{e(c["status"])}</td><td data-label="Outcome">{e(c["outcome"] or "")}</td>'
        f'<td data-label="Holder"><span class="pill{" held" if c["assignee"] else ""}">{e(c["assignee"] or "nobody")}'
        f'</span></td><td data-label="Updated">{e(c["updated_at"].replace("T", " ")[:19])}</td></tr>' for c in rows)
    form = (f'<form class="card filters" method="get" action="/support" role="search">'
            f'<div><label for="f-q">Search</label><input id="f-q" name="q" type="search" value="{e(filters.get("q"))}" '
            f'placeholder="phone, name, serial, device, words"></div>'
            f'{_select("status", "Status", STATUS_CHOICES, filters.get("status"))}'
            f'{_select("channel", "Channel", CHANNEL_CHOICES, filters.get("channel"))}'
            f'{_select("outcome", "Outcome", OUTCOME_CHOICES, filters.get("outcome"))}'
            f'<div><label for="f-assignee">Holder</label><input id="f-assignee" name="assignee" '
            f'value="{e(filters.get("assignee"))}"></div>'
            f'<div><button type="submit">Filter</button> <a href="/support?status=">All</a></div></form>')
    body = (f'<h1>Queue</h1>{form}<p class="muted" id="queue-count" aria-live="polite">{len(rows)} conversation(s)</p>'
            '<table class="queue"><caption class="muted">Newest first; updates every few seconds.</caption><thead><tr>'
            '<th scope="col">Customer</th><th scope="col">Channel</th><th scope="col">Device</th><th scope="col">Status'
            '</th><th scope="col">Outcome</th><th scope="col">Holder</th><th scope="col">Updated (UTC)</th></tr>'
            f'</thead><tbody id="queue-body">{body_rows}</tbody></table>')
    return shell("Queue", "queue", body)


def _items(lines: list[str], empty: str) -> str:
    if not lines:
        return f'<p class="muted">{e(empty)}</p>'
    return '<ul class="plain">' + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


def _device(case: dict[str, Any]) -> str:
    d = case.get("device")
    if not d:
        return "<dt>Device</dt><dd>not identified yet</dd>"

    def yes_no(v: Any, yes: str, no: str) -> str:
        return "unknown" if v is None else (yes if v else no)

    return (f'<dt>Device</dt><dd>{e(d.get("name") or "unnamed")} ({e(d.get("platform_label") or "unknown platform")})'
            f'<br><code>{e(d.get("id"))}</code></dd>'
            f'<dt>Particle Cloud</dt><dd>{yes_no(d.get("online"), "online", "offline")}, '
            f'{yes_no(d.get("claimed"), "claimed", "unclaimed")}; last heard {e(d.get("last_heard") or "never")}</dd>'
            f'<dt>Network</dt><dd>Wi-Fi MAC <code>{e(d.get("mac_wifi") or "unknown")}</code>'
            + (f'; last IP {e(d["last_ip_address"])}' if d.get("last_ip_address") else "")
            + (f'; Device OS {e(d["system_firmware_version"])}' if d.get("system_firmware_version") else "")
            + "</dd>")


def _fixes(case: dict[str, Any]) -> list[str]:
    lines = [e(f) for f in case.get("fix") or []]
    mac = (case.get("device") or {}).get("mac_wifi")
    if is_router_case(case):
        lines.append(f"If the router has a MAC allow-list or device registration, add the unit's Wi-Fi MAC "
                     f"<code>{e(mac)}</code>" if mac else "The unit's Wi-Fi MAC is not known from the cloud.")
    return lines


def case_summary(case: dict[str, Any]) -> str:
    """Everything the Slack card shows: customer, device, cloud state, outcome, cause and fix, LED history,
    findings with meanings, what was tried, photos."""
    c = case["customer"]
    customer = " · ".join(e(x) for x in (c.get("name"), c.get("phone"), c.get("slack_user")) if x) or "web visitor"
    reach = " · ".join(e(x) for x in case.get("callback") or ())
    if reach and case.get("callback_when"):
        reach += f' <span class="muted">({e(case["callback_when"])})</span>'
    leds = [f'{e(x["meaning"])} (<code>{e(x["code"])}</code>, {e(x["at"][11:16])} UTC)' for x in case["led_history"]]
    findings = [f'<code>{e(f["code"])}</code> {e(f["meaning"])}' + (f' ({e(f["detail"])})' if f.get("detail") else "")
                + f' <span class="muted">[{e(f["source"])}]</span>' for f in case["findings"]]
    media = [e(u) for u in case.get("media") or []]
    return (f'<div class="card"><dl class="facts"><dt>Customer</dt><dd>{customer}</dd>'
            + (f'<dt>Reach at</dt><dd id="case-callback">{reach}</dd>' if reach else "")
            + f'<dt>Channel</dt><dd>{e(CHANNEL_LABELS.get(case["channel"], case["channel"]))}</dd>{_device(case)}'
            f'<dt>Status</dt><dd id="case-status">{e(case["status"])}</dd>'
            f'<dt>Holder</dt><dd id="case-holder">{e(case["assignee"] or "nobody")}</dd>'
            f'<dt>Outcome</dt><dd><span id="case-outcome">{e(case["outcome"] or "open")}</span> '
            f'<span class="muted">{e(case["outcome_meaning"])}</span></dd></dl></div>'
            f'<div class="card"><h2>Suspected cause</h2><p>{e(case["cause"] or "not determined")}</p>'
            f'<h2>Recommended fix</h2>{_items(_fixes(case), "no fix suggested")}'
            f'<h2>LED history</h2>{_items(leds, "the customer did not describe the light")}'
            f'<h2>Findings</h2>{_items(findings, "none")}'
            f'<h2>Already tried</h2>{_items([e(t) for t in case["tried"]], "nothing yet")}'
            + (f'<h2>Also down</h2>{_items([e(u) for u in case["other_units"]], "")}' if case.get("other_units")
               else "")
            + (f'<h2>Photos from the customer</h2>{_items(media, "")}' if media else "") + "</div>")


WHO = {"in": "Customer", "out": "Bot", "agent": "Agent", "note": "Note"}


def timeline(items: list[dict[str, Any]]) -> str:
    out = []
    for it in items:
        when = f'<span class="muted">{e(it["at"][11:19])} </span>'
        if it["kind"] == "message":
            who = WHO.get(it["direction"], it["direction"]) + (f' {it["author"]}' if it.get("author") else "")
            out.append(f'<li class="{e(it["direction"])}">{when}<span class="who">{e(who)}:</span>{e(it["text"])}</li>')
        elif it["kind"] == "cloud":
            detail = f' ({it["detail"]})' if it.get("detail") else ""
            out.append(f'<li class="cloud">{when}{e("Cloud: device " + it["event"] + detail)}</li>')
        else:
            detail = f' ({it["detail"]})' if it.get("detail") else ""
            out.append(f'<li class="finding">{when}{e("Finding " + it["code"] + ": " + it["meaning"] + detail)}</li>')
    return "".join(out)


def case_page(case: dict[str, Any], items: list[dict[str, Any]], agent: str) -> str:
    cid = case["conversation_id"]
    actions = (f'<form id="act" class="card" aria-labelledby="act-title"><h2 id="act-title">Act on this case</h2>'
               f'<label for="agent">Your name</label><input id="agent" name="agent" value="{e(agent)}" '
               'autocomplete="name" maxlength="64" required>'
               '<label for="text">Message to the customer, or an internal note</label>'
               '<textarea id="text" name="text" maxlength="4000"></textarea>'
               '<div class="actions"><button type="button" data-action="takeover">Take over</button>'
               '<button type="button" data-action="reply">Send reply</button>'
               '<button type="button" class="secondary" data-action="note">Add note</button>'
               '<button type="button" class="secondary" data-action="release">Give back to bot</button>'
               '<button type="button" class="danger" data-action="resolve">Resolve</button></div>'
               '<p id="act-status" class="status" role="status" aria-live="polite"></p></form>')
    body = (f'<p><a href="/support">&larr; Queue</a></p><h1>Case {e(cid)}: '
            f'{e(case["outcome_meaning"] or case["outcome"] or "open conversation")}</h1>'
            f'<div id="case" class="grid" data-id="{e(cid)}"><section aria-label="Case">{case_summary(case)}</section>'
            f'<section aria-labelledby="tl-title">{actions}<div class="card"><h2 id="tl-title">Transcript and cloud '
            f'timeline</h2><ol id="timeline" class="timeline" aria-live="polite">{timeline(items)}</ol></div></section></div>')
    return shell(f"Case {cid}", "case", body)


def stats_page(stats: dict[str, Any], by_day: list[dict[str, Any]]) -> str:
    statuses = "".join(f"<li>{e(k)}: {v}</li>" for k, v in sorted(stats["by_status"].items()))
    outcomes = "".join(f"<li><code>{e(k)}</code>: {v}</li>" for k, v in sorted(stats["by_outcome"].items()))
    body = (f'<h1>Stats</h1><div class="grid"><div class="card"><h2>By status</h2><p>{stats["total"]} conversations'
            f'</p><ul class="plain">{statuses}</ul></div><div class="card"><h2>By outcome</h2><ul class="plain">'
            f'{outcomes or "<li>none yet</li>"}</ul></div></div>'
            f'<div class="card charts"><h2>Funnel: reached each step / resolved there</h2>'
            f'{funnel_svg(stats["steps"], STEPS)}</div>'
            f'<div class="card charts"><h2>Outcomes per day (last 14 days, UTC)</h2>{outcomes_svg(by_day)}</div>')
    return shell("Stats", "stats", body)
