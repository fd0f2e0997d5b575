"""What support agents do from Slack: take a case over, reply, give it back to the bot, resolve it.

A mixin of Engine (core.py): it uses the engine's store, clock, queue and reply rendering.
"""

from __future__ import annotations

from typing import Any

from bot.messages import Reply
from bot.store.store import ENDED, Store, _l


class AgentActions:
    """Engine methods the Slack channel calls for the case buttons and thread replies."""

    store: Store
    clock: Any
    _events: Any

    async def agent_takeover(self, conv_id: str, agent: str) -> tuple[bool, str | None]:
        st = self.store
        with st.atomic():
            row = st.conversation_row(conv_id)
            if row is None or row["status"] in ENDED:
                return False, row["assignee"] if row else None
            if row["assignee"] and row["assignee"] != agent:
                return False, row["assignee"]
            cur = st.db.execute(
                "UPDATE conversations SET assignee = ?, status = 'handed_off', updated_at = ? WHERE id = ? AND "
                "(assignee IS NULL OR assignee = ?)", [agent, self.clock.now(), conv_id, agent])
            if cur.rowcount != 1:
                fresh = st.conversation_row(conv_id)
                return False, fresh["assignee"] if fresh else None
            if row["state"] != "handed_off":
                data = _l(row["data"], {})
                data["resume"] = row["awaiting"]
                st.update_conversation(conv_id, state="handed_off", awaiting=None, data=data,
                                       outcome=row["outcome"] or "handoff:customer_request")
            for name in ("reply", "abandon", "hotspot"):
                st.cancel_timer(conv_id, name)
            st.add_message(conv_id, "note", f"{agent} took over the case", author=agent)
            st.add_outbox(conv_id, "case_update", {})
        self._kick(conv_id)
        return True, agent

    async def agent_release(self, conv_id: str, agent: str) -> bool:
        row = self.store.conversation_row(conv_id)
        if row is None or row["status"] in ENDED:
            return False
        with self.store.atomic():
            self.store.update_conversation(conv_id, assignee=None)
            self.store.add_message(conv_id, "note", f"{agent} gave the case back to the bot", author=agent)
        self._events[conv_id].append(("release", {}))
        self._kick(conv_id)
        return True

    async def agent_resolve(self, conv_id: str, agent: str) -> bool:
        row = self.store.conversation_row(conv_id)
        if row is None or row["status"] in ENDED:
            return False
        self.store.add_message(conv_id, "note", f"{agent} resolved the case", author=agent)
        self._events[conv_id].append(("resolve", {}))
        self._kick(conv_id)
        return True

    async def agent_reply(self, conv_id: str, agent: str, text: str) -> str:
        """An agent's thread reply: sent to the customer only by the agent holding the case; `note:` stays internal."""
        row = self.store.conversation_row(conv_id)
        if row is None:
            return "not_holder"
        text = self._scrub(text)
        if text.strip().lower().startswith("note:") or not row["assignee"]:
            self.store.add_message(conv_id, "note", text, author=agent)
            return "note"
        if row["assignee"] != agent or row["status"] in ENDED:
            self.store.add_message(conv_id, "note", text, author=agent)
            return "not_holder"
        with self.store.atomic():
            self._emit_reply(row, Reply(text), direction="agent", author=agent)
        self._kick(conv_id)
        return "sent"

    def conversation_for_case(self, channel: str, thread_ts: str) -> str | None:
        return self.store.conversation_for_case(channel, thread_ts)
