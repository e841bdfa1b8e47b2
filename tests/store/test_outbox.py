"""The outbox's files: queued mails' bytes in the spool, send marks in the sent log."""

import json
from datetime import datetime, timezone

import pytest

from daemon.core.outgoing import OutgoingMail
from daemon.store.engine import Store

T = "2026-11-28T21:17:00+00:00"  # a queue time
NOW = datetime(2026, 12, 31, 12, 0, tzinfo=timezone.utc)
RAW = "Subject: t\r\n\r\nname: Test Person, mobile +919000000001\r\n".encode()


def queue(store, mid="m1@x"):
    with store.transaction():
        store.add_outgoing(OutgoingMail.from_json({"message_id": mid, "status": "pending", "queued_at": T, "attempts": 0}), RAW)


def test_queued_mail_bytes_live_in_the_spool_not_the_store(tmp_path):
    store = Store(tmp_path / "s.json")
    queue(store)
    assert b"Test Person" not in (tmp_path / "s.json").read_bytes()
    [mail] = store.pending_outgoing()
    assert store.outgoing_raw(mail) == RAW
    store.close()


def test_mark_sent_is_one_log_line_not_a_store_rewrite(tmp_path):
    store = Store(tmp_path / "s.json")
    queue(store)
    writes = store.writes
    store.mark_sent("m1@x", sent_at=NOW, attempts=1)
    assert store.writes == writes  # no rewrite of the live file
    assert store.pending_outgoing() == []
    assert list((tmp_path / "spool").iterdir()) == []  # no copy kept once sent
    assert (tmp_path / "s-sent.jsonl").read_text().count("\n") == 1
    store.close()  # a crash: the live file still says pending
    assert json.loads((tmp_path / "s.json").read_text())["outbox"]["1"]["status"] == "pending"
    reopened = Store(tmp_path / "s.json")
    assert reopened.pending_outgoing() == []  # the log is replayed: never sent twice
    assert reopened.outgoing("m1@x").status == "sent"
    reopened.close()


def test_sent_log_starts_over_after_a_durable_write(tmp_path):
    store = Store(tmp_path / "s.json")
    queue(store, "m1@x")
    store.mark_sent("m1@x", sent_at=NOW, attempts=1)
    queue(store, "m2@x")  # a durable write folds the mark into the live file
    assert (tmp_path / "s-sent.jsonl").read_text() == ""
    assert json.loads((tmp_path / "s.json").read_text())["outbox"]["1"]["status"] == "sent"
    store.close()


def test_torn_sent_log_line_means_not_sent(tmp_path):
    store = Store(tmp_path / "s.json")
    queue(store, "m1@x")
    queue(store, "m2@x")
    store.mark_sent("m1@x", sent_at=NOW, attempts=1)
    store.close()
    with open(tmp_path / "s-sent.jsonl", "a") as log:
        log.write('{"message_id":"m2@x","sent_')  # the crash cut this line
    reopened = Store(tmp_path / "s.json")
    assert [m.message_id for m in reopened.pending_outgoing()] == ["m2@x"]
    reopened.close()


def test_rolled_back_transaction_keeps_earlier_sent_marks(tmp_path):
    store = Store(tmp_path / "s.json")
    queue(store)
    store.mark_sent("m1@x", sent_at=NOW, attempts=1)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put_case({"id": "LL-2026-000009"})
            raise RuntimeError("handling failed")
    assert store.get_case("LL-2026-000009") is None
    assert store.outgoing("m1@x").status == "sent"
    store.close()


def test_orphan_spool_files_are_swept_at_start(tmp_path):
    store = Store(tmp_path / "s.json")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_outgoing(OutgoingMail.from_json({"message_id": "m1@x", "status": "pending", "queued_at": T}), RAW)
            raise RuntimeError("rolled back after the spool write")
    store.close()
    assert len(list((tmp_path / "spool").iterdir())) == 1
    Store(tmp_path / "s.json").close()
    assert list((tmp_path / "spool").iterdir()) == []
