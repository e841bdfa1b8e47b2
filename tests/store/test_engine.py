import json
import os
import stat

import pytest

from daemon.core.ledger import IntakeRecord
from daemon.core.outgoing import OutgoingMail
from daemon.store import archive
from daemon.store.engine import Store, StoreError

T = "2026-11-28T21:17:00+00:00"  # a queue time


def test_writes_are_atomic_files_with_mode_0600(tmp_path):
    store = Store(tmp_path / "s.json")
    store.put_case({"id": "LL-2026-000001", "state": "forwarded"})
    mode = stat.S_IMODE(os.stat(tmp_path / "s.json").st_mode)
    assert mode == 0o600
    assert not (tmp_path / "s.json.tmp").exists()
    data = json.loads((tmp_path / "s.json").read_text())
    assert data["cases"]["1"]["id"] == "LL-2026-000001"
    store.close()


def test_transaction_is_one_durable_write(tmp_path):
    store = Store(tmp_path / "s.json")
    before = store.writes
    with store.transaction():
        case_id = store.next_case_id(2026)
        store.put_case({"id": case_id})
        store.add_outgoing(OutgoingMail.from_json({"message_id": "m1", "status": "pending", "queued_at": T}))
        assert store.writes == before  # nothing durable until the end
    assert store.writes == before + 1
    store.close()
    reopened = Store(tmp_path / "s.json")
    assert reopened.get_case("LL-2026-000001") == {"id": "LL-2026-000001"}
    assert [m.message_id for m in reopened.pending_outgoing()] == ["m1"]
    reopened.close()


def test_case_ids_count_per_year_and_survive_restart(tmp_path):
    store = Store(tmp_path / "s.json")
    assert store.next_case_id(2026) == "LL-2026-000001"
    assert store.next_case_id(2026) == "LL-2026-000002"
    assert store.next_case_id(2027) == "LL-2027-000001"
    store.close()
    store = Store(tmp_path / "s.json")
    assert store.next_case_id(2026) == "LL-2026-000003"
    store.close()


def test_second_daemon_on_same_store_is_refused(tmp_path):
    first = Store(tmp_path / "s.json")
    with pytest.raises(StoreError, match="another Lifeline daemon"):
        Store(tmp_path / "s.json")
    first.close()
    Store(tmp_path / "s.json").close()  # free again once the first closed


def test_corrupt_store_refuses_to_start_empty(tmp_path):
    (tmp_path / "s.json").write_text('{"cases": {"1": {"id": "LL-2026-0')
    with pytest.raises(StoreError, match="refusing to start empty"):
        Store(tmp_path / "s.json")


def test_case_copies_do_not_alias_the_store(tmp_path):
    store = Store(tmp_path / "s.json")
    store.put_case({"id": "LL-2026-000001", "events": [{"kind": "received"}]})
    copy = store.get_case("LL-2026-000001")
    copy["events"].append({"kind": "tampered"})
    assert store.get_case("LL-2026-000001")["events"] == [{"kind": "received"}]
    store.close()


def test_intake_ledger_finds_duplicates_by_uid_hash_and_message_id(tmp_path):
    store = Store(tmp_path / "s.json")
    store.record_intake(IntakeRecord.from_json({"uidvalidity": 7, "uid": 3, "message_id": "a@b", "sha256": "ff", "folder": "Processed"}))
    assert store.intake_record(uidvalidity=7, uid=3).folder == "Processed"
    assert store.intake_record(uidvalidity=8, uid=3) is None
    assert store.intake_duplicate(message_id=None, sha256="ff") is not None
    assert store.intake_duplicate(message_id="a@b", sha256="00") is not None
    assert store.intake_duplicate(message_id="x@y", sha256="00") is None
    store.close()


# -- hardening: backup copy, refusal, rollback ------------------------------------------------

from datetime import datetime, timedelta, timezone  # noqa: E402

from daemon.config.schema import StorePolicy  # noqa: E402


def test_every_write_keeps_the_previous_file_as_bak(tmp_path):
    store = Store(tmp_path / "s.json")
    store.put_case({"id": "A"})
    store.put_case({"id": "B"})
    live = json.loads((tmp_path / "s.json").read_text())
    bak = json.loads((tmp_path / "s.json.bak").read_text())
    assert {c["id"] for c in live["cases"].values()} == {"A", "B"}
    assert {c["id"] for c in bak["cases"].values()} == {"A"}
    assert stat.S_IMODE(os.stat(tmp_path / "s.json.bak").st_mode) == 0o600
    store.close()


def test_torn_store_refuses_and_names_the_backup(tmp_path):
    store = Store(tmp_path / "s.json")
    store.put_case({"id": "A"})
    store.put_case({"id": "B"})
    store.close()
    data = (tmp_path / "s.json").read_bytes()
    (tmp_path / "s.json").write_bytes(data[: len(data) // 2])  # torn by a disk fault
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "s.json")
    assert "refusing to start empty" in str(err.value)
    assert str(tmp_path / "s.json") in str(err.value) and "s.json.bak" in str(err.value)
    # the named recovery works and loses at most the last write
    os.replace(tmp_path / "s.json.bak", tmp_path / "s.json")
    recovered = Store(tmp_path / "s.json")
    assert recovered.get_case("A") is not None
    recovered.close()


def test_missing_store_with_backup_refuses(tmp_path):
    store = Store(tmp_path / "s.json")
    store.put_case({"id": "A"})
    store.put_case({"id": "B"})
    store.close()
    os.unlink(tmp_path / "s.json")
    with pytest.raises(StoreError, match="missing but its backup"):
        Store(tmp_path / "s.json")


def test_lock_file_is_released_when_store_refuses(tmp_path):
    (tmp_path / "s.json").write_text("not json")
    with pytest.raises(StoreError):
        Store(tmp_path / "s.json")
    (tmp_path / "s.json").write_text("{}")
    Store(tmp_path / "s.json").close()  # not "in use by another daemon"


def test_transaction_that_raises_is_rolled_back(tmp_path):
    store = Store(tmp_path / "s.json")
    store.put_case({"id": "A"})
    writes = store.writes
    with pytest.raises(ZeroDivisionError):
        with store.transaction():
            store.put_case({"id": "B"})
            store.next_case_id(2026)
            1 / 0
    assert store.writes == writes
    assert store.get_case("B") is None and store.next_case_id(2026) == "LL-2026-000001"
    store.close()


def test_failed_write_raises_store_error_and_keeps_memory_equal_to_disk(tmp_path, monkeypatch):
    import errno

    import daemon.store.engine as store_module

    store = Store(tmp_path / "s.json")
    store.put_case({"id": "A"})
    real = store_module.write_atomic

    def disk_full(path, payload, keep_backup=False):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module, "write_atomic", disk_full)
    with pytest.raises(StoreError, match="No space left on device.*nothing was recorded"):
        with store.transaction():
            store.put_case({"id": "B"})
            store.audit_events("B", [{"at": "2026-11-28T00:00:00Z", "kind": "received", "actor": "lifeline"}])
    assert store.get_case("B") is None
    monkeypatch.setattr(store_module, "write_atomic", real)
    store.put_case({"id": "C"})
    store.close()
    reopened = Store(tmp_path / "s.json")
    assert {c["id"] for c in reopened.all_cases()} == {"A", "C"}
    assert reopened.audit.head.seq == 0  # the failed transaction's audit entry is gone
    assert not (tmp_path / "s-audit.jsonl").exists() or (tmp_path / "s-audit.jsonl").read_bytes() == b""
    reopened.close()


# -- archives -------------------------------------------------------------------------------

NOW = datetime(2026, 12, 31, 12, 0, tzinfo=timezone.utc)


def closed_case(case_id, created, closed):
    return {"id": case_id, "state": "closed", "created_at": created.isoformat(),
            "events": [{"at": created.isoformat(), "kind": "received"}, {"at": closed.isoformat(), "kind": "closed"}]}


def test_archive_moves_old_closed_cases_and_their_sent_mails_per_month(tmp_path):
    store = Store(tmp_path / "s.json")
    old = NOW - timedelta(days=60)
    store.put_case(closed_case("LL-2026-000001", old, old + timedelta(hours=1)))
    store.put_case(closed_case("LL-2026-000002", NOW - timedelta(days=2), NOW - timedelta(days=1)))
    store.put_case({"id": "LL-2026-000003", "state": "forwarded", "created_at": old.isoformat(), "events": []})
    store.add_outgoing(OutgoingMail.from_json({"message_id": "m1", "case_id": "LL-2026-000001", "status": "sent", "queued_at": old.isoformat()}))
    moved = store.archive(NOW, StorePolicy(archive_closed_after_days=30))
    assert moved["cases"] == 1 and moved["outbox"] == 1
    assert {c["id"] for c in store.all_cases()} == {"LL-2026-000002", "LL-2026-000003"}  # open cases never move
    assert store.outgoing("m1") is None
    month = old.strftime("%Y-%m")
    archived = json.loads((tmp_path / "archive" / f"cases-{month}.json").read_text())
    assert [r["id"] for r in archived["rows"]] == ["LL-2026-000001"]
    assert stat.S_IMODE(os.stat(tmp_path / "archive" / f"cases-{month}.json").st_mode) == 0o600
    # running again changes nothing and doubles nothing
    assert store.archive(NOW, StorePolicy(archive_closed_after_days=30))["cases"] == 0
    assert [r["id"] for r in store.archived("cases")] == ["LL-2026-000001"]
    store.close()


def test_archive_is_idempotent_after_a_crash_between_archive_and_live_write(tmp_path):
    store = Store(tmp_path / "s.json")
    old = NOW - timedelta(days=60)
    store.put_case(closed_case("LL-2026-000001", old, old))
    archive.merge(store.archive_dir, "cases", [store.get_case("LL-2026-000001")])
    # (crash here: the case is in the archive and still live)
    store.archive(NOW, StorePolicy(archive_closed_after_days=30))
    assert store.all_cases() == [] and [r["id"] for r in store.archived("cases")] == ["LL-2026-000001"]
    store.close()


def test_ledger_stays_bounded_but_detects_duplicates_within_the_window(tmp_path):
    store = Store(tmp_path / "s.json")
    for i in range(50):
        at = NOW - timedelta(days=50 - i)
        store.record_intake(IntakeRecord.from_json({"uidvalidity": 1, "uid": i, "message_id": f"m{i}@x", "sha256": f"{i:064x}", "at": at.isoformat()}))
    store.archive(NOW, StorePolicy(ledger_days=30))
    assert len(store.intake.all()) == 30
    assert store.intake_duplicate(message_id="m45@x", sha256="nope") is not None  # 5 days old: still caught
    assert store.intake_duplicate(message_id="m5@x", sha256="nope") is None  # 45 days old: archived
    assert len(store.archived("intake")) == 20
    store.close()


def test_live_file_size_does_not_grow_with_history(tmp_path):
    """The cost of a write is the live file: with archiving it stays flat as closed cases pile up."""
    store = Store(tmp_path / "s.json")
    sizes = []
    for month in range(6):
        start = NOW - timedelta(days=200 - 30 * month)
        for i in range(40):
            store.put_case(closed_case(f"LL-{month}-{i}", start, start + timedelta(hours=1)))
        store.archive(start + timedelta(days=31), StorePolicy(archive_closed_after_days=30))
        sizes.append(os.path.getsize(tmp_path / "s.json"))
    assert max(sizes) < 2 * min(sizes)
    assert len(store.archived("cases")) == 240 - len(store.all_cases())
    store.close()


# -- spool and sent log ---------------------------------------------------------------------

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
