"""The outbox: performing a step's effects after it is committed: cloud queries, replies, support cases.

A part of the engine with explicit collaborators (core.py builds it). Replies leave in order per conversation; a
retryable failure holds that conversation's queue until the retry time (Retry-After or backoff) and a permanent
one is recorded and skipped. A query's result goes back to the flow through `step`.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

from bot.clock import Clock
from bot.errors import (
    ChannelError,
    CloudNotFound,
    CloudNotInAccount,
    CloudSeveral,
    CloudUnavailable,
    StoreError,
)
from bot.messages import Part
from bot.store.store import Conversation, OutboxRow, Store

log = logging.getLogger("cyanbot.engine")

MAX_CHAIN = 20  # bound on query -> event -> query ping-pong inside one drain
DELIVERY_GIVE_UP_SECONDS = 24 * 3600
BACKOFF = (1.0, 2.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0)


Step = Callable[[str, str, dict[str, Any]], Awaitable[None]]


class Outbox:
    """Sends what the flow decided, in order: `run_queries` first (their results are flow events), then `deliver`."""

    def __init__(self, store: Store, clock: Clock, channels: dict[str, Any], cloud: Any, secrets: list[str],
                 events: dict[str, Any], step: Step, wake: Callable[[], None]) -> None:
        self.store, self.clock, self.channels, self.cloud, self.secrets = store, clock, channels, cloud, secrets
        self._events, self._step, self._wake = events, step, wake
        self.case_sink: Any = None  # set when Slack (or another support surface) is wired
        # Replies the provider took, marked "done" together once per loop pass (see `_sent`).
        self._done: list[tuple[int, str | None]] = []
        self._flush: asyncio.Handle | None = None

    def pending_queries(self, conv_id: str) -> list[OutboxRow]:
        return [r for r in self.store.pending_outbox(conv_id) if r.kind == "query"]

    async def run_queries(self, conv_id: str) -> bool:
        did = False
        for ob in self.pending_queries(conv_id)[:MAX_CHAIN]:
            conv = self.store.conversation_row(conv_id)
            if conv is None:
                self.store.outbox_failed(ob.id, "conversation gone")
                continue
            kind, payload = await self._query(conv, ob.payload)
            # The result is stepped before the row is marked done: after a crash in between, the query runs
            # again and the flow ignores a result for a step it has left.
            await self._step(conv_id, kind, payload)
            self.store.outbox_done(ob.id)
            did = True
        return did

    async def deliver(self, conv_id: str, claimed: int | None = None) -> None:
        """Perform pending outbox rows in order, until one must wait (a retry) or the customer said more.
        `claimed`: the reply the drain's step stored already marked "sending" (`Stepper.take_claim`); it is first in
        the queue, and goes back to it if it was not sent."""
        try:
            # Read once: rows are added only by this conversation's steps, which wait for this drain; a row stored
            # by another process meanwhile (an agent's reply) kicks the conversation, which drains again.
            rows = [r for r in self.store.outbox_queue(conv_id, claimed) if r.kind != "query"]
            conv = self.store.conversation_row(conv_id) if rows else None
            for i, row in enumerate(rows):
                if row.next_at and row.next_at > self.clock.now():
                    return
                if row.id == claimed:
                    claimed = None  # from here on it is being sent: a failure leaves it "sending" (in doubt)
                if not await self._perform(row, conv):
                    return
                if row.kind != "message":  # a case may have written the conversation (its Slack thread)
                    conv = self.store.conversation_row(conv_id)
                # A customer's new message is read before the rest is sent (it may change what the rest says).
                if i + 1 < len(rows) and (self._events.get(conv_id) or self.store.pending_inbound(conv_id)):
                    return
        finally:
            if claimed is not None:
                self.unclaim(claimed)

    def unclaim(self, outbox_id: int) -> None:
        """Put a claimed reply that was not sent back in the queue (as it would be after a restart, sooner)."""
        try:
            self.store.outbox_requeue(outbox_id)
        except StoreError:
            log.exception("engine.delivery.unclaim_failed outbox=%s: sent after the next restart", outbox_id)

    async def _perform(self, ob: OutboxRow, conv: Conversation | None) -> bool:
        if conv is None:
            self.store.outbox_failed(ob.id, "conversation gone")
            return True
        payload = ob.payload
        kind = ob.kind
        if kind == "message":
            return await self._send(ob, conv, payload)
        if kind in ("case", "case_update", "mirror"):
            await self._case(ob, conv, kind, payload)
            return True
        self.store.outbox_failed(ob.id, f"unknown kind {kind}")
        return True

    async def _send(self, ob: OutboxRow, conv: Conversation, payload: dict[str, Any]) -> bool:
        binding = self.channels.get(conv.channel)
        if binding is None or binding.sender is None:
            self.store.outbox_done(ob.id)
            return True
        part = Part(payload["text"], tuple(payload.get("choices") or ()), payload.get("extra") or {})
        if ob.status != "sending":  # a claimed reply was marked by its step (Stepper.commit)
            self.store.outbox_sending(ob.id)
        try:
            provider_id = await binding.sender.send(conv.address, part, dict(conv.meta))
        except ChannelError as exc:
            age = self.clock.now() - (ob.created_at or self.clock.now())
            if not exc.retryable or age > DELIVERY_GIVE_UP_SECONDS:
                log.error("engine.delivery.gave_up conversation=%s outbox=%s reason=%s", conv.id, ob.id, exc)
                self.store.outbox_failed(ob.id, str(exc))
                return True
            delay = exc.retry_after if exc.retry_after is not None else BACKOFF[min(ob.attempts, len(BACKOFF) - 1)]
            delay = delay * (1 + random.random() * 0.1)
            self.store.outbox_retry(ob.id, self.clock.now() + delay, str(exc))
            log.warning("engine.delivery.retry conversation=%s outbox=%s in=%.1fs reason=%s",
                        conv.id, ob.id, delay, exc)
            self._wake()
            return False
        except Exception as exc:  # a sender bug: keep the message, retry later
            log.exception("engine.delivery.error conversation=%s", conv.id)
            self.store.outbox_retry(ob.id, self.clock.now() + BACKOFF[min(ob.attempts, len(BACKOFF) - 1)],
                                    repr(exc))
            return False
        self._sent(ob.id, provider_id)
        if provider_id and isinstance(provider_id, str) and (payload.get("extra") or {}).get("progress"):
            with self.store.atomic():  # read-modify-write: the web process also writes meta (intake)
                fresh = self.store.conversation_row(conv.id)
                meta = fresh.meta if fresh else conv.meta
                meta.setdefault("progress", {})[payload["extra"]["progress"]] = provider_id
                self.store.update_conversation(conv.id, meta=meta)
            conv.meta.update(meta)
        return True

    def _sent(self, outbox_id: int, provider_id: str | None) -> None:
        """Mark a sent reply "done" in the next loop pass, with every other reply sent by then: one transaction for
        many under load, not one each. Until then the row stays "sending"; after a crash in between it is one
        of the rows `reconcile_in_doubt` asks the provider about, and it is not sent twice."""
        self._done.append((outbox_id, provider_id))
        if self._flush is None:
            self._flush = asyncio.get_running_loop().call_soon(self.flush_sent)

    def flush_sent(self) -> None:
        """Store the "done" marks of replies sent so far (the engine calls it at stop too)."""
        self._flush = None
        done, self._done = self._done, []
        if not done:
            return
        try:
            with self.store.atomic():
                self.store.outbox_sent(done)
        except StoreError:
            log.exception("engine.delivery.mark_failed rows=%d: tried again shortly", len(done))
            self._done = done + self._done
            self._flush = asyncio.get_running_loop().call_later(0.05, self.flush_sent)

    async def reconcile_in_doubt(self) -> None:
        """After a crash: rows that were being sent may have reached the provider. Ask it where the channel can
        tell (`sender.was_sent`), so nothing goes out twice; otherwise send again (and say so in the log)."""
        for ob in self.store.outbox_in_doubt():
            conv = self.store.conversation_row(ob.conversation_id)
            binding = self.channels.get(conv.channel) if conv else None
            check = getattr(binding.sender, "was_sent", None) if binding and binding.sender else None
            payload = ob.payload
            sent: bool | None = None
            if check is not None and conv is not None:
                try:
                    sent = await check(conv.address, Part(payload.get("text", "")), float(ob.next_at or 0))
                except Exception:
                    log.exception("engine.delivery.reconcile_failed outbox=%s", ob.id)
            if sent:
                self.store.outbox_done(ob.id)
            else:
                if sent is None:
                    log.warning("engine.delivery.in_doubt outbox=%s: the channel cannot tell if it was sent; "
                                "sending again", ob.id)
                self.store.outbox_requeue(ob.id)

    async def _query(self, conv: Conversation, payload: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """Perform a flow's cloud query; the result is the next flow event."""
        if payload.get("kind") != "lookup" or self.cloud is None:
            return "lookup_result", {"error": "unavailable"}
        try:
            # The customer's channel and address are whom the per-address bound on lookups counts; the store keeps
            # the serial cache and the counts (bot/cloud/service.py).
            snap = await self.cloud.lookup(payload["ref_kind"], payload["ref"],
                                           who=f"{conv['channel']}:{conv['address']}", store=self.store)
        except CloudSeveral as exc:
            return "lookup_result", {"error": "several", "names": exc.names}
        except CloudNotInAccount:
            return "lookup_result", {"error": "not_in_account"}
        except CloudNotFound:
            return "lookup_result", {"error": "not_found"}
        except CloudUnavailable as exc:
            log.warning("engine.lookup.unavailable conversation=%s kind=%s", conv.id, exc.kind)
            if exc.kind == "limited":
                # The case tells support the cloud was not asked, and why; the flow tells the customer.
                self.store.add_cloud_event(conv.id, "", "lookup limited", str(exc))
                return "lookup_result", {"error": "limited"}
            # A serial answered with its ID, then the device's own call failed: the conversation goes on with it.
            return "lookup_result", {"error": "unavailable", **({"device_id": exc.device_id} if exc.device_id else {})}
        return "lookup_result", {"device": snap}

    async def _case(self, ob: OutboxRow, conv: Conversation, kind: str, payload: dict[str, Any]) -> None:
        self.store.outbox_done(ob.id)
        if self.case_sink is None:
            if kind == "case":
                log.info("engine.case.stored conversation=%s outcome=%s (Slack is off: see the API or CLI)",
                         conv.id, conv.outcome)
            return
        from bot.engine.case import build_case

        case = build_case(self.store, conv.id, secrets=self.secrets)
        try:
            if kind == "case" and not conv.case_ref:
                ref = await self.case_sink.case_opened(case)
                if isinstance(ref, dict) and ref.get("ts"):
                    self.store.update_conversation(conv.id, case_ref=ref)
            elif kind == "mirror":
                await self.case_sink.customer_message(case, payload.get("text", ""))
            else:
                await self.case_sink.case_updated(case)
        except Exception:
            log.exception("engine.case.failed conversation=%s kind=%s", conv.id, kind)
