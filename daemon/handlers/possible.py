"""A possible report (the reader cannot tell): a case held for the HQ desk with a clock.

Nothing that might be a report ends as a quiet notice. The case is opened and routed as a
report would be, but nothing goes to a station: the desk gets an urgent notice, and the
timer reminds it at the high-risk deadline (then the state control room too) until
someone ASSIGNs, RELEASEs or CLOSEs it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.case import arm_held, open_case
from daemon.core.risk import RiskLevel, RiskScore
from daemon.handlers.decision import HELD, Decision, OpenCase, Outcome
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading, where = mail.reading, mail.route
    assert reading.report is not None and where is not None
    risk = mail.risk or RiskScore(None, RiskLevel.UNKNOWN, "not scored")
    hold = reading.hold_reason or "cannot tell whether this is a report"
    case_id = loaded.new_case_id
    case = open_case(case_id, reading.report, risk, where, authentic=False,
                     source_message_id=reading.message.message_id, now=now, hold_reason=hold)
    case = arm_held(case, now, config.minute_seconds)
    minutes = where.chain[0].wait_for("high") if where.chain else 5
    notice = about_mail(reading, config, "report_possible", case_id, HELD, reason=reading.reason,
                        minutes=f"{minutes:g}", route=where.label)
    return Decision((OpenCase(case), notice), Outcome(HELD, reading.kind.value, case_id,
                                                      f"case {case_id} held for the desk with a clock (possible report)"))
