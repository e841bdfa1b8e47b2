"""A mail refused for some recipients or deferred too long: what the case records and what
the HQ desk is told (handlers/delivery: pure, no store)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from daemon.core.case import CaseState
from daemon.core.delivery import Trouble
from daemon.core.outgoing import FAILED, SENT, OutgoingMail
from daemon.handlers import delivery
from tests.handlers.common import DO, NOW, SHO, case_from, kinds

OFFICER = "si-gopal-malviyanagar@police.example.in"
LATER = NOW + timedelta(seconds=40)


def forward(status=SENT, **fields) -> OutgoingMail:
    row = OutgoingMail.queued("LL-2026-000001.forward.1@x", "LL-2026-000001", "forward", (OFFICER, DO), NOW)
    return replace(row, status=status, **fields)


def notice(decision):
    [desk] = [e for e in decision.effects if type(e).__name__ == "NotifyDesk"]
    return desk


def saved(decision):
    return [e for e in decision.effects if type(e).__name__ == "SaveCase"][-1].case


def test_one_station_address_refused_is_on_the_case_and_told_to_the_desk(config):
    case = case_from(config)
    assert case.route.recipients == (OFFICER, DO)
    trouble = Trouble(forward(delivered=(OFFICER,), refused=(DO,)), {DO: "550 5.7.1"})
    decision = delivery.handle(trouble, case, config, LATER)
    assert kinds(decision) == ["SaveCase", "NotifyDesk"]
    after = saved(decision)
    assert after.state is CaseState.FORWARDED and after.step == 0  # the officer has it: no escalation
    assert (after.events[-1].kind, after.events[-1].detail) == ("delivery_refused", f"{DO}: 550 5.7.1")
    context = notice(decision).context
    assert context["title"] == "forward refused for 1 recipient(s) on LL-2026-000001"
    assert f"{DO}: 550 5.7.1" in context["reason"] and f"It did reach: {OFFICER}." in context["reason"]
    assert context["report"] == case.report  # the desk has the facts to phone the station


def test_forward_that_reached_nobody_at_the_station_escalates_now(config):
    case = case_from(config)
    trouble = Trouble(forward(FAILED, refused=(OFFICER, DO)), {OFFICER: "550 5.1.1", DO: "550 5.7.1"})
    decision = delivery.handle(trouble, case, config, LATER)
    assert kinds(decision) == ["QueueMail", "QueueMail", "SaveCase", "NotifyDesk"]
    assert decision.effects[0].purpose == "escalation" and decision.effects[0].to == (SHO,)
    after = saved(decision)
    assert after.state is CaseState.FAILED_DELIVERY and after.step == 1
    assert [e.kind for e in after.events[-3:]] == ["delivery_refused", "delivery_failed", "escalated"]
    assert after.next_due_at == LATER + timedelta(minutes=5)  # the SHO's wait runs from now
    assert "escalated now to sho" in notice(decision).context["reason"]


def test_refused_while_others_are_still_retried_does_not_escalate_yet(config):
    case = case_from(config)
    pending = forward("pending", refused=(DO,), deferred_since=NOW)
    decision = delivery.handle(Trouble(pending, {DO: "550 5.7.1"}), case, config, LATER)
    assert saved(decision).state is CaseState.FORWARDED and saved(decision).step == 0
    assert f"Still trying (server said try later): {OFFICER}." in notice(decision).context["reason"]


def test_an_address_already_refused_on_the_case_is_not_news(config):
    case = case_from(config)
    first = delivery.handle(Trouble(forward(delivered=(OFFICER,), refused=(DO,)), {DO: "550 5.7.1"}), case, config, LATER)
    reminder = replace(forward(delivered=(OFFICER,), refused=(DO,)), message_id="r@x", purpose="reminder")
    again = delivery.handle(Trouble(reminder, {DO: "550 5.7.1"}), saved(first), config, LATER)
    assert kinds(again) == ["SaveCase"]
    assert [e.kind for e in saved(again).events].count("delivery_refused") == 2


def test_a_late_mail_is_told_once_and_the_clock_runs_on(config):
    case = case_from(config)
    late = forward("pending", deferred_since=NOW, warned=True, last_error="451 4.7.1 at rcpt for 2 recipient(s)")
    decision = delivery.handle(Trouble(late, {}, 3.0), case, config, NOW + timedelta(minutes=3))
    after = saved(decision)
    assert after.state is CaseState.FORWARDED and after.next_due_at == case.next_due_at
    assert after.events[-1].kind == "delivery_delayed"
    context = notice(decision).context
    assert context["title"] == "forward delayed 3 min on LL-2026-000001"
    assert "(451 4.7.1 at rcpt for 2 recipient(s))" in context["reason"] and "escalation clock runs on" in context["reason"]
    assert f"for: {OFFICER}, {DO}." in context["reason"]


def test_the_desk_is_not_mailed_about_mail_to_the_desk(config):
    case = case_from(config)
    row = replace(forward(FAILED, refused=(config.hq_desk,)), purpose="undeliverable", to=(config.hq_desk,))
    decision = delivery.handle(Trouble(row, {config.hq_desk: "550 5.1.1"}), case, config, LATER)
    assert kinds(decision) == ["SaveCase"] and saved(decision).events[-1].kind == "delivery_refused"


def test_a_refusal_after_the_chain_moved_on_does_not_escalate_twice(config):
    case = replace(case_from(config), step=1)  # the deadline passed while the server deferred
    trouble = Trouble(forward(FAILED, refused=(OFFICER, DO)), {OFFICER: "550 5.1.1", DO: "550 5.7.1"})
    decision = delivery.handle(trouble, case, config, LATER)
    assert kinds(decision) == ["SaveCase", "NotifyDesk"]
    assert saved(decision).state is CaseState.FAILED_DELIVERY and saved(decision).step == 1
    assert notice(decision).context["reason"].endswith("Nobody at the station got it.")


def test_a_mail_of_no_case_still_reaches_the_desk(config):
    row = replace(forward(FAILED, refused=(DO,)), case_id=None, purpose="alert")
    decision = delivery.handle(Trouble(row, {DO: "550 5.7.1"}), None, config, LATER)
    assert kinds(decision) == ["NotifyDesk"] and notice(decision).key == "DESK"
