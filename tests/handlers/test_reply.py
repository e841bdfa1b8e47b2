"""The reply handler: which case a reply proves (a MAC-verified thread or token), who may
act, when it must be authenticated, and what the desk hears when a reply fails; no store."""

from daemon.core import ids, tokens
from daemon.core.case import CaseState
from daemon.core.outgoing import OutgoingMail
from daemon.handlers import reply
from daemon.handlers.inputs import Loaded
from tests.helpers import replaced
from tests.handlers.common import DO, DOMAIN, KEY, NOW, SHO, case_from, kinds, our_id, ours, prepared, reply as reply_mail

DESK = "scrb-hq-desk@police.example.in"


def loaded(*cases, threads=None):
    return Loaded(KEY, {c.id: c for c in cases}, ours() if threads is None else threads)


def run(config, raw, *cases, threads=None, authenticated=True, **changes):
    cfg = replaced(config, **changes) if changes else config
    return reply.handle(prepared(config, raw, replied_ok=authenticated), loaded(*cases, threads=threads), cfg, NOW)


def unchanged(decision, case):
    saved = [e.case for e in decision.effects if type(e).__name__ == "SaveCase"]
    assert all(c.state is case.state and c.next_due_at == case.next_due_at for c in saved)
    return saved[0].events[-1] if saved else None


# -- 1. the reply proves which of our mails it answers -----------------------------------

def test_a_threaded_ack_from_a_recipient_acknowledges_and_gets_a_receipt(config):
    case = case_from(config)
    decision = run(config, reply_mail(DO, "ACK team on the way"), case)
    assert kinds(decision) == ["SaveCase", "QueueMail"]
    saved, receipt = decision.effects
    assert saved.case.state is CaseState.ACKNOWLEDGED and saved.case.acknowledged_by == DO
    assert receipt.purpose == "receipt" and receipt.to == (DO,) and receipt.context["result"] == "acknowledged"
    assert decision.outcome.action == "case LL-2026-000001 ack via thread -> acknowledged"


def test_the_mac_of_our_message_id_as_a_token_proves_the_case_without_threading(config):
    case = case_from(config)
    plus = f"scrb-sm-desk+{case.id}.{ids.mac_of(our_id())}@police.example.in"
    mail = prepared(config, reply_mail(DO, "REACHED", thread=False, to=plus))
    assert reply.named_cases(mail) == (case.id,)
    decision = reply.handle(mail, loaded(case), config, NOW)
    assert decision.outcome.action.endswith("via token -> attended")


def test_the_case_only_token_of_mails_sent_before_macs_still_proves_the_case(config):
    case = case_from(config)
    plus = f"scrb-sm-desk+{case.id}.{tokens.token(KEY, case.id)}@police.example.in"
    decision = run(config, reply_mail(DO, "REACHED", thread=False, to=plus), case, threads={})
    assert decision.outcome.action.endswith("via token -> attended")


def test_a_case_number_or_a_made_up_token_proves_nothing_and_the_desk_is_told(config):
    case = case_from(config)
    for token in ("a" * 10, "a" * 16):
        wrong = f"scrb-sm-desk+{case.id}.{token}@police.example.in"
        decision = run(config, reply_mail(DO, "FALSE ALARM", thread=False, to=wrong), case)
        assert kinds(decision) == ["SaveCase", "NotifyDesk"]
        event = unchanged(decision, case)
        assert event.kind == "reply_unverified" and event.kind in reply.SECURITY
        assert event.detail.startswith("security: a reply tried to close LL-2026-000001")
        title = decision.effects[1].context["title"]
        assert title == "SECURITY: a reply that could not be verified tried to close LL-2026-000001"
        assert decision.outcome.action == "unverified reply ignored" and decision.outcome.case_id == case.id
    # a case Lifeline does not know: the desk is told, nothing is saved
    decision = run(config, reply_mail(DO, "SAFE", thread=False), threads={})
    assert kinds(decision) == ["NotifyDesk"] and decision.outcome.case_id is None


def test_a_guessed_message_id_proves_nothing(config):
    case = case_from(config)
    old = f"{case.id}.forward.1@{DOMAIN}"  # the sequential id Lifeline wrote before MACs, in the store
    guessed = f"{case.id}.forward.1.{'b' * 16}@{DOMAIN}"
    stored = {m: OutgoingMail.queued(m, case.id, "forward", (DO,), NOW) for m in (old, guessed)}
    for mid in (old, guessed):
        raw = reply_mail(DO, "ACK", thread=False, extra=f"In-Reply-To: <{mid}>")
        decision = run(config, raw, case, threads=stored)
        assert decision.outcome.action == "unverified reply ignored"
        assert unchanged(decision, case).kind == "reply_unverified"


def test_a_real_message_id_with_other_recipients_does_not_verify(config):
    """The MAC binds the recipients: a mail's id does not vouch for a mail to others."""
    case = case_from(config)
    mid = our_id()
    stored = {mid: OutgoingMail.queued(mid, case.id, "forward", (SHO,), NOW)}
    decision = run(config, reply_mail(DO, "ACK"), case, threads=stored)
    assert decision.outcome.action == "unverified reply ignored"


def test_a_thread_to_a_case_that_is_gone_tells_the_desk(config):
    decision = run(config, reply_mail(DO, "ACK"))
    assert kinds(decision) == ["NotifyDesk"] and decision.outcome.action == "reply to unknown case"
    assert decision.effects[0].context["reason"] == "A reply names case LL-2026-000001, which Lifeline does not know."


# -- 2. the sender may act on the case ---------------------------------------------------------

def test_strangers_and_non_desk_senders_on_a_held_case_are_ignored(config):
    for case, sender in ((case_from(config), "someone@example.com"), (case_from(config, hold="unverified"), DO)):
        decision = run(config, reply_mail(sender, "CLOSE safe"), case)
        assert kinds(decision) == ["SaveCase", "QueueMail", "NotifyDesk"]
        refusal = decision.effects[1]
        assert refusal.purpose == "refusal" and refusal.to == (sender.lower(),)
        event = unchanged(decision, case)
        assert event.kind == "reply_ignored" and event.detail.startswith("security: a reply tried to close")
        assert decision.effects[2].context["title"].startswith("SECURITY: a reply from a stranger tried to close")
        assert decision.outcome.action == "reply from non-recipient ignored"


def test_a_chain_member_not_yet_escalated_to_may_act(config):
    """The SHO (step 2) replying before the escalation reached them is no stranger."""
    case = case_from(config)
    assert SHO not in case.recipients
    decision = run(config, reply_mail(SHO, "REACHED, team with the family"), case)
    assert decision.effects[-2].case.state is CaseState.ATTENDED
    assert decision.outcome.action == "case LL-2026-000001 reached via thread -> attended"


def test_an_encoded_display_name_holding_the_officers_address_is_not_the_officer(config):
    case = case_from(config)
    raw = reply_mail(DO, "FALSE ALARM").replace(f"From: <{DO}>".encode(),
                                                b"From: =?utf-8?q?" + DO.replace("@", "=40").encode() + b"?= <attacker@evil.example>")
    mail = prepared(config, raw)
    assert mail.reading.message.from_addr == "attacker@evil.example"
    assert mail.reading.message.from_name == DO  # decoded only for people to read
    decision = reply.handle(mail, loaded(case), config, NOW)
    assert decision.outcome.action == "reply from non-recipient ignored"
    assert unchanged(decision, case).actor == "attacker@evil.example"


# -- 3. authenticated where the config asks -----------------------------------------------------

def test_by_default_closing_commands_need_an_authenticated_sender(config):
    assert config.reply_auth_required == "closing"
    case = case_from(config)
    for body, tried in (("FALSE ALARM", "close"), ("SAFE", "close"), ("CLOSE hospital", "close"),
                        ("NOT OURS Sanganer", "reassign"), ("हमारा नहीं सांगानेर", "reassign")):
        decision = run(config, reply_mail(DO, body), case, authenticated=False)
        assert kinds(decision) == ["SaveCase", "NotifyDesk"], body  # no receipt, no refusal to a From that may be forged
        event = unchanged(decision, case)
        assert event.kind == "reply_unauthenticated" and "no results" in event.detail
        assert decision.effects[1].context["title"] == f"SECURITY: a reply that could not be verified tried to {tried} {case.id}"
    # an ACK from a recipient acts without it (it only stops the clock; a forgery still needs our Message-ID)
    decision = run(config, reply_mail(DO, "ACK"), case, authenticated=False)
    assert decision.effects[0].case.state is CaseState.ACKNOWLEDGED
    # authenticated, the close acts
    decision = run(config, reply_mail(DO, "FALSE ALARM"), case)
    assert decision.outcome.action == "case LL-2026-000001 close via thread -> closed"


def test_every_desk_command_needs_an_authenticated_desk(config):
    held = case_from(config, hold="unverified")
    for body in ("RELEASE", "STATUS", "ACK", "FALSE ALARM"):
        decision = run(config, reply_mail(DESK, body), held, authenticated=False)
        assert decision.outcome.action == "unauthenticated reply ignored", body
        assert unchanged(decision, held).kind == "reply_unauthenticated"
    decision = run(config, reply_mail(DESK, "RELEASE"), held)
    assert decision.outcome.action == "case LL-2026-000001 release via thread -> forwarded"


def test_all_asks_it_of_every_reply_and_none_of_none(config):
    case = case_from(config)
    decision = run(config, reply_mail(DO, "ACK"), case, authenticated=False, reply_auth_required="all")
    assert decision.outcome.action == "unauthenticated reply ignored"
    decision = run(config, reply_mail(DO, "FALSE ALARM"), case, authenticated=False, reply_auth_required="none")
    assert decision.effects[-2].case.state is CaseState.CLOSED


def test_the_mail_names_its_case_ref_and_token_cases(config):
    other = "LL-2026-000009"
    subject_token = f"[{other} {tokens.token(KEY, other)}]"
    raw = reply_mail(DO, "ACK").replace(b"HIGH risk", subject_token.encode())
    assert reply.named_cases(prepared(config, raw)) == ("LL-2026-000001", other)
