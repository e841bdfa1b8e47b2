"""REACHED (पहुँचे, ON SPOT ...): someone is with the person."""

from __future__ import annotations

from daemon.core.case import Case, attend
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard

GUARD = Guard()


def run(case: Case, command: Command, by: By) -> Done:
    return Done(attend(case, by.sender, by.now, command.line), "recorded: reached the person")
