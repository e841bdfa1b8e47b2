"""CLOSE <outcome>, SAFE, HOSPITAL, NOT FOUND, FALSE ALARM: the case ends with an outcome.
With [feedback] enabled, the post and its outcome become a labelled example (handlers/feedback)."""

from __future__ import annotations

from daemon.core.case import Case, close
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard
from daemon.handlers.feedback import on_close

GUARD = Guard(on_held=True)  # the desk may close a held report (a false alarm, a duplicate)


def run(case: Case, command: Command, by: By) -> Done:
    closed = close(case, by.sender, by.now, command.argument)
    return Done(closed, f"closed: {command.argument}", on_close(case, closed, by.config, by.now))
