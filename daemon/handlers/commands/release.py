"""RELEASE (HQ desk only): a held case is forwarded to its station with the clock started."""

from __future__ import annotations

from daemon.core.case import Case, CaseState, release
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard
from daemon.handlers.mails import forward

GUARD = Guard(desk_only=True, on_held=True)


def run(case: Case, command: Command, by: By) -> Done:
    held = case.state is CaseState.HELD
    case = release(case, by.sender, by.now, command.line, by.config.minute_seconds)
    if not held:
        return Done(case, "case is not held; nothing released")
    return Done(case, f"released and forwarded to {case.route.label}", (forward(case),))
