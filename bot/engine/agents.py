"""The agent desk: what support agents do with a case, in one place for every surface that calls it (Slack's
buttons and thread replies today; the console, API and CLI next): take over, reply, give back, resolve.

One holder at a time: a takeover succeeds only for the first agent (the store's conditional update decides).
Replies reach the customer only from the holder; `note:` replies and replies from anyone else stay internal.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.clock import Clock
from bot.engine.workqueue import Events
from bot.messages import Reply
from bot.store.store import ENDED, Store


class AgentDesk:
    """Agent actions on a conversation; flow events go to `events`, and `kick` runs the conversation."""

    def __init__(self, store: Store, clock: Clock, events: Events, kick: Callable[[str], None],
                 emit_reply: Callable[..., None], scrub: Callable[[str], str]) -> None:
        self.store, self.clock, self.events = store, clock, events
        self._kick, self._emit_reply, self._scrub = kick, emit_reply, scrub

    async def takeover(self, conv_id: str, agent: str) -> tuple[bool, str | None]:
        """(True, agent) when `agent` now holds the case; (False, holder) when someone else does or it ended."""
        st = self.store
        with st.atomic():
            row = st.conversation_row(conv_id)
            if row is None or row.status in ENDED:
                return False, row.assignee if row else None
            if row.assignee and row.assignee != agent:
                return False, row.assignee
            if not st.claim_case(conv_id, agent, self.clock.now()):
                fresh = st.conversation_row(conv_id)
                return False, fresh.assignee if fresh else None
            if row.state != "handed_off":
                data = row.data
                data["resume"] = row.awaiting
                st.update_conversation(conv_id, state="handed_off", awaiting=None, data=data,
                                       outcome=row.outcome or "handoff:customer_request")
            for name in ("reply", "abandon", "hotspot"):
                st.cancel_timer(conv_id, name)
            st.add_message(conv_id, "note", f"{agent} took over the case", author=agent)
            st.add_outbox(conv_id, "case_update", {})
        self._kick(conv_id)
        return True, agent

    async def release(self, conv_id: str, agent: str) -> bool:
        row = self.store.conversation_row(conv_id)
        if row is None or row.status in ENDED:
            return False
        with self.store.atomic():
            self.store.update_conversation(conv_id, assignee=None)
            self.store.add_message(conv_id, "note", f"{agent} gave the case back to the bot", author=agent)
            self.store.add_flow_event(conv_id, "release", {})
        self._kick(conv_id)
        return True

    async def resolve(self, conv_id: str, agent: str) -> bool:
        row = self.store.conversation_row(conv_id)
        if row is None or row.status in ENDED:
            return False
        with self.store.atomic():
            self.store.add_message(conv_id, "note", f"{agent} resolved the case", author=agent)
            self.store.add_flow_event(conv_id, "resolve", {})
        self._kick(conv_id)
        return True

    async def reply(self, conv_id: str, agent: str, text: str) -> str:
        """"sent" to the customer by the holder; "note" (`note:` or nobody holds it); "not_holder" otherwise."""
        row = self.store.conversation_row(conv_id)
        if row is None:
            return "not_holder"
        text = self._scrub(text)
        if text.strip().lower().startswith("note:") or not row.assignee:
            self.store.add_message(conv_id, "note", text, author=agent)
            return "note"
        if row.assignee != agent or row.status in ENDED:
            self.store.add_message(conv_id, "note", text, author=agent)
            return "not_holder"
        with self.store.atomic():
            self._emit_reply(row, Reply(text), direction="agent", author=agent)
        self._kick(conv_id)
        return "sent"
