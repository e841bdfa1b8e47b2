"""A platform report: a new case forwarded to its station, a repeat joined to the open case
about the same person, or a case held for the HQ desk when the report is not verified."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.case import Case, CaseState, arm, attach_repeat, open_case, repeat_of, with_event
from daemon.core.verdict import NOT_PLATFORM
from daemon.handlers.decision import HELD, PROCESSED, Decision, Effect, OpenCase, Outcome, SaveCase
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail, case_mail, forward

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading, risk, where = mail.reading, mail.risk, mail.route
    assert reading.report is not None and risk is not None and where is not None
    hold = None
    if not mail.authentic:
        # what actually failed (core.verdict.FAILURES); the verdict's truth is not its presence
        why = mail.verdict.reason if mail.verdict is not None else f"{NOT_PLATFORM}: the sender's domain is not trusted"
        hold = f"not verified as sent by the platform: {why}"
    else:
        earlier = repeat_of(loaded.same_person, reading.report, now, config.repeat_window_hours)
        if earlier is not None:
            return repeat(earlier, mail, config, now)
    case_id = loaded.new_case_id
    case = open_case(case_id, reading.report, risk, where, authentic=mail.authentic,
                     source_message_id=reading.message.message_id, now=now, hold_reason=hold)
    case = _note_not_read(case, reading, now)
    effects: tuple[Effect, ...]
    if hold:
        effects = (OpenCase(case), about_mail(reading, config, "report_held", case_id, HELD, hold=hold))
    else:
        case = arm(case, now, config.minute_seconds, config.repeat_last_step_minutes)
        effects = (OpenCase(case), forward(case))
        if reading.message.not_read:  # the forward says so; the desk can pass on what was left out
            effects += (about_mail(reading, config, "report_not_read_whole", case_id, PROCESSED,
                                   station=where.label, not_read="; ".join(reading.message.not_read)),)
    state = "held" if hold else f"forwarded via {where.matched_by}"
    return Decision(effects, Outcome(HELD if hold else PROCESSED, reading.kind.value, case_id,
                                     f"case {case_id} {state}, risk {risk.level.value}"))


def repeat(case: Case, mail: Prepared, config: Config, now: datetime) -> Decision[Outcome]:
    """The same person reported again: the post joins the case; a higher risk re-arms it."""
    report, risk = mail.reading.report, mail.risk
    case, raised = attach_repeat(case, report, risk, now, config.minute_seconds)
    case = _note_not_read(case, mail.reading, now)
    effects: tuple[Effect, ...] = ()
    if case.state is not CaseState.HELD:
        effects = (case_mail(case, "repeat", "repeat_update", case.route.recipients, new_report=report,
                             new_risk=risk.level.effective.value.upper(), raised=raised),)
    return Decision((*effects, SaveCase(case)), Outcome(
        PROCESSED, mail.reading.kind.value, case.id, f"repeat report attached to {case.id}" + (", risk raised" if raised else "")))


def _note_not_read(case: Case, reading, now: datetime) -> Case:
    """A mail too big to read whole: what was left out goes on the case, for its mails to say."""
    if not reading.message.not_read:
        return case
    return with_event(case, now, "not_read", "lifeline", "; ".join(reading.message.not_read))
