"""Cost of one durable store transaction as history grows, with and without archiving.

Prints the live file size and the median time of a commit (case + outgoing mail + ledger row,
one fsynced write) after N closed cases. Run: .venv/bin/python bench/store.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from daemon.core.ledger import IntakeRecord  # noqa: E402
from daemon.core.outgoing import OutgoingMail  # noqa: E402
from daemon.store.engine import Store  # noqa: E402
from daemon.config.schema import StorePolicy  # noqa: E402

NOW = datetime(2027, 6, 1, tzinfo=timezone.utc)
REPORT = {"subject_name": "Test Person", "post_text": "fictional text " * 30, "phones": ["+919800000000"]}


def fill(store: Store, n: int) -> None:
    with store.transaction():
        for i in range(n):
            at = (NOW - timedelta(days=90 + i % 200)).isoformat()
            store.put_case({"id": f"OLD-{i}", "state": "closed", "created_at": at, "report": REPORT,
                            "events": [{"at": at, "kind": "received"}, {"at": at, "kind": "closed"}]})
            store.add_outgoing(OutgoingMail.from_json({"message_id": f"m{i}", "case_id": f"OLD-{i}", "status": "sent",
                                                       "raw_b64": "x" * 3000, "queued_at": at}))


def commit_times(store: Store, k: int = 20) -> list[float]:
    out = []
    for i in range(k):
        t = time.perf_counter()
        with store.transaction():
            store.put_case({"id": store.next_case_id(2027), "state": "forwarded", "report": REPORT, "events": []})
            store.add_outgoing(OutgoingMail.queued(f"new{i}", None, "forward", (), NOW), b"x" * 3000)
            store.record_intake(IntakeRecord(1, i, f"{i}", at=NOW))
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    print(f"{'history':>8} {'archived':>8} {'live KB':>8} {'commit p50 ms':>14}")
    for n in (0, 1000, 5000):
        for archive in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                store = Store(Path(tmp) / "lifeline.json")
                fill(store, n)
                if archive:
                    store.archive(NOW, StorePolicy(archive_closed_after_days=30))
                times = commit_times(store)
                size = (Path(tmp) / "lifeline.json").stat().st_size / 1024
                print(f"{n:>8} {str(archive):>8} {size:>8.0f} {statistics.median(times) * 1000:>14.1f}")
                store.close()


if __name__ == "__main__":
    main()
