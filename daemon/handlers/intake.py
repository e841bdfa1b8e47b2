"""The intake ledger's rules: a mail seen before changes nothing, and every mail handled is
recorded. Pure."""

from __future__ import annotations

from datetime import datetime

from daemon.core.ledger import IntakeRecord
from daemon.handlers.decision import Decision, Outcome, RecordIntake
from daemon.handlers.inputs import Prepared


def already_handled(earlier: IntakeRecord) -> Outcome:
    """The same (UIDVALIDITY, UID) again: a crash or reconnect before the mail was moved."""
    return Outcome(earlier.folder, earlier.kind, earlier.case_id, "already handled")


def duplicate(mail: Prepared, earlier: IntakeRecord | None) -> Decision[Outcome] | None:
    """The same mail under another UID (re-delivered): the same bytes, or the same Message-ID
    from the same sender, so that a forgery reusing a Message-ID never shadows a report."""
    msg = mail.reading.message
    if earlier is None or (earlier.sha256 != msg.sha256 and earlier.from_addr != msg.from_addr):
        return None
    return Decision((), Outcome(earlier.folder, mail.reading.kind.value, earlier.case_id, "duplicate of an earlier intake"))


def recorded(decision: Decision[Outcome], mail: Prepared, *, uidvalidity: int, uid: int,
             now: datetime) -> Decision[Outcome]:
    """The decision with its ledger row added."""
    msg, outcome = mail.reading.message, decision.outcome
    record = IntakeRecord(uidvalidity, uid, msg.sha256, msg.message_id, msg.from_addr, outcome.kind, outcome.folder,
                          outcome.case_id, now, outcome.action)
    return Decision((*decision.effects, RecordIntake(record)), outcome)
