"""The outbox's per-recipient outcomes against a real SMTP server (aiosmtpd on loopback) that
greylists at RCPT or at DATA and refuses chosen recipients, as the devstack relay does.
No SMTP is mocked: the server's answers are real replies on a real socket. Time is a clock
the test moves (the server's greylist clock and the outbox's), so a 60 s window costs nothing."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller

from daemon.config.schema import SmtpConfig
from daemon.core.delivery import Trouble
from daemon.core.outgoing import OutgoingMail
from daemon.dev.devstack import free_port
from daemon.dev.devstack.relay import Picky, message_id_of
from daemon.edges.smtp import Outbox
from daemon.store.engine import Store
from tests.helpers import Clock

A, B = "si-asha-ratanada@police.example.in", "do-ratanada-jdh@police.example.in"
SENDER = "lifeline@police.example.in"


class Seconds:
    """The server's monotonic clock, moved by hand."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


class MemoryHandler:
    """aiosmtpd handler with the relay's pickiness; keeps what it accepted in memory."""

    def __init__(self) -> None:
        self.picky = Picky()
        self.accepted: list[tuple[tuple[str, ...], str | None]] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.picky.at_rcpt(session.peer[0], envelope.mail_from or "", address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        refusal = self.picky.at_data(session.peer[0], envelope.mail_from or "", tuple(envelope.rcpt_tos))
        if refusal:
            return refusal
        with self.lock:
            self.accepted.append((tuple(envelope.rcpt_tos), message_id_of(envelope.original_content)))
        return "250 2.0.0 OK"

    def copies(self, address: str) -> int:
        return sum(address in rcpts for rcpts, _ in self.accepted)


@pytest.fixture
def server():
    handler = MemoryHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), server_hostname="localhost")
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


class Harness:
    def __init__(self, tmp_path, port: int, handler: MemoryHandler, **picky) -> None:
        self.clock, self.seconds = Clock(), Seconds()
        handler.picky = Picky(**picky, clock=self.seconds)
        self.handler = handler
        self.store = Store(tmp_path / "lifeline.json")
        self.troubles: list[Trouble] = []
        smtp = SmtpConfig(host="127.0.0.1", port=port, security="none", from_address=SENDER, timeout_seconds=5)
        self.outbox = Outbox(self.store, smtp, (1.0, 2.0, 5.0), self.clock, self.troubles.append, warn_minutes=3)
        self.n = 0

    def queue(self, *to: str, purpose: str = "forward") -> str:
        self.n += 1
        mid = f"LL-2026-000001.{purpose}.{self.n}@lifeline.police.example.in"
        raw = (f"From: {SENDER}\r\nTo: {', '.join(to)}\r\nSubject: test\r\nMessage-ID: <{mid}>\r\n\r\nbody\r\n").encode()
        self.store.add_outgoing(OutgoingMail.queued(mid, "LL-2026-000001", purpose, to, self.clock()), raw)
        return mid

    def advance(self, seconds: float) -> None:
        self.clock.value += timedelta(seconds=seconds)
        self.seconds.value += seconds

    def send(self) -> float:
        return asyncio.run(self._send())

    async def _send(self) -> float:
        try:
            return await self.outbox.send_due()
        finally:
            await self.outbox._disconnect()

    def row(self, mid: str) -> OutgoingMail:
        return self.store.outgoing(mid)


def test_greylisting_at_rcpt_is_retried_until_accepted_once(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler, greylist_rcpt_seconds=60)
    mid = h.queue(A, B)
    tries = 0
    while h.row(mid).status == "pending":
        wait = h.send()
        tries += 1
        assert tries < 40
        h.advance(wait)
    row = h.row(mid)
    assert row.status == "sent" and row.refused == ()
    assert handler.copies(A) == handler.copies(B) == 1
    assert all(m == f"<{mid}>" for _, m in handler.accepted)
    greylisted = [r for r in handler.picky.replies if r.code == 451]
    assert greylisted and all(r.stage == "rcpt" for r in greylisted)
    assert h.troubles == []  # 60 s is less than send_warn_minutes: the desk is not bothered


def test_greylisting_at_data_is_retried_and_the_row_says_why(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler, greylist_data_seconds=60)
    mid = h.queue(A)
    assert h.send() == pytest.approx(1.0, abs=0.2)
    row = h.row(mid)
    assert row.status == "pending" and row.attempts == 1
    assert row.last_error == "451 4.7.1 at data for 1 recipient(s)"
    assert row.deferred_since == h.clock()
    h.advance(61)
    h.send()
    assert h.row(mid).status == "sent" and handler.copies(A) == 1


def test_one_recipient_refused_for_good_others_get_it(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler, refuse=frozenset({B}))
    mid = h.queue(A, B)
    h.send()
    row = h.row(mid)
    assert row.status == "sent" and row.refused == (B,)
    assert handler.copies(A) == 1 and handler.copies(B) == 0
    [trouble] = h.troubles
    assert trouble.refused == {B: "550 5.7.1"} and trouble.mail.delivered == (A,) and trouble.pending == ()
    assert h.outbox._wake.is_set()  # the desk notice it causes goes out now, not at the idle timer


def test_every_recipient_refused_fails_the_mail(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler, refuse=frozenset({A, B}))
    mid = h.queue(A, B)
    h.send()
    row = h.row(mid)
    assert row.status == "failed" and sorted(row.refused) == sorted([A, B])
    assert "550 5.7.1 at rcpt for 2 recipient(s)" == row.last_error
    [trouble] = h.troubles
    assert trouble.mail.delivered == () and trouble.pending == () and set(trouble.refused) == {A, B}


def test_accepted_recipients_are_not_sent_again_while_one_is_deferred(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler, greylist_rcpt_seconds=60)
    # A is known to the server already (an earlier mail passed greylisting); B is new
    h.queue(A)
    h.send()
    h.advance(61)
    h.send()
    assert handler.copies(A) == 1
    mid = h.queue(A, B)
    h.send()
    row = h.row(mid)
    assert row.status == "pending" and row.delivered == (A,)
    assert handler.copies(A) == 2  # the first mail and this one, once
    # the partial delivery is durable: a restart does not send to A again
    h.store.close()
    h.store = h.outbox.store = Store(tmp_path / "lifeline.json")
    assert h.row(mid).delivered == (A,)
    h.advance(61)
    h.send()
    assert h.row(mid).status == "sent"
    assert handler.copies(A) == 2 and handler.copies(B) == 1
    assert handler.accepted[-1] == ((B,), f"<{mid}>")


def test_a_deferred_and_a_refused_recipient_are_handled_apart(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler, greylist_rcpt_seconds=60, refuse=frozenset({B}))
    mid = h.queue(A, B)
    h.send()
    [trouble] = h.troubles  # the refusal is reported at once, while A is still retried
    assert trouble.refused == {B: "550 5.7.1"} and trouble.pending == (A,)
    h.advance(61)
    h.send()
    row = h.row(mid)
    assert row.status == "sent" and row.refused == (B,) and handler.copies(A) == 1
    assert len(h.troubles) == 1  # B is not reported twice


def test_a_server_that_stays_away_warns_the_desk_once(tmp_path, server):
    handler, port = server
    h = Harness(tmp_path, port, handler)
    h.outbox.smtp = h.outbox.smtp.model_copy(update={"port": free_port()})  # nobody listens there
    mid = h.queue(A)
    for _ in range(60):  # 60 tries, 5 s apart once the backoff tops out: 5 minutes
        h.advance(h.send())
    row = h.row(mid)
    assert row.status == "pending" and row.warned is True
    assert row.last_error.endswith("at connect for 1 recipient(s)")
    [trouble] = h.troubles
    assert trouble.late_minutes == pytest.approx(3, abs=0.2) and trouble.pending == (A,)
    # the server comes back: sent, once
    h.outbox.smtp = h.outbox.smtp.model_copy(update={"port": port})
    h.send()
    assert h.row(mid).status == "sent" and handler.copies(A) == 1


def test_a_wall_clock_step_back_delays_no_retry(tmp_path, server):
    """The retry waits on the monotonic clock: after a step back of 10 minutes it is still
    tried when its backoff (1 s) has passed, not 10 minutes later."""
    handler, port = server
    h = Harness(tmp_path, port, handler, greylist_data_seconds=0.5)
    h.outbox = Outbox(h.store, h.outbox.smtp, (1.0, 2.0, 5.0), h.clock, h.troubles.append, monotonic=h.seconds)
    mid = h.queue(A)
    assert h.send() == pytest.approx(1.0, abs=0.01)
    h.clock.value -= timedelta(minutes=10)
    assert h.send() <= 1.0 and h.row(mid).attempts == 1  # not yet: only the backoff counts
    h.advance(1.0)
    h.send()
    assert h.row(mid).status == "sent" and h.row(mid).attempts == 2 and handler.copies(A) == 1


def test_a_lookalike_non_ascii_address_is_refused_and_the_outbox_goes_on(tmp_path, server):
    # a refusal to a forged sender with a Cyrillic "о" in its domain once raised
    # UnicodeEncodeError inside aiosmtplib and stopped the outbox for good
    handler, port = server
    h = Harness(tmp_path, port, handler)
    lookalike = "scrb-hq-desk@pоlice.example.in"  # Cyrillic о
    first = h.queue(A, lookalike)
    second = h.queue(B)
    h.send()
    row = h.row(first)
    assert row.status == "sent" and row.refused == (lookalike,)
    assert handler.copies(A) == 1 and h.row(second).status == "sent" and handler.copies(B) == 1
    [trouble] = h.troubles
    assert trouble.refused == {lookalike: "not sent: the address is not plain ASCII"}


def test_a_mail_whose_sending_raises_stays_queued_and_the_others_go_out(tmp_path, server, monkeypatch):
    handler, port = server
    h = Harness(tmp_path, port, handler)
    broken, fine = h.queue(A), h.queue(B)
    real = h.store.outgoing_raw

    def raw_of(mail):
        if mail.message_id == broken:
            raise RuntimeError("a bug")
        return real(mail)

    monkeypatch.setattr(h.store, "outgoing_raw", raw_of)
    wait = h.send()
    assert h.row(fine).status == "sent" and handler.copies(B) == 1
    assert h.row(broken).status == "pending" and handler.copies(A) == 0
    assert 0 < wait <= 60
    monkeypatch.setattr(h.store, "outgoing_raw", real)
    h.advance(61)
    h.send()
    assert h.row(broken).status == "sent" and handler.copies(A) == 1
