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
    when both mails are authentic. Anyone can copy a Message-ID and a From address, so an
    unverified mail never shadows another (the forgery is held, the genuine report that
    follows it is forwarded), nor is it shadowed by one."""
    msg = mail.reading.message
    if earlier is None:
        return None
    same_bytes = earlier.sha256 == msg.sha256
    same_id = bool(msg.message_id) and earlier.message_id == msg.message_id and earlier.authentic and mail.intake_authentic
    if not (same_bytes or same_id):
        return None
    return Decision((), Outcome(earlier.folder, mail.reading.kind.value, earlier.case_id, "duplicate of an earlier intake"))


def recorded(decision: Decision[Outcome], mail: Prepared, *, uidvalidity: int, uid: int,
             now: datetime) -> Decision[Outcome]:
    """The decision with its ledger row added."""
    msg, outcome = mail.reading.message, decision.outcome
    record = IntakeRecord(uidvalidity, uid, msg.sha256, msg.message_id, msg.from_addr, outcome.kind, outcome.folder,
                          outcome.case_id, now, outcome.action, mail.intake_authentic)
    return Decision((*decision.effects, RecordIntake(record)), outcome)
