"""Escalation never ends quietly: after the last step the case is repeated to the last step
and the HQ desk every repeat_last_step_minutes until a person acts; then everyone escalated
to gets a stand-down. Decisions only, no store."""

from datetime import timedelta

from daemon.core.case import CaseState
from daemon.handlers import reply, timer
from tests.handlers.common import DO, NOW, SHO, case_from, prepared
from tests.handlers.common import reply as reply_mail
from tests.handlers.test_reply import loaded


def climbed_to_the_top(config):
    """Fire every step of the chain in turn; returns the case and the time of the last step."""
    case, at = case_from(config), NOW
    while case.step + 1 < len(case.route.chain):
        at = case.next_due_at
        case = timer.handle(case, config, at).effects[-1].case
    return case, at


def test_after_the_last_step_the_last_step_and_the_desk_are_mailed_again_and_again(config):
    case, at = climbed_to_the_top(config)
    interval = timedelta(minutes=config.repeat_last_step_minutes)
    assert case.next_due_at == at + interval  # the clock still runs after the last step
    desk, last = config.hq_desk, case.route.chain[-1]
    for n in (1, 2, 3):
        decision = timer.handle(case, config, case.next_due_at)
        case = decision.effects[-1].case
        mails = {m.purpose: m for m in decision.effects[:-1]}
        assert case.events[-1].kind == "repeated" and case.step == len(case.route.chain) - 1
        assert mails["escalation-desk"].to == (desk,) and mails["escalation-desk"].context["full"] is True
        assert DO in mails["reminder"].to
        supervisory = set(mails["escalation"].to) if "escalation" in mails else set()
        assert supervisory <= {a for a in last.addresses if a != desk}  # only the last step, not every earlier one
        assert case.next_due_at == at + (n + 1) * interval
    assert "hq_desk" not in case.events[-1].detail  # the timeline (the desk's status mail) in human words


def test_a_supervisory_step_gets_a_summary_with_the_station_contact_and_the_case_page(config):
    case = case_from(config)
    decision = timer.handle(case, config, case.next_due_at)
    summary = next(m for m in decision.effects if m.purpose == "escalation")
    assert summary.to == (SHO,) and summary.context["full"] is False
    assert summary.context["contact"]["mailbox"] == "do-malviyanagar-jpr@police.example.in"
    assert summary.context["page_url"].endswith("/case/" + case.id)


def test_when_someone_acts_everyone_escalated_to_stands_down(config):
    case, _ = climbed_to_the_top(config)
    case = timer.handle(case, config, case.next_due_at).effects[-1].case  # one repeat: the desk is on it too
    escalated = set(case.notified)
    assert SHO in escalated and config.hq_desk in escalated
    for body, state in (("ACK", CaseState.ACKNOWLEDGED), ("REACHED", CaseState.ATTENDED), ("SAFE", CaseState.CLOSED)):
        decision = reply.handle(prepared(config, reply_mail(DO, body)), loaded(case), config, NOW)
        [down] = [e for e in decision.effects if getattr(e, "purpose", "") == "stand-down"]
        assert set(down.to) == escalated and down.context["actor"] == DO
        saved = next(e.case for e in decision.effects if type(e).__name__ == "SaveCase")
        assert saved.state is state and saved.next_due_at is None
    # the one who acted is not told to stand down
    decision = reply.handle(prepared(config, reply_mail(SHO, "ACK")), loaded(case), config, NOW)
    [down] = [e for e in decision.effects if getattr(e, "purpose", "") == "stand-down"]
    assert SHO not in down.to and config.hq_desk in down.to


def test_need_help_is_no_stand_down(config):
    case = timer.handle(case_from(config), config, NOW + timedelta(minutes=5)).effects[-1].case
    decision = reply.handle(prepared(config, reply_mail(SHO, "NEED HELP")), loaded(case), config, NOW)
    assert not [e for e in decision.effects if getattr(e, "purpose", "") == "stand-down"]
