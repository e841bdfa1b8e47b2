"""Reply matching, commands and chain steps through the applier, against a real store (no network)."""

import email
import email.policy
from datetime import timedelta

from daemon.core.outgoing import OutgoingMail
from daemon.store.engine import Store
from daemon.core.ids import mac_of
from daemon.core.tokens import token
from tests.helpers import MTA_PASS, Clock, Handling, bounce_mail, example, replaced, shipped_config, threaded

KEY = b"t" * 32
DO = "do-malviyanagar-jpr@police.example.in"
SHO = "sho-malviyanagar-jpr@police.example.in"
DOMAIN = "lifeline.police.example.in"


def station_report() -> bytes:
    raw = example("facebook_plain.eml")
    return raw.replace(b"City (profile): Jodhpur, Rajasthan", "City (profile): Malviya Nagar, Jaipur".encode())


def setup(tmp_path):
    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    clock = Clock()
    desk = Handling(config, store, clock, key=KEY)
    uid = iter(range(1, 1000))

    def handle(raw):  # a reply threads to the case's real forward Message-ID
        return desk.handle(threaded(store, raw), next(uid))
    return config, store, desk, clock, handle


def mails(store, purpose=None):
    out = []
    for m in store.outbox.all():
        if purpose is None or m["purpose"] == purpose:
            raw = store.outgoing_raw(OutgoingMail.from_json(m))
            out.append((m, email.message_from_bytes(raw, policy=email.policy.default)))
    return out


def reply(sender, body, *, case_id="LL-2026-000001", thread=True, to="scrb-sm-desk@police.example.in", extra="",
          auth=True):
    """A reply as our MTA delivers it: by default stamped with a DKIM pass (MTA_PASS)."""
    lines = [MTA_PASS] if auth else []
    lines += [f"From: <{sender}>", f"To: {to}", f"Subject: Re: [{case_id}] HIGH risk",
              f"Message-ID: <r{abs(hash((sender, body, to)))}@police.example.in>"]
    if thread:
        lines.append(f"In-Reply-To: <forward-of-{case_id}>")
    lines += [extra, "Content-Type: text/plain; charset=utf-8", "", body, ""] if extra else \
        ["Content-Type: text/plain; charset=utf-8", "", body, ""]
    return "\r\n".join(lines).encode()


def test_forward_is_armed_and_carries_the_token_reply_to(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    case = store.get_case(case_id)
    assert case["route"]["station"] == "PS Malviya Nagar"
    assert case["next_due_at"] == (clock() + timedelta(minutes=5)).isoformat().replace("+00:00", "Z")
    [(_, forward)] = mails(store, "forward")
    mac = mac_of(forward["Message-ID"].strip("<>"))
    assert forward["Reply-To"] == f"scrb-sm-desk+{case_id}.{mac}@police.example.in"


def test_chain_steps_in_order_then_stop_on_ack(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    chain = [s["who"] for s in store.get_case(case_id)["route"]["chain"]]
    assert chain == ["station", "sho", "district_control_room", "hq_desk"]  # no circle officer configured
    assert desk.fire(case_id) is not None and mails(store, "escalation") == []  # not due yet: nothing
    clock.value += timedelta(minutes=5)
    desk.fire(case_id)
    desk.fire(case_id)  # a duplicate timer does not double the step
    [(esc, msg)] = mails(store, "escalation")
    assert esc["to"] == [SHO] and "Suresh" not in msg.get_body(("plain",)).get_content()  # summary only
    [(rem, rmsg)] = mails(store, "reminder")
    assert DO in rem["to"] and "Suresh Meghwal" in rmsg.get_body(("plain",)).get_content()
    clock.value += timedelta(minutes=5)
    desk.fire(case_id)
    tos = [m["to"] for m, _ in mails(store, "escalation")]
    assert tos == [[SHO], ["cr-jaipur-east@police.example.in", SHO]]
    handle(reply(SHO, "ACK on it"))
    case = store.get_case(case_id)
    assert case["state"] == "acknowledged" and case["acknowledged_by"] == SHO and case["next_due_at"] is None
    clock.value += timedelta(hours=1)
    assert desk.fire(case_id) is None
    assert len(mails(store, "escalation")) == 2
    assert [e["kind"] for e in case["events"]].count("escalated") == 2


def test_forged_case_id_without_token_does_nothing(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    outcome = handle(reply(DO, "SAFE", thread=False))
    case = store.get_case(case_id)
    assert case["state"] == "forwarded" and outcome.action == "unverified reply ignored"
    assert case["events"][-1]["kind"] == "reply_unverified"
    assert any(m["to"] == [config.hq_desk] for m in store.outbox.all() if m["purpose"].startswith("desk-"))
    # a wrong token is just as useless
    handle(reply(DO, "SAFE", thread=False, to=f"scrb-sm-desk+{case_id}.{'a' * 10}@police.example.in"))
    assert store.get_case(case_id)["state"] == "forwarded"


def test_token_in_plus_address_verifies_a_reply_without_threading(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    plus = f"scrb-sm-desk+{case_id}.{token(KEY, case_id)}@police.example.in"
    handle(reply(DO, "प्राप्त", thread=False, to=plus))
    case = store.get_case(case_id)
    assert case["state"] == "acknowledged" and case["acknowledged_by"] == DO
    [(receipt, msg)] = mails(store, "receipt")
    assert receipt["to"] == [DO] and "ACK" in str(msg["Subject"])


def test_stranger_is_ignored_and_the_desk_told(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    outcome = handle(reply("someone@example.com", "ACK"))
    assert outcome.action == "reply from non-recipient ignored"
    assert store.get_case(case_id)["state"] == "forwarded"
    assert any(config.hq_desk in m["to"] for m in store.outbox.all() if m["purpose"].startswith("desk-"))


def test_out_of_office_from_recipient_escalates_at_once_and_never_acks(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    ooo = reply(DO, "I am out of the office until Monday.", extra="Auto-Submitted: auto-replied")
    outcome = handle(ooo)
    case = store.get_case(case_id)
    assert outcome.kind == "auto_reply" and case["state"] == "forwarded" and case["acknowledged_by"] is None
    assert case["step"] == 1 and [m["to"] for m, _ in mails(store, "escalation")] == [[SHO]]


def test_commands_close_reached_and_not_ours(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    handle(reply(DO, "NOT OURS PS Sardarpura"))
    case = store.get_case(case_id)
    assert case["route"]["station"] == "PS Sardarpura" and case["state"] == "forwarded" and case["step"] == 0
    assert case["next_due_at"] == (clock() + timedelta(minutes=5)).isoformat().replace("+00:00", "Z")
    assert len(mails(store, "forward")) == 2
    new_do = case["route"]["recipients"][-1]
    handle(reply(new_do, "REACHED"))
    assert store.get_case(case_id)["state"] == "attended"
    handle(reply(new_do, "CLOSE HOSPITAL"))
    case = store.get_case(case_id)
    assert case["state"] == "closed" and case["outcome"] == "hospital"
    assert len(mails(store, "receipt")) == 3


def test_not_ours_unknown_station_keeps_the_case_and_tells_the_desk(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    handle(reply(DO, "NOT OURS Atlantis"))
    case = store.get_case(case_id)
    assert case["route"]["station"] == "PS Malviya Nagar" and case["events"][-1]["kind"] == "reassign_refused"
    assert any(m["purpose"] == "desk-alert" for m in store.outbox.all())


def test_need_help_escalates_now(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    handle(reply(DO, "NEED HELP no vehicle"))
    case = store.get_case(case_id)
    assert case["step"] == 1 and [m["to"] for m, _ in mails(store, "escalation")] == [[SHO]]


def test_desk_release_status_and_refusal_for_others(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    held = handle(example("forwarded_by_cyber_cell.eml")).case_id
    assert store.get_case(held)["state"] == "held"
    handle(reply("cr-beawar@police.example.in", "RELEASE", case_id=held,
                 to=f"scrb-sm-desk+{held}.{token(KEY, held)}@police.example.in", thread=False))
    assert store.get_case(held)["state"] == "held"  # not the desk: a note at most
    plus = f"scrb-sm-desk+{held}.{token(KEY, held)}@police.example.in"
    handle(reply(config.hq_desk, "RELEASE", case_id=held, to=plus, thread=False))
    case = store.get_case(held)
    assert case["state"] == "forwarded" and case["next_due_at"]
    assert [m["to"] for m, _ in mails(store, "forward")] == [["cr-beawar@police.example.in"]]
    handle(reply(config.hq_desk, "STATUS", case_id=held, to=plus, thread=False))
    [(status, msg)] = mails(store, "status")
    assert status["to"] == [config.hq_desk] and "released" in msg.get_body(("plain",)).get_content()


class Scorer:
    """A scorer the test sets: repeat reports with a higher risk."""

    def __init__(self, level):
        from daemon.core.risk import RiskLevel, RiskScore
        self.score = RiskScore(0.9 if level == "high" else 0.2, RiskLevel(level), None)

    def score_batch(self, texts):
        return [self.score for _ in texts]


def test_repeat_report_attaches_updates_and_higher_risk_rearms(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    first = desk.commit(desk.prepare(station_report(), Scorer("low")), uidvalidity=1, uid=1)
    due_low = store.get_case(first.case_id)["next_due_at"]
    clock.value += timedelta(minutes=10)
    again = station_report().replace(b"lero.8812045567.1764364592", b"lero.8812045567.999").replace(
        "आज रात के बाद".encode(), "अब और नहीं".encode())
    outcome = desk.commit(desk.prepare(again, Scorer("high")), uidvalidity=1, uid=2)
    assert outcome.case_id == first.case_id and "attached" in outcome.action
    assert len(store.all_cases()) == 1
    case = store.get_case(first.case_id)
    kinds = [e["kind"] for e in case["events"]]
    assert "repeat_report" in kinds and "risk_raised" in kinds and case["risk"]["level"] == "high"
    assert case["next_due_at"] < due_low  # 60 min at low -> 5 min from now at high
    assert case["next_due_at"] == (clock() + timedelta(minutes=5)).isoformat().replace("+00:00", "Z")
    [(update, msg)] = mails(store, "repeat")
    assert DO in update["to"] and "अब और नहीं" in msg.get_body(("plain",)).get_content()


def test_report_about_someone_else_opens_a_new_case(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    handle(station_report())
    other = station_report().replace(b"lero.8812045567.1764364592", b"lero.1.2").replace(
        b"100078812345670", b"100011112222333").replace(b"+91 98290 41736", b"+91 94140 00000")
    assert handle(other).case_id == "LL-2026-000002"


def test_bounce_escalates_and_is_recorded_against_the_address(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    case_id = handle(station_report()).case_id
    bounce = bounce_mail(case_id, DO)
    outcome = handle(bounce)
    case = store.get_case(case_id)
    assert outcome.kind == "bounce" and case["step"] == 1 and case["acknowledged_by"] is None
    assert DO in [e for e in case["events"] if e["kind"] == "bounce"][0]["detail"]
    assert store.meta.get(lambda r: r.get("key") == f"bounce:{DO}")["value"]["count"] == 1
    assert [m["to"] for m, _ in mails(store, "escalation")] == [[SHO]]


def test_held_case_takes_commands_from_the_desk_only(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    held = handle(example("forwarded_by_cyber_cell.eml")).case_id
    plus = f"scrb-sm-desk+{held}.{token(KEY, held)}@police.example.in"
    handle(reply("cr-beawar@police.example.in", "ACK", case_id=held, to=plus, thread=False))
    case = store.get_case(held)
    assert case["state"] == "held" and case["events"][-1]["kind"] == "reply_ignored"
    handle(reply(config.hq_desk, "ASSIGN PS Malviya Nagar", case_id=held, to=plus, thread=False))
    case = store.get_case(held)
    assert case["state"] == "forwarded" and case["route"]["station"] == "PS Malviya Nagar" and case["next_due_at"]
    assert DO in mails(store, "forward")[0][0]["to"]


def test_reply_auth_required_all_ignores_replies_without_mta_pass(tmp_path):
    config, store, desk, clock, handle = setup(tmp_path)
    desk.use(replaced(config, reply_auth_required="all", reply_authserv_id="mail.police.example.in"))
    case_id = handle(station_report()).case_id
    forged = "Authentication-Results: mail.police.example.in; dkim=fail header.d=police.example.in"
    outcome = handle(reply(DO, "ACK", extra=forged, auth=False))
    assert outcome.action == "unauthenticated reply ignored" and store.get_case(case_id)["state"] == "forwarded"
    # a pass stamped by someone else's server (or lower down) does not count either
    other = "Authentication-Results: evil.example; dkim=pass"
    handle(reply(DO, "ACK.", extra=other, auth=False))
    assert store.get_case(case_id)["state"] == "forwarded"
    good = "Authentication-Results: mail.police.example.in; dkim=pass header.d=police.example.in; dmarc=pass"
    handle(reply(DO, "ACK now", extra=good, auth=False))
    assert store.get_case(case_id)["state"] == "acknowledged"
