"""A sample case and what each case template is rendered with: ``lifeline preview`` shows a
template with it, and the validator renders every template with it, so that a template
with a syntax error or an undefined variable is refused before a real case needs it. Pure."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.core.case import Case, acknowledge, arm, open_case
from daemon.core.replies import Command
from daemon.core.report import IpSighting, Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.routing import station_route
from daemon.core.summary import summarise
from daemon.handlers.mails import mail_context, station_contact

if TYPE_CHECKING:
    from daemon.config.schema import Config

SAMPLE_ID = "LL-PREVIEW"


def sample_case(config: Config, now: datetime) -> Case:
    """A fictitious HIGH case at the first configured station (every report field set)."""
    report = Report(platform="facebook", reference="SAMPLE-0001", subject_name="Sample Person (TEST)",
                    phones=("+919999999999",), emails=("sample@example.invalid",),
                    ips=(IpSighting("192.0.2.1", now - timedelta(minutes=30)),),
                    profile_urls=("https://www.facebook.com/sample.test",), usernames=("sample.test",),
                    post_text="sample post text", post_time=now - timedelta(minutes=40),
                    location_hints=("sample place",), language="en", user_ids=("1000",))
    where = station_route(config, config.stations[0], "station_place", 0.9, now) if config.stations else None
    if where is None:
        from daemon.core.routing import route
        where = route(report, config, now)
    case = open_case(SAMPLE_ID, report, RiskScore(0.9, RiskLevel.HIGH), where, authentic=True,
                     source_message_id="<sample@example.invalid>", now=now)
    return arm(case, now, config.minute_seconds, config.repeat_last_step_minutes)


def contexts(name: str, case: Case, config: Config, now: datetime) -> list[dict]:
    """The contexts template ``name`` is rendered with (more than one where it has variants)."""
    if name == "desk_notice":
        return [notices.context("reply_stranger", case_id=case.id, report=case.report, tried="close")]
    if name == "canary_report":
        return [{"canary_id": "CANARY-20260101000000-abcdefghij"}]
    if name == "summary":
        from daemon.handlers.summary import summary_context
        figures = summarise(now.date(), config.timezone, [case.to_json()], ())
        return [summary_context(figures, "cid:chart")]
    step = replace(case, step=min(1, max(len(case.route.chain) - 1, 0)))
    extra = {"contact": station_contact(case, config), "page_url": config.web.case_url(case.id)}
    acked = acknowledge(case, "officer@example.invalid", now)
    return {
        "receipt": [mail_context(acked, command=Command("ack", "", "ACK"), result="acknowledged")],
        "repeat_update": [mail_context(case, new_report=case.report, new_risk="HIGH", raised=raised)
                          for raised in (False, True)],
        "escalation": [mail_context(step, full=full, **extra) for full in (False, True)],
        "reminder": [mail_context(step)],
        "stand_down": [mail_context(acked, actor="officer@example.invalid")],
    }.get(name, [mail_context(case)])
