"""The reply handler: which case a reply proves, who may act, and the receipt; no store."""

from daemon.core import tokens
from daemon.core.case import CaseState
from daemon.handlers import reply
from daemon.handlers.inputs import Loaded
from tests.helpers import replaced
from tests.handlers.common import DO, DOMAIN, KEY, NOW, case_from, kinds, prepared, reply as reply_mail

THREAD = {f"LL-2026-000001.forward.1@{DOMAIN}": "LL-2026-000001"}


def loaded(*cases, threads=THREAD):
    return Loaded(KEY, {c.id: c for c in cases}, threads)


def test_a_threaded_ack_from_a_recipient_acknowledges_and_gets_a_receipt(config):
    case = case_from(config)
    decision = reply.handle(prepared(config, reply_mail(DO, "ACK team on the way")), loaded(case), config, NOW)
    assert kinds(decision) == ["SaveCase", "QueueMail"]
    saved, receipt = decision.effects
    assert saved.case.state is CaseState.ACKNOWLEDGED and saved.case.acknowledged_by == DO
    assert receipt.purpose == "receipt" and receipt.to == (DO,) and receipt.context["result"] == "acknowledged"
    assert decision.outcome.action == "case LL-2026-000001 ack via thread -> acknowledged"


def test_a_valid_token_proves_the_case_without_threading(config):
    case = case_from(config)
    plus = f"scrb-sm-desk+{case.id}.{tokens.token(KEY, case.id)}@police.example.in"
    mail = prepared(config, reply_mail(DO, "REACHED", thread=False, to=plus))
    assert reply.named_cases(mail) == (case.id,)
    decision = reply.handle(mail, loaded(case, threads={}), config, NOW)
    assert decision.outcome.action.endswith("via token -> attended")


def test_a_case_number_alone_proves_nothing(config):
    case = case_from(config)
    wrong = f"scrb-sm-desk+{case.id}.{'a' * 10}@police.example.in"
    decision = reply.handle(prepared(config, reply_mail(DO, "SAFE", thread=False, to=wrong)), loaded(case, threads={}), config, NOW)
    assert kinds(decision) == ["SaveCase", "NotifyDesk"]
    assert decision.effects[0].case.events[-1].kind == "reply_unverified"
    assert decision.effects[0].case.state is CaseState.FORWARDED
    assert decision.outcome.action == "unverified reply ignored" and decision.outcome.case_id == case.id
    # a case Lifeline does not know: the desk is told, nothing is saved
    decision = reply.handle(prepared(config, reply_mail(DO, "SAFE", thread=False)), loaded(threads={}), config, NOW)
    assert kinds(decision) == ["NotifyDesk"] and decision.outcome.case_id is None


def test_a_thread_to_a_case_that_is_gone_tells_the_desk(config):
    decision = reply.handle(prepared(config, reply_mail(DO, "ACK")), loaded(), config, NOW)
    assert kinds(decision) == ["NotifyDesk"] and decision.outcome.action == "reply to unknown case"
    assert decision.effects[0].context["reason"] == "A reply names case LL-2026-000001, which Lifeline does not know."


def test_strangers_and_non_desk_senders_on_a_held_case_are_ignored(config):
    for case, sender in ((case_from(config), "someone@example.com"), (case_from(config, hold="unverified"), DO)):
        decision = reply.handle(prepared(config, reply_mail(sender, "ACK")), loaded(case), config, NOW)
        assert kinds(decision) == ["SaveCase", "NotifyDesk"]
        assert decision.effects[0].case.events[-1].kind == "reply_ignored"
        assert decision.effects[0].case.state is case.state
        assert decision.outcome.action == "reply from non-recipient ignored"


def test_reply_auth_when_required(config):
    strict = replaced(config, reply_auth_required=True, reply_authserv_id="mail.police.example.in")
    case = case_from(config)
    decision = reply.handle(prepared(config, reply_mail(DO, "ACK")), loaded(case), strict, NOW)
    assert decision.outcome.action == "unauthenticated reply ignored"
    assert decision.effects[0].case.events[-1].kind == "reply_unauthenticated"
    decision = reply.handle(prepared(config, reply_mail(DO, "ACK"), replied_ok=True), loaded(case), strict, NOW)
    assert decision.effects[0].case.state is CaseState.ACKNOWLEDGED


def test_the_mail_names_its_case_ref_and_token_cases(config):
    other = "LL-2026-000009"
    subject_token = f"[{other} {tokens.token(KEY, other)}]"
    raw = reply_mail(DO, "ACK").replace(b"HIGH risk", subject_token.encode())
    assert reply.named_cases(prepared(config, raw)) == ("LL-2026-000001", other)
