"""Typed store rows write exactly the JSON the store has always written (old files load)."""

from datetime import datetime, timezone

from daemon.core.ledger import IntakeRecord
from daemon.core.outgoing import OutgoingMail

NOW = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)


def test_a_new_queued_mail_row_has_the_keys_it_always_had():
    mail = OutgoingMail.queued("LL-2026-000001.forward.1@x", "LL-2026-000001", "forward", ("a@b",), NOW)
    assert mail.to_json() == {
        "message_id": "LL-2026-000001.forward.1@x", "case_id": "LL-2026-000001", "purpose": "forward", "to": ["a@b"],
        "status": "pending", "attempts": 0, "queued_at": "2026-11-28T21:17:00+00:00",
        "next_attempt_at": "2026-11-28T21:17:00+00:00", "last_error": None,
    }
    assert OutgoingMail.from_json(mail.to_json()) == mail


def test_sent_legacy_and_erased_rows_round_trip():
    sent = {"message_id": "m", "case_id": None, "purpose": "receipt", "to": ["a@b"], "status": "sent", "attempts": 1,
            "queued_at": "2026-11-28T21:17:00+00:00", "next_attempt_at": "2026-11-28T21:17:00+00:00",
            "last_error": None, "spool": True, "sent_at": "2026-11-28T21:17:01+00:00", "refused": []}
    legacy = {**sent, "spool": False, "raw_b64": "eA=="}
    del legacy["spool"]
    erased = {**legacy, "raw_b64": None, "erased_at": "2027-12-01T00:00:00+00:00"}
    for row in (sent, legacy, erased):
        assert OutgoingMail.from_json(row).to_json() == row


def test_an_intake_record_row_has_the_keys_it_always_had():
    row = {"uidvalidity": 1, "uid": 2, "message_id": "<m@x>", "from": "a@b", "sha256": "ff", "kind": "platform_report",
           "folder": "Processed", "case_id": "LL-2026-000001", "at": "2026-11-28T21:17:00+00:00", "action": "case forwarded"}
    record = IntakeRecord.from_json(row)
    assert record.from_addr == "a@b" and record.at == NOW and record.authentic is False  # old rows: by bytes only
    assert record.to_json() == {**row, "authentic": False}
    assert IntakeRecord.from_json({**row, "authentic": True}).to_json() == {**row, "authentic": True}
