"""Timer, delivery failure, quarantine and config refusal: each one decision, no store."""

from dataclasses import replace
from datetime import timedelta

from daemon.core.case import CaseState
from daemon.handlers import config_refused, quarantine, timer
from daemon.handlers.decision import Decision
from tests.handlers.common import DO, NOW, SHO, case_from, kinds


def test_a_step_fires_only_when_due_and_says_when_the_next_is(config):
    case = case_from(config)
    assert timer.handle(case, config, NOW) == Decision((), case.next_due_at)  # not yet
    later = NOW + timedelta(minutes=5)
    decision = timer.handle(case, config, later)
    assert kinds(decision) == ["QueueMail", "QueueMail", "SaveCase"]
    assert decision.effects[0].purpose == "escalation" and decision.effects[0].to == (SHO,)
    assert decision.effects[1].purpose == "reminder" and DO in decision.effects[1].to
    assert decision.effects[2].case.step == 1 and decision.outcome == decision.effects[2].case.next_due_at > later
    assert timer.handle(case, config, NOW, force=True).effects  # forced: now


def test_no_step_for_a_gone_or_settled_case(config):
    assert timer.handle(None, config, NOW) == Decision((), None)
    acked = replace(case_from(config), state=CaseState.ACKNOWLEDGED, next_due_at=None)
    assert timer.handle(acked, config, NOW + timedelta(hours=1)) == Decision((), None)


def test_due_lists_running_clocks_only():
    rows = [{"id": "A", "state": "forwarded", "next_due_at": "2026-11-28T21:22:00Z"},
            {"id": "B", "state": "failed_delivery", "next_due_at": "2026-11-28T21:23:00Z"},
            {"id": "C", "state": "acknowledged", "next_due_at": "2026-11-28T21:24:00Z"},
            {"id": "D", "state": "forwarded", "next_due_at": None}]
    assert timer.due(rows) == [("A", NOW + timedelta(minutes=5)), ("B", NOW + timedelta(minutes=6))]


def test_quarantine_names_the_mail_by_its_hash_without_reading_it(config):
    decision = quarantine.handle(b"\x00 not a mail", "ValueError after 3 tries", config)
    [notice] = decision.effects
    assert decision.outcome == "Quarantine" and notice.key.startswith("DESK-") and notice.case_id is None
    assert notice.context["folder"] == "Lifeline/Quarantine" and notice.context["source_subject"] == "(not read)"


def test_a_refused_config_goes_to_the_desk_and_the_admins(config):
    decision = config_refused.handle(("a: bad", "b: worse"), "ab" * 32, config)
    [notice] = decision.effects
    assert notice.key == "CONFIG-" + "ab" * 8 and notice.cc == tuple(config.admins)
    assert notice.context["reason"].endswith("Problems:\n- a: bad\n- b: worse")


def test_the_refusal_notice_is_keyed_by_the_file_content_and_names_the_file(config):
    decision = config_refused.handle(("a problem",), "cd" * 32, config)
    [notice] = decision.effects
    assert notice.key == "CONFIG-" + "cd" * 8 and notice.purpose == "config-refused"
    assert (config.hq_desk, *notice.cc) == ("scrb-hq-desk@police.example.in", "scrb-config-admin@police.example.in")
    assert "a problem" in notice.context["reason"] and notice.context["source_subject"].endswith("config.toml")


def test_an_outage_alert_goes_to_the_desk_and_the_admins_once_per_outage(config):
    from datetime import datetime, timezone

    from daemon.handlers import alert

    since = datetime(2026, 11, 28, 21, 0, tzinfo=timezone.utc)
    down = alert.handle("intake", "mail intake (IMAP)", True, "Lifeline ALERT: mail intake (IMAP) down", since, config)
    [notice] = down.effects
    assert notice.key == "ALERT-intake-20261128210000" and notice.purpose == "alert-down" and notice.cc == tuple(config.admins)
    assert notice.context["title"] == "mail intake (IMAP) DOWN"
    assert notice.context["reason"] == ("Lifeline ALERT: mail intake (IMAP) down. "
                                        "Reports sent to the HQ mailbox are NOT being read meanwhile.")
    assert notice.context["source_subject"] == "mail intake (IMAP)"
    [up] = alert.handle("smtp", "sending (SMTP)", False, "Lifeline OK again", since, config).effects
    assert up.purpose == "alert-up" and up.context["reason"] == "Lifeline OK again"
    assert up.context["title"] == "sending (SMTP) working again"
