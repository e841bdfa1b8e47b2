"""Durable sending: mails queued in the store are sent over SMTP and marked sent only after
the server accepted them. Temporary failures retry with backoff; permanent ones (5xx) are
marked failed and reported. After a crash the pending mails are simply still pending.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from datetime import datetime, timedelta
from typing import Callable

import aiosmtplib

from daemon.config.schema import SmtpConfig
from daemon.config.secrets import password
from daemon.core.isotime import from_iso
from daemon.store.engine import Store

log = logging.getLogger("lifeline.outbox")


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()
    return context


class Outbox:
    def __init__(
        self, store: Store, smtp: SmtpConfig, retry_seconds: tuple[float, ...],
        now: Callable[[], datetime], on_failed: Callable[[dict, str], None] | None = None,
    ) -> None:
        self.store, self.smtp, self.retry_seconds, self.now = store, smtp, retry_seconds, now
        self.on_failed = on_failed
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
        now = self.now()
        next_due: datetime | None = None
        for mail in self.store.pending_outgoing():
            if stop is not None and stop.is_set():
                break  # shutting down: what is left stays queued for the next start
            due = from_iso(mail["next_attempt_at"])
            if due > now:
                next_due = due if next_due is None or due < next_due else next_due
                continue
            result = await self._send_one(mail)
            if result is not None:
                next_due = result if next_due is None or result < next_due else next_due
        if next_due is None:
            return 60.0
        return max(0.05, (next_due - self.now()).total_seconds())

    async def _send_one(self, mail: dict) -> datetime | None:
        raw = self.store.outgoing_raw(mail)
        try:
            client = await self._connection()
            errors, _ = await client.sendmail(self.smtp.from_address, mail["to"], raw)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            return self._failed(mail, "all recipients refused: " + "; ".join(f"{r.code}" for r in exc.recipients))
        except aiosmtplib.SMTPResponseException as exc:
            await self._disconnect()
            if 500 <= exc.code < 600:
                return self._failed(mail, f"server refused permanently ({exc.code})")
            return self._retry(mail, f"server refused for now ({exc.code})")
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            await self._disconnect()
            return self._retry(mail, f"{type(exc).__name__}")
        self.store.mark_sent(mail["message_id"], {
            "sent_at": self.now().isoformat(), "attempts": mail["attempts"] + 1, "refused": sorted(errors),
        })
        log.info("sent purpose=%s case=%s", mail["purpose"], mail["case_id"])
        return None

    def _retry(self, mail: dict, error: str) -> datetime:
        attempts = mail["attempts"] + 1
        wait = self.retry_seconds[min(attempts - 1, len(self.retry_seconds) - 1)]
        due = self.now() + timedelta(seconds=wait)
        self.store.update_outgoing(mail["message_id"], {
            "attempts": attempts, "next_attempt_at": due.isoformat(), "last_error": error,
        }, durable=False)
        log.warning("send deferred case=%s purpose=%s attempt=%d error=%s retry_in=%.0fs",
                    mail["case_id"], mail["purpose"], attempts, error, wait)
        return due

    def _failed(self, mail: dict, error: str) -> None:
        self.store.update_outgoing(mail["message_id"], {
            "status": "failed", "attempts": mail["attempts"] + 1, "last_error": error,
        })
        log.error("send failed case=%s purpose=%s error=%s", mail["case_id"], mail["purpose"], error)
        if self.on_failed:
            self.on_failed(mail, error)
        return None

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
