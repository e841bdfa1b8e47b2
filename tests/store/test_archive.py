"""Archives: closed cases, their sent mails and old ledger rows leave the live file by month."""

import json
import os
import stat
from datetime import datetime, timedelta, timezone

from daemon.config.schema import StorePolicy
from daemon.core.ledger import IntakeRecord
from daemon.core.outgoing import OutgoingMail
from daemon.store import archive
from daemon.store.engine import Store

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
        store.record_intake(IntakeRecord.from_json({"uidvalidity": 1, "uid": i, "message_id": f"m{i}@x", "sha256": f"{i:064x}", "at": at.isoformat(), "authentic": True}))
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
