"""An escalation step is due: climb the case's frozen chain and mail the step; past the
last step, repeat it (and tell the HQ desk) until a person acts.

Idempotent: a step fires only when the stored due time has passed, or it is forced, or it
is the step the escalator armed whose wait ran out on the monotonic clock (``armed``: after a
wall-clock step back the stored instant lies ahead, yet its time has passed), and
firing moves the due time on in the same transaction as the mails it queues, so a duplicate
timer or a restart can neither lose nor double a step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Iterable

from daemon.core.case import Case, CaseState, escalate, remind_held
from daemon.core.isotime import from_iso
from daemon.handlers.decision import Decision, SaveCase
from daemon.handlers.mails import desk_alert, escalation_mails

if TYPE_CHECKING:
    from daemon.config.schema import Config

NO_ACK = "no acknowledgement in time"
# a held case has a clock only when it is a possible report waiting for the desk (arm_held)
_CLOCK_RUNS = (CaseState.FORWARDED.value, CaseState.FAILED_DELIVERY.value, CaseState.HELD.value)


def due(case_rows: Iterable[dict]) -> list[tuple[str, datetime]]:
    """(case id, due time) of every case with a running clock, from the stored rows."""
    return [(row["id"], from_iso(row["next_due_at"])) for row in case_rows
            if row.get("next_due_at") and row.get("state") in _CLOCK_RUNS]


def is_due(case: Case, now: datetime, armed: datetime | None = None) -> bool:
    """The stored step is due: its time has passed, or it is the step whose wait ran out."""
    return case.next_due_at is not None and (case.next_due_at <= now or case.next_due_at == armed)


def handle(case: Case | None, config: Config, now: datetime, reason: str = NO_ACK,
           force: bool = False, armed: datetime | None = None) -> Decision[datetime | None]:
    """The outcome is the case's next due time (None: no clock any more)."""
    if case is None:
        return Decision((), None)
    if case.state is CaseState.HELD:
        return held(case, config, now, force or is_due(case, now, armed))
    if not case.open or not (force or is_due(case, now, armed)):
        return Decision((), case.next_due_at if case.open else None)
    case, new = climb(case, now, reason, config)
    return Decision((*(escalation_mails(case, new, config) if new else ()), SaveCase(case)), case.next_due_at)


def climb(case: Case, now: datetime, reason: str, config: Config) -> tuple[Case, tuple[str, ...]]:
    """One step up the frozen chain; after the last step, the last step and the HQ desk again
    every ``repeat_last_step_minutes`` (escalation never ends quietly)."""
    return escalate(case, now, reason, config.minute_seconds, repeat_minutes=config.repeat_last_step_minutes,
                    desk=config.hq_desk)


def held(case: Case, config: Config, now: datetime, force: bool = False) -> Decision[datetime | None]:
    """A possible report nobody has decided on: an urgent reminder to the HQ desk, from the
    second one on copied to the state control room, every high-risk deadline."""
    if case.next_due_at is None or (not force and case.next_due_at > now):
        return Decision((), case.next_due_at)
    case, count = remind_held(case, now, config.minute_seconds)
    alert = desk_alert(case, "report_possible_reminder", count=count)
    if count >= 2:
        alert = replace(alert, purpose=f"desk-alert-{count}", cc=(config.state_control_room,))
    else:
        alert = replace(alert, purpose=f"desk-alert-{count}")
    return Decision((alert, SaveCase(case)), case.next_due_at)
