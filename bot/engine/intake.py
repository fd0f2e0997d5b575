"""Intake: a customer message stored once (deduplicated by delivery ID), secrets redacted, read once, then kicked.

Opt-out words are honoured here, in the same transaction as the message: after STOP nothing more is queued for
that address until START (on SMS and Slack; on the web chat STOP ends the conversation and nothing more).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.engine.keyprints import MAX_PRINTS, fingerprinter
from bot.errors import StoreBusy
from bot.flowkit import Flow, KeyMemory
from bot.messages import Inbound
from bot.store.records import Conversation, ConversationHead
from bot.store.store import ENDED, Store

# Channels where STOP ends the conversation (the flow confirms it) but leaves no standing opt-out: a web page is
# never sent anything it did not ask for, and the next message there simply starts again. SMS and Slack: nothing
# more is sent until START.
NO_STANDING_OPT_OUT = ("web",)

# A new conversation this soon after the customer's last one ended is about the same unit.
FOLLOW_UP_SECONDS = 24 * 3600
# Back after a fix within a week ("it stopped again"): the same unit, and what fixed it last time (a blind exploratory
# test came back the next day and was asked for its serial number, and got the same fix for the same light again).
RETURN_AFTER_FIX_SECONDS = 7 * 24 * 3600
FOLLOWED_UP = ("resolved", "abandoned:no_reply")
BUSY_RETRY = 0.0005  # seconds between tries while the other process holds the write lock
BUSY_PATIENCE = 1.0  # then wait for the lock (SQLite's busy handler) rather than keep trying


@dataclass
class _Waiting:
    """A message waiting for the batch's transaction, and how it was read if that was done while the other
    process held the write lock."""

    inbound: Inbound
    fut: asyncio.Future[Receipt]
    read_for: tuple[str | None, frozenset[str]] | None = None  # the question it was read against, and known keys
    read: tuple[str, dict[str, object]] | None = None


@dataclass(frozen=True)
class Receipt:
    conversation_id: str | None
    duplicate: bool = False
    queued: bool = True  # False: kept for the record only (the customer opted out), nothing to run


class Intake:
    """Stores inbound messages for the stepper; `kick` wakes the conversation's worker."""

    def __init__(self, store: Store, flow: Flow, secrets: list[str], kick: Callable[[str], None]) -> None:
        self.store, self.flow, self.secrets, self._kick = store, flow, secrets, kick
        self._batch: list[_Waiting] = []
        self._busy_since: float | None = None  # when the batch first found the write lock held
        # Where the fingerprints' key comes from (the server sets the admin token's), asked at the first need.
        self.key_source: Callable[[], bytes] | None = None
        self._fingerprint: Callable[[str], str] | None = None

    def fingerprint(self, value: str) -> str:
        """A Wi-Fi key's keyed fingerprint (bot/engine/keyprints.py)."""
        if self._fingerprint is None:
            self._fingerprint = fingerprinter(self.key_source() if self.key_source is not None else None)
        return self._fingerprint(value)

    def scrub(self, text: str) -> str:
        """Every configured secret (tokens, the Wi-Fi password the firmware knows) replaced before storing."""
        for s in self.secrets:
            if s in text:
                text = text.replace(s, "[redacted]")
        return text

    async def receive(self, inbound: Inbound) -> Receipt:
        """Store a customer message (once per provider delivery ID) and schedule its processing.

        Messages that arrive together are stored in one transaction (group commit): under load a webhook's
        BEGIN and COMMIT were a fifth of its cost. Each one still returns only after its rows are committed.
        """
        # Text that cannot be stored as UTF-8 (a lone surrogate) is refused with a 400 by every route that can say
        # so; a channel that cannot (a verified webhook) must still never fail here: keep it, made storable.
        inbound = replace(inbound, text=inbound.text.encode("utf-8", "replace").decode("utf-8"))
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Receipt] = loop.create_future()
        self._batch.append(_Waiting(inbound, fut))
        if len(self._batch) == 1 and self._busy_since is None:  # while busy, the retry already scheduled flushes
            loop.call_soon(self._flush)
        return await fut

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        done: list[tuple[asyncio.Future[Receipt], Receipt | BaseException]] = []
        loop = asyncio.get_running_loop()
        # While the worker holds the write lock, try again shortly with the event loop free (messages arriving
        # meanwhile join the batch) instead of sleeping in SQLite's busy handler with every request waiting. After
        # BUSY_PATIENCE of that, wait for the lock as any write does.
        wait = self._busy_since is not None and loop.time() - self._busy_since > BUSY_PATIENCE
        try:
            # Optimistic: the batch in one transaction. A message that fails (rare) rolls it all back, and the
            # batch is stored again with a savepoint per message, so that one fails alone. Savepoints for every
            # message were two more statements each.
            with self.store.atomic(wait=wait):
                done = [(w.fut, self._store(w)) for w in batch]
        except StoreBusy:
            if self._busy_since is None:
                self._busy_since = loop.time()
            # Read the messages while the lock is held elsewhere, so that the transaction only writes: reading was
            # most of a batch's time under the lock (0.5 ms median, 2 ms p90 at 50 customers at once), which the
            # worker then waited for. With the lock free at once, they are read inside (one read of the
            # conversation, not two).
            for w in batch:
                if w.read is None:
                    self._read(w)
            self._batch = batch + self._batch
            loop.call_later(BUSY_RETRY, self._flush)
            return
        except Exception as exc:
            done = [(w.fut, exc) for w in batch] if len(batch) == 1 else self._isolated(batch)
        self._busy_since = None
        for fut, result in done:
            if fut.done():  # the caller went away (request cancelled); its message is stored all the same
                continue
            if isinstance(result, BaseException):
                fut.set_exception(result)
            else:
                fut.set_result(result)
        for _, result in done:
            if isinstance(result, Receipt) and result.conversation_id and result.queued:
                self._kick(result.conversation_id)

    def _isolated(self, batch: list[_Waiting]) -> list[tuple[asyncio.Future[Receipt], Receipt | BaseException]]:
        """The batch again, each message in its own savepoint: one bad message leaves the others stored."""
        done: list[tuple[asyncio.Future[Receipt], Receipt | BaseException]] = []
        try:
            with self.store.atomic():
                for w in batch:
                    try:
                        with self.store.atomic():
                            done.append((w.fut, self._store(w)))
                    except Exception as exc:
                        done.append((w.fut, exc))
        except Exception as exc:  # the commit failed: none of them is stored
            done = [(w.fut, exc) for w in batch]
        return done

    def _read(self, w: _Waiting) -> None:
        """Read the message against the question its conversation waits on (outside the transaction)."""
        try:
            self._read_against(w, self.store.latest_head(w.inbound.channel, w.inbound.address))
        except Exception:  # read again inside the transaction, where a failure fails this message alone
            w.read = None

    def _read_against(self, w: _Waiting, conv: ConversationHead | Conversation | None) -> tuple[str, dict[str, object]]:
        """The message read against the question `conv` waits on, with the keys hidden in it before: the read
        made before the lock when it was made against the same, else read now."""
        question = _question(conv)
        known = frozenset(_prints(conv))
        if w.read is None or w.read_for != (question, known):
            w.read = self.flow.read(w.inbound.text, question, KeyMemory(self.fingerprint, known))
            w.read_for = (question, known)
        return w.read

    def _store(self, w: _Waiting) -> Receipt:
        """One message's rows (inside the batch's transaction)."""
        st, inbound = self.store, w.inbound
        if not all([st.first_delivery(inbound.channel, k) for k in (inbound.external_id, *inbound.also_ids) if k]):
            return Receipt(None, duplicate=True)
        conv: ConversationHead | Conversation | None = st.latest_head(inbound.channel, inbound.address)
        # Read once, against the question the customer is answering (none for a new conversation); the
        # stepper and the flow use these facts instead of reading the text again. Read again here only when the
        # worker moved the conversation on since the read before the lock.
        text, facts = self._read_against(w, conv)
        # The fingerprints of the keys hidden now go on the conversation, not on the message.
        facts = {k: v for k, v in facts.items() if k != "key_prints"}
        prints = _remembered(conv, self._read_prints(w))
        word = facts.get("word")
        opted_out = st.is_opted_out(inbound.channel, inbound.address)
        if opted_out and word != "start":
            # Nothing more is sent until START; keep the message for the record only.
            if conv:
                st.add_message(conv.id, "in", self.scrub(text), external_id=inbound.external_id,
                               media=list(inbound.media))
            return Receipt(conv.id if conv else None, queued=False)
        fresh = conv is None or conv.status in ENDED
        if word == "start" and opted_out:
            st.set_opt_out(inbound.channel, inbound.address, False)
            fresh = True
        if fresh:
            # The first message opens the conversation; the worker reads it as the opener (see _handle_inbound).
            known = st.customer_for(inbound.channel, inbound.address)
            if known is None and inbound.meta.get("device_id"):
                known = {"device_id": inbound.meta["device_id"], "name": None}
            meta = dict(inbound.meta)
            if prints:  # the customer's keys stay known to the next conversation (back within a day)
                meta["key_prints"] = prints
            followed = (conv.outcome or "").startswith(FOLLOWED_UP) if conv is not None else False
            if conv is not None and conv.outcome == "ended:opted_out" and inbound.channel in NO_STANDING_OPT_OUT:
                followed = word != "restart"  # "wait no, I still need help" on the web chat: the same unit
            if conv is not None and conv.device_id and followed and \
                    st.clock.now() - conv.updated_at < _follow_up_window(conv):
                # Back soon after the unit was fixed ("thanks", "it stopped again") or after going quiet ("I'm back,
                # slow blinking"), or after STOP on the web chat: it is the same unit (blind exploratory tests were
                # asked for its serial number again). "restart" starts from the beginning.
                meta["previous"] = {"conversation": conv.id, "outcome": conv.outcome}
                if known is None:
                    known = {"device_id": conv.device_id, "name": None}
            conv = st.create_conversation(
                inbound.channel, inbound.address, meta=meta,
                device_id=known["device_id"] if known else None, name=known["name"] if known else None)
        elif inbound.meta or prints != _prints(conv):
            assert conv is not None  # not fresh: the conversation exists
            meta = conv.meta
            new_meta = {**meta, **inbound.meta, **({"key_prints": prints} if prints else {})}
            if new_meta != meta:
                st.update_conversation(conv.id, meta=new_meta)
        assert conv is not None
        if word == "stop" and inbound.channel not in NO_STANDING_OPT_OUT:
            st.set_opt_out(inbound.channel, inbound.address, True)
            st.outbox_drop_for(inbound.channel, inbound.address)
        st.add_message(conv.id, "in", self.scrub(text), external_id=inbound.external_id,
                       media=list(inbound.media), processed=False, facts=facts)
        return Receipt(conv.id)

    @staticmethod
    def _read_prints(w: _Waiting) -> list[str]:
        """The fingerprints of the keys the message's read hid (facts["key_prints"])."""
        assert w.read is not None
        found = w.read[1].get("key_prints")
        return [str(p) for p in found] if isinstance(found, list) else []


def _follow_up_window(conv: ConversationHead | Conversation) -> float:
    """How long after `conv` ended a customer's message is about the same unit: a week after a fix, else a day."""
    return RETURN_AFTER_FIX_SECONDS if (conv.outcome or "").startswith("resolved") else FOLLOW_UP_SECONDS


def _prints(conv: ConversationHead | Conversation | None) -> list[str]:
    """The fingerprints of the keys hidden so far in `conv` (kept in its meta)."""
    return list(conv.meta.get("key_prints") or ()) if conv is not None else []


def _remembered(conv: ConversationHead | Conversation | None, new: list[str]) -> list[str]:
    """`conv`'s fingerprints with `new` added, the newest MAX_PRINTS."""
    known = _prints(conv)
    return (known + [p for p in new if p not in known])[-MAX_PRINTS:]


def _question(conv: ConversationHead | Conversation | None) -> str | None:
    """The question a customer's next message answers: none when there is no conversation or it has ended."""
    return conv.awaiting if conv and conv.status not in ENDED else None
