"""What a handler returns: effects (plain data, applied by daemon.app.apply) and an outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar, Union

from daemon.core.case import Case
from daemon.core.feedback import Example
from daemon.core.ledger import IntakeRecord

# The Lifeline sub-folders of the HQ mailbox a handled mail is moved to.
PROCESSED, REPLIES, HELD, QUARANTINE = "Processed", "Replies", "Held", "Quarantine"


@dataclass(frozen=True)
class OpenCase:
    """A new case: its id is the next of its year's sequence."""

    case: Case


@dataclass(frozen=True)
class SaveCase:
    """Store the case; its new events go to the audit chain with it."""

    case: Case


@dataclass(frozen=True)
class QueueMail:
    """Render ``template`` with ``context`` and queue it; the Message-ID is made of key and purpose."""

    key: str
    purpose: str
    template: str
    context: dict = field(compare=False)
    to: tuple[str, ...]
    case_id: str | None
    images: tuple[tuple[str, bytes], ...] = field(default=(), compare=False)  # (Content-ID, PNG) inline
    message_id_domain: str | None = None  # another Message-ID domain (the canary's report only)


@dataclass(frozen=True)
class NotifyDesk:
    """A desk notice (templates/desk_notice) to the HQ desk, and to ``cc`` (admins) if any."""

    key: str
    purpose: str
    context: dict = field(compare=False)
    case_id: str | None
    cc: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordIntake:
    record: IntakeRecord


@dataclass(frozen=True)
class RecordBounce:
    """A bounce named this address as unreachable: counted, for the desk to fix the config."""

    address: str
    case_id: str
    at: datetime


@dataclass(frozen=True)
class CanaryBack:
    """The canary's forward came back into the HQ mailbox: the whole path works."""

    canary_id: str
    at: datetime


@dataclass(frozen=True)
class RecordFeedback:
    """The case's labelled example for the feedback file ([feedback] enabled); ``example``
    None withdraws an earlier one (the case was closed again with an outcome that teaches
    nothing). Written after the store's transaction commits."""

    case_id: str
    example: Example | None


Effect = Union[OpenCase, SaveCase, QueueMail, NotifyDesk, RecordIntake, RecordBounce, CanaryBack, RecordFeedback]

T = TypeVar("T")


@dataclass(frozen=True)
class Decision(Generic[T]):
    effects: tuple[Effect, ...]
    outcome: T


@dataclass(frozen=True)
class Outcome:
    """What became of one incoming mail."""

    folder: str  # Lifeline sub-folder the mail is moved to
    kind: str
    case_id: str | None
    action: str  # short, privacy-safe description for logs
