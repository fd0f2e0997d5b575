"""The stepper: load a conversation, run its flow on one event, commit the new state and every effect together.

Effects are rows (replies in the outbox, findings, timers, cloud queries, cases) written in the same transaction
as the state, so a crash between steps loses nothing and sends nothing twice. A flow bug never loses the message:
the conversation is handed to support instead.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

from bot.clock import Clock
from bot.engine.ports import CloudPort, Renderer, Sender
from bot.engine.runner import FlowRunner
from bot.errors import CloudNotFound, CloudUnavailable
from bot.flowkit import Flow, FlowConfig, FlowModel
from bot.messages import Part, Reply
from bot.store.store import ENDED, Conversation, Message, Store

log = logging.getLogger("cyanbot.engine")


class CloudCheck(NamedTuple):
    """What `Stepper.refresh` found: whether the flow's state moved, and when the device was checked if nothing
    changed (for the following step to record)."""

    changed: bool
    checked_at: float | None = None


# Runs of one step when another process keeps changing the conversation under it; the last run commits anyway.
STALE_RETRIES = 3


class StaleConversation(Exception):
    """The conversation changed (an agent's takeover or give-back) between reading it and committing the step."""


class Binding(Protocol):
    renderer: Renderer
    sender: Sender | None


class Stepper:
    """Feeds events and customer messages to the flow, one conversation at a time (the work queue sees to that)."""

    def __init__(self, store: Store, clock: Clock, cfg: FlowConfig, flow: Flow, cloud: CloudPort | None,
                 channels: Mapping[str, Binding]) -> None:
        self.store, self.clock, self.cfg, self.flow, self.cloud = store, clock, cfg, flow, cloud
        self.channels = channels
        self._runner = FlowRunner(flow.machine)
        # Conversations whose steps stored a cloud query not yet run (the drain runs them before anything else).
        self._queried: set[str] = set()
        # The reply each conversation's last step stored already marked "sending" (`take_claim`).
        self._claims: dict[str, int] = {}

    def queried(self, conv_id: str) -> bool:
        """Whether a step of this conversation stored a cloud query since `took_query` last said so."""
        return conv_id in self._queried

    def expect_queries(self, conv_ids: list[str]) -> None:
        """These conversations have cloud query rows pending (left from before a restart, or not yet all run)."""
        self._queried.update(conv_ids)

    def take_claim(self, conv_id: str) -> int | None:
        """The outbox row of the reply a step of this conversation claimed for sending, and forget it: the caller
        sends it (`Outbox.deliver`) or puts it back in the queue."""
        return self._claims.pop(conv_id, None)

    def took_query(self, conv_id: str) -> bool:
        """`queried`, and forget it (the caller runs the queries now)."""
        if conv_id in self._queried:
            self._queried.discard(conv_id)
            return True
        return False

    async def handle_inbound(self, conv_id: str, msg: Message, row: Conversation | None = None) -> None:
        """Step the flow on a customer's message (`row`: the conversation, if the caller has just read it)."""
        if row is None:
            row = self.store.conversation_row(conv_id)
        assert row is not None
        media = list(msg.media)
        if row.state is None:
            await self.step(conv_id, "begin", {"device_id": row.device_id, "text": msg.text, "media": media,
                                               "facts": msg.facts, "previous": self._previous(row)},
                            consume=msg.id, row=row)
            return
        word = msg.facts["word"] if "word" in msg.facts else self.flow.keyword(msg.text)
        if row.assignee and row.status == "handed_off" and word != "stop":
            # An agent holds the case: the bot stays silent and support sees the message in the thread.
            # (STOP still ends the conversation: an opt-out is never something an agent can override.)
            self.store.mark_processed(msg.id)
            self.store.add_outbox(conv_id, "mirror", {"text": msg.text, "media": media})
            return
        if row.status == "handed_off" and row.case_ref:
            self.store.add_outbox(conv_id, "mirror", {"text": msg.text, "media": media})
        fresh: Conversation | None = None
        if row.state and row.device_id and row.state not in ("handed_off",):
            check = await self.refresh(conv_id, row)
            if check.changed:
                # The cloud news (e.g. the device just came online) answers the moment better than the question did.
                self.store.mark_processed(msg.id)
                return
            checked_at = check.checked_at
            if checked_at is not None:
                fresh = row  # nothing was stepped meanwhile: the row read above is still the conversation
        else:
            checked_at, fresh = None, row
        await self.step(conv_id, "message", {"text": msg.text, "facts": msg.facts, "media": media},
                        consume=msg.id, checked_at=checked_at, row=fresh)

    def _previous(self, row: Conversation) -> dict[str, Any] | None:
        """The customer's last conversation, when intake found it was recent (meta "previous"), with what its flow
        kept for the next one (its data's "carry": a recurring problem is then known as one)."""
        previous = row.meta.get("previous")
        if not previous or not previous.get("conversation"):
            return previous
        before = self.store.conversation_row(previous["conversation"])
        carry = before.data.get("carry") if before is not None else None
        return {**previous, "carry": carry} if carry else previous

    async def refresh(self, conv_id: str, row: Conversation | None = None) -> CloudCheck:
        """Ask the cloud about the conversation's device and feed changes to the flow (`row`: the conversation,
        if the caller has just read it).

        A step follows every refresh (the customer's message, the timer): when nothing changed, the time of the
        check is returned for that step to write in its own transaction, not in one more of the refresh's.
        """
        if row is None:
            row = self.store.conversation_row(conv_id)
        if row is None or not row.device_id or self.cloud is None or row.status in ENDED:
            return CloudCheck(False)
        before = row.state
        try:
            snap = await self.cloud.get(row.device_id)
        except CloudNotFound:
            await self.step(conv_id, "cloud", {"error": "not_found"})
        except CloudUnavailable as exc:
            # design 6.1: recorded when a call fails after retries. The cache allows one call per device per
            # 5 s, so the retries are the next refreshes: a second failure in a row (or a refused token) counts.
            failures = self.cloud.failures(row.device_id)
            if (failures >= 2 or exc.kind == "unauthorized") and \
                    "cloud:unavailable" not in {f["code"] for f in self.store.findings(conv_id)}:
                await self.step(conv_id, "cloud", {"error": exc.kind})
            return CloudCheck(False)
        else:
            old = row.cloud
            if old.get("online") == snap.get("online") and old.get("claimed") == snap.get("claimed") \
                    and old.get("checked_at"):
                return CloudCheck(False, self.clock.now())
            await self.step(conv_id, "cloud", {"device": snap})
        after = self.store.conversation_row(conv_id)
        return CloudCheck(bool(after and after.state != before))

    def load(self, row: Conversation) -> FlowModel:
        findings = {f["code"]: f for f in self.store.findings(row.id)}
        return FlowModel(state=row.state, data=row.data_copy(), findings=findings, cfg=self.cfg,
                         channel=row.channel, now=self.clock.now(), status=row.status, conversation_id=row.id,
                         outcome=row.outcome, awaiting=row.awaiting, assignee=row.assignee)

    async def step(self, conv_id: str, kind: str, payload: dict[str, Any], consume: int | None = None,
                   fired: tuple[str, float] | None = None, event: int | None = None,
                   checked_at: float | None = None, row: Conversation | None = None) -> None:
        """Run the flow on one event and commit. `consume`: the inbound message it handles; `fired`: the timer
        (name, due time) it handles; `event`: the stored flow event it handles; all are marked done in the step's
        own transaction, as is `checked_at` (when the cloud was last asked about the device, see `refresh`).
        `row`: the conversation as the caller just read it.

        An agent may take the case over (or give it back) from another process while the flow runs: the commit
        then finds the row changed, and the flow runs again on the new row, so the takeover is never undone."""
        stream = payload.pop("_stream", False)
        for attempt in range(STALE_RETRIES):
            if row is None:
                row = self.store.conversation_row(conv_id)
            if row is None:
                return
            if row.status in ENDED and kind not in ("begin",):
                with self.store.atomic():
                    if consume:
                        self.store.mark_processed(consume)
                    if fired:
                        self.store.timer_stepped(conv_id, *fired)
                    if event:
                        self.store.flow_event_done(event)
                return
            model = self._run(row, kind, dict(payload))
            try:
                self.commit(row, model, consume, stream=stream, fired=fired, event=event, checked_at=checked_at,
                            guard=attempt + 1 < STALE_RETRIES)
                return
            except StaleConversation:
                log.info("engine.step.stale conversation=%s event=%s: changed by another process, run again",
                         conv_id, kind)
                row = None

    def _run(self, row: Conversation, kind: str, payload: dict[str, Any]) -> FlowModel:
        """The flow's new model after one event; a flow bug hands the conversation to support instead."""
        model = self.load(row)
        try:
            self._runner.run(model, kind, payload)
        except Exception:
            # A flow bug must not lose the message or wedge the conversation: record it and hand off.
            log.exception("engine.step.failed conversation=%s event=%s", row.id, kind)
            model = self.load(row)
            model.effects.clear()
            model.finish("handed_off", "handoff:other")
            model.state = "handed_off"
            model.data["resume"] = row.awaiting
            model.awaiting = None
        return model

    def commit(self, row: Conversation, model: FlowModel, consume: int | None, stream: bool = False,
               fired: tuple[str, float] | None = None, event: int | None = None,
               checked_at: float | None = None, guard: bool = True) -> None:
        """Write the step's state and effects in one transaction. `guard`: only if no agent took the case over or
        gave it back since `row` was read (otherwise StaleConversation, and nothing is written)."""
        st = self.store
        conv_id = row.id
        dev = model.data.get("device") or {}
        cloud = row.cloud
        if dev:
            new_cloud = {"online": dev.get("online"), "claimed": dev.get("claimed", cloud.get("claimed")),
                         "checked_at": self.clock.now()}
        else:
            new_cloud = {**cloud, "checked_at": checked_at} if checked_at is not None else cloud
        # Rendered before the transaction: the write lock is shared with the web process, which waits while it
        # is held, so only the writes happen inside.
        effects = self.merged(row.channel, model.effects)
        rendered = [self.render(row, Reply(e["text"], tuple(e.get("choices") or ())),
                                {k: v for k, v in e.items() if k not in ("type", "text", "choices")})
                    if e["type"] == "reply" else [] for e in effects]
        if model.status == "resolved" and model.outcome and model.outcome.startswith("resolved:"):
            model.data["resolved_at"] = row.awaiting or model.data.get("resume")
        fields: dict[str, Any] = {
            "state": model.state, "awaiting": model.awaiting, "status": model.status,
            "outcome": model.outcome, "data": model.data, "cloud": new_cloud,
        }
        if dev.get("id"):
            fields["device_id"] = dev["id"]
        if dev.get("platform"):
            fields["platform"] = dev["platform"]
        if model.status != "handed_off":
            fields["assignee"] = None
        claimed: int | None = None
        with st.atomic():
            # First, and only if no agent's takeover or give-back changed the conversation since it was read.
            held = (row.state, row.status, row.assignee) if guard else None
            if not st.update_conversation(conv_id, unless_held=held, **fields) and guard:
                raise StaleConversation(conv_id)
            if fired:  # the step may set the same timer again: its stepped row goes before the step's timers
                st.timer_stepped(conv_id, *fired)
            self._cloud_events(row, dev, stream)
            opened_case, first_reply = self._write_effects(row, model, effects, rendered)
            # The step's first reply, marked "sending" here when it is next in its conversation's queue: the drain
            # sends it right after this commit, and its mark costs no transaction of its own (about 6 % of the
            # worker's time per SMS turn). After a crash it is one of the rows reconciled with the provider.
            if first_reply is not None and self._pushes(row.channel) and st.claim_first_reply(conv_id, first_reply):
                claimed = first_reply
            if model.awaiting:
                st.mark_step(conv_id, model.awaiting)
            if opened_case:
                st.add_outbox(conv_id, "case", {})
            elif row.case_ref and (model.status != row.status or model.outcome != row.outcome):
                st.add_outbox(conv_id, "case_update", {})
            if consume:
                st.mark_processed(consume)
            if event:
                st.flow_event_done(event)
        if claimed is not None:
            self._claims[conv_id] = claimed

    def _pushes(self, channel: str) -> bool:
        """Whether replies on this channel are sent to the provider (the web chat's are read by polling)."""
        binding = self.channels.get(channel)
        return binding is not None and binding.sender is not None

    def _write_effects(self, row: Conversation, model: FlowModel, effects: list[dict[str, Any]],
                       rendered: list[list[Part]]) -> tuple[bool, int | None]:
        """The step's effects as rows (inside its transaction): whether the step handed the case to support, and
        the outbox row of its first reply."""
        st, conv_id = self.store, row.id
        opened_case = False
        first_reply: int | None = None
        # Per timer only its last set or cancel counts (a flow often cancels a timer, then sets it again).
        last_timer = {e["name"]: i for i, e in enumerate(effects) if e["type"] in ("timer", "cancel_timer")}
        for i, (eff, parts) in enumerate(zip(effects, rendered, strict=True)):
            t = eff["type"]
            if t in ("timer", "cancel_timer") and last_timer[eff["name"]] != i:
                continue
            if t == "reply":
                queued = self.store_parts(row, parts, awaiting_after=model.awaiting)
                if first_reply is None and queued:
                    first_reply = queued[0]
            elif t == "finding":
                st.add_finding(conv_id, eff["code"], eff["source"], eff.get("detail"), eff["at"])
            elif t == "timer":
                st.set_timer(conv_id, eff["name"], eff["due_at"])
            elif t == "cancel_timer":
                st.cancel_timer(conv_id, eff["name"])
            elif t == "query":
                st.add_outbox(conv_id, "query", {k: v for k, v in eff.items() if k != "type"})
                self._queried.add(conv_id)
            elif t == "outcome" and eff["status"] == "handed_off":
                opened_case = True
        return opened_case, first_reply

    def _cloud_events(self, row: Conversation, dev: dict[str, Any], stream: bool) -> None:
        """The device's changes the step learnt, on the case's cloud timeline (inside the step's transaction)."""
        cloud = row.cloud
        if dev and dev.get("online") is not None and cloud.get("online") != dev.get("online"):
            self.store.add_cloud_event(row.id, dev.get("id") or row.device_id or "",
                                       "online" if dev.get("online") else "offline",
                                       "event stream" if stream else "device lookup")
        if dev and "claimed" in dev and cloud.get("claimed") is not None and cloud.get("claimed") != dev["claimed"]:
            self.store.add_cloud_event(row.id, dev.get("id") or "", "claimed" if dev["claimed"] else "unclaimed")

    def merged(self, channel: str, effects: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A step's replies joined where the channel's renderer can (SMS), at the place of the first reply."""
        binding = self.channels.get(channel)
        merge = getattr(binding.renderer, "merge", None) if binding else None
        replies = [e for e in effects if e["type"] == "reply"]
        if merge is None or len(replies) < 2:
            return effects
        joined = merge([Reply(e["text"], tuple(e.get("choices") or ())) for e in replies])
        merged = [{"type": "reply", "text": r.text, "choices": list(r.choices)} for r in joined]
        first = effects.index(replies[0])
        rest = [e for e in effects if e["type"] != "reply"]
        return rest[:first] + merged + rest[first:]

    def emit_reply(self, row: Conversation, reply: Reply, *, direction: str = "out", author: str | None = None,
                    awaiting_after: str | None = None, extra: dict[str, Any] | None = None) -> None:
        """Render for the conversation's channel, store each part as delivered, and queue it (inside a txn)."""
        self.store_parts(row, self.render(row, reply, extra), direction=direction, author=author,
                         awaiting_after=awaiting_after)

    def render(self, row: Conversation, reply: Reply, extra: dict[str, Any] | None = None) -> list[Part]:
        """The reply as the conversation's channel sends it (SMS: GSM-7 text in at most 3 segments per part)."""
        binding = self.channels.get(row.channel)
        parts = binding.renderer.render(reply) if binding else [Part(reply.text, reply.choices)]
        return [Part(p.text, p.choices, {**p.extra, **extra}) for p in parts] if extra else list(parts)

    def store_parts(self, row: Conversation, parts: list[Part], *, direction: str = "out", author: str | None = None,
                    awaiting_after: str | None = None) -> list[int]:
        """Store each part as delivered and queue it (inside a txn); nothing for an address that opted out. Returns
        the parts' outbox rows."""
        st = self.store
        if st.is_opted_out(row.channel, row.address):
            return []
        queued = []
        for part in parts:
            mid = st.add_message(row.id, direction, part.text, choices=list(part.choices),
                                 awaiting=awaiting_after, author=author)
            queued.append(st.add_outbox(row.id, "message", {"text": part.text, "choices": list(part.choices),
                                                               "extra": part.extra}, message_id=mid))
        return queued
