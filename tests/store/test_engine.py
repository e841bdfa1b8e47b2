"""The store engine: atomic 0600 writes, one durable write per transaction, one daemon per
store, refusal to start empty, rollback."""

import json
import os
import stat

import pytest

from daemon.core.ledger import IntakeRecord
from daemon.core.outgoing import OutgoingMail
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


def test_intake_ledger_finds_duplicates_by_uid_hash_and_authentic_message_id(tmp_path):
    store = Store(tmp_path / "s.json")
    store.record_intake(IntakeRecord.from_json({"uidvalidity": 7, "uid": 3, "message_id": "a@b", "sha256": "ff", "folder": "Processed",
                                                "authentic": True}))
    assert store.intake_record(uidvalidity=7, uid=3).folder == "Processed"
    assert store.intake_record(uidvalidity=8, uid=3) is None
    assert store.intake_duplicate(message_id=None, sha256="ff") is not None
    assert store.intake_duplicate(message_id="a@b", sha256="00") is not None
    assert store.intake_duplicate(message_id="x@y", sha256="00") is None
    store.close()


def test_an_unverified_intake_is_found_by_its_bytes_only(tmp_path):
    """A forgery that came first must not be what a genuine report with its Message-ID matches
    (handlers/intake.duplicate decides; the index does not even offer it)."""
    store = Store(tmp_path / "s.json")
    store.record_intake(IntakeRecord.from_json({"uidvalidity": 7, "uid": 3, "message_id": "a@b", "sha256": "ee", "folder": "Held"}))
    store.record_intake(IntakeRecord.from_json({"uidvalidity": 7, "uid": 4, "message_id": "a@b", "sha256": "ff",
                                                "folder": "Processed", "authentic": True}))
    assert store.intake_duplicate(message_id="a@b", sha256="00").uid == 4  # the authentic one, not the first
    assert store.intake_duplicate(message_id=None, sha256="ee").uid == 3
    store.close()


# -- hardening: backup copy, refusal, rollback ------------------------------------------------

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
