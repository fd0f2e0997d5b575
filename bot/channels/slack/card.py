"""The support case card: Block Kit blocks and a plain fallback text, built from the engine's case dict. Pure.

One message per case in the support channel (design.md section 7). The card is always rebuilt from the *full*
case, so `chat.update` after a takeover, release or resolve never loses history: whatever the engine knows is
on the card again.

Slack limits that shape this module (https://docs.slack.dev/reference/block-kit/blocks):
- a message holds at most 50 blocks; a section's text at most 3000 characters; at most 10 fields per section,
  each at most 2000 characters; a header's plain text at most 150 characters; a button's text at most 75.
- mrkdwn needs `&`, `<` and `>` escaped, or customer text such as `<!channel>` would ping the whole channel
  (https://docs.slack.dev/messaging/formatting-message-text#escaping).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

TAKEOVER = "cyanbot_takeover"
RELEASE = "cyanbot_release"
RESOLVE = "cyanbot_resolve"
CASE_ACTIONS = (TAKEOVER, RELEASE, RESOLVE)

SECTION_MAX = 3000
FIELD_MAX = 2000
HEADER_MAX = 150
LIST_MAX = 15  # items per list on the card; the transcript in the thread has everything

CHANNEL_LABELS = {"sms": "SMS", "slack": "Slack DM", "web": "Web chat", "console": "Console"}
ENDED = ("resolved", "abandoned")
# Outcomes whose cause is a setting on the customer's router: the card then gives the MAC for an allow-list.
ROUTER_OUTCOMES = ("handoff:router_issue",)
ROUTER_FINDINGS = ("wifi:mac_filtering", "wifi:dhcp_exhausted_suspected")


def esc(text: Any) -> str:
    """Escape text for Slack mrkdwn (only &, < and > are special)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")


def agent_label(assignee: Any) -> str:
    """Who holds a case, in mrkdwn: a Slack user ID as a mention, a console agent's name as plain bold text."""
    text = str(assignee)
    return f"<@{text}>" if SLACK_USER.match(text) else f"*{esc(text)}* (support console)"


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short_time(at: Any) -> str:
    """`2026-11-25T16:02:11.123Z` -> `16:02 UTC`; anything else is shown as given."""
    s = str(at or "")
    if len(s) >= 16 and s[10] == "T":
        return f"{s[11:16]} UTC"
    return s


def _bullets(lines: list[str], empty: str, budget: int = SECTION_MAX - 200) -> str:
    """A bullet list that stops (saying how many more) at LIST_MAX items or when the section would overflow."""
    if not lines:
        return f"_{empty}_"
    out: list[str] = []
    used = 0
    for line in lines[:LIST_MAX]:
        item = "• " + clip(line, 600)
        if used + len(item) + 1 > budget:
            break
        out.append(item)
        used += len(item) + 1
    more = len(lines) - len(out)
    if more:
        out.append(f"• _…and {more} more in the transcript_")
    return "\n".join(out)


def _section(title: str, body: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(f"*{title}*\n{body}", SECTION_MAX)}}


def _field(title: str, body: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": clip(f"*{title}*\n{body}", FIELD_MAX)}


def customer_label(case: dict[str, Any]) -> str:
    """Who the customer is, in mrkdwn: name, phone and Slack mention, whichever are known."""
    c = case.get("customer") or {}
    parts = []
    if c.get("name"):
        parts.append(esc(c["name"]))
    if c.get("phone"):
        parts.append(esc(c["phone"]))
    if c.get("slack_user"):
        parts.append(f"<@{esc(c['slack_user'])}>")
    for contact in case.get("callback") or ():
        parts.append(f"call back: {esc(contact)}")
    if case.get("callback") and case.get("callback_when"):
        parts.append(f"when: {esc(case['callback_when'])}")
    return " · ".join(parts) or "_unknown_"


def twilio_media(url: str) -> bool:
    """True for a media URL as Twilio sends it in MediaUrlN: https on Twilio's API host, under an account's
    messages (`https://api.twilio.com/2010-04-01/Accounts/AC.../Messages/MM.../Media/ME...`,
    https://www.twilio.com/docs/messaging/api/media-resource). Nothing else is linked from the card."""
    if any(c.isspace() or not c.isprintable() for c in url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and parts.hostname == "api.twilio.com"
        and parts.netloc.lower() in ("api.twilio.com", "api.twilio.com:443")  # no user:pass@ before the host
        and port in (None, 443)
        and parts.path.startswith("/2010-04-01/Accounts/")
    )


def link_target(url: str) -> str:
    """A URL made safe between `<` and `|`: escaped for mrkdwn, and `|` percent-encoded so the URL cannot end
    early and supply a label of its own (`<https://x|photo 1>` shown as "photo 1")."""
    return esc(url).replace("|", "%7C")


def media_line(url: Any, i: int) -> str:
    """A photo on the card: a link for Twilio's media, anything else as inert text (never a link or a label)."""
    u = str(url)
    if twilio_media(u):
        return f"<{link_target(u)}|photo {i + 1}>"
    # Inline code (with the section's verbatim) keeps Slack from linking it; a backtick in it would end the code.
    shown = esc(clip(u, 300)).replace("`", "'")
    return f"photo {i + 1} (not a Twilio media link, not opened): `{shown}`"


def _yes_no(value: Any, yes: str, no: str) -> str:
    if value is None:
        return "unknown"
    return yes if value else no


def is_router_case(case: dict[str, Any]) -> bool:
    codes = {f.get("code") for f in case.get("findings") or []}
    return case.get("outcome") in ROUTER_OUTCOMES or bool(codes & set(ROUTER_FINDINGS))


def _device_fields(case: dict[str, Any]) -> list[dict[str, str]]:
    d = case.get("device")
    if not d:
        return [_field("Device", "_not identified yet_")]
    name = esc(d.get("name") or "unnamed")
    platform = esc(d.get("platform_label") or d.get("platform") or "unknown platform")
    cloud = (
        f"{_yes_no(d.get('online'), 'online', 'offline')}, {_yes_no(d.get('claimed'), 'claimed', 'unclaimed')}\n"
        f"last heard {esc(d.get('last_heard') or 'never')}"
    )
    net = [f"Wi-Fi MAC `{esc(d['mac_wifi'])}`" if d.get("mac_wifi") else "Wi-Fi MAC unknown"]
    if d.get("last_ip_address"):
        net.append(f"last IP {esc(d['last_ip_address'])}")
    if d.get("system_firmware_version"):
        net.append(f"Device OS {esc(d['system_firmware_version'])}")
    also = "".join(f"\nalso down: {esc(u)}" for u in case.get("other_units") or ())
    return [
        _field("Device", f"{name} ({platform})\n`{esc(d.get('id') or '?')}`{also}"),
        _field("Particle Cloud", cloud),
        _field("Network", "\n".join(net)),
    ]


def holder_text(case: dict[str, Any]) -> str:
    status = case.get("status")
    if status in ENDED:
        outcome = esc(case.get("outcome") or status)
        who = f" by {agent_label(case['assignee'])}" if case.get("assignee") else ""
        return f":white_check_mark: Closed{who}: `{outcome}`"
    if case.get("assignee"):
        if not SLACK_USER.match(str(case["assignee"])):
            return f":raising_hand: {agent_label(case['assignee'])} holds this case: replies go from the console."
        return (
            f":raising_hand: {agent_label(case['assignee'])} holds this case: their replies in this thread go to the "
            "customer (start a reply with `note:` to keep it internal)."
        )
    return ":hourglass: Nobody holds this case. Replies in the thread are internal notes until someone takes over."


def _fix_lines(case: dict[str, Any]) -> list[str]:
    lines = [esc(f) for f in case.get("fix") or []]
    d = case.get("device") or {}
    if is_router_case(case):
        mac = d.get("mac_wifi")
        lines.append(
            f"If the router has a MAC allow-list or device registration, add the unit's Wi-Fi MAC `{esc(mac)}`"
            if mac
            else "The unit's Wi-Fi MAC is not known from the cloud; ask support to read it from the console"
        )
    return lines


def case_actions(case: dict[str, Any]) -> dict[str, Any]:
    """The three case buttons; every value is the conversation ID (design.md section 7)."""
    cid = str(case["conversation_id"])
    return {
        "type": "actions",
        "block_id": "cyanbot_case_actions",
        "elements": [
            {
                "type": "button",
                "action_id": TAKEOVER,
                "value": cid,
                "style": "primary",
                "text": {"type": "plain_text", "text": "Take over"},
            },
            {
                "type": "button",
                "action_id": RELEASE,
                "value": cid,
                "text": {"type": "plain_text", "text": "Give back to bot"},
            },
            {
                "type": "button",
                "action_id": RESOLVE,
                "value": cid,
                "style": "danger",
                "text": {"type": "plain_text", "text": "Resolve"},
                # A confirm dialog: resolving ends the conversation for the customer.
                "confirm": {
                    "title": {"type": "plain_text", "text": "Resolve this case?"},
                    "text": {"type": "plain_text", "text": "The conversation ends as resolved by an agent."},
                    "confirm": {"type": "plain_text", "text": "Resolve"},
                    "deny": {"type": "plain_text", "text": "Cancel"},
                },
            },
        ],
    }


def case_blocks(case: dict[str, Any]) -> list[dict[str, Any]]:
    """Block Kit for the case card: everything an agent needs to act without asking the customer again."""
    cid = str(case["conversation_id"])
    channel = CHANNEL_LABELS.get(str(case.get("channel")), str(case.get("channel")))
    outcome = case.get("outcome")
    headline = case.get("outcome_meaning") or outcome or "needs a person"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": clip(f"Case: {headline}", HEADER_MAX)}},
        {
            "type": "section",
            "fields": [
                _field("Customer", customer_label(case)),
                _field("Channel", f"{esc(channel)}\nconversation `{esc(cid)}`"),
                *_device_fields(case),
                _field("Outcome", f"`{esc(outcome)}`" if outcome else "_open_"),
            ],
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": clip(holder_text(case), SECTION_MAX)}},
        {"type": "divider"},
        _section("Suspected cause", esc(case.get("cause") or "not determined")),
        _section("Recommended fix", _bullets(_fix_lines(case), "no fix suggested")),
        _section("LED history", _bullets(_led_lines(case), "the customer did not describe the light")),
        _section("Findings", _bullets(_finding_lines(case), "none")),
        _section("Already tried", _bullets([esc(t) for t in case.get("tried") or []], "nothing yet")),
    ]
    media = case.get("media") or []
    if media:
        blocks.append(_media_section(media))
    if case.get("status") not in ENDED:
        blocks.append(case_actions(case))
    blocks.append(_transcript_context(cid, case.get("status")))
    return blocks


def _led_lines(case: dict[str, Any]) -> list[str]:
    return [
        f"{esc(x.get('meaning') or x.get('code'))} (`{esc(x.get('code'))}`, {_short_time(x.get('at'))})"
        for x in case.get("led_history") or []
    ]


def _finding_lines(case: dict[str, Any]) -> list[str]:
    return [
        f"`{esc(f.get('code'))}` {esc(f.get('meaning') or '')}"
        + (f" ({esc(f['detail'])})" if f.get("detail") else "")
        + f" _[{esc(f.get('source') or '?')}]_"
        for f in case.get("findings") or []
    ]


def _media_section(media: list[str]) -> dict[str, Any]:
    section = _section("Photos from the customer", _bullets([media_line(u, i) for i, u in enumerate(media)], ""))
    section["text"]["verbatim"] = True  # no auto-linking of the addresses shown as text (media_line)
    return section


def _transcript_context(cid: str, status: Any) -> dict[str, Any]:
    """The card's footer: where the transcript is, and the case status."""
    return {
        "type": "context",
        "elements": [
            {
                "type": "mrkdwn",
                "text": f"Full transcript (`transcript-{esc(cid)}.md`) in the thread · status `{esc(status)}`",
            }
        ],
    }


def case_text(case: dict[str, Any]) -> str:
    """Plain fallback text (notifications, screen readers): the case in a few lines."""
    cid = str(case["conversation_id"])
    d = case.get("device") or {}
    c = case.get("customer") or {}
    who = c.get("name") or c.get("phone") or c.get("slack_user") or "unknown customer"
    device = (
        f"{d.get('name') or 'unnamed'} {d.get('id') or ''} ({d.get('platform_label') or d.get('platform')})"
    )
    online = _yes_no(d.get("online"), "online", "offline") if d else "device unknown"
    holder = f"held by {case['assignee']}" if case.get("assignee") else "not taken"
    lines = [
        f"Case {cid}: {case.get('outcome_meaning') or case.get('outcome') or 'needs a person'}",
        f"Customer {who} via {CHANNEL_LABELS.get(str(case.get('channel')), case.get('channel'))}",
        f"Device {device.strip()}, {online}" if d else "Device not identified",
        *(f"Also down: {x}" for x in case.get("other_units") or ()),
        f"Cause: {case.get('cause') or 'not determined'}",
        *(f"Call back: {x}" for x in case.get("callback") or ()),
        *([f"Best time: {case['callback_when']}"] if case.get("callback") and case.get("callback_when") else []),
        f"Status {case.get('status')}, {holder}",
    ]
    return esc("\n".join(lines))
