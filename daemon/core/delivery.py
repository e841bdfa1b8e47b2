"""What one SMTP try did to one queued mail, per recipient, and what happens next. Pure.

A mail is done when every recipient either got it or was refused for good. A temporary
answer (4xx at any stage, a dropped connection, a timeout) keeps the rest of the recipients
pending with a backoff; those the server accepted are never sent to again (the outbox asks
only for ``OutgoingMail.left()``, and the Message-ID stays the same, so even a resend after
a crash is recognisable). The outbox does the talking (daemon/edges/smtp.py); this decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from daemon.core.outgoing import FAILED, PENDING, SENT, OutgoingMail


@dataclass(frozen=True)
class Attempt:
    """The server's answer to one try, per recipient asked for. A reply is the server's code
    and enhanced status ("550 5.7.1"), never its free text (which may quote the address)."""

    accepted: tuple[str, ...] = ()
    deferred: dict[str, str] = field(default_factory=dict)  # address -> reply: try again later
    refused: dict[str, str] = field(default_factory=dict)  # address -> reply: refused for good
    stage: str = "done"  # where the try ended: connect, send, mail, rcpt, data, done


@dataclass(frozen=True)
class Trouble:
    """What the outbox tells the app about one mail after a try: recipients refused for good
    just now (address -> reply), and/or that it has been deferred for ``late_minutes``."""

    mail: OutgoingMail  # the row as it now stands
    refused: dict[str, str] = field(default_factory=dict)
    late_minutes: float | None = None

    @property
    def pending(self) -> tuple[str, ...]:
        """Still being retried."""
        return self.mail.left() if self.mail.status == PENDING else ()


@dataclass(frozen=True)
class Settled:
    mail: OutgoingMail  # the new row
    trouble: Trouble | None  # for the app, when there is something to tell


def backoff(retry_seconds: tuple[float, ...], attempts: int) -> float:
    """The wait after the ``attempts``-th try: the configured waits, the last one repeated."""
    return retry_seconds[min(max(attempts, 1) - 1, len(retry_seconds) - 1)] if retry_seconds else 60.0


def settle(mail: OutgoingMail, attempt: Attempt, now: datetime, retry_seconds: tuple[float, ...],
           warn_after: timedelta | None) -> Settled:
    """Fold one try into the row."""
    replies: dict[str, list[str]] = {}
    for address, reply in (attempt.deferred | attempt.refused).items():
        replies.setdefault(reply, []).append(address)
    error = "; ".join(f"{reply} at {attempt.stage} for {len(addrs)} recipient(s)" for reply, addrs in replies.items())
    mail = replace(
        mail, attempts=mail.attempts + 1, last_error=error or mail.last_error,
        delivered=tuple(dict.fromkeys(mail.delivered + attempt.accepted)),
        refused=tuple(dict.fromkeys((mail.refused or ()) + tuple(attempt.refused))),
    )
    late = None
    if not mail.left():
        mail = replace(mail, status=SENT if mail.delivered else FAILED, next_attempt_at=None,
                       sent_at=now if mail.delivered else None)
    else:
        since = mail.deferred_since or now
        if warn_after is not None and not mail.warned and now - since >= warn_after:
            late = (now - since).total_seconds() / 60
        mail = replace(mail, status=PENDING, deferred_since=since, warned=mail.warned or late is not None,
                       next_attempt_at=now + timedelta(seconds=backoff(retry_seconds, mail.attempts)))
    trouble = Trouble(mail, dict(attempt.refused), late) if attempt.refused or late is not None else None
    return Settled(mail, trouble)
