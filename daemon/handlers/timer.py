"""An escalation step is due: climb the case's frozen chain and mail the step.

Idempotent: a step fires only when the stored due time has passed (or it is forced), and
firing moves the due time on in the same transaction as the mails it queues, so a duplicate
timer or a restart can neither lose nor double a step."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Iterable

from daemon.core.case import Case, CaseState, escalate
from daemon.core.isotime import from_iso
from daemon.handlers.decision import Decision, SaveCase
from daemon.handlers.mails import escalation_mails

if TYPE_CHECKING:
    from daemon.config.schema import Config

NO_ACK = "no acknowledgement in time"
_CLOCK_RUNS = (CaseState.FORWARDED.value, CaseState.FAILED_DELIVERY.value)


def due(case_rows: Iterable[dict]) -> list[tuple[str, datetime]]:
    """(case id, due time) of every case with a running clock, from the stored rows."""
    return [(row["id"], from_iso(row["next_due_at"])) for row in case_rows
            if row.get("next_due_at") and row.get("state") in _CLOCK_RUNS]


def handle(case: Case | None, config: Config, now: datetime, reason: str = NO_ACK,
           force: bool = False) -> Decision[datetime | None]:
    """The outcome is the case's next due time (None: no clock any more)."""
    if case is None:
        return Decision((), None)
    if not case.open or (not force and (case.next_due_at is None or case.next_due_at > now)):
        return Decision((), case.next_due_at if case.open else None)
    case, new = escalate(case, now, reason, config.minute_seconds)
    return Decision((*(escalation_mails(case, new) if new else ()), SaveCase(case)), case.next_due_at)
