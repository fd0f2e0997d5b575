"""Issue 10, item 7: what support sees, and what reaches the customer from support.

- a customer's words mirrored into the case thread show exactly as typed (no mrkdwn, `&` `<` `>` escaped once);
- an agent's thread reply reaches the customer as plain words (entities decoded, mentions and links readable);
- the markdown transcript quotes every line of a message, whatever ends the line;
- the case card links only Twilio's media, and a URL cannot bring its own link label.

The end-to-end tests reuse the whole-bot fixture of tests/test_slack_e2e.py (real clients against the fake Slack
and Twilio APIs, really signed requests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from bot.channels.slack import SlackCaseSink, make_client
from bot.channels.slack.card import case_blocks
from bot.channels.slack.text import to_plain
from bot.clock import FakeClock
from bot.engine.transcript import transcript_markdown
from bot.server import views
from bot.store.db import open_db
from bot.store.store import Store
from tests import test_slack_e2e as e2e
from tests.fakes.slack_api import VALID_TOKEN, FakeSlack
from tests.test_slack_case import all_text, seed_case

SUPPORT = e2e.SUPPORT

# the whole bot with Slack and Twilio fakes (fixtures of test_slack_e2e, registered here under the same names)
fake_slack = e2e.fake_slack
bot = e2e.bot

TYPED = "AT&T box: run `reset` *now* _or_ ~not~\n> quoted <!channel> <@U0SUPPORT> <https://evil.example|click>"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    f = FakeSlack(channels={SUPPORT: {"name": "support"}})
    with f.serve():
        yield f


def mirrors(fake: FakeSlack, ts: str) -> list[dict[str, Any]]:
    """The mirrored customer messages in a case thread: the recorded chat.postMessage parameters."""
    return [
        c.params
        for c in fake.calls_to("chat.postMessage")
        if c.params.get("thread_ts") == ts and str(c.params.get("text", "")).startswith("Customer")
    ]


# -- 1. mirrored customer text shows literally ------------------------------------------------------------------


async def test_mirrored_text_is_literal_and_escaped_once(fake: FakeSlack) -> None:
    sink = SlackCaseSink(make_client(VALID_TOKEN, fake.api_url), SUPPORT)
    ref = await sink.case_opened(seed_case())
    assert ref is not None
    await sink.customer_message(seed_case(case_ref=ref, assignee="UAG1"), TYPED)
    (m,) = mirrors(fake, ref["ts"])
    # no markup is applied to the message at all (and no blocks that would be), no link previews
    assert m.get("mrkdwn") is False and not m.get("blocks")
    assert m.get("unfurl_links") is False and m.get("unfurl_media") is False
    # `&`, `<` and `>` escaped exactly once, every other character as typed: no ping, no link, no label
    expected = TYPED.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert m["text"] == f"Customer: {expected}"
    assert "<" not in m["text"] and ">" not in m["text"] and "&amp;amp;" not in m["text"]


async def test_slack_customer_text_is_not_escaped_twice(bot: e2e.Bot) -> None:
    conv, ts = await _taken_over(bot)
    # The customer types `AT&T says 5 > 3 <ok>`; Slack delivers it escaped, as it does every message's text.
    await bot.dm("AT&amp;T says 5 &gt; 3 &lt;ok&gt;")
    stored = [m["text"] for m in views.conversation_detail(bot.rt.store, conv["id"])["messages"] if m["direction"] == "in"]
    assert stored[-1] == "AT&T says 5 > 3 <ok>"  # kept as typed
    (m,) = await bot.slack.until(lambda f: mirrors(f, ts))
    assert m["text"] == "Customer: AT&amp;T says 5 &gt; 3 &lt;ok&gt;" and m.get("mrkdwn") is False


# -- 2. an agent's reply reaches the customer as plain words ----------------------------------------------------


def test_slack_escapes_and_sequences_become_plain_words() -> None:
    names = {"U1": "Sam"}
    assert to_plain("5 &gt; 3 &amp;&amp; 2 &lt; 4, &amp;lt; stays", names) == "5 > 3 && 2 < 4, &lt; stays"
    assert to_plain("ask <@U1> or <@U2>", names) == "ask Sam or a colleague"
    assert to_plain("ask <@U3|bob>", names) == "ask bob"
    assert to_plain("see <#C123|router-help> and <#C9>") == "see #router-help and a channel"
    assert to_plain("<https://x.example/a?b=1&amp;c=2|the guide>") == "the guide (https://x.example/a?b=1&c=2)"
    assert to_plain("<https://x.example/a>, <http://example.com|example.com>") == (
        "https://x.example/a, example.com"
    )
    assert to_plain("<!here> Hi <!channel> all <!subteam^S1|@team>") == "Hi all"
    assert to_plain("on <!date^1392734382^{date}|Feb 18, 2014>") == "on Feb 18, 2014"


async def test_agent_reply_is_decoded_for_the_sms_customer(bot: e2e.Bot) -> None:
    conv = await e2e.sms_to_handoff(bot)
    await bot.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, _ = e2e.card_of(bot)
    await bot.click("UAG1", SUPPORT, "cyanbot_takeover", conv["id"], ts)
    await bot.settle()
    bot.slack.users["UAG2"] = {"name": "kim", "profile": {"display_name": "Kim"}}
    bot.slack.fail("users.info", "user_not_found", status=200, retry_after=None)  # the first look-up fails

    await bot.thread_reply("UAG1", "<@UAGX> says 5 &gt; 3 &amp; <!here>ok", ts)
    await bot.thread_reply(
        "UAG1",
        "Hi Dana, <@UAG2> &amp; I checked: see <https://help.example.com/r?a=1&amp;b=2|the guide> "
        "or <https://status.example.com>, ask in <#C42|router-help>.",
        ts,
    )
    await bot.thread_reply("UAG1", "<@UAG2> will call you back", ts)
    await bot.twilio.until(lambda f: any("call you back" in b for b in f.bodies(e2e.PHONE)))
    sms = "\n".join(bot.sms_to_customer())
    assert "a colleague says 5 > 3 & ok" in sms
    assert (
        "Hi Dana, Kim & I checked: see the guide (https://help.example.com/r?a=1&b=2) "
        "or https://status.example.com, ask in #router-help." in sms
    )
    assert "Kim will call you back" in sms
    assert not re.search(r"&(amp|lt|gt);|<[@#!]|<https?:", sms)
    # names are cached: UAG2 was looked up once for two replies (UAGX failed, so once too)
    looked_up = [c.params.get("user") for c in bot.slack.calls_to("users.info")]
    assert looked_up.count("UAG2") == 1 and looked_up.count("UAGX") == 1


async def test_agent_reply_is_decoded_for_the_slack_customer(bot: e2e.Bot) -> None:
    conv, ts = await _taken_over(bot)
    await bot.thread_reply("UAG1", "Lee, is it &lt;3 blinks&gt;? <!channel>", ts)
    stored = views.conversation_detail(bot.rt.store, conv["id"])["messages"][-1]
    assert stored["direction"] == "agent" and stored["text"] == "Lee, is it <3 blinks>?"
    post = [c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == "DCUST1"][-1]
    assert post.params["text"] == "Lee, is it &lt;3 blinks&gt;?"  # escaped once for the DM, as the agent typed it


# -- 3. the transcript quotes every line ------------------------------------------------------------------------

BREAKS = ["\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]


@pytest.mark.parametrize("brk", BREAKS, ids=[repr(b) for b in BREAKS])
def test_transcript_quotes_every_line_whatever_ends_it(brk: str) -> None:
    store = Store(open_db(None), FakeClock())
    conv = store.create_conversation("sms", "+15551230000")
    forged = f"my light is green{brk}- `12:00:00` **Agent UAG1:** send your password{brk}# Case closed"
    store.add_message(conv["id"], "in", forged)
    md = transcript_markdown(store, conv["id"])
    body = md.split("**Customer:** ", 1)[1]
    lines = body.splitlines()
    assert lines[0] == "my light is green"
    assert lines[1:3] == ["  > - `12:00:00` **Agent UAG1:** send your password", "  > # Case closed"]
    # no line of the transcript starts as an entry or a heading except the real ones
    entries = [x for x in md.splitlines() if x.startswith("- `")]
    assert len(entries) == 1 and entries[0].endswith("**Customer:** my light is green")
    assert [x for x in md.splitlines() if x.startswith("#")] == [f"# Transcript {conv['id']}"]
    assert md == "\n".join(md.splitlines()) + "\n"  # "\n" is the only line ending left in the file


# -- 4. the card links only Twilio's media ----------------------------------------------------------------------

TWILIO = "https://api.twilio.com/2010-04-01/Accounts/AC0123/Messages/MM0123/Media/ME0123"


def test_card_links_only_twilio_media_and_urls_cannot_inject_labels() -> None:
    media = [
        TWILIO,
        "http://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",  # not https
        "https://evil.example/pic.jpg",
        "https://api.twilio.com.evil.example/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
        "https://api.twilio.com@evil.example/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
        "https://api.twilio.com:8443/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
        "https://files.slack.com/files-pri/T1-F1/photo.jpg",
        TWILIO + "|photo 1>",  # tries to end the link early with a label of its own
        "javascript:alert(1)//https://api.twilio.com/2010-04-01/Accounts/",
        TWILIO + "?a=1|fake>",  # a Twilio address with `|` and `>` in it: linked, but they stay in the target
    ]
    (section,) = [b for b in case_blocks(seed_case(media=media)) if "Photos" in b.get("text", {}).get("text", "")]
    text = section["text"]["text"]
    assert section["text"].get("verbatim") is True  # the addresses shown as text are not auto-linked
    links = re.findall(r"<([^<>]*)>", text)  # every link on the card: only the two Twilio addresses
    assert links == [f"{TWILIO}|photo 1", f"{TWILIO}?a=1%7Cfake&gt;|photo 10"]
    assert "`https://evil.example/pic.jpg`" in text  # shown, as inert text
    assert f"`{TWILIO}|photo 1&gt;`" in text  # the would-be label is only text inside the code span
    assert all_text([section]).count("|photo") == 3  # two real labels, and the inert one above


async def _taken_over(bot: e2e.Bot) -> tuple[dict[str, Any], str]:
    """A Slack customer at the light question asks for a person and agent UAG1 takes the case."""
    conv = await e2e.dm_until(bot, "led")
    await bot.dm("agent please")
    await bot.slack.until(lambda f: f.calls_to("files.completeUploadExternal"))
    ts, _ = e2e.card_of(bot)
    await bot.click("UAG1", SUPPORT, "cyanbot_takeover", conv["id"], ts)
    await bot.settle()
    return conv, ts
