import json
import os
import stat

import pytest

from daemon.store import Store, StoreError


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
    before = store.storage.writes
    with store.transaction():
        case_id = store.next_case_id(2026)
        store.put_case({"id": case_id})
        store.add_outgoing({"message_id": "m1", "status": "pending", "queued_at": "t"})
        assert store.storage.writes == before  # nothing durable until the end
    assert store.storage.writes == before + 1
    store.close()
    reopened = Store(tmp_path / "s.json")
    assert reopened.get_case("LL-2026-000001") == {"id": "LL-2026-000001"}
    assert [m["message_id"] for m in reopened.pending_outgoing()] == ["m1"]
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
    store.record_intake({"uidvalidity": 7, "uid": 3, "message_id": "a@b", "sha256": "ff", "folder": "Processed"})
    assert store.intake_record(uidvalidity=7, uid=3)["folder"] == "Processed"
    assert store.intake_record(uidvalidity=8, uid=3) is None
    assert store.intake_duplicate(message_id=None, sha256="ff") is not None
    assert store.intake_duplicate(message_id="a@b", sha256="00") is not None
    assert store.intake_duplicate(message_id="x@y", sha256="00") is None
    store.close()
