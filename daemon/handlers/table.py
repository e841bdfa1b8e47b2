"""Which handler decides each kind of mail, and what it needs loaded: the flow as a table.

A new kind of mail is one handler module and one row here. ``daemon.app.apply`` reads the
row, loads what it names from the store, and calls the handler.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Callable

from daemon.handlers import automatic, other, reply, report
from daemon.handlers.decision import Decision, Outcome
from daemon.handlers.inputs import Loaded, Prepared
from daemon.reading.classify import Kind

if TYPE_CHECKING:
    from daemon.config.schema import Config

MailHandler = Callable[[Prepared, Loaded, "Config", datetime], Decision[Outcome]]


def _none(mail: Prepared) -> tuple[str, ...]:
    return ()


@dataclass(frozen=True)
class Row:
    handler: MailHandler
    cases: Callable[[Prepared], tuple[str, ...]] = _none  # ids of the cases to load
    threads: bool = False  # also the cases of our Message-IDs the mail threads to
    same_person: bool = False  # open cases about the same person, and the next case id


TABLE: dict[Kind, Row] = {
    #   kind                 handler            what it needs from the store
    Kind.PLATFORM_REPORT: Row(report.handle, same_person=True),
    Kind.ACK_REPLY: Row(reply.handle, cases=reply.named_cases, threads=True),
    Kind.AUTO_REPLY: Row(automatic.handle, cases=automatic.named_case),
    Kind.BOUNCE: Row(automatic.handle, cases=automatic.named_case),
    Kind.OTHER: Row(other.handle),
    Kind.MALFORMED: Row(other.handle),
}
