"""STATUS (स्थिति, HQ desk only): the case's timeline is mailed to the desk."""

from __future__ import annotations

from daemon.core.case import Case, with_event
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard
from daemon.handlers.mails import case_mail

GUARD = Guard(desk_only=True, on_held=True)


def run(case: Case, command: Command, by: By) -> Done:
    mail = case_mail(case, "status", "status", (by.sender,))  # the timeline as it is, before this request
    return Done(with_event(case, by.now, "status_sent", by.sender), "timeline sent", (mail,))
