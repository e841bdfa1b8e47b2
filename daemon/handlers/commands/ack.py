"""ACK (प्राप्त, OK, RECEIVED ...): the case is acknowledged; the clock stops."""

from __future__ import annotations

from daemon.core.case import Case, acknowledge
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard

GUARD = Guard()


def run(case: Case, command: Command, by: By) -> Done:
    """The first acknowledgement sets who and when; later ones are notes."""
    before = case.state
    case = acknowledge(case, by.sender, by.now, command.line)
    return Done(case, "acknowledged" if case.state is not before else "noted")
