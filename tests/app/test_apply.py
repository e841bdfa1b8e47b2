"""Each kind of mail through the applier: loaded, decided, applied against a real store file
(no network)."""

import email
import email.policy

from daemon.core.case import CaseState
from daemon.store.engine import Store
from daemon.core import ids
from tests.helpers import MTA_PASS, Clock, Handling, example, forward_id, shipped_config


def make_desk(tmp_path):
    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    return config, store, Handling(config, store, Clock())


def handle(desk, config, raw, uid):
    return desk.handle(raw, uid)


def outgoing(store):
    """(row as stored, parsed mail) of every mail waiting to be sent."""
    return [(m.to_json(), email.message_from_bytes(store.outgoing_raw(m))) for m in store.pending_outgoing()]


def test_report_opens_case_and_queues_forward_in_one_write(tmp_path):
    config, store, desk = make_desk(tmp_path)
    writes = store.writes
    outcome = handle(desk, config, example("facebook_plain.eml"), 1)
    assert store.writes == writes + 1  # case, outbox and ledger together
    assert outcome.folder == "Processed" and outcome.case_id == "LL-2026-000001"
    case = store.get_case("LL-2026-000001")
    assert case["state"] == "forwarded" and case["risk"]["level"] == "unknown"
    [(mail, parsed)] = outgoing(store)
    assert mail["to"] == ["cr-jodhpur-comm@police.example.in"]
    assert parsed["Message-ID"].strip() == f"<{mail['message_id']}>"  # folded when long: still one id
    assert ids.verify(desk.parts.key, mail["message_id"], tuple(mail["to"]))  # carries the MAC of its recipients
    assert mail["message_id"].startswith("LL-2026-000001.forward.1.")
    assert "[LL-2026-000001] HIGH risk" in str(email.header.make_header(email.header.decode_header(parsed["Subject"])))


def test_same_mail_twice_does_nothing_new(tmp_path):
    config, store, desk = make_desk(tmp_path)
    first = handle(desk, config, example("facebook_plain.eml"), 1)
    again_same_uid = handle(desk, config, example("facebook_plain.eml"), 1)
    redelivered = handle(desk, config, example("facebook_plain.eml"), 2)
    assert first.case_id == again_same_uid.case_id == redelivered.case_id
    assert len(store.all_cases()) == 1 and len(store.pending_outgoing()) == 1


def test_untrusted_sender_is_held_for_the_desk_not_forwarded(tmp_path):
    config, store, desk = make_desk(tmp_path)
    outcome = handle(desk, config, example("forwarded_by_cyber_cell.eml"), 1)
    assert outcome.folder == "Held"
    assert store.get_case(outcome.case_id)["state"] == "held"
    [(mail, _)] = outgoing(store)
    assert mail["to"] == [config.hq_desk]


def officer_reply(case_id, sender, body="ACK. टीम रवाना।", store=None, auth=False):
    """A reply threading to the case's forward (its real Message-ID when ``store`` is given),
    stamped by our MTA with a DKIM pass when ``auth`` (closing commands need it)."""
    thread = forward_id(store, case_id) if store is not None else f"{case_id}.forward.1@lifeline.police.example.in"
    return (MTA_PASS + "\r\n" if auth else "").encode() + (
        f"From: Officer <{sender}>\r\nTo: scrb-sm-desk@police.example.in\r\n"
        f"Subject: Re: [{case_id}] HIGH risk\r\nMessage-ID: <r{abs(hash(sender))}@police.example.in>\r\n"
        f"In-Reply-To: <{thread}>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
    ).encode()


def test_reply_from_recipient_acknowledges(tmp_path):
    config, store, desk = make_desk(tmp_path)
    case_id = handle(desk, config, example("facebook_plain.eml"), 1).case_id
    outcome = handle(desk, config, officer_reply(case_id, "cr-jodhpur-comm@police.example.in", store=store), 2)
    assert outcome.folder == "Replies"
    case = store.get_case(case_id)
    assert case["state"] == CaseState.ACKNOWLEDGED.value
    assert case["acknowledged_by"] == "cr-jodhpur-comm@police.example.in"
    assert case["events"][-1]["detail"].startswith("ACK")


def test_reply_from_stranger_is_ignored_and_desk_told(tmp_path):
    config, store, desk = make_desk(tmp_path)
    case_id = handle(desk, config, example("facebook_plain.eml"), 1).case_id
    handle(desk, config, officer_reply(case_id, "prankster@example.org", store=store), 2)
    case = store.get_case(case_id)
    assert case["state"] == "forwarded" and case["events"][-1]["kind"] == "reply_ignored"
    assert [m["to"] for m, _ in outgoing(store)][-1] == [config.hq_desk]


def test_out_of_office_is_never_an_acknowledgement(tmp_path):
    config, store, desk = make_desk(tmp_path)
    for uid in range(1, 125):  # make LL-2026-000124 exist, as the example replies to it
        raw = example("facebook_plain.eml").replace(b"8812045567", str(uid).encode())
        raw = raw.replace(b"100078812345670", str(100078812300000 + uid).encode()).replace(
            b"+91 98290 41736", f"+91 98290 {41000 + uid}".encode())  # a different person each time, not a repeat
        handle(desk, config, raw, uid)
    outcome = handle(desk, config, example("out_of_office.eml"), 999)
    assert outcome.kind == "auto_reply"
    case = store.get_case("LL-2026-000124")
    assert case["state"] == "forwarded" and case["events"][-1]["kind"] == "auto_reply"


def test_unrecognised_mail_goes_to_the_desk(tmp_path):
    config, store, desk = make_desk(tmp_path)
    raw = b"From: a@example.org\r\nSubject: lunch?\r\nMessage-ID: <l@example.org>\r\n\r\nsee you at 1\r\n"
    outcome = handle(desk, config, raw, 1)
    assert outcome.folder == "Held" and outcome.kind == "other"
    [(mail, _)] = outgoing(store)
    assert mail["to"] == [config.hq_desk]


def test_refusal_is_mailed_to_hq_desk_and_admins_through_the_outbox(tmp_path):
    from daemon.config.load import load_config
    from tests.helpers import ROOT, replaced

    config = replaced(load_config(ROOT / "config.toml"), state_dir=tmp_path)
    store = Store(config.store_path)
    try:
        desk = Handling(config, store, Clock())
        desk.applier.config_refused(desk.parts, ("config.toml:12: stations[3].district: 'Kotta' is not a configured district",),
                                    "ab" * 32)
        mails = store.pending_outgoing()
        assert len(mails) == 1
        assert mails[0].to_json()["to"] == ["scrb-hq-desk@police.example.in", "scrb-config-admin@police.example.in"]
        assert "Kotta" in store.outgoing_raw(mails[0]).decode("utf-8", "replace")
    finally:
        store.close()


def test_sequence_numbers_count_every_mail_of_a_purpose_whoever_it_went_to(tmp_path):
    """A re-routed case's second forward (other recipients, so another MAC) is forward.2."""
    config, store, desk = make_desk(tmp_path)
    case_id = handle(desk, config, example("facebook_plain.eml"), 1).case_id
    names = lambda: sorted(ids.name_of(m.message_id) for m in store.all_outgoing() if m.purpose == "forward")  # noqa: E731
    assert names() == [f"{case_id}.forward.1"]
    reroute = officer_reply(case_id, "cr-jodhpur-comm@police.example.in", "NOT OURS PS Sardarpura", store=store, auth=True)
    handle(desk, config, reroute, 2)
    assert names() == [f"{case_id}.forward.1", f"{case_id}.forward.2"]
    assert store.outgoing_named(f"{case_id}.forward.2").to != store.outgoing_named(f"{case_id}.forward.1").to


def test_a_standing_alert_is_mailed_once_per_period_even_across_restarts(tmp_path):
    from datetime import datetime, timezone

    from daemon.config.load import load_config
    from tests.helpers import ROOT, replaced

    config = replaced(load_config(ROOT / "config.toml"), state_dir=tmp_path)
    period = datetime(2026, 11, 28, 1, 30, tzinfo=timezone.utc)
    text = "Lifeline ALERT: the risk model failed its checks at start (model.onnx is missing)"
    for _ in range(2):  # the second: a restart within the same period
        store = Store(config.store_path)
        try:
            desk = Handling(config, store, Clock())
            desk.applier.alert(desk.parts, "model", "the risk model", True, text, period)
        finally:
            store.close()
    store = Store(config.store_path)
    try:
        [mail] = store.pending_outgoing()
        assert mail.to_json()["to"] == ["scrb-hq-desk@police.example.in", "scrb-config-admin@police.example.in"]
        msg = email.message_from_bytes(store.outgoing_raw(mail), policy=email.policy.default)
        body = msg.get_body(("plain",)).get_content()
        assert "model.onnx is missing" in body and "HIGH" in body and "risk model NOT in use" in msg["Subject"]
    finally:
        store.close()


def feedback_desk(tmp_path):
    from daemon.config.web import FeedbackConfig

    config = shipped_config(tmp_path).model_copy(update={"feedback": FeedbackConfig(enabled=True)})
    store = Store(config.store_path)
    return config, store, Handling(config, store, Clock())


def test_a_false_alarm_reply_leaves_its_example_after_the_close_is_committed(tmp_path):
    from daemon.store.feedback import FeedbackFile
    from daemon.store.layout import feedback_path

    config, store, desk = feedback_desk(tmp_path)
    case_id = handle(desk, config, example("facebook_plain.eml"), 1).case_id
    path = feedback_path(store.path)
    assert not path.exists()
    handle(desk, config, officer_reply(case_id, "cr-jodhpur-comm@police.example.in", "FALSE ALARM", store=store, auth=True), 2)
    assert store.get_case(case_id)["state"] == "closed"
    [kept] = FeedbackFile(path).read()[0]
    assert (kept.case_id, kept.outcome, kept.label) == (case_id, "false alarm", "low")


def test_a_feedback_file_that_cannot_be_written_never_undoes_the_close(tmp_path, caplog):
    from daemon.store.layout import feedback_path

    config, store, desk = feedback_desk(tmp_path)
    case_id = handle(desk, config, example("facebook_plain.eml"), 1).case_id
    feedback_path(store.path).mkdir()  # an append to it fails (IsADirectoryError)
    outcome = handle(desk, config, officer_reply(case_id, "cr-jodhpur-comm@police.example.in", "HOSPITAL", store=store, auth=True), 2)
    assert outcome.folder == "Replies" and store.get_case(case_id)["state"] == "closed"
    [record] = [r for r in caplog.records if r.name == "lifeline.apply"]
    assert record.levelname == "ERROR" and case_id in record.getMessage()
    assert store.get_case(case_id)["report"]["post_text"] not in record.getMessage()
