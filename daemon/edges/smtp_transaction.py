"""One SMTP mail transaction (MAIL, RCPT per recipient, DATA), answered per recipient.

aiosmtplib's ``sendmail`` drops the per-recipient answers when DATA fails and folds a 4xx
and a 5xx at RCPT into one exception, so the commands are driven here one by one: each
recipient's RCPT answer is kept, and a DATA answer applies to those RCPT accepted.
A 4xx anywhere is "try again later", a 5xx is "refused for good"; a dropped connection or a
timeout is "try again later" for everyone not yet accepted (after DATA was sent this is
ambiguous: the resend carries the same Message-ID, so it is recognisable).
"""

from __future__ import annotations

import asyncio
import re

import aiosmtplib

from daemon.core.delivery import Attempt

_ENHANCED = re.compile(r"^\s*([245]\.\d{1,3}\.\d{1,3})\b")


def reply_of(exc: aiosmtplib.SMTPResponseException) -> str:
    """The server's code and enhanced status ("451 4.7.1"); its free text is left out (it
    may quote addresses and is not needed to tell what failed)."""
    enhanced = _ENHANCED.match(exc.message or "")
    return f"{exc.code} {enhanced.group(1)}" if enhanced else str(exc.code)


# A lookalike address (a Cyrillic letter in the domain) cannot be put in RCPT TO without
# SMTPUTF8: a refusal for that address, never an exception that stops the outbox.
NOT_ASCII = "not sent: the address is not plain ASCII"


def permanent(code: int) -> bool:
    return 500 <= code < 600


NETWORK_ERRORS = (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError)


async def transact(client: aiosmtplib.SMTP, sender: str, recipients: tuple[str, ...], raw: bytes) -> Attempt:
    """Offer ``raw`` to ``recipients`` on a connected client. Network errors propagate (the
    caller drops the connection); every SMTP answer becomes part of the Attempt."""
    options = [f"SIZE={len(raw)}"] if client.supports_extension("size") else []
    try:
        await client.mail(sender, options=options)
    except aiosmtplib.SMTPResponseException as exc:
        await _reset(client)
        return _everyone(recipients, reply_of(exc), permanent(exc.code), "mail")
    accepted: list[str] = []
    deferred: dict[str, str] = {}
    refused: dict[str, str] = {}
    for address in recipients:
        try:
            await client.rcpt(address)
        except aiosmtplib.SMTPRecipientRefused as exc:
            (refused if permanent(exc.code) else deferred)[address] = reply_of(exc)
        except UnicodeEncodeError:  # aiosmtplib encodes before it writes: the line is still clean
            refused[address] = NOT_ASCII
        else:
            accepted.append(address)
    if not accepted:
        await _reset(client)
        return Attempt((), deferred, refused, "rcpt")
    try:
        await client.data(raw)
    except aiosmtplib.SMTPResponseException as exc:
        await _reset(client)
        bucket = refused if permanent(exc.code) else deferred
        bucket.update((address, reply_of(exc)) for address in accepted)
        return Attempt((), deferred, refused, "data")
    return Attempt(tuple(accepted), deferred, refused, "rcpt" if deferred or refused else "done")


def unreachable(recipients: tuple[str, ...], exc: BaseException, stage: str) -> Attempt:
    """The server could not be reached or used (connect, TLS, AUTH, a dropped line): later."""
    reply = reply_of(exc) if isinstance(exc, aiosmtplib.SMTPResponseException) else type(exc).__name__
    return _everyone(recipients, reply, False, stage)


def _everyone(recipients: tuple[str, ...], reply: str, for_good: bool, stage: str) -> Attempt:
    answers = {address: reply for address in recipients}
    return Attempt((), {} if for_good else answers, answers if for_good else {}, stage)


async def _reset(client: aiosmtplib.SMTP) -> None:
    """RSET after a refused transaction so the connection can carry the next mail."""
    try:
        await client.rset()
    except (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPServerDisconnected, OSError, asyncio.TimeoutError):
        client.close()
