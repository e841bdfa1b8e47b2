"""What one SMTP try did to one mail, per recipient, and what happens next. Pure.

A mail is done when every recipient either got it or was refused for good. A temporary
answer (4xx at any stage, a dropped connection, a timeout) keeps the rest of the recipients
pending with a backoff; those the server accepted are never sent to again (the outbox asks
only for who is left, and the Message-ID stays the same, so even a resend after a crash is
recognisable). The outbox does the talking (daemon/edges/smtp.py); this module only decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Attempt:
    """The server's answer to one try, per recipient asked for. A reply is the server's code
    and enhanced status ("550 5.7.1"), never its free text (which may quote the address)."""

    accepted: tuple[str, ...] = ()
    deferred: dict[str, str] = field(default_factory=dict)  # address -> reply: try again later
    refused: dict[str, str] = field(default_factory=dict)  # address -> reply: refused for good
    stage: str = "done"  # where the try ended: connect, mail, rcpt, data, done


@dataclass(frozen=True)
class Progress:
    """How sending one mail stands: who got it, who was refused, since when it is deferred."""

    delivered: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    deferred_since: datetime | None = None
    warned: bool = False  # the HQ desk was told that this mail is late

    def left(self, to: tuple[str, ...]) -> tuple[str, ...]:
        """The recipients still to be tried."""
        done = {a.lower() for a in self.delivered + self.refused}
        return tuple(a for a in to if a.lower() not in done)


@dataclass(frozen=True)
class Settled:
    progress: Progress
    status: str  # pending / sent / failed
    attempts: int
    next_attempt_at: datetime | None  # when pending
    error: str | None  # what went wrong, for the row and the log (codes and stages only)
    refused_now: dict[str, str]  # newly refused for good: tell the case and the desk
    warn: bool  # deferred for longer than the warning time: tell the desk (once)


def backoff(retry_seconds: tuple[float, ...], attempts: int) -> float:
    """The wait after the ``attempts``-th try: the configured waits, the last one repeated."""
    return retry_seconds[min(max(attempts, 1) - 1, len(retry_seconds) - 1)] if retry_seconds else 60.0


def settle(to: tuple[str, ...], before: Progress, attempt: Attempt, attempts: int, now: datetime,
           retry_seconds: tuple[float, ...], warn_after: timedelta | None) -> Settled:
    """Fold one try into the mail's progress (``attempts`` counts tries before this one)."""
    attempts += 1
    progress = Progress(
        delivered=tuple(dict.fromkeys(before.delivered + attempt.accepted)),
        refused=tuple(dict.fromkeys(before.refused + tuple(attempt.refused))),
        deferred_since=before.deferred_since, warned=before.warned,
    )
    left = progress.left(to)
    problems = [f"{reply} at {attempt.stage} for {len(addrs)} recipient(s)" for reply, addrs in
                _by_reply(attempt.deferred | attempt.refused).items()]
    error = "; ".join(problems) or None
    if not left:
        status = "sent" if progress.delivered else "failed"
        return Settled(Progress(progress.delivered, progress.refused, None, progress.warned), status, attempts,
                       None, error, dict(attempt.refused), False)
    since = progress.deferred_since or now
    late = warn_after is not None and not progress.warned and now - since >= warn_after
    progress = Progress(progress.delivered, progress.refused, since, progress.warned or late)
    due = now + timedelta(seconds=backoff(retry_seconds, attempts))
    return Settled(progress, "pending", attempts, due, error, dict(attempt.refused), late)


def _by_reply(replies: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for address, reply in replies.items():
        out.setdefault(reply, []).append(address)
    return out


@dataclass(frozen=True)
class Trouble:
    """What the outbox tells the app about one mail: some recipients refused for good
    (``refused``), or the mail late for a while (``late_minutes``)."""

    message_id: str
    case_id: str | None
    purpose: str
    to: tuple[str, ...]
    delivered: tuple[str, ...]
    pending: tuple[str, ...]  # still being retried
    refused: dict[str, str] = field(default_factory=dict)  # address -> reply, refused just now
    refused_before: tuple[str, ...] = ()
    late_minutes: float | None = None
    error: str | None = None

    @property
    def done(self) -> bool:
        return not self.pending
