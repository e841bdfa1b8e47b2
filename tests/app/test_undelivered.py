"""What a refused or long-deferred mail does to its case and what the HQ desk is told:
core.undelivered's decisions, applied by the desk to a real store file."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

from daemon.core.case import Case, CaseState
from daemon.core.delivery import Trouble
from daemon.core.undelivered import apply
from tests.app.test_desk import handle, make_desk
from tests.helpers import numbered_report

OFFICER, MAILBOX = "hc-chandan-ratanada@police.example.in", "do-ratanada-jdh@police.example.in"
SHO = "sho-ratanada-jdh@police.example.in"
FORWARD = "LL-2026-000001.forward.1@lifeline.police.example.in"


def ratanada_case(tmp_path):
    config, store, desk = make_desk(tmp_path)
    raw = numbered_report(1).replace(b"City (profile): Jodhpur, Rajasthan", b"City (profile): Ratanada, Jodhpur")
    outcome = handle(desk, config, raw, 1)
    case = Case.from_json(store.get_case(outcome.case_id))
    assert case.route.recipients == (OFFICER, MAILBOX)  # the roster at the test clock's hour
    return config, store, desk, case


def trouble(**fields) -> Trouble:
    base = dict(message_id=FORWARD, case_id="LL-2026-000001", purpose="forward", to=(OFFICER, MAILBOX),
                delivered=(), pending=())
    return Trouble(**{**base, **fields})


def desk_notices(store, config):
    out = []
    for mail in store.pending_outgoing():
        if mail["to"] == [config.hq_desk]:
            msg = email.message_from_bytes(store.outgoing_raw(mail), policy=email.policy.default)
            out.append((str(msg["Subject"]), msg.get_body(("plain",)).get_content()))
    return out


def test_one_station_address_refused_is_on_the_case_and_told_to_the_desk(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    desk.delivery_trouble(trouble(delivered=(OFFICER,), refused={MAILBOX: "550 5.7.1"}))
    saved = store.get_case(case.id)
    assert saved["state"] == "forwarded" and saved["step"] == 0  # the officer has it: no escalation
    assert saved["events"][-1]["kind"] == "delivery_refused"
    assert saved["events"][-1]["detail"] == f"{MAILBOX}: 550 5.7.1"
    [(subject, body)] = desk_notices(store, config)
    assert "forward refused for 1 recipient(s) on LL-2026-000001" in subject
    assert f"{MAILBOX}: 550 5.7.1" in body and f"It did reach: {OFFICER}" in body


def test_forward_that_reached_nobody_at_the_station_escalates_now(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    desk.now.value += timedelta(seconds=40)  # the refusal comes in after the first tries
    desk.delivery_trouble(trouble(refused={OFFICER: "550 5.1.1", MAILBOX: "550 5.7.1"}))
    saved = store.get_case(case.id)
    assert saved["state"] == "failed_delivery" and saved["step"] == 1
    assert [e["kind"] for e in saved["events"][-3:]] == ["delivery_refused", "delivery_failed", "escalated"]
    assert saved["next_due_at"] == "2026-11-28T21:22:40Z"  # the SHO's 5 minutes run from now
    assert any(m["to"] == [SHO] and m["purpose"] == "escalation" for m in store.pending_outgoing())
    [(_, body)] = desk_notices(store, config)
    assert "escalated now to sho" in body


def test_refused_while_others_are_still_retried_does_not_escalate_yet(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    desk.delivery_trouble(trouble(refused={MAILBOX: "550 5.7.1"}, pending=(OFFICER,)))
    saved = store.get_case(case.id)
    assert saved["state"] == "forwarded" and saved["step"] == 0
    [(_, body)] = desk_notices(store, config)
    assert f"Still trying (server said try later): {OFFICER}" in body


def test_an_address_already_refused_on_the_case_is_not_news(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    desk.delivery_trouble(trouble(delivered=(OFFICER,), refused={MAILBOX: "550 5.7.1"}))
    desk.delivery_trouble(trouble(message_id="LL-2026-000001.reminder.1@x", purpose="reminder",
                                  delivered=(OFFICER,), refused={MAILBOX: "550 5.7.1"}))
    assert len(desk_notices(store, config)) == 1
    assert [e["kind"] for e in store.get_case(case.id)["events"]].count("delivery_refused") == 2


def test_a_late_mail_is_told_once_and_the_clock_runs_on(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    desk.delivery_trouble(trouble(pending=(OFFICER, MAILBOX), late_minutes=3.0,
                                  error="451 4.7.1 at rcpt for 2 recipient(s)"))
    saved = store.get_case(case.id)
    assert saved["state"] == "forwarded" and saved["next_due_at"] == case.to_json()["next_due_at"]
    assert saved["events"][-1]["kind"] == "delivery_delayed"
    [(subject, body)] = desk_notices(store, config)
    assert "forward delayed 3 min on LL-2026-000001" in subject
    assert "451 4.7.1 at rcpt" in body and "escalation clock runs on" in body


def test_the_desk_is_not_mailed_about_mail_to_the_desk(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    change = apply(trouble(purpose="undeliverable", to=(config.hq_desk,), refused={config.hq_desk: "550 5.1.1"}), case, config.hq_desk,
                   case.created_at)
    assert change.notice is None and change.case.events[-1].kind == "delivery_refused"


def test_a_refusal_after_the_chain_moved_on_does_not_escalate_twice(tmp_path):
    config, store, desk, case = ratanada_case(tmp_path)
    desk.fire(case.id, force=True)  # the deadline passed while the server deferred
    moved = Case.from_json(store.get_case(case.id))
    change = apply(trouble(refused={OFFICER: "550 5.1.1", MAILBOX: "550 5.7.1"}), moved, config.hq_desk,
                   moved.created_at)
    assert change.case.step == 1 and change.escalated_to == ()
    assert change.case.state is CaseState.FAILED_DELIVERY and "Nobody at the station got it." in change.notice.reason
