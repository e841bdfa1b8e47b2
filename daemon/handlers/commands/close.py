"""CLOSE <outcome>, SAFE, HOSPITAL, NOT FOUND, FALSE ALARM: the case ends with an outcome."""

from __future__ import annotations

from daemon.core.case import Case, close
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard

GUARD = Guard(on_held=True)  # the desk may close a held report (a false alarm, a duplicate)


def run(case: Case, command: Command, by: By) -> Done:
    return Done(close(case, by.sender, by.now, command.argument), f"closed: {command.argument}")
