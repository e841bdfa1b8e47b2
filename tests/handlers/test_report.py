"""The report handler: new case, repeat, or held; decided without a store."""

from dataclasses import replace
from datetime import timedelta

from daemon.core.case import CaseState
from daemon.core.risk import RiskLevel, RiskScore
from daemon.handlers import report
from daemon.handlers.decision import NotifyDesk, OpenCase, QueueMail, SaveCase
from daemon.handlers.inputs import Loaded
from tests.handlers.common import DO, NOW, case_from, kinds, prepared, station_report
from tests.helpers import numbered_report

NEW = "LL-2026-000007"


def test_an_authentic_report_opens_a_case_and_forwards_it(config):
    decision = report.handle(prepared(config, station_report()), Loaded(new_case_id=NEW), config, NOW)
    assert kinds(decision) == ["OpenCase", "QueueMail"]
    opened, forward = decision.effects
    assert opened.case.id == NEW and opened.case.state is CaseState.FORWARDED
    assert opened.case.next_due_at == NOW + timedelta(minutes=5)  # high risk: 5 minutes
    assert (forward.purpose, forward.template, forward.case_id) == ("forward", "forward", NEW)
    assert DO in forward.to and forward.context["case"] == opened.case
    assert decision.outcome.folder == "Processed" and decision.outcome.case_id == NEW
    assert decision.outcome.action == f"case {NEW} forwarded via station_place, risk high"


def test_an_unverified_report_is_held_and_only_the_desk_is_told(config):
    decision = report.handle(prepared(config, station_report(), authentic=False), Loaded(new_case_id=NEW), config, NOW)
    opened, notice = decision.effects
    assert isinstance(opened, OpenCase) and isinstance(notice, NotifyDesk)
    assert opened.case.state is CaseState.HELD and opened.case.next_due_at is None
    assert notice.context["title"].startswith("report held: not verified as sent by the platform: ")
    assert opened.case.hold_reason == notice.context["title"].removeprefix("report held: ")
    assert notice.context["folder"] == "Lifeline/Held" and notice.case_id == NEW
    assert not any(isinstance(e, QueueMail) for e in decision.effects)  # nothing to a station
    assert decision.outcome.folder == "Held"


def test_the_same_person_again_joins_the_open_case(config):
    earlier = case_from(config, at=NOW - timedelta(hours=1))
    decision = report.handle(prepared(config, station_report()), Loaded(same_person=(earlier,), new_case_id=NEW), config, NOW)
    assert kinds(decision) == ["QueueMail", "SaveCase"]
    update, saved = decision.effects
    assert update.purpose == "repeat" and update.template == "repeat_update" and update.context["raised"] is False
    assert saved.case.id == earlier.id and saved.case.events[-1].kind == "repeat_report"
    assert decision.outcome.action == f"repeat report attached to {earlier.id}"


def test_a_higher_risk_repeat_raises_the_case(config):
    earlier = case_from(config, at=NOW - timedelta(hours=1))
    earlier = replace(earlier, risk=RiskScore(0.2, RiskLevel.LOW))
    decision = report.handle(prepared(config, station_report()), Loaded(same_person=(earlier,), new_case_id=NEW), config, NOW)
    assert decision.effects[0].context["raised"] is True and decision.outcome.action.endswith(", risk raised")
    assert decision.effects[1].case.risk.level is RiskLevel.HIGH


def test_no_repeat_outside_the_window_or_on_a_closed_case_or_another_person(config):
    old = case_from(config, at=NOW - timedelta(hours=config.repeat_window_hours + 1))
    closed = replace(case_from(config), state=CaseState.CLOSED)
    someone_else = case_from(config, numbered_report(5))
    for candidates in ((old,), (closed,), (someone_else,)):
        decision = report.handle(prepared(config, station_report()), Loaded(same_person=candidates, new_case_id=NEW), config, NOW)
        assert kinds(decision) == ["OpenCase", "QueueMail"]


def test_a_repeat_of_a_held_case_is_noted_but_mailed_to_nobody(config):
    held = case_from(config, hold="not verified", at=NOW - timedelta(hours=1))
    decision = report.handle(prepared(config, station_report()), Loaded(same_person=(held,), new_case_id=NEW), config, NOW)
    assert kinds(decision) == ["SaveCase"] and isinstance(decision.effects[0], SaveCase)


def test_the_hold_reason_is_the_verdicts_own_for_each_failure(config):
    """The verdict is an object: its presence is not its truth (``if verdict`` once hid it)."""
    from dataclasses import replace as replaced_mail

    from daemon.core.verdict import FAILURES, Verdict

    for failure in FAILURES:
        mail = replaced_mail(prepared(config, station_report()), verdict=Verdict.failed(failure, "what the check saw"))
        case = report.handle(mail, Loaded(new_case_id=NEW), config, NOW).effects[0].case
        assert case.hold_reason == f"not verified as sent by the platform: {failure}: what the check saw"
