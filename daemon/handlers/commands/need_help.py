"""NEED HELP (मदद चाहिए): acknowledged, and the next chain step is mailed now; with no step
left, the HQ desk is alerted."""

from __future__ import annotations

from daemon.core.case import Case, acknowledge, escalate
from daemon.core.replies import Command
from daemon.handlers.commands.base import By, Done, Guard
from daemon.handlers.mails import desk_alert, escalation_mails

GUARD = Guard()


def run(case: Case, command: Command, by: By) -> Done:
    case = acknowledge(case, by.sender, by.now, command.line)
    case, new = escalate(case, by.now, f"NEED HELP from {by.sender}", by.config.minute_seconds, force=True)
    if new:
        return Done(case, f"escalated to {case.route.chain[case.step].who}", escalation_mails(case, new))
    return Done(case, "HQ desk alerted", (desk_alert(case, "need_help_no_step", sender=by.sender),))
