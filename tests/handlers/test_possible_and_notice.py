"""Mails the reader cannot tell about are held with a clock; platform notices inform the desk."""

from datetime import timedelta

from daemon.core.case import CaseState, release
from daemon.handlers import notice, possible, timer
from daemon.handlers.decision import NotifyDesk, OpenCase, SaveCase
from daemon.handlers.inputs import Loaded
from daemon.handlers.table import TABLE
from daemon.reading.classify import Kind
from tests.handlers.common import NOW, kinds, prepared

NEW = "LL-2026-000009"
# someone (not a platform) writes about a person with no labelled facts: the reader cannot tell
POSSIBLE = ("From: Ramesh <ramesh.k@gmail.com>\r\nTo: scrb-sm-desk@police.example.in\r\n"
            "Subject: please help my cousin\r\nMessage-ID: <p1@gmail.com>\r\n\r\n"
            "My cousin wrote on Instagram that she wants to end her life tonight. She lives in Kota.\r\n"
            "Her number is 98290 41736.\r\n").encode()
NEWSLETTER = ("From: Meta Safety <safety-news@facebookmail.com>\r\nTo: scrb-sm-desk@police.example.in\r\n"
              "Subject: Our suicide prevention tools for law enforcement\r\nMessage-ID: <n1@facebookmail.com>\r\n\r\n"
              "This month we expanded our suicide and self-harm prevention resources for partners in India.\r\n"
              "Learn more at https://www.facebook.com/safety/wellbeing\r\n").encode()


def test_a_possible_report_is_held_for_the_desk_with_a_high_risk_clock(config):
    mail = prepared(config, POSSIBLE)
    assert mail.reading.kind is Kind.POSSIBLE_REPORT and TABLE[Kind.POSSIBLE_REPORT].handler is possible.handle
    decision = possible.handle(mail, Loaded(new_case_id=NEW), config, NOW)
    assert kinds(decision) == ["OpenCase", "NotifyDesk"]
    opened, told = decision.effects
    assert opened.case.state is CaseState.HELD and opened.case.next_due_at == NOW + timedelta(minutes=5)
    assert told.context["title"] == f"URGENT: possible report held for you: {NEW}"
    assert "RELEASE" in told.context["action"] and decision.outcome.folder == "Held"


def test_the_held_clock_reminds_the_desk_then_the_state_control_room_until_released(config):
    case = possible.handle(prepared(config, POSSIBLE), Loaded(new_case_id=NEW), config, NOW).effects[0].case
    assert timer.handle(case, config, NOW + timedelta(minutes=4)).effects == ()  # not due yet
    first = timer.handle(case, config, NOW + timedelta(minutes=5))
    alert, saved = first.effects
    assert isinstance(alert, NotifyDesk) and alert.cc == () and "reminder 1" in alert.context["title"]
    assert isinstance(saved, SaveCase) and saved.case.state is CaseState.HELD and saved.case.step == 0
    second = timer.handle(saved.case, config, NOW + timedelta(minutes=10))
    assert second.effects[0].cc == (config.state_control_room,) and "reminder 2" in second.effects[0].context["title"]
    assert timer.due([second.effects[1].case.to_json()])  # the store's rows rebuild the clock
    released = release(second.effects[1].case, config.hq_desk, NOW + timedelta(minutes=11), "", config.minute_seconds)
    assert released.state is CaseState.FORWARDED and released.next_due_at == NOW + timedelta(minutes=16)


def test_an_unverified_report_held_without_a_clock_is_not_timed(config):
    case = possible.handle(prepared(config, POSSIBLE), Loaded(new_case_id=NEW), config, NOW).effects[0].case
    from dataclasses import replace

    quiet = replace(case, next_due_at=None)
    assert timer.handle(quiet, config, NOW + timedelta(hours=1)).effects == ()
    assert timer.due([quiet.to_json()]) == []


def test_a_platform_newsletter_about_self_harm_is_a_notice_never_a_case(config):
    mail = prepared(config, NEWSLETTER)
    assert mail.reading.kind is Kind.PLATFORM_NOTICE and mail.reading.report is None
    decision = TABLE[Kind.PLATFORM_NOTICE].handler(mail, Loaded(), config, NOW)
    assert TABLE[Kind.PLATFORM_NOTICE].handler is notice.handle
    assert kinds(decision) == ["NotifyDesk"] and not any(isinstance(e, OpenCase) for e in decision.effects)
    assert decision.outcome.case_id is None and decision.outcome.kind == "platform_notice"
    assert decision.effects[0].context["title"].startswith("information from facebookmail.com")
