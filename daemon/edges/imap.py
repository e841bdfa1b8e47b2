"""IMAP intake: watch the HQ mailbox, hand each new mail to a handler, then move it.

imapclient is synchronous, so each IMAP call runs in a worker thread while the event loop
stays free for the outbox. A mail leaves INBOX only after the handler has committed its
outcome; if anything fails before that, the mail is still in INBOX and is read again on the
next pass (the intake ledger makes that harmless). Connection problems reconnect with
exponential backoff and jitter; IDLE is re-issued every ``idle_seconds``; servers without
IDLE are polled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import socket
import ssl
import time
from collections import deque
from dataclasses import dataclass
from typing import Protocol

import imapclient
from imapclient.exceptions import IMAPClientError

from daemon.config.schema import ImapConfig
from daemon.config.secrets import password
from daemon.edges.problems import describe
from daemon.edges.smtp import tls_context

log = logging.getLogger("lifeline.intake")

FETCH_BATCH = 50
FETCH_BYTES = 32 * 1024 * 1024
RETRY_SECONDS = 5.0
RECHECK_SECONDS = 2.0
# Chunks read and scored ahead while one is committed. The model releases the GIL, so two
# model calls at once use both cores of a 2-core server while the loop commits and sends.
AHEAD = 2


@dataclass(frozen=True)
class Incoming:
    uidvalidity: int
    uid: int
    raw: bytes


class IntakeHealth(Protocol):
    """Who hears about the connection (daemon.app.health.Health): the page, alarms, readiness."""

    def intake_connected(self, idle: bool) -> None: ...
    def intake_lost(self, problem: str) -> None: ...
    def mail_seen(self) -> None: ...


class Handler(Protocol):
    """What intake hands mail to. Two steps, so that the next chunk is read and scored while
    the one before is being committed."""

    async def prepare(self, mails: list[Incoming]) -> object:
        """The heavy part that records nothing (parse, score, route)."""

    async def commit(self, mails: list[Incoming], prepared: object) -> list[str | None]:
        """Record the outcomes durably; per mail, the Lifeline sub-folder to move it to
        (None: leave it in INBOX to be tried again)."""


# Mails handed over at once: the first chunks after a quiet spell are small, so the first
# reports of a burst go out at once; later ones are larger, so a burst is scored and
# committed in batches (one durable write per chunk).
CHUNKS = (1, 3, 6, 12)


def chunked(mails: list[Incoming]) -> list[list[Incoming]]:
    out, start = [], 0
    while start < len(mails):
        size = CHUNKS[min(len(out), len(CHUNKS) - 1)]
        out.append(mails[start:start + size])
        start += size
    return out


def arrived_before_idle(client: imapclient.IMAPClient) -> bool:
    """Did the server announce new mail (EXISTS / RECENT) between our last SEARCH and IDLE?

    Such a response lands in imaplib's store of untagged responses, not in ``idle_check``,
    and imapclient offers no public way to read it: this reaches into its private ``_imap``
    (the imaplib.IMAP4 it wraps) and takes the two responses out. The one place that does;
    tests/edges/test_imap.py fails if imapclient or imaplib change this shape. If they do,
    intake still works, but such mail waits for the next SEARCH."""
    early = getattr(getattr(client, "_imap", None), "untagged_responses", {})
    return early.pop("EXISTS", None) is not None or early.pop("RECENT", None) is not None


class ImapIntake:
    def __init__(self, config: ImapConfig, handler: Handler, *, backoff_max: float = 60.0,
                 health: IntakeHealth | None = None) -> None:
        self.config, self.handler, self.backoff_max, self.health = config, handler, backoff_max, health
        self.client: imapclient.IMAPClient | None = None
        self.delimiter = "/"
        self.uidvalidity = 0
        self.left_in_inbox = 0  # mails the handler asked to keep for another try
        self.connected = asyncio.Event()  # set while logged in and watching (tests, health)

    # -- lifecycle -------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                await asyncio.to_thread(self._connect)
                failures = 0
                self.connected.set()
                if self.health is not None:
                    self.health.intake_connected(self.client.has_capability("IDLE"))
                await self._watch(stop)
            except (IMAPClientError, OSError, ssl.SSLError, socket.timeout) as exc:
                failures += 1
                delay = min(self.backoff_max, 0.5 * 2 ** min(failures, 10)) * random.uniform(0.5, 1.0)
                problem = describe(exc, f"{self.config.host}:{self.config.port}")
                log.log(logging.ERROR if failures == 1 else logging.WARNING,
                        "imap connection problem at %s (%s); reconnecting in %.1fs", problem, type(exc).__name__, delay)
                self.connected.clear()
                if self.health is not None:
                    self.health.intake_lost(problem)
                await asyncio.to_thread(self._close)
                try:
                    await asyncio.wait_for(stop.wait(), timeout=delay)
                except asyncio.TimeoutError:
                    pass
        self.connected.clear()
        await asyncio.to_thread(self._logout)

    def _connect(self) -> None:
        cfg = self.config
        context = tls_context(cfg.ca_file)
        client = imapclient.IMAPClient(
            cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=context, timeout=cfg.timeout_seconds,
        )
        try:
            if cfg.security == "starttls":
                client.starttls(context)
            client.login(cfg.username, password(cfg) or "")
            namespace = client.namespace()
            if namespace.personal and namespace.personal[0][1]:
                self.delimiter = namespace.personal[0][1]
            info = client.select_folder(cfg.mailbox)
        except BaseException:
            with contextlib.suppress(IMAPClientError, OSError):
                client.shutdown()  # a refused login must not leak a socket per retry
            raise
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        self.client = client
        log.info("imap connected idle=%s", client.has_capability("IDLE"))

    def _close(self) -> None:
        """Drop a broken connection without a word to the server."""
        self._drop(lambda client: client.shutdown())

    def _logout(self) -> None:
        self._drop(lambda client: client.logout())

    def _drop(self, end) -> None:
        client, self.client = self.client, None
        if client is not None:
            with contextlib.suppress(IMAPClientError, OSError):
                end(client)

    # -- the watch loop --------------------------------------------------------------------
    async def _watch(self, stop: asyncio.Event) -> None:
        recheck = True
        while not stop.is_set():
            while await self._drain(stop):
                pass
            if stop.is_set():
                return
            # Mail delivered just as IDLE begins can go unannounced until the server's own
            # periodic check (seen with Dovecot: 30 s). So the first IDLE after start-up or
            # after activity is short, and a SEARCH follows it; quiet periods IDLE long.
            woken = await self._wait_for_mail(stop, RECHECK_SECONDS if recheck else None)
            recheck = woken

    async def _drain(self, stop: asyncio.Event) -> bool:
        """Handle one batch of mails in INBOX; True if there may be more."""
        uids = await asyncio.to_thread(self.client.search, ["ALL"])
        if not uids:
            return False
        if self.health is not None:
            self.health.mail_seen()
        batch = await asyncio.to_thread(self._within_budget, sorted(uids)[:FETCH_BATCH])
        fetched = await asyncio.to_thread(self.client.fetch, batch, ["BODY.PEEK[]"])
        incoming, moved = [], 0
        for uid in batch:
            data = fetched.get(uid)
            if data is not None and b"BODY[]" in data:  # else expunged meanwhile
                incoming.append(Incoming(self.uidvalidity, uid, data[b"BODY[]"]))
        chunks = chunked(incoming)
        ahead = deque(asyncio.ensure_future(self.handler.prepare(c)) for c in chunks[:AHEAD])
        for i, chunk in enumerate(chunks):
            prepared = await ahead.popleft()
            if i + AHEAD < len(chunks) and not stop.is_set():  # score the chunks after it meanwhile
                ahead.append(asyncio.ensure_future(self.handler.prepare(chunks[i + AHEAD])))
            folders = await self.handler.commit(chunk, prepared)
            moves: dict[str, list[int]] = {}
            for mail, folder in zip(chunk, folders):
                if folder is not None:
                    moves.setdefault(folder, []).append(mail.uid)
            for folder, folder_uids in moves.items():
                await asyncio.to_thread(self._move, folder_uids, folder)
                moved += len(folder_uids)
            if stop.is_set() or not moves:
                break  # nothing of this chunk could be taken (store unwritable): retry later
        for future in ahead:
            await future  # read ahead but not committed: it stays in INBOX for the next pass
        # search again after progress: mail that arrived while this batch was handled was
        # announced (EXISTS) during FETCH/MOVE, not to the IDLE that follows. Mail left in
        # INBOX on purpose (to be tried again) waits for the next change instead of spinning.
        self.left_in_inbox = len(incoming) - moved
        return not stop.is_set() and (moved > 0 or len(uids) > len(batch))

    def _within_budget(self, uids: list[int]) -> list[int]:
        """The first UIDs whose sizes add up to at most FETCH_BYTES (at least one): a batch
        of huge mails must not be read into memory at once."""
        sizes = self.client.fetch(uids, ["RFC822.SIZE"])
        chosen, total = [], 0
        for uid in uids:
            size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
            if chosen and total + size > FETCH_BYTES:
                break
            chosen.append(uid)
            total += size
        return chosen

    def _move(self, uids: list[int], sub_folder: str) -> None:
        folder = f"{self.config.folder_prefix}{self.delimiter}{sub_folder}"
        client = self.client
        if not client.folder_exists(folder):
            client.create_folder(folder)
        if client.has_capability("MOVE"):
            client.move(uids, folder)
        else:
            client.copy(uids, folder)
            client.delete_messages(uids)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()

    async def _wait_for_mail(self, stop: asyncio.Event, limit: float | None = None) -> bool:
        """IDLE until the server reports a change (True), or until ``limit`` / the re-IDLE time
        / stop (False); poll if the server has no IDLE."""
        # mail left in INBOX to be tried again is retried within RETRY_SECONDS, not at the next
        # IDLE renewal (e.g. after the store's disk was full)
        wait = self.config.idle_seconds if self.client.has_capability("IDLE") else self.config.poll_seconds
        for bound in (limit, RETRY_SECONDS if self.left_in_inbox else None):
            if bound is not None:
                wait = min(wait, bound)
        if not self.client.has_capability("IDLE"):
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
            return False
        await asyncio.to_thread(self.client.idle)
        try:
            if arrived_before_idle(self.client):
                return True
            deadline = time.monotonic() + wait
            while not stop.is_set() and time.monotonic() < deadline:
                responses = await asyncio.to_thread(self.client.idle_check, min(1.0, max(0.05, deadline - time.monotonic())))
                if any(r[1] in (b"EXISTS", b"RECENT") for r in responses if len(r) > 1):
                    return True
                if any(r[0] == b"BYE" for r in responses if r):
                    raise IMAPClientError("server said BYE")
            return False
        finally:
            await asyncio.to_thread(self.client.idle_done)
