"""The engine's CaseSink: one card per case in SLACK_SUPPORT_CHANNEL, the transcript uploaded into its thread,
customer messages mirrored there while an agent holds the case (design.md section 7)."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.slack.card import case_blocks, case_text, esc
from bot.channels.slack.webapi import SLACK_FAILURES, Scrubber, channel_error

# The whole channel logs under one name, as it did when it was a single module.
log = logging.getLogger("bot.channels.slack")


class SlackCaseSink:
    """Cards in SLACK_SUPPORT_CHANNEL. Never raises: a failed post is logged and the case stays in the database
    (API, CLI, transcript), as design.md wants when Slack is off or failing."""

    def __init__(
        self, client: AsyncWebClient | None, support_channel: str | None, scrub: Scrubber | None = None
    ):
        self.client = client
        self.channel = support_channel
        self.scrub = scrub or Scrubber()

    @property
    def enabled(self) -> bool:
        return self.client is not None and bool(self.channel)

    def _card(self, case: dict[str, Any]) -> dict[str, Any]:
        return {"text": self.scrub.text(case_text(case)), "blocks": self.scrub.deep(case_blocks(case))}

    async def case_opened(self, case: dict[str, Any]) -> dict[str, str] | None:
        """Post the card (or refresh it if this conversation already has one) and upload the transcript into its
        thread. Returns the card's {"channel", "ts"} for the engine to keep as `case_ref`, or None."""
        if not self.enabled:
            log.warning(
                "slack: case %s not posted (Slack or SLACK_SUPPORT_CHANNEL is off)",
                case.get("conversation_id"),
            )
            return None
        assert self.client is not None and self.channel is not None
        ref = case.get("case_ref")
        if ref and ref.get("ts"):
            ok = await self._update(case, ref)
        else:
            try:
                resp = await self.client.chat_postMessage(channel=self.channel, **self._card(case))
            except SLACK_FAILURES as exc:
                log.error(
                    "slack: could not post case %s: %s",
                    case.get("conversation_id"),
                    channel_error(exc, "post"),
                )
                return None
            ref = {"channel": str(resp["channel"]), "ts": str(resp["ts"])}
            ok = True
        if ok:
            await self.upload_transcript(case, ref)
        return {"channel": str(ref["channel"]), "ts": str(ref["ts"])}

    async def upload_transcript(self, case: dict[str, Any], ref: dict[str, str]) -> bool:
        assert self.client is not None
        cid = str(case["conversation_id"])
        try:
            # files_upload_v2: getUploadURLExternal, POST of the bytes, completeUploadExternal into the thread
            # (https://docs.slack.dev/messaging/working-with-files#uploading_files).
            await self.client.files_upload_v2(
                channel=ref["channel"],
                thread_ts=ref["ts"],
                filename=f"transcript-{cid}.md",
                title=f"Transcript {cid}",
                content=self.scrub.text(case.get("transcript_md") or ""),
            )
            return True
        except SLACK_FAILURES as exc:
            log.error("slack: transcript upload for case %s failed: %s", cid, channel_error(exc, "upload"))
            return False

    async def _update(self, case: dict[str, Any], ref: dict[str, Any]) -> bool:
        assert self.client is not None
        try:
            await self.client.chat_update(channel=str(ref["channel"]), ts=str(ref["ts"]), **self._card(case))
            return True
        except SLACK_FAILURES as exc:
            log.error(
                "slack: could not update case %s: %s",
                case.get("conversation_id"),
                channel_error(exc, "update"),
            )
            return False

    async def case_updated(self, case: dict[str, Any]) -> dict[str, str] | None:
        """Rebuild the card from the full case and `chat.update` it; a case that was never posted is posted now."""
        ref = case.get("case_ref")
        if not (ref and ref.get("ts")):
            return await self.case_opened(case)
        if self.enabled:
            await self._update(case, ref)
        return {"channel": str(ref["channel"]), "ts": str(ref["ts"])}

    async def customer_message(self, case: dict[str, Any], text: str) -> None:
        """Mirror the customer's words into the case thread (while an agent holds the case)."""
        ref = case.get("case_ref")
        if not (self.client and ref and ref.get("ts")):
            return
        # Shown exactly as typed. `&`, `<` and `>` are escaped once (Slack decodes those entities in every text, so
        # `<!channel>` or `<https://x|label>` typed by a customer stays text, never a ping or a link), and the
        # message goes with `mrkdwn: false` and no blocks: Slack then applies no markup at all, so backticks,
        # *bold*, _italics_, ~strike~ and leading `>` show as the characters they are. Neutralising each markup
        # character (zero-width spaces) would also work but changes what an agent copies out of the thread; the
        # label is therefore plain "Customer:", not bold. No unfurls: a customer's link gets no preview card.
        # https://docs.slack.dev/reference/methods/chat.postMessage#arguments (mrkdwn, unfurl_links, unfurl_media)
        body = f"Customer: {esc(self.scrub.text(text))}"
        try:
            await self.client.chat_postMessage(
                channel=str(ref["channel"]),
                thread_ts=str(ref["ts"]),
                text=body,
                mrkdwn=False,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SLACK_FAILURES as exc:
            log.error(
                "slack: could not mirror into case %s: %s",
                case.get("conversation_id"),
                channel_error(exc, "mirror"),
            )
