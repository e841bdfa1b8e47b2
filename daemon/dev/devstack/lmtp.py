"""Minimal LMTP delivery (RFC 2033) used by both ``MailStack.deliver`` and the relay.

smtplib.LMTP reads only one reply after DATA; LMTP sends one per accepted recipient, so
the remaining replies are read here to learn each recipient's fate.
"""

from __future__ import annotations

import smtplib
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class LmtpResult:
    data_sent_at: float                 # time.time() just before DATA
    refused: dict[str, tuple[int, str]]  # rcpt -> (code, text) for every recipient not delivered


class LmtpError(Exception):
    """Delivery failed for at least one recipient (``result.refused`` says which)."""

    def __init__(self, message: str, result: LmtpResult | None = None) -> None:
        super().__init__(message)
        self.result = result


def lmtp_deliver(host: str, port: int, mail_from: str, rcpts: list[str] | tuple[str, ...],
                 raw: bytes, timeout: float = 10.0) -> LmtpResult:
    """Deliver ``raw`` to every recipient; returns the per-recipient outcome (never partial silence)."""
    refused: dict[str, tuple[int, str]] = {}
    with smtplib.LMTP(host, port, local_hostname="localhost", timeout=timeout) as conn:
        conn.ehlo_or_helo_if_needed()
        code, msg = conn.mail(mail_from)
        if code != 250:
            raise LmtpError(f"LMTP MAIL FROM refused: {code} {msg.decode(errors='replace')}")
        accepted = []
        for rcpt in rcpts:
            code, msg = conn.rcpt(rcpt)
            if code in (250, 251):
                accepted.append(rcpt)
            else:
                refused[rcpt] = (code, msg.decode(errors="replace"))
        sent_at = time.time()
        if not accepted:
            conn.rset()
            return LmtpResult(sent_at, refused)
        code, msg = conn.data(raw)
        replies = [(code, msg)] + [conn.getreply() for _ in accepted[1:]]
        for rcpt, (code, msg) in zip(accepted, replies):
            if code != 250:
                refused[rcpt] = (code, msg.decode(errors="replace"))
    return LmtpResult(sent_at, refused)
