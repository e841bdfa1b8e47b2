"""One report the whole way, for real: LMTP -> HQ mailbox -> daemon -> SMTP -> officer's
mailbox (read over IMAP) -> officer's reply over SMTP -> case acknowledged in the store."""

from __future__ import annotations

import email
import email.policy
import time

import aiosmtplib
import asyncio
import pytest

from daemon.dev.devstack.process import store_cases, store_outbox
from tests.helpers import example, numbered_report

pytestmark = pytest.mark.e2e

HQ = "scrb-sm-desk@police.example.in"
JODHPUR_CR = "cr-jodhpur-comm@police.example.in"


def body_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg.get_body(preferencelist=("plain",)).get_content()


def subject(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])


def message_id(raw: bytes) -> str:
    """The Message-ID of a mail (ours carry a MAC: a reply threads to what the officer got)."""
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]).strip().strip("<>")


def wait_until(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def send_as(stack, user: str, raw: bytes, to: str = HQ) -> None:
    async def go():
        await aiosmtplib.send(
            raw, sender=user, recipients=[to], hostname=stack.host, port=stack.smtp_port,
            start_tls=True, username=user, password=stack.password, cert_bundle=str(stack.ca_file),
        )
    asyncio.run(go())


def test_report_forwarded_and_acknowledged(mailstack, daemon):
    t0 = mailstack.deliver(HQ, example("facebook_plain.eml"))
    forward = mailstack.wait_for(JODHPUR_CR, lambda raw: b"LL-2026-000001" in raw, timeout=5)
    elapsed = time.time() - t0
    assert elapsed < 5
    assert subject(forward).startswith("[LL-2026-000001] HIGH risk — self-harm alert — ")
    text = body_text(forward)
    assert "Suresh Meghwal" in text
    assert "+919829041736" in text
    assert "सब को अलविदा। आज रात के बाद किसी को परेशान नहीं करूंगा।" in text

    # the report left INBOX only after its case was durable
    wait_until(lambda: mailstack.messages(HQ, "INBOX") == [], 5, "INBOX to be empty")
    assert len(mailstack.messages(HQ, "Lifeline/Processed")) == 1

    reply = (
        f"From: Control Room Jodhpur <{JODHPUR_CR}>\r\nTo: {HQ}\r\n"
        "Subject: Re: [LL-2026-000001] HIGH risk - self-harm alert\r\n"
        "Message-ID: <ack.1@police.example.in>\r\n"
        f"In-Reply-To: <{message_id(forward)}>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "ACK. प्राप्त हुआ, टीम रवाना कर दी है।\r\n"
    ).encode()
    send_as(mailstack, JODHPUR_CR, reply)

    def acknowledged():
        cases = store_cases(daemon.store_path)
        return cases and cases[0]["state"] == "acknowledged" and cases[0]

    case = wait_until(acknowledged, 10, "the case to be acknowledged")
    assert case["acknowledged_by"] == JODHPUR_CR
    assert case["acknowledged_at"]
    # the move to Replies follows the store write (a mail leaves INBOX only once recorded)
    wait_until(lambda: len(mailstack.messages(HQ, "Lifeline/Replies")) == 1, 5, "the reply to be moved to Replies")


def test_restart_between_intake_and_send_forwards_exactly_once(mailstack, daemon):
    mailstack.stop_smtp()
    mailstack.deliver(HQ, example("facebook_plain.eml"))

    def deferred():
        # the retry count is bookkeeping kept in memory; the daemon's log says a send failed
        mails = [m for m in store_outbox(daemon.store_path) if m["purpose"] == "forward"]
        failed = "send deferred case=LL-2026-000001 purpose=forward" in daemon.process.log_text()
        return failed and mails and mails[0]["status"] == "pending" and mails[0]

    wait_until(deferred, 10, "the forward to be queued and its first send to fail")
    daemon.process.stop()  # SIGTERM with the forward still pending
    mailstack.start_smtp()
    daemon.process.start().wait_ready()

    mailstack.wait_for(JODHPUR_CR, lambda raw: b"LL-2026-000001.forward.1" in raw, timeout=10)
    time.sleep(1.5)  # would a second copy follow?
    copies = [r for r in mailstack.messages(JODHPUR_CR) if b"LL-2026-000001.forward.1" in r]
    assert len(copies) == 1
    [forward_id] = [m["message_id"] for m in store_outbox(daemon.store_path)]
    assert forward_id.startswith("LL-2026-000001.forward.1.")  # the MAC'd id, the same across the restart
    accepted = [a for a in mailstack.accepted if (a.message_id or "").strip().strip("<>") == forward_id]
    assert len(accepted) == 1
    assert [m["status"] for m in store_outbox(daemon.store_path)] == ["sent"]


def test_crash_after_commit_before_send_forwards_exactly_once(mailstack, daemon):
    mailstack.stop_smtp()
    mailstack.deliver(HQ, example("facebook_plain.eml"))
    wait_until(lambda: store_outbox(daemon.store_path), 10, "the forward to be queued")
    daemon.process.kill()  # SIGKILL: no clean shutdown
    mailstack.start_smtp()
    daemon.process.start().wait_ready()
    mailstack.wait_for(JODHPUR_CR, lambda raw: b"LL-2026-000001.forward.1" in raw, timeout=10)
    time.sleep(1.5)
    assert len([r for r in mailstack.messages(JODHPUR_CR) if b"LL-2026-000001" in r]) == 1
    assert len(store_cases(daemon.store_path)) == 1


def test_reports_arriving_together_are_all_forwarded_promptly(mailstack, daemon):
    """A kick from intake while the outbox is busy sending must not be lost (it once was:
    the rest of a burst then waited a minute for the outbox's idle timer)."""
    start = time.time()
    for n in range(1, 21):
        mailstack.deliver(HQ, numbered_report(n))
    wait_until(lambda: len(mailstack.accepted) >= 20, 20, "20 forwards to be accepted")
    assert time.time() - start < 20
    ids = sorted(a.message_id for a in mailstack.accepted)
    assert len(set(ids)) == 20
