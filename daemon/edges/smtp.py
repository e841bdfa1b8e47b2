"""Durable sending: mails queued in the store are sent over SMTP and marked sent only after
the server accepted them. After a crash the pending mails are simply still pending.

Outcomes are per recipient (daemon.core.delivery decides, smtp_transaction talks): a 4xx at
any stage, a dropped connection or a timeout is retried with backoff (send_retry_seconds)
for the recipients still left; those that accepted are never sent it again. A 5xx for a
recipient is recorded on the row (``refused``) and reported at once (``on_trouble``), as is a
mail still deferred after send_warn_minutes. A 5xx at greeting or AUTH is not about the mail
(our credentials, the server's state): it is retried like a 4xx, so nothing is lost while an
admin fixes it. Every report wakes the loop, so the desk notice it queues goes out at once.
A retry is due when its stored time has come or its wait has passed on the monotonic clock
(daemon.edges.clock), so a step back of the wall clock delays no retry.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Callable, Protocol

import aiosmtplib

from daemon.config.schema import SmtpConfig
from daemon.config.secrets import password
from daemon.core.delivery import Attempt, Settled, Trouble, settle
from daemon.core.outgoing import SENT, OutgoingMail
from daemon.edges.clock import Clock, Deadlines
from daemon.edges.problems import describe
from daemon.edges.smtp_transaction import NETWORK_ERRORS, transact, unreachable
from daemon.store.engine import Store

log = logging.getLogger("lifeline.outbox")


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()
    return context


class SendHealth(Protocol):
    """Who hears whether the server takes mail (daemon.app.health.Health)."""

    def smtp_ok(self) -> None: ...
    def smtp_failed(self, problem: str) -> None: ...


class Outbox:
    def __init__(
        self, store: Store, smtp: SmtpConfig, retry_seconds: tuple[float, ...],
        now: Callable[[], datetime], on_trouble: Callable[[Trouble], None] | None = None,
        warn_minutes: float | None = None, health: SendHealth | None = None,
        on_sent: Callable[[OutgoingMail, datetime], None] | None = None,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        self.store, self.smtp, self.retry_seconds, self.now = store, smtp, retry_seconds, now
        self._retries: Deadlines[str] = Deadlines(Clock(now, monotonic) if monotonic else Clock(now))
        self.on_trouble, self.health, self.on_sent = on_trouble, health, on_sent
        self.warn_after = timedelta(minutes=warn_minutes) if warn_minutes else None
        self._wake = asyncio.Event()
        self._client: aiosmtplib.SMTP | None = None

    def kick(self) -> None:
        """New mail is queued: send it now."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            # clear before sending: a kick that arrives while we send must not be lost
            self._wake.clear()
            delay = await self.send_due(stop)
            waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            done, pending = await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            for task in pending:
                task.cancel()
        await self._disconnect()

    async def send_due(self, stop: asyncio.Event | None = None) -> float:
        """Send every due mail (until ``stop``); return seconds until the next retry is due."""
        pending = self.store.pending_outgoing()
        self._retries.keep_only(mail.message_id for mail in pending)
        for mail in pending:
            if stop is not None and stop.is_set():
                break  # shutting down: what is left stays queued for the next start
            self._retries.arm(mail.message_id, mail.next_attempt_at)
            if not self._retries.is_due(mail.message_id):
                continue
            try:
                result = await self._send_one(mail)
            except Exception as exc:  # noqa: BLE001 - one mail that breaks sending must not stop the outbox
                await self._disconnect()
                result = self._broke(mail, exc)
            if result is None:
                self._retries.drop(mail.message_id)
            else:
                self._retries.arm(mail.message_id, result)
        return max(0.05, self._retries.wait(60.0))

    async def _send_one(self, mail: OutgoingMail) -> datetime | None:
        """One try for the recipients still left; returns when to try again (None: done)."""
        left = mail.left()
        attempt = await self._try(left, self.store.outgoing_raw(mail)) if left else Attempt()
        settled = settle(mail, attempt, self.now(), self.retry_seconds, self.warn_after)
        self._record(mail, settled)
        if settled.trouble is not None:
            self._report(settled.trouble)
        return settled.mail.next_attempt_at

    def _broke(self, mail: OutgoingMail, exc: BaseException) -> datetime:
        """Sending this mail raised (a bug, or input no rule foresaw): the mail stays queued and
        is tried again in a minute, the others go on, and SMTP health names the problem so the
        alarms reach people."""
        log.error("send broke case=%s purpose=%s error=%s", mail.case_id, mail.purpose, type(exc).__name__)
        self._server_failed(f"sending a mail of {mail.case_id} failed inside Lifeline ({type(exc).__name__})")
        return self.now() + timedelta(seconds=60)

    async def _try(self, recipients: tuple[str, ...], raw: bytes) -> Attempt:
        try:
            client = await self._connection()
        except (*NETWORK_ERRORS, ValueError) as exc:  # ValueError: a password file or env var missing
            await self._disconnect()
            self._server_failed(describe(exc, self._where))
            return unreachable(recipients, exc, "connect")
        try:
            attempt = await transact(client, self.smtp.from_address, recipients, raw)
        except NETWORK_ERRORS as exc:
            await self._disconnect()
            self._server_failed(describe(exc, self._where))
            return unreachable(recipients, exc, "send")
        if attempt.stage in ("mail", "data") and not attempt.accepted:  # the whole mail, not one address
            replies = sorted(set(attempt.deferred.values()) | set(attempt.refused.values()))
            self._server_failed(f"{self._where}: refused at {attempt.stage.upper()} ({', '.join(replies)})")
        else:
            self._server_ok()  # the server answers; what it said per recipient is the mail's business
        return attempt

    @property
    def _where(self) -> str:
        return f"{self.smtp.host}:{self.smtp.port}"

    def _server_ok(self) -> None:
        if self.health is not None:
            self.health.smtp_ok()

    def _server_failed(self, problem: str) -> None:
        """The server (not one address) failed: named with host:port, for the log and alarms."""
        log.warning("smtp problem at %s", problem)
        if self.health is not None:
            self.health.smtp_failed(problem)

    def _record(self, before: OutgoingMail, settled: Settled) -> None:
        """The row after this try. "Sent" goes to the sent log (fsynced); a change of who got
        the mail or who refused it is durable at once, so no resend reaches them after a
        crash; a plain retry time is bookkeeping a crash may lose."""
        mail = settled.mail
        what = f"case={mail.case_id} purpose={mail.purpose} attempt={mail.attempts}"
        if mail.status == SENT:
            if before.attempts:  # it was retried: the row keeps who got it and why it waited
                self.store.update_outgoing(replace(mail, status=before.status, sent_at=None), durable=False)
            self.store.mark_sent(mail.message_id, sent_at=mail.sent_at, attempts=mail.attempts, refused=mail.refused or ())
            log.info("sent %s refused=%d", what, len(mail.refused or ()))
            if self.on_sent:
                self.on_sent(mail, mail.sent_at)
            return
        changed = (mail.delivered, mail.refused, mail.warned, mail.status) != (
            before.delivered, before.refused, before.warned, before.status)
        self.store.update_outgoing(mail, durable=changed)
        if mail.next_attempt_at is None:
            log.error("send failed %s error=%s", what, mail.last_error)
            return
        log.warning("send deferred %s left=%d error=%s retry_in=%.1fs", what, len(mail.left()), mail.last_error,
                    (mail.next_attempt_at - self.now()).total_seconds())

    def _report(self, trouble: Trouble) -> None:
        """Refusals and lateness go to the app (case timeline, desk notice) and wake the loop,
        so the notice it queues goes out now, not at the idle timer."""
        if self.on_trouble is not None:
            try:
                self.on_trouble(trouble)
            except Exception as exc:  # noqa: BLE001 - the row is recorded; sending must go on
                log.error("delivery report failed case=%s error=%s", trouble.mail.case_id, type(exc).__name__)
        self._wake.set()

    async def _connection(self) -> aiosmtplib.SMTP:
        if self._client is not None and self._client.is_connected:
            return self._client
        smtp = self.smtp
        context = tls_context(smtp.ca_file)
        client = aiosmtplib.SMTP(
            hostname=smtp.host, port=smtp.port, timeout=smtp.timeout_seconds,
            use_tls=smtp.security == "tls", start_tls=smtp.security == "starttls",
            tls_context=context,
        )
        await client.connect()
        if smtp.username:
            await client.login(smtp.username, password(smtp) or "")
        self._client = client
        return client

    async def _disconnect(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                client.close()
