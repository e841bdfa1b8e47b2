"""store/feedback.py: the feedback file is 0600, appended durably, folded, rewritten atomically,
erased under retention unless exported, and safe against a concurrent writer."""

import json
import os
import threading
from datetime import datetime, timedelta, timezone

from daemon.core.feedback import Example
from daemon.store.feedback import FeedbackFile

NOW = datetime(2027, 12, 31, tzinfo=timezone.utc)


def example(case_id="LL-2026-000001", days_ago=1, label="low", outcome="false alarm", exported=None):
    return Example(case_id, f"fictional post of {case_id}", "en", {"level": "high", "score": 0.9}, outcome, label,
                   NOW - timedelta(days=days_ago), exported)


def test_record_appends_0600_lines_and_the_last_line_of_a_case_wins(tmp_path):
    feedback = FeedbackFile(tmp_path / "f.jsonl")
    feedback.record("LL-2026-000001", example())
    feedback.record("LL-2026-000002", example("LL-2026-000002"))
    feedback.record("LL-2026-000001", example(label="high", outcome="hospital"))  # closed again, corrected
    assert os.stat(tmp_path / "f.jsonl").st_mode & 0o777 == 0o600
    assert len((tmp_path / "f.jsonl").read_bytes().splitlines()) == 3  # appended, never rewritten
    examples, bad = feedback.read()
    assert [(e.case_id, e.label) for e in examples] == [("LL-2026-000001", "high"), ("LL-2026-000002", "low")]
    assert bad == 0


def test_withdrawal_and_a_torn_last_line(tmp_path):
    path = tmp_path / "f.jsonl"
    feedback = FeedbackFile(path)
    feedback.record("LL-2026-000001", example())
    feedback.record("LL-2026-000009", None)  # nothing to withdraw: nothing written
    assert len(path.read_bytes().splitlines()) == 1
    feedback.record("LL-2026-000002", example("LL-2026-000002"))
    feedback.record("LL-2026-000001", None)
    with path.open("ab") as handle:
        handle.write(b'{"case_id": "LL-2026-0000')  # a crash mid-append
    examples, bad = feedback.read()
    assert [e.case_id for e in examples] == ["LL-2026-000002"] and bad == 1
    feedback.record("LL-2026-000003", example("LL-2026-000003"))  # the next line starts on a line of its own
    assert [e.case_id for e in feedback.read()[0]] == ["LL-2026-000002", "LL-2026-000003"]


def test_rewrite_is_atomic_folded_and_0600(tmp_path):
    path = tmp_path / "f.jsonl"
    feedback = FeedbackFile(path)
    for n in range(3):
        feedback.record(f"LL-2026-00000{n}", example(f"LL-2026-00000{n}"))
    feedback.record("LL-2026-000000", None)
    inode = os.stat(path).st_ino
    kept = feedback.rewrite(lambda examples: examples)
    assert [e.case_id for e in kept] == ["LL-2026-000001", "LL-2026-000002"]
    assert [json.loads(line)["case_id"] for line in path.read_bytes().splitlines()] == ["LL-2026-000001", "LL-2026-000002"]
    assert os.stat(path).st_ino != inode and os.stat(path).st_mode & 0o777 == 0o600  # a new file renamed in
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.jsonl", "f.jsonl.lock"]  # no temp left
    inode = os.stat(path).st_ino
    feedback.rewrite(lambda examples: examples)
    assert os.stat(path).st_ino == inode  # already folded: no write


def test_erase_after_retention_or_with_the_case_unless_exported(tmp_path):
    feedback = FeedbackFile(tmp_path / "f.jsonl")
    feedback.record("LL-2026-000001", example("LL-2026-000001", days_ago=400))  # past retention
    feedback.record("LL-2026-000002", example("LL-2026-000002", days_ago=400, exported=NOW - timedelta(days=300)))
    feedback.record("LL-2026-000003", example("LL-2026-000003", days_ago=10))  # recent
    feedback.record("LL-2026-000004", example("LL-2026-000004", days_ago=10))  # its case was erased this run
    assert feedback.erase(NOW, 365, {"LL-2026-000004"}) == 2
    assert [e.case_id for e in feedback.read()[0]] == ["LL-2026-000002", "LL-2026-000003"]
    assert "LL-2026-000001" not in (tmp_path / "f.jsonl").read_text()
    assert feedback.erase(NOW, 365) == 0
    assert FeedbackFile(tmp_path / "none.jsonl").erase(NOW, 365) == 0
    assert not (tmp_path / "none.jsonl").exists()


def test_export_marks_what_it_wrote_and_keeps_the_first_export_time(tmp_path):
    feedback = FeedbackFile(tmp_path / "f.jsonl")
    earlier = NOW - timedelta(days=5)
    feedback.record("LL-2026-000001", example(exported=earlier))
    feedback.record("LL-2026-000002", example("LL-2026-000002"))
    written = []
    feedback.export(NOW, written.extend)
    assert [e.case_id for e in written] == ["LL-2026-000001", "LL-2026-000002"]
    assert [e.exported_at for e in feedback.read()[0]] == [earlier, NOW]
    nothing = []
    FeedbackFile(tmp_path / "none.jsonl").export(NOW, nothing.extend)
    assert nothing == []


def test_a_daemon_appending_while_an_admin_exports_loses_nothing(tmp_path):
    path = tmp_path / "f.jsonl"
    daemon, admin = FeedbackFile(path), FeedbackFile(path)

    def closes():
        for n in range(200):
            daemon.record(f"LL-2026-{n:06d}", example(f"LL-2026-{n:06d}"))

    writer = threading.Thread(target=closes)
    writer.start()
    for _ in range(20):
        admin.export(NOW, lambda examples: None)
    writer.join()
    assert len(daemon.read()[0]) == 200
