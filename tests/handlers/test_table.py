"""The kind -> handler table and the intake ledger's rules."""

from daemon.core.ledger import IntakeRecord
from daemon.handlers import automatic, intake, other, reply, report
from daemon.handlers.decision import Decision, Outcome, RecordIntake
from daemon.handlers.table import TABLE
from daemon.reading.classify import Kind
from tests.handlers.common import NOW, prepared, station_report


def test_every_kind_of_mail_has_a_handler():
    assert set(TABLE) == set(Kind)
    assert TABLE[Kind.PLATFORM_REPORT].handler is report.handle and TABLE[Kind.PLATFORM_REPORT].same_person
    assert TABLE[Kind.ACK_REPLY].handler is reply.handle and TABLE[Kind.ACK_REPLY].threads
    assert TABLE[Kind.AUTO_REPLY].handler is TABLE[Kind.BOUNCE].handler is automatic.handle
    assert TABLE[Kind.OTHER].handler is TABLE[Kind.MALFORMED].handler is other.handle


def test_other_mail_goes_to_the_desk_with_its_problems(config):
    mail = prepared(config, b"From: a@example.org\r\nSubject: lunch?\r\nMessage-ID: <l@example.org>\r\n\r\nsee you\r\n")
    decision = TABLE[mail.reading.kind].handler(mail, None, config, NOW)
    assert decision.outcome == Outcome("Held", "other", None, "other sent to HQ desk")
    assert decision.effects[0].context["title"] == "other mail in the HQ mailbox"


def test_a_redelivered_mail_is_a_duplicate_by_bytes_or_by_message_id_when_both_are_authentic(config):
    mail = prepared(config, station_report())
    msg = mail.reading.message
    same_bytes = IntakeRecord(1, 1, msg.sha256, folder="Processed", case_id="LL-2026-000001")
    assert intake.duplicate(mail, same_bytes).outcome == Outcome("Processed", "platform_report", "LL-2026-000001",
                                                                  "duplicate of an earlier intake")
    same_id = IntakeRecord(1, 1, "other bytes", msg.message_id, msg.from_addr, folder="Processed", authentic=True)
    assert intake.duplicate(mail, same_id) is not None
    assert intake.duplicate(mail, None) is None


def test_a_forgery_with_the_same_message_id_and_from_never_shadows_a_genuine_report(config):
    genuine = prepared(config, station_report())
    msg = genuine.reading.message
    # the forgery came first: same Message-ID, same From, not authentic (it was held)
    forged_first = IntakeRecord(1, 1, "forged bytes", msg.message_id, msg.from_addr, folder="Held", case_id="LL-2026-000001")
    assert intake.duplicate(genuine, forged_first) is None
    # the genuine report came first: a forgery that copies it is no duplicate either (it is held on its own)
    forged = prepared(config, station_report(), authentic=False)
    genuine_first = IntakeRecord(1, 1, "genuine bytes", msg.message_id, msg.from_addr, folder="Processed", authentic=True)
    assert intake.duplicate(forged, genuine_first) is None
    # the same bytes are the same mail whatever they say
    assert intake.duplicate(forged, IntakeRecord(1, 1, forged.reading.message.sha256, folder="Held")) is not None


def test_every_handled_mail_is_recorded_with_its_outcome(config):
    mail = prepared(config, station_report())
    outcome = Outcome("Processed", "platform_report", "LL-2026-000001", "case forwarded")
    decision = intake.recorded(Decision((), outcome), mail, uidvalidity=7, uid=3, now=NOW)
    [effect] = decision.effects
    assert isinstance(effect, RecordIntake)
    record = effect.record
    assert record.to_json() == {
        "uidvalidity": 7, "uid": 3, "message_id": mail.reading.message.message_id, "from": mail.reading.message.from_addr,
        "sha256": mail.reading.message.sha256, "kind": "platform_report", "folder": "Processed",
        "case_id": "LL-2026-000001", "at": NOW.isoformat(), "action": "case forwarded", "authentic": True,
    }
    assert intake.already_handled(record) == Outcome("Processed", "platform_report", "LL-2026-000001", "already handled")
