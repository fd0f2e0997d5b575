"""The agent desk: what support agents do with a case, in one place for every surface that calls it (Slack's
buttons and thread replies, the admin API, the support console and the CLI): take over, reply, note, give back,
resolve.

One holder at a time: a takeover succeeds only for the first agent (the store's conditional update decides, also
between processes), and only the holder replies, gives back or resolves while the case is held. Replies reach the
customer on their channel only from the holder; notes never reach any channel. `assignee` is the Slack user ID or
the console agent's name. Every action is stored as rows (messages, outbox rows), so another process delivers it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.clock import Clock
from bot.messages import Reply
from bot.store.store import ENDED, Conversation, Store

NOTE_PREFIX = "note:"


@dataclass(frozen=True)
class Act:
    """What an agent action did. `ok`; otherwise `reason`: "not_found", "closed" (the case has ended), "held"
    (another agent holds it: `holder`) or "not_held" (a reply while nobody holds the case). True when it worked."""

    ok: bool
    reason: str | None = None
    holder: str | None = None

    def __bool__(self) -> bool:
        return self.ok


DONE = Act(True)


class AgentDesk:
    """Agent actions on a conversation. Flow events (give back, resolve) are stored rows, so the engine's worker
    steps them whichever process took the action; `kick` wakes it."""

    def __init__(self, store: Store, clock: Clock, kick: Callable[[str], None],
                 emit_reply: Callable[..., None], scrub: Callable[[str], str]) -> None:
        self.store, self.clock = store, clock
        self._kick, self._emit_reply, self._scrub = kick, emit_reply, scrub

    def _check(self, conv_id: str, agent: str | None) -> tuple[Conversation | None, Act | None]:
        """The conversation, or why `agent` may not act on it (unknown, ended, or another agent holds it)."""
        row = self.store.conversation_row(conv_id)
        if row is None:
            return None, Act(False, "not_found")
        if row.status in ENDED:
            return row, Act(False, "closed")
        if agent is not None and row.assignee and row.assignee != agent:
            return row, Act(False, "held", row.assignee)
        return row, None

    async def takeover(self, conv_id: str, agent: str) -> Act:
        """`agent` now holds the case (also when they already did); "held" when someone else does."""
        st = self.store
        with st.atomic():
            row, refused = self._check(conv_id, agent)
            if refused is not None:
                return refused
            assert row is not None
            if not st.claim_case(conv_id, agent, self.clock.now()):
                fresh = st.conversation_row(conv_id)
                return Act(False, "held", fresh.assignee if fresh else None)
            if row.assignee == agent:
                return Act(True, holder=agent)
            if row.state != "handed_off":
                data = row.data
                data["resume"] = row.awaiting
                st.update_conversation(conv_id, state="handed_off", awaiting=None, data=data,
                                       # not customer_request: the customer asked for no one (an outside audit)
                                       outcome=row.outcome or "handoff:other")
            for name in ("reply", "abandon", "hotspot"):
                st.cancel_timer(conv_id, name)
            st.add_message(conv_id, "note", f"{agent} took over the case", author=agent)
            st.add_outbox(conv_id, "case_update", {})
        self._kick(conv_id)
        return Act(True, holder=agent)

    async def release(self, conv_id: str, agent: str | None) -> Act:
        """Give the case back to the bot, which asks its last question again. `agent` None: an operator (CLI)
        gives back whoever holds it; otherwise only the holder can (or anyone while nobody holds it)."""
        _, refused = self._check(conv_id, agent)
        if refused is not None:
            return refused
        who = agent or "an operator"
        with self.store.atomic():
            self.store.update_conversation(conv_id, assignee=None)
            self.store.add_message(conv_id, "note", f"{who} gave the case back to the bot", author=agent)
            self.store.add_flow_event(conv_id, "release", {})
        self._kick(conv_id)
        return DONE

    async def resolve(self, conv_id: str, agent: str) -> Act:
        """End the case as `resolved:agent` (the holder, or anyone while nobody holds it)."""
        _, refused = self._check(conv_id, agent)
        if refused is not None:
            return refused
        with self.store.atomic():
            self.store.add_message(conv_id, "note", f"{agent} resolved the case", author=agent)
            self.store.add_flow_event(conv_id, "resolve", {})
        self._kick(conv_id)
        return DONE

    async def reply(self, conv_id: str, agent: str, text: str) -> Act:
        """Send `text` to the customer on their channel, from the holder only; nothing is stored otherwise."""
        row, refused = self._check(conv_id, agent)
        if refused is not None:
            return refused
        assert row is not None
        if not row.assignee:
            return Act(False, "not_held")
        with self.store.atomic():
            self._emit_reply(row, Reply(self._scrub(text)), direction="agent", author=agent)
        self._kick(conv_id)
        return DONE

    async def note(self, conv_id: str, agent: str, text: str) -> Act:
        """An internal note on the case (any agent, also after it ended); it never reaches any channel."""
        if self.store.conversation_row(conv_id) is None:
            return Act(False, "not_found")
        self.store.add_message(conv_id, "note", self._scrub(text), author=agent)
        return DONE

    async def thread_reply(self, conv_id: str, agent: str, text: str) -> str:
        """A reply in the Slack case thread: "sent" to the customer by the holder; "note" when it starts with
        `note:` or nobody holds the case; "not_holder" (kept as a note) when another agent holds it."""
        if text.strip().lower().startswith(NOTE_PREFIX):
            await self.note(conv_id, agent, text)
            return "note"
        act = await self.reply(conv_id, agent, text)
        if act.ok:
            return "sent"
        await self.note(conv_id, agent, text)
        return "note" if act.reason == "not_held" else "not_holder"
