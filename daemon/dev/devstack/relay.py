"""The loopback SMTP submission relay: STARTTLS, then AUTH, then delivery into Dovecot.

It answers 250 to DATA only after LMTP delivered to every recipient, so "accepted" means
"in the mailbox" — the property the daemon's outbox relies on. aiosmtpd gives a real,
RFC-conformant server (STARTTLS, AUTH PLAIN/LOGIN) that would take pages to write.
"""

from __future__ import annotations

import re
import asyncio
import hmac
import logging
import ssl
import threading
import time
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from typing import Callable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from .lmtp import lmtp_deliver

# aiosmtpd logs a deprecation warning about its own Session.login_data on every AUTH, even
# though nothing here uses that attribute; drop just that line.
logging.getLogger("mail.log").addFilter(lambda record: "login_data is deprecated" not in record.getMessage())


@dataclass(frozen=True)
class Accepted:
    time: float                 # time.time() when 250 was about to be answered
    mail_from: str
    rcpts: tuple[str, ...]
    message_id: str | None
    raw: bytes


def message_id_of(raw: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    return str(value).strip() if value else None


class RelayHandler:
    """aiosmtpd handler: known recipients only, LMTP before 250, 451 when LMTP fails."""

    def __init__(self, users: frozenset[str], lmtp: tuple[str, int],
                 record: Callable[[Accepted], None]) -> None:
        self.users, self.lmtp, self.record = users, lmtp, record

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if re.sub(r"\+[^@]*@", "@", address.lower()) not in self.users:  # user+detail@ is user@
            return f"550 5.1.1 <{address}>: Recipient address rejected: user unknown"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        mail_from = envelope.mail_from or ""
        rcpts = tuple(envelope.rcpt_tos)
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(
                None, lmtp_deliver, self.lmtp[0], self.lmtp[1], mail_from, rcpts, raw)
        except Exception as exc:  # noqa: BLE001 — any LMTP trouble (refused, timeout, protocol) is temporary for the client
            return f"451 4.3.0 local delivery failed: {type(exc).__name__}"
        if result.refused:
            code = min(c for c, _ in result.refused.values())
            return f"451 4.3.0 local delivery failed for {len(result.refused)} recipient(s) (LMTP {code})"
        self.record(Accepted(time.time(), mail_from, rcpts, message_id_of(raw), raw))
        return "250 2.0.0 OK delivered"


class Relay:
    """Owns the aiosmtpd Controller; stop()/start() keep the same port for fault tests."""

    def __init__(self, users: frozenset[str], password: str, lmtp: tuple[str, int],
                 tls: ssl.SSLContext, port: int, host: str = "127.0.0.1") -> None:
        self.host, self.port, self.password, self.tls = host, port, password, tls
        self.accepted: list[Accepted] = []
        self._lock = threading.Lock()
        self.handler = RelayHandler(users, lmtp, self._record)
        self.users = users
        self._controller: Controller | None = None

    def _record(self, item: Accepted) -> None:
        with self._lock:
            self.accepted.append(item)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace").lower()
        ok = login in self.users and hmac.compare_digest(auth_data.password, self.password.encode())
        return AuthResult(success=ok, handled=False)

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller:
            return
        controller = Controller(
            self.handler, hostname=self.host, port=self.port,
            server_hostname="localhost", ready_timeout=10.0,  # server_hostname = greeting name (no DNS)
            tls_context=self.tls, require_starttls=True,
            auth_required=True, auth_require_tls=True, authenticator=self._authenticate,
            enable_SMTPUTF8=True, data_size_limit=50 * 1024 * 1024,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller:
            controller.stop()
