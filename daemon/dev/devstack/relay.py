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
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from typing import Callable, NamedTuple

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
    clock: float                # the same moment on Picky's clock, to compare with its windows


class Refusal(NamedTuple):
    """One 4xx/5xx the relay gave. ``time`` is the wall clock (to compare with the daemon's
    timestamps); ``clock`` is Picky's own (monotonic) clock, which its greylist windows run
    on: a wall clock stepped by NTP mid-test shifts the one and not the other."""

    time: float
    stage: str
    rcpt: str
    code: int
    clock: float


def message_id_of(raw: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    return str(value).strip() if value else None


@dataclass
class Picky:
    """What a real, picky mail server does, switched on by tests: greylisting at RCPT or at
    DATA (451 until ``seconds`` have passed since the (client, sender, recipient) triplet was
    first seen, as postgrey does) and recipients refused for good (550). Off by default.
    ``replies`` lists every 4xx/5xx it gave, as Refusals."""

    greylist_rcpt_seconds: float = 0.0
    greylist_data_seconds: float = 0.0
    refuse: frozenset[str] = frozenset()
    clock: Callable[[], float] = time.monotonic
    replies: list[Refusal] = field(default_factory=list)
    _seen: dict[tuple[str, str, str, str], float] = field(default_factory=dict)

    def _greylisted(self, stage: str, seconds: float, peer: str, sender: str, rcpt: str) -> bool:
        if seconds <= 0:
            return False
        now = self.clock()
        first = self._seen.setdefault((stage, peer, sender.lower(), rcpt.lower()), now)
        return now - first < seconds

    def _reply(self, stage: str, rcpt: str, code: int, text: str) -> str:
        self.replies.append(Refusal(time.time(), stage, rcpt, code, self.clock()))
        return f"{code} {text}"

    def at_rcpt(self, peer: str, sender: str, rcpt: str) -> str | None:
        """A refusal for this RCPT, or None to go on."""
        if rcpt.lower() in self.refuse:
            return self._reply("rcpt", rcpt, 550, f"5.7.1 <{rcpt}>: Recipient address rejected: mailbox disabled")
        if self._greylisted("rcpt", self.greylist_rcpt_seconds, peer, sender, rcpt):
            return self._reply("rcpt", rcpt, 451, f"4.7.1 <{rcpt}>: Recipient address rejected: greylisted, try again later")
        return None

    def at_data(self, peer: str, sender: str, rcpts: tuple[str, ...]) -> str | None:
        """451 for the whole mail while any of its triplets is in its DATA greylist window."""
        waiting = [r for r in rcpts if self._greylisted("data", self.greylist_data_seconds, peer, sender, r)]
        if waiting:
            return self._reply("data", ",".join(waiting), 451, "4.7.1 Greylisted at DATA, try again later")
        return None


class RelayHandler:
    """aiosmtpd handler: known recipients only, LMTP before 250, 451 when LMTP fails; plus
    whatever ``picky`` is set to (greylisting, refused recipients)."""

    def __init__(self, users: frozenset[str], lmtp: tuple[str, int],
                 record: Callable[[Accepted], None]) -> None:
        self.users, self.lmtp, self.record = users, lmtp, record
        self.picky = Picky()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if re.sub(r"\+[^@]*@", "@", address.lower()) not in self.users:  # user+detail@ is user@
            return f"550 5.1.1 <{address}>: Recipient address rejected: user unknown"
        refusal = self.picky.at_rcpt(_peer(session), envelope.mail_from or "", address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        refusal = self.picky.at_data(_peer(session), envelope.mail_from or "", tuple(envelope.rcpt_tos))
        if refusal:
            return refusal
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
        self.record(Accepted(time.time(), mail_from, rcpts, message_id_of(raw), raw, self.picky.clock()))
        return "250 2.0.0 OK delivered"


def _peer(session) -> str:
    peer = getattr(session, "peer", None)
    return str(peer[0]) if isinstance(peer, tuple) and peer else str(peer)


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
